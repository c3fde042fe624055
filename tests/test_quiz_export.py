"""Quiz exports: GIFT read back by a small reader, Moodle XML against its structure, CSV, Markdown and JSON."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from markdown_it import MarkdownIt

from assistant import Assistant
from assistant.models import Passage
from assistant.quiz import build_quiz
from assistant.quiz.export import gift_escape, to_csv, to_gift, to_json, to_markdown, to_moodle_xml
from assistant.quiz.models import BLANK, QuizCitation, QuizItem

# No maintained GIFT parser is on PyPI (pygiftparser 1.1 and pygiftparserrgmf 0.0.5 are years without a release),
# so the tests read GIFT back with this small reader of the subset the exporter writes.
_UNESCAPED = r"(?<!\\)"


def gift_unescape(text: str) -> str:
    """Undo GIFT backslash escapes."""
    return re.sub(r"\\(.)", r"\1", text)


def _split_unescaped(text: str, char: str) -> tuple[str, str, str]:
    match = re.search(_UNESCAPED + re.escape(char), text)
    assert match, f"no unescaped {char!r} in {text!r}"
    return text[: match.start()], char, text[match.end() :]


def read_gift(source: str) -> list[dict[str, object]]:
    """Questions of a GIFT file: title, text (cloze blank marked), answers and general feedback."""
    questions = []
    for block in source.strip().split("\n\n"):
        body = "\n".join(line for line in block.splitlines() if not line.startswith("//"))
        assert body.startswith("::")
        title, _, rest = body[2:].partition("::")
        before, _, tail = _split_unescaped(rest, "{")
        inside, _, after = _split_unescaped(tail, "}")
        answers, _, feedback = inside.partition("####")
        choices = re.findall(_UNESCAPED + r"([=~])((?:\\.|[^=~\\])*)", answers.strip())
        text = gift_unescape(before).strip()
        if after.strip():
            text = f"{gift_unescape(before)}{BLANK}{gift_unescape(after)}".strip()
        questions.append(
            {
                "title": title,
                "text": text,
                "answers": answers.strip(),
                "feedback": gift_unescape(feedback.strip()),
                "right": [gift_unescape(c[1]).strip() for c in choices if c[0] == "="],
                "wrong": [gift_unescape(c[1]).strip() for c in choices if c[0] == "~"],
            }
        )
    return questions


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def items(assistant: Assistant) -> tuple[QuizItem, ...]:
    return build_quiz(assistant, n=16, seed=11).items


@pytest.fixture(scope="module")
def special() -> QuizItem:
    """An item whose every field holds the characters GIFT must escape."""
    text = "Scores: 3 ~ 4 = #7 {draft} for LSPs: all agreed."
    passage = Passage(id="x", doc_id="d", title="T: a title", section="S {1}", label="Paragraph 1", text=text)
    return QuizItem(
        id="x",
        type="mcq",
        question="Which score = {draft} ~ #? Note: see Paragraph 1.",
        options=("3 ~ 4 = #7", "1 ~ 2 = #3", "5 ~ 6 = #9"),
        answer="3 ~ 4 = #7",
        explanation=f"Source: T: a title — S {{1}} — Paragraph 1. The report says: “{text}”",
        citation=QuizCitation.of(passage),
        kind="count",
        key="3 ~ 4 = #7",
        quote=text,
    )


def test_gift_escapes_every_special_character() -> None:
    assert gift_escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h"


def test_gift_round_trips_special_characters(special: QuizItem) -> None:
    (question,) = read_gift(to_gift([special]))
    assert question["text"] == special.question
    assert question["right"] == ["3 ~ 4 = #7"] and question["wrong"] == ["1 ~ 2 = #3", "5 ~ 6 = #9"]
    assert question["feedback"] == special.explanation


def test_gift_of_a_real_quiz_reads_back_item_for_item(items: tuple[QuizItem, ...]) -> None:
    questions = read_gift(to_gift(items))
    assert len(questions) == len(items)
    for item, q in zip(items, questions, strict=True):
        got, expected = _squash(str(q["text"])), _squash(item.question)
        if item.type == "cloze" and expected.endswith(BLANK) and not got.endswith(BLANK):
            got = _squash(f"{got} {BLANK}")  # a final blank is GIFT's answer box at the end of the stem
        assert got == expected
        assert q["feedback"] == _squash(item.explanation)
        if item.type == "mcq":
            assert q["right"] == [item.answer] and len(q["wrong"]) == 3
        elif item.type == "truefalse":
            assert q["answers"] == ("T" if item.answer == "True" else "F")
        else:
            assert q["right"] == [item.answer] and q["wrong"] == []


def test_moodle_xml_has_the_expected_structure(items: tuple[QuizItem, ...], special: QuizItem) -> None:
    root = ET.fromstring(to_moodle_xml([*items, special]))
    assert root.tag == "quiz"
    questions = root.findall("question")
    assert len(questions) == len(items) + 1
    moodle = {"mcq": "multichoice", "truefalse": "truefalse", "short": "shortanswer", "cloze": "cloze"}
    for item, q in zip([*items, special], questions, strict=True):
        assert q.get("type") == moodle[item.type]
        text = html.unescape(q.findtext("questiontext/text") or "")
        feedback = html.unescape(q.findtext("generalfeedback/text") or "")
        assert feedback == item.explanation
        right = [a.findtext("text") for a in q.findall("answer") if a.get("fraction") == "100"]
        if item.type == "cloze":
            assert "{1:SHORTANSWER:=" in text and BLANK not in text and q.findall("answer") == []
        else:
            assert text == item.question
        if item.type == "mcq":
            assert right == [item.answer] and len(q.findall("answer")) == len(item.options)
        elif item.type == "truefalse":
            assert right == [item.answer.lower()]
        elif item.type == "short":
            assert right == [item.answer]


def test_csv_has_one_row_per_item(items: tuple[QuizItem, ...]) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(items))))
    assert len(rows) == len(items)
    assert [r["question"] for r in rows] == [i.question for i in items]
    assert all(r["source"] and r["explanation"] and r["answer"] for r in rows)
    mcq = next(r for r, i in zip(rows, items, strict=True) if i.type == "mcq")
    assert len(mcq["options"].split(" | ")) == 4


def test_markdown_puts_the_answer_key_after_all_questions(items: tuple[QuizItem, ...]) -> None:
    text = to_markdown(items, "Quiz: scrutiny")
    questions, _, key = text.partition("## Answer key")
    assert key and all(i.explanation not in questions for i in items)
    assert all(i.explanation in key for i in items)
    assert questions.count("**") == 2 * len(items)


def test_markdown_options_render_one_to_a_line(items: tuple[QuizItem, ...]) -> None:
    html_text = MarkdownIt().render(to_markdown(items, "Quiz"))
    for item in items:
        if item.type == "mcq":
            for letter, option in zip("ABCD", item.options[:-1], strict=False):
                assert f"{letter}. {html.escape(option, quote=False)}<br" in html_text  # not run into one line


def test_json_is_a_list_of_items_with_citations(items: tuple[QuizItem, ...]) -> None:
    data = json.loads(to_json(items))
    assert len(data) == len(items)
    for entry, item in zip(data, items, strict=True):
        assert entry["options"] == (list(item.options) if item.type == "mcq" else [])
        assert entry["citation"]["passage_text"] == item.citation.passage_text
        assert {"doc_id", "title", "section", "paragraphs", "page"} <= set(entry["citation"])
