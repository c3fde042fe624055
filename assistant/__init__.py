"""Chat assistant over the Audit Commission's 2009 study of local strategic partnerships."""

from .core import Assistant, InvalidQuestion
from .embeddings import EmbeddingError
from .ingest import IngestReport, ingest
from .loaders import DocumentError
from .models import Answer, Citation, Passage
from .prompts import CANNOT_ANSWER
from .settings import Settings
from .store import IndexUnavailable

__all__ = [
    "CANNOT_ANSWER",
    "Answer",
    "Assistant",
    "Citation",
    "DocumentError",
    "EmbeddingError",
    "IndexUnavailable",
    "IngestReport",
    "InvalidQuestion",
    "Passage",
    "Settings",
    "ingest",
]
