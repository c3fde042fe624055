"""Sentences from other passages joining an answer: none that only says again what a quoted one said."""

from __future__ import annotations

from assistant.beside import said_already
from assistant.spans import Limits, grow_span, speaker_of
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


def test_a_span_runs_into_a_quotation_whole_with_its_speaker_or_stops_before_it() -> None:
    units = [
        Unit(0, 0, "ABG is not new money.", line=1),
        Unit(0, 1, "It is a local authority grant and the council cabinet must approve spending.", line=2),
        Unit(0, 2, "‘There is the area based grant.", line=3, said_by=6),
        Unit(0, 3, "But most of that is already committed.", line=4, said_by=6),
        Unit(0, 4, "So there isn’t really any flexibility.’", line=5, said_by=6),
        Unit(0, 5, "Director, third sector", line=6, speaker=True),
    ]
    scores = {id(u): 1.0 for u in units}
    scores[id(units[0])] = 0.5

    def span(best: int, sentences: int) -> list[str]:
        chosen = grow_span(Pick(units[best], 2.0), units, scores, Limits(max_chars=500, max_sentences=sentences))
        chosen += speaker_of(chosen, units)
        return [p.unit.text for p in sorted(chosen, key=lambda p: p.unit.position)]

    whole = span(1, 4)  # room for the quotation: all of it, then who said it
    assert whole[-4:] == [u.text for u in units[2:]]
    short = span(1, 3)  # no room for all of it: none of it, and no speaker under half a quotation
    assert short == [units[0].text, units[1].text]
