"""What each footnote annotates: the sentence or heading its marker is glued to, higher up the same page.

A footnote read alone says little ('Children Act 2004.', 'See Chapter 4.'); the words it hangs from ('Children's
trust relevant partners', a column of the named partners table) say what it is about, so they travel with it.
"""

from __future__ import annotations

import re

from .structure import PARA_RE, Line, Unit, page_segments
from .text import clean_line, is_bullet, reflow, split_sentences

_LEAD = re.compile(r"^(?:\d{1,3}\s+|[•\-–]\s*)")  # a paragraph number or bullet opening the anchor's text
# A footnote reference glued to the word or stop before it: "outcomes.I", "arrangementsI", "(Ref. 1).I".
FOOTNOTE_MARK = re.compile(r"(?<=[a-z.,;:)’”])(?:I{1,3}|IV|VI{0,3})(?=\s|$|[.,;:)])")
_MOST_LINES = 12  # the most lines an anchor's paragraph is read back over
# The row heads' column heading run into the first column's heading on one line ('Organisations Local strategic
# partnerships'): a lone capitalised word before a heading in sentence case.
_RUN_TOGETHER = re.compile(r"^[A-Z][\w’']+\s+(?=[A-Z][a-z’']+(?:\s+[a-z][\w’'\-]*)+$)")


def anchor_text(lines: list[Line], k: int, end: int) -> str:
    """The sentence of line k's paragraph, bullet or heading that ends at column `end` of that line (where its
    marker sits), read back to a blank line or the line opening the paragraph or bullet."""
    chunk: list[str] = []
    for j in range(k, max(-1, k - _MOST_LINES), -1):
        if not lines[j].text:
            break
        chunk.insert(0, lines[j].raw[:end] if j == k else lines[j].raw)
        if PARA_RE.match(lines[j].raw) or is_bullet(lines[j].text):  # it opens the paragraph or bullet
            break
    sentences = split_sentences(FOOTNOTE_MARK.sub("", reflow(chunk)))
    return clean_line(_LEAD.sub("", clean_line(sentences[-1]))) if sentences else ""


def footnote_anchors(lines: list[Line], units: list[Unit]) -> dict[int, str]:
    """For each footnote unit (by the offset its first line starts at), the text its marker is attached to: the
    nearest marker with its numeral above it on its page, outside footnotes, not taken by another footnote; no
    entry when the extraction lost the marker."""
    pages = page_segments(lines)
    row = {line.start: k for k, line in enumerate(lines)}
    in_notes = {row[line.start] for u in units if u.kind == "footnote" for line in u.lines if line.start in row}
    taken: set[tuple[int, int]] = set()
    anchors: dict[int, str] = {}
    for unit in units:
        if unit.kind != "footnote" or not unit.lines or unit.lines[0].start not in row:
            continue
        first = row[unit.lines[0].start]
        page = pages[first]
        numeral = unit.label.split()[-1]
        found = None
        for k in range(first - 1, -1, -1):
            if pages[k] != page:
                break
            if k in in_notes:
                continue
            marks = [
                m for m in FOOTNOTE_MARK.finditer(lines[k].raw) if m.group() == numeral and (k, m.start()) not in taken
            ]
            if marks:
                found = (k, marks[-1].start())
                break
        if found is not None:
            taken.add(found)
            text = anchor_text(lines, *found)
            if text:
                anchors[unit.lines[0].start] = text
    return anchors


def with_name(note: str, anchor: str) -> str:
    """A footnote's text led by the name it annotates when its marker hangs from a heading, such as a table's
    column heading, not a sentence or a cell's item: 'Children Act 2004.' under the column 'Children’s trust relevant
    partners' reads 'Children’s trust relevant partners: Children Act 2004.', as the page shows it to a reader."""
    name = _RUN_TOGETHER.sub("", anchor.strip())
    heading = name[:1].isupper() and not name.endswith((".", ";", ":", "?", "!", ")"))
    return f"{name}: {note}" if heading else note
