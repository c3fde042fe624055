"""Parse a report with numbered paragraphs into structural units: paragraphs, case studies, tables, glossary."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import clean_line, ends_sentence, is_bullet

PARA_RE = re.compile(r"^ ?(\d{1,3})\t")
CHAPTER_RE = re.compile(r"^ ?(\d) \ufffd(.+)$")
APPENDIX_RE = re.compile(r"^ ?Appendix (\d+)\b ?([^.|]*)$")
BLOCK_RE = re.compile(r"^ ?(Case [Ss]tudy|Table|Figure|Box) (\d+)\s*$")
FOOTNOTE_RE = re.compile(r"^ ?(I{1,3}|IV|VI{0,3}|IX|X)\s*\t")
FOOTER_NUM_RE = re.compile(r"(^\s*\d+ \| .*\|)|(\| .*\| \d+\s*$)")
FOOTER_CHAPTER_RE = re.compile(r"^\s*(\d) \| \ufffd?(.*)$")
GLOSSARY_RE = re.compile(r"^ ?\ufffd?([A-Z][\w’' ]{0,40}):\s+\S")
PAGE_NUM_RE = re.compile(r"^\s*(\d+) \||\| (\d+)\s*$")
LONE_HEADER_WORDS = {"Summary", "Recommendations", "Introduction"}


@dataclass
class Line:
    """One source line with its offsets and cleaned text."""

    start: int
    end: int
    raw: str
    text: str

    @property
    def new_page(self) -> bool:
        return self.raw.startswith(" ") and not self.raw.startswith("  ") and bool(self.text)


@dataclass
class Unit:
    """A structural unit under construction: its kind, label, section and source lines."""

    kind: str
    label: str
    section: str
    paragraphs: list[int] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)

    def add(self, line: Line) -> None:
        self.lines.append(line)

    @property
    def last_text(self) -> str:
        for line in reversed(self.lines):
            if line.text:
                return line.text
        return ""

    @property
    def sets_apart(self) -> bool:
        """True when a blank line here may part entries, so it is kept for reflow: the last line is a lead-in
        ending ':', or a blank line was kept already."""
        return self.last_text.endswith(":") or any(not line.text for line in self.lines)

    @property
    def ends_in_list(self) -> bool:
        """True when the unit's last logical line is a bullet item (so a resumed list belongs here)."""
        texts = [line.text for line in self.lines if line.text]
        bullets = [k for k, t in enumerate(texts) if is_bullet(t)]
        if not bullets:
            return False
        return not any(ends_sentence(texts[k - 1]) for k in range(bullets[-1] + 1, len(texts)))


