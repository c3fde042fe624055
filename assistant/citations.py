"""Citation markers: find, validate, renumber [n] markers and pick the quoted sentence they rest on."""

from __future__ import annotations

import re

from .models import Citation, Passage
from .text import split_sentences
from .tokens import tokenize

MARKER = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")


def markers_in(text: str) -> list[int]:
    """Every cited number in order of appearance (a marker like [1, 3] gives 1 then 3)."""
    return [int(n) for m in MARKER.finditer(text) for n in m.group(1).split(",")]


def clean_markers(text: str, valid: set[int]) -> str:
    """Text with every marker number outside `valid` removed (and markers left empty dropped)."""

    def keep(m: re.Match[str]) -> str:
        nums = [n.strip() for n in m.group(1).split(",") if int(n) in valid]
        return f"[{', '.join(nums)}]" if nums else ""

    out = MARKER.sub(keep, text)
    out = re.sub(r"[ \t]+([.,;:])", r"\1", out)
    return re.sub(r"[ \t]{2,}", " ", out).strip()


def renumber(text: str, order: list[int]) -> str:
    """Text with marker numbers mapped to their position in `order` (1-based)."""
    mapping = {old: new for new, old in enumerate(order, start=1)}

    def swap(m: re.Match[str]) -> str:
        nums = [mapping[int(n)] for n in m.group(1).split(",") if int(n) in mapping]
        return "".join(f"[{n}]" for n in dict.fromkeys(nums))

    return MARKER.sub(swap, text)


def first_use_order(text: str) -> list[int]:
    """Distinct cited numbers in order of first use."""
    return list(dict.fromkeys(markers_in(text)))


def best_quote(claim: str, passage: Passage, max_sentences: int = 2) -> str:
    """The passage sentence(s) that share most words with a claim: the quote a citation shows."""
    claim_tokens = set(tokenize(claim))
    sentences = split_sentences(passage.text)
    if not sentences:
        return ""
    scored = sorted(
        (
            (len(claim_tokens & set(tokenize(s))) / (1 + len(set(tokenize(s))) ** 0.5), i)
            for i, s in enumerate(sentences)
        ),
        reverse=True,
    )
    picked = sorted(i for _, i in scored[:max_sentences] if _ > 0) or [scored[0][1]]
    return " ".join(sentences[i] for i in picked)


def claims_by_marker(text: str) -> dict[int, str]:
    """For each cited number, the text of the sentences (or list lines) that cite it."""
    claims: dict[int, list[str]] = {}
    for sentence in re.split(r"(?<=[.!?\]])\s+|\n", text):
        for n in markers_in(sentence):
            claims.setdefault(n, []).append(MARKER.sub("", sentence).strip())
    return {n: " ".join(parts) for n, parts in claims.items()}


def build_citations(text: str, passages: list[Passage]) -> tuple[str, tuple[Citation, ...]]:
    """Validate markers against passages (1-based), renumber by first use, and attach quotes."""
    valid = set(range(1, len(passages) + 1))
    cleaned = clean_markers(text, valid)
    order = first_use_order(cleaned)
    claims = claims_by_marker(cleaned)
    final = renumber(cleaned, order)
    citations = tuple(
        Citation(number=new, passage=passages[old - 1], quote=best_quote(claims.get(old, ""), passages[old - 1]))
        for new, old in enumerate(order, start=1)
    )
    return final, citations
