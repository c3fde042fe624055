"""Pure scoring functions: locate evidence in a source, judge retrieved passages and answers against an item."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Answer, Passage
from ..text import normalize_for_match

_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "•": " "})
_NOISE = {"\ufffd": "", "\u00a0": " ", "\u200b": "", "\ufeff": ""}


@dataclass(frozen=True)
class Evidence:
    """Where an item's evidence quote sits: its document, its text, and its character span in the raw source."""

    doc_id: str
    text: str
    start: int
    end: int

    @property
    def length(self) -> int:
        """Length of the evidence span in raw source characters."""
        return self.end - self.start


def normalized_with_offsets(raw: str) -> tuple[str, list[int]]:
    """The text as normalize_for_match gives it, with the raw offset of every normalised character."""
    chars: list[str] = []
    offsets: list[int] = []
    pending_space = False
    for i, ch in enumerate(raw):
        folded = unicodedata.normalize("NFKC", _NOISE.get(ch, ch)).translate(_FOLD).lower()
        for out in folded:
            if out.isspace():
                pending_space = bool(chars)
                continue
            if pending_space:
                chars.append(" ")
                offsets.append(i)
                pending_space = False
            chars.append(out)
            offsets.append(i)
    return "".join(chars), offsets


def locate_evidence(source: str, quote: str) -> tuple[int, int] | None:
    """Raw character span (start, end) of the quote's first normalised occurrence in source, or None."""
    needle = normalize_for_match(quote)
    if not needle:
        return None
    text, offsets = normalized_with_offsets(source)
    at = text.find(needle)
    if at < 0:
        return None
    return offsets[at], offsets[at + len(needle) - 1] + 1


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def is_hit(passage: Passage, evidence: Evidence) -> bool:
    """True when the passage holds the evidence: by normalised containment, or by covering half its source span."""
    if normalize_for_match(evidence.text) in normalize_for_match(passage.text):
        return True
    if passage.doc_id != evidence.doc_id or evidence.length <= 0:
        return False
    return overlap(passage.start, passage.end, evidence.start, evidence.end) * 2 >= evidence.length


def first_hit_rank(passages: Sequence[Passage], evidence: Evidence) -> int | None:
    """1-based rank of the first passage that holds the evidence, or None."""
    for rank, passage in enumerate(passages, start=1):
        if is_hit(passage, evidence):
            return rank
    return None


def hit_at(rank: int | None, k: int) -> bool:
    """True when the first hit is within the top k."""
    return rank is not None and rank <= k


def reciprocal_rank(rank: int | None) -> float:
    """1/rank of the first hit, 0 when nothing was hit."""
    return 1.0 / rank if rank else 0.0


def context_chars(passages: Sequence[Passage]) -> int:
    """Characters of passage text returned."""
    return sum(len(p.text) for p in passages)


def fact_found(text: str, fact: str) -> bool:
    """True when the fact occurs in the text once both are normalised."""
    needle = normalize_for_match(fact)
    return bool(needle) and needle in normalize_for_match(text)


def fact_recall(text: str, facts: Sequence[str]) -> float:
    """Share of the key facts that occur in the text (1.0 when there are none)."""
    if not facts:
        return 1.0
    return sum(fact_found(text, f) for f in facts) / len(facts)


def missing_facts(text: str, facts: Sequence[str]) -> list[str]:
    """The key facts that do not occur in the text."""
    return [f for f in facts if not fact_found(text, f)]


def evidence_cited(answer: Answer, evidence: Evidence) -> bool:
    """True when some cited passage holds the evidence."""
    return any(is_hit(c.passage, evidence) for c in answer.citations)


def citation_precision(answer: Answer, evidence: Evidence | None, facts: Sequence[str]) -> float | None:
    """Share of citations whose passage holds the evidence or a key fact; None when nothing is cited."""
    if not answer.citations:
        return None
    good = 0
    for citation in answer.citations:
        passage = citation.passage
        if (evidence is not None and is_hit(passage, evidence)) or any(fact_found(passage.text, f) for f in facts):
            good += 1
    return good / len(answer.citations)


def mean(values: Sequence[float | None]) -> float | None:
    """Mean of the values that are not None; None when there are none."""
    kept = [float(v) for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def share(flags: Sequence[bool]) -> float | None:
    """Share of true flags; None when there are none."""
    return sum(flags) / len(flags) if flags else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) by linear interpolation; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)
