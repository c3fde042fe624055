"""Names typed in lower case ('who chairs the oxford strategic partnership'), written as the reports write them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")  # a possessive's 's' is a word of its own
_LONGEST = 4  # the most words a name is looked for in ('big derbyshire clean up')
_LABELS = {"appendix", "figure", "table", "chapter", "paragraph", "case", "page", "box"}  # 'the figure for X'
_SMALL = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "by", "at", "our", "its", "their"}


@dataclass(frozen=True)
class Casing:
    """The reports' own capitals for a question typed all in lower case: a run of words the reports write, in that
    order, only as a capitalised name ('Oxford Strategic Partnership', 'Audit Commission'), and a single word they
    always capitalise and use as a place or an owner ('Warwickshire', 'Oldham'). A question with any capital after
    its first letter is left as typed: its asker chose its capitals."""

    names: dict[str, str] = field(default_factory=dict)  # 'oxford strategic partnership' → its written form
    words: dict[str, str] = field(default_factory=dict)  # 'warwickshire' → 'Warwickshire'
    known: tuple[str, ...] = ()  # names the reports never use, capitalised however a question types them

    @classmethod
    def build(cls, texts: Iterable[str], min_uses: int = 2, known: Iterable[str] = ()) -> Casing:
        """The capitals the reports give their names, from their texts: a word alone needs min_uses capitalised
        uses, none in lower case, and one as a place or owner ('in Dorset', 'Bolton’s'): 'Big' is only ever
        capitalised, in the Big Derbyshire Clean Up, but 'big' is a word too."""
        capital: Counter[str] = Counter()  # a word's capitalised uses
        placed: set[str] = set()  # words used as a place or an owner
        lower: set[str] = set()
        runs: set[str] = set()  # capitalised runs of words, less a small word opening them ('The Big…')
        lower_runs: set[str] = set()  # runs of words written in lower case
        for text in texts:
            run: list[str] = []
            low: list[str] = []
            for m in _WORD.finditer(text):
                word = m.group(0)
                joined = text[m.start() - 1 : m.start()] == " "
                if word[0].islower():
                    lower.add(word.lower())
                    low = [*low, word] if joined and low else [word]
                    lower_runs.update(" ".join(low[-n:]) for n in range(2, min(len(low), _LONGEST) + 1))
                    run = []
                    continue
                low = []
                capital[word] += 1
                before, after = text[max(0, m.start() - 5) : m.start()], text[m.end() : m.end() + 2]
                if re.search(r"\b(?:in|at|from)\s$", before) or after[:1] in "’'" and after[1:] == "s":
                    placed.add(word)
                run = [*run, word] if joined and run else ([] if word.lower() in _SMALL else [word])
                runs.update(" ".join(run[-n:]) for n in range(2, min(len(run), _LONGEST) + 1))
        words = {
            w.lower(): w
            for w, n in capital.items()
            if n >= min_uses and w in placed and w.lower() not in lower | _LABELS and sum(c.isupper() for c in w) == 1
        }
        names = {n.lower(): n for n in runs if n.lower() not in lower_runs and n.split()[0].lower() not in _SMALL}
        return cls(names=names, words=words, known=tuple(known))

    def restore(self, question: str) -> str:
        """The question with the known names' capitals put in ('the new police and crime commissioner' → 'the new
        Police and Crime Commissioner'), and the reports' capitals put back if it was typed all in lower case."""
        question = with_capitals(question, self.known)
        if not question[1:] or question[1:] != question[1:].lower():
            return question
        tokens = _WORD.findall(question)
        spans = [(m.start(), m.end()) for m in _WORD.finditer(question)]
        out, at, i = [], 0, 0
        while i < len(tokens):
            for size in range(min(_LONGEST, len(tokens) - i), 0, -1):
                start, end = spans[i][0], spans[i + size - 1][1]
                phrase = question[start:end]
                written = self.names.get(phrase.lower()) if size > 1 else self.words.get(phrase.lower())
                if written is not None and (size == 1 or " ".join(tokens[i : i + size]) == phrase):
                    out.append(question[at:start] + written)
                    at, i = end, i + size
                    break
            else:
                i += 1
        return "".join(out) + question[at:]


def with_capitals(question: str, names: Iterable[str]) -> str:
    """The question with each of the names written as given, however it was typed ('the new police and crime
    commissioners' → 'the new Police and Crime Commissioners')."""
    for name in names:
        question = re.sub(rf"\b{re.escape(name)}(?=s?\b)", name, question, flags=re.I)
    return question
