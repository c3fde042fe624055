"""Quiz exports as pure functions: Moodle GIFT, Moodle XML, CSV, printable Markdown and JSON."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence

from .models import BLANK, QuizItem, QuizRequestError

GIFT_SPECIAL = "~=#{}:"
_XML_TYPES = {"mcq": "multichoice", "truefalse": "truefalse", "short": "shortanswer", "cloze": "cloze"}
LETTERS = "ABCDE"


def gift_escape(text: str) -> str:
    """Text safe inside GIFT: backslash before \\ ~ = # { } and :."""
    text = text.replace("\\", "\\\\")
    for ch in GIFT_SPECIAL:
        text = text.replace(ch, "\\" + ch)
    return re.sub(r"\s+", " ", text)


def _gift_one(number: int, item: QuizItem) -> str:
    head = f"// {item.id} · {item.difficulty} · {item.citation.source}\n::Q{number} {item.type}::"
    feedback = f"####{gift_escape(item.explanation)}"
    if item.type == "mcq":
        options = "\n".join(f"{'=' if o == item.answer else '~'}{gift_escape(o)}" for o in item.options)
        return f"{head}{gift_escape(item.question)} {{\n{options}\n{feedback}\n}}"
    if item.type == "truefalse":
        return f"{head}{gift_escape(item.question)} {{{'T' if item.answer == 'True' else 'F'}{feedback}}}"
    if item.type == "cloze":
        before, _, after = item.question.partition(BLANK)
        return f"{head}{gift_escape(before)}{{={gift_escape(item.answer)}{feedback}}}{gift_escape(after)}"
    return f"{head}{gift_escape(item.question)} {{={gift_escape(item.answer)}{feedback}}}"


def to_gift(items: Sequence[QuizItem]) -> str:
    """A Moodle GIFT question bank: one question per block, explanation as general feedback."""
    return "\n\n".join(_gift_one(n, item) for n, item in enumerate(items, start=1)) + "\n"


def _cloze_escape(text: str) -> str:
    for ch in '\\}#~/"':
        text = text.replace(ch, "\\" + ch)
    return text


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = "html") -> ET.Element:
    el = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(el, "text").text = value
    return el


def _answer(parent: ET.Element, text: str, fraction: int) -> None:
    el = ET.SubElement(parent, "answer", {"fraction": str(fraction), "format": "plain_text"})
    ET.SubElement(el, "text").text = text
    ET.SubElement(ET.SubElement(el, "feedback", {"format": "html"}), "text").text = ""


def to_moodle_xml(items: Sequence[QuizItem]) -> str:
    """A Moodle XML question bank: <quiz> of <question type=multichoice|truefalse|shortanswer|cloze>."""
    quiz = ET.Element("quiz")
    for number, item in enumerate(items, start=1):
        q = ET.SubElement(quiz, "question", {"type": _XML_TYPES[item.type]})
        _text(q, "name", f"Q{number} {item.type} {item.id}", fmt=None)
        stem = html.escape(item.question, quote=False)
        if item.type == "cloze":
            stem = stem.replace(BLANK, "{1:SHORTANSWER:=" + _cloze_escape(html.escape(item.answer, quote=False)) + "}")
        _text(q, "questiontext", stem)
        _text(q, "generalfeedback", html.escape(item.explanation, quote=False))
        ET.SubElement(q, "defaultgrade").text = "1"
        if item.type == "mcq":
            for option in item.options:
                _answer(q, option, 100 if option == item.answer else 0)
            ET.SubElement(q, "single").text = "true"
            ET.SubElement(q, "shuffleanswers").text = "true"
            ET.SubElement(q, "answernumbering").text = "ABCD"
        elif item.type == "truefalse":
            _answer(q, "true", 100 if item.answer == "True" else 0)
            _answer(q, "false", 100 if item.answer == "False" else 0)
        elif item.type == "short":
            ET.SubElement(q, "usecase").text = "0"
            _answer(q, item.answer, 100)
        tags = ET.SubElement(q, "tags")
        for tag in (item.difficulty, item.citation.doc_id, item.citation.label):
            ET.SubElement(ET.SubElement(tags, "tag"), "text").text = tag
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


def to_csv(items: Sequence[QuizItem]) -> str:
    """CSV with a header and one row per item: question, type, options, answer, explanation, source, difficulty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["question", "type", "options", "answer", "explanation", "source", "difficulty"])
    for item in items:
        writer.writerow(
            [
                item.question,
                item.type,
                " | ".join(item.options),
                item.answer,
                item.explanation,
                item.citation.source,
                item.difficulty,
            ]
        )
    return out.getvalue()


def _key_line(item: QuizItem) -> str:
    if item.type == "mcq":
        return f"{LETTERS[item.options.index(item.answer)]}. {item.answer}"
    return item.answer


def to_markdown(items: Sequence[QuizItem], title: str = "Quiz") -> str:
    """Printable Markdown: the questions first, then a separate answer key with explanations and sources."""
    lines = [f"# {title}", "", f"{len(items)} questions. The answer key follows the questions.", "", "## Questions", ""]
    for n, item in enumerate(items, start=1):
        lines.append(f"**{n}.** {item.question}  ")
        lines.append(f"*{item.type} · {item.difficulty}*")
        lines.append("")
        if item.type == "mcq":
            lines.extend(f"   {LETTERS[i]}. {o}  " for i, o in enumerate(item.options))  # a line break each
        elif item.type == "truefalse":
            lines.append("   True / False")
        elif item.type == "short":
            lines.append("   Answer: ______________________")
        lines.append("")
    lines.extend(["---", "", "## Answer key", ""])
    for n, item in enumerate(items, start=1):
        lines.append(f"**{n}.** {_key_line(item)}  ")
        lines.append(f"{item.explanation}")
        lines.append("")
    return "\n".join(lines)


def to_json(items: Sequence[QuizItem]) -> str:
    """A JSON list of items, each with question, type, options, answer, explanation and citation."""
    return json.dumps([i.to_public() for i in items], indent=2, ensure_ascii=False) + "\n"


EXPORTERS: dict[str, Callable[[Sequence[QuizItem]], str]] = {
    "gift": to_gift,
    "moodle-xml": to_moodle_xml,
    "csv": to_csv,
    "md": to_markdown,
    "json": to_json,
}
FORMATS = tuple(EXPORTERS)


def export(items: Sequence[QuizItem], fmt: str, title: str = "Quiz") -> str:
    """The items in the named format; QuizRequestError naming the formats when the name is unknown."""
    if fmt not in EXPORTERS:
        raise QuizRequestError(f"Unknown format {fmt!r}; choose from {', '.join(FORMATS)}.")
    return to_markdown(items, title) if fmt == "md" else EXPORTERS[fmt](items)
