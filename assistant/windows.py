"""Sentence windows: the small pieces of a passage embedded on their own so long passages stay findable."""

from __future__ import annotations

import hashlib

from .models import Passage
from .text import split_sentences

WINDOWS_VERSION = "3"
MIN_CHARS = 20


def sentence_windows(passage: Passage) -> list[str]:
    """Each sentence with the one before it, or each bullet with its list's lead-in, so each reads on its own."""
    windows: list[str] = []
    lead = ""
    previous = ""
    for line in passage.text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("•"):
            item = line.lstrip("• ").strip()
            windows.append(f"{lead} {item}".strip() if lead else item)
            continue
        for sentence in split_sentences(line):
            windows.append(f"{previous} {sentence}".strip() if previous and len(sentence) < 200 else sentence)
            previous = sentence
        lead = previous if previous.rstrip().endswith(":") else ""
    return [w for w in windows if len(w) >= MIN_CHARS] or [passage.text[:500]]


def window_id(passage_id: str, position: int, text: str) -> str:
    """Stable id of a window: its parent passage, its place and its text."""
    return hashlib.sha256(f"{passage_id}:{position}:{text}".encode()).hexdigest()[:24]


def window_embed_text(passage: Passage, window: str) -> str:
    """What is embedded for a window: the passage label for context, then the sentence."""
    return f"{passage.label}: {window}"
