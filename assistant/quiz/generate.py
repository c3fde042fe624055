"""Turn facts into quiz items: stems, same-kind distractors, false variants and explanations."""

from __future__ import annotations

import hashlib
import math
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..models import Passage
from ..text import normalize_for_match
from ..tokens import tokenize
from .checks import same_form
from .facts import NUMBER_KINDS, Fact, extract_facts, place_names, word_in
from .models import BLANK, Difficulty, QuizCitation, QuizItem

SUPPORTED: dict[str, tuple[str, ...]] = {
    **{k: ("mcq", "truefalse", "cloze", "short") for k in (*NUMBER_KINDS, "place", "acronym", "abbreviation")},
    "term": ("mcq", "cloze", "short"),
    "member": ("mcq", "truefalse"),
}
_NEAR_YEARS = 6  # how far from the year asked a year option may lie, when enough lie that near
_NOUN = {
    "percent": "figure", "money": "amount", "count": "number", "year": "year", "place": "area",
    "abbreviation": "abbreviation",
}  # fmt: skip
_AN_SOUND = set("AEFHILMNORSX")  # letters read with a vowel sound: 'an LAA', 'an SCS', but 'a PCT'
_ARTICLE = re.compile(r"\b(an?)\s+$", re.I)


_HEADED = {"text", "sidebar"}  # passages labelled by their heading, not by a number
_STRUCTURE = re.compile(r"^(?:chapter|appendix|section|part)\s+\d", re.I)


@dataclass
class Pools:
    """Corpus-wide material for distractors: values of each kind, lists by topic, all passage texts."""

    values: dict[str, list[str]] = field(default_factory=dict)
    lists: list[tuple[set[str], set[str]]] = field(default_factory=list)
    corpus: str = ""
    places: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # each document's title as a question names it

    @classmethod
    def build(cls, passages: list[Passage]) -> Pools:
        """Pools from every passage of the corpus."""
        places = place_names(passages)
        pools = cls(
            places=places,
            corpus="\n".join(normalize_for_match(p.text) for p in passages),
            names=document_names(p.title for p in passages),
        )
        lists: dict[str, set[str]] = {}
        for fact in extract_facts(passages, places):
            bucket = pools.values.setdefault(fact.kind, [])
            if fact.kind == "member" and _STRUCTURE.match(fact.key):
                continue  # 'Chapter 5 looks forward' says how the report is laid out: no option for another list
            if fact.key not in bucket:
                bucket.append(fact.key)
            if fact.kind == "member":
                lists.setdefault(fact.topic, set()).update(normalize_for_match(s) for s in fact.siblings)
        numbers = {"three", "four", "five", "six", "seven", "ten"}
        pools.lists = [(set(tokenize(topic)) - numbers, members) for topic, members in lists.items()]
        return pools

    def in_same_role(self, fact: Fact, value: str) -> bool:
        """True when value is a right answer to the fact's question somewhere in the corpus."""
        if fact.kind == "member":
            topic = set(tokenize(fact.topic))
            return any(topic & t and normalize_for_match(value) in m for t, m in self.lists)
        if fact.kind == "term":
            return normalize_for_match(value) in {normalize_for_match(h) for h in fact.topic.split(" | ")}
        return normalize_for_match(substitute(fact.sentence, fact.key, value)) in self.corpus


def substitute(sentence: str, key: str, value: str) -> str:
    """The sentence with the first whole-word occurrence of key replaced by value."""
    return re.sub(rf"(?<!\w){re.escape(key)}(?!\w)", lambda _: value, sentence, count=1)


def blank_out(sentence: str, terms: list[str]) -> str:
    """The sentence with every whole-word occurrence of each term replaced by the blank."""
    for term in sorted((t for t in terms if t), key=len, reverse=True):
        sentence = re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", BLANK, sentence, flags=re.I)
    return sentence


def _magnitude(value: str) -> float:
    digits = re.sub(r"[^\d.]", "", value.replace(",", ""))
    number = float(digits) if digits.strip(".") else 0.0
    if "billion" in value or "bn" in value:
        number *= 1e9
    elif "million" in value or re.search(r"\dm\b", value):
        number *= 1e6
    return number


def closeness(a: str, b: str) -> float:
    """Distance between two numeric values on a log scale (0 = equal)."""
    return abs(math.log1p(_magnitude(a)) - math.log1p(_magnitude(b)))


