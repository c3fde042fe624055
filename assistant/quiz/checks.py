"""Checks every quiz item must pass; each returns None when the item passes, else the reason it fails."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..text import contains_quote, normalize_for_match
from .models import BLANK, KEY_OUTSIDE_QUOTE, QuizItem

_PERCENT = re.compile(r"^\d{1,3}(?:\.\d)? per cent$")
_MONEY = re.compile(r"^£[\d,.]+(\s?(million|billion|bn|m|k))?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _has(term: str, text: str) -> bool:
    t = normalize_for_match(term)
    return bool(t) and re.search(rf"(?<!\w){re.escape(t)}(?!\w)", normalize_for_match(text)) is not None


def option_form(option: str) -> str:
    """The shape of an option: percent, money, year, number, acronym, name or phrase."""
    text = option.strip()
    if _PERCENT.match(text):
        return "percent"
    if m := _MONEY.match(text):
        return "money-big" if m.group(1) else "money"
    if _YEAR.match(text):
        return "year"
    if text.replace(",", "").isdigit():
        return "number"
    if text.isupper() and " " not in text:
        return "acronym"
    words = text.split()
    if all(w[:1].isupper() for w in words) and len(words) <= 3:
        return "name"
    return "phrase"


def same_form(options: Sequence[str]) -> bool:
    """True when all options share a shape and phrases are of comparable length."""
    forms = {option_form(o) for o in options}
    if forms <= {"name", "phrase"} and len(forms) == 2:
        forms = {"phrase"}
    if len(forms) != 1:
        return False
    lengths = [len(o.split()) for o in options]
    return max(lengths) - min(lengths) <= max(4, 2 * min(lengths))


def check_answer_supported(item: QuizItem) -> str | None:
    """The key and its sentence occur in the cited passage, and the answer follows from them."""
    passage = item.citation.passage_text
    if not contains_quote(passage, item.quote):
        return "quoted sentence not in the cited passage"
    if not _has(item.key, passage):
        return "answer key not in the cited passage"
    if item.kind not in KEY_OUTSIDE_QUOTE and not _has(item.key, item.quote):
        return "answer key not in the quoted sentence"
    if item.type == "truefalse":
        if item.answer == "True":
            return None if _has(item.key, item.question) and not item.swapped else "true statement lacks the fact"
        if item.answer != "False" or not item.swapped:
            return "true/false answer is neither a kept nor a swapped fact"
        if not _has(item.swapped, item.question) or _has(item.swapped, passage):
            return "false statement is not contradicted by the passage"
        return None
    if normalize_for_match(item.answer) != normalize_for_match(item.key):
        return "answer differs from the fact in the passage"
    return None


def check_explanation_cites(item: QuizItem) -> str | None:
    """The explanation quotes the passage and names the document, section and paragraph or label."""
    c = item.citation
    if not contains_quote(item.explanation, item.quote):
        return "explanation does not quote the passage"
    for part, name in ((c.title, "document"), (c.section, "section"), (c.label, "paragraph or label")):
        if part and part not in item.explanation:
            return f"explanation does not name the {name}"
    if not c.label:
        return "passage has no paragraph or label to cite"
    return None


def check_options(item: QuizItem) -> str | None:
    """A multiple-choice item has 3-5 distinct options of similar form, exactly one of them the key."""
    if item.type != "mcq":
        return None if not item.options else "options on a non-multiple-choice item"
    normalised = [normalize_for_match(o) for o in item.options]
    if not 3 <= len(item.options) <= 5:
        return "multiple choice needs 3 to 5 options"
    if len(set(normalised)) != len(normalised):
        return "options are not distinct"
    if normalised.count(normalize_for_match(item.answer)) != 1:
        return "the answer is not exactly one of the options"
    if not same_form(item.options):
        return "options are not of similar form"
    return None


def check_no_true_distractor(item: QuizItem, corpus: str = "") -> str | None:
    """No distractor or swapped term is also right: not in the passage, nor (corpus = normalised text) elsewhere."""
    wrong = list(item.distractors) if item.type == "mcq" else [item.swapped] if item.swapped else []
    for option in wrong:
        if _has(option, item.citation.passage_text):
            return f"distractor {option!r} occurs in the cited passage"
        if item.kind not in KEY_OUTSIDE_QUOTE and corpus:
            filled = re.sub(rf"(?<!\w){re.escape(item.key)}(?!\w)", option.replace("\\", "\\\\"), item.quote, count=1)
            if normalize_for_match(filled) in corpus:
                return f"distractor {option!r} is true elsewhere in the reports"
    return None


def check_no_giveaway(item: QuizItem) -> str | None:
    """The question does not contain its own answer; a cloze stem holds exactly one blank."""
    if item.type == "truefalse":
        return None
    if _has(item.answer, item.question):
        return "question contains its answer"
    if item.type == "cloze" and item.question.count(BLANK) != 1:
        return "cloze needs exactly one blank"
    return None


CHECKS: dict[str, Callable[[QuizItem], str | None]] = {
    "answer supported": check_answer_supported,
    "explanation cites": check_explanation_cites,
    "options": check_options,
    "no giveaway": check_no_giveaway,
}


def failed_checks(item: QuizItem, corpus: str = "") -> dict[str, str]:
    """Every failed check of the item, by check name; empty when the item passes."""
    failures = {name: reason for name, check in CHECKS.items() if (reason := check(item))}
    if reason := check_no_true_distractor(item, corpus):
        failures["no true distractor"] = reason
    return failures
