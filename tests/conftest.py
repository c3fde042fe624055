"""Shared fixtures: every test gets its own index and data folders; one real index is built per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant import Assistant, Settings, ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
os.environ.setdefault("HF_HUB_OFFLINE", "1")  # tests never reach for a model hub


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default index, data folder and corpus at places no test can harm."""
    monkeypatch.setenv("LSP_INDEX__PATH", str(tmp_path / "index"))
    monkeypatch.setenv("LSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LSP_CORPUS__PATH", str(CORPUS))
    for var in ("LSP_INDEX__URL", "LSP_LLM__PROVIDER", "LSP_SERVER__API_KEYS"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings of a real index of the shipped corpus, built once for the whole session."""
    base = tmp_path_factory.mktemp("corpus-index")
    settings = Settings(
        index={"path": base / "index"},
        data_dir=base / "data",
        corpus={"path": CORPUS},
    )
    ingest(settings, [CORPUS], progress=False)
    return settings


@pytest.fixture(scope="session")
def assistant(corpus_settings: Settings) -> Assistant:
    """The real assistant over the real corpus index (real model, real Chroma)."""
    return Assistant.load(corpus_settings)
