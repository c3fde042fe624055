"""Reading a question: the names, years and topic words it gives, the kind of answer it wants, and turns of
talk that ask nothing."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable

from .text import split_sentences, without_exclusion
from .tokens import NUMBER_OF, VERB_ENDINGS, tokenize, verb_bases

RATE_Q = r"^\s*what\b[^?]*\b(?:rate|ratio|score)s?\b"  # 'What household recycling rate…?'

CONTRAST_Q = re.compile(
    r"\b(?:differences?|differs?|compare[ds]?|comparison|contrast|versus|vs)\b|\brather than\b|"
    r"\binstead of\b|\bwhich\b.*\band which\b",
    re.I,
)  # 'What is the difference between aligning and pooling?', 'How does a CDRP differ from an LSP?', 'When should

# we pool rather than align?'
COMPARE_Q = re.compile(
    rf"{CONTRAST_Q.pattern}|\bbetween\b[^?]*\band\b|"
    r"\b(?:better|worse|preferable|(?:more|less)\s+(?:suitable|appropriate|effective))\s+(?:than|to)\b",
    re.I,
)  # 'split between X and Y', 'When is pooling better than aligning?' too

_NOT_SHOWN = "".join(
    f"(?<!{verb} )" for verb in ("show", "shows", "showed", "shown", "reveal", "reveals", "revealed", "highlighted")
)  # 'once the SNA had shown how much it depended on a few people': how much is what was shown, no figure asked for
_SETTING = r"(?:(?:in|for|during|across|among|according\s+to)\s+[^,?]{2,60},\s*)?"  # 'In the 2008 survey, what
# proportion…?': where the figure is to be found, before the question itself
QUANTITY_Q = re.compile(
    rf"^\s*(how (many|much|big|often|long|large)|{_SETTING}what (proportion|percentage|share|rate|total|amount|budget)|"
    rf"what was the total)\b|(?<!about ){_NOT_SHOWN}\b(how many|how much)\b|{RATE_Q}",
    re.I,
)

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
NUMBER_WORDS = (
    f"(?:{_TENS})-(?:{_UNITS})|{_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    f"nineteen|{_TENS}|hundred|thousand|million|billion|half|quarter|third|fifth|tenth|dozen"
)  # the words the reports write figures with ('thirty-three services', 'sixteen services', 'one hundred and
# eighteen … interviews')

QUANTITY = re.compile(rf"\d|£|\bper cent\b|\b(?:{NUMBER_WORDS})\b", re.I)

HOW_MANY = re.compile(r"(?<!about )\bhow\s+many\b", re.I)  # not 'What did X say about how many…?', which asks
# what X said

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

_DOC_YEAR = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:(?:national|summary|(?-i:[A-Z][\w’'\-]*)(?:[’']s)?)\s+){0,3}"
    r"(?:study|report|paper|survey|document|summary)\b",
    re.I,
)  # a document named by its year: 'the 2009 study', 'the 2010 Oxford paper', 'the 2010 summary', 'the 2009 Audit
# Commission report'; what to look in, not a year the answer must name

AUTHOR_Q = re.compile(
    r"^\s*who\s+(?:wrote|authored|drafted|compiled|researched|signed|(?:led|directed|conducted|carried\s+out|did|"
    r"ran)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,4}?(?:study|research|report|fieldwork)\b(?!\s+[a-z]+\s*\??\s*$)|"
    r"(?:is|was|were|are)\s+the\s+(?:authors?|writers?|researchers?)\b)",
    re.I,
)  # 'Who wrote the report?', 'Who led the study?', 'Who is the author of…?'; not 'Who led the Warwickshire board?',
# nor 'Who did the study interview?', which asks whom it interviewed

PURPOSE_Q = re.compile(
    r"^\s*(?:(?:so|and|but)\s+)?(?:"
    r"why\s+(?:did|does|was|were|is|has|had)\s+(?:the\s+|this\s+|they\s+|it\s+)?(?:[\w’'\-]+\s+){0,4}?"
    r"(?:(?:do|write|carry\s+out|undertake|conduct|produce|publish|commission)\s+(?:the|this|their|its|a)\s+"
    r"(?:[\w’'\-]+\s+){0,2}?(?:study|report|research|review|paper)|"
    r"(?:study|report|research|review|paper)\s+(?:done|written|carried\s+out|undertaken|conducted|produced|"
    r"published|commissioned|needed))\b|"
    r"what\s+(?:is|was|were|are)\s+(?:the\s+)?(?:main\s+)?(?:purpose|purposes|aims?|objectives?|point|goals?)\s+of\s+"
    r"(?:the|this|their|its)\s+(?:[\w’'\-]+\s+){0,3}?(?:study|report|research|review|paper)\b|"
    r"what\s+(?:is|was)\s+(?:the|this)\s+(?:[\w’'\-]+\s+){0,3}?(?:study|report|research|review|paper)\s+for\b|"
    r"what\s+(?:did|does)\s+(?:the|this)\s+(?:[\w’'\-]+\s+){0,3}?(?:study|report|research|review|paper)\s+"
    r"(?:aim|set\s+out|try|seek|hope)\s+to\b)",
    re.I,
)  # 'Why did the Audit Commission do this study?', 'What was the purpose of the report?', 'What is the study for?',
# 'What did the report set out to do?': what the document says it aims to do; not 'Why do partners pool budgets?'

_A_PAPER = r"(?:the\s+)?(?:[\w’'\-]+\s+){0,4}?(?:paper|summary|note|report|study|document)"
_WHICH_REPORT = r"^\s*(?:which|what)\s+(?:[\w’'\-]+\s+){0,3}?(?:report|study|document|publication)\s+"
DOCUMENT_SUBJECT_Q = re.compile(
    rf"{_WHICH_REPORT}(?:is|was)\s+{_A_PAPER}\s+(?:about|on|summari[sz]ing|a\s+summary\s+of)\b|"
    rf"{_WHICH_REPORT}(?:does|did)\s+{_A_PAPER}\s+(?:summari[sz]e|cover|review|discuss)\b|"
    rf"^\s*what\s+(?:does|did)\s+{_A_PAPER}\s+summari[sz]e\s*\??\s*$",
    re.I,
)  # 'Which Audit Commission report is the Oxford summary paper about?', 'What report does the Oxford paper
# summarise?': the sentence naming the report it is about
DOCUMENT_TITLE_Q = re.compile(
    rf"^\s*what\s+(?:is|was)\s+the\s+(?:full\s+|exact\s+)?(?:title|name)\s+of\s+{_A_PAPER}\s*\??\s*$|"
    rf"^\s*what\s+(?:is|was)\s+{_A_PAPER}\s+(?:called|titled|entitled)\s*\??\s*$",
    re.I,
)  # 'What is the title of the Oxford paper?', 'What is the 2009 report called?': the line naming it by its title


STATES_AIMS = re.compile(
    r"\b(?:this|the|our)\s+(?:national\s+)?(?:study|report|paper|review|research)\s+(?:aims|aimed|sets\s+out|set\s+out|"
    r"seeks|sought)\s+to\b",
    re.I,
)  # 'This study aims to:', the sentence a document says what it is for in

_WHEN = r"(?:when|(?:in\s+)?(?:what|which)\s+year)"  # asking for a time: 'When…?', 'In what year…?'

DOCUMENT_DATE_Q = re.compile(
    rf"^\s*{_WHEN}\s+(?:was|were|did|is)\s+(?:the|this)\s+(?:(?:audit\s+commission"
    r"(?:['’]s)?|national|oxford|summary|officer(?:['’]s)?|main|(?:19|20)\d\d)\s+)*(?:report|study|paper|document)\s+"
    r"(?:(?:on|about|of|into)\s+(?:[\w’'\-]+\s+){1,6}?)?(?:first\s+)?(?:published|written|"
    r"released|issued|produced|dated|come\s+out|came\s+out|finished)\b"
    rf"|\b{_WHEN}\s+did\s+(?:the\s+)?audit\s+commission\s+(?:publish|bring\s+out|release|issue|"
    r"produce)\s+(?:(?:the|its|this|that)\s+(?:(?:national|LSP|main)\s+)?(?:report|study)\b|['‘’\"“]?working\s+better\s+"
    r"together)",
    re.I,
)  # 'When was the report published?', 'When did the Oxford paper (on the LSP report) come out?', 'In what year was
# the study published?', 'What year did the Audit Commission bring out the report…?'; not 'When was the CAA
# framework document published?', which asks about another document


def names_a_title(text: str, titles: Iterable[str]) -> bool:
    """True when the text names a document by its title's opening words ('‘Working better together?…')."""
    lowered = text.lower()
    return any(" ".join(t.lower().split()[:3]) in lowered for t in titles)


