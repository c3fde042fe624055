"""The corpus commands: `assistant ingest`, `assistant search` and `assistant documents`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant import Settings
from assistant.cli import app

runner = CliRunner()
FIELDS = {"text", "doc_id", "title", "section", "paragraphs", "page", "kind", "score"}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "pond.txt").write_text("Village pond\n\nThe pond was dredged in 2019 by volunteers.", encoding="utf-8")
    (folder / "green.md").write_text("# Green\n\nThe green is mown every fortnight in summer.", encoding="utf-8")
    (folder / "minutes.docx").write_bytes(b"PK\x03\x04")
    return folder


@pytest.fixture
def corpus_index(corpus_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Point the CLI at the session's real corpus index."""
    monkeypatch.setenv("LSP_INDEX__PATH", str(corpus_settings.index.path))
    return corpus_settings


def test_ingest_prints_the_one_line_summary(docs: Path) -> None:
    result = runner.invoke(app, ["ingest", str(docs), "--quiet"])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.strip().splitlines()
    assert re.fullmatch(
        r"2 documents, \d+ passages in the index: 2 added, 0 updated, 0 removed, 0 unchanged "
        r"\(\+\d+/-0 passages\), 1 skipped, \d+\.\d s",
        line,
    ), line
    assert "minutes.docx" in result.stderr and "unsupported file type" in result.stderr


def test_second_ingest_reports_everything_unchanged(docs: Path) -> None:
    assert runner.invoke(app, ["ingest", str(docs), "--quiet"]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(docs), "--quiet"])
    assert result.exit_code == 0
    assert "0 added, 0 updated, 0 removed, 2 unchanged (+0/-0 passages)" in result.stdout


def test_ingest_of_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "nowhere"), "--quiet"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "no such file or folder" in result.stderr


def test_search_without_an_index_names_assistant_ingest() -> None:
    result = runner.invoke(app, ["search", "What is LIFT?"])
    assert result.exit_code == 2
    assert "assistant ingest" in result.stderr


def test_search_json_puts_the_lift_glossary_entry_first(corpus_index: Settings) -> None:
    result = runner.invoke(app, ["search", "What is LIFT?", "--json", "-k", "3"])
    assert result.exit_code == 0, result.stderr
    hits = json.loads(result.stdout)
    assert len(hits) == 3
    assert all(set(h) >= FIELDS for h in hits)
    first = hits[0]
    assert first["kind"] == "glossary"
    assert first["label"] == "Appendix 2: LIFT"
    assert "Local Improvement Finance Trust" in first["text"]
    assert first["doc_id"] == "audit-commission-2009"
    assert first["paragraphs"] == [] and first["page"] is None
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_text_output_shows_label_and_section(corpus_index: Settings) -> None:
    result = runner.invoke(app, ["search", "What are the three layers of joint working?", "-k", "3"])
    assert result.exit_code == 0, result.stderr
    assert "Paragraph 44" in result.stdout
    assert "Layers of governance and management" in result.stdout


def test_documents_lists_both_reports(corpus_index: Settings) -> None:
    result = runner.invoke(app, ["documents", "--json"])
    assert result.exit_code == 0, result.stderr
    docs = {d["doc_id"]: d for d in json.loads(result.stdout)}
    assert set(docs) == {"audit-commission-2009", "oxford-summary-2010"}
    assert docs["oxford-summary-2010"]["year"] == 2010
