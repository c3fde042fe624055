"""Acronym table built from the corpus itself (glossary entries and 'long form (ACR)' definitions)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .models import Passage

_GLOSSARY_ENTRY = re.compile(r"^([A-Z][A-Za-z]{1,7}):\s+([^.]+)\.")
_INLINE = re.compile(r"((?:[A-Za-z][\w’'-]*\s+){1,7}?[A-Za-z][\w’'-]*)\s+\(([A-Z][A-Z0-9]{1,6})s?\)")
_SMALL = {"and", "of", "for", "the", "in", "to", "on", "a"}
_ACRONYM = re.compile(r"\b([A-Z][A-Z0-9]{2,5})s?\b")
_SMALL_WORD = "|".join(sorted(_SMALL))
_STATUTE = {"Act", "Acts"}
_RUN = re.compile(rf"[A-Z][a-z][\w’'-]*(?:\s+(?:(?:{_SMALL_WORD})\s+)*[A-Z][a-z][\w’'-]*)+")  # capitalised words


def _initials_match(words: list[str], acronym: str) -> bool:
    letters = "".join(w[0] for w in words if w.lower() not in _SMALL).upper()
    return letters == acronym.upper() or letters.endswith(acronym.upper())


def _trim(long_form: str, acronym: str) -> str | None:
    """The shortest tail of long_form whose initials spell the acronym."""
    words = long_form.split()
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if _initials_match(tail, acronym):
            return " ".join(tail)
    return None


def build_acronyms(passages: Iterable[Passage]) -> dict[str, str]:
    """Map each acronym used in the corpus to its long form; glossary entries win over inline ones."""
    table: dict[str, str] = {}
    inline: dict[str, str] = {}
    for p in passages:
        if p.kind == "glossary":
            m = _GLOSSARY_ENTRY.match(p.text)
            if m:
                acronym = (
                    m.group(1).rstrip("s") if m.group(1).endswith("s") and m.group(1)[:-1].isupper() else m.group(1)
                )
                long_form = m.group(2).strip()
                if acronym.isupper() and len(long_form.split()) <= 10:
                    table[acronym] = long_form
        for m in _INLINE.finditer(p.text):
            acronym = m.group(2)
            long_form = _trim(m.group(1), acronym)
            if long_form and acronym not in inline:
                inline[acronym] = long_form
    for acronym, long_form in inline.items():
        table.setdefault(acronym, long_form)
    return table


def discriminative(acronyms: dict[str, str], passages: list[Passage], max_share: float = 0.15) -> dict[str, str]:
    """The acronyms rare enough in the corpus that expanding them sharpens a query (LSP, used everywhere, is not)."""
    if not passages:
        return acronyms
    keep = {}
    for acronym, long_form in acronyms.items():
        pattern = re.compile(rf"\b{re.escape(acronym)}s?\b")
        share = sum(1 for p in passages if pattern.search(p.text)) / len(passages)
        if share <= max_share:
            keep[acronym] = long_form
    return keep


def expand_query(query: str, acronyms: dict[str, str]) -> str:
    """The query with each acronym's long form, or each long form's acronym, appended."""
    extra: list[str] = []
    lowered = query.lower()
    for acronym, long_form in acronyms.items():
        if re.search(rf"\b{re.escape(acronym)}s?\b", query):
            if long_form.lower() not in lowered:
                extra.append(long_form)
        elif long_form.lower().rstrip("s") in lowered:
            extra.append(acronym)
    return f"{query} ({'; '.join(extra)})" if extra else query


def to_acronyms(query: str, acronyms: dict[str, str]) -> str:
    """The query with each long form of acronyms written as its acronym ('local strategic partnerships' → 'LSPs'),
    so a long form and its acronym read alike."""
    for acronym, long_form in acronyms.items():
        words = r"\s+".join(re.escape(w) for w in long_form.rstrip("s").split())
        query = re.sub(rf"\b{words}(s?)\b", rf"{acronym}\1", query, flags=re.I)
    return query


def acronyms_spelled_out(query: str, acronyms: dict[str, str]) -> list[str]:
    """The acronyms whose long form the query spells out ('delivery chain analysis' → 'DCA')."""
    lowered = query.lower()
    return [
        acronym
        for acronym, long_form in acronyms.items()
        if long_form.lower().rstrip("s") in lowered and not re.search(rf"\b{re.escape(acronym)}s?\b", query)
    ]


def bare_acronym(term: str) -> str | None:
    """The acronym a term is, standing alone and perhaps plural ('GOSE', 'PCT' of 'PCTs'), else None."""
    bare = re.fullmatch(r"(?P<acronym>[A-Z][A-Z0-9]{1,6}?)s?", term.strip())
    return bare.group("acronym") if bare else None


def unexplained_acronyms(passages: Iterable[Passage], acronyms: dict[str, str]) -> frozenset[str]:
    """The acronyms of three letters or more the reports use but never spell out ('OSP', 'NHS')."""
    used = {m.group(1) for p in passages for m in _ACRONYM.finditer(p.text)}
    return frozenset(a for a in used if a.isalpha() and a not in acronyms)


def to_initials(query: str, acronyms: frozenset[str], everyday: frozenset[str] | None = None) -> str:
    """The query with each run of capitalised words whose initials spell one of these acronyms written as the
    acronym ('the Oxford Strategic Partnership' → 'the OSP'), so a name the reports only abbreviate is found; given
    the everyday words (those the reports write in lower case), only a run naming a body ('Partnership') or made of
    everyday words ('Local Government Association'), not a person's name ('Oliver Smith Price')."""

    def shorten(m: re.Match[str]) -> str:
        words = m.group(0).split()
        for size in range(len(words), 1, -1):  # the longest sub-run first
            for start in range(len(words) - size + 1):
                part = words[start : start + size]
                if {part[0].lower(), part[-1].lower()} & _SMALL:
                    continue  # 'The National Health Service' keeps its 'The'
                if part[-1] in _STATUTE:
                    continue  # 'the Local Government Act' is no 'LGA' (the Local Government Association): the reports
                    # shorten a statute's name before its 'Act' ('the LGPIH Act'), never with it
                letters = "".join(w[0] for w in part if w.lower() not in _SMALL)
                if letters in acronyms and (everyday is None or _a_body(part, everyday)):
                    owner = re.search(r"[’']s$", part[-1])  # 'the Department for Communities and Local Government's'
                    shortened = letters + (owner.group(0) if owner else "")
                    return " ".join([*words[:start], shortened, *words[start + size :]])
        return m.group(0)

    return _RUN.sub(shorten, query)


