"""Follow-up questions rewritten by rule: which need context, and the topic they carry over."""

from __future__ import annotations

from assistant.followup import carry_topic, needs_context

HISTORY = [("What is an LSP?", "LSP: local strategic partnership. [1]")]


def test_pronoun_follow_up_needs_context() -> None:
    assert needs_context("and who chairs them?")


def test_standalone_question_needs_no_context() -> None:
    assert not needs_context("How many LSPs did the survey cover?")


def test_follow_up_carries_the_previous_topic() -> None:
    rewritten = carry_topic("and who chairs them?", HISTORY)
    assert "LSP" in rewritten
    assert rewritten.startswith("and who chairs them")


def test_standalone_question_is_unchanged() -> None:
    question = "What did Warwickshire's board redirect in 2008/09?"
    assert carry_topic(question, HISTORY) == question


def test_follow_up_without_history_is_unchanged() -> None:
    assert carry_topic("and who chairs them?", []) == "and who chairs them?"