SIGNATURE = re.compile(
    r"^[A-Z][a-z]+(?:\s+[A-Z][a-z’'\-]+){1,2}\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?:19|20)\d\d\s*$",
    re.M,
)  # the line a paper is signed with: 'Sebastian Johnson July 2010'
ORIGIN_Q = re.compile(
    r"^\s*(?:where|how)\s+(?:did|does|do)\b.*\b(?:come\s+from|originate|come\s+about|start|begin)\s*\??\s*$|"
    r"\bwhat\s+(?:was|is|were|are)\s+the\s+origins?\s+of\b",
    re.I,
)  # 'Where did the idea for the Big Derbyshire Clean Up come from?', 'How did … come about?'
ORIGIN = re.compile(
    r"\b(?:emerged|emerges|came|comes|arose|arises|originated|grew|grown|stemmed|started|began|resulted)\s+"
    r"(?:out\s+of|from|as|with|in)\b|\bwas\s+(?:set\s+up|prompted|inspired|triggered)\b",
    re.I,
)  # the text telling where something came from: 'emerged from consultation with Citizens' Panel representatives'


AUTHORSHIP = re.compile(
    r"\b(?:wr[io]te|written|writers?|authors?|authored|drafted|compiled|undertook\s+(?:the\s+)?research|"
    r"study\s+director|(?:prepared|produced|published)\s+by)\b|"
    rf"(?-i:{SIGNATURE.pattern})",
    re.I | re.M,
)

_WHO_ACTS = re.compile(
    r"^\s*who\s+(?:(?:should|will|would|can|could|does|did|do|must|may|might)\s+)?"
    r"(?!(?:is|are|was|were|be|been|has|have|had|else|exactly)\b)(?P<verb>[a-z]{3,})\b",
    re.I,
)  # 'Who advised the study?', 'Who should lead the LSP?'; not 'Who is the chair?'
_VERB_ENDS = (*VERB_ENDINGS, ("es", ""), ("s", ""))  # 'coordinates', 'leads' too


def doer_words(question: str, knows: Callable[[str], bool]) -> list[str]:
    """For 'Who advised the study?', the words the reports use for those who do what is asked ('adviser',
    'advisory'), which keyword search then looks for too: the reports name the doer, not the deed."""
    m = _WHO_ACTS.search(question)
    if not m:
        return []
    verb = m.group("verb").lower()
    stems = {verb, *verb_bases(verb, _VERB_ENDS)}
    forms = {stem + suffix for stem in stems for suffix in ("er", "r", "or", "ory")}
    return sorted(f for f in forms if knows(f))


GENERIC_NAMES = {
    "I", "LSP", "LSPs", "The", "What", "How", "Which", "Who", "When", "Why", "Is", "Are", "Does", "Do", "Did",
    "Can", "Could", "Should", "Audit", "Commission", "Commission’s", "Commission's", "Act", "England", "English",
    "Council", "Councils", "Government", "Partnership", "Partnerships", "Local", "Strategic", "Appendix", "Chapter",
    "Acts", "Whitehall",
}  # fmt: skip

_PLACE = (
    r"(?:the\s+|its\s+)?(?:[\w’'\-]+\s+){0,3}?(?:summary|look|paper|report|study|chapter|timeline|figure|table|"
    r"glossary|recommendations|appendix|introduction|conclusions?)"
)  # 'the forward look', 'the report's timeline figure', 'the Oxford officer's summary'

_LOCATOR = re.compile(rf"\s*,?\s*\b(?:according to|in|from)\s+{_PLACE}(?:\s+figure)?\s*\??\s*$", re.I)

_LEADING_LOCATOR = re.compile(
    rf"^\s*(?:(?:according to|in)\s+{_PLACE}\s*,|{_PLACE}\s*(?:[-–—:]|\s-)(?=\s*[a-z]+\b))\s*", re.I
)  # 'According to the Oxford officer's summary, …'; 'Oxford summary paper - what does it say about…?'

_CONTRACTIONS = (
    (re.compile(r"\b(what|who|where|how|when|why|that|there|it)['’]s\b", re.I), r"\1 is"),
    (re.compile(r"\b(what|who|where|how|when|why)s\b", re.I), r"\1 is"),  # 'whats an lsp', typed without the mark
    (re.compile(r"\bcan['’]t\b", re.I), "cannot"),
    (re.compile(r"\bwon['’]t\b", re.I), "will not"),
    (re.compile(r"\b(\w+)n['’]t\b", re.I), r"\1 not"),
    (re.compile(r"\b(do|does|did|is|are|was|were|has|have|had|should|would|could)nt\b", re.I), r"\1 not"),
)


def uncontracted(question: str) -> str:
    """The question with its contractions spelled out ('What's the yearly bill?' → 'What is the yearly bill?'),
    so the patterns that read a question's type need match only one form."""
    for pattern, full in _CONTRACTIONS:
        question = pattern.sub(full, question)
    return question


_NUMBER_OF = re.compile(
    r"^(?P<lead>\s*)what(?:\s+(?P<tense>is|was|are|were)|[’']s)\s+the\s+(?:(?:typical|average|usual|normal|total|"
    r"overall|estimated|exact|approximate|current|maximum|minimum|ideal|right|best|optimum|optimal|recommended|"
    r"suggested)\s+)?number\s+of\s+"
    r"(?P<thing>(?:(?!(?:in|on|at|across|for|per|within|that|who|which|involved|taking)\b)[A-Za-z’'\-]+\s*){1,4}?)"
    r"(?P<rest>(?:\s+(?:in|on|at|across|for|per|within|that|who|which|involved|taking)\b.*)?\??)\s*$",
    re.I,
)


def as_how_many(question: str) -> str:
    """The question with 'What is the (typical) number of X' asked as 'How many X are there', so a count is read
    one way ('What's the typical number of theme groups in an LSP?' → 'How many theme groups are there in an
    LSP?')."""
    m = _NUMBER_OF.match(question)
    if m is None:
        return question
    past = (m["tense"] or "").lower() in ("was", "were")
    return f"{m['lead']}How many {m['thing'].strip()} {'were' if past else 'are'} there{m['rest']}"


def without_locator(question: str) -> str:
    """The question less a phrase that says where to look ('…, according to the forward look?',
    'According to the Oxford officer's summary, …') or what it does not ask about ('Apart from pooling, …')."""
    stripped = without_exclusion(_LEADING_LOCATOR.sub("", _LOCATOR.sub("", question)))
    return stripped if len(tokenize(stripped)) >= 2 else question


_AUTHOR_SAYS = re.compile(
    r"\b(?:the\s+)?Audit\s+Commission(?:[’']s)?(?=\s+(?:(?:really|actually|itself)\s+)?(?:find|finds|found|say|says|"
    r"said|think|thinks|thought|recommend\w*|conclude\w*|suggest\w*|believe\w*|views?|verdict|conclusions?|"
    r"findings?|advice|advise\w*|(?:do|does|did)\s+(?:the|its|this|their)\s+(?:research|study|fieldwork|survey)|"
    r"carr(?:y|ies|ied)\s+out|conduct\w*|research\w*|survey\w*|interview\w*|consult\w*)\b)",
    re.I,
)  # 'How did the Audit Commission do the research?' asks how the study was done; 'What will the Audit Commission
# do?' asks about the Commission; 'Who did the Audit Commission survey?', whom its study surveyed


_OFFICER = re.compile(r"\bthe\s+Oxford\s+(?:council\s+|city\s+)?officer(?=[’']s\b|\b)", re.I)  # who wrote the paper


def author_as_report(question: str) -> str:
    """The question with the reports' author read as the report where it asks what the author found or said ('What
    did the Audit Commission find about costs?' → 'What did the report find about costs?'): the words name where to
    look, not what about, and would draw in every sentence that names the Commission ('The Audit Commission will:');
    the summary paper's author, 'the Oxford officer', is read as the paper, whatever is asked of them."""
    return _OFFICER.sub("the Oxford paper", _AUTHOR_SAYS.sub("the report", question))


def names_in(question: str) -> list[str]:
    """Proper names and acronyms the question mentions (not its first word, not generic ones)."""
    return [name for phrase in name_phrases(question) for name in phrase.split()]


_I_CONTRACTED = re.compile(r"I['’](?:m|ve|d|ll)")  # 'I'm on the LSP exec…': the asker, no name


