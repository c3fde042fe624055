"""Sentences from other passages that join an answer: a strong one, the first-ranked passage's best, a near-best one
the span left out."""

from __future__ import annotations

from .questions import FRAMING, shares_a_word
from .spans import Limits, following_list, in_context
from .structure import GLOSSARY_RE
from .text import asks
from .tokens import tokenize
from .units import Pick, Unit, echoes, is_column_heads, leans_back, opens_elsewhere, spells_out, stands_alone


def runner_up(scored: list[Pick], best: Pick, limits: Limits, quoted: list[Pick] | None = None) -> Pick | None:
    """A near-best sentence of another passage (among the next three), for which the span leaves room; given what
    the answer quotes already, one that says something else (not the report's sentence a summary's list repeats)."""
    for pick in scored[1:4]:
        if pick.score < best.score * limits.runner_up_share:
            return None
        elsewhere = pick.unit.passage_index != best.unit.passage_index
        alone = pick.unit.list_id is None and not pick.unit.cell and not leans_back(pick.unit)
        alone = alone and pick.unit.said_by is None  # a quotation is not quoted without who said it
        repeats = any(echoes(q.unit.text, pick.unit.text) for q in quoted or [])
        if elsewhere and alone and not spells_out(pick.unit) and not repeats:
            return pick
    return None


def original_of(scored: list[Pick], best: Pick) -> Pick | None:
    """When the best sentence is an item of a list that another passage says in a sentence of its own, in nearly
    the same words (the summary paper listing the report's findings), that sentence among the next three: the
    report's own paragraph reads on around it."""
    if best.unit.list_id is None or best.unit.is_lead:
        return None
    for pick in scored[1:4]:
        own = pick.unit.list_id is None and not pick.unit.cell and pick.unit.said_by is None
        elsewhere = pick.unit.passage_index != best.unit.passage_index
        if own and elsewhere and echoes(pick.unit.text, best.unit.text) and echoes(best.unit.text, pick.unit.text):
            return pick
    return None


def twin(scored: list[Pick], best: Pick, chosen: list[Pick], names: set[str], limits: Limits) -> list[Pick]:
    """A sentence of the best passage that scores nearly as high as the best but lies beyond the span ('Bolton
    Vision has invested in a brand ‘The Bolton Family’…', four sentences before 'The brand recognised…'), when
    it reads on its own and fits."""
    length = sum(len(c.unit.text) for c in chosen)
    for pick in scored[1:4]:
        near = pick.unit.passage_index == best.unit.passage_index and pick.score >= best.score * limits.twin_share
        point = best.unit.list_id is None and stands_alone(pick.unit)  # a summary's point under the headline
        alone = (pick.unit.list_id is None or point) and not pick.unit.cell and pick.unit.said_by is None  # that is
        # best ('• CAA will focus on … a catalyst for better partnership working.'), not one point beside another
        alone = alone and not (names and opens_elsewhere(pick.unit.text, names))  # another place's story
        if near and alone and not leans_back(pick.unit) and all(c.unit is not pick.unit for c in chosen):
            return [pick] if length + len(pick.unit.text) <= limits.max_chars + limits.twin_extra else []
    return []


def from_top_passage(scored: list[Pick], best: Pick, units: list[Unit], qset: set[str], limits: Limits) -> list[Pick]:
    """When the best sentence is not from the passage search ranked first, that passage's best sentence, if
    it scores at least top_passage_share of the best (lists and table rows excepted); one that points back
    ('It follows the six…') comes with the sentence before it, or, if that is no plain sentence, not at all; one
    and the best sentence saying the same in nearly the same words, not at all."""
    if best.unit.passage_index == 0:
        return []
    told = qset - FRAMING or qset  # what it asks about: 'Applies … to LSPs' says nothing of holding them to account
    for pick in scored:
        if pick.score < best.score * limits.top_passage_share:
            return []
        if pick.unit.passage_index != 0 or pick.unit.list_id is not None or pick.unit.cell or spells_out(pick.unit):
            continue
        if not shares_a_word(told, pick.unit.text) or asks(pick.unit.text):
            continue  # it shares no word of what is asked ('third sector' only in who said it), or asks a question
        if echoes(best.unit.text, pick.unit.text) and echoes(pick.unit.text, best.unit.text):
            return []  # the two say the same ('When the Secretary of State signs an LAA…' twice); not a sentence
            # whose words the best one holds, but which says otherwise ('But many LSPs have no commissioning plans.')
        quoted = in_context(pick, units)
        if quoted:
            return quoted
    return []


