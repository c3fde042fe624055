"""Checks that an extracted answer really speaks to the question: its names, years and quantities."""

from __future__ import annotations

import os
import re

from .text import split_sentences, without_exclusion
from .tokens import tokenize

RATE_Q = r"^\s*what\b[^?]*\b(?:rate|ratio|score)s?\b"  # 'What household recycling rate…?'
CONTRAST_Q = re.compile(
    r"\b(?:differences?|differs?|compare[ds]?|comparison|contrast|versus|vs)\b|\brather than\b|"
    r"\binstead of\b|\bwhich\b.*\band which\b",
    re.I,
)  # 'What is the difference between aligning and pooling?', 'How does a CDRP differ from an LSP?', 'When should
# we pool rather than align?'
COMPARE_Q = re.compile(rf"{CONTRAST_Q.pattern}|\bbetween\b[^?]*\band\b", re.I)  # 'split between X and Y' too
_QUANTITY_Q = re.compile(
    r"^\s*(how (many|much|big|often|long|large)|what (proportion|percentage|share|rate|total|amount|budget)|"
    rf"what was the total)\b|\b(how many|how much)\b|{RATE_Q}",
    re.I,
)
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|million|billion|"
    "half|quarter|third|fifth|tenth|dozen"
)  # the words the reports write figures with
_QUANTITY = re.compile(rf"\d|£|\bper cent\b|\b(?:{_NUMBER_WORDS})\b", re.I)
_HOW_MANY = re.compile(r"\bhow\s+many\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DOC_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+(?:national\s+|summary\s+)?(?:study|report|paper|survey|document)\b", re.I)
_AUTHOR_Q = re.compile(
    r"^\s*who\s+(?:wrote|authored|drafted|compiled|researched|(?:led|directed|conducted|carried\s+out|did|ran)\s+"
    r"(?:the\s+)?(?:[\w’'\-]+\s+){0,2}?(?:study|research|report|fieldwork)\b)",
    re.I,
)  # 'Who wrote the report?', 'Who led the study?'; not 'Who led the Warwickshire board?'
_AUTHORSHIP = re.compile(
    r"\b(?:wr[io]te|written|writers?|authors?|authored|drafted|compiled|undertook\s+(?:the\s+)?research|"
    r"study\s+director|(?:prepared|produced|published)\s+by)\b",
    re.I,
)
_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]+(?:['’]s)?|[A-Z]{2,6}s?)\b")
_GENERIC_NAMES = {
    "I", "LSP", "LSPs", "The", "What", "How", "Which", "Who", "When", "Why", "Is", "Are", "Does", "Do", "Did",
    "Can", "Could", "Should", "Audit", "Commission", "Commission’s", "Commission's", "Act", "England", "English",
    "Council", "Councils", "Government", "Partnership", "Partnerships", "Local", "Strategic", "Appendix", "Chapter",
}  # fmt: skip


_PLACE = (
    r"(?:the\s+|its\s+)?(?:[\w’'\-]+\s+){0,3}?(?:summary|look|paper|report|study|chapter|timeline|figure|table|"
    r"glossary|recommendations|appendix|introduction|conclusions?)"
)  # 'the forward look', 'the report's timeline figure', 'the Oxford officer's summary'
_LOCATOR = re.compile(rf"\s*,?\s*\b(?:according to|in|from)\s+{_PLACE}(?:\s+figure)?\s*\??\s*$", re.I)
_LEADING_LOCATOR = re.compile(rf"^\s*(?:according to|in)\s+{_PLACE}\s*,\s*", re.I)


_CONTRACTIONS = (
    (re.compile(r"\b(what|who|where|how|when|why|that|there|it)['’]s\b", re.I), r"\1 is"),
    (re.compile(r"\bcan['’]t\b", re.I), "cannot"),
    (re.compile(r"\bwon['’]t\b", re.I), "will not"),
    (re.compile(r"\b(\w+)n['’]t\b", re.I), r"\1 not"),
)


def uncontracted(question: str) -> str:
    """The question with its contractions spelled out ('What's the yearly bill?' → 'What is the yearly bill?'),
    so the patterns that read a question's type need match only one form."""
    for pattern, full in _CONTRACTIONS:
        question = pattern.sub(full, question)
    return question


def without_locator(question: str) -> str:
    """The question less a phrase that says where to look ('…, according to the forward look?',
    'According to the Oxford officer's summary, …') or what it does not ask about ('Apart from pooling, …')."""
    stripped = without_exclusion(_LEADING_LOCATOR.sub("", _LOCATOR.sub("", question)))
    return stripped if len(tokenize(stripped)) >= 2 else question


def names_in(question: str) -> list[str]:
    """Proper names and acronyms the question mentions (not its first word, not generic ones)."""
    words = [w.strip("’'") for w in re.findall(r"[A-Za-z’']+", question)]
    names = []
    for i, word in enumerate(words):
        base = re.sub(r"['’]s$", "", word)
        if i == 0 or base in _GENERIC_NAMES or word in _GENERIC_NAMES:
            continue
        if base[:1].isupper() and (base[1:].islower() or base.isupper()) and len(base) > 1:
            names.append(base)
    return names


FRAME_WORDS = set(
    [
        "summarise",
        "summarize",
        "summary",
        "finding",
        "overall",
        "how",
        "many",
        "much",
        "what",
        "which",
        "who",
        "whom",
        "when",
        "where",
        "why",
        "does",
        "do",
        "did",
        "say",
        "says",
        "said",
        "mean",
        "stand",
        "cover",
        "covered",
        "according",
        "kind",
        "sort",
        "type",
        "way",
        "ways",
        "often",
        "long",
        "big",
        "main",
        "key",
        "report",
        "reports",
        "paper",
        "study",
        "lsp",
        "since",
        "changed",
        "look",
        "like",
        "local",
        "england",  # the reports are about England: the word says where, not what about
        "english",
        "partnership",
        "give",
        "gave",
        "get",
        "got",
        "make",
        "made",
        "tell",
        "told",
        "think",
        "thought",
        "happen",
        "happened",
    ]
)


_SAME_THING = (({"council"}, {"local", "authority"}),)  # the reports say 'councils' and 'local authorities' alike


def with_synonyms(tokens: set[str]) -> set[str]:
    """Tokens with those of the other name for the same thing ('council' for 'local authority', and back)."""
    out = set(tokens)
    for one, other in _SAME_THING:
        if one <= tokens:
            out |= other
        if other <= tokens:
            out |= one
    return out


_ROLL_CALL = re.compile(
    r"(?:[A-Z][\w’'\-]*(?:\s+(?:and|with|upon|on|[A-Z][\w’'\-]*))*(?:\s*,\s*|\s*,?\s+and\s+)){4,}"
    r"[A-Z][\w’'\-]*(?:\s+(?:and|with|upon|on|[A-Z][\w’'\-]*))*"
)  # five or more names in a row: 'Blackburn with Darwen, Bolton, Derby, …, and Warwickshire'


def topic_terms(question: str) -> list[str]:
    """The question's word tokens that say what it is about: not its frame ('what', 'say', 'report', 'LSP'), the
    names it gives, years, nor 'the role (purpose…) of', which asks what a thing is."""
    names = {n.lower() for n in names_in(question)} | set(tokenize(" ".join(names_in(question))))  # 'keyne' too
    names |= set(_DOC_YEAR.findall(question))  # 'the 2009 study' says where to look, not what about
    framing = FRAME_WORDS | {f"{w}s" for w in FRAME_WORDS}  # 'lsps' too, which the tokenizer leaves plural
    terms = [t for t in tokenize(question) if t not in framing and t not in names and not _YEAR.fullmatch(t)]
    return [t for t in terms if t not in SAYS_WHAT_IT_IS]  # 'the role of X': what X is for, in whatever words


def off_topic(question: str, picked: str, by_name: bool = False, other_names: set[str] | None = None) -> str | None:
    """A reason when the cited passages share none of the question's topic words (nor other_names, the reports'
    words for its everyday ones: 'chair' for 'heads up'), else None.

    A when/how-many question answered by a sentence with a date or figure is on topic by its answer type; with
    by_name, so is text naming everything the question names (outside a roll call of names such as the list of
    case study councils), unless the question asks for a thing by name ('What is the population of Oxford?') that
    the text does not mention."""
    if (_QUANTITY_Q.search(question) or re.match(r"\s*when\b", question, re.I)) and re.search(r"\d", picked):
        return None
    if _AUTHOR_Q.search(question):  # 'Who wrote the study?' is answered by who undertook its research, in whatever
        return None if _AUTHORSHIP.search(picked) else "no author is given for this"  # words; not by 'wrote'
    names = {n.lower() for n in names_in(question)}
    terms = topic_terms(question)
    tokens = with_synonyms(set(tokenize(picked)))  # a year is checked on its own (unquoted_year), not as a topic
    naming = set(tokenize(_ROLL_CALL.sub(" ", picked)))  # a name in a roll call says nothing about it
    named = names and all(n in naming or n.rstrip("s") in naming for n in names)
    if by_name and named and asked_noun(question) is None:
        return None  # 'How does the OSP measure up…': about what it names, in whatever words
    if by_name and names and not named and not terms:  # 'What did Sunderland do?', named only among the case
        listed: list[str] = []  # study councils
        for n in (n for n in names_in(question) if n.lower() not in naming):
            if listed and f"{listed[-1]} {n}" in question:
                listed[-1] = f"{listed[-1]} {n}"  # 'Milton Keynes', one name in two words
            else:
                listed.append(n)
        return f"the reports name {' and '.join(listed)} only in a list of names"
    if terms and not any(akin(t, tokens) for t in terms) and not (other_names or set()) & tokens:
        shown = {t: w.lower() for w in re.findall(r"[A-Za-z0-9’'\-]+", question) for t in tokenize(w)}
        return f"nothing found is about {', '.join(dict.fromkeys(shown.get(t, t) for t in terms))}"
    return None


def same_word(a: str, b: str) -> bool:
    """True for two forms of one word: equal, or sharing all but a short ending ('independently', 'independent';
    'scrutiny', 'scrutinise'), with at least five letters in common."""
    if a == b:
        return True
    common = len(os.path.commonprefix([a, b]))
    return common >= max(5, min(len(a), len(b)) - 3)


def akin(term: str, tokens: set[str]) -> bool:
    """True when tokens hold term or another form of it."""
    return term in tokens or any(same_word(term, t) for t in tokens)


_ABOUT_THE_ASKER = re.compile(
    r"^\W*(?:i|i'm|i’m|im|i've|i’ve|we|we're|we’re|my|hi|hello|hey|thanks|thank\s+you|good\s+(?:morning|afternoon))\b",
    re.I,
)


_CHATTER = re.compile(
    r"^\W*(?:(?:hi|hello|hey|thanks|thank\s+you|thank\s+you\s+very\s+much|many\s+thanks|cheers|ok|okay|great|"
    r"good|fine|cool|nice|perfect|lovely|brilliant|bye|goodbye|help|please|yes|no|sure|right)\b\W*)+$",
    re.I,
)  # 'Thanks!', 'ok', 'help': a turn of talk, not a question
CHATTER_REASON = (
    "that is not a question about the reports: ask about local strategic partnerships, for example ‘Who chairs most "
    "LSPs?’"
)


def chatter(question: str) -> bool:
    """True for a greeting, thanks, 'ok' or a bare 'help': words of talk that ask nothing of the reports; and for
    marks with no word at all ('???')."""
    return bool(_CHATTER.match(question)) or not re.search(r"\w", question)


def without_preamble(question: str) -> str:
    """The question less the statements before it about the asker or greeting ('I'm an officer in Leeds.', 'Hi!'):
    where the asker works is no name the answer must mention."""
    sentences = split_sentences(question.strip())
    kept = [s for s in sentences if s.rstrip().endswith("?") or not _ABOUT_THE_ASKER.match(s)]
    return " ".join(kept) if kept and len(kept) < len(sentences) else question


def required_terms(question: str) -> tuple[list[str], list[str], list[str]]:
    """Names, passage years and document years a question mentions, which a supporting passage must share (a
    statement about the asker before the question does not count)."""
    question = without_preamble(question)
    doc_years = _DOC_YEAR.findall(question)
    years = [y for y in _YEAR.findall(question) if y not in doc_years]
    return names_in(question), years, doc_years


def mentions(passage_text: str, doc_context: str, question: str, acronyms: dict[str, str]) -> str | None:
    """Which required name or year a passage (with its document's title and year) lacks, or None."""
    names, years, doc_years = required_terms(question)
    lowered = f"{doc_context} {passage_text}".lower().replace("’", "'")
    for name in names:
        stem = name.rstrip("s") if name.isupper() else name
        long_form = acronyms.get(stem, "")
        if stem.lower() not in lowered and not (long_form and long_form.lower() in lowered):
            return f"the passages found do not mention {name}"
    for year in years:
        if year not in passage_text:
            return f"the passages found say nothing about {year}"
    for year in doc_years:
        if year not in f"{doc_context} {passage_text}":
            return f"no {year} document holds the answer"
    return None


def unsupported_reason(question: str, cited: list[tuple[str, str]], acronyms: dict[str, str]) -> str | None:
    """Why the cited passages (text, document context) cannot answer the question, or None if they can."""
    for text, context in cited:
        reason = mentions(text, context, question, acronyms)
        if reason:
            return reason
    if _QUANTITY_Q.search(question) and not any(_QUANTITY.search(text) for text, _ in cited):
        return "the passages found give no figure for this"
    return None


_AUX = (
    r"(?:do|does|did|is|are|was|were|has|have|had|can|could|should|would|will|may|might|must|took|take|takes|get|got|"
    r"about|of|in|on|at|for|from|by|with|per)"
)
_COUNTED = re.compile(
    rf"\bhow\s+(?:many|much)\s+((?:(?!{_AUX}\b)[A-Za-z’'\-]+\s+){{0,2}}(?!{_AUX}\b)[A-Za-z’'\-]+)\s+{_AUX}\b", re.I
)


SAYS_WHAT_IT_IS = {"role", "purpose", "function", "point", "job", "nature", "meaning", "definition"}
# 'What is the role (purpose…) of X?' asks what X is for: X is its topic, the noun is no word an answer must use
_GENERIC_HEADS = {
    "share", "percentage", "proportion", "number", "part", "kind", "sort", "type", "thing", "example", "aspect",
    "difference", "change", "problem", "issue", "lesson", "people", "organisation", "body", "group", "area",
} | SAYS_WHAT_IT_IS  # fmt: skip


def has_quantity(text: str) -> bool:
    """True when text gives a figure: digits, a £ sum, 'per cent' or a number word."""
    return bool(_QUANTITY.search(text))


_RATED = re.compile(
    r"^\s*what\s+(?:(?:is|was|are|were)\s+)?(?:the\s+|its\s+|their\s+)?((?:[A-Za-z’'\-]+\s+){0,2}[A-Za-z’'\-]+)"
    r"\s+(?:rate|ratio|score)s?\b",
    re.I,
)


_CHANGED = re.compile(
    r"\bby how much\s+(?:did|has|have|had|was|were|is|will|would)\s+(?:the\s+|its\s+|their\s+)?"
    r"((?:[A-Za-z’'\-]+\s+){0,3}?[A-Za-z’'\-]+)\s+(?:fall|fell|drop|dropped|rise|rose|grow|grew|narrow|widen|"
    r"increase|decrease|reduce|improve|change|go\s+(?:up|down)|shrink|shrank)\b",
    re.I,
)


def asked_thing(question: str) -> str | None:
    """The head noun of what a question counts, rates or measures a change in ('How many volunteers took part'
    → 'volunteer', 'What household recycling rate…' → 'recycling', 'By how much did recorded crime fall' → 'crime')."""
    match = _CHANGED.search(question) or _COUNTED.search(question) or _RATED.search(question)
    if not match:
        return None
    raw = [w for w in re.findall(r"[A-Za-z’'\-]+", match.group(1)) if not w.lower().endswith("ly")]
    plurals = [w for w in raw if w.lower().endswith("s") and not w.lower().endswith("ss")]
    if match.re is _COUNTED and plurals and _HOW_MANY.search(match.group(0)):
        raw = raw[: raw.index(plurals[-1]) + 1]  # 'how many councillors sit on…': the plural noun, not the verb
    words = [t for w in raw for t in tokenize(w)]
    return words[-1] if words else None


def missing_figure(question: str, sentences: list[str]) -> str | None:
    """A reason when a 'how many X' question's cited sentences give no figure next to X, else None."""
    thing = asked_thing(question)
    if thing is None or thing in FRAME_WORDS or thing in _GENERIC_HEADS or _MONEY_Q.search(question):
        return None  # 'how much money' is answered by a sum, checked by missing_answer_type
    rated = _RATED.search(question)
    if any(figure_near(s, thing, follows=bool(rated)) for s in sentences):
        return None
    if rated and not _COUNTED.search(question):
        return f"no {rated.group(1).lower()} {rated.group(0).split()[-1].lower()} is given"
    words = re.findall(r"[A-Za-z’'\-]+", question)
    shown = next((w for w in words if tokenize(w) == [thing]), None)  # as the question says it: 'LSPs', 'staff'
    return f"no figure is given for {shown or plural(thing)}"


_COUNT_WORD = re.compile(
    rf"^(?:£?\d[\d,.]*%?|\d+-\d+|{_NUMBER_WORDS}|cent)$", re.I
)  # a word that is a figure ('388', '£500,000', 'twelve', 'half'), not one holding a digit ('7S')


def figure_near(sentence: str, thing: str, window: int = 6, after: int | None = None, follows: bool = False) -> bool:
    """True when a figure stands within a few words before the counted thing ('a survey of the 388 LSPs'), or right
    after it ('LSPs (388)'), not just anywhere in the sentence ('LSPs use five main arrangements'); given after, only
    that many words after the figure ('ten LSP meetings', not 'meeting style for each of the three layers'); with
    follows, also a few words after it, as a rate follows what it rates ('Household recycling reached 42 per
    cent')."""
    words = re.findall(r"[\w£%’'\-]+", sentence)
    at = [i for i, w in enumerate(words) if thing in tokenize(w)]
    ahead = 0 if after is not None else window if follows else 1
    before = window if after is None else after
    return any(_COUNT_WORD.match(w) for i in at for w in words[max(0, i - before) : i + ahead + 1])


def plural(word: str) -> str:
    """The plural of a folded token for a message ('volunteer' → 'volunteers', 'body' → 'bodies')."""
    if word.endswith("s"):
        return word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


_MONEY_Q = re.compile(
    r"^\s*how much\b.*\b(money|funds?|funding|budgets?|grants?|costs?|spend|spent|save|saved|pay|paid|receive|"
    r"received|worth|invest|invested|have)\b|"
    r"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:total|amount|value|size|cost)\b.*\b(money|funds?|funding|"
    r"budgets?|grants?|costs?|spend|spent|paid|payments?)\b|"
    r"^\s*what\s+(?:did|does|do|will|would)\b.*\b(cost|pay|spend)\b|"
    r"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:[\w’'\-]+\s+)?(?:bill|cost|price|budget)s?\b",
    re.I,
)
_MONEY = re.compile(r"£|\b(million|billion|pounds?)\b", re.I)
_OFTEN_Q = re.compile(r"^\s*how often\b", re.I)
_FREQUENCY = re.compile(
    r"\b((?:every|each)\s+(?:[\w\-]+\s+){0,2}?(?:years?|months?|weeks?|days?|quarters?|fortnights?|meetings?|cycles?)|"
    r"quarterly|monthly|weekly|daily|annual|annually|yearly|times|once|twice|regular|regularly|a year|per year|"
    r"six-monthly|bi-monthly)\b",
    re.I,
)


_SHARE_Q = re.compile(r"^\s*what\s+(?:(?:is|was|are|were)\s+the\s+)?(?:percentage|proportion|share)\b", re.I)
_SHARE = re.compile(r"per cent|%|\b(half|halves|third|quarter|fifth|tenth|majority|minority)\b", re.I)
_PREVALENCE_Q = re.compile(
    r"^\s*how often\s+(?:is|are|was|were)\s+there\b|"
    r"^\s*how often\b.*\bin\s+(?:(?:most|many|all|the)\s+)?(?:lsps|partnerships|areas|councils|authorities)\b",
    re.I,
)  # 'How often is there real challenge about money in LSPs?': how widespread, which a share answers
_OFTEN = re.compile(f"{_FREQUENCY.pattern}|{_SHARE.pattern}", re.I)
_WHEN_Q = re.compile(
    r"^\s*(?:(?:from|since|until|by)\s+)?when\b(?!\s+(?:is|are|would|should|might|could|does|do)\b[^?]*\b"
    r"(?:suitable|appropriate|better|best|preferable|advisable|sensible|right|worthwhile|useful|needed|necessary|"
    r"wise|rather\s+than|instead\s+of)\b)",
    re.I,
)  # a time; not 'When is pooling more suitable than aligning?' nor 'When should we pool rather than align?',
# which ask in what circumstances
_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|spring|summer|autumn|winter)\b"
)


