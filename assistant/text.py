"""Plain text helpers: cleaning extracted lines, reflowing them, splitting sentences, matching quotes."""

from __future__ import annotations

import re
import unicodedata

_NOISE_CHARS = {"\ufffd": "", "\u00a0": " ", "\u200b": "", "\ufeff": ""}
_BULLET_RE = re.compile(r"^(?:[•▪◦]|-\t|o\s)\s*")
_SPACES_RE = re.compile(r"[ \t]+")
_FOLD = {ord(k): v for k, v in {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "•": " "}.items()}
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_WS_RE = re.compile(r"\s+")
TERMINAL_RE = re.compile(r"[.!?:;’”'\")✓]\s*(?:I{1,3}|IV|V|VI{1,3}|IX|X)?\s*$")

# Abbreviations that end with a full stop but do not end a sentence.
_NO_SPLIT = ("Ref.", "e.g.", "i.e.", "etc.", "No.", "para.", "s.", "St.", "Mr.", "Dr.", "Prof.", "vs.", "p.")
_REF_NUMBER = re.compile(r"\(Ref\.? \d+\.$")  # "(Ref 1. 2001)" is a citation, not a sentence end
_SENTENCE_RE = re.compile(r"(?:(?<=[.!?✓])|(?<=[.!?][’”]))\s+(?=[‘“'\"(]?[A-Z0-9£•])")
_QUESTION_WORDS = r"(?:Is|Are|Does|Do|Did|Can|Has|Have|Should|Will|How|What|Why|Which|Who|Where|When)"
# '… and performance management Is the OSP’s contribution … greater?': a line the source left unstopped, then a
# question; not a title ('the study Are We There Yet?')
_UNSTOPPED_QUESTION = re.compile(rf"(?<=[a-z])\s+(?={_QUESTION_WORDS}\s+[a-z’'][^.?!]{{5,}}\?)")


def clean_line(line: str) -> str:
    """Strip extraction debris (replacement characters, no-break spaces, tabs) from one line."""
    for bad, good in _NOISE_CHARS.items():
        line = line.replace(bad, good)
    return _SPACES_RE.sub(" ", line).strip()


def is_bullet(line: str) -> bool:
    """True when a cleaned line starts a bullet item."""
    return bool(_BULLET_RE.match(line)) or line.startswith("• ")


_MID_SENTENCE = re.compile(r"\b(?:the|a|an|of|and|to|in|for|with|by)\s*$|\bthe\s+[A-Z][\w’'\-]*\s*$")
# running text broken off mid-phrase ('… its remit includes the LAA and the Oldham' / blank / 'Partnership (the
# LSP).'): the next line goes on with the sentence, though the line is short


def reflow(lines: list[str]) -> str:
    """Join wrapped lines into running text, keeping each bullet item on its own line."""
    out: list[str] = []
    after_blank = False
    last_raw = ""
    listing = False  # in entries set apart by blank lines under a lead-in ending ':' ('The external advisers were:')
    for raw in lines:
        line = clean_line(raw)
        if not line:
            after_blank = True
            continue
        starts_upper = line[:1] in "‘“'\"£" + _UPPER
        if after_blank and out and line[:1] in _UPPER and not is_bullet(line):
            listing = out[-1].endswith(":") or listing and not ends_sentence(out[-1])
            if listing:  # each entry an item of its own ('• Matthew Booth, Head of Policy, London Borough of Ealing')
                out.append("• " + line)
                after_blank, last_raw = False, line
                continue
        # A blank line ends a sentence, a title line or an attribution ("Council chief executive").
        short = len(last_raw) < 60 and not (len(out[-1]) >= 60 and _MID_SENTENCE.search(last_raw)) if out else False
        new_para = after_blank and bool(out) and starts_upper and (ends_sentence(out[-1]) or short)
        new_para = new_para or bool(out) and out[-1].endswith("✓") and starts_upper  # a tick matrix's next row
        after_blank = False
        last_raw = line
        if new_para:
            out.append(line)
        elif is_bullet(line):
            out.append("• " + _BULLET_RE.sub("", line).lstrip("• ").strip())
        elif line.startswith("- ") and out or not out:
            out.append(line)
        elif out[-1].endswith("-") and not out[-1].endswith(" -") and line[:1].islower():
            out[-1] = out[-1] + line
        else:
            out[-1] = out[-1] + " " + line
    return "\n".join(out)


