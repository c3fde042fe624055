"""Deterministic fact extraction from passages: numbers, places in case studies, lists, glossary terms, and the
reports' abbreviations as their sentences use them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..glossary import _initials_match, build_acronyms
from ..models import Passage
from ..text import normalize_for_match
from ..tokens import NUMBER_OF
from ..units import points_back

NUMBER_KINDS = ("percent", "money", "count", "year")
_SENTENCE_KINDS = {"paragraph", "summary", "recommendations", "case_study", "sidebar", "appendix", "text"}

_PERCENT = re.compile(r"\b\d{1,3}(?:\.\d)? per cent\b")
_MONEY = re.compile(r"£\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|bn|m|k)\b)?")
_YEAR = re.compile(r"(?<![\d£.,/])\b(?:19[89]\d|20[0-2]\d)\b(?![\d,/])")
_COUNT = re.compile(r"(?<![\d£.,/:–-])\b([1-9]\d{0,2})\s+(?!per\b)([a-z][a-z-]+)")
_NOT_COUNT_BEFORE = re.compile(
    r"(?:Ref\.|Figure|Table|[Pp]aragraphs?|[Cc]ase [Ss]tudy|Appendix|s\.|Section|page|p\.|Act|Chapter)\s*$"
)
_NOT_YEAR_BEFORE = re.compile(r"(?:Act|Commission,|Ref\.|\(\w+)\s*$")
_POSSESSIVE = re.compile(r"\b([A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?)’s\b")
_BEFORE_BODY = re.compile(r"\b([A-Z][a-z]{3,})(?= (?:City|County|LSP|SNA|Partnership|Strategic)\b)")
_IN_PLACE = re.compile(r"\b[Ii]n ([A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?)\b")
_NOT_PLACES = {
    "Audit",
    "Commission",
    "Community",
    "Local",
    "Affordable",
    "Economic",
    "Safer",
    "Citizens",
    "Big",
    "Strategic",
    "Vision",
    "Learning",
    "National",
    "Access",
    "Case",
    "Study",
    "Source",
    "County",
    "City",
    "Council",
    "Partnership",
    "Coordinators",
    "Government",
    "Health",
    "Children",
    "England",
    "Wales",
    "March",
    "April",
    "November",
    "Jobcentre",
    "Network",
    "Rail",
    "Quilt",
    "Pride",
    "Place",
    "Board",
    "Group",
}
_PAREN_LIST = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|7S)\b([^()\n.:;]{0,70}?)\s*\(([^()]{5,240})\)"
)
_BULLET_INTRO = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten)\b([^:\n]{0,60}):\s*$", re.I)
_LEAD_IN = re.compile(r"^[A-Z][^:•\n]{10,90}:\s*$")  # 'Pooling is more suitable when:', no size stated
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_SPLIT = re.compile(r"(?<=[.!?’”])\s+(?=[‘“'\"(]?[A-Z0-9£•])")
_ABBREV = re.compile(r"(?:^|[\s(])(?:Ref|e\.g|i\.e|etc|No|para|s|St|Mr|Dr|Prof|vs|p)\.$")
_FOOTNOTE = re.compile(r"(?<=[.;’”])(?:I{1,3}|IV|VI{0,3})$")
_REF = re.compile(r"\s*\(Ref\.?\s*\d+\)")
_GLOSSARY = re.compile(r"^([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?):\s+(.+)$", re.S)


@dataclass(frozen=True)
class Fact:
    """One checkable fact: a key term, the passage sentence that states it, and what kind of term it is."""

    kind: str  # percent, money, count, year, place, acronym, term, member, abbreviation
    key: str
    sentence: str
    passage: Passage
    topic: str = ""  # acronym for 'acronym'; list name for 'member'
    siblings: tuple[str, ...] = ()  # other right answers to the same question (list members)

    @property
    def ident(self) -> tuple[str, str, str]:
        """What the fact asks: kind, key and sentence, normalised; two items never share it."""
        return (self.kind, normalize_for_match(self.key), normalize_for_match(self.sentence))


def word_in(term: str, text: str) -> bool:
    """True when term occurs in text as whole words, after normalisation."""
    t = normalize_for_match(term)
    return bool(t) and re.search(rf"(?<!\w){re.escape(t)}(?!\w)", normalize_for_match(text)) is not None


def split_sentences(text: str) -> list[str]:
    """Sentences of a passage, one bullet item each; abbreviations such as 'Ref.' and 's.' do not end one."""
    out: list[str] = []
    for block in text.split("\n"):
        merged: list[str] = []
        for piece in _SPLIT.split(block.strip()):
            if merged and _ABBREV.search(merged[-1]):
                merged[-1] += " " + piece
            elif piece:
                merged.append(piece)
        out.extend(_closed(_FOOTNOTE.sub("", m.lstrip("• ").strip())) for m in merged if m.strip())
    return out


def _closed(sentence: str) -> str:
    """The sentence without a closing quote mark it never opened: the last sentence of a quotation ('…that have
    been achieved.’') stands alone in a quiz stem with no stray mark."""
    for opening, closing in (("‘", "’"), ("“", "”")):
        if re.search(rf"[.!?…]{closing}$", sentence) and opening not in sentence:
            return sentence[:-1]
    return sentence


def _usable(sentence: str) -> bool:
    words = sentence.split()
    return (
        8 <= len(words) <= 60
        and sentence[:1].isupper()
        and not sentence.startswith(("Source", "Ref", "Figure", "Table", "Case study", "Case Study"))
        and not sentence.rstrip().endswith((":", "?"))
        and not points_back(sentence)  # 'It used data from the _____ Observatory': what 'it' is was said before
    )


def usable_sentences(passage: Passage) -> list[str]:
    """The sentences of a passage of prose that can carry a quiz item: of a fair length, standing on their own."""
    if passage.kind not in _SENTENCE_KINDS:
        return []
    return [s for s in split_sentences(passage.text) if _usable(s)]


def number_facts(passage: Passage) -> list[Fact]:
    """Percentages, £ amounts, counts and years with the sentence that states each."""
    facts: list[Fact] = []
    for sentence in usable_sentences(passage):
        for m in _PERCENT.finditer(sentence):
            facts.append(Fact("percent", m.group(0), sentence, passage))
        for m in _MONEY.finditer(sentence):
            facts.append(Fact("money", m.group(0).strip(), sentence, passage))
        for m in _YEAR.finditer(sentence):
            if not _NOT_YEAR_BEFORE.search(sentence[: m.start()]):
                facts.append(Fact("year", m.group(0), sentence, passage))
        for m in _COUNT.finditer(sentence):
            value = int(m.group(1))
            if value < 3 or _NOT_COUNT_BEFORE.search(sentence[: m.start()]) or m.group(2) in {"per", "to", "and"}:
                continue
            facts.append(Fact("count", m.group(1), sentence, passage))
    return facts


def place_names(passages: Iterable[Passage]) -> list[str]:
    """Areas and councils named in the case studies (possessives, 'in X', 'X City/LSP/Partnership')."""
    seen: dict[str, None] = {}
    for p in passages:
        if p.kind != "case_study":
            continue
        for pattern in (_POSSESSIVE, _BEFORE_BODY, _IN_PLACE):
            for m in pattern.finditer(p.text):
                name = m.group(1)
                words = name.split()
                if not set(words) & _NOT_PLACES and len(set(words)) == len(words):
                    seen.setdefault(name, None)
    return sorted(seen)


def place_facts(passage: Passage, places: list[str]) -> list[Fact]:
    """Sentences of a case study naming an area or council: 'which council did X'."""
    if passage.kind != "case_study":
        return []
    facts: list[Fact] = []
    for sentence in split_sentences(passage.text):
        if not _usable(sentence):
            continue
        named = [p for p in places if word_in(p, sentence)]
        if len(named) == 1:
            facts.append(Fact("place", named[0], sentence, passage))
    return facts


def _list_items(inner: str) -> list[str]:
    items = [i.strip(" .;•") for i in _LIST_SPLIT.split(inner)]
    return [re.sub(r"\s+", " ", i) for i in items if i]


def list_facts(passage: Passage) -> list[Fact]:
    """Members of lists whose size the passage states: 'three layers (a, b, and c)' or 'five principles:' bullets."""
    facts: list[Fact] = []
    for sentence in split_sentences(passage.text):
        for m in _PAREN_LIST.finditer(sentence):
            word, noun, inner = m.group(1), m.group(2).strip(), m.group(3)
            count = 7 if word == "7S" else NUMBER_OF[word.lower()]
            items = _list_items(inner)
            if count < 3 or len(items) != count or any(len(i.split()) > 6 for i in items):
                continue
            topic = "seven elements of the public sector 7S framework" if word == "7S" else f"{word.lower()} {noun}"
            topic = _REF.sub("", topic)
            facts.extend(Fact("member", i, sentence, passage, topic, tuple(items)) for i in items)
    lines = passage.text.split("\n")
    for idx, line in enumerate(lines):
        intro = _BULLET_INTRO.search(line)
        if not intro and not _LEAD_IN.match(line.strip()):
            continue
        bullets: list[str] = []
        rest = lines[idx + 1 :]
        for nxt in rest:
            if not nxt.startswith("•"):
                break
            bullets.append(re.sub(r"[;.,]?\s*(?:and|or)?$", "", nxt.lstrip("• ").strip()).strip())
        if any(len(b.split()) > 14 for b in bullets):
            continue
        if intro:
            if len(bullets) != NUMBER_OF[intro.group(1).lower()]:
                continue
            topic = _REF.sub("", f"{intro.group(1).lower()} {intro.group(2).strip()}")
            if len(topic.split()) > 8:
                continue
        else:  # a list its lead-in does not count: whole only when it ends at plain text, not at a sub-item
            after = rest[len(bullets)] if len(rest) > len(bullets) else ""
            nested = after.lstrip().startswith("-") or any(b.endswith(":") for b in bullets)  # a list within
            if not 3 <= len(bullets) <= 10 or nested or any(len(b.split()) < 2 for b in bullets):
                continue
            topic = f"{_REF.sub('', line.strip()[:-1]).strip()}:"  # the lead-in as written, its colon marking it
        facts.extend(Fact("member", b, line, passage, topic, tuple(bullets)) for b in bullets)
    return facts


def glossary_facts(passage: Passage, acronyms: dict[str, str]) -> list[Fact]:
    """From a glossary entry: the acronym's long form, and the term behind its definition."""
    if passage.kind != "glossary":
        return []
    m = _GLOSSARY.match(passage.text)
    if not m:
        return []
    term, body = m.group(1), m.group(2)
    sentences = split_sentences(body)
    facts: list[Fact] = []
    acronym = term[:-1] if term.endswith("s") and term[:-1].isupper() else term
    first = sentences[0].rstrip(".") if sentences else ""
    definition = sentences[0] if sentences else ""
    if acronym.isupper() and first and _initials_match(first.split(), acronym) and len(first.split()) <= 10:
        facts.append(Fact("acronym", first, f"{term}: {first}.", passage, topic=term))
        definition = sentences[1] if len(sentences) > 1 else ""
    if definition and len(definition.split()) >= 8:
        hide = [term, acronym, acronyms.get(acronym, "")]
        facts.append(Fact("term", term, definition, passage, topic=" | ".join(h for h in hide if h)))
    return facts


def abbreviation_facts(passage: Passage, acronyms: dict[str, str]) -> list[Fact]:
    """The glossary's abbreviations each sentence uses once ('When the Secretary of State signs an LAA…'), where
    the sentence does not spell it out beside it ('comprehensive area assessment (CAA)' gives the answer away)."""
    facts: list[Fact] = []
    for sentence in usable_sentences(passage):
        plain = normalize_for_match(sentence)
        for acronym, long_form in acronyms.items():
            used = re.findall(rf"(?<![\w/]){re.escape(acronym)}(?![\w/])", sentence)
            if len(used) == 1 and normalize_for_match(long_form) not in plain:
                facts.append(Fact("abbreviation", acronym, sentence, passage))
    return facts


def extract_facts(passages: Iterable[Passage], places: list[str] | None = None) -> list[Fact]:
    """Every fact in the passages, in passage order, without duplicates."""
    passages = list(passages)
    places = place_names(passages) if places is None else places
    acronyms = build_acronyms(passages)
    seen: set[tuple[str, str, str]] = set()
    out: list[Fact] = []
    for p in passages:
        found = (*number_facts(p), *place_facts(p, places), *list_facts(p), *glossary_facts(p, acronyms))
        for fact in (*found, *abbreviation_facts(p, acronyms)):
            if fact.ident not in seen:
                seen.add(fact.ident)
                out.append(fact)
    return out