def name_phrases(question: str) -> list[str]:
    """The question's names, those written next to each other as one ('Place Survey', 'Milton Keynes')."""
    words = [w.strip("’'") for w in re.findall(r"[A-Za-z’']+|[^A-Za-z’'\s]+", question)]
    phrases: list[list[str]] = []
    joined = False  # the word before was a name, with nothing between
    first = next((i for i, w in enumerate(words) if w[:1].isalpha()), 0)
    for i, word in enumerate(words):
        base = re.sub(r"['’]s$", "", word)
        opens = i > 0 and bool(re.search(r"[.?!]$", words[i - 1]))  # 'Our partners… council. Any advice?': a
        # sentence's first word, capitalised for that alone, as the question's first is
        name = (
            i > first and not opens and base not in GENERIC_NAMES and word not in GENERIC_NAMES
            and base[:1].isupper() and (base[1:].islower() or base.isupper()) and len(base) > 1
            and not _I_CONTRACTED.fullmatch(base)
        )  # fmt: skip
        if name and joined and not words[i - 1].endswith(("’s", "'s")):
            phrases[-1].append(base)
        elif name:
            phrases.append([base])
        joined = name
    return [" ".join(p) for p in phrases]


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
        "done",
        "carry",  # 'How did they carry out (conduct) the study?' asks how it was done
        "carried",
        "conduct",
        "conducted",
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
        "commonly",  # 'usually', 'normally', 'typically', 'generally' are stopwords, never tokens
        "long",
        "last",  # 'How long does an LAA last?', not 'over the last three decades'
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
        "differ",  # 'How does CAA differ from CPA?' is about CAA and CPA, not about differing
        "difference",
        "compare",
        "comparison",
        "contrast",
        "versus",
    ]
)

_CONTRACTED = {
    "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "won", "wouldn", "shouldn",
    "couldn", "mustn", "needn",
}  # fmt: skip  # what is left of "haven't" once its "'t" is split off
FRAMING = FRAME_WORDS | {f"{w}s" for w in FRAME_WORDS} | _CONTRACTED  # plurals too ('lsps', which the tokenizer
# keeps); 'haven't' is about no 'haven'

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


POINTING_ONE = re.compile(
    r"\bwhich\s+ones?\b|\bones\b|"
    r"\b(?:an?|the|this|that)\s+(?:[\w’'\-]+\s+){1,3}?one(?![\w\-])(?=\s*(?:\(|[?.!,]|$|(?:work|be|is|was|help|do|does|"
    r"did|have|has)\b))|"
    r"\b(?<!\bno\s)one(?=(?:\s+(?:up|too|yet|now|as\s+well|(?:in|at|for)\s+(?-i:[A-Z])[\w’'\-]*(?:\s+[\w’'\-]+)?))?"
    r"\s*(?:\([^)]*\))?\W*$)",
    re.I,
)  # 'one' for a thing just named: 'Which case study used one?', 'How do I set one up?', 'Is there one in
# Bolton?', 'Can a private sector one work?', 'the hard ones'; not 'one in ten', 'the number one priority'


def without_pointing_one(question: str) -> str:
    """The question without a 'one' that stands for a thing named before: 'Is there one in Bolton (LIFT)?' asks
    about LIFT in Bolton, and 'Bolton was one of the first areas…' shares no more with it for its 'one'."""
    return POINTING_ONE.sub(lambda m: re.sub(r"\bones?\b", " ", m.group(0), flags=re.I), question)


def topic_terms(question: str) -> list[str]:
    """The question's word tokens that say what it is about: not its frame ('what', 'say', 'report', 'LSP'), the
    names it gives, years, 'one' standing for a thing named before, nor 'the role (purpose…) of', which asks
    what a thing is."""
    names = {n.lower() for n in names_in(question)} | set(tokenize(" ".join(names_in(question))))  # 'keyne' too
    names |= set(_DOC_YEAR.findall(question))  # 'the 2009 study' says where to look, not what about
    terms = [
        t
        for t in tokenize(without_pointing_one(question))
        if t not in FRAMING and t not in names and not _YEAR.fullmatch(t)
    ]
    framed = _PLAYS if SAYS_WHAT_IT_IS & set(terms) else set()  # 'What role do the police play?': not 'play'
    framed |= HOW_LONG_FRAME if HOW_LONG_Q.search(question) else set()  # 'How long did the study take?'
    framed |= _ASKING if QUESTIONS_WANTED.search(question) else set()  # 'What questions should we ask about X?'
    return [t for t in terms if t not in SAYS_WHAT_IT_IS and t not in framed]  # 'the role of X': what X is for


_COMPARED = (
    re.compile(r"\bbetween\s+(?P<a>[^?,]+?)\s+and\s+(?P<b>[^?,]+)", re.I),  # 'the difference between A and B'
    re.compile(r"\b(?:do|does|did)\s+(?P<a>[^?,]+?)\s+differ\s+from\s+(?P<b>[^?,]+)", re.I),  # 'How do A differ…'
    re.compile(r"\bcompare\s+(?P<a>[^?,]+?)\s+(?:with|to|and)\s+(?P<b>[^?,]+)", re.I),  # 'Compare A with B'
    re.compile(r"(?P<a>[^?,]+?)\s+(?:versus|vs\.?)\s+(?P<b>[^?,]+)", re.I),  # 'A versus B?'
)


def compared_words(question: str) -> tuple[str, str] | None:
    """The first topic word of each of the two things a question contrasts ('What's the difference between pooled
    and aligned budgets?', 'How do pooled budgets differ from aligned budgets?': 'pooled', 'aligned'), or None when
    it contrasts nothing in those ways."""
    m = next((m for pattern in _COMPARED if (m := pattern.search(question))), None)
    if m is None or not CONTRAST_Q.search(question):
        return None
    a, b = (part[:1].lower() + part[1:] for part in (m.group("a"), m.group("b")))  # 'Pooling versus…' opening
    first = topic_terms(f"What about {a}?")
    second = topic_terms(f"What about {b}?")
    return (first[0], second[0]) if first and second and first[0] != second[0] else None


def says_word(word: str, tokens: set[str]) -> bool:
    """True when tokens hold the word in any form, a verb's too ('pooled' in 'Pooling is more suitable when:')."""
    bases = {b for t in tokens for b in verb_bases(t)} | tokens
    return akin(word, tokens) or bool({word, *verb_bases(word)} & bases)


def tells_of(words: Iterable[str], texts: list[str]) -> bool:
    """True when the texts together name every one of the words, in any form."""
    tokens = set(tokenize(" ".join(texts)))
    return all(says_word(w, tokens) for w in words)


def tells_of_together(words: Iterable[str], text: str, near: int = 3) -> bool:
    """True when some run of `near` sentences of one line of the text names every one of the words: a contrast of
    the two ('Occasionally the money is pooled… In other cases, LSP partners have agreed to align funds'), not two
    items of a list that each name one."""
    for line in text.split("\n"):
        sentences = split_sentences(line)
        if any(tells_of(words, sentences[i : i + near]) for i in range(max(1, len(sentences) - near + 1))):
            return True
    return False


