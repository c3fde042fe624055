"""Optional rewording of question stems by a chat model; a reworded item must still pass every check."""

from __future__ import annotations

import re
from typing import Any

from ..prompts import load_prompt
from .checks import failed_checks
from .models import BLANK, QuizItem

REWORD_TYPES = ("mcq", "short", "cloze")


def reword_prompt(item: QuizItem) -> str:
    """The filled-in prompts/quiz_reword.txt for one item."""
    return load_prompt("quiz_reword").format(
        answer=item.answer, blank=BLANK, label=item.citation.label, type=item.type, question=item.question
    )


def reword_item(item: QuizItem, chat_model: Any, corpus: str = "") -> QuizItem:
    """The item with a reworded stem when the model's wording still passes every check; else the item unchanged."""
    if item.type not in REWORD_TYPES:
        return item
    try:
        reply = chat_model.invoke(reword_prompt(item))
    except Exception:  # noqa: BLE001  a failing model must never cost the trainer a checked item
        return item
    text = str(getattr(reply, "content", reply)).strip().strip('"').strip()
    if not text or "\n" in text or len(text) > 3 * len(item.question) + 200:
        return item
    if item.type == "cloze" and text.count(BLANK) != 1:
        return item
    if any(quoted not in text for quoted in re.findall(r"“[^”]+”", item.question) if BLANK in quoted):
        return item
    candidate = item.model_copy(update={"question": text})
    return item if failed_checks(candidate, corpus) else candidate