def expected_answer(question: str) -> tuple[re.Pattern[str], str] | None:
    """What a direct 'how much money', 'what percentage', 'how often', 'when' or 'who wrote' question's answer
    must contain, with a name for it."""
    if _MONEY_Q.search(question):
        return _MONEY, "sum of money"
    if _SHARE_Q.search(question):
        return _SHARE, "percentage or share"
    if _OFTEN_Q.search(question):
        return (_OFTEN if _PREVALENCE_Q.search(question) else _FREQUENCY), "frequency"
    if _WHEN_Q.search(question):
        return _DATE, "date"
    if _AUTHOR_Q.search(question):
        return _AUTHORSHIP, "author"
    return None


_WHO_DOES = re.compile(
    r"^\s*who\s+(?:usually\s+|normally\s+|typically\s+|generally\s+)?(?P<verb>[a-z]{3,}?)(?:es|s)\b", re.I
)
_NOT_VERBS = {"doe", "need"}  # 'Who does…?', 'Who needs…?' ask about the rest of the question
_NOUN_BEFORE = {"the", "a", "an", "its", "their", "our", "of", "his", "her", "each", "every", "this", "that"}


def acting_verb(question: str) -> re.Pattern[str] | None:
    """For 'Who chairs an LSP?', the pattern of a sentence using 'chair' as a verb ('Council leaders chair most
    LSPs', 'is chaired by'), not as a noun ('the chair's approach', 'LSP chair:'), else None."""
    m = _WHO_DOES.match(question)
    if not m or m.group("verb").lower() in _NOT_VERBS:
        return None
    stem = re.escape(m.group("verb").lower().removesuffix("e"))
    return re.compile(
        rf"(?<![’'])\b(?P<before>[\w’']+)\s+(?P<verb>{stem}e?(?:s|es|d|ed|ing)?)\b(?!\s*(?:[:’']|of\b|and\b))", re.I
    )


