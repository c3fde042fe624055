"""Passages cut from the real corpus: structure kept, text clean, nothing lost or doubled (pure, no model)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.chunking import SourceText, chunk_document, speakers_apart, unit_text
from assistant.footnotes import FOOTNOTE_MARK
from assistant.models import Passage
from assistant.settings import ChunkingSettings
from assistant.structure import FOOTNOTE_RE, PARA_RE, ReportParser, parse_report
from assistant.text import _BULLET_RE, clean_line

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
REPORT = CORPUS / "audit-commission-2009-working-better-together.txt"
PAPER = CORPUS / "oxford-2010-officer-summary-paper.txt"
SETTINGS = ChunkingSettings()

# Four or more 1-3 letter tokens in a row: where two of them are not words of the report, rotated-label debris.
SHORT_RUN = re.compile(r"(?:(?<=\s)|^)(?:[A-Za-z]{1,3}\s+){3,}[A-Za-z]{1,3}(?=\s|$)")


def _doc(path: Path, doc_id: str) -> SourceText:
    return SourceText(doc_id=doc_id, title=path.stem, text=path.read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    """Text with all white space removed, so reflowed and split text compares with the source."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def passages() -> list[Passage]:
    return chunk_document(_doc(REPORT, "report"), SETTINGS)


@pytest.fixture(scope="module")
def paper_passages() -> list[Passage]:
    return chunk_document(_doc(PAPER, "paper"), SETTINGS)


def _carrying(passages: list[Passage], number: int) -> list[Passage]:
    return [p for p in passages if number in p.paragraphs]


def test_paragraph_44_is_one_passage_in_chapter_2(passages: list[Passage]) -> None:
    (p44,) = _carrying(passages, 44)
    assert p44.label == "Paragraph 44"
    assert p44.paragraphs == (44,)
    assert p44.kind == "paragraph"
    assert "Chapter 2" in p44.section and "Layers of governance" in p44.section
    assert p44.text.startswith("Each of the three layers of joint working")


def test_case_study_7_is_its_own_passage(passages: list[Passage]) -> None:
    (case,) = [p for p in passages if p.label == "Case study 7"]
    assert case.kind == "case_study"
    assert case.paragraphs == ()
    assert "111 potential partners" in case.text
    assert "Derbyshire" in case.text


def test_every_paragraph_number_occurs(passages: list[Passage]) -> None:
    numbers = {n for p in passages for n in p.paragraphs}
    assert numbers == set(range(1, 174))


def test_no_two_passage_groups_claim_the_same_paragraph(passages: list[Passage]) -> None:
    # Parts of one split passage share label and paragraphs; distinct groups must not share a number.
    groups: dict[int, set[tuple[str, tuple[int, ...], int]]] = {}
    for p in passages:
        for n in p.paragraphs:
            groups.setdefault(n, set()).add((p.label, p.paragraphs, p.start))
    doubled = {n: g for n, g in groups.items() if len(g) > 1}
    assert not doubled


def test_every_numbered_paragraph_lands_whole_in_its_passages(passages: list[Passage]) -> None:
    units = [u for u in parse_report(REPORT.read_text(encoding="utf-8")) if u.kind == "paragraph"]
    for unit in units:
        (number,) = unit.paragraphs
        body = _norm(unit_text(unit))
        carried = _norm("".join(p.text for p in _carrying(passages, number)))
        assert body in carried, f"paragraph {number} is not whole in its passages"


def test_no_paragraph_text_leaks_into_other_passages(passages: list[Passage]) -> None:
    source = _norm(clean_line(REPORT.read_text(encoding="utf-8").replace("\n", " ")))
    units = [u for u in parse_report(REPORT.read_text(encoding="utf-8")) if u.kind == "paragraph"]
    for unit in units:
        (number,) = unit.paragraphs
        words = unit_text(unit).split()
        # 12-word windows of the paragraph that occur once in the source (the glossary repeats some wording).
        windows = {_norm(" ".join(words[i : i + 12])) for i in range(0, max(1, len(words) - 11), 4)}
        windows = {w for w in windows if source.count(w) <= 1}
        for p in passages:
            if number in p.paragraphs:
                continue
            text = _norm(p.text)
            leaked = [w for w in windows if w in text]
            assert not leaked, f"paragraph {number} text found in {p.label}: {leaked[0][:60]}"


