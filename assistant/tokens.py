"""Word tokens for keyword search and the answer checks: lower-case, without stop words, plurals folded."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[a-z0-9£%]+(?:[.,][0-9]+)?")
NUMBER_OF = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10
}  # fmt: skip  # the words for small numbers: 'three layers', 'the seven Ss'
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "every",  # 'Does every council have to have an LSP?' is not about 'every three months'
        "next",  # 'What will the Audit Commission do next?' is not about 'The next chapter'
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "usually",
        "normally",
        "typically",
        "generally",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "supposed",  # 'What is an SCS supposed to contain?' asks what it should contain
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "tell",
        "me",
        "please",
        "report",
        "reports",
        "say",
        "says",
        "said",
    ]
)


_AMERICAN_IZE = re.compile(r"(?<=[a-z]{3})(iz|yz)(e|es|ed|ing|ation|ations|er|ers)$")  # organize, analyze
_AMERICAN = {
    "behavior": "behaviour", "behaviors": "behaviours", "behavioral": "behavioural", "neighborhood": "neighbourhood",
    "neighborhoods": "neighbourhoods", "program": "programme", "programs": "programmes", "center": "centre",
    "centers": "centres", "labor": "labour", "favor": "favour", "favorable": "favourable", "color": "colour",
    "defense": "defence", "fulfill": "fulfil", "enroll": "enrol", "modeling": "modelling", "canceled": "cancelled",
}  # fmt: skip


def british(token: str) -> str:
    """A lower-case word in the reports' British spelling ('organization' → 'organisation', 'behavior' →
    'behaviour'); any other word unchanged."""
    if token in _AMERICAN:
        return _AMERICAN[token]
    return _AMERICAN_IZE.sub(lambda m: ("is" if m.group(1) == "iz" else "ys") + m.group(2), token)


def in_british(text: str) -> str:
    """Text with its American spellings written the reports' way ('Organizations' → 'Organisations')."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        spelled = british(word.lower())
        if spelled == word.lower():
            return word
        return spelled.capitalize() if word[:1].isupper() else spelled

    return re.sub(r"[A-Za-z]+", fix, text)


_TRUST_BODY = re.compile(
    r"\b(children'?s|primary care|care|probation|nhs|foundation|health|finance)\s+trusts?\b"
)  # a body's name ('children's trust', 'NHS trusts'): not the trust between partners a question asks about
_UNSPACED = re.compile(r"[\s']")


_MIXED_CASE = re.compile(r"\b[A-Z]+[a-z]+[A-Z][A-Za-z]*\b")  # 'IDeA': a body's initials, not the word 'idea'


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens in British spelling without stop words, with a light plural fold; a name in mixed
    case ('IDeA') is a token of its own ('ideaname'), so 'Is that a good idea?' does not find the IDeA."""
    tokens = []
    text = _MIXED_CASE.sub(lambda m: f"{m.group(0)}name", text).lower().replace("’", "'")
    if "trust" in text:  # (the check spares the pattern's cost on the many texts without the word)
        text = _TRUST_BODY.sub(lambda m: _UNSPACED.sub("", m.group(1)) + "trust", text)
    for tok in _TOKEN.findall(text):
        if tok in STOPWORDS or (len(tok) == 1 and not tok.isdigit()):
            continue
        tok = british(tok)
        if len(tok) > 4 and tok.endswith("ies"):
            tok = tok[:-3] + "y"  # agencies -> agency, priorities -> priority
        elif len(tok) > 4 and tok.endswith("s") and not tok.endswith("ss"):
            tok = tok[:-1]
        tokens.append(tok)
    return tokens


VERB_ENDINGS = (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"))  # 'visited', 'funding'


def verb_bases(word: str, endings: tuple[tuple[str, str], ...] = VERB_ENDINGS) -> list[str]:
    """The forms a word may have without a verb ending, in the order of endings ('advised': 'advis', 'advise',
    'advise'); a stem keeps at least three letters."""
    return [word[: -len(end)] + base for end, base in endings if word.endswith(end) and len(word) > len(end) + 2]
