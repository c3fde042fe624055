"""Rewrite a follow-up question into a standalone one: by rule without an LLM, by the LLM when configured."""

from __future__ import annotations

import re

from .questions import (
    FRAME_WORDS,
    POINTING_ONE,
    QUANTITY_Q,
    akin,
    chatter,
    names_in,
    topic_terms,
)
from .tokens import tokenize

_ASKING_WORDS = FRAME_WORDS - {"lsp", "local", "partnership", "report", "reports", "paper", "study"}  # not its topic
_POINTERS = r"\b(?:they|them|their|theirs|it|its|this|that|these|those|he|she|there|such)\b"
_POINTING = re.compile(_POINTERS, re.I)
_FOLLOW_UP = re.compile(
    rf"^\s*(and|but|also|so|what about|how about|then|why)\b|{POINTING_ONE.pattern}", re.I
)  # 'and …?', or 'one' for a thing named before ('Does Oxford have one?')
_NAMED_BEFORE = 3  # topic words before a pronoun that give it something in the question to point to


def points_outside(question: str) -> bool:
    """True when a pronoun of the question points to something named before it in the conversation ('Who chairs
    them?', 'How do councils scrutinise them?'), not to what the question has just named itself ('When should
    partners pool budgets rather than align them?', 'What are the risks of pooled budgets and how can they be
    managed?')."""
    return any(len(topic_terms(question[: m.start()])) < _NAMED_BEFORE for m in _POINTING.finditer(question))


_RELATIONS = (
    "risk", "benefit", "obstacle", "barrier", "cost", "advantage", "disadvantage", "result", "outcome", "finding",
    "problem", "challenge", "reason", "option", "alternative", "example", "lesson", "weakness", "strength",
    "difference", "member", "partner", "figure", "detail",
)  # fmt: skip
_RELATIONAL = re.compile(
    rf"\bthe\s+(?:main\s+|key\s+|other\s+)?(?:{'|'.join(f'{r}s?' for r in _RELATIONS)}|rest)\W*$", re.I
)  # 'What are the risks?': of what was just discussed; not 'What are the risks of pooling?'
_INSTEAD = re.compile(r"\binstead\W*$", re.I)  # 'When is it better to align instead?': instead of what was asked
_ANOTHER = re.compile(
    r"^\s*(?:and\s+)?(?:what|how)\s+about\s+(?P<thing>[^?]+?)\W*$|^\s*and\s+(?P<and>[^?]+?)\W*$", re.I
)  # 'and aligned budgets?', 'What about Bolton?': the previous question, of another thing
_BARE_WHICH = re.compile(
    r"^\s*(?:and\s+)?(?:which|what|whose)\s+(?!(?:is|are|was|were|do|does|did|has|have|had|can|could|should|would|"
    r"will|about|if|else|now|next|then)\b)[A-Za-z’'\-]+\W*$",
    re.I,
)  # 'Which councils?' after 'How many case studies were there?': which of those, not which councils at all
_ASKING = re.compile(
    r"^(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|should|would|will|"
    r"has|have|had|may|might|must|if|so|then|also|not)\b",
    re.I,
)
_LEADING = {"the", "a", "an", "most", "many", "some", "all", "each", "every", "in", "of", "for", "on", "at", "to"}
_PREPOSITIONS = {"in", "at", "for", "within", "across", "outside", "from"}
_ABOUT = {"about", "regarding", "concerning"}  # what a question is about, not where
_ABOUT_RE = f"(?:{'|'.join(sorted(_ABOUT))})"
_DO_SUPPORT = re.compile(r"^\s*(?:who|what|when|where|why|how|which)(?:\s+\w+){0,3}?\s+(?:do|does|did)\b", re.I)
_ITS_THING = re.compile(r"^\s*(?:and\s+)?(?:what|which)\s+(?:is|are|was|were)\s+(?:its|their)\s+(?P<thing>[^?]+)", re.I)
_DOCUMENT = {"paper", "report", "study", "summary"}
_VAGUE = {"money", "involved", "spent", "spend", "cost", "take", "took", "needed", "used", "given", "total", "amount"}
_WORD = re.compile(r"[A-Za-z0-9’'£%-]+")
_FRAME = _ASKING_WORDS | {"role", "purpose", *(r for r in _RELATIONS if r not in {"member", "partner"})}


