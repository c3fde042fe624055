"""Typing slips in questions ('pooled budjets', 'scrutney'), put right against the reports' own words."""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_WORD = re.compile(r"[A-Za-z]+")
_ENDINGS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers")
_PREFIXES = ("un", "non", "dis")  # negations: 'unhelpful', 'disengaged'; not 'co' ('comissioning' is a slip)


@dataclass(frozen=True)
class Speller:
    """Corrects a word of five letters or more that is neither in the reports nor an English word (the
    embedding model's vocabulary, with common endings) to the closest word of the reports, when one is close
    (difflib ratio ≥ cutoff). With no dictionary it corrects nothing: a word it cannot check is left alone."""

    corpus_words: frozenset[str] = field(default_factory=frozenset)
    dictionary: frozenset[str] = field(default_factory=frozenset)
    cutoff: float = 0.85
    min_length: int = 5
    ordered: tuple[str, ...] = field(default=(), repr=False)  # the corpus words in a fixed order, for difflib

    @classmethod
    def build(cls, texts: Iterable[str], dictionary: Iterable[str]) -> Speller:
        """A speller for the words of these texts, with this dictionary of English words."""
        words = frozenset(w.lower() for text in texts for w in _WORD.findall(text))
        return cls(corpus_words=words, dictionary=frozenset(dictionary), ordered=tuple(sorted(words)))

    def known(self, word: str) -> bool:
        """True for a word of the reports or of English, in any common form ('timelines', 'distracts'), or the base
        of a word of the reports ('decommission' of 'decommissioning')."""
        if word in self.corpus_words or word in self.dictionary:
            return True
        stems = [word[: -len(e)] for e in _ENDINGS if word.endswith(e)]
        stems += [word[:-3] + "y"] if word.endswith("ies") else []
        stems += [f"{stem}e" for stem in stems]  # 'tackling': 'tackle'
        if any(s in self.dictionary or s in self.corpus_words for s in stems):
            return True
        if any(f"{word}{e}" in self.corpus_words for e in _ENDINGS):  # 'decommission': 'decommissions' is theirs
            return True
        if any(len(stem) >= 7 and self._begins(stem) for stem in stems):  # 'decentralising': 'decentralisation'
            return True
        prefix = next((p for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= self.min_length), "")
        return bool(prefix) and self.known(word[len(prefix) :])  # 'unhelpful': 'helpful'

    def _begins(self, stem: str) -> bool:
        """True when a word of the reports begins with the stem."""
        at = bisect.bisect_left(self.ordered, stem)
        return at < len(self.ordered) and self.ordered[at].startswith(stem)

    def correction(self, word: str) -> str | None:
        """The reports' word a slip was meant to be ('budjets' → 'budgets'), or None."""
        lowered = word.lower()
        if not self.dictionary or len(lowered) < self.min_length or self.known(lowered):
            return None
        match = difflib.get_close_matches(lowered, self.ordered, n=1, cutoff=self.cutoff)
        if match:
            return match[0]
        near = difflib.get_close_matches(lowered, self.ordered, n=5, cutoff=self.cutoff - 0.1)
        return next((w for w in near if one_edit(lowered, w)), None)  # 'budjet': one letter from 'budget'

    def correct(self, text: str) -> str:
        """The text with each slip put right (in the case it was typed in), everything else unchanged."""

        def fix(m: re.Match[str]) -> str:
            word = m.group(0)
            right = self.correction(word)
            if right is None:
                return word
            return right.capitalize() if word[:1].isupper() else right

        return _WORD.sub(fix, text)


def one_edit(a: str, b: str) -> bool:
    """True when b is one slip from a: a letter changed, dropped or added, or two letters swapped ('budjet' and
    'budget', 'scrutny' and 'scrutiny', 'reveiw' and 'review')."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and (a[diffs[0]], a[diffs[1]]) == (b[diffs[1]], b[diffs[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