def same_word(a: str, b: str) -> bool:
    """True for two forms of one word: equal, a word and its comparative ('hard', 'harder'), or sharing all but a
    short ending ('independently', 'independent'; 'scrutiny', 'scrutinise'), with at least five letters in common."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_ in (f"{short}er", f"{short}est"):
        return True  # 'hard' and 'harder', 'soft' and 'softest': a short word and its comparative
    common = len(os.path.commonprefix([a, b]))
    return common >= max(5, min(len(a), len(b)) - 3)


def akin(term: str, tokens: set[str]) -> bool:
    """True when tokens hold term or another form of it."""
    return term in tokens or any(same_word(term, t) for t in tokens)


def shares_a_word(words: set[str] | list[str], text: str) -> bool:
    """True when text holds one of the words, in any form ('costs' for 'cost', 'independent' for 'independently')."""
    said = set(tokenize(text))
    return any(akin(t, said) for t in words)


_SECTORS_NAMED = re.compile(
    r"\b((?:[a-z]+(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+))*[a-z]+)\s+sectors?\b|"
    r"\b((?:(?:voluntary|private|community|faith)(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+))*"
    r"(?:voluntary|private|community|faith))\s+(?:organi[sz]ations?|bodies|groups)\b",
    re.I,
)  # 'the voluntary sector', 'the private and voluntary sectors', 'voluntary organisations'


def sector_words(question: str) -> frozenset[str]:
    """The words that name a sector in a question ('voluntary' in 'the voluntary sector'), whose other senses
    ('voluntary LAAs', 'LSPs are voluntary') say nothing of it."""
    return frozenset(
        t for m in _SECTORS_NAMED.finditer(question) for t in tokenize(m.group(1) or m.group(2)) if t != "sector"
    )


def other_senses(words: frozenset[str], text: str) -> set[str]:
    """A question's sector words when text names none of its sectors, so uses them in another sense ('voluntary' in
    'voluntary LAAs'); none when it names one ('the voluntary sector, and community organisations' for 'the
    voluntary and community sector')."""
    if not words or words & {t for m in _SECTORS_NAMED.finditer(text) for t in tokenize(m.group(1) or m.group(2))}:
        return set()
    return set(words)


_ABOUT_THE_ASKER = re.compile(
    r"^\W*(?:i|i'm|i’m|im|i've|i’ve|we|we're|we’re|my|hi|hello|hey|thanks|thank\s+you|good\s+(?:morning|afternoon))\b",
    re.I,
)

_CHATTER = re.compile(
    r"^\W*(?:(?:hi|hello|hey|thanks|thank\s+you|thank\s+you\s+very\s+much|many\s+thanks|cheers|ok|okay|great|"
    r"good|fine|cool|nice|perfect|lovely|brilliant|bye|goodbye|help|please|yes|no|sure|right)\b\W*)+$",
    re.I,
)  # 'Thanks!', 'ok', 'help': a turn of talk, not a question


def chatter(question: str) -> bool:
    """True for a greeting, thanks, 'ok' or a bare 'help': words of talk that ask nothing of the reports; and for
    marks with no word at all ('???')."""
    return bool(_CHATTER.match(question)) or not re.search(r"\w", question)


_GREETING = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|morning|good\s+(?:morning|afternoon|evening)|dear\s+assistant|greetings|thanks|"
    r"thank\s+you|many\s+thanks|cheers|ok|okay|great|cool|perfect|lovely|brilliant|right)"
    r"(?:\s+(?:there|all|team|again))?\s*[,!.:;\-–]+\s*|(?:hi|hello|hey|hiya)\s+(?=\w))+(?=\w)",
    re.I,
)  # 'hi, what is an LSP?', 'Good morning! Who chairs most LSPs?', 'thanks! who are its shareholders?'
_COURTESY = re.compile(
    r"^\W*(?:please\s+|so\s+|ok(?:ay)?,?\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|show|remind)\s+me"
    r"|(?:please\s+)?(?:tell|remind)\s+me|(?:i(?:['’]d|\s+would)\s+like|i\s+(?:want|need))\s+to\s+know"
    r"|(?:do|does\s+any(?:one|body))\s+(?:you\s+)?know|i(?:['’]m|\s+am|\s+was)?\s+wonder(?:ing)?|any\s+idea)\s*,?\s+"
    r"(?=(?:what|who|whom|which|where|when|why|how|whether|if)\b)",
    re.I,
)  # 'can you tell me what…', 'I'd like to know how…': the question is what follows; not 'Tell me about Bolton'
_FILLER_LEAD = re.compile(r"^\W*what\s+(?:exactly|actually)\s+(?:is|are)\b", re.I)  # 'What exactly is an LSP?'
_FILLER = re.compile(r"\s+\b(?:actually|exactly|basically|precisely)\b(?=\s)", re.I)  # 'what exactly is an LSP?'
_WORD = r"[\w’'\-]+"
_BE = r"(?:is|are|was|were)"
_EMBEDDED = re.compile(
    rf"^(?P<wh>which\s+{_WORD}|how\s+(?:many|much)\s+{_WORD}|how\s+(?:long|often|far)|what|who|where|when|why|how)\s+"
    rf"(?P<rest>(?:(?!{_BE}\b){_WORD}\s+)*?{_WORD})\s+(?P<verb>{_BE})(?:\s+(?P<done>{_WORD}(?:ed|en|ing)|done|made|set"
    r"|run|held|led|met|paid|put|kept|found|spent|brought|sent|built|told|said|used))?\s*(?P<end>[?.!]*)\s*$",
    re.I,
)  # 'what an LSP is', 'how many LSPs there are', 'how LSPs are funded': asked the way round a question is
_DOES = re.compile(
    rf"^(?P<wh>how\s+(?:long|often|far|much|many\s+{_WORD})|what|how|where|when|why)\s+"
    rf"(?P<rest>(?:(?!{_BE}\b){_WORD}\s+)*?{_WORD})\s+(?P<verb>[a-z]+[^s\W]s|do)"
    r"(?P<particle>\s+(?:for|up|out|in|on|to|with|about|from))?\s*(?P<end>[?.!]*)\s*$",
)  # 'how long an LAA lasts', 'what LIFT stands for', 'what LSPs do': asked with 'does' ('do')
_WHETHER = re.compile(
    rf"^(?:whether|if)\s+(?P<rest>(?:(?!{_BE}\b){_WORD}\s+)*?{_WORD})\s+(?P<verb>{_BE}|can|should|will|do|does|did)\s+"
    r"(?P<tail>[^?.!]+?)\s*[?.!]*\s*$",
    re.I,
)  # 'whether LSPs are statutory' as 'are LSPs statutory?'


def _outright(question: str) -> str:
    """An embedded question ('what an LSP is', 'whether LSPs are statutory') asked outright; else as it is."""
    m = _EMBEDDED.match(question)
    if m is not None:
        verb = m["verb"].lower()
        done = f" {m['done']}" if m["done"] else ""
        return f"{m['wh']} {verb} {m['rest']}{done}{m['end'] or '?'}"
    m = _DOES.match(question)
    if m is not None:
        verb = m["verb"]
        aux, base = ("do", "do") if verb == "do" else ("does", verb[:-1])
        return f"{m['wh']} {aux} {m['rest']} {base}{m['particle'] or ''}{m['end'] or '?'}"
    m = _WHETHER.match(question)
    if m is not None:
        return f"{m['verb']} {m['rest']} {m['tail']}?"
    return question


def plainly(question: str) -> str:
    """The question as asked outright: a greeting before it left out ('hi, what is an LSP?'), a polite frame around
    it too ('can you tell me what an LSP actually is?' as 'what is an LSP?', 'I'd like to know how many LSPs there
    are' as 'how many LSPs are there?'); any other question as it is. The words of talk ask nothing of the
    reports, and a name must not be looked for in 'hi'."""
    plain = _GREETING.sub("", question, count=1)
    framed = _COURTESY.sub("", plain, count=1)
    if framed != plain:
        plain = _outright(_FILLER.sub("", framed).strip())
    elif _FILLER_LEAD.match(plain):
        plain = _FILLER.sub("", plain)  # 'What exactly is an LSP?'
    if _ASKED_BARE.match(plain):  # 'what is the 7S framework' typed as a search: asked as the question it is
        plain = f"{plain.rstrip()}?"
    return plain[:1].upper() + plain[1:] if plain != question and plain else question


_ASKED_BARE = re.compile(
    r"^\s*(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|should|would|will|"
    r"has|have)\b[^?.!]*[^?.!\s]\s*$",
    re.I,
)  # a question typed without its question mark


_BOARD = re.compile(
    r"\b(?:(?P<det>the|our|an?|its|their)\s+)?(?P<owner>(?:lsp|partnership)(?:['’]s)?\s+)?(?P<board>boards?)\b", re.I
)  # 'the board', 'an LSP board', 'partnership boards'
_LSP_NAMED = re.compile(r"\b(?:lsps?|partnerships?|local\s+strategic\s+partnerships?)\b", re.I)


WHO_ASKED = (
    r"(?:[Ww]ho|[Ww]hich\s+(?:[a-z][\w\-]*\s+){0,2}?(?:councillors?|people|persons?|officers?|members?|partners?|"
    r"organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|sectors?|councils?|individuals?))"
)  # 'Who chairs…?', and 'Which councillor chairs…?', 'Which partner organisation leads…?' that ask the same


