"""The report parser on the real 2009 report: paragraphs, blocks, glossary and pages (pure, no model)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.structure import looks_structured, noise_lines, page_numbers, parse_report, split_lines, tick_rows
from assistant.text import reflow

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
REPORT = CORPUS / "audit-commission-2009-working-better-together.txt"
PAPER = CORPUS / "oxford-2010-officer-summary-paper.txt"


@pytest.fixture(scope="module")
def report_text() -> str:
    return REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def units(report_text: str) -> list:
    return parse_report(report_text)


def test_report_is_recognised_as_structured_and_paper_is_not(report_text: str) -> None:
    assert looks_structured(report_text)
    assert not looks_structured(PAPER.read_text(encoding="utf-8"))


def test_every_numbered_paragraph_is_parsed_exactly_once(units: list) -> None:
    numbers = [n for u in units if u.kind == "paragraph" for n in u.paragraphs]
    assert sorted(numbers) == list(range(1, 174))


def test_paragraph_units_start_at_their_numbered_line(units: list) -> None:
    for unit in units:
        if unit.kind == "paragraph":
            assert re.match(rf"^ ?{unit.paragraphs[0]}\t", unit.lines[0].raw), unit.label


def test_case_studies_are_units_of_their_own(units: list) -> None:
    labels = {u.label for u in units if u.kind == "case_study"}
    assert {f"Case study {n}" for n in (1, 2, 3, 7, 8)} <= labels


def test_rotated_label_fragments_are_marked_as_noise(report_text: str) -> None:
    lines = split_lines(report_text)
    noise = noise_lines(lines)
    assert noise, "the report has rotated table labels; none were found"
    for i in noise:
        assert len(lines[i].text) <= 3


def test_pages_come_only_from_running_footers(report_text: str) -> None:
    lines = split_lines(report_text)
    pages = page_numbers(lines)
    footer_text = "Can organisations work together? | Working better together? | 25"
    footer = next(i for i, line in enumerate(lines) if footer_text in line.text)
    assert pages[footer] == 25
    assert pages.count(None) > len(lines) / 2, "most of the text has no proven page"


def test_page_numbers_never_run_backwards(report_text: str) -> None:
    known = [p for p in page_numbers(split_lines(report_text)) if p is not None]
    assert known == sorted(known)


def test_the_tick_glyph_extracted_as_3_reads_as_a_tick_in_a_matrix() -> None:
    texts = ["Local authorities 3 3 3", "", "NHS health trusts 3", "", "3 3", "see Figure 3", "", "Table 3"]
    assert tick_rows(texts) == {0: "Local authorities ✓ ✓ ✓", 2: "NHS health trusts ✓", 4: "✓ ✓"}
    assert tick_rows(["There are 3", "", "", "", "", "", "", "", "and then 3"]) == {}  # lone rows are numbers


def test_split_lines_rewrites_tick_rows_in_place_keeping_offsets() -> None:
    text = "Who are the parties? 3 3\n\nWhat will we do? 3\nSource: Audit Commission"
    lines = split_lines(text)
    assert [line.text for line in lines[:3]] == ["Who are the parties? ✓ ✓", "", "What will we do? ✓"]
    assert all(text[line.start : line.end] == line.raw.replace("✓", "3") for line in lines)


def test_each_row_of_a_tick_matrix_keeps_its_own_line() -> None:
    assert reflow(["Local authorities ✓ ✓ ✓", "Primary care trusts ✓ ✓", "Jobcentre Plus ✓"]).split("\n") == [
        "Local authorities ✓ ✓ ✓",
        "Primary care trusts ✓ ✓",
        "Jobcentre Plus ✓",
    ]


def test_a_sentence_broken_by_a_blank_line_mid_name_is_joined_but_a_title_is_not() -> None:
    wrapped = [
        "The Scrutiny Management Board decides on the issues to cover and",
        "its remit includes the LAA and the Oldham",
        "",
        "Partnership (the LSP). The chair is a member.",
    ]
    assert reflow(wrapped) == " ".join(line for line in wrapped if line)
    titled = ["Oldham’s scrutiny of partnerships", "", "Councillors in Oldham reviewed their arrangements."]
    assert reflow(titled).split("\n") == titled[::2]  # a short title line stays a line of its own


def test_entries_set_apart_under_a_lead_in_ending_in_a_colon_are_items_of_a_list() -> None:
    lines = [
        "The Audit Commission thanks all those concerned.",
        "The external advisers were:",
        "",
        "Matthew Booth, Head of Policy, London",
        "Borough of Ealing",
        "",
        "Oliver Goode, LSP Futures Network",
    ]
    assert reflow(lines).split("\n") == [
        "The Audit Commission thanks all those concerned. The external advisers were:",
        "• Matthew Booth, Head of Policy, London Borough of Ealing",
        "• Oliver Goode, LSP Futures Network",
    ]
    quoted = ["In children’s services:", "", "‘One of the biggest determinants of life chances.’"]
    assert len(reflow(quoted).split("\n")) == 2  # a quotation under a lead-in is not made an item


def test_the_named_partners_matrix_of_the_report_has_ticks_not_threes(units: list) -> None:
    from assistant.chunking import unit_text

    matrix = "\n".join(unit_text(u) for u in units if u.label == "Appendix 3")
    assert "Jobcentre Plus ✓\n" in matrix and "Local authorities ✓ ✓ ✓\n" in matrix
    assert not re.search(r"[A-Za-z] 3\b", matrix)
    table = next(unit_text(u) for u in units if u.label == "Table 12")
    assert "How much money will each partner contribute? ✓\n" in table
