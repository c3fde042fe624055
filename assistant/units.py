"""A retrieved passage as the units the extractive answerer quotes: sentences, bullets, table cells and the
lines that say who said a quotation."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .models import Passage
from .questions import akin
from .text import ends_sentence, split_sentences
from .tokens import tokenize


@dataclass(frozen=True)
class Unit:
    """A sentence or bullet of a retrieved passage, with the list it belongs to if any."""

    passage_index: int
    position: int
    text: str
    list_id: int | None = None
    is_lead: bool = False
    line: int = 0
    cell: bool = False
    speaker: bool = False
    said_by: int | None = None


@dataclass(frozen=True)
class Pick:
    """A unit chosen for the answer, with its score."""

    unit: Unit
    score: float


def units_of(passage: Passage, passage_index: int) -> list[Unit]:
    """Sentences and bullets of a passage in order; a lead-in ending ':' and its bullets share a list id.

    Each unit knows its source line; the lines of a table after its label and title are its cells (all lines of a
    table's later part, which has neither), and the line
    naming who said a quotation is its speaker (each line of the quotation is said_by that line)."""
    units: list[Unit] = []
    list_id: int | None = None
    next_list = 0
    said_by = attributions(passage)
    speakers = set(said_by.values())
    first_cell = 2 if passage.text.startswith(passage.label) else 0  # a table's later part has no label or title
    for number, line in enumerate(ln.strip() for ln in passage.text.split("\n")):
        if not line:
            continue
        if number in speakers:
            units.append(Unit(passage_index, len(units), line, line=number, speaker=True))
            list_id = None
            continue
        cell = (passage.kind == "table" and number >= first_cell or ticked(line)) and not line.startswith("Source:")
        where = {"line": number, "cell": cell, "said_by": said_by.get(number)}
        if line.startswith("•") or line.startswith("- ") and list_id is not None:  # '- ' is a sub-item
            if list_id is None:
                list_id, next_list = next_list, next_list + 1
            units.append(Unit(passage_index, len(units), line, list_id, **where))  # type: ignore[arg-type]
            continue
        list_id = None
        quoted = where["said_by"] is None or _opens_quote(line) or said_by.get(number - 1) == where["said_by"]
        for sentence in [line] if cell and " | " in line else split_sentences(line):  # a set-out row is whole
            quoted = quoted or "‘" in sentence  # what the line says before a quotation opens mid-line is the
            # report's own narrative ('This may lead to some partners’ disappointment. ‘There is…’'), said by nobody
            said = where if quoted else {**where, "said_by": None}
            units.append(Unit(passage_index, len(units), sentence, **said))  # type: ignore[arg-type]
        if units and units[-1].text.rstrip().endswith(":"):
            list_id, next_list = next_list, next_list + 1
            units[-1] = replace(units[-1], list_id=list_id, is_lead=True)
    return units


def _opens_quote(line: str) -> bool:
    """True for a line that opens on a quotation mark."""
    return line.startswith(("‘", "'"))


def attributions(passage: Passage) -> dict[int, int]:
    """For each line of a quotation, the number of the attribution line under it ('Borough fire commander')."""
    lines = [line.strip() for line in passage.text.split("\n")]
    found: dict[int, int] = {}
    start = None
    for number, line in enumerate(lines):
        if _opens_quote(line) or "‘" in line:  # a quotation may open mid-line ('…as obstacles: ‘We…')
            start = number
        if start is not None and line.endswith(("’", "'")) and number + 1 < len(lines):
            speaker = lines[number + 1]
            if speaker and is_heading(speaker) and len(speaker.split()) <= 8:
                found.update({n: number + 1 for n in range(start, number + 1)})
            start = None
    return found


def stands_alone(unit: Unit) -> bool:
    """True for a list item that is a whole sentence of its own ('• There is little evidence that councils…'),
    which, unlike a fragment ('• well-being powers'), reads without its lead-in."""
    text = unit.text.lstrip("•- ").strip()
    return (
        unit.list_id is not None and not unit.is_lead and text[:1].isupper() and ends_sentence(text)
        and len(text.split()) >= 8
    )  # fmt: skip


_EXPANSION = re.compile(r"^[\w’'\- ]{2,40}: (?:\S+\s+){0,5}\S+\.?$")


def spells_out(unit: Unit) -> bool:
    """True for a glossary entry's opening line that only spells a term out ('LPSB: Local public service board.'):
    quoted on its own beside another passage's answer it names, it does not answer."""
    return unit.position == 0 and bool(_EXPANSION.match(unit.text))


_REFERENT = (
    r"(?:these|those|they|them|their|it|its|he|she|his|her|such|this(?!\s+(?:study|report|paper|document|chapter|section|national"
    r"\s+study)\b)|in these|in this|in that|here|the\s+(?:group|review|scheme|programme|project|initiative|pilot|"
    r"campaign)\s+(?!of\b|for\b|on\b))\b"
)  # a word that points back to something named before ('The group met monthly…': the group named before it)
_LEANS_BACK = re.compile(
    r"^\W*(?:yes|no)[,.;]\s|"  # a reply to the question asked before it ('Yes, I would argue it is…')
    rf"^\W*(?:(?:but|however|therefore|thus|hence|also|so|yet|and|instead|then),?\s+(?:[\w’'\-]+\s+){{0,3}}?)?"
    rf"(?:(?:some|many|most|all|each|one|none|few|both|several|two|three)\s+of\s+)?{_REFERENT}",
    re.I,
)  # 'It is not new money.', 'But like all investments they…', 'Some of those obstacles are area specific'


_THESE = re.compile(r"\b(?:these|those)\s+([a-z][\w\-]{3,})\b", re.I)


def named_before(units: list[Unit], unit: Unit) -> str:
    """The words that 'these X' in a sentence stands for, from the sentence before naming X: 'delivery chain
    workshops' for 'Participants recognised that these workshops provided…' after 'The delivery chain workshops
    brought partners together'; '' when the sentence points back to nothing so named."""
    these = _THESE.search(unit.text)
    if these is None or unit.list_id is not None:
        return ""
    noun = these.group(1)
    for before in reversed(units[max(0, unit.position - 2) : unit.position]):
        named = re.search(rf"((?:[\w\-’']+\s+){{1,3}}){re.escape(noun)}\b", before.text, re.I)
        if named and not _THESE.search(named.group(0)):
            return named.group(0)
    return ""


def ticked(text: str) -> bool:
    """True for a row of a tick matrix, in a table or not ('Probation trusts … ✓ ✓')."""
    return text.rstrip().endswith("✓")


def set_out_as(passage: Passage) -> set[str]:
    """The kinds of block a passage is, as a reader names it: its own kind, and a table for an appendix set out as
    a tick matrix ('the named partners table' is Appendix 3's matrix of partners ticked under each partnership)."""
    tick_rows = passage.kind == "appendix" and any(ticked(line) for line in passage.text.splitlines())
    return {passage.kind, "table"} if tick_rows else {passage.kind}


def points_back(text: str) -> bool:
    """True for a sentence whose first words point back to something named before it ('It is not new money.',
    'But like all investments they need…', 'Yes, I would argue…'), which, quoted alone, reads out of context. A
    contrast that names its own subject ('However, since the change in Government we await…') and 'This study…'
    stand alone."""
    return bool(_LEANS_BACK.match(text))


def leans_back(unit: Unit) -> bool:
    """True for a unit whose sentence points back to something named before it (see points_back)."""
    return points_back(unit.text)


_OPENING_NAME = re.compile(r"^\W*(?:In\s+(?P<at>[A-Z][a-z]+)\b|(?P<owner>[A-Z][a-z]+)[’']s\b)")


_PLACE_NAMED = re.compile(r"\b(?:in|at|from|for)\s+(?P<at>[A-Z][a-z]+)\b|\b(?P<owner>[A-Z][a-z]+)[’']s\b")


def places_named(question: str) -> set[str]:
    """The places or bodies a question names as an owner or a where, lower-case ('Derbyshire's group', 'in
    Dorset'): what a case study's sentences must be about to answer it."""
    return {(m.group("at") or m.group("owner")).lower() for m in _PLACE_NAMED.finditer(question)}


def opening_name(text: str) -> str | None:
    """The place or body a sentence opens on, lower-case ('Dorset’s Strategic Partnership…', 'In Dorset …'),
    else None."""
    m = _OPENING_NAME.match(text)
    return (m.group("at") or m.group("owner")).lower() if m else None


def opens_elsewhere(text: str, names: set[str]) -> bool:
    """True for a sentence that opens on a place or body the question does not name ('Dorset’s Strategic
    Partnership Bridging Group involves…', 'In Dorset, …') when none of the names (lower-case) is in it: in a case
    study telling of two places, it starts the other's story."""
    opens = opening_name(text)
    lowered = text.lower()
    return opens is not None and opens not in names and not any(n in lowered for n in names)


def runs(units: list[Unit]) -> list[list[Unit]]:
    """Units in passage order, grouped into unbroken runs: consecutive units of one passage."""
    grouped: list[list[Unit]] = []
    for unit in sorted(units, key=lambda u: (u.passage_index, u.position)):
        last = grouped[-1][-1] if grouped else None
        if last is not None and last.passage_index == unit.passage_index and unit.position == last.position + 1:
            grouped[-1].append(unit)
        else:
            grouped.append([unit])
    return grouped


_REFERENCE = re.compile(r"\(Ref\.?\s*\d+[^)]{0,20}\)")  # '(Ref. 11)': a source, not something the sentence says


def echoes(a: str, b: str, share: float = 0.75, within: float = 0.9) -> bool:
    """True when sentence b adds nothing to a: the two say nearly the same words (a summary repeating the
    report's sentence, or the report repeating its own sentence in its appendix), or nearly every word of b, four
    or more, is in a (a summary's shorter restatement); b of several sentences adds nothing when at least half of
    them add nothing. Reference markers ('(Ref. 11)') are no words of either."""
    parts = split_sentences(b.lstrip("• "))
    if len(parts) > 1:  # a bullet of several sentences echoes when at least half of them do
        return 2 * sum(echoes(a, part, share, within) for part in parts) >= len(parts)
    x, y = set(tokenize(_REFERENCE.sub(" ", a))), set(tokenize(_REFERENCE.sub(" ", b)))
    if not (x and y):
        return False
    return len(x & y) / len(x | y) >= share or (len(y) >= 4 and len(x & y) / len(y) >= within)


_ENDS_ON_ADDRESS = re.compile(r"(?:\bwww\.\s?|https?://)\S+\s*$")


def is_heading(text: str) -> bool:
    """True for a title, label or attribution line rather than a sentence; a line of ten words or more, most of
    them lower case, is a sentence that lost its full stop ('The working practices of the OSP fit the good
    practice outlined in the 7S framework'), as is a line ending on a web address, which takes no full stop ('The
    self-assessment is at www. improvementnetwork.gov.uk/lsp')."""
    if text.startswith("Source:"):
        return True
    words = text.split()
    prose = len(words) >= 10 and sum(w[:1].islower() for w in words) > len(words) / 2
    addressed = len(words) >= 4 and bool(_ENDS_ON_ADDRESS.search(text))
    return not text.startswith("•") and not ends_sentence(text) and len(text) < 90 and not prose and not addressed


def is_column_heads(unit: Unit, units: list[Unit]) -> bool:
    """True for a table's first row when it reads as column headings ('LSP chair Positive interpretation Negative
    interpretation…'), not a sentence; a matrix's heads open its passage. A row set out with its column names
    ('LSP chair: Council leader or elected mayor | Positive…') is a row, the first too."""
    if not unit.cell or is_row(unit):
        return False
    first = min((u.line for u in units if u.cell and not u.text.rstrip().endswith("?")), default=-1)
    return unit.position == 0 or unit.line == first and not ends_sentence(unit.text)


def is_figure_line(passage: Passage, unit: Unit) -> bool:
    """A line of a figure or table after its label, with a number or five words or more: content, not a label."""
    if passage.kind not in ("figure", "table") or unit.position < 1 or unit.text.startswith("Source:"):
        return False
    return bool(re.search(r"\d", unit.text)) or len(unit.text.split()) >= 5


_RUN_ON_LABEL = re.compile(r"\b[a-z][a-z\-]+\s+[A-Z][a-z]")  # 'procurement Pooling': one label run into the next


def is_label_row(passage: Passage, unit: Unit) -> bool:
    """True for a line of a figure's diagram below its title: labels the extraction ran together ('Commissioning
    and procurement Pooling Resource management Performance and finance reporting'), which read as no sentence."""
    return (
        passage.kind == "figure" and unit.position >= 2 and not unit.text.startswith("Source:")
        and len(_RUN_ON_LABEL.findall(unit.text)) >= 2
    )  # fmt: skip


def is_row(unit: Unit) -> bool:
    """True for a whole table row set out with its column names ('LSP chair: Council officer | Positive…')."""
    return unit.cell and " | " in unit.text


def row_key(row: str) -> str:
    """A set-out row's first cell, which names what the row is about ('Strategic', 'Council officer')."""
    first = row.split(" | ", 1)[0]
    return first.split(": ", 1)[1] if ": " in first else first


def row_column(row: str) -> str | None:
    """The name of a set-out row's first column ('LSP chair' of 'LSP chair: Council officer | …'), or None."""
    first = row.split(" | ", 1)[0]
    return first.split(": ", 1)[0] if ": " in first else None


def table_headings(units: list[Unit]) -> list[Unit]:
    """The heading lines of a table whose rows are set out with their column names: those between its label and
    its first row ('Choosing a chair', 'Does the choice of chair send the right or wrong message…?')."""
    first = next((u.position for u in units if is_row(u)), None)
    return [u for u in units[1:first] if u.list_id is None] if first is not None else []


def lead_in(units: list[Unit]) -> str:
    """A list's lead-in ('Central government should:'), or '' when it has none."""
    return next((u.text for u in units if u.is_lead), "")


_FULL_STOP = re.compile(r"[.!?][’'”)]*\s*$")


def summary_points(units: list[Unit]) -> list[list[Unit]]:
    """A summary's bullet points, each with the bullets it leads into: '• LSPs work through three main layers:'
    with '• strategic: …;' to the one ending the sentence ('• operational: service management and delivery.')."""
    points: list[list[Unit]] = []
    open_point = False
    for u in units:
        if not u.text.startswith("•"):
            open_point = False
            continue
        if open_point:
            points[-1].append(u)
            open_point = not _FULL_STOP.search(u.text)  # '…; and' runs on; '… delivery.' ends the point
            continue
        points.append([u])
        open_point = u.text.rstrip().endswith(":")
    return points


def points_about(topic: set[str], units: list[Unit]) -> list[list[Unit]]:
    """The points of a summary passage's units (its headline aside) about every word of the topic, in any form:
    'performance management' is not told by 'relationship management'."""
    said = [(told, set(tokenize(" ".join(v.text for v in told)))) for told in summary_points(units[1:])]
    return [told for told, tokens in said if all(akin(t, tokens) for t in topic)]