def board_as_lsp(question: str) -> str:
    """In a 'who' question (or a 'which councillor…' one), the LSP's own board called by the LSP's name ('Who chairs
    the partnership board?' as 'Who chairs the LSP?', 'Who sits on the board?' as 'Who sits on the LSP?'): the
    reports say who chairs an LSP and who its members are, and speak of boards mostly by their names ('the
    Scrutiny Management Board'), which 'board' must not find. A board with a name or owner of its own
    ('Warwickshire's board') stays, as does the question naming the LSP apart ('Who does the board report to in an
    LSP?'). Other questions keep the word: 'How many members should an LSP board have?' asks of the board, which no
    figure of LSPs answers."""
    if not re.match(rf"\s*(?:(?i:who(?:m|se)?)|{WHO_ASKED})\b", question):
        return question
    found = [m for m in _BOARD.finditer(question) if m["det"] or m["owner"]]
    rest = _BOARD.sub(" ", question)
    if len(found) != 1 or _LSP_NAMED.search(rest) or re.search(r"['’]s\s+$", question[: found[0].start()]):
        return question
    m = found[0]
    det = "an" if (m["det"] or "").lower() in ("a", "an") else (m["det"] or "").lower()
    lsp = f"{det} {'LSPs' if m['board'].lower().endswith('s') else 'LSP'}".strip()  # 'the LSP', 'an LSP', 'LSPs'
    return question[: m.start()] + lsp + question[m.end() :]


_MEMBER_Q = re.compile(
    r"\bthe\s+(?P<name>[a-z]+)\s+(?:layers?|levels?|tiers?)\b(?!\s+of\b)", re.I
)  # 'What does the executive layer do?': one member of a set the reports list by name ('• executive: …')
_NOT_A_MEMBER = {"three", "different", "governance", "other", "main", "same", "each", "all", "two", "both", "which"}
_MEMBER_FRAME = {"responsible", "responsibility", "role", "purpose", "job", "function", "mean", "involve", "describe",
                 "explain", "cover", "happen"}  # fmt: skip  # 'What is the executive layer responsible for?'


def member_asked(question: str) -> str | None:
    """The name of the one member of a named set a question asks what it is or does ('executive' in 'What does the
    executive layer do?'), else None ('the three layers' asks about them all; 'How often should the executive layer
    look at performance data?' asks something else of it)."""
    m = _MEMBER_Q.search(question)
    if m is None or m.group("name").lower() in NUMBER_OF or m.group("name").lower() in _NOT_A_MEMBER:
        return None
    other = set(topic_terms(question)) - set(tokenize(m.group(0))) - _MEMBER_FRAME
    return None if other else m.group("name").lower()  # 'What does giving an account look like at the strategic
    # layer?' asks more of it


def names_member(name: str, text: str) -> bool:
    """True for a list item opening with the member's name and a colon ('• executive: resource allocation…',
    '• executive or board: using the vision…')."""
    return bool(re.match(rf"^•\s*{re.escape(name)}(?:\s+or\s+[\w ]{{1,30}}?)?:\s", text, re.I))


_ASKER_ROLE = re.compile(
    r"^\W*(?:[\w’'\-]+\s+){0,5}?(?:officer|lead|manager|director|councillor|member|inspector|chair|coordinator|"
    r"executive|analyst|trainer|here)\W*$",
    re.I,
)  # 'performance lead at a PCT here', 'District council finance officer'
_SAID_APART = re.compile(r"(?<=[.!?])\s+|\s+[–—-]\s+|(?<=\w):\s+")  # '… PCT. what does…', '… here – what's…'


def without_preamble(question: str) -> str:
    """The question less the statements before it about the asker or greeting ('I'm an officer in Leeds.', 'Hi!',
    'performance lead at a PCT here – …'): where the asker works is no name the answer must mention."""
    sentences = [s for s in _SAID_APART.split(question.strip()) if s]
    about_asker = [
        not s.rstrip().endswith("?") and bool(_ABOUT_THE_ASKER.match(s) or _ASKER_ROLE.match(s)) for s in sentences
    ]
    if not any(about_asker) or all(about_asker):
        return question
    kept = [s for s, aside in zip(sentences, about_asker, strict=True) if not aside]
    return " ".join(kept)


def required_terms(question: str) -> tuple[list[str], list[str], list[str]]:
    """Names, passage years and document years a question mentions, which a supporting passage must share (a
    statement about the asker before the question does not count)."""
    question = without_preamble(question)
    doc_years = _DOC_YEAR.findall(question)
    years = [y for y in _YEAR.findall(question) if y not in doc_years]
    return names_in(question), years, doc_years


_AUX = (
    r"(?:do|does|did|is|are|was|were|has|have|had|can|could|should|would|will|may|might|must|took|take|takes|get|got|"
    r"about|of|in|on|at|for|from|by|with|per)"
)

COUNTED = re.compile(
    rf"(?<!about ){_NOT_SHOWN}\bhow\s+(?:many|much)\s+"
    rf"((?:(?!{_AUX}\b)[A-Za-z’'\-]+\s+){{0,2}}(?!{_AUX}\b)[A-Za-z’'\-]+)\s+{_AUX}\b",
    re.I,
)

SAYS_WHAT_IT_IS = {"role", "purpose", "function", "point", "job", "nature", "meaning", "definition"}
HOW_LONG_FRAME = {"long", "take", "takes", "took", "taken", "taking", "last", "lasts", "lasted"}  # 'How long did X
# take (last)?': the frame of the question, no topic of its own
QUESTIONS_WANTED = re.compile(
    r"\b(?:what|which)\s+(?:(?:self-?\s?assessment|key|main|good|right)\s+)?questions?\s+"
    r"(?:should|could|can|do|might|would|must|ought|to)\b",
    re.I,
)  # 'What questions should we ask about our support team?': the reports' self-assessment questions are the answer
_ASKING = {"question", "questions", "ask", "asks", "asked", "asking"}
_PLAYS = {"play", "plays", "played", "playing"}  # the verb of 'what role does X play', no topic of its own

# 'What is the role (purpose…) of X?' asks what X is for: X is its topic, the noun is no word an answer must use
GENERIC_HEADS = {
    "share", "percentage", "proportion", "number", "part", "kind", "sort", "type", "thing", "example", "aspect",
    "difference", "change", "problem", "issue", "lesson", "people", "organisation", "body", "group", "area",
} | SAYS_WHAT_IT_IS  # fmt: skip


def has_quantity(text: str) -> bool:
    """True when text gives a figure: digits, a £ sum, 'per cent' or a number word."""
    return bool(QUANTITY.search(text))


