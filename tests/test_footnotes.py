"""What each footnote of the real report annotates, and how a footnote to a heading reads (pure, no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.chunking import SourceText, chunk_document
from assistant.footnotes import footnote_anchors, with_name
from assistant.models import Passage
from assistant.settings import ChunkingSettings
from assistant.structure import page_numbers, page_segments, parse_report, split_lines

REPORT = Path(__file__).resolve().parent.parent / "corpus" / "audit-commission-2009-working-better-together.txt"


@pytest.fixture(scope="module")
def footnotes() -> list[Passage]:
    doc = SourceText(doc_id="report", title="report", text=REPORT.read_text(encoding="utf-8"))
    return [p for p in chunk_document(doc, ChunkingSettings()) if p.kind == "footnote"]


def _note(footnotes: list[Passage], words: str) -> Passage:
    (note,) = [p for p in footnotes if words in p.text]
    return note


def test_each_named_partners_column_footnote_hangs_from_its_column(footnotes: list[Passage]) -> None:
    lsp = _note(footnotes, "s104")
    cdrp = _note(footnotes, "Police Reform Act 2002")
    trust = _note(footnotes, "Children Act 2004")
    assert (lsp.label, cdrp.label, trust.label) == ("Footnote I", "Footnote II", "Footnote III")
    assert trust.note_to == "Children’s trust relevant partners"
    assert cdrp.note_to == "Crime and disorder reduction partnerships"
    # a column heading is a name: the note reads under it, as the page shows it
    assert trust.text == "Children’s trust relevant partners: Children Act 2004."
    assert cdrp.text.startswith("Crime and disorder reduction partnerships: Crime and Disorder Act 1998")
    # the row heads' heading 'Organisations' runs into the first column's on one line; it is not the column
    assert (
        lsp.text == "Local strategic partnerships: Local Government and Public Involvement in Health Act (2007) s104."
    )


def test_a_footnote_to_a_sentence_knows_the_sentence_and_stands_alone(footnotes: list[Passage]) -> None:
    companies = _note(footnotes, "companies limited by guarantee")
    assert companies.note_to == (
        "The LGPIH Act 2007 does not create legal relationships or duties between councils, LSPs, or LSP partners "
        "(Ref. 11)."
    )  # the sentence with 'Ref. 11' in it, not cut at the stop of 'Ref.'
    assert companies.text.startswith("In 2006 there were two LSPs")
    workshops = _note(footnotes, "regional performance staff")
    assert workshops.note_to == "six delivery chain workshops;"  # a bullet item, without its bullet
    assert workshops.text == "Audit Commission regional performance staff facilitated the delivery chain workshops."


def test_a_footnote_to_an_item_in_a_table_cell_is_not_led_by_the_item(footnotes: list[Passage]) -> None:
    study = _note(footnotes, "Are We There Yet?")
    assert study.note_to == "suggested children’s trust arrangements"
    assert study.text.startswith("The Audit Commission study Are We There Yet?")


def test_a_marker_the_extraction_lost_leaves_no_anchor_and_none_is_taken_twice(footnotes: list[Passage]) -> None:
    assert _note(footnotes, "listed in Appendix 3").note_to == ""
    text = REPORT.read_text(encoding="utf-8")
    anchors = footnote_anchors(split_lines(text), parse_report(text))
    assert 12 <= len(anchors) < len(footnotes)
    # 'See Chapter 4.' took the marker after 'manage risks.'; the next Footnote I, whose marker is lost, does not
    # take it again from the page before
    assert list(anchors.values()).count(_note(footnotes, "See Chapter 4.").note_to) == 1


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        ("Children’s trust relevant partners", "Children’s trust relevant partners: Note."),
        ("Organisations Local strategic partnerships", "Local strategic partnerships: Note."),
        ("Department of Health", "Department of Health: Note."),  # 'of' is no heading of its own
        ("six delivery chain workshops;", "Note."),
        ("suggested children’s trust arrangements", "Note."),
        ("CAA will assess whether partnerships contribute to outcomes.", "Note."),
        ("", "Note."),
    ],
)
def test_with_name(anchor: str, expected: str) -> None:
    assert with_name("Note.", anchor) == expected


def test_page_segments_part_the_pages_page_numbers_number() -> None:
    lines = split_lines(REPORT.read_text(encoding="utf-8"))
    segments, numbers = page_segments(lines), page_numbers(lines)
    assert segments == sorted(segments)
    for a, b, na, nb in zip(segments, segments[1:], numbers, numbers[1:], strict=False):
        if a == b:
            assert na == nb  # one page, one number
        elif na is not None and nb is not None:
            assert nb == na + 1
