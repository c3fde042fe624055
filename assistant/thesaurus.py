"""Officers' everyday words for what the reports call by other names, added to keyword search queries."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .tokens import tokenize

log = logging.getLogger(__name__)


class ThesaurusError(ValueError):
    """A thesaurus file that cannot be read or is not a list of `ask`/`report` entries."""


@dataclass(frozen=True)
class Thesaurus:
    """Entries of everyday phrases ('rubber-stamp', 'joint pot') and the words the reports use for them."""

    entries: tuple[tuple[re.Pattern[str], str], ...] = ()

    def report_words(self, query: str) -> list[str]:
        """The reports' words for the everyday phrases the query uses, one string per entry it matches."""
        return [words for pattern, words in self.entries if pattern.search(query)]

    def report_tokens(self, query: str) -> set[str]:
        """The word tokens of the reports' words for the query's everyday phrases ('chair' for 'heads up')."""
        return set(tokenize(" ".join(self.report_words(query))))

    def said_otherwise(self, query: str, text: str) -> str:
        """The words of the query's everyday phrases whose report words the text uses ('engaged' for a text saying
        'commitment'), so a text that says it the reports' way counts as saying it."""
        said = set(tokenize(text))
        return " ".join(
            m.group(0)
            for pattern, words in self.entries
            if set(tokenize(words)) & said
            for m in pattern.finditer(query)
        )

    def expand(self, query: str) -> str:
        """The query with the reports' words for its everyday phrases appended, in brackets."""
        extra = self.report_words(query)
        return f"{query} ({'; '.join(extra)})" if extra else query


_GAP = r"[’'‘\"“”]?\s+[’'‘\"“”]?"  # between a phrase's words: a space, and any quote marks ("the 'soft' side")


def _phrases(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ThesaurusError(f"{where}: expected a non-empty list of words or phrases.")
    return [v.strip() for v in value]


def read_thesaurus(path: Path) -> Thesaurus:
    """The thesaurus in a YAML file: a list of entries, each `ask` (everyday phrases) and `report` (the reports'
    words). A missing file is an empty thesaurus: search then uses the question's own words only."""
    data = _yaml_list(path, "the thesaurus", "entries, each with 'ask' and 'report'")
    if data is None:
        log.info("No thesaurus at %s: keyword search uses the question's own words only.", path)
        return Thesaurus()
    entries = []
    for n, entry in enumerate(data, start=1):
        where = f"{path}: entry {n}"
        if not isinstance(entry, dict) or set(entry) != {"ask", "report"}:
            raise ThesaurusError(f"{where}: expected exactly the keys 'ask' and 'report'.")
        asked = _phrases(entry["ask"], f"{where}.ask")
        pattern = re.compile(r"\b(?:" + "|".join(_GAP.join(map(re.escape, a.split())) for a in asked) + r")\b", re.I)
        entries.append((pattern, " ".join(_phrases(entry["report"], f"{where}.report"))))
    return Thesaurus(tuple(entries))


def read_names(path: Path) -> list[str]:
    """The names in a YAML file: a list of names as written ('Police and Crime Commissioner'). A missing file is no
    names."""
    data = _yaml_list(path, "the names", "names")
    if data is None:
        log.info("No names file at %s.", path)
        return []
    names = [" ".join(n.split()) for n in data if isinstance(n, str)]
    if len(names) < len(data) or not all(names):
        raise ThesaurusError(f"{path}: expected a list of names, each a non-empty string.")
    return names


def _yaml_list(path: Path, what: str, items: str) -> list[object] | None:
    """The list a YAML file holds, None when there is no file; ThesaurusError naming the file otherwise."""
    if not path.exists():
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ThesaurusError(f"{path}: cannot read {what} ({exc}).") from exc
    if not isinstance(data, list):
        raise ThesaurusError(f"{path}: expected a list of {items}.")
    return data