def acts(pattern: re.Pattern[str], sentence: str) -> bool:
    """True when the sentence uses the verb the pattern looks for as a verb: not after an article or possessive,
    nor with a capital ('Vital Signs are measures…')."""
    return any(
        m.group("before").lower() not in _NOUN_BEFORE and not m.group("verb")[0].isupper()
        for m in pattern.finditer(sentence)
    )


def undated(question: str, spans: list[str], idf: dict[str, float]) -> str | None:
    """A reason when a 'when did X…' question gets no date in a quoted span naming X, or when the quote tells of
    the event asked about only in a span without a date, else None.

    X is the question's rarest name (by the corpus's IDF), so 'When did the Breightmet Health Centre open?'
    needs 'Breightmet' beside the date, not just 'Health'. The event is the question's rarest other word: 'When
    was the Audit Commission abolished?' is not answered by the date the Commission published a framework while
    the quote says the CAA 'has been abolished' undated. An event the quote does not name at all is no reason,
    as the reports may say it in other words ('collected in 2007/08' for 'When was the evidence gathered?').
    Spans are the quoted text of each cited passage."""
    if not _WHEN_Q.search(question):
        return None
    names = names_in(question)
    unseen = max(idf.values(), default=0.0)  # a word the corpus never uses is rarest of all
    rarest = max(names, key=lambda n: max((idf.get(t, unseen) for t in tokenize(n)), default=0.0)) if names else ""
    lowered = [span.lower().replace("’", "'") for span in spans]
    dated = [said for span, said in zip(spans, lowered, strict=True) if _DATE.search(span) and rarest.lower() in said]
    if not dated:
        return f"no date is given for {rarest}" if rarest else None
    capitalised = re.findall(r"(?<=\s)[A-Z][\w’'\-]*", question)  # names, generic ones too ('Audit Commission')
    named = set(tokenize(" ".join(capitalised)))
    others = [t for t in tokenize(question) if t not in named and t not in FRAME_WORDS and t not in _NO_EVENT]
    event = max(others, key=lambda t: idf.get(t, unseen), default="")  # its rarest other word: 'abolished'
    topic = set(tokenize(question)) - {event} - FRAME_WORDS  # the span telling of it must be about the same thing
    told = [
        said for said in lowered
        if event and _tells_event(event, tokenize(said)) and (not topic or topic & set(tokenize(said)))
    ]  # fmt: skip
    if told and not any(said in told for said in dated):
        return f"no date is given for ‘{event}’"
    return None


