"""Quote around the best sentence: its neighbours in a span, a quotation whole with its speaker, a list item under its
lead-in, the list a span runs into."""

from __future__ import annotations

from dataclasses import dataclass

from .citations import MARKER
from .tokens import tokenize
from .units import Pick, Unit, is_heading, is_row, leans_back, spells_out


@dataclass(frozen=True)
class Limits:
    """How much an answer may quote, and how near the best sentence's score another must come to join it."""

    max_chars: int = 500  # characters of an answer that is not a list
    max_sentences: int = 4  # sentences of such an answer (a speaker line is none)
    list_extra: int = 500  # characters a list the answer's span runs into may add beyond max_chars
    twin_extra: int = 100  # characters a near-best sentence beyond the span may add beyond max_chars
    other_share: float = 0.6  # a sentence from another passage joins when it scores this share of the best
    runner_up_share: float = 0.75  # a sentence of another passage this close to the best keeps room in the answer
    top_passage_share: float = 0.4  # the first-ranked passage's best sentence joins at this share of the best
    twin_share: float = 0.95  # a same-passage sentence beyond the span this close to the best joins the answer
    row_share: float = 0.7  # a table row next to the best row joins its span only at this share of the best


def flat(text: str) -> str:
    """Text without citation markers and with its spacing made single, to compare quotes."""
    return " ".join(MARKER.sub(" ", text).split())


def plain_sentence(unit: Unit) -> bool:
    """A sentence of running text that needs nothing before it: no heading, list item, cell or speaker line."""
    return not (is_heading(unit.text) or unit.list_id is not None or unit.cell or unit.speaker or leans_back(unit))


def item_under_lead(best: Pick, members: list[Unit]) -> list[Pick]:
    """A list item under its lead-in (and a sub-item under its item too; an item ending ':' with its sub-items):
    'How many LSPs did the survey cover?' is answered by the one item with the figure, not the whole list."""
    above = [u for u in members if u.position < best.unit.position]
    lead = [u for u in above if u.is_lead][:1]
    parent = [u for u in above if u.text.startswith("•")][-1:] if best.unit.text.startswith("- ") else []
    below: list[Unit] = []
    if best.unit.text.startswith("•") and best.unit.text.rstrip().endswith(":"):  # '… These visits included:'
        for u in (m for m in members if m.position > best.unit.position):  # says nothing without its sub-items
            if not u.text.startswith("- "):
                break
            below.append(u)
    return [Pick(u, best.score) for u in lead + parent] + [best] + [Pick(u, best.score) for u in below]


def parallel_items(best: Pick, members: list[Unit], qset: set[str], names: frozenset[str] = frozenset()) -> list[Pick]:
    """The other items of the best item's list that share a question word with it ('Twelve notable practice
    case studies…' beside 'Five lighter touch case studies…') or name what else it compares ('… in Derbyshire'
    beside '… in Bolton' for 'Compare Bolton and Derbyshire…'), for a question comparing them."""
    said = set(tokenize(best.unit.text))
    shared, others = said & qset, qset - said
    level = best.unit.text[:1]  # an item ('•') or a sub-item ('-') beside its own kind
    return [
        Pick(u, best.score)
        for u in members
        if u is not best.unit
        and not u.is_lead
        and u.text[:1] == level
        and (shared & set(tokenize(u.text)) or others & set(tokenize(u.text)) & names)
    ]


def quotation(pick: Pick, units: list[Unit]) -> list[Pick]:
    """A quoted sentence taken on its own from its passage, as the whole quotation it belongs to and the line
    saying who said it ('‘We look how…. That is going to be…’ (LSP director)'); any other sentence alone."""
    if pick.unit.said_by is None:
        return [pick]
    group = [u for u in units if u.said_by == pick.unit.said_by]
    opened = [u for u in group if u.position <= pick.unit.position and ("‘" in u.text or u.text.startswith("'"))]
    start = opened[-1].position if opened else pick.unit.position  # where the quotation opens, mid-line or not
    whole = [u for u in group if u.position >= start]
    whole += [u for u in units if u.speaker and u.line == pick.unit.said_by]
    return [pick if u is pick.unit else Pick(u, pick.score) for u in whole]