def split_lines(text: str) -> list[Line]:
    """Cut text into Line records carrying source offsets; the ticks of a checklist matrix read as ticks."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw, clean_line(raw)))
        pos += len(raw) + 1
    for k, ticked in tick_rows([line.text for line in lines]).items():
        tail = _RAW_TICKS.search(lines[k].raw)
        if tail:  # the same length, so offsets still hold
            raw = lines[k].raw
            lines[k].raw = raw[: tail.start()] + tail.group(0).replace("3", "✓")
        lines[k].text = ticked
    return lines


_TICK_ROW = re.compile(r"^(?P<row>.*[A-Za-z?)’'])?\s*(?P<ticks>(?<![^\s])3(?: 3)*)$")
_RAW_TICKS = re.compile(r"(?<!\S)3(?:[ \t]+3)*[ \t]*$")
_NUMBERED = re.compile(
    r"\b(?:figure|table|chapter|appendix|study|paragraph|page|box|section|part|phase|stage|level|tier|annex|"
    r"step|option|priority|ref|no|number)\s*$",
    re.I,
)  # 'see Figure 3' numbers something; it is not a tick


def tick_rows(texts: list[str], reach: int = 6) -> dict[int, str]:
    """Rows of a tick matrix, rewritten: the tick glyph extracts as the digit 3 ('Local authorities 3 3 3'), so
    lines ending in a run of lone 3s become ticks ('Local authorities ✓ ✓ ✓') when another such line is near."""
    found = {
        k: m for k, t in enumerate(texts) if (m := _TICK_ROW.match(t)) and not _NUMBERED.search(m.group("row") or "")
    }
    rows: dict[int, str] = {}
    for k, m in found.items():
        if any(0 < abs(k - j) <= reach for j in found):
            ticks = " ".join("✓" for _ in m.group("ticks").split())
            rows[k] = f"{m.group('row')} {ticks}" if m.group("row") else ticks
    return rows


def looks_structured(text: str) -> bool:
    """True when a document has enough numbered paragraphs to parse its structure."""
    return len(re.findall(r"(?m)^ ?\d{1,3}\t", text)) >= 10


def noise_lines(lines: list[Line]) -> set[int]:
    """Indexes of rotated-label debris: runs of one-to-three character fragments."""
    noise: set[int] = set()
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 4:
            noise.update(run)
        run.clear()

    for i, line in enumerate(lines):
        t = line.text
        if not t:
            continue
        if len(t) <= 3 and not t.isdigit() and not is_bullet(t) and re.fullmatch(r"[A-Za-z:; ]+", t):
            run.append(i)
        else:
            flush()
    flush()
    return noise


def _running_footer(line: Line) -> re.Match[str] | None:
    """The page number of a running footer ('Can organisations work together? | Working better together? | 25')."""
    if "|" in line.text and "Working better together" in line.text:
        return PAGE_NUM_RE.search(line.text)
    return None


def page_segments(lines: list[Line]) -> list[int]:
    """For each line, the index of the printed page it is on: 0 for the first, one more after each page break or
    running footer; the same index means the same page even where the page's own number is not known."""
    segment = 0
    result: list[int] = []
    opened = False
    for line in lines:
        if line.new_page and opened:
            segment += 1
            opened = False
        result.append(segment)
        opened = True
        if _running_footer(line):
            segment += 1
            opened = False
    return result


def page_numbers(lines: list[Line]) -> list[int | None]:
    """Page of each line where running footers prove it; None elsewhere (never guessed)."""
    segments = page_segments(lines)
    count = segments[-1] + 1 if segments else 1
    numbers: list[int | None] = [None] * count
    for line, seg in zip(lines, segments, strict=True):
        if m := _running_footer(line):
            numbers[seg] = int(m.group(1) or m.group(2))
    known = [(k, n) for k, n in enumerate(numbers) if n is not None]
    # Fill gaps only where the count of page breaks between two proven pages matches exactly.
    for (a, na), (b, nb) in zip(known, known[1:], strict=False):
        if nb - na == b - a:
            for k in range(a + 1, b):
                numbers[k] = na + (k - a)
    return [numbers[seg] for seg in segments]