_NO_EVENT = {"become", "became", "first", "formally", "officially", "actually", "really", "exactly"}
_EVENT_KIN = (
    {"begin", "began", "begun", "start", "set", "launch", "establish", "form", "creat", "introduc", "open", "found"},
    {"end", "ended", "abolish", "abolition", "scrap", "clos", "wound", "stop", "ceas", "replac"},
    {"publish", "issu", "releas", "produc"},
)  # words that tell of the same event ('the Vision Partnership started in 1995' answers 'When did it begin?')


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else re.sub(r"(?:ed|es|e|s)$", "", word) or word


def _tells_event(event: str, tokens: list[str]) -> bool:
    """True when tokens name the question's event word (to five letters) or a word of the same kin."""
    stems = {_stem(t) for t in tokens}
    wanted = {_stem(event)}
    for kin in _EVENT_KIN:
        if any(_stem(event).startswith(k) or k.startswith(_stem(event)) for k in kin):
            wanted |= {_stem(k) for k in kin}
    return any(s.startswith(w) or w.startswith(s) for s in stems for w in wanted if min(len(s), len(w)) >= 3)


def unquoted_year(question: str, sentences: list[str]) -> str | None:
    """A reason when the question asks about a year ('in 2010', 'since 2009') that none of the quoted sentences
    names, else None; a document's own year ('the 2010 paper') is where to look, not what is asked."""
    _, years, _ = required_terms(question)
    quoted = " ".join(sentences)
    for year in years:
        if not re.search(rf"\b{year}(?:/\d\d)?\b|\b{year[:2]}\d\d/{year[2:]}\b", quoted):
            return f"nothing quoted is about {year}"
    return None