def speaker_of(chosen: list[Pick], units: list[Unit]) -> list[Pick]:
    """The attribution line of the quotation the span ends in, so a quoted answer says who said it."""
    last = max(chosen, key=lambda p: p.unit.position)
    speaker = next((u for u in units if u.speaker and u.line == last.unit.said_by), None)
    return [Pick(speaker, last.score)] if speaker is not None else []


def in_context(pick: Pick, units: list[Unit], strong: set[int] | None = None) -> list[Pick]:
    """What quoting one sentence on its own takes: a quoted sentence, its whole quotation and speaker; one that
    points back ('It follows the six…'), the plain sentence before it as well (one of strong, when given), or
    nothing when there is none; any other sentence, itself."""
    if pick.unit.said_by is not None:
        return quotation(pick, units)
    if not leans_back(pick.unit):
        return [pick]
    before = units[pick.unit.position - 1] if 0 < pick.unit.position <= len(units) else None
    if before is None or not plain_sentence(before) or strong is not None and id(before) not in strong:
        return []
    return [Pick(before, pick.score), pick]


def antecedents(unit: Unit, units: list[Unit], most: int = 2) -> list[Unit]:
    """For a sentence that points back, the sentences before it up to the plain one it points to, through at most
    most others that point back too ('They believe that the 7S framework…' between 'The Audit Commission want…'
    and 'They believe Comprehensive Area Inspection…'); none when there is no such plain sentence."""
    chain: list[Unit] = []
    at = unit
    while leans_back(at) and 0 < at.position <= len(units) and len(chain) <= most:
        at = units[at.position - 1]
        if at.said_by is not None or at.list_id is not None or at.speaker:
            return []
        chain.append(at)
        if plain_sentence(at):
            return chain
    return []


def with_antecedent(picks: list[Pick], units: list[Unit]) -> list[Pick]:
    """A list (or an item under its lead-in) with the plain sentence before the lead-in when that points back
    ('Multi-tier LSPs face added challenges.' before 'They have to develop a style that:')."""
    if not picks or not picks[0].unit.is_lead:
        return picks
    return [Pick(u, picks[0].score) for u in reversed(antecedents(picks[0].unit, units))] + picks