def needs_context(question: str) -> bool:
    """True when a question may lean on the conversation (pronouns, 'and …', 'the risks?', or very short and
    naming nothing: 'Why?' does, 'What is LIFT?' does not, nor does 'Thanks!')."""
    if chatter(question):
        return False
    return leans_on_context(question) or (len(tokenize(question)) <= 2 and not names_in(question))


def leans_on_context(question: str) -> bool:
    """True when a question surely leans on the conversation: a pronoun, 'and …', 'what about …', a thing of
    something unnamed ('What are the risks?'), an amount of nothing named ('How much money was involved?'), or a
    bare 'Which councils?'. A short question without these may stand on its own ('What is synergy?'): the chain
    asks search whether it does."""
    if chatter(question):
        return False
    terms = set(topic_terms(question))
    unnamed_amount = bool(QUANTITY_Q.match(question) and terms and terms <= _VAGUE and not names_in(question))
    fragment = bool(_BARE_WHICH.match(question))
    pointing = bool(_FOLLOW_UP.search(question)) or points_outside(question)
    return pointing or bool(_RELATIONAL.search(question)) or unnamed_amount or fragment


def carry_topic(question: str, history: list[tuple[str, str]]) -> str:
    """The question with the previous question's topic words appended when it reads as a follow-up; a previous
    follow-up is first rewritten the same way, so a chain of follow-ups keeps the topic it started from. 'And
    X?' or 'What about X?' asks the previous question again of X: 'What are the risks of pooled budgets?', then
    'and aligned budgets?', reads 'What are the risks of aligned budgets?'."""
    thing = another_thing(question)
    if thing and history:
        asked = history[-1][0]
        previous = carry_topic(asked, history[:-1]) if needs_context(asked) else asked
        swapped = asked_of(previous, thing)
        if swapped:
            return swapped
    extra = _carried(question, history)
    if not extra:
        return question
    if _RELATIONAL.search(question) or _INSTEAD.search(question):  # 'What are the risks?' as 'What are the risks
        to = re.search(r"\b(?:obstacles?|barriers?|alternatives?)\W*$", question, re.I)  # of pooling?', 'the
        return f"{question.rstrip(' ?')} {'to' if to else 'of'} {' '.join(extra)}?"  # obstacles to pooling?',
        # 'When is it better to align instead of pooling?'
    return f"{question.rstrip(' ?')} ({' '.join(extra)})?"


def another_thing(question: str) -> str | None:
    """The thing an 'and X?' or 'what about X?' follow-up asks the previous question of ('aligned budgets'), or
    None when it asks a question of its own ('and who chairs them?') or points back ('and its costs?')."""
    m = _ANOTHER.match(question)
    thing = (m.group("thing") or m.group("and")).strip() if m else ""
    if not thing or _ASKING.match(thing) or _POINTING.search(thing) or len(thing.split()) > 5:
        return None
    return thing if tokenize(thing) else None