RATED = re.compile(
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


_PLURAL = {"people", "staff", "children", "men", "women", "personnel", "police", "data", "media"}  # no '-s'


# 'were interviewed'; not 'were picked up', which counts the people picked
_DONE = r"(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?P<passive>[a-z]{3,}ed)\b(?!\s+(?:up|out|off|down)\b)"
_PEOPLE_DONE_TO = re.compile(rf"\bpeople\s+{_DONE}", re.I)  # 'How many people were interviewed?': what was done
# to them is what the reports count


_COUNTED_DOING = re.compile(
    r"(?<!about )\bhow\s+many\s+(?!of\b)((?:[A-Za-z’'\-]+\s+){0,2}?[A-Za-z’'\-]+[^s\W]s)\s+[a-z]+(?:ed|[^s\W]s)\b", re.I
)  # 'How many LSPs received performance reward grant payouts?', 'How many partners attended?'


def asked_thing(question: str) -> str | None:
    """The head noun of what a question counts, rates or measures a change in ('How many volunteers took part'
    → 'volunteer', 'What household recycling rate…' → 'recycling', 'By how much did recorded crime fall' → 'crime');
    for people something was done to, the deed ('How many people were interviewed?' → 'interview')."""
    match = _CHANGED.search(question) or COUNTED.search(question) or RATED.search(question)
    if not match:
        counted = _COUNTED_DOING.search(question)  # 'How many LSPs received…': the plural before its verb
        return tokenize(counted.group(1))[-1] if counted and tokenize(counted.group(1)) else None
    raw = [w for w in re.findall(r"[A-Za-z’'\-]+", match.group(1)) if not w.lower().endswith("ly")]
    plurals = [w for w in raw if w.lower().endswith("s") and not w.lower().endswith("ss") or w.lower() in _PLURAL]
    if match.re is COUNTED and plurals and HOW_MANY.search(match.group(0)):
        raw = raw[: raw.index(plurals[-1]) + 1]  # 'how many councillors sit on…': the plural noun, not the verb
    words = [t for w in raw for t in tokenize(w)]
    done_to = _PEOPLE_DONE_TO.search(question) if words[-1:] == ["people"] else None
    if done_to:  # 'How many people were interviewed?': the reports count the interviews ('118 … interviews')
        return verb_bases(done_to.group("passive").lower())[0]
    if match.re is COUNTED and words and len(words[-1]) > 4 and words[-1].endswith("ed"):
        return None  # '… compared with how many ended up with…': a verb, the counted noun left out
    return words[-1] if words else None


def counted_modifier(question: str) -> str | None:
    """The noun before the head of what a 'how many' question counts ('How many district councils…' → 'district'),
    which the reports may count in its place ('six or seven districts'), else None."""
    match = COUNTED.search(question)
    if not match or not HOW_MANY.search(match.group(0)):
        return None
    words = [t for w in re.findall(r"[A-Za-z’'\-]+", match.group(1)) for t in tokenize(w)]
    head = asked_thing(question)
    at = words.index(head) if head in words else -1
    return words[at - 1] if at > 0 else None


_SHARE_OF = re.compile(
    rf"^\s*(?:and\s+)?{_SETTING}what\s+(?:(?:is|was|are|were)\s+the\s+)?(?:percentage|proportion|share|fraction)\s+of\s+(?:the\s+|all\s+)?"
    rf"((?:(?!{_AUX}\b)[A-Za-z’'\-]+\s+){{0,2}}?(?!{_AUX}\b)[A-Za-z’'\-]+s)\s+(?:{_AUX}|have|say|think|know|use|agree)\b",
    re.I,
)  # 'What proportion of LSPs have performance sub-groups?': a share of the LSPs


def shared_thing(question: str) -> str | None:
    """The head noun of the group a question asks a share of ('What proportion of LSPs have…' → 'lsp'), when
    that is a plural; None for any other question ('What share of mainstream spending…' asks a share of a sum)."""
    m = _SHARE_OF.search(question)
    words = tokenize(m.group(1)) if m else []
    return words[-1] if words else None


def shared_predicate(question: str) -> list[str]:
    """The topic words of what a share question asks the group does or is ('What proportion of LSP coordinators
    are on permanent contracts?' → 'permanent', 'contract'), which a share of that group must be about."""
    m = _SHARE_OF.search(question)
    return topic_terms(question[m.end() :]) if m else []


_WHO_DONE_TO = re.compile(
    rf"^\s*(?:and\s+)?who(?:m)?\s+(?:{_DONE}|"
    r"did\s+(?:[\w’'\-]+\s+){1,4}?(?<!\bthe\s)(?<!\bthis\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)"
    r"(?P<active>[a-z]{3,})\s*\?*\s*$)",
    re.I,
)  # 'Who was interviewed for the study?', 'Who did the study interview?': whom something was done to


def deed_done_to(question: str) -> str | None:
    """The deed a 'who' question asks whom it was done to ('Who was interviewed…?', 'Who did the study
    interview?' → 'interview'), else None."""
    m = _WHO_DONE_TO.match(question)
    if m is None:
        return None
    verb = (m.group("passive") or m.group("active")).lower()
    return verb_bases(verb)[0] if m.group("passive") else verb


_COUNT_WORD = re.compile(
    rf"^(?:£?\d[\d,.]*%?|\d+-\d+|{NUMBER_WORDS}|cent)$", re.I
)  # a word that is a figure ('388', '£500,000', 'twelve', 'half'), not one holding a digit ('7S')


def figure_near(
    sentence: str, thing: str, window: int = 6, after: int | None = None, follows: bool = False, shares: bool = False
) -> bool:
    """True when a figure stands within a few words before the counted thing ('a survey of the 388 LSPs'), or right
    after it ('LSPs (388)'), not just anywhere in the sentence ('LSPs use five main arrangements'); given after, only
    that many words after the figure ('ten LSP meetings', not 'meeting style for each of the three layers'); with
    follows, also a few words after it, as a rate follows what it rates ('Household recycling reached 42 per
    cent'); with shares, a share said in words counts as a figure ('Most LSPs', 'Almost all LSPs')."""
    words = re.findall(r"[\w£%’'\-]+", sentence)
    at = [i for i, w in enumerate(words) if thing in tokenize(w)]
    ahead = 0 if after is not None else window if follows else 1
    before = window if after is None else after

    def counts(j: int) -> bool:  # with shares, a share said in words too ('Most LSPs', 'Almost all LSPs')
        w = words[j].lower()
        return shares and (w in _SHARE_WORDS or w == "all" and j > 0 and words[j - 1].lower() in _NEARLY)

    return any(
        _COUNT_WORD.match(words[j]) and not (_MANY.match(words[j]) and _counts_another(words, i)) or counts(j)
        for i in at
        for j in range(max(0, i - before), min(len(words), i + ahead + 1))
    ) or (after is None and bool(at) and _elided_count(words, at[0]))


_ELIDED_BY = {"have", "has", "had", "are", "were"}


def _elided_count(words: list[str], start: int) -> bool:
    """True when a figure after the thing stands for it with the noun left out: 'A typical county has six or seven
    districts, but six have ten districts or more' (six counties)."""
    return any(
        _COUNT_WORD.match(words[j]) and words[j + 1].lower() in _ELIDED_BY and words[j - 1].lower() in _BUT
        for j in range(start + 2, len(words) - 1)
    )


_BUT = {"but", "while", "whereas", "and", "yet"}  # 'but six have…': the figure opens a clause of its own


_SHARE_WORDS = {"most", "majority", "minority", "few", "fewer"}  # 'Most LSPs do not know…' answers 'how many'
_NEARLY = {"almost", "nearly", "virtually"}  # 'Almost all LSPs have a support team'


_NOT_MANY = {"one", "half", "quarter", "third", "fifth", "tenth"}  # a figure that counts one, or a part
_MANY = re.compile(
    rf"^(?:[2-9]|\d[\d,]+|(?!(?:{'|'.join(sorted(_NOT_MANY))})$)(?:{NUMBER_WORDS}))$", re.I
)  # a figure of more than one


def _plain(word: str, plural: bool) -> bool:
    """True for a plain lower-case word in the given number: 'bodies' plural, 'member' singular ('people' is
    plural as it is)."""
    many = word.endswith("s") or word in _PLURAL
    return word.islower() and word.isalpha() and many == plural


def _counts_another(words: list[str], i: int) -> bool:
    """True when the word at i, singular, names what a plural word right after it is ('three elected member
    scrutiny bodies' counts bodies: three of something is never one 'member'; 'five … enabled site comparison'
    may still count sites)."""
    return _plain(words[i], plural=False) and any(_plain(w, plural=True) for w in words[i + 1 : i + 3])


def plural(word: str) -> str:
    """The plural of a folded token for a message ('volunteer' → 'volunteers', 'body' → 'bodies')."""
    if word.endswith("s"):
        return word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


MONEY_Q = re.compile(
    r"^\s*how much\b.*\b(money|funds?|funding|budgets?|grants?|costs?|spend|spent|save|saved|pay|paid|receive|"
    r"received|worth|invest|invested|have|earns?|earned|salar(?:y|ies)|wages?|put|contributed?|came\s+from)\b|"
    r"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:total|amount|value|size|cost)\b.*\b(money|funds?|funding|"
    r"budgets?|grants?|costs?|spend|spent|paid|payments?)\b|"
    r"^\s*what\s+(?:did|does|do|will|would)\b(?!.*\b(?:say|says|said|tell|think|about)\b).*"
    r"(?<!\bthe )(?<!\btheir )(?<!\bits )\b(cost|pay|spend)\b|"
    r"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:[\w’'\-]+\s+)?(?:bill|cost|price|budget)s?\b|"
    r"^\s*what\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?[\w\-]+[’']s?\s+(?:[\w\-]+\s+)?"
    r"(?:bill|cost|price|budget|salary)s?\b|"  # 'What is the mayor of London's budget?'
    r"^\s*what\s+(?:is|was|are|were)\s+(?:the|an?|their|its)\s+(?:[\w’'\-]+\s+)?(?:salary|salaries|wages?|pay)\s+"
    r"(?:of|for)\b",
    re.I,
)  # 'What's the typical salary of an LSP coordinator?' (with contractions spelled out) asks for a sum; 'What
# did the report say about the cost of partnership working?' does not

_MONEY = re.compile(r"£|\b(million|billion|pounds?)\b", re.I)

_OFTEN_Q = re.compile(r"^\s*how often\b", re.I)

_FREQUENCY = re.compile(
    r"\b((?:every|each)\s+(?:[\w\-]+\s+){0,2}?(?:years?|months?|weeks?|days?|quarters?|fortnights?|meetings?|cycles?)|"
    rf"quarterly|monthly|weekly|daily|annual|annually|yearly|(?:\d+|{NUMBER_WORDS}|several|many|numerous)\s+times|"
    r"once|twice|regular|regularly|a year|per year|six-monthly|bi-monthly)\b",
    re.I,
)

HOW_LONG_Q = re.compile(r"^\s*(?:and\s+)?(?:for\s+)?how\s+long\b(?!\s+ago\b)", re.I)  # 'How long does an LAA
# last?'; not a second part ('How many meetings…, and how long did each visit last?'), which the first may answer

_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_DURATION = re.compile(
    rf"\b(?:\d+|{NUMBER_WORDS}|a|an|several|many|few)(?:\s*(?:to|or|-|–)\s*(?:\d+|{NUMBER_WORDS}))?[\s-]+"
    r"(?:years?|months?|weeks?|days?|hours?|decades?|centur(?:y|ies)|minutes?)\b|"
    r"\b(?:19|20)\d\d(?:/\d\d)?\s*(?:–|-|to)\s*(?:19|20)?\d\d\b|"
    rf"\b(?:between|from)\s+(?:(?:{_MONTH})\s+)?(?:19|20)\d\d\s+(?:and|to|until)\s+(?:(?:{_MONTH})\s+)?(?:19|20)\d\d\b",
    re.I,
)  # 'a three-year agreement', 'three to four days', 'over three hours', 'from 2005 to 2008', 'between October 2007
# and May 2008'

_SHARE_Q = re.compile(rf"^\s*{_SETTING}what\s+(?:(?:is|was|are|were)\s+the\s+)?(?:percentage|proportion|share)\b", re.I)

_SHARE = re.compile(r"per cent|%|\b(half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority)\b", re.I)

_PREVALENCE_Q = re.compile(
    r"^\s*how often\s+(?:is|are|was|were)\s+there\b|"
    r"^\s*how often\b.*\bin\s+(?:(?:most|many|all|the)\s+)?(?:lsps|partnerships|areas|councils|authorities)\b",
    re.I,
)  # 'How often is there real challenge about money in LSPs?': how widespread, which a share answers

_OFTEN = re.compile(f"{_FREQUENCY.pattern}|{_SHARE.pattern}", re.I)

WHEN_CLAUSE = (
    r"(?![^?,]*,\s*(?:what|who|which|how|why|where|should|can|could|do|does|did|is|are|was|were|has|have|had|will|"
    r"would|must)\b)"
)  # after 'when': 'When we review…, what standards…?' and 'When Bolton reviewed its ABG, did it check…?' are
# when-clauses before the question, which asks for no date

WHEN_Q = re.compile(
    rf"^\s*(?:(?:from|since|until|by)\s+)?{_WHEN}\b(?!\s+(?:should|ought|must)\b)"
    rf"{WHEN_CLAUSE}"
    r"(?!\s+(?:is|are|would|should|might|could|does|do)\b[^?]*\b"
    r"(?:suitable|appropriate|better|best|preferable|advisable|sensible|right|worthwhile|worth|useful|needed|"
    r"necessary|wise|sense|good\s+idea|rather\s+than|instead\s+of)\b)",
    re.I,
)  # a time ('When…?', 'In what year…?'); not 'When is pooling more suitable than aligning?' nor 'When should
# partners align budgets?',

# which ask in what circumstances

CIRCUMSTANCES_Q = re.compile(
    r"^\s*(?:when\s+(?:should|ought|must)\b|when\b(?=[^?]*\b(?:suitable|appropriate|better|best|preferable|"
    r"advisable|sensible|right|worthwhile|useful|needed|necessary|wise|rather\s+than|instead\s+of)\b)|"
    r"in\s+what\s+(?:circumstances|situations|cases)\b|under\s+what\s+conditions\b|"
    r"why\b(?=[^?]*\b(?:rather\s+than|instead\s+of)\b)|should\b(?=[^?]*\bor\b)|"
    r"(?:is\s+it|which\s+is)\s+(?:better|best|preferable)\b(?=[^?]*\bor\b))",
    re.I,
)  # 'When should we pool rather than align?', 'In what circumstances is pooling better?', 'Why align rather than
# pool?', 'Should we pool or align?': answered by a list of conditions under its lead-in ('Pooling is more suitable
# when:')
CONDITIONS_LEAD = re.compile(r"\bwhen:\s*$", re.I)  # 'Aligning is more suitable when:'


def sets_conditions_of(conditions: frozenset[str] | set[str], text: str) -> bool:
    """True when a text holds a lead-in into conditions ('Aligning is more suitable when:') of one of these words."""
    return any(CONDITIONS_LEAD.search(line) and shares_a_word(set(conditions), line) for line in text.splitlines())


_COMPARED_WITH = re.compile(r"\b(?:rather\s+than|instead\s+of|than|(?<=preferable\s)to)\b.*$", re.I)
_COMPARING = {"suitable", "appropriate", "better", "worse", "preferable", "effective", "more", "less", "circumstance"}


def conditions_of(question: str, report_tokens: Callable[[str], set[str]]) -> frozenset[str]:
    """For a circumstances question, the words of what it asks the conditions of, before what that is compared with
    ('pool', 'budget' and the reports' 'pooling' for 'When should partners pool budgets rather than align them?');
    none for another question. report_tokens gives the reports' words for a question's everyday ones."""
    if not CIRCUMSTANCES_Q.search(question):
        return frozenset()
    asked = _COMPARED_WITH.sub("", question)
    return frozenset((set(topic_terms(asked)) | report_tokens(asked)) - _COMPARING)


DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|spring|summer|autumn|winter)\b"
)