_BODY = {
    "Agency", "Association", "Authority", "Board", "Centre", "Commission", "Committee", "Council", "Department",
    "Executive", "Fund", "Group", "Institute", "Ministry", "Network", "Observatory", "Office", "Panel",
    "Partnership", "Trust", "University",
}  # fmt: skip  # the words that make a run of capitals the name of a body ('the Learning and Skills Council')
_NAME_RUN = re.compile(rf"(?<![\w’'])[A-Z][a-z][\w’'-]*(?:[ \t]+(?:(?:{_SMALL_WORD})[ \t]+)*[A-Z][a-z][\w’'-]*)+")
_DOMINANT = 3  # the name initials stand for must be this many times as common as all the others together
_FEW_LETTERS = 5  # an initialism of two letters ('AC') stands for a name only if the reports write it this often


def name_initials(
    passages: Iterable[Passage], acronyms: dict[str, str], everyday: frozenset[str] | None = None
) -> dict[str, str]:
    """The initials of the bodies the reports name in full but never abbreviate, each with the name ('LSC' →
    'Learning and Skills Council', 'AC' → 'Audit Commission'), so a question using the initials an officer knows
    finds the name. A name must be of everyday words the reports also write in lower case (not 'Portsmouth City
    Council', whose 'PCC' an officer means otherwise); initials the reports use for something, or that stand for
    several names about as often, are left out. everyday: the passages' everyday words, if already known."""
    passages = list(passages)
    used = {m.group(0) for p in passages for m in re.finditer(r"\b[A-Z][A-Z0-9]+\b", p.text)}
    lower = everyday if everyday is not None else everyday_words(passages)
    counts: dict[str, dict[str, int]] = {}
    for p in passages:
        for m in _NAME_RUN.finditer(p.text):
            written = m.group(0).split()
            while written and written[0] in {"The", "A", "An"}:
                written = written[1:]
            written[-1:] = [re.sub(r"['’]s$", "", w) for w in written[-1:]]  # 'the Audit Commission’s report'
            words = [re.sub(r"['’]s$", "", w) for w in written]
            if len(words) < 2 or not {words[0], words[-1]} & _BODY:
                continue
            if any(w != b and b in _BODY for w, b in zip(written[:-1], words[:-1], strict=True)):
                continue  # 'the Authority’s Chief Executive': a body's post, not a body's name
            if any(w.lower() not in lower for w in words if w.lower() not in _SMALL):
                continue
            letters = "".join(w[0] for w in words if w.lower() not in _SMALL)
            if letters not in used and letters not in acronyms:
                forms = counts.setdefault(letters, {})
                name = " ".join(written)
                forms[name] = forms.get(name, 0) + 1
    table: dict[str, str] = {}
    for letters, forms in counts.items():
        (name, n), *others = sorted(forms.items(), key=lambda f: -f[1])
        if (
            2 <= len(letters) <= 6
            and n >= _DOMINANT * sum(c for _, c in others)
            and (len(letters) > 2 or n >= _FEW_LETTERS)
        ):
            table[letters] = name
    return table


def _a_body(words: list[str], everyday: frozenset[str]) -> bool:
    """True for capitalised words naming a body: one of them a body's word, or all everyday words."""
    bare = [re.sub(r"['’]s$", "", w) for w in words]  # 'the Oxford Strategic Partnership's forum'
    return bool(set(bare) & _BODY) or all(w.lower() in everyday for w in bare if w.lower() not in _SMALL)


def everyday_words(passages: Iterable[Passage]) -> frozenset[str]:
    """The words the passages write in lower case somewhere."""
    return frozenset(w for p in passages for w in re.findall(r"\b[a-z][a-z-]+\b", p.text))


def from_initials(query: str, initials: dict[str, str]) -> str:
    """The query with initials the reports never use written as the name they stand for ('the LSC' → 'the
    Learning and Skills Council')."""
    if not initials:
        return query
    pattern = re.compile(rf"\b({'|'.join(map(re.escape, sorted(initials, key=len, reverse=True)))})(?=(?:['’]s)?\b)")
    return pattern.sub(lambda m: initials[m.group(1)], query)
