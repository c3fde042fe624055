"""Checks that an extracted answer really speaks to the question: its names, years and quantities."""

from __future__ import annotations

import re
from collections.abc import Callable

from .glossary import acronyms_spelled_out, bare_acronym, to_initials
from .questions import (
    AUTHOR_Q,
    AUTHORSHIP,
    COUNTED,
    DATE,
    DEFINITION_Q,
    FRAME_WORDS,
    GENERIC_HEADS,
    GENERIC_NAMES,
    HOW_MANY,
    MONEY_Q,
    NUMBER_WORDS,
    ORIGIN,
    ORIGIN_Q,
    QUANTITY,
    QUANTITY_Q,
    RATED,
    WHEN_Q,
    WHO_ASKED,
    akin,
    asked_noun,
    asked_thing,
    counted_modifier,
    expected_answer,
    figure_near,
    name_phrases,
    names_in,
    plural,
    required_terms,
    shared_predicate,
    shared_thing,
    shares_a_word,
    topic_terms,
    with_synonyms,
    without_preamble,
)
from .text import split_sentences
from .tokens import tokenize

_ROLL_CALL = re.compile(
    r"(?:[A-Z][\w’'\-]*(?:\s+(?:and|with|upon|on|[A-Z][\w’'\-]*))*(?:\s*,\s*|\s*,?\s+and\s+)){4,}"
    r"[A-Z][\w’'\-]*(?:\s+(?:and|with|upon|on|[A-Z][\w’'\-]*))*"
)  # five or more names in a row: 'Blackburn with Darwen, Bolton, Derby, …, and Warwickshire'