_UNKNOWN = re.compile(
    r"\b(?:do|does|did|could|can)\s*(?:not|n[’']t)\s+know\s+(?:how\s+(?:much|many|often|long)|when|what\s+their)\b|"
    r"\b(?:do|does|did)\s*(?:not|n[’']t)\s+know\s+their\b|\b(?:are|is|were|was)\s+unaware\s+of\b",
    re.I,
)  # a finding that the amount is not known is the answer to how much it is


def missing_answer_type(question: str, sentences: list[str]) -> str | None:
    """A reason when a money, frequency or date question's cited sentences hold none, else None."""
    expected = expected_answer(question)
    if expected is None or any(expected[0].search(s) or _UNKNOWN.search(s) for s in sentences):
        return None  # 'Most LSPs do not know how much their support team costs' answers 'How much do LSPs spend…?'
    return f"no {expected[1]} is given for this"


_FIGURE = re.compile(rf"\d+(?:[,.]\d+)*|\b(?:{_NUMBER_WORDS}|most|majority|all|none|few)\b", re.I)


def uncounted(question: str, sentences: list[str]) -> str | None:
    """A reason when a 'how many' question's quoted sentences give no figure beyond those the question itself
    states ('How many of the 111 partners…' is not answered by '…there are 111 potential partners'), else None."""
    if not _HOW_MANY.search(question):
        return None
    given = {m.lower() for m in _FIGURE.findall(question)}
    if any(m.lower() not in given for s in sentences for m in _FIGURE.findall(s)):
        return None
    return "no figure is given beyond those in the question"


