"""Build a quiz: pick the material (topic, section, document or all), make items, check them, report counts."""

from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..glossary import build_acronyms, expand_query
from ..models import Passage
from ..tokens import tokenize
from .checks import failed_checks
from .facts import Fact, extract_facts
from .generate import SUPPORTED, Pools, make_item
from .models import QUESTION_TYPES, QuizItem, QuizRequestError, QuizResult
from .reword import reword_item

if TYPE_CHECKING:
    from ..core import Assistant

TOPIC_HITS = 25
RANK_TIER = 3  # passages of a topic whose facts are shuffled together
MAX_ITEMS = 200


def parse_types(types: str | Iterable[str]) -> tuple[str, ...]:
    """Question types from 'mcq,cloze' or a list; QuizRequestError naming the valid ones when unknown."""
    items = [t.strip().lower() for t in (types.split(",") if isinstance(types, str) else types) if t.strip()]
    unknown = [t for t in items if t not in QUESTION_TYPES]
    if unknown or not items:
        raise QuizRequestError(
            f"Unknown question type {', '.join(map(repr, unknown)) or '(none given)'}; "
            f"choose from {', '.join(QUESTION_TYPES)}."
        )
    return tuple(dict.fromkeys(items))


def _stems(text: str) -> set[str]:
    """Word stems so 'pooled' meets 'pooling' and 'scrutiny' meets 'scrutinised'."""
    return {re.sub(r"(?:ised|ises|ing|ed|es|y)$", "", t)[:6] for t in tokenize(text)}


@dataclass(frozen=True)
class TopicWords:
    """What being on a topic takes: half its word stems, or half the stems of the long forms of its acronyms."""

    words: frozenset[str]
    expanded: frozenset[str]  # 'CAA' as 'comprehensive area assessment', less the topic's own stems

    @classmethod
    def of(cls, topic: str, passages: list[Passage]) -> TopicWords:
        words = _stems(topic)
        return cls(frozenset(words), frozenset(_stems(expand_query(topic, build_acronyms(passages))) - words))

    def _half(self, stems: frozenset[str]) -> int:
        return max(1, math.ceil(len(stems) / 2))

    def by_acronym(self, have: set[str]) -> bool:
        return bool(self.expanded) and len(self.expanded & have) >= self._half(self.expanded)

    def touches(self, text: str) -> bool:
        """True when text holds half the topic's stems (or of its acronyms' long forms)."""
        have = _stems(text)
        return len(self.words & have) >= self._half(self.words) or self.by_acronym(have)

    def covers(self, text: str) -> bool:
        """True when text holds every stem of the topic (or half of its acronyms' long forms)."""
        have = _stems(text)
        return self.words <= have or self.by_acronym(have)


def topic_passages(
    assistant: Assistant, topic: str, doc_id: str | None = None, on: TopicWords | None = None
) -> list[Passage]:
    """Passages on the topic (whose words on gives, when already read): search hits with half its word stems, if
    one hit has them all; else an error."""
    hits = assistant.search(topic, k=TOPIC_HITS, doc_id=doc_id)
    on = on or TopicWords.of(topic, assistant.store.all_passages())
    chosen = [p for p in hits if on.touches(f"{p.label} {p.section} {p.text}")]
    whole = [on.covers(f"{p.label} {p.section} {p.text}") for p in chosen]
    if not on.words or not any(whole):  # some hit must hold every word of the topic
        best = hits[0].label if hits else "nothing"
        raise QuizRequestError(
            f"The reports do not cover the topic {topic!r}: no passage holds all its key words (best match: {best}). "
            "Try a topic the reports discuss, e.g. 'scrutiny', 'pooled budgets' or 'social network analysis'."
        )
    # The passages with every word of the topic first, each group in search order: the quiz draws on them first.
    return [p for _, p in sorted(enumerate(chosen), key=lambda ip: (not whole[ip[0]], ip[0]))]


def select_passages(
    assistant: Assistant,
    topic: str | None = None,
    section: str | None = None,
    doc_id: str | None = None,
    on: TopicWords | None = None,
) -> tuple[list[Passage], str]:
    """The passages a quiz draws on, and a description of that scope."""
    if doc_id is not None and doc_id not in {d.doc_id for d in assistant.documents()}:
        known = ", ".join(d.doc_id for d in assistant.documents())
        raise QuizRequestError(f"Unknown document {doc_id!r}; indexed documents are: {known}.")
    if topic:
        return topic_passages(assistant, topic, doc_id, on), f"topic {topic!r}"
    passages = [p for p in assistant.store.all_passages() if doc_id is None or p.doc_id == doc_id]
    scope = f"document {doc_id}" if doc_id else "whole corpus"
    if section:
        passages = [p for p in passages if section.lower() in p.section.lower()]
        if not passages:
            raise QuizRequestError(f"No passage has a section matching {section!r}; see `assistant search` for names.")
        scope = f"sections matching {section!r}" + (f" in {doc_id}" if doc_id else "")
    return passages, scope