def said_already(pick: Pick, chosen: list[Pick], units_by_passage: dict[int, list[Unit]]) -> bool:
    """True when a sentence says what a quoted sentence pointing back ('It…') said, read as about the glossary
    term its passage defines: 'ABG is not new money.' after the ABG entry's 'It is not new money.'"""
    words = set(tokenize(pick.unit.text))
    for p in chosen:
        units = units_by_passage.get(p.unit.passage_index, [])
        entry = GLOSSARY_RE.match(units[0].text) if units else None
        if entry is None or not leans_back(p.unit):
            continue
        if words and words <= set(tokenize(p.unit.text)) | set(tokenize(entry.group(1))):
            return True
    return False


def others(
    topic: set[str],
    chosen: list[Pick],
    scored: list[Pick],
    best: Pick,
    limits: Limits,
    units_by_passage: dict[int, list[Unit]] | None = None,
    lists: dict[tuple[int, int], list[Unit]] | None = None,
) -> list[Pick]:
    """Add a strong sentence from another passage when the budget allows; given lists (for a list question),
    the list such a sentence leads into comes with it, whole, when it fits. A list item must share one of the
    question's topic words."""
    length = sum(len(p.unit.text) for p in chosen)
    strong = {id(p.unit) for p in scored if p.score >= best.score * limits.other_share}
    for pick in scored:
        sentences = sum(not p.unit.speaker for p in chosen)  # a speaker line is no sentence of its own
        if pick.score < best.score * limits.other_share or sentences > limits.max_sentences:
            break
        if any(p.unit is pick.unit or echoes(p.unit.text, pick.unit.text) for p in chosen) or said_already(
            pick, chosen, units_by_passage or {}
        ):
            continue  # already quoted, or said in nearly the same words (a summary restating the report)
        words = [w for w in pick.unit.text.split() if w != "✓"]
        units = (units_by_passage or {}).get(pick.unit.passage_index, [])
        short_row = pick.unit.cell and (len(words) < 5 or is_column_heads(pick.unit, units))
        fragment = pick.unit.list_id is not None and not stands_alone(pick.unit)
        if pick.unit.passage_index == best.unit.passage_index or fragment or short_row or spells_out(pick.unit):
            continue  # a list fragment or a short table row means little without its lead-in or column heads
        if asks(pick.unit.text) and not asks(best.unit.text):
            continue  # a self-assessment question beside findings: no answer, unless questions are asked for
        if pick.unit.list_id is not None and topic and not shares_a_word(topic, pick.unit.text):
            continue  # one headline of a list, about none of what was asked ('performance management' for costs)
        adding = in_context(pick, units, strong | {id(c.unit) for c in chosen})
        adding = [a for a in adding if not any(c.unit is a.unit for c in chosen)]  # a quotation partly quoted
        size = sum(len(p.unit.text) for p in adding)
        if adding and length + size <= limits.max_chars:
            follow = following_list([pick], units, lists, limits) if lists and units else []
            fits = bool(follow) and length + size + sum(len(m.unit.text) for m in follow) <= (
                limits.max_chars + limits.list_extra
            )
            if adding[-1].unit.text.rstrip().endswith(":") and not fits:
                continue  # '… These visits included:' says nothing without what it includes
            chosen.extend(adding)
            length += size
            if fits:
                return chosen + follow  # 'In some case study LSPs:' and the habits it lists
    return chosen