def ends_sentence(text: str) -> bool:
    """True when text ends at a sentence boundary (footnote markers like '.I' allowed)."""
    return bool(TERMINAL_RE.search(text.rstrip()))


def is_question(text: str) -> bool:
    """True for a sentence that asks a question ('Is the OSP’s contribution … greater …?'): a sentence of its own,
    even after a line the source left unstopped."""
    return bool(re.fullmatch(rf"{_QUESTION_WORDS}\s+[a-z’'][^.?!]{{5,}}\?", text.strip()))


def asks(text: str) -> bool:
    """True for a sentence of the reports that asks a question ('How do partners contribute to the costs?'), a
    checklist's question too, with its ticks ('How long will this agreement last…? ✓ ✓')."""
    return text.rstrip("’'” ✓").endswith("?")


def asks_in_lead(text: str) -> bool:
    """True for a lead-in that asks the question its list completes ('• What are the LSP support costs for:')."""
    return bool(re.match(rf"^[•\-\s]*{_QUESTION_WORDS}\s+[^.?!]*:\s*$", text.strip()))


def split_sentences(text: str) -> list[str]:
    """Split running text into sentences; each bullet item counts as one sentence."""
    sentences: list[str] = []
    for block in text.split("\n"):
        block = block.strip()
        if not block:
            continue
        pieces = [p for part in _UNSTOPPED_QUESTION.split(block) for p in _SENTENCE_RE.split(part)]
        merged: list[str] = []
        for piece in pieces:
            last = merged[-1] if merged else ""
            if last and (last.split()[-1].lstrip("(") in _NO_SPLIT or _REF_NUMBER.search(last) or in_title(last)):
                merged[-1] = merged[-1] + " " + piece
            else:
                merged.append(piece)
        sentences.extend(p.strip() for p in merged if p.strip())
    return sentences


_OPEN_TITLE = re.compile(r"[‘“][^‘’“”]{1,60}\?$")


def in_title(text: str) -> bool:
    """True when text stops at a question mark inside a quoted title ('… Commission’s “Working better together?')."""
    m = _OPEN_TITLE.search(text)
    return m is not None and m.start() > 0  # a quotation opening the sentence is speech, not a title


def normalize_for_match(text: str) -> str:
    """Lower-case, fold quotes and dashes, drop debris and collapse white space, for quote matching."""
    for bad, good in _NOISE_CHARS.items():
        text = text.replace(bad, good)
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_FOLD)
    return _WS_RE.sub(" ", text).strip().lower()


def contains_quote(haystack: str, quote: str) -> bool:
    """True when quote occurs in haystack once both are normalised."""
    q = normalize_for_match(quote)
    return bool(q) and q in normalize_for_match(haystack)


_EXCLUDED = re.compile(r"^\s*(?:apart from|other than|besides|aside from|except for)\b[^,?]*,\s*", re.I)


def without_exclusion(question: str) -> str:
    """The question less an opening clause naming what it does not ask about ('Apart from pooling and aligning,
    how else can partners bring money together?' → 'how else can partners bring money together?')."""
    return _EXCLUDED.sub("", question) or question


# Words a cut opening should not end on: 'current issues &…' reads as broken, 'current issues…' does not.
_DANGLING = re.compile(r"(?:[\s,;:–—-]|&|\b(?:and|or|of|the|a|an|to|in|for|with|by|on|at|from|as)\b)+$", re.I)


def snippet(quote: str, limit: int = 60) -> str:
    """The opening of a quote, cut at a word with '…' when longer than limit characters, never on a dangling
    '&', 'and', 'of' or the like."""
    quote = " ".join(quote.split())
    if len(quote) <= limit:
        return quote
    cut = quote[:limit].rsplit(" ", 1)[0]
    return (_DANGLING.sub("", cut) or cut) + "…"
