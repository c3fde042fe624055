"""Tables whose columns the extraction lost: restorations are rendered, checked against the extracted words,
applied by the chunker, and answered from."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from assistant import Assistant, Settings
from assistant.chunking import chunk_document
from assistant.ingest import ingest
from assistant.loaders import DocumentError, discover, load
from assistant.settings import ChunkingSettings
from assistant.tables import RestoredTable, TableFileError, problems, read_tables, render, restore, segments

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

EXTRACTED = (
    "Table 3\nChoosing a chair\nLSP chair Positive interpretation Negative interpretation Council leader or elected "
    "mayor\nDemocratic accountability Council domination\nCouncil officer Strong commitment to getting things done\n"
    "Council domination but not important enough for an elected representative\nSource: Audit Commission, 2008"
)
CHAIRS = RestoredTable(
    label="Table 3",
    heading=("Choosing a chair",),
    columns=("LSP chair", "Positive interpretation", "Negative interpretation"),
    rows=(
        ("Council leader or elected mayor", "Democratic accountability", "Council domination"),
        (
            "Council officer",
            "Strong commitment to getting things done",
            "Council domination but not important enough for an elected representative",
        ),
    ),
    footer=("Source: Audit Commission, 2008",),
)


def test_render_puts_each_row_on_a_line_with_its_column_names() -> None:
    lines = render(CHAIRS).split("\n")
    assert lines[:2] == ["Table 3", "Choosing a chair"]
    assert lines[3] == (
        "LSP chair: Council officer | Positive interpretation: Strong commitment to getting things done | "
        "Negative interpretation: Council domination but not important enough for an elected representative"
    )
    assert lines[-1] == "Source: Audit Commission, 2008"


def test_render_sets_out_lists_under_their_lead_ins_and_leaves_an_unnamed_column_bare() -> None:
    table = RestoredTable(
        label="Table 9",
        columns=("", "Share (%)"),
        rows=(("Internal financial pressures", "56"),),
        lists=(("Pooling is more suitable when:", ("There are no legal constraints to pooling.",)),),
    )
    assert render(table).split("\n")[1:] == [
        "Internal financial pressures | Share (%): 56",
        "Pooling is more suitable when:",
        "• There are no legal constraints to pooling.",
    ]


def test_segments_are_cells_and_column_names_without_bullets() -> None:
    assert segments("LSP chair: Council officer | Positive interpretation: Strong commitment\n• An item; another") == [
        "LSP chair",
        "Council officer",
        "Positive interpretation",
        "Strong commitment",
        "An item",
        "another",
    ]


def test_a_faithful_restoration_has_no_problems_and_replaces_the_extracted_text() -> None:
    assert problems(EXTRACTED, CHAIRS) == []
    text, reasons = restore("Table 3", EXTRACTED, {"Table 3": CHAIRS})
    assert reasons == [] and "LSP chair: Council officer | Positive interpretation:" in text


def test_a_phrase_the_report_does_not_hold_is_refused() -> None:
    invented = RestoredTable(
        label="Table 3",
        heading=("Choosing a chair",),
        columns=CHAIRS.columns,
        rows=((*CHAIRS.rows[0][:2], "Weak scrutiny"), CHAIRS.rows[1]),
        footer=CHAIRS.footer,
    )
    text, reasons = restore("Table 3", EXTRACTED, {"Table 3": invented})
    assert text == EXTRACTED
    assert "Table 3: 'Weak scrutiny' is not in the extracted table" in reasons


def test_a_restoration_that_drops_words_is_refused() -> None:
    shorter = RestoredTable(label="Table 3", heading=("Choosing a chair",), columns=CHAIRS.columns, rows=CHAIRS.rows)
    assert problems(EXTRACTED, shorter) == ["Table 3: the restoration leaves out 2008, audit, commission, source"]


def test_a_table_without_a_restoration_is_left_as_extracted() -> None:
    assert restore("Table 4", EXTRACTED, {"Table 3": CHAIRS}) == (EXTRACTED, [])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Table 3: [not, a, mapping]", "expected a mapping with 'columns' and 'rows'"),
        ("Table 3:\n  columns: [A, B]\n  rows: [[only one]]", "1 cells for 2 columns"),
        ("Table 3:\n  colums: [A]\n  rows: [[x]]", "unknown key(s) colums"),
        ("Table 3:\n  heading: [Title]", "give 'rows' (with 'columns') or 'lists'"),
        ("Table 3: [unclosed", "cannot read the table restorations"),
    ],
)
def test_a_malformed_restorations_file_says_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "tables.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TableFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_tables(path)


def test_the_loader_names_the_document_when_its_restorations_file_is_malformed(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text("Some text.", encoding="utf-8")
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "report.yaml").write_text("Table 1: 3", encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text(
        "documents:\n  - file: report.txt\n    tables: tables/report.yaml\n", encoding="utf-8"
    )
    infos, skipped = discover([tmp_path])
    assert skipped == [] and [i.doc_id for i in infos] == ["report"]  # the subfolder is no document
    with pytest.raises(DocumentError, match=r"report\.txt: .*Table 1: expected a mapping.*remove its 'tables' entry"):
        load(infos[0])


def test_the_shipped_restorations_all_apply_to_the_real_report() -> None:
    infos, _ = discover([CORPUS])
    report = next(i for i in infos if i.doc_id == "audit-commission-2009")
    doc = load(report)
    reasons: list[str] = []
    passages = chunk_document(doc, ChunkingSettings(), reasons.append)
    assert reasons == []
    assert {t.label for t in doc.tables} == {
        "Table 1", "Table 2", "Table 3", "Table 8", "Table 11", "Table 12", "Table 13"
    }  # fmt: skip
    text = {label: "\n".join(p.text for p in passages if p.label == label) for label in ("Table 1", "Table 2")}
    questions = next(p.text for p in passages if p.label == "Table 12").split("\n")
    assert questions[2:5] == [  # its title and column names no longer run into its first question
        "Twelve self-assessment questions to underpin terms of agreement",
        "Self-assessment question Aligned Pooled",
        "Who are the parties to this agreement? ✓ ✓",
    ]
    assert (
        "Department: Communities and Local Government | Local Government Act 2000 | Action: well-being powers; "
        "frameworks for partnership work" in text["Table 1"]
    )
    assert "7S element: Steering | LSP context: Links between LSP objectives and partners’ activity" in text["Table 2"]
    pooling = next(p.text for p in passages if p.label == "Table 11" and "Pooling is more suitable when:" in p.text)
    assert pooling.startswith("Pooling is more suitable when:\n• There is a clear, discrete service")  # not split


def test_a_restoration_that_no_longer_matches_is_reported_and_the_table_kept(tmp_path: Path) -> None:
    doc = load(next(i for i in discover([CORPUS])[0] if i.doc_id == "audit-commission-2009"))
    wrong = RestoredTable(label="Table 13", columns=("", "Share"), rows=(("Different organisational cultures", "99"),))
    doc = replace(doc, tables=(wrong,))
    reasons: list[str] = []
    passages = chunk_document(doc, ChunkingSettings(), reasons.append)
    assert (
        reasons[0]
        == "audit-commission-2009: Table 13: 'Share' is not in the extracted table; the table is indexed as extracted."
    )
    table = next(p.text for p in passages if p.label == "Table 13")
    assert "Different organisational cultures 74 (not recorded)" in table


@pytest.mark.slow
def test_ingest_prints_a_warning_for_a_restoration_that_does_not_match(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "tables").mkdir(parents=True)
    source = CORPUS / "audit-commission-2009-working-better-together.txt"
    (folder / "report.txt").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "tables" / "report.yaml").write_text(
        "Table 13:\n  columns: ['', Share]\n  rows: [[Different organisational cultures, '99']]\n", encoding="utf-8"
    )
    (folder / "manifest.yaml").write_text(
        "documents:\n  - file: report.txt\n    tables: tables/report.yaml\n", encoding="utf-8"
    )
    settings = Settings(index={"path": tmp_path / "index"}, data_dir=tmp_path / "data", corpus={"path": folder})
    logged: list[str] = []
    report = ingest(settings, [folder], progress=False, log=logged.append)
    assert report.skipped == [] and report.passages > 200
    assert logged[:2] == [
        "warning: report: Table 13: 'Share' is not in the extracted table; the table is indexed as extracted.",
        "warning: report: Table 13: '99' is not in the extracted table; the table is indexed as extracted.",
    ]
    assert logged[2].startswith("warning: report: Table 13: the restoration leaves out ") and len(logged) == 3


@pytest.mark.slow
def test_a_question_about_a_restored_table_is_answered_row_by_row(assistant: Assistant) -> None:
    answer = assistant.ask("What messages does having a council officer as LSP chair send?")
    assert not answer.refused
    assert (
        "LSP chair: Council officer | Positive interpretation: Strong commitment to getting things done | "
        "Negative interpretation: Council domination but not important enough for an elected representative [1]"
    ) in answer.text
    assert answer.citations[0].passage.label == "Table 3"
    assert "Council officer Strong commitment" not in answer.text  # the collapsed columns are gone


def test_when_is_pooling_more_suitable_is_answered_from_the_pooling_half_of_table_11(assistant: Assistant) -> None:
    answer = assistant.ask("When is pooling more suitable than aligning?")
    assert answer.text.startswith("Pooling is more suitable when: [1]")
    assert "• All parties to the arrangement make proportionate financial contributions. [1]" in answer.text
    assert "Aligning is more suitable when" not in answer.text
    assert answer.citations[0].passage.label == "Table 11"


def test_a_row_of_table_1_answers_which_act_gave_councils_well_being_powers(assistant: Assistant) -> None:
    answer = assistant.ask("Which legislation gave councils their well-being powers?")
    row = "Department: Communities and Local Government | Local Government Act 2000 | Action: well-being powers; "
    assert row in answer.text
    assert any(c.passage.label == "Table 1" and row in c.quote for c in answer.citations)
    assert "Action: SCS; LAAs" not in answer.text  # the next row does not answer, so it does not come along


def test_a_list_question_matching_a_set_out_tables_heading_gets_its_rows(assistant: Assistant) -> None:
    answer = assistant.ask("What are the obstacles to pooling budgets?")
    assert answer.citations[0].passage.label == "Table 13"
    rows = (
        "Different organisational cultures | Obstacle to aligning (%): 74",
        "Internal financial pressures | Obstacle to aligning (%): 56 | Obstacle to pooling (%): 52",
    )
    for row in rows:
        assert row in answer.text
    assert "Pooling is more suitable when" not in answer.text


def test_what_are_the_7s_elements_is_answered_by_all_seven_rows_of_table_2(assistant: Assistant) -> None:
    answer = assistant.ask("What are the 7S elements?")
    assert answer.citations[0].passage.label == "Table 2"
    for element in ("SCS", "Staff and skills", "Style", "Synergies", "Steering", "Systems", "Standards"):
        assert f"7S element: {element} | LSP context: " in answer.text
    assert "three transformational elements" not in answer.text  # not the chapter's three


def test_a_tables_heading_is_never_quoted_on_its_own(assistant: Assistant) -> None:
    answer = assistant.ask("How do you choose a chair?")
    assert (
        "LSP chair: Council leader or elected mayor | Positive interpretation: Democratic accountability" in answer.text
    )
    assert not answer.text.startswith("Choosing a chair")
