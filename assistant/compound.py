"""Two questions asked as one ('How many areas were designated in 1978, and how long have they worked jointly?'):
split into their parts, each answered on its own, the answers joined into one with one set of citations."""

from __future__ import annotations

import re

from .models import Answer, Citation

_ASKS = (
    r"(?:when|who|whom|whose|how|what|why|where|which|is|are|does|do|did|has|have|was|were|can|could|should|must|"
    r"will|would)"
)
_TWO_QUESTIONS = re.compile(
    rf"^\s*(?P<first>{_ASKS}\b.*?\w[’'”)]?)\s*,?\s+and\s+"
    rf"(?P<second>{_ASKS}\b(?!\s+(?:as|of|else|not)\b)[^?]{{8,}}?)\s*\??\s*$",
    re.I,
)  # not 'which as the hard side' (one question asked of two things), nor 'when, and only when'
_ITEM = ("•", "-", "–")  # a list item: a follow-up repeats a list whole
_MARKED = re.compile(r"(?s)(.*?)\s*\[(\d+)\]")


def split_question(question: str) -> tuple[str, str] | None:
    """The two questions of one that joins two with 'and' ('Is ABG extra money, and who signs off how it is
    spent?': 'Is ABG extra money?', 'Who signs off how it is spent?'), each ending '?'; else None."""
    m = _TWO_QUESTIONS.match(question)
    if not m or len(m.group("first").split()) < 3:
        return None
    first, second = m.group("first").strip(), m.group("second").strip()
    if _contrasts(first, second):
        return None
    return f"{first}?", f"{second[0].upper()}{second[1:]}?"


def _contrasts(first: str, second: str) -> bool:
    """True when the second part asks the first's question again of something else, with the same opening and
    verb ('Which elements are soft and which are hard?'): one question, answered whole."""
    opening = second.lower().split()[:2]
    words = first.lower().split()
    return len(opening) == 2 and words[:1] == opening[:1] and opening[1] in words[1:]


def _segments(text: str) -> list[tuple[str, int]]:
    """Each marked stretch of an answer's text (a sentence, item or row with the spacing before it) and its
    citation number."""
    return [(m.group(1), int(m.group(2))) for m in _MARKED.finditer(text)]


def joined(question: str, first: Answer, second: Answer) -> Answer:
    """One answer to a question of two parts: the first part's answer, then (in a paragraph of its own) what the
    second's adds, its sentences already said left out; a passage both cite keeps the first's number and the
    quotes of both. The second answer is one given as a follow-up to the first (with `said`), which repeats none
    of the first's sentences but its best."""
    said = {text.strip() for text, _ in _segments(first.text)}
    if any(text.strip() in said and not text.strip().startswith(_ITEM) for text, _ in _segments(second.text)):
        return first.model_copy(update={"question": question})  # the second's best sentence, the one sentence
        # a follow-up repeats, is said already: the first part's answer answers both
    numbers = {c.passage.id: c.number for c in first.citations}
    renumber: dict[int, int] = {}
    for c in second.citations:
        renumber[c.number] = numbers.setdefault(c.passage.id, len(numbers) + 1)
    added = [(text, n) for text, n in _segments(second.text) if text.strip() not in said]
    if not added:
        return first.model_copy(update={"question": question})
    text = "".join(f"{seg} [{renumber[n]}]" for seg, n in added).strip()
    quotes = {c.passage.id: c.quote for c in first.citations}
    for c in second.citations:
        if c.passage.id in quotes and c.quote not in quotes[c.passage.id]:
            quotes[c.passage.id] = f"{quotes[c.passage.id]} … {c.quote}"
        quotes.setdefault(c.passage.id, c.quote)
    passages = {c.passage.id: c.passage for c in (*first.citations, *second.citations)}
    citations = tuple(
        Citation(number=n, passage=passages[pid], quote=quotes[pid])
        for pid, n in sorted(numbers.items(), key=lambda item: item[1])
    )
    return Answer(
        question=question,
        text=f"{first.text}\n\n{text}",
        citations=citations,
        standalone_question=f"{first.standalone_question or first.question} "
        f"{second.standalone_question or second.question}",
        answerer=first.answerer,
    )
