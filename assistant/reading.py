"""What a question asks of the passages' sentences: its words and topic, the answer type it wants, the term it
defines, the kinds of block and the names it points at."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .glossary import acronyms_spelled_out, bare_acronym
from .questions import (
    DEFINITION_Q,
    FRAME_WORDS,
    HOW_LONG_FRAME,
    HOW_LONG_Q,
    PLACE_NAMED,
    RATE_Q,
    SIGNATURE,
    WEB_PLACE,
    WHEN_CLAUSE,
    WHERE_FOUND_Q,
    WHICH_PLACES_Q,
    acting_verb,
    akin,
    asked_thing,
    asked_verb,
    author_as_report,
    conditions_of,
    expected_answer,
    names_in,
    other_senses,
    sector_words,
    sets_conditions_of,
    shares_a_word,
    topic_terms,
    with_synonyms,
    without_locator,
    without_pointing_one,
)
from .retrieval import block_hint_words, block_kinds, names_the_case_studies
from .speakers import asked_speaker, said_by
from .thesaurus import Thesaurus
from .tokens import tokenize
from .units import Unit, is_row, row_column, row_key, ticked

_MORE_SUITABLE_Q = re.compile(
    r"^\s*(?:when|why|in what (?:circumstances|cases))\s+(?:is|are|would|should|might|could|does|do)\s+"
    r"(?:an?\s+|the\s+)?(?P<term>[\w’'\- ]{2,40}?)\s+(?:be\s+)?(?:more|less|better|worse|preferable|"
    r"a better|the better)\b",
    re.I,
)  # 'When is pooling more suitable than aligning?': sentences about pooling, not aligning
_SOURCE_Q = re.compile(
    r"\bwhose\b|\bsources?\b|\b(?:taken|adapted|drawn)\s+from\b|\b(?:is|are|was|were)\s+(?:it\s+|they\s+)?"
    r"(?:[\w’'\-]+\s+){0,4}?(?:based|modelled|modeled)\s+on\b|\b(?:come|comes|came)\s+from\s*\?|\borigins?\b|"
    r"^\s*who\s+(?:first\s+)?(?:developed|devised|created|invented|designed|came\s+up\s+with)\b",
    re.I,
)  # 'Whose model is…?', 'What is the 7S framework based on?', 'Who devised it?': where a model came from
_LAW_Q = re.compile(r"\b(?:what|which)\s+(?:legislation|acts?|laws?|statutes?)\b", re.I)  # 'What legislation is
# the source for…?' asks for an Act, not a table's 'Source: Audit Commission, 2008'
_ORIGIN = re.compile(r"\boriginally\b|\badapted\s+(?:from|by)\b|\bderived\s+from\b", re.I)  # 'was originally a
# business strategy tool (Ref. 16)'

_NUMBER_Q = re.compile(
    rf"(?<!about )\b(how (many|much|often|long|big)|what (percentage|proportion|share)|per cent)\b|{RATE_Q}|"
    rf"(?:^\s*(?:(?:from|since|until|by)\s+)?|\b(?:and|or|but)\s+|[,;]\s*)when\b{WHEN_CLAUSE}",  # not 'Who is
    # accountable when…', nor 'When partners decommission services, what should…?'
    re.I,
)


_SORTS = r"(?:elements?|aspects?|sides?|factors?|layers?|levels?|stages?|principles?|types?|kinds?|parts?)"
_SORT_Q = re.compile(
    rf"\bthe\s+(?:(?:two|three|four|five|six|seven)\s+)?(?P<sort>[a-z]+)\s+(?P<head>{_SORTS})\b", re.I
)  # 'What are the hard elements of the 7S framework?'
_SORT_SAID = re.compile(
    rf"\b(?:which|what)\s+(?:(?!are\b|is\b)[\w’'\-]+\s+)?(?P<head>{_SORTS})\s+"
    r"(?:of\s+(?:the\s+)?[\w’'\- ]{1,40}?\s+)?(?:are|is)\s+(?:the\s+)?"
    r"(?P<sort>[a-z]+)(?:\s+ones?)?\s*(?:\([^)]*\))?\s*\??\s*$",
    re.I,
)  # 'Which elements of the 7S framework are soft?', 'Which elements are hard (7S framework)?', 'Which 7S elements…'
_SORT_ONES = re.compile(
    rf"\b(?:which|what)\s+(?:are|is)\s+the\s+(?P<sort>[a-z]+)\s+(?:ones?\s*)?\([^)]*?\b(?P<head>{_SORTS})\)", re.I
)  # 'Which are the hard ones (7S elements)?': a follow-up, its sort named before ('ones' may be read away)
_NOT_A_SORT = {"main", "key", "other", "different", "same", "first", "last", "two", "three", "four", "five", "six",
               "seven", "these", "those", "its", "their", "they", "there", "most", "best", "important", "needed",
               "missing", "used", "covered", "included", "listed"}  # fmt: skip


@dataclass(frozen=True)
class Reading:
    """One question as the sentence selector reads it."""

    question: str
    focus: str  # the question without where to look ('…in the report') and with its author read as the report
    qset: frozenset[str]  # its word tokens, acronyms spelled out, less the words that name a kind of block
    topic: frozenset[str]  # what it is about, in its words
    synonyms: frozenset[str]  # other forms and other names of its words, the reports' words for its phrases
    numeric: bool  # it asks how many, how much, how often, when…
    thing: str | None  # what 'how many' counts
    expected: tuple[re.Pattern[str], str] | None  # the answer type a direct question wants (a sum, a date…)
    subject: re.Pattern[str] | None  # for 'what is X?', sentences with X as their subject
    actor: re.Pattern[str] | None  # for 'who chairs…?', the verb a sentence must use as a verb
    named_kinds: frozenset[str]  # kinds of block it points at (table, figure, the recommendations…)
    asks_source: bool  # 'Whose model…?', 'taken from…'
    asked_names: frozenset[str]  # names it mentions
    sort: tuple[str, str] | None = None  # 'the hard elements': one sort of elements, not others
    places: bool = False  # 'Which councils were visited…?': a sentence naming places is preferred
    web: bool = False  # 'Where can I find the briefing papers?': a sentence giving a web address is preferred
    sectors: frozenset[str] = frozenset()  # 'voluntary' in 'the voluntary sector': counts only in a sector's name
    speaker: tuple[str, ...] = ()  # 'What did a PCT chief executive say?': whose quotations answer
    holder: tuple[frozenset[str], ...] = ()  # 'What role do the police play?': the police, in each of its names
    roll_call: bool = False  # 'Which councils were the case studies?': the sentence naming them all answers
    conditions: frozenset[str] = frozenset()  # 'When should we pool rather than align?': what the conditions
    # asked for are of, in its words and the reports' ('pool', 'pooling'), not what it is compared with
    worded: frozenset[str] = frozenset()  # the reports' words for its everyday phrases ('mixed methods' for 'What
    # evidence did the study use?')

    def sets_conditions(self, unit: Unit) -> bool:
        """True for a lead-in into the conditions a circumstances question asks for, of what it asks about
        ('Pooling is more suitable when:' for 'When should partners pool budgets rather than align them?', not
        'Aligning is more suitable when:')."""
        return unit.is_lead and sets_conditions_of(self.conditions, unit.text)

    @property
    def first_type(self) -> tuple[re.Pattern[str], str] | None:
        """The answer type whose best sentence answers first when near enough the best: the one required, else a
        web address for 'where can I find…'."""
        return self.expected or ((WEB_PLACE, "web address") if self.web else None)

    @property
    def scored_type(self) -> tuple[re.Pattern[str], str] | None:
        """The answer type a sentence scores for: the one put first, else a place's name for 'which councils',
        preferred but not required ('All councils have a duty…' may answer)."""
        return self.first_type or ((PLACE_NAMED, "place") if self.places else None)

    def words_in(self, text: str) -> set[str]:
        """The question's words a sentence may match: not a sector's word it uses in another sense ('voluntary
        LAAs' for 'the voluntary sector')."""
        return set(self.qset) - other_senses(self.sectors, text)

    def names_the_holder(self, text: str) -> bool:
        """True when text names whose role the question asks about ('the police', 'PCTs' or 'primary care trusts'),
        or it asks about none: 'Local authority chief executives play a crucial role…' is not the police's role."""
        said = set(tokenize(text))
        said |= {t[:-1] for t in said if t.endswith("s")}  # 'PCTs', which the tokenizer leaves plural, as 'pct'
        return not self.holder or any(all(akin(t, said) for t in name) for name in self.holder)

    def quotes_the_speaker(self, speaker: str | None) -> bool:
        """True when the question asks what someone said and this quotation's speaker is them."""
        return bool(self.speaker) and speaker is not None and said_by(list(self.speaker), [speaker])

    def quotes_another(self, speaker: str | None) -> bool:
        """True when the question asks what someone said and a quotation's speaker is someone else ('Council chief
        executive' for 'a PCT chief executive')."""
        return bool(self.speaker) and speaker is not None and not self.quotes_the_speaker(speaker)

    def names_the_sort(self, text: str) -> bool:
        """True when text says the sort the question asks for by ('softer aspects' for 'the soft elements')."""
        return self.sort is not None and shares_a_word([self.sort[0]], text)

    def names_another_sort(self, text: str) -> bool:
        """True when text names another sort of what the question asks for by its sort ('the three
        transformational elements' for 'the hard elements') and never the one asked for."""
        if self.sort is None:
            return False
        sort, head = self.sort
        if shares_a_word([sort], text):
            return False
        if re.search(rf"\ball\s+(?:(?:two|three|four|five|six|seven|the)\s+)?{head.rstrip('s')}s?\b", text, re.I):
            return True  # 'all seven elements' are not the hard ones alone
        return any(
            m.group("sort").lower() not in _NOT_A_SORT and tokenize(m.group("head")) == tokenize(head)
            for m in re.finditer(rf"\b(?P<sort>[a-z]+)\s+(?P<head>{_SORTS})\b", text, re.I)
        )

    @property
    def signed(self) -> bool:
        """'Who wrote…?', 'When was … written?': a paper's signature says both."""
        return self.expected is not None and self.expected[1] in ("author", "date")

    def signs(self, text: str) -> bool:
        """A signature answers who wrote it, when, and who its signer is."""
        return self.signed or bool(self.asked_names & set(text.split()))

    def source_line(self, text: str) -> bool:
        """'Whose model is…?' is answered by a figure's Source line or a sentence saying where a thing came from; an
        author or date question by a signature."""
        source = text.startswith("Source:") or bool(_ORIGIN.search(text))
        return self.asks_source and source or bool(SIGNATURE.match(text)) and self.signs(text)

    def names_row(self, unit: Unit) -> bool:
        """'… the strategic layer …' names the row 'Governance layer: Strategic | …', '… a third sector chair …' the
        row 'LSP chair: Third sector representative | …' by all its words but the last; 'Are probation and youth
        offending teams named partners?' the tick row 'Probation trusts and other providers of probation services ✓'
        by its first word."""
        tick = ticked(unit.text)
        if is_row(unit) and not tick and row_key(unit.text).lower() in _quoted(self.question):
            return True  # "if the chair falls into the catch-all 'Other' category": the row 'LSP chair: Other | …'
        key = tokenize(row_key(unit.text) if not tick else unit.text)
        if not (is_row(unit) or tick) or not key:
            return False
        if set(key) <= self.qset:
            return True
        if not tick and len(key) >= 3 and set(key[:-1]) <= self.qset | self.synonyms and self._asks_of_column(unit):
            return True  # 'a third sector chair' (or 'a voluntary sector chair') names 'Third sector representative'
        words = [t for w in unit.text.split() for t in tokenize(w) if t not in _SORT_WORDS and t not in FRAME_WORDS]
        if tick and unit.position == 0:  # a matrix's column heads run into its first row ('Organisations … relevant
            return bool(set(words) & self.qset)  # partners Museums, Libraries, and Archives Council ✓')
        return tick and bool(words) and words[0] in self.qset  # word by word, 'Probation trusts' being one token;
        # 'English Heritage' by 'heritage'

    def _asks_of_column(self, unit: Unit) -> bool:
        """True when the question says the head word of the column naming a set-out row ('chair' of 'LSP chair:
        Third sector representative | …'): 'Should the third sector be on the LSP?' asks of no chair."""
        words = tokenize(row_column(unit.text) or "")
        return bool(words) and words[-1] in self.qset | self.synonyms


def _quoted(question: str) -> set[str]:
    """The phrases a question puts in quotation marks, in lower case ("the 'Other' category" → {'other'})."""
    return {m.strip().lower() for m in re.findall(r"(?:^|(?<=\W))['‘\"“]([^'’\"”]{1,60})['’\"”](?=\W|$)", question)}


_SORT_WORDS = {
    "local", "national", "regional", "joint", "other", "county", "district", "city", "metropolitan", "strategic",
    "chief", "organisation", "body", "partner", "partnership",
}  # fmt: skip  # a first word that says what sort of body a row is, not which ('Local authorities ✓')


def read(question: str, acronyms: dict[str, str], thesaurus: Thesaurus) -> Reading:
    """The reading of a question, given the reports' acronyms and the thesaurus of their words for everyday ones."""
    focus = without_locator(author_as_report(without_pointing_one(question)))  # where to look is no part of what
    # the answer says, nor is a 'one' standing for the thing asked about ('Is there one in Bolton (LIFT)?')
    qset = set(tokenize(focus)) | set(tokenize(" ".join(acronyms_spelled_out(focus, acronyms))))
    qset = (qset - block_hint_words(focus)) or qset  # 'what does the report recommend': where, not what
    qset = (qset - HOW_LONG_FRAME) if HOW_LONG_Q.search(focus) else qset  # 'How long did the study take?': not
    # 'long-term objectives', nor 'takes the lead role'
    numeric = bool(_NUMBER_Q.search(question))
    worded = thesaurus.report_tokens(focus)
    return Reading(
        question=question,
        focus=focus,
        qset=frozenset(qset),
        topic=frozenset(set(topic_terms(focus)) - block_hint_words(focus)),
        synonyms=frozenset((with_synonyms(qset) | worded) - qset),  # 'membership' too
        numeric=numeric,
        thing=asked_thing(question) if numeric else None,
        expected=expected_answer(question),
        subject=defined_subject(focus, acronyms),
        actor=acting_verb(focus, thesaurus.report_tokens(asked_verb(focus) or "")),  # 'agrees' for 'approves'
        named_kinds=frozenset(block_kinds(question)),
        asks_source=bool(_SOURCE_Q.search(question)) and not _LAW_Q.search(question),
        asked_names=frozenset(names_in(focus)),
        sort=_sort_asked(focus),
        places=bool(WHICH_PLACES_Q.search(question)),
        web=bool(WHERE_FOUND_Q.search(question)),
        sectors=sector_words(focus),
        speaker=tuple(asked_speaker(question)),
        holder=role_holder(focus, acronyms),
        roll_call=names_the_case_studies(question),
        conditions=conditions_of(focus, thesaurus.report_tokens),
        worded=frozenset(worded),
    )


_ROLE_Q = re.compile(
    r"^\s*what\s+(?:roles?|parts?)\s+(?:do|does|did|can|could|should|will|would|might|must)\s+"
    r"(?P<holder>[\w’'\- ]+?)\s+(?:play|have|take|fill)\b|"
    r"^\s*what\s+(?:is|are|was|were|should\s+be)\s+the\s+(?:roles?|parts?|jobs?|functions?)\s+of\s+"
    r"(?P<of>[\w’'\- ]+?)(?:\s+(?:in|on|within|for|at)\s+[^?]*)?\s*\??\s*$",
    re.I,
)  # 'What role do the police play in LSPs?', 'What is the role of the council leader in an LSP?'


def role_holder(question: str, acronyms: dict[str, str]) -> tuple[frozenset[str], ...]:
    """Whose role a question asks about, as the word sets of each of its names ('the PCT': {'pct'} and {'primary',
    'care', 'trust'}); empty for any other question."""
    m = _ROLE_Q.match(question)
    if m is None:
        return ()
    holder = m.group("holder") or m.group("of")
    names = [holder, *acronyms_spelled_out(holder, acronyms)]
    names += [long for acronym, long in acronyms.items() if re.search(rf"\b{re.escape(acronym)}s?\b", holder)]
    return tuple(dict.fromkeys(frozenset(tokenize(n)) for n in names if tokenize(n)))


def _sort_asked(question: str) -> tuple[str, str] | None:
    """The sort and the noun of 'the hard elements', as tokens; None for 'the main elements' or 'the three layers'."""
    m = _SORT_Q.search(question) or _SORT_SAID.search(question) or _SORT_ONES.search(question)
    if m is None or m.group("sort").lower() in _NOT_A_SORT:
        return None
    sort = tokenize(m.group("sort"))
    return (sort[0], m.group("head").lower()) if sort else None


def defined_subject(question: str, acronyms: dict[str, str]) -> re.Pattern[str] | None:
    """For 'what is X?' (and 'when is X more suitable than Y?'), a pattern for sentences with X as their
    subject ('The 7S framework stresses…'), X by its acronym or long form too ('DCA reviews…' for 'What is
    delivery chain analysis?')."""
    m = DEFINITION_Q.match(question)
    compared = _MORE_SUITABLE_Q.match(question)
    if not m and not compared:
        return None
    found = compared or m
    assert found is not None
    groups = tuple(found.group(g) for g in (("term",) if compared else ("term", "term2", "term3")))
    term = next(g for g in groups if g).strip(" ‘’'\"")
    words = [w for w in term.split() if w.lower() not in ("the", "a", "an")]
    if not words:
        return None
    phrase = " ".join(words)
    forms = [phrase, *acronyms_spelled_out(phrase, acronyms), acronyms.get(phrase.rstrip("s"), "")]
    names = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in dict.fromkeys(forms) if f)
    some = r"(?:(?:some|many|most|all|each|one|few|none)\s+of\s+)?"  # 'Some of the thematic partnerships…'
    bare = bare_acronym(phrase)  # an acronym: a sentence spelling it out in brackets names it too
    spelled = rf"|^.*?\b[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){{1,5}}\s+\({re.escape(bare)}s?\)" if bare else ""
    return re.compile(  # names it too ('… scrutinised the Dorset Strategic Partnership (DSP).' for 'What is the DSP?')
        rf"^\W*{some}(?:the\s+|an?\s+)?(?:[\w’'\-]+\s+){{0,2}}?(?:{names})s?\b(?!\s*:){spelled}", re.I
    )
