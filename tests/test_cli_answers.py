"""The ask and chat commands on the real corpus index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant import CANNOT_ANSWER, Settings
from assistant.cli import app


@pytest.fixture()
def runner(corpus_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("LSP_INDEX__PATH", str(corpus_settings.index.path))
    return CliRunner()


def test_ask_json_has_the_api_fields_and_cites_the_glossary(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "What is LIFT?", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "Local Improvement Finance Trust" in data["text"]
    assert data["refused"] is False
    (first, *_) = data["citations"]
    assert first["number"] == 1 and first["label"] == "Appendix 2: LIFT"
    assert first["quote"] and first["quote"].split(".")[0] in first["passage_text"]


def test_ask_prints_sources_under_the_answer(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "What did Warwickshire's board redirect in 2008/09?"])
    assert result.exit_code == 0, result.output
    answer, sources = result.stdout.split("Sources", 1)
    assert "£500,000" in answer and "[1]" in answer
    assert "Case study 1" in sources


def test_a_footnote_source_says_what_it_is_a_note_to(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "Who facilitated the delivery chain workshops?"])
    assert result.exit_code == 0, result.output
    sources = result.stdout.split("Sources", 1)[1]
    assert "Footnote I · Appendix 1: Study method · note to “six delivery chain workshops;”" in sources


def test_ask_refuses_what_the_reports_do_not_cover(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "What is the capital of France?"])
    assert result.exit_code == 0
    assert result.stdout.startswith(CANNOT_ANSWER)


def test_ask_with_an_empty_question_is_a_one_line_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "   "])
    assert result.exit_code == 2
    assert "question is empty" in result.stderr


def test_chat_carries_the_topic_into_a_follow_up(runner: CliRunner) -> None:
    result = runner.invoke(app, ["chat"], input="What is an LSP?\nand who chairs them?\nexit\n")
    assert result.exit_code == 0, result.output
    turns = result.stdout.split("you ›")
    assert len(turns) >= 3
    assert "local strategic partnership" in turns[1]
    assert "chair" in turns[2].lower() and "[1]" in turns[2]
    assert "(read as: and who chairs them (LSP)?)" in turns[2]  # how the follow-up was read


def test_chat_commands_may_start_with_a_slash(runner: CliRunner) -> None:
    result = runner.invoke(app, ["chat"], input="What is an LSP?\n/clear\nWho chairs them?\n/quit\nWhat is LIFT?\n")
    assert result.exit_code == 0, result.output
    assert "(conversation cleared)" in result.stdout
    assert "(read as:" not in result.stdout  # after /clear, 'them' has no earlier turn to stand for
    assert "LIFT" not in result.stdout  # /quit ended the chat: nothing after it was asked
    assert "do not cover" not in result.stdout  # nor was '/quit' asked as a question


def test_ask_says_how_it_read_a_question_with_a_slip(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "pooled budjets"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("(read as: pooled budgets)\n")
    assert "Pooled budgets allow partners" in result.stdout


def test_a_malformed_thesaurus_is_a_one_line_error_naming_its_entry(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "words").mkdir(parents=True)
    (corpus / "words" / "everyday.yaml").write_text("- ask: [joint pot]\n  reports: [pooled]\n", encoding="utf-8")
    monkeypatch.setenv("LSP_CORPUS__PATH", str(corpus))
    result = runner.invoke(app, ["ask", "Is a joint pot a legal body?"])
    assert result.exit_code == 2
    assert "everyday.yaml: entry 1: expected exactly the keys 'ask' and 'report'" in result.stderr
