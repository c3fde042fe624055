"""The answer a question's form asks for: a sum for 'how much', a date for 'when', a frequency for 'how often', a
length of time for 'how long', a figure for 'how many X', a document's own date for 'when was it written'."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .questions import DOCUMENT_DATE_Q, FRAME_WORDS, SIGNATURE, has_quantity, names_a_title, shares_a_word
from .reading import Reading
from .tokens import tokenize
from .units import Pick, Unit

_NEAR_ENOUGH = 0.4  # share of the best score a pick of the asked type must reach to answer in its place


def fits_answer_type(text: str, thing: str | None, expected: tuple[re.Pattern[str], str] | None) -> bool:
    """True when text has what the question's answer type needs (a sum, a frequency, a figure next to X)."""
    if expected is not None:
        return bool(expected[0].search(text))
    return bool(thing and has_quantity(text) and thing in tokenize(text))


def dates_itself(text: str, titles: Iterable[str]) -> bool:
    """True for a signature, or a sentence naming a document by its title: what dates a document itself."""
    return bool(SIGNATURE.match(text)) or names_a_title(text, titles)


def typed_first(
    reading: Reading,
    best: Pick,
    scored: list[Pick],
    lists: dict[tuple[int, int], list[Unit]],
    titles: Iterable[str],
    same_passage: float,
) -> tuple[Pick, list[Pick]]:
    """The pick of the type the question asks for, first, when it scores near enough the best (the best passage's
    own counting for more, by same_passage); with the scored picks, rid of a frequency or length of time said of
    something else when one is said of what is asked about."""
    question, thing, expected = reading.question, reading.thing, reading.first_type
    titles = list(titles)

    def weight(p: Pick) -> float:  # the best passage's own sum or date is likelier the answer
        return p.score * (same_passage if p.unit.passage_index == best.unit.passage_index else 1.0)

    def fits(p: Pick) -> bool:  # a sum for 'how much', a date for 'when', a figure's source for 'whose model'
        return fits_answer_type(p.unit.text, thing, expected) or reading.source_line(p.unit.text)

    typed = sorted((p for p in scored if fits(p)), key=weight, reverse=True)
    told = set(reading.qset) - FRAME_WORDS  # what the question is about, the acronyms its topic leaves out ('LAA')
    if expected is not None and expected[1] in {"frequency", "length of time"} and told:

        def told_of(p: Pick) -> bool:  # the sentence, or the lead-in of its list, speaks of it
            members = lists.get((p.unit.passage_index, p.unit.list_id), []) if p.unit.list_id is not None else []
            lead = members[0].text if members and members[0].is_lead else ""
            return shares_a_word(told, f"{lead} {p.unit.text}")

        # 'How long does an LAA last?': 'within three years' under the LAA's lead-in, not 'over the last three
        # decades' of government policy, which is quoted nowhere: it would read as the answer
        on_topic = [p for p in typed if told_of(p)]
        if on_topic:
            elsewhere = {id(p.unit) for p in typed if not told_of(p)}
            scored = [p for p in scored if id(p.unit) not in elsewhere]
            typed = on_topic
    if DOCUMENT_DATE_Q.search(question):  # 'When was the Oxford paper written?': its signature's date, not a
        # meeting's month in it; 'When was the report published?': the sentence naming the report by its title
        # ('Published by the Audit Commission in 2009; ‘Working better together?…'), not the date another
        # document came out
        typed.sort(key=lambda p: not dates_itself(p.unit.text, titles))
    if typed and typed[0] is not best and weight(typed[0]) >= best.score * _NEAR_ENOUGH:
        best = typed[0]  # 'how often' wants a frequency, 'how many X' a figure for X: the best such sentence
        scored = [best] + [p for p in scored if p is not best]
    return best, scored
