"""Quiz builder: verified questions with answer keys and sources, exported to the formats trainers import."""

from .build import build_quiz, parse_types
from .checks import failed_checks
from .export import FORMATS, export
from .models import QUESTION_TYPES, QuizCitation, QuizItem, QuizRequest, QuizRequestError, QuizResult

__all__ = [
    "FORMATS",
    "QUESTION_TYPES",
    "QuizCitation",
    "QuizItem",
    "QuizRequest",
    "QuizRequestError",
    "QuizResult",
    "build_quiz",
    "export",
    "failed_checks",
    "parse_types",
]