def fits_article(fact: Fact, value: str) -> bool:
    """True unless an abbreviation would not read after the sentence's 'a' or 'an' ('an _____' is no place for
    'PCT', whose article would give the answer away)."""
    if fact.kind != "abbreviation":
        return True
    m = _ARTICLE.search(fact.sentence[: fact.sentence.find(fact.key)])
    return m is None or (m.group(1).lower() == "an") == (value[:1] in _AN_SOUND)


def pick_distractors(fact: Fact, pools: Pools, rng: random.Random, n: int, close: bool) -> list[str]:
    """Up to n values of the fact's kind that are wrong by the reports: not in the passage, not true elsewhere."""
    key = normalize_for_match(fact.key)
    candidates = [
        v
        for v in pools.values.get(fact.kind, [])
        if normalize_for_match(v) != key
        and not word_in(v, fact.passage.text)
        and same_form([v, fact.key])
        and fits_article(fact, v)
        and not pools.in_same_role(fact, v)
    ]
    if fact.kind == "year":  # '2026' beside '2006' gives the answer away: years near the one asked, and if too
        # few are, the nearest others
        near = [v for v in candidates if abs(int(v) - int(fact.key)) <= _NEAR_YEARS]
        rest = sorted((v for v in candidates if v not in near), key=lambda v: abs(int(v) - int(fact.key)))
        candidates = near + rest[: max(0, n - len(near))]
    if close and fact.kind in NUMBER_KINDS:
        candidates.sort(key=lambda v: (closeness(v, fact.key), v))
    else:
        rng.shuffle(candidates)
        words = len(fact.key.split())  # options of like length, so the longest is not the giveaway; random among
        candidates.sort(key=lambda v: abs(len(v.split()) - words))  # equals (the sort is stable)
    chosen: list[str] = []
    for v in candidates:
        if len(chosen) == n:
            break
        if same_form([fact.key, *chosen, v]):
            chosen.append(v)
    return chosen


def short_title(title: str) -> str:
    """The title up to its first question mark or colon: 'Working better together'."""
    return re.split(r"[?:]", title)[0].strip() or title


def document_names(titles: Iterable[str]) -> dict[str, str]:
    """Each title as a question names its document: up to its first question mark or colon ('Working better
    together'), or whole when another document's title begins the same way (the 2010 summary paper's does)."""
    unique = list(dict.fromkeys(titles))
    shorts = [short_title(t) for t in unique]
    return {t: s if shorts.count(s) == 1 else t for t, s in zip(unique, shorts, strict=True)}


def _source(p: Passage, names: dict[str, str]) -> str:
    """Where a question says its fact comes from: 'Paragraph 63 of “Working better together”', or, for a passage
    whose label is a heading, 'the section “LSP progress – transformational factors” of “…”'."""
    title = names.get(p.title, short_title(p.title))
    where = f"the section “{p.label}”" if p.kind in _HEADED else p.label
    return f"{where} of “{title}”"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _verb(p: Passage, verb: str) -> str:
    """The verb agreeing with where the fact comes from: 'Paragraph 128 … lists', 'Paragraphs 131–133 … list'."""
    return verb.removesuffix("s") if p.label.lower().startswith("paragraphs ") and p.kind not in _HEADED else verb


def explanation(fact: Fact, lead: str) -> str:
    """Lead sentence, then the source (document, section, label, page) and the quoted passage sentence."""
    p = fact.passage
    page = f", p. {p.page}" if p.page else ""
    where = " — ".join(dict.fromkeys(part for part in (p.title, p.section, p.label) if part))  # a heading once
    text = f"{lead} Source: {where}{page}. The report says: “{fact.sentence}”"
    if fact.kind == "member":
        text += f" … “{fact.key}”"
    return text


def _occurrences(term: str, sentence: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(term)}(?!\w)", sentence))