def asked_of(previous: str, thing: str) -> str | None:
    """The previous question asked of thing instead of its own topic. The run of topic words replaced is the one
    sharing a word with thing, else one ending in a noun of the number 'ones' takes ('the hard ones'), else one
    naming something as thing does ('Derby' for 'Oldham'), else one outside a carried '(topic)', else the
    longest (the last of equals); a document's name ('the Oxford paper') is never replaced. A place or time
    ('in Dorset') replaces the previous question's own at its end, or is added there. None when the previous
    question has no topic word, or more than two topics none of which is like thing (then the topic is carried)."""
    words = list(_WORD.finditer(previous))
    runs: list[list[re.Match[str]]] = []
    last = None  # the word before, when it was a topic word
    for w in words:
        topical = bool(tokenize(w.group())) and not set(tokenize(w.group())) <= _FRAME
        if topical and last is not None and not previous[last.end() : w.start()].strip():
            runs[-1].append(w)  # next to it, with nothing but space between
        elif topical:
            runs.append([w])
        last = w if topical else None
    if _DO_SUPPORT.match(previous) and runs and runs[-1][-1] is words[-1] and len(runs[-1]) > 1:
        runs[-1].pop()  # 'How often do LSP boards meet?': its last word is the verb, not the topic
    first, _, rest = thing.partition(" ")
    first = first.lower()
    if first in _ABOUT and rest:  # 'and about scrutiny?': the previous question's 'about …' gives way, or, if it
        ending = re.search(rf"\b{_ABOUT_RE}\s+[^?.,;]+?(?=\s*\W*$)", previous, re.I)  # has none, its topic
        if ending:
            return f"{previous[: ending.start()]}{thing}{previous[ending.end() :]}"
        thing, first = rest, rest.split()[0].lower()
    if first in _PREPOSITIONS:  # 'and in Dorset?': the previous question's own 'in …' at its end gives way, or
        ending = re.search(rf"\b{first}\s+[^?.,;]+?(?=\s*\W*$)", previous, re.I)  # it is asked there too,
        if ending:  # or a place it names gives way to this one ('What did Oldham do?': 'What did Dorset do?')
            return f"{previous[: ending.start()]}{thing}{previous[ending.end() :]}"
        if not (rest and names_in(f"About {rest}") and any(names_in(f"About {w.group()}") for r in runs for w in r)):
            return f"{previous.rstrip(' ?')} {thing}?"
        thing, first = rest, rest.split()[0].lower()
    runs = [r for r in runs if not {w.group().lower() for w in r} & _DOCUMENT]  # 'the Oxford paper' says where
    if not runs:
        return None
    own = set(tokenize(thing))
    named = bool(names_in(f"About {thing}"))

    carried = previous.find("(")  # a carried topic, '(7S framework)', is the context, not what was asked of it
    ones = re.match(r"(.*?)\bones?$", thing, re.I)  # 'the hard ones': of the run ending in a noun of that number

    def fit(run: list[re.Match[str]]) -> tuple[bool, bool, bool, bool, bool, int]:
        said = " ".join(w.group() for w in run)
        shares = any(akin(t, own) for t in tokenize(said))
        agrees = not ones or (len(run) > 1 and run[-1].group().endswith("s") == thing.endswith("s"))
        verbal = all(w.group().endswith(("ed", "ing")) for w in run)  # 'surveyed' is what was done, not to what
        asked = carried < 0 or run[0].start() < carried
        return shares, agrees, named and bool(names_in(f"About {said}")), asked, not verbal, len(run)

    run = max(reversed(runs), key=fit)  # the last of equals
    shares, _, named_too, *_ = fit(run)
    if not (shares or named_too or ones) and len(runs) > 2:
        return None  # a longer question, none of whose topics is like thing: which to replace is a guess
    if named:  # 'What did Warwickshire's board redirect?', 'and Dorset?': the name alone
        run = [w for w in run if names_in(f"About {w.group()}")] or run
    if ones and len(run) > 1:  # 'the soft elements', then 'and the hard ones?': 'the hard elements'
        thing = f"{ones.group(1)}{run[-1].group()}"
    start, end = run[0].start(), run[-1].end()
    before = [w for w in words if w.end() <= start]
    leading = first in _LEADING or thing[:1].isupper()  # 'and Sheffield?': not 'the role of the Sheffield'
    if before and before[-1].end() == start - 1 and leading and before[-1].group().lower() in _LEADING:
        start = before[-1].start()  # 'Who chairs most LSPs?', 'and the theme groups?': not 'most the theme groups'
    owner = re.search(r"[’']s$", run[-1].group())  # 'Warwickshire's board': 'Dorset's board'
    return f"{previous[:start]}{thing}{owner.group() if owner else ''}{previous[end:]}"


def _carried(question: str, history: list[tuple[str, str]]) -> list[str]:
    """The topic words carry_topic appends to a follow-up: those of the previous question, or, when that was a
    follow-up too, the ones it carried (its own words, 'Who chairs them?', are not the topic, nor are the words
    any question is framed with, 'What happened in Derbyshire?' → 'Derbyshire'), with the thing it asked of
    ('What are its targets?': 'targets', which a following 'them' points to)."""
    if not history or not needs_context(question):
        return []
    asked = history[-1][0]
    previous = another_thing(asked) or " ".join(_carried(asked, history[:-1])) or asked
    owned = _ITS_THING.match(asked)  # 'What are its flagship issues?': what 'them' points to next
    if owned and previous != asked:
        previous = f"{previous} {owned.group('thing')}"
    topic = [
        t for t in re.findall(r"[A-Za-z0-9’'£%-]+", previous) if tokenize(t) and not set(tokenize(t)) <= _ASKING_WORDS
    ]
    own = set(tokenize(question))
    return [w for w in topic if not set(tokenize(w)) <= own]


def format_history(history: list[tuple[str, str]], turns: int = 3) -> str:
    """The last few turns as plain text for a rewriting prompt."""
    lines = []
    for user, bot in history[-turns:]:
        reply = re.sub(r"\s+", " ", bot)[:400]
        lines.append(f"User: {user}")
        lines.append(f"Assistant: {reply}")
    return "\n".join(lines)