def without_roll_calls(text: str) -> str:
    """The text with its roll calls of names blanked out: a name in one says nothing about the place it names. A
    list item is no roll call: '• Chris Wobscall, Assistant Director, Policy and Technical, CIPFA' is one person,
    who represents CIPFA."""

    def blanked(m: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        return m.group(0) if line.lstrip().startswith("•") else " "

    return _ROLL_CALL.sub(blanked, text)


_DONE_TO_DOCUMENT = re.compile(
    r"^\s*who\s+(?P<deed>[a-z]+(?:\s+for)?)\s+(?:the|this|that)\s+(?:(?:2009|2010|national|audit\s+commission(?:['’]s)?|"
    r"oxford|lsp)\s+)?(?P<document>study|report|paper|research|summary)\s*\??\s*$",
    re.I,
)  # 'Who funded the study?', 'Who paid for the report?': a deed done to the document itself
_COST_OF_DOCUMENT = re.compile(
    r"^\s*how\s+much\s+(?:did|does|has|was)\s+(?:the|this|that)\s+(?:[\w’'\-]+\s+){0,4}?"
    r"(?P<document>study|report|paper|research)\s+(?:cost|been\s+spent|spend)\b",
    re.I,
)  # 'How much did the Audit Commission's LSP study cost to carry out?': what the document itself cost
_DOCUMENT_WORDS = re.compile(r"\b(?<!case\s)(?:this|the)\s+(?:study|report|paper|research|summary)\b", re.I)  # the
# document itself ('undertook research for this study'), not a case study or 'money available for research'
_OF_COUNTRY = re.compile(
    r"\bthe\s+(?:[a-z]+\s+){0,2}?(?P<thing>[a-z]+)\s+of\s+(?P<place>England|Britain|Great\s+Britain|the\s+UK|the\s+United\s+Kingdom)\b"
)  # a thing of the whole country: 'England' is a word the reports' questions may drop, but not this one's


def _said_of_country(question: str, asked: re.Match[str], picked: str) -> bool:
    """True when picked names the country of 'the X of England'; when the question asks what that X is ('What is
    the population of England?'), a sentence must name both: the population of 'scale (population and
    geographical) factors' is no country's. 'Do PCTs cover the whole of England?' asks no X."""
    place = asked.group("place").split()[-1].lower()
    thing = asked_noun(question)
    if thing is None or thing not in tokenize(asked.group("thing")):
        return place in picked.lower()
    return any(place in s.lower() and akin(thing, set(tokenize(s))) for s in split_sentences(picked))


def _named(name: str, tokens: set[str]) -> bool:
    """True when the tokens hold the name, in the singular or plural ('MAA' in 'MAAs: Multi-area agreements.')."""
    return name in tokens or name.rstrip("s") in tokens or f"{name}s" in tokens


def not_of_document(question: str, text: str) -> str | None:
    """For a deed done to a document ('Who funded the study?') or its cost ('How much did the study cost?'), a
    reason when text does not speak of the document itself ('undertook research for this study'), else None: a
    library funded by a lottery grant is no answer, nor what Oldham's scrutiny costs."""
    if _DOCUMENT_WORDS.search(text):
        return None
    cost = _COST_OF_DOCUMENT.match(question)
    if cost is not None:
        return f"nothing found says what the {cost.group('document').lower()} cost"
    m = _DONE_TO_DOCUMENT.match(question)
    return f"nothing found says who {m.group('deed').lower()} the {m.group('document').lower()}" if m else None


def _subject_words(subject: str) -> set[str]:
    """The words of a document's title, and the initials of each name in it ('osp' for 'Oxford Strategic
    Partnership')."""
    runs = re.findall(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", subject)
    return set(tokenize(subject)) | {"".join(w[0] for w in run.split()).lower() for run in runs}


def _unfound_beside_subject(question: str, names: set[str], tokens: set[str], subject: str) -> list[str]:
    """When every name the question gives is its document's own subject (named in the title: 'the OSP' in the
    Oxford paper, every passage of which is about it), naming it says nothing of what a passage tells: the two or
    more other words the question asks of, when neither text nor title says any of them; else []."""
    titled = _subject_words(subject)
    if not subject or not all(_named(n, titled) for n in names):
        return []
    plain = set(tokenize(" ".join(w for w in re.findall(r"[\w’'\-]+", question) if not w[:1].isupper())))
    asked = [t for t in topic_terms(question) if t in plain]  # not the words of a name ('strategic' of the OSP's)
    found = tokens | with_synonyms(titled)
    return asked if len(asked) >= 2 and not any(akin(t, found) for t in asked) else []


def off_topic(
    question: str, picked: str, by_name: bool = False, other_names: set[str] | None = None, subject: str = ""
) -> str | None:
    """A reason when the cited passages share none of the question's topic words (nor other_names, the reports'
    words for its everyday ones: 'chair' for 'heads up'), else None.

    The type of answer asked for makes text on topic (a sum for 'how much', a date for 'when', a frequency, a
    length of time, a share: in whatever words, a 'budget' for what something 'cost'), but a bare count does not
    ('How many LSPs were rated excellent?' is not answered by 'two LSPs constituted as companies'); with by_name,
    text naming everything the question names is (outside a roll call of names such as the list of case study
    councils), unless the question asks for a thing by name ('What is the population of Oxford?') that the text
    does not mention, or names only its document's own subject (given in `subject`, the document's title) and
    asks of other things neither text nor title speaks of."""
    typed = expected_answer(question)
    if typed is not None and (QUANTITY_Q.search(question) or WHEN_Q.match(question)) and typed[0].search(picked):
        return None  # 'How much did the Big Derbyshire Clean Up cost?': 'The £747,000 budget…'; 'When did CAA come
        # in?': 'Comprehensive Area Assessment replaced CPA in 2009' (in other words)
    if ORIGIN_Q.search(question) and ORIGIN.search(picked):
        return None  # 'Where did the idea for the Clean Up come from?': 'The Big Derbyshire Clean Up emerged from…'
    if AUTHOR_Q.search(question):  # 'Who wrote the study?' is answered by who undertook its research, in whatever
        return None if AUTHORSHIP.search(picked) else "no author is given for this"  # words; not by 'wrote'
    done_to = not_of_document(question, picked)
    if done_to:
        return done_to
    of_country = _OF_COUNTRY.search(question)
    if of_country and not _said_of_country(question, of_country, picked):
        return f"nothing found is about {of_country.group(0)}"  # 'the capital of England': not 'capital spending'
    names = {n.lower() for n in names_in(question)}
    terms = topic_terms(question)
    said = set(tokenize(picked))
    tokens = with_synonyms(said)  # a year is checked on its own (unquoted_year), not as a topic
    naming = set(tokenize(without_roll_calls(picked)))  # a name in a roll call says nothing about it
    named = names and all(_named(n, naming) for n in names)
    if by_name and named and asked_noun(question) is None:
        unfound = _unfound_beside_subject(question, names, tokens, subject)
        if unfound:  # 'Which OSP theme group leads on health inequalities?': not how well the OSP is led
            return _nothing_about(question, unfound)
        return None  # 'How does the OSP measure up…': about what it names, in whatever words
    missing = bool(terms) and not any(akin(t, tokens) for t in terms) and not (other_names or set()) & tokens
    unnamed = [n for n in names_in(question) if not _named(n.lower(), naming)]
    rolled = all(_named(n.lower(), said) for n in unnamed)  # each in a roll call ('City' is not)
    if by_name and unnamed and rolled and (missing or not terms):  # 'What did Sunderland do?', named only among
        listed: list[str] = []  # the case study councils: that says more than which of its words went unfound
        for n in unnamed:
            joined = listed and re.search(
                rf"{re.escape(listed[-1])}(?:\s+(?:with\s+|upon\s+)?|-on-){re.escape(n)}", question
            )
            if joined:  # 'Milton Keynes', 'Blackburn with Darwen', 'Stoke-on-Trent': one name in several words
                listed[-1] = joined.group(0)
            else:
                listed.append(n)
        return f"the reports name {' and '.join(listed)} only in a list of names"
    return _nothing_about(question, terms) if missing else None


def _nothing_about(question: str, terms: list[str]) -> str:
    """The reason naming the topic words nothing found is about, as the question writes them, in lower case
    unless an acronym ('LAAs', not 'laas'), words next to each other in the question kept together ('annual
    budget, year', not 'annual, budget, year')."""
    wanted = set(terms)
    phrases: list[list[str]] = []
    placed: set[str] = set()
    joined = False  # the word before was one of them
    for w in re.findall(r"[A-Za-z0-9’'\-]+", question):
        tokens = [t for t in tokenize(w) if t in wanted]
        if not tokens:
            joined = False
            continue
        shown = w if re.fullmatch(r"[A-Z]{2,}s?", w) else w.lower()
        if joined:
            phrases[-1].append(shown)
        else:
            phrases.append([shown])
        placed.update(tokens)
        joined = True
    named = [" ".join(words) for words in phrases] + [t for t in terms if t not in placed]
    return f"nothing found is about {', '.join(dict.fromkeys(named))}"


CHATTER_REASON = (
    "that is not a question about the reports: ask about local strategic partnerships, for example ‘Who chairs most "
    "LSPs?’"
)


_BRITISH = ("uk", "united kingdom", "britain", "british")
_SAME_PLACE = {
    "british": _BRITISH, "britain": _BRITISH, "uk": _BRITISH, "english": ("england",), "england": ("english",)
}  # fmt: skip  # 'British local government' is 'local government in the UK'


def lacking(
    passage_text: str,
    doc_context: str,
    question: str,
    acronyms: dict[str, str],
    otherwise: Callable[[str, str], str] | None = None,
) -> tuple[str, str] | None:
    """The first required name or year a passage (with its document's title and year) lacks, as (kind, term) with
    kind 'name', 'year' or 'document year', or None; a name the passage says in the reports' words
    (otherwise(question, text): 'NHS' of a passage on 'health partners', by the thesaurus) is not lacking. A name
    written in several words is named whole ('Total Place', not 'Total')."""
    names, years, doc_years = required_terms(question)
    lowered = f"{doc_context} {passage_text}".lower().replace("’", "'")
    text = f"{doc_context} {passage_text}"
    long_forms = {form.lower() for form in acronyms.values()}  # 'the Area Based Grant': a term, capitalised
    phrases = name_phrases(without_preamble(question))
    for phrase in phrases:
        words = phrase.split()
        a_term = any(re.search(rf"\b{re.escape(phrase.lower())}s?\b", form) for form in long_forms)
        uncapitalised = all(
            re.search(rf"\b{re.escape(w.lower())}", text) and not re.search(rf"\b{re.escape(w)}", text) for w in words
        )  # 'Place Survey' where something 'took place' beside a survey: its words, but not as a name
        if len(words) > 1 and not a_term and uncapitalised:
            return "name", in_full(phrase, question)
    whole = {w: phrase for phrase in phrases for w in phrase.split()}  # 'Total' of 'Total Place'
    said_otherwise: set[str] | None = None  # asked of the thesaurus only for a name not found otherwise
    for name in names:
        stem = name.rstrip("s") if name.isupper() else name
        long_form = acronyms.get(stem, "")
        other_names = _SAME_PLACE.get(stem.lower(), ())
        if (
            stem.lower() not in lowered
            and not (long_form and long_form.lower() in lowered)
            and not any(re.search(rf"\b{other}\b", lowered) for other in other_names)
        ):
            if said_otherwise is None:
                said_otherwise = set(otherwise(question, passage_text).lower().split()) if otherwise else set()
            if stem.lower() not in said_otherwise:
                return "name", in_full(whole.get(name, name), question)
    for year in years:
        if year not in passage_text:
            return "year", year
    for year in doc_years:
        if year not in f"{doc_context} {passage_text}":
            return "document year", year
    return None


_JOINED_BEFORE = r"(?:(?:[A-Z][a-z]+ )+(?:and|of|for) )+"  # 'Police and ', 'Department for Communities and '


def in_full(phrase: str, question: str) -> str:
    """A name of several words as the question writes it in full, with the capitalised words an 'and', 'of' or
    'for' joins before it ('Crime Commissioner' as 'Police and Crime Commissioner'); a name of one word is left
    alone ('Bolton' of 'Derby and Bolton' is a name of its own), as is a sentence's first word ('Do Health and
    Wellbeing Boards…' names the boards)."""
    if " " not in phrase:
        return phrase
    m = re.search(rf"(?<![A-Za-z]){_JOINED_BEFORE}{re.escape(phrase)}\b", question)
    if m is None:
        return phrase
    full = m.group(0)
    if not question[: m.start()].strip() or re.search(r"[.?!:]\s*$", question[: m.start()]):
        rest = full.split(" ", 1)[1]  # its first word capitalised as a sentence's first word is
        return rest if re.fullmatch(rf"{_JOINED_BEFORE}{re.escape(phrase)}", rest) else phrase
    return full


def mentions(
    passage_text: str,
    doc_context: str,
    question: str,
    acronyms: dict[str, str],
    otherwise: Callable[[str, str], str] | None = None,
) -> str | None:
    """Why a passage cannot answer: the required name or year it lacks (see lacking), or None."""
    return lack_reason(lacking(passage_text, doc_context, question, acronyms, otherwise))


def lack_reason(lacked: tuple[str, str] | None) -> str | None:
    """The reason a passage lacking a name or year (the (kind, term) of lacking) cannot answer, or None."""
    if lacked is None:
        return None
    kind, term = lacked
    if kind == "name":
        return f"the passages found do not mention {term}"
    return f"the passages found say nothing about {term}" if kind == "year" else f"no {term} document holds the answer"


def unsupported_reason(
    question: str,
    cited: list[tuple[str, str]],
    acronyms: dict[str, str],
    quoted: list[str] | None = None,
    otherwise: Callable[[str, str], str] | None = None,
) -> str | None:
    """Why the cited passages (text, document context) cannot answer the question, or None if they can; a figure
    of the kind asked for missing from the quoted sentences is named ('no frequency is given for this')."""
    for text, context in cited:
        reason = mentions(text, context, question, acronyms, otherwise)
        if reason:
            return reason
    if QUANTITY_Q.search(question) and not any(QUANTITY.search(text) for text, _ in cited):
        named = missing_answer_type(question, quoted) if quoted else None  # 'no frequency is given for this'
        return named or "the passages found give no figure for this"
    return None


_NOT_A_TERM = re.compile(
    r"\b(?:of|for|in|on|at|to|between|about|with|and|or|by|from|than|like|they|it|there|you|we)\b|\d", re.I
)  # 'the role of scrutiny', 'the benefits of pooled budgets': a question about something, not a term
_HOW_GOOD = re.compile(
    r"^\s*(?:good|effective|strong|successful|better|best|poor|bad|weak|main|key|real|true|proper)\s+", re.I
)
_TERM_GAP = 2  # the term's words may have this many other words between them ('shared performance data')


def _term_stem(word: str) -> str:
    """A word's stem for finding a term in any form: its ending taken off before it is cut to five letters, so
    'pooling' and 'pooled' meet ('pool'), as 'funding' and 'funds' do ('fund')."""
    bare = re.sub(r"(?:ing|ed|es|s)$", "", word)
    return _stem(bare if len(bare) >= 3 else word)


def _term_forms(words: list[str], others: Callable[[str], set[str]] | None) -> list[set[str]]:
    """Each of a term's words as the stems of its forms: its own and those of the reports' words for it (others)."""
    return [{_term_stem(w)} | {_term_stem(o) for o in (others(w) if others else set())} for w in words]


def _says_term(forms: list[set[str]], tokens: list[str]) -> bool:
    """True when the term's words (each as the stems of its forms), in any order, come together in the tokens,
    with at most _TERM_GAP other words among them ('budgets … had aligned' says 'aligned budgets')."""
    stems = [_term_stem(t) for t in tokens]
    width = len(forms) + _TERM_GAP
    anywhere = set().union(*forms)
    return any(all(f & set(stems[i : i + width]) for f in forms) for i, t in enumerate(stems) if t in anywhere)


def undefined_term(
    question: str, texts: list[str], acronyms: dict[str, str], others: Callable[[str], set[str]] | None = None
) -> str | None:
    """'What is shared value?', 'What is a risk register?': a term of two to four plain words (no name, no
    acronym, no capital, no 'the role of…') that no passage found says, in any form or by the reports' words for
    its words (others, asked of each word: 'align funds' says 'aligning budgets'), is no term of the reports,
    whatever sentences share one of its words."""
    m = DEFINITION_Q.match(question)
    term = next((g for g in m.groups() if g), "") if m else ""
    words = tokenize(_HOW_GOOD.sub("", term))  # 'good governance' asks what governance is good
    if not 2 <= len(words) <= 4 or _NOT_A_TERM.search(term):
        return None
    if any(w != w.lower() for w in term.split()) or acronyms_spelled_out(term, acronyms):
        return None  # 'the LSP board', 'delivery chain analysis': the glossary's term in some form
    forms = _term_forms(words, others)
    if any(_says_term(forms, tokenize(text)) for text in texts):
        return None
    return f"the reports do not use the term {' '.join(term.split()).lower()}"


_NORM_ASKED = re.compile(
    r"(?:^\s*|\b(?:what(?:['’]s|\s+(?:is|are|was|were))\s+the|is\s+there\s+an?|are\s+there(?:\s+any)?|any)\s+)"
    r"(?P<norm>typical|usual|recommended|ideal|average|maximum|minimum|optimum|optimal)\s+"
    r"(?P<thing>[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2}?"
    r"(?:\s+of\s+(?!(?:an?|the|our|their|its|each|all|any|public|local)\b)[a-z][\w’'\-]*)?)"
    r"(?=\s+(?:for|of|in|on|at|that|when|to|should|do|does|is|are|was|were|across|per|under|between|a|an|the|"
    r"before|if|or|and|with|by)\b|\s*[?,.;:!]|\s*$)",
    re.I,
)  # 'What is the typical term of office for…?', 'recommended quorum for…?', 'is there a recommended…?': the thing
# asked for, not 'How many districts does a typical county contain?'
_NORM_GENERIC = GENERIC_HEADS | {"ratio", "rate", "level", "amount", "length", "figure", "way", "approach", "time",
                                 "period", "process", "model", "practice", "route", "step", "steps", "structure",
                                 "arrangement", "arrangements"}  # fmt: skip


def unsaid_norm(question: str, sentences: list[str], others: Callable[[str], set[str]] | None = None) -> str | None:
    """'What is the typical term of office for an LSP chair?', 'recommended quorum for LSP board meetings?': a
    question asking for the usual (recommended, ideal…) value of a thing is answered only by sentences saying that
    thing, in any form or by the reports' words for its words ('funding' for 'budget'): a table of chairs' pros
    and cons says no term of office. A thing whose head is a general word ('the ideal number of members', 'the
    average attendance rate') is left to the figure checks."""
    m = _NORM_ASKED.search(question)
    if m is None:
        return None
    thing = " ".join(m.group("thing").split())
    head = thing.lower().split(" of ")[0].split()[-1]  # 'term' of 'term of office', 'rate' of 'attendance rate'
    words = [w for w in tokenize(thing) if w not in FRAME_WORDS]
    if head in _NORM_GENERIC or not words:
        return None
    forms = _term_forms(words, others)
    if _says_term(forms, tokenize(" ".join(sentences))):
        return None
    norm = m.group("norm").lower()
    return f"nothing found gives {'an' if norm[0] in 'aeiou' else 'a'} {norm} {thing.lower()}"


_STANDS_FOR_Q = re.compile(
    r"^\s*(?i:what)\s+(?i:does|do|did)\s+(?:(?i:the)\s+)?(?:(?i:letters?|acronym|abbreviation)\s+)?"
    r"(?P<acronym>[A-Z][A-Z0-9]{1,6})s?\s+(?i:stand\s+for|mean|refer\s+to)\s*\??\s*$|"
    r"^\s*(?i:what)(?:['’]s|\s+(?i:is))\s+(?P<short>[A-Z][A-Z0-9]{1,6})\s+(?i:short\s+for)\s*\??\s*$"
)  # 'What does GOSE stand for?', 'What's OSP short for?'


def stands_for(question: str) -> str | None:
    """The acronym 'What does DCA stand for?' (or 'What's OSP short for?') asks about, else None."""
    m = _STANDS_FOR_Q.match(question)
    return (m.group("acronym") or m.group("short")) if m else None


def unspelled_acronym(question: str, acronyms: dict[str, str], texts: list[str]) -> str | None:
    """'What does GOSE stand for?', 'What is the GOSE?' of an acronym no passage spells out (none of the given
    acronyms, the table of those the reports spell out, and no passage found that has its glossary entry or puts it
    in brackets; for 'What is…?', nor a text writing out the capitalised words it is the initials of, as the Oxford
    paper's title does for 'the OSP', whose passages then say what it is): the reason to refuse, rather than quote a
    sentence that uses it; else None."""
    asked = stands_for(question)
    acronym = asked or _defined_acronym(question)
    if acronym is None or acronym in acronyms:
        return None
    spelled = re.compile(rf"\b{acronym}s?:\s|\({acronym}s?\)")
    initials = frozenset({acronym}) if asked is None else frozenset()
    if any(spelled.search(text) or to_initials(text, initials) != text for text in texts):
        return None  # 'the Dorset Strategic Partnership (DSP)'
    return f"no passage spells out {acronym}"


def _defined_acronym(question: str) -> str | None:
    """The acronym 'What is the GOSE?' asks about, standing alone ('GOSE', 'PCT' of 'What are PCTs?'), else None."""
    m = DEFINITION_Q.match(question)
    return bare_acronym(m.group("term") or "") if m else None


_HOW_MUCH = re.compile(r"^\s*(?:and\s+)?how\s+much\b", re.I)
_SUM = re.compile(r"£\s?\d")


def missing_figure(question: str, sentences: list[str]) -> str | None:
    """A reason when a 'how many X' (or 'what proportion of X') question's cited sentences give no figure next to
    X, else None."""
    counted = asked_thing(question)
    thing = counted or shared_thing(question)  # 'What proportion of LSPs…': a share of them
    modifier = counted_modifier(question) if counted else None
    kind = modifier if thing in GENERIC_HEADS and modifier not in FRAME_WORDS | GENERIC_HEADS else None  # 'How many
    # theme groups…': a figure for groups in a sentence about theme groups, not for any groups
    if thing is None or thing in FRAME_WORDS or thing in GENERIC_HEADS and not kind or MONEY_Q.search(question):
        return None  # 'how much money' is answered by a sum, checked by missing_answer_type
    rated = RATED.search(question)
    about = shared_predicate(question) if not counted else []  # what the share is of the group doing or being
    if any(
        figure_near(s, thing, follows=bool(rated), shares=True) and (not kind or shares_a_word([kind], s))
        for s in sentences
    ) and (not about or shares_a_word(about, " ".join(sentences))):
        return None  # 'Almost all LSPs have a support team' says how many LSPs do
    if modifier and any(figure_near(s, modifier, shares=True) for s in sentences):
        return None  # 'A typical county has six or seven districts' says how many district councils it has
    if _HOW_MUCH.match(question) and any(_SUM.search(s) and shares_a_word([thing], s) for s in sentences):
        return None  # 'How much ABG is there?': 'ABG brings … grants into a single pot (at least £4 billion …)'
    if rated and not COUNTED.search(question):
        return f"no {rated.group(1).lower()} {rated.group(0).split()[-1].lower()} is given"
    words, at = _written(thing, question)  # as the question says it: 'LSPs'
    shown = words[at] if at is not None else None
    if kind and at and tokenize(words[at - 1]) == [kind]:
        shown = f"{words[at - 1]} {shown}"  # 'theme groups'
    return f"no {'figure' if counted else 'share'} is given for {shown or plural(thing)}"


def _names_a_document(name: str, question: str) -> bool:
    """True when the name says which document ('When was the Oxford paper written?'), not what it tells of."""
    return bool(re.search(rf"\b{re.escape(name)}\s+(?:national\s+|summary\s+)?(?:paper|report|study)\b", question))


def undated(
    question: str, spans: list[str], idf: dict[str, float], acronyms: dict[str, str] | None = None
) -> str | None:
    """A reason when a 'when did X…' question gets no date in a quoted span naming X, or when the quote tells of
    the event asked about only in a span without a date, else None.

    X is the question's rarest name (by the corpus's IDF), so 'When did the Breightmet Health Centre open?'
    needs 'Breightmet' beside the date, not just 'Health'. The event is the question's rarest other word: 'When
    was the Audit Commission abolished?' is not answered by the date the Commission published a framework while
    the quote says the CAA 'has been abolished' undated. An event the quote does not name at all is no reason,
    as the reports may say it in other words ('collected in 2007/08' for 'When was the evidence gathered?').
    An event of a known kind (_EVENT_KIN: began, ended, published…) must be told, in words of its kind, in a
    dated span: 'When was the Audit Commission abolished?' is not answered by the date the Commission published
    a framework, though no quote tells of its abolition undated either.

    Spans are the quoted text of each cited passage; given acronyms, an acronym's long form names it too
    ('Comprehensive Area Assessment replaced CPA in 2009' dates CAA)."""
    if not WHEN_Q.search(question):
        return None
    names = [n for n in names_in(question) if not _names_a_document(n, question)]  # 'the Oxford paper': where
    unseen = max(idf.values(), default=0.0)  # a word the corpus never uses is rarest of all
    rarest = max(names, key=lambda n: max((idf.get(t, unseen) for t in tokenize(n)), default=0.0)) if names else ""
    lowered = [_PASSIVE_REPLACED.sub("ended, succeeded by", span.lower().replace("’", "'")) for span in spans]
    forms = {rarest.lower(), (acronyms or {}).get(rarest.rstrip("s"), "").lower() or rarest.lower()}
    forms |= {p.lower() for p in name_phrases(question) if rarest and rarest in p.split()}  # the name in full
    dated = [
        said for span, said in zip(spans, lowered, strict=True) if DATE.search(span) and any(f in said for f in forms)
    ]
    if not dated:
        return f"no date is given for {rarest}" if rarest else None
    capitalised = re.findall(r"(?<=\s)[A-Z][\w’'\-]*", question)  # names, generic ones too ('Audit Commission')
    named = set(tokenize(" ".join(capitalised)))
    others = [t for t in tokenize(question) if t not in named and t not in FRAME_WORDS and t not in _NO_EVENT]
    kin = [t for t in others if _of_kin(t)]  # a word of a known event first: 'When did the coalition government
    # scrap LAAs?' asks of the scrapping, though 'coalition' is rarer
    event = max(kin or others, key=lambda t: idf.get(t, unseen), default="")  # else its rarest: 'abolished'
    topic = set(tokenize(question)) - {event} - FRAME_WORDS  # the span telling of it must be about the same thing
    long_forms = [f.lower() for t in topic if (f := (acronyms or {}).get(t.upper().rstrip("S"), ""))]
    of = [tokenize(f) for f in forms if f]  # what the event happened to: 'replaced' tells which way
    told = [
        said for said in lowered
        if event and _tells_event(event, tokenize(said), of)
        and (not topic or topic & set(tokenize(said)) or any(f in said for f in long_forms))
    ]  # fmt: skip
    if told and not any(said in told for said in dated):
        return f"no date is given for ‘{_as_asked(event, question)}’"
    if _of_kin(event) and not any(_tells_event(event, tokenize(said), of) for said in dated):
        return f"no date is given for ‘{_as_asked(event, question)}’"
    return None


_PARTICLE = {"up", "out", "off", "down", "in", "over", "away", "back"}


def _written(token: str, question: str) -> tuple[list[str], int | None]:
    """The question's words, and where among them the one standing for a token is ('LSPs' for 'lsp'), if any."""
    words = re.findall(r"[A-Za-z’'\-]+", question)
    return words, next((i for i, w in enumerate(words) if tokenize(w) == [token]), None)


def _as_asked(token: str, question: str) -> str:
    """The question's own word for a token, with the particle of a phrasal verb ('set up', 'wound up'), else the
    token: a reason should say 'set up', not 'set'."""
    words, at = _written(token, question)
    if at is None:
        return token
    particle = words[at + 1].lower() if at + 1 < len(words) and words[at + 1].lower() in _PARTICLE else ""
    return f"{words[at].lower()} {particle}".strip()


_PASSIVE_REPLACED = re.compile(r"\b(?:was|were|been|is|are|be)\s+replaced\s+by\b")
# 'NRF was replaced by the Working Neighbourhoods Fund in November 2007' tells when NRF ended, not began


def _of_kin(event: str) -> bool:
    """True when the event word is one of _EVENT_KIN's ('abolished', 'introduced'), which a date must be told of."""
    stem = _stem(event)
    return len(stem) >= 3 and any(_kin_of(stem, k) for kin in _EVENT_KIN for k in kin)


def _kin_of(stem: str, k: str) -> bool:
    """True when a stem is of an event word's kin: one starts the other, a short stem only whole ('come' is no
    'commence', 'set' is 'set')."""
    return stem.startswith(k) or k.startswith(stem) and (len(stem) >= 4 or stem == k)


_NO_EVENT = {"become", "became", "first", "formally", "officially", "actually", "really", "exactly"}

_EVENT_KIN = (
    {
        "begin",
        "began",
        "begun",
        "start",
        "commenc",
        "set",
        "launch",
        "establish",
        "form",
        "creat",
        "introduc",
        "open",
        "found",
        "replac",
        "succeed",
        "first",
    },
    {"end", "ended", "abolish", "abolition", "scrap", "clos", "wound", "stop", "ceas", "replac"},
    {"publish", "issu", "releas", "produc"},
)  # words that tell of the same event ('the Vision Partnership started in 1995' answers 'When did it begin?'; what
# replaced something began then, and so did what came first: 'The first LSP guidance (2001)')


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else re.sub(r"(?:ed|es|e|s)$", "", word) or word


def _tells_event(event: str, tokens: list[str], of: list[list[str]] | None = None) -> bool:
    """True when tokens name the question's event word (to five letters) or a word of the same kin. Given the
    forms of what the event happened to, 'replaced' tells of a beginning only when it comes after that
    ('Comprehensive Area Assessment replaced CPA' began CAA) and of an end only when it comes before ('…
    replaced CPA' ended CPA)."""
    stems = [_stem(t) for t in tokens]
    groups = [kin for kin in _EVENT_KIN if any(_kin_of(_stem(event), k) for k in kin)]
    wanted = {_stem(event)} | {_stem(k) for kin in groups for k in kin}
    named = [j for form in of or [] for j in range(len(tokens)) if form and tokens[j : j + len(form)] == form]
    longest = max((len(form) for form in of or []), default=0)
    whole = [
        j for form in of or [] if len(form) == longest for j in range(len(tokens)) if tokens[j : j + longest] == form
    ]
    for i, s in enumerate(stems):
        if not any(s.startswith(w) or w.startswith(s) for w in wanted if min(len(s), len(w)) >= 3):
            continue
        begins = _EVENT_KIN[0] in groups
        if s.startswith("succe") and not _stem(event).startswith("succe"):
            if begins and any(j > i for j in whole):  # 'NRF ended, succeeded by the Working Neighbourhoods Fund':
                return True  # what succeeded began then, if named in full ('neighbourhoods' is not the NRF)
            continue
        if not s.startswith("repla") or _stem(event).startswith("repla") or not named:
            return True
        if (begins and min(named) < i) or (_EVENT_KIN[1] in groups and min(named) > i):
            return True
    return False


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


_COST = re.compile(r"\b(?:cost(?:s|ing)?|spen[dt]|spending|pa(?:y|id|ys)|price)\b", re.I)
_SAVED = re.compile(r"\bsav(?:ing|ings|ed|es)\b", re.I)


_SALARY_ASKED = re.compile(r"\b(?:salar(?:y|ies)|wages?)\b", re.I)
_PAY = re.compile(r"\b(?:salar(?:y|ies)|wages?|pay|paid|earn(?:s|ed|ings)?|remunerat\w*)\b", re.I)  # a sum paid


def saved_only(sentence: str) -> bool:
    """True for a sentence whose sum is a saving and no cost ('The review produced a saving of £0.9 million'): it
    does not say what something cost."""
    return bool(_SAVED.search(sentence)) and not _COST.search(sentence)


def missing_answer_type(question: str, sentences: list[str]) -> str | None:
    """A reason when a money, frequency or date question's cited sentences hold none, else None."""
    expected = expected_answer(question)
    if expected is None:
        return None
    terms = [*topic_terms(question), *(n.lower() for n in names_in(question))] if expected[1] == "frequency" else []
    costed = expected[1] == "sum of money" and bool(_COST.search(question))
    paid = expected[1] == "sum of money" and bool(_SALARY_ASKED.search(question))
    if any(
        (expected[0].search(s) and (not terms or shares_a_word(terms, s)) and not (costed and saved_only(s)))
        and (not paid or bool(_PAY.search(s)))  # a salary is a sum paid to someone, not a group's budget
        or _UNKNOWN.search(s)
        for s in sentences
    ):  # 'Most LSPs do not know how much their support team costs' answers 'How much do LSPs spend…?'
        return None  # a frequency about something else ('an annual forum event') does not say how often boards meet
    return f"no {'salary' if paid else expected[1]} is given for this"


_FIGURE = re.compile(rf"\d+(?:[,.]\d+)*|\b(?:{NUMBER_WORDS}|most|majority|all|none|few)\b", re.I)


def uncounted(question: str, sentences: list[str]) -> str | None:
    """A reason when a 'how many' question's quoted sentences give no figure beyond those the question itself
    states ('How many of the 111 partners…' is not answered by '…there are 111 potential partners'), else None."""
    if not HOW_MANY.search(question):
        return None
    given = {m.lower() for m in _FIGURE.findall(question)}
    if any(m.lower() not in given for s in sentences for m in _FIGURE.findall(s)):
        return None
    return "no figure is given beyond those in the question" if given else "no figure is given"


_NAMED_BODY = (
    r"(?P<named>(?:the\s+)?(?:(?P<owner>[A-Z][\w\-]*)[’']s\s+)?"
    r"(?P<body>(?:[A-Z][\w’'\-]*\s+)*[A-Z][\w’'\-]*|(?:[a-z][\w\-]*\s+){0,4}[a-z][\w\-]*))\s*\??\s*$"
)

_WHO_LEADS = re.compile(
    rf"^\s*{WHO_ASKED}\s+(?P<verb>chairs?|leads?|heads?|runs?|manages?|convenes?|coordinates?|hosts?)\s+(?:up\s+)?"
    + _NAMED_BODY
)  # 'Which councillor chairs the DSP?', 'Which organisation leads…?' ask what 'Who chairs…?' does

_WHO_IS_ROLE = re.compile(
    r"^\s*[Ww]ho\s+(?:is|was|are|were)\s+(?:the\s+)?(?:current\s+|present\s+)?"
    r"(?P<verb>chair(?:man|person|woman)?|leader|head|manager|coordinator|convenor|host|chief\s+executive|director|"
    r"mayor|president|secretary)s?\s+of\s+" + _NAMED_BODY
)  # 'Who is the chair of the Oxford Strategic Partnership?' asks what 'Who chairs…?' does

_WHO_IS_BODYS_ROLE = re.compile(
    r"^\s*[Ww]ho\s+(?:is|was)\s+(?:the\s+)?(?:current\s+|present\s+)?"
    r"(?P<named>(?P<body>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*))(?:[’']s)?\s+"
    r"(?P<verb>chair(?:man|person|woman)?|leader|head|manager|coordinator|convenor|chief\s+executive|director)"
    r"(?:\s+(?:when|while|at\s+the\s+time|during)\b[^?]*)?\s*\??\s*$"
)  # 'Who is the OSP chair?' asks what 'Who chairs the OSP?' does

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
    m = _WHO_LEADS.match(question) or _WHO_IS_ROLE.match(question) or _WHO_IS_BODYS_ROLE.match(question)
    if not m:
        return None
    body, owner = m.group("body").strip(), m.groupdict().get("owner")
    words = body.split()
    if not body[:1].isupper() and owner is None:
        return None  # 'Who chairs most LSPs?', 'Who chairs the board?'
    if len(words) == 1 and (words[0] in GENERIC_NAMES or words[0].rstrip("s") in GENERIC_NAMES) and not owner:
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
    asked = f"is the {verb} of" if m.re in (_WHO_IS_ROLE, _WHO_IS_BODYS_ROLE) else verb
    return f"nothing quoted says who {asked} {m.group('named').strip()}"


_FINDINGS_Q = re.compile(
    r"\b(?:find|finds|found|conclude[sd]?|conclusions?|findings?|results?|show(?:s|ed|n)?|reveal(?:s|ed)?|"
    r"learn(?:s|ed|t)?|recommend(?:s|ed|ing|ations?)?)\b",
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
