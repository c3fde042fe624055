"""Who said a quotation: the attribution lines under the reports' quotations, and questions asking what someone
said ('What did a PCT chief executive say?')."""

from __future__ import annotations

import re

from .models import Passage
from .questions import akin
from .tokens import tokenize
from .units import attributions

_SAID_BY = re.compile(
    r"^\s*what\s+(?:did|does|do|have|has)\s+(?:an?\s+|the\s+|one\s+|some\s+)?(?P<who>[\w’'\- ]{2,40}?)\s+"
    r"(?:say|said|think|thought|tell|told|have\s+to\s+say)\b|"
    r"^\s*(?:give\s+me\s+|show\s+me\s+)?(?:an?\s+)?(?:quotes?|quotations?)\s+(?:from|by)\s+(?:an?\s+|the\s+|one\s+)?"
    r"(?P<by>[\w’'\- ]{2,40}?)\s*[?.!]*\s*$|"
    r"^\s*what\s+(?:[\w\-]+\s+){1,3}(?:did|does|do|has|have)\s+(?:an?\s+|the\s+|one\s+)?(?P<of>[\w’'\- ]{2,40}?)\s+"
    r"(?:point(?:ed)?\s+to|highlight(?:ed)?|stress(?:ed)?|emphasi[sz]ed?)\s*[?.!]*\s*$",
    re.I,
)  # 'What did a PCT chief executive say?', 'Quote from a council leader', 'What soft factors does the Governing
# Partnerships report point to?'


_DOCUMENTS = {"study", "paper", "document", "summary", "survey", "guidance"}  # 'report' is a stop word already


def asked_speaker(question: str) -> list[str]:
    """The words naming whom a question asks the sayings of ('pct', 'chief', 'executive'), else []."""
    m = _SAID_BY.match(question)
    words = tokenize(m.group("who") or m.group("by") or m.group("of")) if m else []
    return [] if set(words) <= _DOCUMENTS or words[-1:] and words[-1] in _DOCUMENTS else words  # 'What did the
    # study (the Oxford summary) say about…?': the document, no speaker


def speaker_lines(passage: Passage) -> list[str]:
    """The attribution lines of a passage's quotations ('PCT chief executive')."""
    lines = [line.strip() for line in passage.text.split("\n")]
    return [lines[n] for n in sorted(set(attributions(passage).values()))]


def said_by(words: list[str], lines: list[str]) -> bool:
    """True when one attribution line names all the words, in any form ('police' in 'Police chief
    superintendent')."""
    return bool(words) and any(all(akin(w, set(tokenize(line))) for w in words) for line in lines)
