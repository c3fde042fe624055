"""Sentences from other passages joining an answer: none that only says again what a quoted one said."""

from __future__ import annotations

from assistant.beside import said_already
from assistant.units import Pick, Unit


def test_a_sentence_saying_what_a_glossary_entrys_pronoun_sentence_said_adds_nothing() -> None:
    entry = [
        Unit(0, 0, "ABG: The white paper suggested that area based grant (ABG) would enable councils to act."),
        Unit(0, 1, "It is not new money."),
    ]
    elsewhere = [Unit(1, 0, "ABG is not new money."), Unit(1, 1, "It is a local authority grant.")]
    by_passage = {0: entry, 1: elsewhere}
    chosen = [Pick(u, 1.0) for u in entry]
    assert said_already(Pick(elsewhere[0], 0.8), chosen, by_passage)  # 'It' is ABG, the term the entry defines
    assert not said_already(Pick(elsewhere[1], 0.8), chosen, by_passage)  # 'local authority grant' is new


def test_words_found_across_a_paragraph_are_no_repeat_of_any_one_sentence() -> None:
    paragraph = [Unit(0, 0, "Councils in some LSPs share leadership but do not always chair theme groups.")]
    leaders = Unit(1, 0, "Council leaders chair most LSPs.")  # a finding of its own, though its words recur
    assert not said_already(Pick(leaders, 0.8), [Pick(paragraph[0], 1.0)], {0: paragraph, 1: [leaders]})
