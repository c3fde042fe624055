"""The bundled embedding model: integrity check, offline loading, and clear errors."""

from __future__ import annotations

import math
import os
import shutil
from pathlib import Path

import pytest

from assistant.embeddings import (
    EmbeddingError,
    SentenceTransformerEmbedder,
    embedder_name,
    get_embedder,
    model_path,
    verify_weights,
)
from assistant.settings import BUNDLED_MODEL, BUNDLED_MODEL_SHA256, EmbeddingSettings


def test_tests_run_offline() -> None:
    assert os.environ.get("HF_HUB_OFFLINE") == "1"


def test_bundled_weights_pass_the_sha256_check() -> None:
    path = model_path(EmbeddingSettings())
    assert verify_weights(path, BUNDLED_MODEL_SHA256) == BUNDLED_MODEL_SHA256


def test_wrong_expected_sha_is_a_clear_error() -> None:
    path = model_path(EmbeddingSettings())
    with pytest.raises(EmbeddingError) as err:
        verify_weights(path, "0" * 64)
    message = str(err.value)
    assert "model.safetensors" in message
    assert BUNDLED_MODEL_SHA256 in message and "0" * 64 in message
    assert "not the published all-MiniLM-L6-v2" in message


def test_embedder_refuses_weights_with_another_sha() -> None:
    with pytest.raises(EmbeddingError, match="expected " + "f" * 64):
        SentenceTransformerEmbedder(EmbeddingSettings(sha256="f" * 64))


def test_unknown_model_name_says_models_are_never_downloaded() -> None:
    with pytest.raises(EmbeddingError) as err:
        model_path(EmbeddingSettings(model="sentence-transformers/all-mpnet-base-v2"))
    assert "never downloaded" in str(err.value)
    assert "all-mpnet-base-v2" in str(err.value)


def test_folder_without_weights_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "half-a-model"
    folder.mkdir()
    with pytest.raises(EmbeddingError, match="model.safetensors is missing"):
        SentenceTransformerEmbedder(EmbeddingSettings(model=str(folder)))


def test_local_folder_model_is_named_by_its_folder(tmp_path: Path) -> None:
    copy = tmp_path / "my-minilm"
    shutil.copytree(model_path(EmbeddingSettings()), copy)
    settings = EmbeddingSettings(model=str(copy))
    assert embedder_name(settings) == "my-minilm"
    embedder = SentenceTransformerEmbedder(settings)
    assert embedder.name == "my-minilm"
    (vector,) = embedder.embed(["local strategic partnerships"])
    assert len(vector) == 384


def test_bundled_embedder_gives_unit_vectors_that_rank_by_meaning() -> None:
    embedder = get_embedder(EmbeddingSettings())
    assert embedder.name == BUNDLED_MODEL
    query, near, far = embedder.embed(
        ["Who chairs the partnership board?", "The chair of the LSP board is the council leader.", "Rainfall in May."]
    )
    assert len(query) == 384
    assert math.isclose(sum(x * x for x in query), 1.0, rel_tol=1e-4)

    def cosine(a: list[float], b: list[float]) -> float:
        return sum(x * y for x, y in zip(a, b, strict=True))

    assert cosine(query, near) > cosine(query, far) + 0.2


def test_embedder_is_loaded_once_per_process() -> None:
    assert get_embedder(EmbeddingSettings()) is get_embedder(EmbeddingSettings())
