"""Turn a document's text into passages: structure-aware for numbered reports, recursive split otherwise."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter

from .footnotes import FOOTNOTE_MARK, footnote_anchors, with_name
from .models import Passage, passage_id
from .settings import ChunkingSettings
from .structure import Unit, looks_structured, page_numbers, parse_report, split_lines
from .tables import RestoredTable, restore
from .text import clean_line, reflow

CHUNKER_VERSION = "14"
_LEAD_NUMBER = re.compile(r"^\d{1,3}\s+")
_LEAD_FOOTNOTE = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X)\s+")


@dataclass(frozen=True)
class SourceText:
    """A loaded document: its text and, for PDFs, where each page starts."""

    doc_id: str
    title: str
    text: str
    page_starts: tuple[tuple[int, int], ...] = ()  # (offset, page number), ascending
    tables: tuple[RestoredTable, ...] = ()  # tables set out again where the extraction lost their columns

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        k = bisect.bisect_right([o for o, _ in self.page_starts], offset) - 1
        return self.page_starts[k][1] if k >= 0 else None


def chunk_document(
    doc: SourceText, settings: ChunkingSettings, on_problem: Callable[[str], None] | None = None
) -> list[Passage]:
    """Split one document into passages that keep its structure where it has one; on_problem hears why a
    table restoration was not used."""
    if looks_structured(doc.text):
        passages = _structured(doc, settings, on_problem or (lambda _: None))
    else:
        passages = _fallback(doc, settings)
    return _unique_ids(passages)


def _unique_ids(passages: list[Passage]) -> list[Passage]:
    """Give repeated identical passages (a page left blank twice, a repeated notice) distinct ids."""
    seen: dict[str, int] = {}
    out: list[Passage] = []
    for p in passages:
        n = seen.get(p.id, 0)
        seen[p.id] = n + 1
        if n:
            p = p.model_copy(update={"id": passage_id(p.doc_id, p.kind, p.label, p.paragraphs, f"{p.text}\n#{n + 1}")})
        out.append(p)
    return out


def unit_text(unit: Unit) -> str:
    """Clean text of a structural unit, without its paragraph number or footnote marker."""
    lines = [line.raw for line in unit.lines]
    if unit.kind == "paragraph" and lines:
        lines[0] = _LEAD_NUMBER.sub("", clean_line(lines[0]))
    if unit.kind == "footnote" and lines:
        lines[0] = _LEAD_FOOTNOTE.sub("", clean_line(lines[0]))
    if unit.kind == "sidebar" and len(lines) > 1 and clean_line(lines[0]) == unit.label:
        # a box's title on its own line, not run into its first sentence ('LSP membership The decision…')
        return f"{unit.label}\n{speakers_apart(FOOTNOTE_MARK.sub('', reflow(lines[1:])))}"
    return speakers_apart(FOOTNOTE_MARK.sub("", reflow(lines)))


_SPEAKER = r"[A-Z][A-Za-z\-()]*(?:,?\s+[A-Za-z\-()]+){0,5}(?:,\s+(?:Page|Paragraph)\s+\d{1,3})?"  # a report
# quoted by its title and where in it: 'World Class Financial Management, Page 11'
_SPEAKER_BETWEEN = re.compile(rf"(?<=[.?!…]’)\s+(?P<who>{_SPEAKER})\s+(?=‘)")
_SPEAKER_AFTER = re.compile(rf"(?<=[.?!…]’)\s+(?P<who>{_SPEAKER})$", re.M)
_NOT_A_SPEAKER = {
    "the", "a", "an", "and", "but", "says", "said", "is", "are", "was", "were", "we", "they", "it", "this",
}  # fmt: skip


def speakers_apart(text: str) -> str:
    """Put the attribution after a quotation on its own line, where reflow had run it into the text around
    ('…key people.’ Council chief executive ‘We have…' → '…key people.’ / Council chief executive / ‘We have…'),
    so no quotation reads as said by the speaker of the one before."""

    def apart(m: re.Match[str]) -> str:
        words = {w.strip(",()").lower() for w in m.group("who").split()}
        return f"\n{m.group('who')}\n" if not words & _NOT_A_SPEAKER else m.group(0)

    text = _SPEAKER_BETWEEN.sub(apart, text)
    return _SPEAKER_AFTER.sub(lambda m: apart(m).rstrip("\n"), text)


def _structured(doc: SourceText, settings: ChunkingSettings, on_problem: Callable[[str], None]) -> list[Passage]:
    units = parse_report(doc.text)
    tables = {t.label: t for t in doc.tables}
    lines = split_lines(doc.text)
    pages = page_numbers(lines) if not doc.page_starts else None
    line_starts = [line.start for line in lines]
    anchors = footnote_anchors(lines, units)
    merged = _merge_short(units, settings.min_chars, settings.target_chars)
    passages: list[Passage] = []
    for group in merged:
        head = group[0]
        text = "\n".join(unit_text(u) for u in group)
        if head.kind == "table":
            text, reasons = restore(head.label, text, tables)
            for reason in reasons:
                on_problem(f"{doc.doc_id}: {reason}; the table is indexed as extracted.")
        start = min(line.start for u in group for line in u.lines if line.text)
        end = max(line.end for u in group for line in u.lines if line.text)
        paragraphs = tuple(p for u in group for p in u.paragraphs)
        label = head.label
        if len(paragraphs) > 1:
            label = f"Paragraphs {paragraphs[0]}–{paragraphs[-1]}"
        page = pages[bisect.bisect_right(line_starts, start) - 1] if pages is not None else doc.page_at(start)
        section = head.section or ("Summary" if head.kind == "footnote" else "")
        note_to = anchors.get(head.lines[0].start, "") if head.lines else ""
        if head.kind == "footnote":
            text = with_name(text, note_to)
        for part in _split_long(text, settings.target_chars):
            passages.append(_passage(doc, head.kind, label, section, paragraphs, page, start, end, part, note_to))
    return passages


def _merge_short(units: list[Unit], min_chars: int, target_chars: int) -> list[list[Unit]]:
    """Group each short numbered paragraph with the next one in the same section."""
    groups: list[list[Unit]] = []
    for unit in units:
        prev = groups[-1] if groups else None
        if (
            prev is not None
            and unit.kind == "paragraph"
            and all(u.kind == "paragraph" for u in prev)
            and prev[-1].section == unit.section
            and len(unit_text(prev[-1])) < min_chars
            and sum(len(unit_text(u)) for u in prev) + len(unit_text(unit)) <= target_chars
        ):
            prev.append(unit)
        else:
            groups.append([unit])
    return groups


def _split_long(text: str, target: int) -> list[str]:
    """Cut text longer than ~1.5 x target at line, then sentence, boundaries, keeping its line breaks."""
    if len(text) <= target * 1.5:
        return [text]
    pieces: list[tuple[str, bool]] = []  # (piece, starts a new line)
    for line in text.split("\n"):
        parts = re.split(r"(?<=[.;:!?’])\s+(?=[A-Z‘“])", line) if len(line) > target else [line]
        pieces.extend((part, k == 0) for k, part in enumerate(parts))
    chunks: list[str] = []
    buf = ""
    for piece, new_line in pieces:
        # A list's lead-in ('Pooling is more suitable when:') opens a new chunk once this one is half full, so
        # the list stays under it.
        bullet = piece.startswith("• ")
        lead_in = new_line and not bullet and piece.rstrip().endswith(":") and len(buf) >= target / 2
        if buf and (len(buf) + len(piece) > target and not bullet or len(buf) > target * 1.3 or lead_in):
            chunks.append(buf)
            buf = piece
        else:
            buf = f"{buf}{chr(10) if new_line else ' '}{piece}" if buf else piece
    if buf:
        if chunks and len(buf) < target / 4:
            chunks[-1] = chunks[-1] + "\n" + buf
        else:
            chunks.append(buf)
    return chunks


def _passage(
    doc: SourceText,
    kind: str,
    label: str,
    section: str,
    paragraphs: tuple[int, ...],
    page: int | None,
    start: int,
    end: int,
    text: str,
    note_to: str = "",
) -> Passage:
    return Passage(
        id=passage_id(doc.doc_id, kind, label, paragraphs, text),
        doc_id=doc.doc_id,
        title=doc.title,
        section=section,
        paragraphs=paragraphs,
        page=page,
        kind=kind,  # type: ignore[arg-type]
        label=label,
        start=start,
        end=end,
        text=text,
        note_to=note_to,
    )


def _cut_at_pages(sections: list[tuple[str, int, int]], page_starts: list[int]) -> list[tuple[str, int, int]]:
    """Split sections where a new page starts, so no fallback passage runs across a page break."""
    out: list[tuple[str, int, int]] = []
    for heading, start, end in sections:
        cuts = [start, *(o for o in page_starts if start < o < end), end]
        out.extend((heading, a, b) for a, b in zip(cuts, cuts[1:], strict=False))
    return out


_HEADING = re.compile(r"^\s*(?:•\s*)?([A-Z][^.;:!]{1,70}?)\s*$")


def _reflow_under(heading: str, lines: list[str]) -> str:
    """A chunk's lines as running text, the section's heading on a line of its own when the chunk opens with it:
    '• LSP progress – transformational factors' / ' The study explores…' is a heading, then its text, not one
    sentence."""
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if heading and first is not None and clean_line(lines[first]).lstrip("• ").strip() == heading:
        rest = reflow(lines[first + 1 :])
        return "\n".join(part for part in (reflow(lines[: first + 1]), rest) if part)
    return reflow(lines)


def _fallback(doc: SourceText, settings: ChunkingSettings) -> list[Passage]:
    """Recursive split inside heading-delimited sections, for documents without numbered paragraphs."""
    lines = split_lines(doc.text)
    sections: list[tuple[str, int, int]] = []  # heading, start offset, end offset
    heading, sec_start = "", 0
    for k, line in enumerate(lines):
        before_blank = k == 0 or not lines[k - 1].text
        after_blank = k + 1 >= len(lines) or not lines[k + 1].text or lines[k + 1].raw.startswith(" ")
        m = _HEADING.match(line.text)
        if m and before_blank and after_blank and len(line.text) <= 72:
            if line.start > sec_start:
                sections.append((heading, sec_start, line.start))
            heading, sec_start = m.group(1).strip(), line.start
    sections.append((heading, sec_start, len(doc.text)))
    sections = _cut_at_pages(sections, [offset for offset, _ in doc.page_starts])
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=settings.fallback_chars,
        chunk_overlap=settings.fallback_overlap,
        separators=["\n \n", "\n\n", "\n", ". ", " ", ""],
        add_start_index=True,
        strip_whitespace=True,
    )
    passages: list[Passage] = []
    for heading, start, end in sections:
        body = doc.text[start:end]
        for chunk in splitter.create_documents([body]):
            text = _reflow_under(heading, chunk.page_content.split("\n"))
            if len(text) < 3 or (heading and text == heading):
                continue
            offset = start + int(chunk.metadata["start_index"])
            end_offset = offset + len(chunk.page_content)
            prev = passages[-1] if passages else None
            same_page = prev is not None and prev.page == doc.page_at(offset)
            if prev is not None and same_page and prev.section == heading and len(text) < settings.fallback_chars / 5:
                text, offset = prev.text + "\n" + text, prev.start
                passages.pop()
            label = heading or doc.title
            passages.append(_passage(doc, "text", label, heading, (), doc.page_at(offset), offset, end_offset, text))
    return passages