def _stem(fact: Fact, qtype: str, names: dict[str, str]) -> str | None:
    src = _source(fact.passage, names)
    if fact.kind in _NOUN:
        blanked = blank_out(fact.sentence, [fact.key])
        noun = _NOUN[fact.kind]
        return {
            "mcq": f"Which {noun} completes this statement from {src}? “{blanked}”",
            "cloze": f"Fill in the blank ({src}): {blanked}",
            "short": f"Which {noun} is missing from this statement in {src}? “{blanked}”",
        }.get(qtype)
    title = names.get(fact.passage.title, short_title(fact.passage.title))
    if fact.kind == "acronym":
        return {
            "mcq": f"In the glossary of “{title}”, what does {fact.topic} stand for?",
            "cloze": f"Fill in the blank (glossary of “{title}”): {fact.topic} stands for {BLANK}.",
            "short": f"Write out {fact.topic} in full, as the glossary of “{title}” defines it.",
        }.get(qtype)
    if fact.kind == "term":
        hidden = fact.topic.split(" | ")
        blanked = blank_out(fact.sentence, hidden)
        if qtype == "cloze" and (_occurrences(fact.key, fact.sentence) != 1 or blanked.count(BLANK) != 1):
            return None
        return {
            "mcq": f"Which term does the glossary of “{title}” define like this? “{blanked}”",
            "cloze": f"Fill in the blank with the term (glossary of “{title}”): {blanked}",
            "short": f"Name the term the glossary of “{title}” defines like this: “{blanked}”",
        }.get(qtype)
    if fact.kind == "member" and qtype == "mcq":
        if fact.topic.endswith(":"):  # a lead-in as written: 'Pooling is more suitable when:'
            return f"In {src}, which of these is one of the points listed under “{fact.topic}”?"
        return f"{_capital(src)} {_verb(fact.passage, 'lists')} {fact.topic}. Which of these is one of them?"
    return None


def _statement(fact: Fact, value: str, names: dict[str, str]) -> str:
    src = _source(fact.passage, names)
    if fact.kind == "acronym":
        title = names.get(fact.passage.title, short_title(fact.passage.title))
        return f"True or false? In “{title}”, {fact.topic} stands for “{value}”."
    if fact.kind == "member":
        if fact.topic.endswith(":"):
            return f"True or false? In {src}, “{value}” is one of the points listed under “{fact.topic}”"
        return f"True or false? {_capital(src)} {_verb(fact.passage, 'lists')} “{value}” among its {fact.topic}."
    said = substitute(fact.sentence, fact.key, value)
    return f"True or false? {_capital(src)} {_verb(fact.passage, 'states')}: “{said}”"


def make_item(fact: Fact, qtype: str, pools: Pools, rng: random.Random) -> QuizItem | None:
    """One item of the given type about the fact, or None when the fact cannot carry that type."""
    if qtype not in SUPPORTED.get(fact.kind, ()):
        return None
    if fact.kind in _NOUN and _occurrences(fact.key, fact.sentence) != 1:
        return None
    ident = hashlib.sha1(repr((qtype, fact.ident)).encode()).hexdigest()[:12]
    base: dict[str, Any] = {
        "id": ident,
        "type": qtype,
        "citation": QuizCitation.of(fact.passage),
        "kind": fact.kind,
        "key": fact.key,
        "quote": fact.sentence,
    }
    if qtype == "truefalse":
        swaps = pick_distractors(fact, pools, rng, 1, close=False) if rng.random() < 0.5 else []
        if swaps:
            lead = f"False: the report gives “{fact.key}”, not “{swaps[0]}”."
            return QuizItem(
                **base,
                question=_statement(fact, swaps[0], pools.names),
                answer="False",
                swapped=swaps[0],
                explanation=explanation(fact, lead),
                difficulty="easy",
            )
        return QuizItem(
            **base,
            question=_statement(fact, fact.key, pools.names),
            answer="True",
            explanation=explanation(fact, "True."),
            difficulty="easy",
        )
    stem = _stem(fact, qtype, pools.names)
    if stem is None:
        return None
    lead = f"The answer is “{fact.key}”."
    if qtype == "mcq":
        close = fact.kind in NUMBER_KINDS and rng.random() < 0.5
        distractors = pick_distractors(fact, pools, rng, 3, close=close)
        if len(distractors) < 3:
            return None
        options = [fact.key, *distractors]
        rng.shuffle(options)
        level: Difficulty = "easy" if fact.kind == "acronym" else "hard" if close else "medium"
        return QuizItem(
            **base,
            question=stem,
            options=tuple(options),
            answer=fact.key,
            explanation=explanation(fact, lead),
            difficulty=level,
        )
    plain: Difficulty = "medium" if qtype == "cloze" or fact.kind == "acronym" else "hard"
    return QuizItem(**base, question=stem, answer=fact.key, explanation=explanation(fact, lead), difficulty=plain)
