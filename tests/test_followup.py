"""Follow-up questions rewritten by rule: which need context, and the topic they carry over."""

from __future__ import annotations

from assistant.followup import carry_topic, leans_on_context, needs_context

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


def test_a_short_question_naming_something_stands_alone() -> None:
    assert not needs_context("What is LIFT?")
    assert carry_topic("What is LIFT?", HISTORY) == "What is LIFT?"
    assert needs_context("Why?")


def test_a_chain_of_follow_ups_keeps_the_topic_it_started_from() -> None:
    history = [
        ("Who chairs most LSPs?", "Council leaders chair most LSPs. [1]"),
        ("and who agrees their appointment?", "The executive (cabinet) … formally agrees the chair’s appointment. [1]"),
    ]
    rewritten = carry_topic("and can they be removed?", history)
    assert rewritten.startswith("and can they be removed")
    assert "chairs" in rewritten and "LSPs" in rewritten


def test_a_follow_up_to_a_follow_up_carries_the_topic_not_the_middle_questions_words() -> None:
    history = [
        ("What is an LSP?", "LSP: local strategic partnership. [1]"),
        ("Who chairs them?", "Council leaders chair most LSPs. [1]"),
    ]
    rewritten = carry_topic("And how often do they meet?", history)
    assert rewritten == "And how often do they meet (LSP)?"


def test_the_words_a_question_is_framed_with_are_not_carried_as_its_topic() -> None:
    history = [("What happened in Derbyshire?", "The Big Derbyshire Clean Up emerged from consultation… [1]")]
    assert carry_topic("How much did it cost?", history) == "How much did it cost (Derbyshire)?"


def test_thanks_or_ok_after_an_answer_is_no_follow_up() -> None:
    for said in ("thanks", "ok", "help", "Thank you!"):
        assert not needs_context(said)
        assert carry_topic(said, HISTORY) == said


def test_a_thing_of_something_unnamed_leans_on_the_conversation() -> None:
    assert leans_on_context("What are the risks?")
    assert leans_on_context("and who chairs them?")
    assert not leans_on_context("What are the risks of pooling?")  # it says of what
    assert not leans_on_context("What is synergy?")  # short, but search decides whether it stands alone
    assert needs_context("What is synergy?")
