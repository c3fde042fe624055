"""The default answerer: picks the sentences of the retrieved passages that answer the question, and cites them."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .models import Answer, Citation, Passage
from .prompts import CANNOT_ANSWER
from .retrieval import Scored, tokenize
from .text import split_sentences

_LIST_Q = re.compile(
    r"\b(what are|which are|list|name|what were|outline|what (?:five|four|six|seven|three|two|twelve|ten)|"
    r"(?:two|three|four|five|six|seven|eight|ten|twelve) (?:\w+ )?(?:layers|levels|elements|stages|principles|"
    r"questions|themes|ingredients|issues|barriers|obstacles|arrangements|ways|types|steps|roles|factors|"
    r"dynamics|aspects|aims|things|groups|areas|recommendations)|what should|what does .* include|what did .* include)\b",
    re.I,
)
_DEFINITION_Q = re.compile(r"^\s*(what|who)\s+(is|are|was|were)\s+(an?\s+|the\s+)?([\w’'\- ]{2,40}?)\??\s*$", re.I)
_NUMBER_Q = re.compile(r"\b(how (many|much|often|long)|what (percentage|proportion|share|per cent)|when)\b", re.I)


@dataclass(frozen=True)
class Pick:
    """A sentence chosen for the answer, with the passage it came from."""

    passage_index: int
    position: int
    text: str
    score: float


def _idf(term: str, idf: dict[str, float]) -> float:
    return idf.get(term, max(idf.values(), default=1.0))


def coverage(question_terms: list[str], text: str, idf: dict[str, float]) -> float:
    """Share of the question's IDF weight whose terms occur in text (0..1)."""
    if not question_terms:
        return 0.0
    tokens = set(tokenize(text))
    total = sum(_idf(t, idf) for t in set(question_terms))
    hit = sum(_idf(t, idf) for t in set(question_terms) if t in tokens)
    return hit / total if total else 0.0


def support(question_terms: list[str], hits: list[Scored], idf: dict[str, float]) -> float:
    """How well the best retrieved passage supports an answer: dense similarity and term coverage blended."""
    if not hits:
        return 0.0
    return max(0.5 * h.dense + 0.5 * coverage(question_terms, f"{h.passage.label} {h.passage.text}", idf) for h in hits[:3])


def score_sentence(sentence: str, question_terms: set[str], idf: dict[str, float], rank_prior: float) -> float:
    """IDF-weighted overlap of a sentence with the question, softly normalised by length, plus a rank prior."""
    tokens = set(tokenize(sentence))
    if not tokens:
        return 0.0
    overlap = sum(_idf(t, idf) for t in question_terms & tokens)
    return overlap / math.sqrt(len(tokens) + 4) + rank_prior


def list_block(passage: Passage, question_terms: set[str], idf: dict[str, float]) -> list[str] | None:
    """The best-matching 'lead-in: • item • item' block of a passage, whole, or None."""
    lines = passage.text.split("\n")
    best: tuple[float, list[str]] | None = None
    for i, line in enumerate(lines):
        if line.startswith("•"):
            continue
        items = []
        for nxt in lines[i + 1 :]:
            if not nxt.startswith("•"):
                break
            items.append(nxt)
        if len(items) < 2:
            continue
        lead = split_sentences(line)[-1] if split_sentences(line) else line
        score = score_sentence(lead + " " + " ".join(items), question_terms, idf, 0.0)
        if best is None or score > best[0]:
            best = (score, [lead, *items])
    return best[1] if best else None