WHICH_PLACES_Q = re.compile(
    r"^\s*(?:and\s+)?(?:in\s+)?which\s+(?:of\s+the\s+)?(?:case\s+study\s+)?(?:councils?|areas?|authorities|places|"
    r"localities|counties|districts|sites)\b",
    re.I,
)  # 'Which councils were visited as case studies?': places by name first, though 'All councils' may answer
WHERE_FOUND_Q = re.compile(
    r"^\s*(?:and\s+)?where\s+(?:can|could|do|would|should|might|may)\s+(?:i|we|you|one|people|officers|partners|"
    r"councillors|members)\s+(?:find|get|read|see|download|access|obtain|look\s+(?:at|for|up))\b|"
    r"^\s*(?:and\s+)?where\s+(?:is|are)\s+(?:the\s+)?[\w’'\- ]{2,60}?\s+(?:available|published|online|kept)\b",
    re.I,
)  # 'Where can I find the briefing papers?': where to get it, a web address first, not what it holds
WEB_PLACE = re.compile(r"\bwww\.|https?://|\bwebsites?\b|\bonline\b|\bavailable\s+(?:on|from|at|online)\b", re.I)
PLACE_NAMED = re.compile(
    rf"(?<=[a-z,;:]\s)(?!(?:{'|'.join(sorted(n for n in GENERIC_NAMES if n.isalpha()))})\b)[A-Z][a-z]{{2,}}"
)  # a capitalised word within a sentence ('… councils were: Blackburn with Darwen, Bolton'), not a generic one


_CLOCK_Q = re.compile(
    r"^\s*(?:and\s+)?(?:at|from|until|by)?\s*what\s+time(?:\s*\?*\s*$|\s+(?:do|does|did|is|are|was|were|will|would|"
    r"should|can|could|must|has|have|had)\b)",
    re.I,
)  # 'What time do board meetings start?'; not 'What time horizon (frame, of year)…?', a span or a season
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d\d\b|\bo[’']clock\b|"
    r"\b(?:morning|afternoon|evening|midday|noon|lunchtime|daytime)s?\b",
    re.I,
)  # 'What time do board meetings start?' asks for a time of day


def expected_answer(question: str) -> tuple[re.Pattern[str], str] | None:
    """What a direct 'how much money', 'what percentage', 'how often', 'how long', 'when', 'what time' or 'who wrote'
    question's answer must contain, with a name for it."""
    if _CLOCK_Q.search(question):
        return _CLOCK, "time of day"
    if MONEY_Q.search(question):
        return _MONEY, "sum of money"
    if _SHARE_Q.search(question):
        return _SHARE, "percentage or share"
    if _OFTEN_Q.search(question):
        return (_OFTEN if _PREVALENCE_Q.search(question) else _FREQUENCY), "frequency"
    if HOW_LONG_Q.search(question):
        return _DURATION, "length of time"
    if WHEN_Q.search(question):
        return DATE, "date"
    if AUTHOR_Q.search(question):
        return AUTHORSHIP, "author"
    return None


_WHO_DOES = re.compile(
    r"^\s*who\s+(?:usually\s+|normally\s+|typically\s+|generally\s+)?(?P<verb>[a-z]{3,}?)(?:es|s)\b", re.I
)

_NOT_VERBS = {"doe", "need"}  # 'Who does…?', 'Who needs…?' ask about the rest of the question

