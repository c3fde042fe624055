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
    second = _document_for_it(first, second)
    return f"{first}?", f"{second[0].upper()}{second[1:]}?"


_DOCUMENT = re.compile(
    r"(?<!\bin\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\bby\s)\bthe\s+(?:(?:2009|2010|national|summary|LSP|Oxford|"
    r"Audit\s+Commission(?:[’']s)?|officer[’']s)\s+){0,3}(?:study|report|paper)\b",
    re.I,
)  # 'the study', 'the Oxford paper': not one said where something is ('in the report')
_IT = re.compile(r"\b(?:it|its)\b", re.I)
_OF_DOCUMENT = re.compile(r"^(?:when|who|whom|where)\b", re.I)  # when it came out, who wrote it: of the document
# itself ('which plan does it single out?' asks of what the first part is about, its topic carried instead)


def _document_for_it(first: str, second: str) -> str:
    """The second part with its 'it' put as the one document the first part asks about, when it asks when, where or
    by whom ('Who wrote the study and when was it published?': 'when was the study published'), as a document is
    found by its name; else the second part as it is."""
    named = _DOCUMENT.findall(first)
    if len(named) != 1 or len(_IT.findall(second)) != 1 or not _OF_DOCUMENT.match(second):
        return second
    document = named[0][0].lower() + named[0][1:]
    return _IT.sub(lambda m: f"{document}’s" if m.group(0).lower() == "its" else document, second, count=1)


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


def _blocks(text: str) -> list[list[tuple[str, int]]]:
    """The answer's marked stretches, a list's lead-in ('The result was that:') and its items kept as one."""
    blocks: list[list[tuple[str, int]]] = []
    for seg, n in _segments(text):
        listed = blocks and (blocks[-1][0][0].rstrip().endswith(":") or blocks[-1][-1][0].strip().startswith(_ITEM))
        if seg.strip().startswith(_ITEM) and listed:
            blocks[-1].append((seg, n))
        else:
            blocks.append([(seg, n)])
    return blocks


def joined(question: str, first: Answer, second: Answer) -> Answer:
    """One answer to a question of two parts: the first part's answer, then (in a paragraph of its own) what the
    second's adds, what the first said already left out (a list only when the first holds all of it); a passage
    both cite keeps the first's number and the quotes of both. The second answer is one given as a follow-up to
    the first (with `said`), which repeats none of the first's sentences but its best: when it does, the first
    answers both."""
    said = " ".join(first.text.split())

    def told(block: list[tuple[str, int]]) -> bool:
        return all(" ".join(seg.split()) in said for seg, _ in block)

    blocks = _blocks(second.text)
    if any(
        len(b) == 1 and not b[0][0].strip().startswith(_ITEM) and not b[0][0].rstrip().endswith(":") and told(b)
        for b in blocks
    ):
        return first.model_copy(update={"question": question})
    added = [pair for block in blocks if not told(block) for pair in block]
    if not added:
        return first.model_copy(update={"question": question})
    numbers = {c.passage.id: c.number for c in first.citations}
    by_number = {c.number: c for c in second.citations}
    quotes = {c.passage.id: c.quote for c in first.citations}
    for n in dict.fromkeys(n for _, n in added):  # the second's passages still cited, in the order they come
        c = by_number[n]
        numbers.setdefault(c.passage.id, len(numbers) + 1)
        if c.passage.id not in quotes:
            quotes[c.passage.id] = c.quote
        elif c.quote not in quotes[c.passage.id]:
            quotes[c.passage.id] = f"{quotes[c.passage.id]} … {c.quote}"
    text = "".join(f"{seg} [{numbers[by_number[n].passage.id]}]" for seg, n in added).strip()
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