def _interleave(facts: list[Fact], rng: random.Random, off_topic: set[int] | None = None) -> list[Fact]:
    """Facts shuffled within each kind, then taken one kind at a time so a quiz mixes kinds; when the facts come
    from passages ranked by relevance to a topic (off_topic given: the ids of the facts whose sentence is not on
    it), that is done tier by tier (RANK_TIER passages each), the facts whose own sentence is on the topic first,
    so an item comes from the most relevant passages and sentences that support its type ('the 17 case study site
    visits' of a passage on board leadership comes after every sentence about boards)."""
    if off_topic is not None:
        tier = {pid: i // RANK_TIER for i, pid in enumerate(dict.fromkeys(f.passage.id for f in facts))}
        tiers: dict[tuple[bool, int], list[Fact]] = defaultdict(list)
        for fact in facts:
            tiers[(id(fact) in off_topic, tier[fact.passage.id])].append(fact)
        return [f for t in sorted(tiers) for f in _interleave(tiers[t], rng)]
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_kind[fact.kind].append(fact)
    queues = []
    for kind in sorted(by_kind):
        group = by_kind[kind]
        rng.shuffle(group)
        queues.append(group)
    rng.shuffle(queues)
    out: list[Fact] = []
    while any(queues):
        for q in queues:
            if q:
                out.append(q.pop(0))
    return out


def generate_items(
    facts: list[Fact],
    types: Sequence[str],
    n: int,
    pools: Pools,
    seed: int,
    chat_model: Any = None,
    on: TopicWords | None = None,
) -> tuple[list[QuizItem], Counter[str], int, int, int]:
    """Items from facts, types taken in turn (facts of the best-ranked passages and sentences first when on a
    topic); returns items, drops by check, generated, first-pass, reworded."""
    rng = random.Random(seed)
    off_topic = {id(f) for f in facts if not on.touches(f"{f.topic} {f.sentence}")} if on is not None else None
    order = _interleave(facts, rng, off_topic)
    used: set[object] = set()
    stems: set[str] = set()
    items: list[QuizItem] = []
    dropped: Counter[str] = Counter()
    generated = passed = reworded = 0
    active = list(types)
    turn = 0
    quoted: set[str] = set()  # passages an item comes from: another is drawn on first, while one fits the type
    while len(items) < n and active:
        qtype = active[turn % len(active)]
        made = None
        # a sentence on the topic before one that is not, and a passage not yet drawn on before one that has been
        fresh_first = sorted(order, key=lambda f: (id(f) in (off_topic or ()), f.passage.id in quoted))
        for fact in fresh_first:
            # A glossary entry gives one item (its term and long form would give each other away).
            glossary = fact.passage.kind == "glossary"
            answer_here = ("glossary", "", fact.passage.id) if glossary else (fact.kind, fact.ident[1], fact.passage.id)
            if fact.ident[2] in used or answer_here in used or qtype not in SUPPORTED[fact.kind]:
                continue
            candidate = make_item(fact, qtype, pools, rng)
            if candidate is None:
                continue
            used.add(fact.ident[2])  # one item per sentence: items never answer each other
            used.add(answer_here)  # nor ask twice for the same answer from the same passage
            generated += 1
            failures = failed_checks(candidate, pools.corpus)
            if failures or candidate.question in stems:
                dropped.update(list(failures) or ["duplicate question"])
                continue
            passed += 1
            made, source = candidate, fact.passage.id
            break
        if made is None:
            active.remove(qtype)
            continue
        if chat_model is not None:
            better = reword_item(made, chat_model, pools.corpus)
            reworded += better is not made
            made = better
        stems.add(made.question)
        quoted.add(source)
        items.append(made)
        turn += 1
    return items, dropped, generated, passed, reworded


def build_quiz(
    assistant: Assistant,
    topic: str | None = None,
    section: str | None = None,
    doc_id: str | None = None,
    n: int = 10,
    types: str | Iterable[str] = QUESTION_TYPES,
    seed: int = 7,
    chat_model: Any = None,
) -> QuizResult:
    """A checked quiz of up to n items from the chosen material; says how many and why when fewer."""
    if not 1 <= n <= MAX_ITEMS:
        raise QuizRequestError(f"Ask for between 1 and {MAX_ITEMS} items, not {n}.")
    kinds = parse_types(types)
    on = TopicWords.of(topic, assistant.store.all_passages()) if topic else None  # read once: it costs ~0.1 s
    passages, scope = select_passages(assistant, topic, section, doc_id, on)
    pools = Pools.build(assistant.store.all_passages())
    facts = extract_facts(passages, pools.places)
    items, dropped, generated, passed, reworded = generate_items(
        facts,
        kinds,
        n,
        pools,
        seed,
        chat_model,
        on,
    )
    notes: list[str] = []
    if len(items) < n:
        usable = len({f.ident[2] for f in facts if set(SUPPORTED[f.kind]) & set(kinds)})
        notes.append(
            f"Only {len(items)} of {n} items could be made: the {len(passages)} passages in scope hold "
            f"{usable} sentences with checkable facts (numbers, named areas, lists, glossary terms, abbreviations; "
            f"one item per sentence and answer) for types {', '.join(kinds)}"
            + (f", and {sum(dropped.values())} candidates failed the checks" if dropped else "")
            + ". Widen the topic or section, or allow more question types."
        )
    missing = [t for t in kinds if t not in {i.type for i in items}]
    if missing and items:
        notes.append(f"No {', '.join(missing)} items: the material has no fact that supports that type.")
    return QuizResult(
        items=tuple(items),
        requested=n,
        scope=scope,
        passages=len(passages),
        generated=generated,
        passed_first=passed,
        dropped=dict(dropped),
        reworded=reworded,
        notes=tuple(notes),
    )