class ReportParser:
    """State machine that walks a report line by line and emits structural units."""

    def __init__(self, text: str):
        self.lines = split_lines(text)
        self.noise = noise_lines(self.lines)
        self.units: list[Unit] = []
        self.current: Unit | None = None
        self.chapter = ""
        self.chapter_titles: dict[int, str] = {}
        self.chapter_no = 0
        self.appendix_no = 0
        self.subsection = ""
        self.front = True
        self.seen: set[int] = set()
        self.last_para_no: int | None = None
        self.block_open = False
        self.block_source_seen = False
        self.glossary = False

    # -- helpers -------------------------------------------------------
    @property
    def section(self) -> str:
        return (
            f"{self.chapter} > {self.subsection}"
            if self.subsection and self.chapter
            else (self.chapter or self.subsection)
        )

    def open(self, kind: str, label: str, paragraphs: list[int] | None = None, section: str | None = None) -> Unit:
        unit = Unit(kind, label, self.section if section is None else section, paragraphs or [])
        self.units.append(unit)
        self.block_open = False
        self.block_source_seen = False
        self.current = unit
        return unit

    def close(self) -> None:
        self.current = None
        self.block_open = False
        self.block_source_seen = False

    def is_para_start(self, line: Line) -> int | None:
        m = PARA_RE.match(line.raw)
        if not m:
            return None
        n = int(m.group(1))
        if n in self.seen or n == 0:
            return None
        if self.last_para_no is None:
            return n if n <= 3 else None
        return n if abs(n - self.last_para_no) <= 5 else None

    def heading_run(self, i: int) -> int:
        """Number of lines from i forming a sub-heading directly above a numbered paragraph, else 0."""
        run = 0
        total = 0
        j = i
        while j < len(self.lines) and run < 5:
            line = self.lines[j]
            if not line.text:
                return 0
            if self.is_para_start(line) is not None:
                break
            run += 1
            total += len(line.text)
            j += 1
        else:
            return 0
        if run == 0 or total > 100:
            return 0
        if any(ends_sentence(self.lines[k].text) for k in range(i, i + run - 1)):
            return 0
        text = " ".join(self.lines[k].text for k in range(i, i + run))
        if not text[:1].isupper() or re.search(r"[.,;:!?’”'\"]$|\(Ref\.|\d\)$", text) or is_bullet(text):
            return 0
        return run

    def footer(self, i: int) -> int:
        """Number of lines from i that form a running footer, else 0."""
        line = self.lines[i]
        if "Working better together?" in line.text and "|" in line.text:
            return 1
        m = FOOTER_CHAPTER_RE.match(line.raw)
        if not m:
            return 0
        title = self.chapter_titles.get(int(m.group(1)), "")
        acc = clean_line(m.group(2))
        n = 1
        while title and i + n < len(self.lines):
            nxt = self.lines[i + n].text
            if not nxt or self.lines[i + n].new_page or not title.startswith(f"{acc} {nxt}".strip()):
                break
            acc = f"{acc} {nxt}"
            n += 1
        return n

    def title_lines(self, i: int) -> tuple[str, int]:
        """Collect heading text from i until a blank line; return it and the line count."""
        parts = []
        n = 0
        while (
            i + n < len(self.lines)
            and self.lines[i + n].text
            and self.is_para_start(self.lines[i + n]) is None
            and not (n and (self.lines[i + n].new_page or GLOSSARY_RE.match(self.lines[i + n].raw)))
        ):
            parts.append(self.lines[i + n].text)
            n += 1
        return " ".join(parts), n

    # -- main loop -----------------------------------------------------
    def parse(self) -> list[Unit]:
        i = 0
        while i < len(self.lines):
            i += self.step(i)
        return [u for u in self.units if any(line.text for line in u.lines)]

    def step(self, i: int) -> int:
        line = self.lines[i]
        if i in self.noise:
            return 1
        if n := self.footer(i):
            if self.current is not None and not self.block_open:
                self.current = None
            return n
        para = self.is_para_start(line)
        if self.block_open and para is None and not CHAPTER_RE.match(line.raw) and not APPENDIX_RE.match(line.raw):
            return self.block_line(line)
        if not line.text:
            if self.current is not None and self.current.kind in ("footnote", "glossary"):
                self.close()
            elif self.current is not None and self.current.kind == "paragraph" and self.current.sets_apart:
                self.current.add(line)  # entries under a lead-in ending ':' stay apart ('The external advisers were:')
            return 1
        if (m := CHAPTER_RE.match(line.raw)) and "|" not in line.raw and int(m.group(1)) == self.chapter_no + 1:
            return self.start_chapter(i, int(m.group(1)))
        if (m := APPENDIX_RE.match(line.raw)) and int(m.group(1)) >= self.appendix_no and len(line.text) < 60:
            return self.start_appendix(i, int(m.group(1)))
        if para is not None:
            self.front = False
            self.seen.add(para)
            self.last_para_no = para
            self.open("paragraph", f"Paragraph {para}", [para]).add(line)
            return 1
        if m := BLOCK_RE.match(line.raw):
            self.close()
            kind = {"case study": "case_study", "table": "table", "figure": "figure", "box": "sidebar"}[
                m.group(1).lower()
            ]
            self.open(kind, f"{m.group(1).capitalize()} {m.group(2)}").add(line)
            self.block_open = True
            return 1
        if m := FOOTNOTE_RE.match(line.raw):
            self.open("footnote", f"Footnote {m.group(1)}").add(line)
            return 1
        if self.glossary and (m := GLOSSARY_RE.match(line.raw)):
            self.open("glossary", f"{self.chapter.split(':')[0]}: {m.group(1).strip()}").add(line)
            return 1
        if self.current is not None and self.current.kind == "footnote":
            if not line.new_page:
                self.current.add(line)
                return 1
            self.close()
        if self.front:
            return self.front_line(line)
        if run := self.heading_run(i):
            self.subsection = " ".join(self.lines[k].text for k in range(i, i + run))
            self.current = None
            return run
        return self.text_line(line)

    def block_line(self, line: Line) -> int:
        assert self.current is not None
        if self.block_source_seen and (not line.text or line.new_page):
            self.close()
            return 0 if line.text else 1
        self.current.add(line)
        if line.text.startswith("Source:"):
            self.block_source_seen = True
        return 1

    def start_chapter(self, i: int, number: int) -> int:
        self.close()
        self.front = False
        title, n = self.title_lines(i)
        title = re.sub(r"^\d+\s+", "", title)
        self.chapter_no = number
        self.chapter_titles[number] = title
        self.chapter = f"Chapter {number}: {title}"
        self.subsection = ""
        self.glossary = False
        return n

    def start_appendix(self, i: int, number: int) -> int:
        self.close()
        title, n = self.title_lines(i)
        if number == self.appendix_no:
            return n  # a repeated running header inside the appendix
        self.front = False
        self.appendix_no = number
        rest = re.sub(rf"^Appendix {number}\s*", "", title).strip()
        self.chapter = f"Appendix {number}" + (f": {rest}" if rest else "")
        self.subsection = ""
        self.glossary = bool(re.search(r"terms|glossary", title, re.I))
        return n

    def front_line(self, line: Line) -> int:
        """Front matter before the first numbered paragraph: summary and recommendation groups."""
        text = line.text
        if text in LONE_HEADER_WORDS and not is_bullet(text):
            if text == "Introduction":
                self.close()
                self.subsection = "Introduction"
            return 1
        cur = self.current
        starts_group = (
            not is_bullet(text)
            and (cur is None or ends_sentence(cur.last_text) or cur.kind == "footnote")
            and text[:1].isupper()
        )
        if starts_group:
            kind = "recommendations" if re.search(r"\b(should|will):$", text) else "summary"
            if kind == "summary" and cur is not None and cur.kind == "recommendations":
                kind = "recommendations"
            label = "Recommendations" if kind == "recommendations" else "Summary"
            self.open(kind, label, section=label).add(line)
        elif cur is None:
            self.open("summary", "Summary", section="Summary").add(line)
        else:
            cur.add(line)
        return 1

    def text_line(self, line: Line) -> int:
        """A plain line: continues the open unit, resumes an interrupted paragraph, or starts a sidebar."""
        if self.current is not None:
            self.current.add(line)
            return 1
        target = self.resume_target(line.text)
        if target is not None:
            target.add(line)
            self.current = target
            return 1
        kind = "appendix" if self.chapter.startswith("Appendix") else "sidebar"
        label = (
            self.chapter.split(":")[0]
            if kind == "appendix"
            else (line.text if len(line.text) <= 60 and not ends_sentence(line.text) else "Sidebar")
        )
        self.open(kind, label).add(line)
        return 1

    def resume_target(self, text: str) -> Unit | None:
        """The interrupted paragraph a line continues, if it continues one."""
        paras = [u for u in self.units[-8:] if u.kind == "paragraph"]
        if not paras:
            return None
        last = paras[-1]
        if last.section != self.section:
            return None
        if is_bullet(text):
            for unit in reversed(paras[-3:]):
                if unit.ends_in_list:
                    return unit
            return last
        if text[:1].islower() or text[:1] in "(–-" or not ends_sentence(last.last_text):
            return last
        return None


def parse_report(text: str) -> list[Unit]:
    """Split a report with numbered paragraphs into its structural units, in source order."""
    return ReportParser(text).parse()
