"""Sentences from other passages joining an answer: none that only says again what a quoted one said."""

from __future__ import annotations

from assistant.beside import said_already, twin
from assistant.spans import Limits, antecedents, grow_span, item_under_lead, speaker_of
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

    whole = span(1, 5)  # 'It' with what it is, and room for the quotation: all of it, then who said it
    assert whole == [u.text for u in units]
    short = span(1, 4)  # no room for all of it: none of it, and no speaker under half a quotation
    assert short == [units[0].text, units[1].text]


def test_a_sentence_pointing_back_takes_the_sentences_up_to_the_one_it_points_to() -> None:
    units = [
        Unit(0, 0, "The Audit Commission want councils and partners to use this report."),
        Unit(0, 1, "They believe that the 7S framework can help councils and partners."),
        Unit(0, 2, "They believe joint inspection should stimulate area-based improvement."),
        Unit(0, 3, "The ethos appears correct."),
    ]
    assert antecedents(units[2], units) == [units[1], units[0]]  # through another 'They' to who they are
    assert antecedents(units[3], units) == []  # a sentence that needs nothing before it
    assert antecedents(units[0], units) == []
    scores = {id(u): 1.0 for u in units}
    scores[id(units[3])] = 3.0  # the span would rather grow forward
    chosen = grow_span(Pick(units[2], 2.0), units, scores, Limits(max_chars=500, max_sentences=3))
    assert sorted(p.unit.position for p in chosen) == [0, 1, 2]


def test_a_pointing_sentence_with_nothing_plain_before_it_takes_nothing() -> None:
    units = [Unit(0, 0, "• an item of a list;", list_id=0), Unit(0, 1, "They discuss issues.")]
    assert antecedents(units[1], units) == []


def test_an_item_leading_into_sub_items_comes_with_them() -> None:
    members = [
        Unit(0, 0, "This study used a mixed methods approach that included:", list_id=0, is_lead=True),
        Unit(0, 1, "• Twelve case studies. Visits took three to four days. These visits included:", list_id=0),
        Unit(0, 2, "- 118 interviews; and", list_id=0),
        Unit(0, 3, "- six workshops.", list_id=0),
        Unit(0, 4, "• Five lighter touch case studies.", list_id=0),
    ]
    quoted = [p.unit.position for p in item_under_lead(Pick(members[1], 1.0), members)]
    assert quoted == [0, 1, 2, 3]  # not ending on 'These visits included:', nor running into the next item
    assert [p.unit.position for p in item_under_lead(Pick(members[4], 1.0), members)] == [0, 4]


def test_a_summary_point_nearly_as_strong_as_its_headline_joins_it_but_not_another_point() -> None:
    headline = Unit(0, 0, "CAA will assess whether local public bodies and their partnerships are contributing.")
    point = Unit(0, 1, "• CAA will focus on how providers improve outcomes, acting as a catalyst for better work.", 0)
    fragment = Unit(0, 2, "• support and development of the DSP;", 0)  # an item that needs its lead-in
    best = Pick(headline, 3.16)
    assert twin([best, Pick(point, 3.15)], best, [best], set(), Limits()) == [Pick(point, 3.15)]
    assert twin([best, Pick(fragment, 3.15)], best, [best], set(), Limits()) == []
    other = Unit(0, 3, "• Most LSPs do not know how much their support team costs, so they cannot judge value.", 0)
    best_point = Pick(point, 3.16)  # one point is the answer: another point beside it is not
    assert twin([best_point, Pick(other, 3.15)], best_point, [best_point], set(), Limits()) == []