def test_every_source_line_is_kept_somewhere(passages: list[Passage]) -> None:
    """Each non-debris source line's words appear in a passage whose span covers that line."""
    parser = ReportParser(REPORT.read_text(encoding="utf-8"))
    parser.parse()
    kept = {id(line) for u in parser.units for line in u.lines}
    lines = [line for line in parser.lines if id(line) in kept and line.text]
    missing = []
    for line in lines:
        # footnote reference marks ("outcomes.I") are the one thing the chunker drops on purpose
        text = _norm(FOOTNOTE_MARK.sub("", _BULLET_RE.sub("", line.text)))
        if PARA_RE.match(line.raw):
            text = re.sub(r"^\d{1,3}", "", text)
        elif FOOTNOTE_RE.match(line.raw):
            text = re.sub(r"^[IVX]+", "", text)
        if not text:
            continue
        covering = [p for p in passages if p.start <= line.start <= p.end]
        if not any(text in _norm(p.text) for p in covering):
            missing.append(line.text)
    assert not missing, f"{len(missing)} source lines lost, e.g. {missing[:3]}"


def test_interrupted_paragraph_24_is_stitched(passages: list[Passage]) -> None:
    carrying = _carrying(passages, 24)
    text = "\n".join(p.text for p in carrying)
    assert "The connection between LAAs and LSPs is not simple" in text
    assert "multi-area agreements (MAAs)" in text
    assert "LSP membership" not in text, "the sidebar that interrupts paragraph 24 is not part of it"
    assert all(p.label == "Paragraph 24" for p in carrying)


def test_a_boxs_title_is_its_own_line_not_run_into_its_first_sentence(passages: list[Passage]) -> None:
    box = next(p for p in passages if p.kind == "sidebar" and p.label == "LSP membership")
    assert box.text.startswith("LSP membership\nThe decision about LSP membership is a local one.")


def test_a_list_set_apart_by_blank_lines_keeps_its_entries_apart(passages: list[Passage]) -> None:
    advisers = next(p for p in passages if p.label == "Paragraph 172")
    entries = [line for line in advisers.text.split("\n") if line.startswith("• ")]
    assert len(entries) == 13
    assert entries[0] == "• Matthew Booth, Head of Policy, London Borough of Ealing"
    assert entries[-1] == "• Chris Wobscall, Assistant Director, Policy and Technical, CIPFA"
    systems = next(p for p in passages if p.label == "Paragraph 106")  # the sentence after a list is not its item
    assert systems.text.endswith("• planning.\nThese systems work through the different LSP layers.")


def test_no_passage_holds_rotated_label_debris(passages: list[Passage]) -> None:
    # Words of the report's running text: lines long enough that they cannot be rotated-label fragments.
    vocabulary = {
        w.lower()
        for line in REPORT.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) > 20
        for w in re.findall(r"[A-Za-z]+", line)
    }
    for p in passages:
        for m in SHORT_RUN.finditer(p.text):
            odd = [t for t in m.group(0).split() if t.lower() not in vocabulary]
            assert len(odd) < 2, f"{p.label}: debris {m.group(0)!r}"


def test_debris_check_catches_rotated_labels() -> None:
    assert SHORT_RUN.search("Table 2 p ar tn er sh ip w or ki ng Style")


def test_table_2_has_no_fragment_lines(passages: list[Passage]) -> None:
    table = [p for p in passages if p.label == "Table 2"]
    assert table and table[0].kind == "table"
    assert table[0].text.startswith("Table 2\nThe 7S elements")
    for p in table:
        for line in p.text.split("\n"):
            # rotated-label debris came out as lone 1-3 letter fragments ("ip", "ki", ": t")
            assert len(line.strip()) > 3 or line.strip() in {"SCS"}, f"fragment line {line!r}"


def test_no_replacement_characters_or_running_footers(passages: list[Passage], paper_passages: list[Passage]) -> None:
    for p in passages + paper_passages:
        assert "\ufffd" not in p.text, p.label
        assert "| Working better together? |" not in p.text, p.label
        assert not re.search(r"\|\s*Working better together\?", p.text), p.label


def test_bullets_and_curly_quotes_survive(passages: list[Passage]) -> None:
    (p24, *_) = _carrying(passages, 24)
    assert "\n• Some of the thematic partnerships" in p24.text
    assert any("’" in p.text for p in passages)
    assert any("£" in p.text for p in passages)


def test_glossary_entry_lift(passages: list[Passage]) -> None:
    (lift,) = [p for p in passages if p.label == "Appendix 2: LIFT"]
    assert lift.kind == "glossary"
    assert "Local Improvement Finance Trust" in lift.text
    assert lift.section.startswith("Appendix 2")


