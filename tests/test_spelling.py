"""Typing slips in questions: put right against the reports' words, never a real word the reports do not use."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.spelling import Speller, one_edit

REPORT = "Pooled budgets and scrutiny committees. The accountable body. Partnership working in government. The budget."
ENGLISH = {"budget", "scrutiny", "committee", "timeline", "distract", "warm", "football", "salary"}


def test_a_slip_is_put_right_in_the_case_it_was_typed() -> None:
    speller = Speller.build([REPORT], ENGLISH)
    assert speller.correct("pooled budjets") == "pooled budgets"
    assert speller.correct("Scrutney committees?") == "Scrutiny committees?"
    assert speller.correct("the accountible body") == "the accountable body"
    assert speller.correct("lsp budjet?") == "lsp budget?"  # one letter changed, in a short word: one slip
    assert speller.correct("bugdet and scrutny") == "budget and scrutiny"  # two letters swapped; one dropped


def test_one_slip_is_one_letter_changed_dropped_added_or_two_swapped() -> None:
    assert one_edit("budjet", "budget") and one_edit("bugdet", "budget") and one_edit("scrutny", "scrutiny")
    assert one_edit("scrutinyy", "scrutiny")
    assert not one_edit("bgudte", "budget") and not one_edit("budget", "budget") and not one_edit("bud", "budget")


def test_real_words_short_words_and_unknown_words_are_left_alone() -> None:
    speller = Speller.build([REPORT], ENGLISH)
    assert speller.correct("Does the timeline distract partners?") == "Does the timeline distract partners?"
    assert speller.correct("global warming and football salaries") == "global warming and football salaries"
    assert speller.correct("bgudte") == "bgudte"  # too far from any word of the reports
    assert speller.correct("fnud") == "fnud"  # under five letters: too short to guess
    words = Speller.build(["Decentralisation is tracking well. Helpful partners."], {"tackle", "helpful"})
    assert words.correct("tackling") == "tackling"  # 'tackle' with its ending: not 'tracking'
    assert words.correct("unhelpful") == "unhelpful"  # 'helpful' denied: not 'helpful'
    assert words.correct("decentralising") == "decentralising"  # the reports' 'decentralisation' in another form
    decommissioning = Speller.build(["Partners plan before decommissioning services."], ENGLISH)
    assert decommissioning.correct("when partners decommission") == "when partners decommission"  # the base of the
    # reports' word, not a slip for their nearest one


def test_without_a_dictionary_nothing_is_corrected() -> None:
    assert Speller.build([REPORT], []).correct("pooled budjets") == "pooled budjets"


@pytest.mark.slow
def test_the_assistant_reads_a_question_with_slips_as_meant(assistant: Assistant) -> None:
    assert "Paragraph 134" in [p.label for p in assistant.search("pooled budjets")]
    answer = assistant.ask("What are scrutney committees for in the Dorset exmaple?")
    assert not answer.refused
    assert "scrutiny" in answer.standalone_question and "example" in answer.standalone_question
    assert "Case study 17" in [c.passage.label for c in answer.citations]