class ExtractiveAnswerer:
    """Answers by quoting the best sentences of the retrieved passages, each with an [n] marker."""

    name = "extractive"

    def __init__(self, idf: dict[str, float], max_chars: int = 500, max_sentences: int = 4, min_support: float = 0.3):
        self.idf = idf
        self.max_chars = max_chars
        self.max_sentences = max_sentences
        self.min_support = min_support

    def refuse(self, question: str, hits: list[Scored], standalone: str) -> Answer:
        """The fixed refusal, naming what the corpus covers nearby when retrieval found something."""
        text = CANNOT_ANSWER
        if hits:
            near = ", ".join(dict.fromkeys(h.passage.label for h in hits[:2]))
            text += f" The nearest passages ({near}) do not answer it."
        return Answer(question=question, text=text, refused=True, standalone_question=standalone, answerer=self.name)

    def answer(self, question: str, hits: list[Scored], standalone: str | None = None) -> Answer:
        """An answer of a few cited sentences, a whole cited list, or the refusal."""
        standalone = standalone or question
        terms = tokenize(standalone)
        if support(terms, hits, self.idf) < self.min_support:
            return self.refuse(question, hits, standalone)
        qset = set(terms)
        passages = [h.passage for h in hits]
        picks = self._pick(standalone, qset, hits)
        if not picks:
            return self.refuse(question, hits, standalone)
        return self._compose(question, standalone, picks, passages)

    def _pick(self, question: str, qset: set[str], hits: list[Scored]) -> list[Pick]:
        if _LIST_Q.search(question):
            for idx, h in enumerate(hits[:2]):
                block = list_block(h.passage, qset, self.idf)
                if block and score_sentence(" ".join(block), qset, self.idf, 0) > 0.5:
                    return [Pick(idx, k, line, 1.0) for k, line in enumerate(block)]
        definition = _DEFINITION_Q.match(question)
        if definition:
            for idx, h in enumerate(hits[:3]):
                if h.passage.kind == "glossary" and h.passage.label.split(": ", 1)[-1].lower().rstrip("s") in question.lower():
                    sentences = split_sentences(h.passage.text)[:2]
                    return [Pick(idx, k, s, 1.0) for k, s in enumerate(sentences)]
        candidates: list[Pick] = []
        top = hits[0].score if hits else 1.0
        for idx, h in enumerate(hits):
            prior = 0.35 * (h.score / top) if top else 0.0
            for pos, sentence in enumerate(split_sentences(h.passage.text)):
                if len(sentence) < 25 or sentence.startswith("Source:"):
                    continue
                s = score_sentence(sentence, qset, self.idf, prior)
                if _NUMBER_Q.search(question) and re.search(r"\d", sentence):
                    s += 0.3
                candidates.append(Pick(idx, pos, sentence, s))
        candidates.sort(key=lambda p: -p.score)
        if not candidates:
            return []
        best = candidates[0].score
        chosen: list[Pick] = []
        length = 0
        for c in candidates:
            if len(chosen) >= self.max_sentences or c.score < best * 0.55:
                break
            if length + len(c.text) > self.max_chars and chosen:
                continue
            chosen.append(c)
            length += len(c.text)
        return chosen

    def _compose(self, question: str, standalone: str, picks: list[Pick], passages: list[Passage]) -> Answer:
        order = list(dict.fromkeys(p.passage_index for p in sorted(picks, key=lambda p: p.passage_index)))
        number = {idx: n for n, idx in enumerate(order, start=1)}
        picks = sorted(picks, key=lambda p: (number[p.passage_index], p.position))
        is_list = len(picks) > 2 and all(p.score == 1.0 for p in picks) and picks[1].text.startswith("•")
        parts: list[str] = []
        for p in picks:
            marker = f" [{number[p.passage_index]}]"
            text = p.text.rstrip()
            parts.append(text + marker if not text.endswith(":") or not is_list else text + marker)
        body = "\n".join(parts) if is_list else " ".join(parts)
        citations = tuple(
            Citation(
                number=number[idx],
                passage=passages[idx],
                quote=" ".join(p.text for p in picks if p.passage_index == idx),
            )
            for idx in order
        )
        return Answer(question=question, text=body, citations=citations, standalone_question=standalone, answerer=self.name)