def grow_span(
    best: Pick,
    units: list[Unit],
    scores: dict[int, float],
    limits: Limits,
    reserve: int = 0,
    starts: frozenset[int] | set[int] = frozenset(),
) -> list[Pick]:
    """The best sentence and its neighbours in the same passage, growing toward the better-scoring side (across
    a quotation's attribution line, which comes along, when the best sentence is not itself quoted), but not
    back beyond one of starts ('Dorset’s Bridging Group…', where the story asked about begins). A best sentence
    that points back ('They discuss issues…') starts with the plain sentence it points to."""
    chosen = [best]
    length = len(best.unit.text) + reserve
    lo = hi = best.unit.position
    back = antecedents(best.unit, units) if best.unit.said_by is None else []
    if back and length + sum(len(u.text) for u in back) <= limits.max_chars:
        chosen += [Pick(u, scores.get(id(u), best.score)) for u in back]  # 'They discuss issues…' comes with
        length += sum(len(u.text) for u in back)  # 'Derbyshire’s LSP Coordinators’ Group brings…', who they are
        lo = min(u.position for u in back)
    narrative = best.unit.said_by is None  # a quoted best sentence keeps to its own speaker
    while sum(1 for p in chosen if not p.unit.speaker) < limits.max_sentences:
        options = []
        for pos, step, bias in ((lo - 1, -1, 1.0), (hi + 1, 1, 1.25)):
            if step < 0 and id(units[lo]) in starts:
                continue
            speaker = units[pos] if 0 <= pos < len(units) and units[pos].speaker and narrative else None
            if speaker is not None:
                pos += step  # a quotation's attribution line joins the span with the sentence beyond it
            if not 0 <= pos < len(units):
                continue
            unit = units[pos]
            if unit.list_id is not None or id(unit) not in scores or length + len(unit.text) > limits.max_chars:
                continue  # a list, a heading or a line too long for the budget ends the span on that side
            if is_row(best.unit) and (not is_row(unit) or scores[id(unit)] < best.score * limits.row_share):
                continue  # a table row is whole on its own: another row joins only if it answers too
            if step < 0 and speaker is not None:  # a quotation before its speaker comes whole, from its opening
                unit_pair = [u for u in units if u.said_by == speaker.line and u.position <= pos][::-1]
                if any(id(u) not in scores for u in unit_pair):
                    continue
            elif step < 0 and leans_back(unit):  # 'These drew on…' opens the quote only with what it points to
                before = units[pos - 1] if pos > 0 else None
                if before is None or not plain_sentence(before) or id(before) not in scores:
                    continue
                unit_pair = [unit, before]
            elif step > 0 and narrative and unit.said_by is not None:  # a quotation the span runs into comes whole,
                unit_pair = [u for u in units if u.said_by == unit.said_by and u.position >= pos]  # or not at all
                said = sum(1 for p in chosen if not p.unit.speaker)
                if any(id(u) not in scores for u in unit_pair) or said + len(unit_pair) > limits.max_sentences:
                    continue
            else:
                unit_pair = [unit]
            if length + sum(len(u.text) for u in unit_pair) > limits.max_chars:
                continue
            lowest = min(u.position for u in unit_pair)
            highest = max(u.position for u in unit_pair)  # a whole quotation taken forward ends the span where it ends
            options.append((scores[id(unit)] * bias, lowest if step < 0 else highest, unit_pair, speaker))
        if not options:
            return chosen
        _, pos, taken, speaker = max(options, key=lambda o: o[0])
        for unit in taken:
            chosen.append(Pick(unit, scores[id(unit)]))
            length += len(unit.text)
        if speaker is not None:
            chosen.append(Pick(speaker, scores[id(taken[0])]))
        lo, hi = min(lo, pos), max(hi, pos)  # a crossed speaker line lies between, inside the span
    return chosen


def following_list(
    chosen: list[Pick], units: list[Unit], lists: dict[tuple[int, int], list[Unit]], limits: Limits
) -> list[Pick]:
    """The list the span runs into ('The agreed action plan … included:' and its items), whole, when it fits."""
    end = max(p.unit.position for p in chosen)
    lead = units[end + 1] if end + 1 < len(units) else None
    if units[end].is_lead:
        lead = units[end]  # the span ends in a lead-in: its items follow
    if lead is None or not lead.is_lead or lead.list_id is None:
        return []
    members = [m for m in lists.get((lead.passage_index, lead.list_id), []) if m is not units[end]]
    if not any(not m.is_lead for m in members):
        return []  # a lead-in whose items are not in this passage: nothing to add
    length = sum(len(p.unit.text) for p in chosen) + sum(len(m.text) for m in members)
    if length > limits.max_chars + limits.list_extra:
        return []
    score = min(p.score for p in chosen)
    return [Pick(m, score) for m in members]


def unsaid(picks: list[Pick], said: str) -> list[Pick]:
    """The picks less the plain sentences the previous answer already quoted, though never the best one:
    'and who approves the appointment?' after 'Who chairs most LSPs?' says who approves it, not again who
    chairs. A list is kept whole. A glossary entry's head ('LIFT: Local Improvement Finance Trust.') is never
    the one kept when another is said: after 'What is LIFT?', 'who owns them?' keeps who its shareholders are."""
    if not said or not picks:
        return picks
    best = max([p for p in picks if not spells_out(p.unit)] or picks, key=lambda p: p.score)
    before = flat(said)
    kept = [p for p in picks if p is best or p.unit.list_id is not None or flat(p.unit.text) not in before]
    kept_ids = {id(p) for p in kept}
    dropped = {(p.unit.passage_index, p.unit.position) for p in picks if id(p) not in kept_ids}
    return [  # 'It recommended a land bank…' goes with the sentence it points back to, said or not
        p
        for p in kept
        if p is best or not leans_back(p.unit) or (p.unit.passage_index, p.unit.position - 1) not in dropped
    ]
