"""Pure formatting of the chat page and the feedback store, one case per test, no model in the loop."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.feedback import FeedbackError, FeedbackStore
from assistant.text import snippet
from assistant.web_format import answer_html, conversation_markdown, highlight, locator, marked_text

PASSAGE = {
    "doc_id": "audit-commission-2009",
    "title": "Working better together?",
    "section": "Chapter 2 > Layers",
    "paragraphs": [44],
    "page": 23,
    "label": "Paragraph 44",
    "text": "There are three layers. The first is strategic. The second is <operational>.",
}
CITATION = {"number": 1, "quote": "The first is strategic.", "passage": PASSAGE}
ANSWER = {
    "text": "The first layer is strategic [1].",
    "refused": False,
    "answerer": "extractive",
    "citations": [CITATION],
}


def test_highlight_marks_the_quote_and_escapes_html() -> None:
    out = highlight(PASSAGE["text"], "The first is strategic.")
    assert "<mark>The first is strategic.</mark>" in out
    assert "&lt;operational&gt;" in out


def test_locator_prefers_label_and_adds_page() -> None:
    assert locator(PASSAGE) == "Paragraph 44, p. 23"
    assert locator({"paragraphs": [3, 4, 5]}) == "Paragraphs 3–5"


def test_marked_text_turns_markers_into_badges() -> None:
    assert marked_text("A [1, 2].") == 'A <sup class="lsp-ref">[1]</sup><sup class="lsp-ref">[2]</sup>.'


def test_answer_html_has_an_openable_numbered_source() -> None:
    out = answer_html(ANSWER)
    assert '<details class="lsp-source">' in out and '<span class="lsp-num">1</span>' in out
    assert "Paragraph 44, p. 23" in out and "Chapter 2 &gt; Layers" in out


def test_a_footnote_source_says_what_it_is_a_note_to() -> None:
    to = "Partners should use knowledge about current issues & performance, and research about the future"
    note = {**PASSAGE, "label": "Footnote I", "paragraphs": [], "text": "See Chapter 4.", "note_to": to}
    out = answer_html({**ANSWER, "citations": [{"number": 1, "quote": "See Chapter 4.", "passage": note}]})
    assert "Footnote I, p. 23" in out
    assert "note to “Partners should use knowledge about current issues…”" in out  # not 'issues &amp;…'
    assert "note to" not in answer_html(ANSWER)


@pytest.mark.parametrize(
    ("quote", "cut"),
    [
        ("Partners should use knowledge about current issues & performance, and research", "about current issues…"),
        ("The board agreed the priorities of the partnership and the spending plans for next year", "partnership…"),
        ("Councils set out the main strategic priorities for improvement of the area", "strategic priorities…"),
        ("Short quote.", "Short quote."),
    ],
)
def test_a_cut_quote_never_ends_on_a_dangling_word(quote: str, cut: str) -> None:
    out = snippet(quote)
    assert out.endswith(cut) and len(out) <= 61


def test_sources_with_the_same_label_are_told_apart_by_their_quotes() -> None:
    summary = {**PASSAGE, "label": "Summary", "page": None, "paragraphs": []}
    first = {"number": 1, "quote": "Local agencies work together.", "passage": summary}
    second = {"number": 2, "quote": "LSPs work through leadership, culture, and relationship management, and more.",
              "passage": summary}  # fmt: skip
    out = answer_html({**ANSWER, "citations": [first, second]})
    assert "Summary — “Local agencies work together.” · Working better together?" in out
    assert "Summary — “LSPs work through leadership, culture, and relationship…” ·" in out
    assert "Paragraph 44, p. 23 · Working better together?" in answer_html(ANSWER)  # a label alone needs no quote


def test_a_question_read_otherwise_says_how_it_was_read() -> None:
    typed = {**ANSWER, "question": "pooled budjets", "standalone_question": "pooled budgets"}
    assert answer_html(typed).startswith('<div class="lsp-readas">Read as: pooled budgets</div>')
    same = {**ANSWER, "question": "What is LIFT?", "standalone_question": "what is  LIFT?"}
    assert "lsp-readas" not in answer_html(same)  # only spacing and case differ
    assert "lsp-readas" not in answer_html(ANSWER)
    turn = {"question": "pooled budjets", "answer": typed}
    assert "_Read as: pooled budgets_" in conversation_markdown([turn], "extractive")


def test_refusal_is_styled_as_a_refusal() -> None:
    out = answer_html({"text": "The reports do not cover this question.", "refused": True, "citations": []})
    assert out.startswith('<div class="lsp-refusal">') and "lsp-source" not in out


def test_conversation_markdown_lists_sources_with_quotes() -> None:
    md = conversation_markdown(
        [{"question": "What is the first layer?", "doc_id": None, "answer": ANSWER}],
        "extractive",
        now=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
    )
    assert "## 1. What is the first layer?" in md
    assert "1. Working better together? — Chapter 2 > Layers — Paragraph 44, p. 23" in md
    assert "   > The first is strategic." in md and "2026-01-02 03:04 UTC" in md


def test_feedback_store_records_comments_and_exports_items(tmp_path: Path) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'sub' / 'feedback.db'}")
    fid = store.record(rating="down", question="What is the first layer?", answer=ANSWER["text"], citations=[CITATION])
    store.set_comment(fid, "  Should mention paragraph 45.  ")
    row = store.get(fid)
    assert row is not None and row["comment"] == "Should mention paragraph 45." and row["rating"] == "down"
    item = json.loads(store.export(tmp_path / "out.jsonl").splitlines()[0])
    assert item["origin"] == "feedback" and item["paragraphs"] == [44] and item["evidence"] == CITATION["quote"]
    assert (item["rating"], item["doc_id"]) == ("down", "audit-commission-2009")
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 1


def test_feedback_store_rejects_unknown_ratings(tmp_path: Path) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'feedback.db'}")
    with pytest.raises(FeedbackError):
        store.record(rating="meh", question="Q?")


def test_highlight_marks_a_table_row_whole_not_its_column_names_in_other_rows() -> None:
    text = (
        "Table 8\nGovernance layer: Strategic | Frequency: Three to four times a year. | Purpose: Steer.\n"
        "Governance layer: Executive | Frequency: Six to twelve times a year. | Purpose: Monitor."
    )
    out = highlight(text, "Governance layer: Executive | Frequency: Six to twelve times a year. | Purpose: Monitor.")
    assert (
        "<mark>Governance layer: Executive | Frequency: Six to twelve times a year. | Purpose: Monitor.</mark>" in out
    )
    assert "Strategic | Frequency: Three to four times a year. | Purpose: Steer." in out  # the other row unmarked
    assert out.count("<mark>") == 1


def test_highlight_marks_adjacent_lines_each_and_skipped_runs_apart() -> None:
    text = "Lead in:\n• First item.\n• Second item.\nA sentence between.\nLast one."
    out = highlight(text, "Lead in: • First item. … Last one.")
    assert "<mark>Lead in:</mark><br><mark>• First item.</mark>" in out
    assert "<mark>Last one.</mark>" in out and "<mark>A sentence between.</mark>" not in out