def test_summary_and_recommendations_passages(passages: list[Passage]) -> None:
    summary = [p for p in passages if p.kind == "summary"]
    recs = [p for p in passages if p.kind == "recommendations"]
    assert summary and recs
    assert all(p.section == "Summary" for p in summary)
    assert all(p.section == "Recommendations" for p in recs)
    assert any("should:" in p.text for p in recs)


def test_page_of_paragraph_42_is_proven_by_its_footer(passages: list[Passage]) -> None:
    (p42,) = _carrying(passages, 42)
    assert p42.page == 25


def test_most_passages_have_no_page(passages: list[Passage], paper_passages: list[Passage]) -> None:
    with_page = [p for p in passages if p.page is not None]
    assert with_page, "footers prove some pages"
    assert len(with_page) < len(passages) / 2
    assert all(p.page is None for p in paper_passages)


def test_passages_carry_doc_and_spans(passages: list[Passage]) -> None:
    for p in passages:
        assert p.doc_id == "report"
        assert 0 <= p.start < p.end
        assert p.text.strip() == p.text and p.text


def test_paper_falls_back_to_sized_sections(paper_passages: list[Passage]) -> None:
    assert len(paper_passages) > 5
    assert all(p.kind == "text" and p.paragraphs == () for p in paper_passages)
    assert all(len(p.text) <= 1.3 * SETTINGS.fallback_chars for p in paper_passages)
    sections = {p.section for p in paper_passages}
    assert {"Introduction", "Conclusions"} <= sections


def test_paper_text_is_kept_whole(paper_passages: list[Passage]) -> None:
    joined = _norm("".join(p.text for p in paper_passages))
    for line in PAPER.read_text(encoding="utf-8").splitlines():
        text = _norm(_BULLET_RE.sub("", clean_line(line)))
        if text:
            assert text in joined, line


def test_a_papers_heading_is_its_own_line_not_run_into_the_text_under_it(paper_passages: list[Passage]) -> None:
    # '• LSP progress – transformational factors' / ' The study explores…': the indented line goes on the section,
    # not the heading (it was quoted as one sentence, "… transformational factors The study explores…")
    first = next(p for p in paper_passages if p.section == "LSP progress – transformational factors")
    assert first.text.startswith("• LSP progress – transformational factors\nThe study explores the three")
    for p in paper_passages:
        assert f"{p.section} " not in p.text.split("\n")[0] or not p.section, p.text[:80]


def test_passage_ids_are_stable_and_unique() -> None:
    first = chunk_document(_doc(REPORT, "report"), SETTINGS)
    second = chunk_document(_doc(REPORT, "report"), SETTINGS)
    assert [p.id for p in first] == [p.id for p in second]
    assert len({p.id for p in first}) == len(first)


def test_passage_id_changes_with_text() -> None:
    doc = _doc(REPORT, "report")
    before = {p.id for p in chunk_document(doc, SETTINGS)}
    edited = SourceText(doc.doc_id, doc.title, doc.text.replace("there are 111 potential", "there are 112 potential"))
    after = chunk_document(edited, SETTINGS)
    changed = [p for p in after if p.id not in before]
    assert [p.label for p in changed] == ["Case study 7"]


def test_an_attribution_run_into_the_text_gets_its_own_line() -> None:
    text = (
        "Trust matters: ‘a lot of it is down to key people.’ Council chief executive "
        "‘We have good relationships.’ Council director"
    )
    assert speakers_apart(text).split("\n") == [
        "Trust matters: ‘a lot of it is down to key people.’",
        "Council chief executive",
        "‘We have good relationships.’",
        "Council director",
    ]
    assert speakers_apart("He said ‘yes.’ The report says ‘no.’") == "He said ‘yes.’ The report says ‘no.’"
    cited = "‘It is the culture that makes the difference.’ World Class Financial Management, Page 11 ‘Hard data.’"
    assert speakers_apart(cited).split("\n") == [  # a report quoted by its title and page
        "‘It is the culture that makes the difference.’",
        "World Class Financial Management, Page 11",
        "‘Hard data.’",
    ]


def test_the_reports_quotations_are_each_followed_by_their_own_speaker(passages: list) -> None:
    paragraph = next(p for p in passages if p.label == "Paragraph 60")
    lines = paragraph.text.split("\n")
    assert lines[lines.index("Council chief executive") - 1].endswith("key people.’")
    assert lines[lines.index("Council director") - 1].endswith("the LAA.’")