_BE_ASKED = re.compile(
    r"^\s*(?:what|which)\s+(?:is|are|was|were)\s+(?:the|a|an)\s+(?P<np>(?:[\w\-]+\s+){0,3}?[\w\-]+?)"
    r"\s*(?:\b(?:of|in|for|on|to|that)\b|\?|$)",
    re.I,
)


def asked_noun(question: str) -> str | None:
    """The noun a 'What is the X of…?' question asks for ('What is the population of Oxford?' → 'population'),
    unless it is a generic word ('the toughest thing to…')."""
    m = _BE_ASKED.match(question)
    if not m:
        return None
    words = [w for w in tokenize(m.group("np")) if w not in FRAME_WORDS]
    return words[-1] if words and words[-1] not in _GENERIC_HEADS else None


_NAMED_BODY = (
    r"(?P<named>(?:the\s+)?(?:(?P<owner>[A-Z][\w\-]*)[’']s\s+)?"
    r"(?P<body>(?:[A-Z][\w’'\-]*\s+)*[A-Z][\w’'\-]*|(?:[a-z][\w\-]*\s+){0,4}[a-z][\w\-]*))\s*\??\s*$"
)
_WHO_LEADS = re.compile(
    r"^\s*[Ww]ho\s+(?P<verb>chairs?|leads?|heads?|runs?|manages?|convenes?|coordinates?|hosts?)\s+(?:up\s+)?"
    + _NAMED_BODY
)
_WHO_IS_ROLE = re.compile(
    r"^\s*[Ww]ho\s+(?:is|was|are|were)\s+(?:the\s+)?(?:current\s+|present\s+)?"
    r"(?P<verb>chair(?:man|person|woman)?|leader|head|manager|coordinator|convenor|host|chief\s+executive|director|"
    r"mayor|president|secretary)s?\s+of\s+" + _NAMED_BODY
)  # 'Who is the chair of the Oxford Strategic Partnership?' asks what 'Who chairs…?' does
_ROLE_WORD = {"chairman": "chair", "chairperson": "chair", "chairwoman": "chair", "leader": "lead",
              "manager": "manage", "coordinator": "coordinate", "convenor": "convene"}  # fmt: skip
