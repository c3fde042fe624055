"""Rewrite a follow-up question into a standalone one: by rule without an LLM, by the LLM when configured."""

from __future__ import annotations

import re

from .questions import (
    FRAME_WORDS,
    chatter,
    names_in,
)
from .tokens import tokenize

_ASKING_WORDS = FRAME_WORDS - {"lsp", "local", "partnership", "report", "reports", "paper", "study"}  # not its topic
_FOLLOW_UP = re.compile(
    r"^\s*(and|but|also|so|what about|how about|then|why)\b|\b(they|them|their|theirs|it|its|this|that|these|those|"
    r"he|she|there|such)\b",
    re.I,
)


_RELATIONAL = re.compile(
    r"\bthe\s+(?:main\s+|key\s+|other\s+)?(?:risks?|benefits?|obstacles?|barriers?|costs?|advantages?|"
    r"disadvantages?|results?|outcomes?|findings?|problems?|challenges?|reasons?|options?|alternatives?|examples?|"
    r"lessons?|weaknesses?|strengths?|differences?|members?|partners?|figures?|details?|rest)\W*$",
    re.I,
)  # 'What are the risks?': of what was just discussed; not 'What are the risks of pooling?'


def needs_context(question: str) -> bool:
    """True when a question may lean on the conversation (pronouns, 'and …', 'the risks?', or very short and
    naming nothing: 'Why?' does, 'What is LIFT?' does not, nor does 'Thanks!')."""
    if chatter(question):
        return False
    return leans_on_context(question) or (len(tokenize(question)) <= 2 and not names_in(question))


def leans_on_context(question: str) -> bool:
    """True when a question surely leans on the conversation: a pronoun, 'and …', 'what about …', or a thing of
    something unnamed ('What are the risks?'). A short question without these may stand on its own ('What is
    synergy?'): the chain asks search whether it does."""
    return not chatter(question) and bool(_FOLLOW_UP.search(question) or _RELATIONAL.search(question))


def carry_topic(question: str, history: list[tuple[str, str]]) -> str:
    """The question with the previous question's topic words appended when it reads as a follow-up; a previous
    follow-up is first rewritten the same way, so a chain of follow-ups keeps the topic it started from."""
    extra = _carried(question, history)
    return f"{question.rstrip(' ?')} ({' '.join(extra)})?" if extra else question


def _carried(question: str, history: list[tuple[str, str]]) -> list[str]:
    """The topic words carry_topic appends to a follow-up: those of the previous question, or, when that was a
    follow-up too, the ones it carried (its own words, 'Who chairs them?', are not the topic, nor are the words
    any question is framed with, 'What happened in Derbyshire?' → 'Derbyshire')."""
    if not history or not needs_context(question):
        return []
    asked = history[-1][0]
    previous = " ".join(_carried(asked, history[:-1])) or asked
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