_NOUN_BEFORE = {"the", "a", "an", "its", "their", "our", "of", "his", "her", "each", "every", "this", "that"}


def asked_verb(question: str) -> str | None:
    """The verb of 'Who chairs…?' as asked ('chairs'), else None."""
    m = _WHO_DOES.match(question)
    return None if not m or m.group("verb").lower() in _NOT_VERBS else m.group(0).split()[-1]


def acting_verb(question: str, others: Iterable[str] = ()) -> re.Pattern[str] | None:
    """For 'Who chairs an LSP?', the pattern of a sentence using 'chair' as a verb ('Council leaders chair most
    LSPs', 'is chaired by'), not as a noun ('the chair's approach', 'LSP chair:'), else None; others are the
    reports' verbs for the one asked ('agrees' for 'approves'), which count the same."""
    m = _WHO_DOES.match(question)
    if not m or m.group("verb").lower() in _NOT_VERBS:
        return None
    stems = dict.fromkeys(re.escape(v.lower().removesuffix("s").removesuffix("e")) for v in [m.group("verb"), *others])
    return re.compile(
        rf"(?<![’'])\b(?P<before>[\w’']+)\s+(?P<verb>(?:{'|'.join(stems)})e?(?:s|es|d|ed|ing)?)\b"
        r"(?!\s*(?:[:’']|of\b|and\b))",
        re.I,
    )


_REPORTED_DEED = re.compile(
    r"^\s*(?:what\s+(?:did|does|do|has|have)\s+(?P<who>[^?]+?)\s+(?P<verb>recommend|conclude|propose|suggest|"
    r"decide|agree|identify)|(?:did|does|has)\s+(?P<yes_no_who>[^?]+?)\s+(?P<yes_no_verb>recommend|propose))\b",
    re.I,
)  # 'What did the Dorset scrutiny review recommend?', 'Did the Dorset joint scrutiny recommend looking at…?' (not
# 'Do partners agree…?', which asks whether they are of one mind)


def reported_deed(question: str) -> str | None:
    """The verb of 'What did X recommend (conclude, propose…)?' or 'Did X recommend…?' ('recommend'), whose
    lead-in ('The review recommended:') leads into the answer, else None."""
    m = _REPORTED_DEED.match(question)
    return (m.group("verb") or m.group("yes_no_verb")).lower() if m else None


def tells_deed(verb: str, text: str) -> bool:
    """True for a lead-in or sentence telling of the deed asked about: 'The review recommended:', 'It recommended
    a land bank…' for 'recommend' (not 'the recommendations')."""
    return bool(re.search(rf"\b{re.escape(verb)}(?:s|ed)?\b(?!\s+(?:by|to)\b)", text, re.I))


def acts(pattern: re.Pattern[str], sentence: str) -> bool:
    """True when the sentence uses the verb the pattern looks for as a verb: not after an article or possessive,
    nor with a capital ('Vital Signs are measures…')."""
    return any(
        m.group("before").lower() not in _NOUN_BEFORE and not m.group("verb")[0].isupper()
        for m in pattern.finditer(sentence)
    )


_BE_ASKED = re.compile(
    r"^\s*(?:what|which)\s+(?:is|are|was|were)\s+(?:the|a|an)\s+(?P<np>(?:[\w’'\-]+\s+){0,3}?[\w\-]+?)"
    r"\s*(?:\b(?:of|in|for|on|to|that)\b|\?|$)",
    re.I,
)


_SAID_HEADS = set(
    tokenize("view opinion verdict position stance take conclusion message advice finding argument answer")
)  # 'What is the Oxford paper's view?' asks what a document says, in whatever words


def asked_noun(question: str) -> str | None:
    """The noun a 'What is the X of…?' question asks for ('What is the population of Oxford?' → 'population'),
    unless it is a generic word ('the toughest thing to…')."""
    m = _BE_ASKED.match(question)
    if not m:
        return None
    words = [w for w in tokenize(m.group("np")) if w not in FRAME_WORDS]
    return words[-1] if words and words[-1] not in GENERIC_HEADS | _SAID_HEADS else None


def counted(question: str, text: str) -> bool | None:
    """Whether text gives a figure next to what a 'how many' question counts ('a survey of the 388 LSPs'), or None
    when the question counts nothing ('how much money' is answered by a sum, not a count)."""
    thing = asked_thing(question) if HOW_MANY.search(question) and not MONEY_Q.search(question) else None
    if thing is None:
        return None
    return any(figure_near(s, thing, after=3) for s in split_sentences(text.replace("\n", " ")))


TOTAL_Q = re.compile(
    r"^\s*how\s+many\s+(?:[\w’'\-]+\s+){1,3}(?:are|were)\s+there\b(?:\s+(?:in|across)\s+england)?\s*\??\s*$", re.I
)  # 'How many LSPs are there?': all of them, not some


_TOTAL_ASKED = re.compile(
    r"^\s*how\s+many\s+(?P<thing>(?:[\w’'\-]+\s+){0,2}[\w’'\-]+)\s+(?P<tense>are|were|is|was|exist|existed|does|did)\s+"
    r"(?:there\s+)?(?:(?:in|across)\s+(?:england|the\s+country)|nationally|in\s+total|altogether|all\s+told|"
    r"in\s+existence|england\s+have)\s*\??\s*$|"
    r"^\s*how\s+many\s+(?P<thing2>(?:[\w’'\-]+\s+){0,2}[\w’'\-]+)\s+(?P<tense2>exist|existed)\s*\??\s*$",
    re.I,
)  # 'How many LSPs are in England?', 'How many LSPs exist?', 'How many LSPs does England have?'


def as_total(question: str) -> str:
    """A question asking how many there are in all, in other words, asked as 'How many X are there?' ('How many
    LSPs exist?', 'How many LSPs are in England?'); any other question as it is."""
    m = _TOTAL_ASKED.match(question)
    if m is None:
        return question
    thing = m["thing"] or m["thing2"]
    past = (m["tense"] or m["tense2"] or "").lower() in ("were", "was", "existed", "did")
    return f"How many {thing} {'were' if past else 'are'} there?"


def counts_all(question: str, text: str) -> bool:
    """True when text gives the whole number of what the question counts: 'the 388 LSPs', 'the 150 LAAs'."""
    thing = asked_thing(question)
    return thing is not None and any(
        tokenize(m.group(1)) == [thing] for m in re.finditer(r"\bthe\s+\d[\d,]*\s+([\w’'\-]+)", text)
    )


DEFINITION_Q = re.compile(
    r"^\s*(?:what|who)\s+(?:is|are|was|were)\s+(?!.*\b(?:supposed|meant|expected|required|going|able|likely|due)\s+to\b)"
    r"(?:an?\s+|the\s+)?(?P<term>[\w’'\- ]{2,60}?)\??\s*$|"  # not 'What is an SCS supposed to contain?'
    r"^\s*(?:what does|what do)\s+(?P<term2>[\w’'\- ]{2,40}?)\s+(?:stand for|mean)"
    r"(?:\s+(?:for|to|in)\s+[\w’'\- ]+)?\??\s*$|"  # 'What does synergy mean for an LSP?'
    r"^\s*define\s+(?P<term3>.+?)\??$",
    re.I,
)
BLOCK_Q = re.compile(
    r"^\s*(?:what\s+(?:[a-z]+\s+){0,2}?(?:does|do|did|is|are)\s+|what(?:['’]s|\s+is)\s+in\s+|summari[sz]e\s+|"
    r"tell\s+me\s+about\s+|"
    r"explain\s+|describe\s+|show\s+me\s+|give\s+me\s+)?"
    r"(?:the\s+)?(?P<label>(?:table|figure|case\s+study|chapter)\s+\d{1,2}|paragraph\s+\d{1,3})\b"
    r"(?:\s+(?:of|in)\s+the\s+(?:[\w’'\-]+\s+){0,4}?(?:report|study))?"  # 'chapter 2 of the Audit Commission report'
    r"(?:\s+(?:show|say|cover|illustrate|describe|mean|tell\s+us|contain|list|set\s+out)s?)?(?:\s+about)?\s*\??\s*$",
    re.I,
)  # 'What does Table 8 show?', 'What's in Table 8?', 'Summarise case study 3', 'What is chapter 4 about?', 'What
# activities does Figure 5 list?'


def asked_chapter(question: str) -> int | None:
    """The number of the chapter a question asks about as a whole ('Summarise chapter 4'), else None."""
    m = BLOCK_Q.match(question)
    label = m.group("label").split() if m else []
    return int(label[-1]) if label and label[0].lower() == "chapter" else None