_PAST = {"lead": "led", "run": "ran"}  # 'is led by the chief executive' says who leads it


def unsaid_actor(question: str, sentences: list[str], acronyms: dict[str, str]) -> str | None:
    """A reason when 'Who chairs the Dorset Strategic Partnership?' gets quoted sentences none of which names the
    role and that body together ('In Dorset the chairs of the scrutiny committees…' does not), else None.

    Only questions about who leads a named body are checked (chairs, leads, heads, runs, manages…): a body named
    with capitals, whole, by its initials or by its long form, or one named by its owner ('Warwickshire's local
    public service board', which the sentence must name with its owner). 'Who chairs LSPs?' and 'Who chairs the
    board?' name no particular body."""
    m = _WHO_LEADS.match(question) or _WHO_IS_ROLE.match(question)
    if not m:
        return None
    body, owner = m.group("body").strip(), m.group("owner")
    words = body.split()
    if not body[:1].isupper() and owner is None:
        return None  # 'Who chairs most LSPs?', 'Who chairs the board?'
    if len(words) == 1 and (words[0] in _GENERIC_NAMES or words[0].rstrip("s") in _GENERIC_NAMES) and not owner:
        return None
    long_forms = {short for short, long in acronyms.items() if long.lower() == body.lower()}
    forms = {body, acronyms.get(body.rstrip("s"), ""), *long_forms}
    if len(words) > 1 and body[:1].isupper():
        forms.add("".join(w[0] for w in words if w[0].isupper()))  # 'Dorset Strategic Partnership' → 'DSP'
    patterns = [re.compile(rf"\b{re.escape(f.rstrip('s'))}s?\b", re.I) for f in forms if f]
    verb = m.group("verb").lower()
    role = tokenize(_ROLE_WORD.get(verb, verb))[0]
    for sentence in sentences:
        names_owner = owner is None or owner.lower() in sentence.lower()
        tokens = set(tokenize(sentence))
        said = akin(role, tokens) or _PAST.get(role, role) in tokens
        if names_owner and any(p.search(sentence) for p in patterns) and said:
            return None
    asked = f"is the {verb} of" if m.re is _WHO_IS_ROLE else verb
    return f"nothing quoted says who {asked} {m.group('named').strip()}"


_FINDINGS_Q = re.compile(
    r"\b(?:find|finds|found|conclude[sd]?|conclusions?|findings?|results?|show(?:s|ed|n)?|reveal(?:s|ed)?|"
    r"learn(?:s|ed|t)?)\b",
    re.I,
)
_PROMISED = re.compile(
    r"\bwill\s+(?:publish|report|produce|issue|examine|explore|review|look\s+at)\b|"
    r"\b(?:is|are)\s+(?:to\s+be|due\s+to\s+be)\s+published\b|\bforthcoming\b|\bplans?\s+to\s+publish\b",
    re.I,
)


def only_promised(question: str, best_sentence: str) -> str | None:
    """A reason when a question asks what a piece of work found or concluded and the best sentence only announces
    that work ('The Audit Commission will publish a study on health and social care commissioning in 2009.'),
    else None: the reports cannot say what a study they were written before concluded."""
    if _FINDINGS_Q.search(question) and _PROMISED.search(best_sentence):
        return "the reports only announce that work; they give none of its findings"
    return None


def counted(question: str, text: str) -> bool | None:
    """Whether text gives a figure next to what a 'how many' question counts ('a survey of the 388 LSPs'), or None
    when the question counts nothing ('how much money' is answered by a sum, not a count)."""
    thing = asked_thing(question) if _HOW_MANY.search(question) and not _MONEY_Q.search(question) else None
    if thing is None:
        return None
    return any(figure_near(s, thing, after=3) for s in split_sentences(text.replace("\n", " ")))
