"""Hybrid retrieval: dense (Chroma) and BM25 rankings fused by reciprocal rank, as a LangChain retriever."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict
from rank_bm25 import BM25Okapi

from .casing import Casing, with_capitals
from .embeddings import Embedder
from .glossary import (
    build_acronyms,
    discriminative,
    everyday_words,
    expand_query,
    from_initials,
    name_initials,
    to_acronyms,
    to_initials,
    unexplained_acronyms,
)
from .models import Passage
from .questions import (
    AUTHOR_Q,
    COMPARE_Q,
    CONTRAST_Q,
    DOCUMENT_DATE_Q,
    DOCUMENT_SUBJECT_Q,
    DOCUMENT_TITLE_Q,
    PURPOSE_Q,
    SIGNATURE,
    STATES_AIMS,
    TOTAL_Q,
    as_how_many,
    as_total,
    asked_chapter,
    author_as_report,
    board_as_lsp,
    compared_words,
    conditions_of,
    counted,
    counts_all,
    doer_words,
    member_asked,
    names_a_title,
    names_in,
    names_member,
    plainly,
    required_terms,
    sets_conditions_of,
    shares_a_word,
    tells_of_together,
    topic_terms,
    uncontracted,
)
from .settings import RetrievalSettings
from .speakers import asked_speaker, said_by, speaker_lines
from .spelling import Speller
from .store import PassageStore
from .text import without_exclusion
from .thesaurus import Thesaurus
from .tokens import NUMBER_OF, in_british, tokenize, verb_bases
from .units import points_about, set_out_as, units_of
from .verify import without_roll_calls

_CASE_HINT = (
    r"\b(?:in|from) the [\w’'\- ]{0,30}?\b(example|case study)\b(?! (?:areas?|lsps?|sites?))|"
    r"\b(examples?|case stud(?:y|ies))\s+(?:of|from|where|in)\s+(?:an?|one|any|some|other)\s+(?:[\w\-]+\s+)?"
    r"(?:lsps?|partnerships?|councils?|areas?|authorit(?:y|ies)|places?|count(?:y|ies)|districts?|cit(?:y|ies))\b|"
    r"\b(?:good|notable|best)\s+(practices?)\b|"
    r"^\s*(?:and\s+)?(?:are\s+there\s+|is\s+there\s+|have\s+you\s+(?:got\s+)?)?any\s+(examples?|case\s+stud(?:y|ies))\b"
)  # 'in the Warwickshire example'; 'an example of a partnership pooling…', 'good practice on scrutiny', 'Any
# examples?'

_RECOMMEND_HINT = (
    r"\b(recommendations?)\b|\b(?:report|study|commission|audit commission)\b.*\b(recommends?)\b|"
    r"\b(?:report|study|commission)\b.*\b(wants?|ask|asks|asked|urges?)\s+(?:[\w’'\-]+\s+){1,3}?to\s+do\b|"
    r"^\s*what\s+(should)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}?"
    r"(?:lsps?|councils?|(?:local\s+)?authorities|partners|partnerships?|government|departments|agencies|we|i|they|"
    r"you|commission)\s+do(?:\s+(?:next|now|differently|about\s+it))?\s*\??\s*$"
)  # 'What should LSPs do?': what the report recommends they do; not 'What should the support team do?', whom no
# recommendation is addressed to; 'What does the Audit Commission want Whitehall to do?' asks what it recommends
_SUMMARY_HINT = (
    r"\b(?:main|key|overall|headline|principal)\s+(findings?|messages?|conclusions?|points?)\b|"
    r"\b(summar(?:y|ise|ize))\s+(?:of\s+)?(?:the\s+|its\s+)?(?:main\s+)?(?:report|study|findings)\b|"
    r"^\s*(summar(?:y|ise|ize))\b|"
    r"^\s*what\s+(?:did|does)\s+(?:the\s+)?(?:audit\s+commission(?:['’]s)?\s+)?(?:study|report|research|they(?![^(]*\())\s+"
    r"(find|conclude|show|look\s+at|cover|examine|highlight|point\s+to|stress|emphasi[sz]e|reveal)\b|"
    r"^\s*what\s+(?:is|was)\s+(?:the\s+)?(?:audit\s+commission(?:['’]s)?\s+)?(?:study|report)\s+(about)\b"
)  # 'What are the report's main findings?', 'Summarise the report', 'What did the study find?', 'What is the report
# about?'; not 'the Oxford summary' (a document) nor 'What did the Oxford paper find?', nor a follow-up whose 'they'
# is the topic it carries ('What did they find (delivery chain analysis)?')
# Each pattern's last matched group is the word that names the kind of block ('example' in 'in the X example').
_KIND_HINTS = (
    (re.compile(r"\b(figure|diagram|graphic|chart|timeline)\b", re.I), "figure"),
    (re.compile(r"\b(table|checklist)\b", re.I), "table"),
    (re.compile(_CASE_HINT, re.I), "case_study"),
    (re.compile(_RECOMMEND_HINT, re.I), "recommendations"),
    (re.compile(_SUMMARY_HINT, re.I), "summary"),
)
_PARAGRAPH_REF = re.compile(r"\bparagraphs?\s+(\d{1,3})\b", re.I)  # 'What does paragraph 48 say?'
_BLOCK_REF = re.compile(r"\b(table|figure|case\s+study)\s+(\d{1,2})\b", re.I)  # 'What does Table 8 show?'
_DEFINITION = re.compile(r"^\s*(what|who)\s+(is|are|was|were)\b|\bstand for\b|\bmeans?\b|\bdefin", re.I)

_NTH_CHAPTER = re.compile(
    r"\b(?:the\s+(?:report['’]s\s+)?)?(?P<which>final|last|closing|concluding|first|opening)\s+chapter\b(?!\s+\d)",
    re.I,
)  # 'What does the final chapter say…?': the report's Chapter 5
_CHAPTER = re.compile(r"^Chapter (\d{1,2})\b")
_CHAPTER_REF = re.compile(r"\bchapter\s+(\d{1,2})\b", re.I)  # 'What does chapter 5 say about…?'
_WHICH_CHAPTER = re.compile(r"\b(?:which|what)\s+chapters?\b(?!\s+\d)", re.I)  # 'Which chapter deals with…?'
_SAYS_WHAT_CHAPTER_DOES = re.compile(
    r"\bChapter\s+\d{1,2}\s+(?:discusses|introduces|reviews|looks|covers|considers|describes|examines)\b"
)  # '• Chapter 4 reviews the transactional elements of the framework.'

_ACRONYM_ROUND = re.compile(r"\b(?P<acronym>[A-Z]{2,6})(?P<round>\d{1,2})\b")  # 'LPSA2', the reports' 'LPSA 2'
_DESCRIBE = re.compile(
    r"^\s*(?:(?:please|can\s+you|could\s+you)\s+)*(?:explain|describe|define|outline)\s+(?!what\b|how\b|why\b|who\b)"
    r"(?P<term>[\w’'\- ]{2,50}?)\s*(?:,?\s*please)?\s*[?.!]*\s*$|"
    r"^\s*what(?:['’]?s|\s+is)\s+the\s+(?:deal|story|score)\s+with\s+(?P<with>[\w’'\- ]{2,50}?)\s*[?.!]*\s*$",
    re.I,
)  # 'Describe the 7S framework', 'whats the deal with ABG': what it is
_BARE_TERM = re.compile(r"^\s*(?:(?:the|an?)\s+)?(?P<term>[\w’'\- ]{2,60}?)\s*[?.!]*\s*$", re.I)  # 'LAA?', 'the CAA'

_TEXT_WORDS = {
    "r": "are",
    "u": "you",
    "ur": "your",
    "wot": "what",
    "wat": "what",
}  # texting shorthand, in lower case and standing alone
_BULLETS = ("•", "- ", "– ")
_MOST_ITEMS = 8  # the most passages a lead-in's items are brought from


def closing_lead_in(text: str) -> str | None:
    """A passage's last line when it leads into a list the passage does not hold ('… five sections as below:'),
    else None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines and lines[-1].endswith(":") and not lines[-1].startswith(_BULLETS) else None


def opens_with_item(passage: Passage) -> bool:
    """True for a passage opened by a list item that is its own heading ('• Evolving Collaboration' over the
    section it heads), not by any item ('• Partners' senior level of commitment is vital…')."""
    return bool(re.match(rf"[•\-–]\s*{re.escape(passage.label)}(?:\s|$)", passage.text.lstrip()))


_LOWER_WORD = re.compile(r"(?<![\w’'.&/\-])[a-z]{2,6}(?![\w’'.&/\-])")  # a word typed in lower case ('lsp')
_TEXTING = re.compile(rf"(?<![\w’'.&/\-])(?:{'|'.join(_TEXT_WORDS)})(?![\w’'.&/\-])")

_SPACED_NAME = re.compile(
    rf"\b(?P<number>\d{{1,2}}|{'|'.join(NUMBER_OF)})[\s\-]*(?P<letter>[A-Za-z])(?:['’]s|s)?(?![\w’'])", re.I
)  # "7 S's", 'seven Ss', '7-S': a name of a number and a letter

_AUTHOR_LINE = re.compile(rf"{SIGNATURE.pattern}|\bstudy director\b|\bundertook research\b", re.M)  # who wrote it
_PUBLISHED = re.compile(r"\bpublished\b[^.]*\b(?:19|20)\d\d\b", re.I)  # 'Published by the Audit Commission in 2009'


@dataclass(frozen=True)
class Scored:
    """A retrieved passage with its fused score, the signals behind it, and its sentence windows by similarity."""

    passage: Passage
    score: float
    dense: float
    keyword: float
    sentences: tuple[tuple[str, float], ...] = ()


_BOTH_COMPARED = 2  # passages speaking of both things a question contrasts, among those it finds


@dataclass(frozen=True)
class Rankings:
    """The candidate rankings of one query, by name, with the query vector and per-passage signals."""

    vector: list[float]
    lists: dict[str, list[str]]
    dense: dict[str, float]
    keyword: dict[str, float]
    named: frozenset[str] = frozenset()  # the documents the query names (never all), to whose passages the rest's give
    # way


def in_known_forms(tokens: list[str], known: dict[str, float]) -> list[str]:
    """The tokens, each the passages never use written in a form of the same word they do use ('visited' as
    'visit', 'surveyed' as 'survey', 'funded' as 'fund'), so keyword search matches the word in either form."""

    def form(token: str) -> str:
        if token in known:
            return token
        return next((b for b in verb_bases(token) if b in known), token)

    return [form(t) for t in tokens]


class KeywordIndex:
    """BM25 over passage text plus its label and section."""

    def __init__(self, passages: list[Passage]):
        self.passages = passages
        corpus = [tokenize(f"{p.title} {p.label} {p.section} {p.text}") for p in passages]
        self.bm25 = BM25Okapi(corpus) if passages else None

    def knows(self, term: str) -> bool:
        """True when the passages use this word token ('shareholder'), False for one they never use ('minister')."""
        return self.bm25 is not None and term in self.bm25.idf

    def search(self, query: str, k: int, doc_id: str | None = None) -> list[tuple[Passage, float]]:
        """Best passages as (passage, BM25 score)."""
        if self.bm25 is None:
            return []
        scores = self.bm25.get_scores(in_known_forms(tokenize(query), self.bm25.idf))
        order = sorted(range(len(scores)), key=lambda i: -scores[i])
        hits = [(self.passages[i], float(scores[i])) for i in order if scores[i] > 0]
        if doc_id:
            hits = [h for h in hits if h[0].doc_id == doc_id]
        return hits[:k]


class SentenceIndex:
    """The sentence windows: BM25 over their text, an exact nearest-neighbour search over their vectors, and
    the vectors grouped by parent passage."""

    def __init__(self, windows: list[tuple[str, str, str, Any]]):
        self.windows = sorted(windows, key=lambda w: (w[0], w[2]))  # a fixed order, whatever order the store gives
        windows = self.windows
        self.bm25 = BM25Okapi([tokenize(text) for _, _, text, _ in windows]) if windows else None
        self.matrix = np.asarray([v for *_, v in windows], dtype=np.float32) if windows else None
        grouped: dict[str, list[tuple[str, Any]]] = {}
        for parent, _, text, vector in windows:
            grouped.setdefault(parent, []).append((text, vector))
        self.by_parent = {
            pid: ([text for text, _ in rows], np.asarray([v for _, v in rows], dtype=np.float32))
            for pid, rows in grouped.items()
        }

    def search(self, query: str, k: int, doc_id: str | None = None) -> list[tuple[str, str, float]]:
        """Best windows by BM25 as (parent_id, text, score)."""
        if self.bm25 is None:
            return []
        scores = self.bm25.get_scores(in_known_forms(tokenize(query), self.bm25.idf))
        order = sorted(range(len(scores)), key=lambda i: -scores[i])
        hits = [(self.windows[i][0], self.windows[i][2], float(scores[i])) for i in order if scores[i] > 0]
        if doc_id:
            allowed = {w[0] for w in self.windows if w[1] == doc_id}
            hits = [h for h in hits if h[0] in allowed]
        return hits[:k]

    def nearest(self, vector: list[float], k: int, doc_id: str | None = None) -> list[tuple[str, str, float]]:
        """The k windows most similar to the query vector, exactly (not an approximate index), as
        (parent_id, text, cosine similarity), best first; equal scores keep the index's fixed order."""
        if self.matrix is None:
            return []
        # einsum's own loop, not BLAS: a multithreaded BLAS call here starves the embedding model's threads.
        sims = np.einsum("ij,j->i", self.matrix, np.asarray(vector, dtype=np.float32))
        hits: list[tuple[str, str, float]] = []
        for i in np.argsort(-sims, kind="stable"):
            parent, doc, text, _ = self.windows[i]
            if doc_id is None or doc == doc_id:
                hits.append((parent, text, float(sims[i])))
                if len(hits) >= k:
                    break
        return hits

    def similarities(self, parent_id: str, vector: list[float]) -> list[tuple[str, float]]:
        """Every window of one passage with its cosine similarity to the query vector (vectors are unit length)."""
        texts, matrix = self.by_parent.get(parent_id, ([], np.zeros((0, 0), dtype=np.float32)))
        if not texts:
            return []
        sims = matrix @ np.asarray(vector, dtype=np.float32)
        return [(text, float(sim)) for text, sim in zip(texts, sims, strict=True)]


def _block_key(label: str) -> str:
    """'table 8' for 'Table 8', 'case 3' for 'Case study 3': the kind's first word and the number."""
    words = label.lower().split()
    return f"{words[0]} {words[-1]}" if len(words) > 1 and words[-1].isdigit() else ""


def block_citation(key: str) -> re.Pattern[str]:
    """A body sentence's pointer to a block by its key ('figure 5'): '(Figure 5)', '(see Table 3)', '(Case study
    20)'; not 'Figure 15'."""
    kind, number = key.rsplit(" ", 1)
    kind = r"case\s+study" if kind == "case" else re.escape(kind)  # the key keeps a kind's first word only
    return re.compile(rf"\((?:[^()]*?\b)?{kind}\s+{number}\b(?![\d.])[^()]*\)", re.I)


def pointer_to(label: str) -> re.Pattern[str] | None:
    """The pattern of a body sentence's pointer to the block of this label ('(Figure 5)' for 'Figure 5'); None for
    a label naming no numbered block."""
    key = _block_key(label)
    return block_citation(key) if key else None


def cites_block(passage: Passage, blocks: set[str]) -> bool:
    """True for a passage, not one of the blocks, whose text points to one of them."""
    return _block_key(passage.label) not in blocks and any(block_citation(key).search(passage.text) for key in blocks)


THIS_CHAPTER = re.compile(r"\bThis chapter\b")  # 'This chapter applies…', 'This chapter has discussed…'


def chapter_item(number: int) -> re.Pattern[str]:
    """The line of the report's list of its chapters that says what one chapter does ('• Chapter 4 reviews…')."""
    return re.compile(rf"^•\s*Chapter\s+{number}\b", re.M)


def chapter_passages(passages: list[Passage], number: int) -> list[Passage]:
    """What says what a chapter is about: the report's list of its chapters, and the chapter's own passages that
    say what 'this chapter' does (where it opens, and where it sums up), in the report's order."""
    said = [
        p for p in passages
        if chapter_item(number).search(p.text)
        or p.section.startswith(f"Chapter {number}:") and THIS_CHAPTER.search(p.text)
    ]  # fmt: skip
    return sorted(said, key=lambda p: (p.doc_id, p.start))


def block_hint_words(question: str) -> set[str]:
    """The words by which a question names a kind of block ('recommend', 'table'): where to look, not what."""
    return {t for pattern, _ in _KIND_HINTS for m in pattern.finditer(question) for t in tokenize(m[m.lastindex or 0])}


def asks_for_overview(question: str) -> bool:
    """True for 'What did the study find?', 'What are the main findings?', 'What is the report about?': the report's
    summary asked for with no topic of its own (not 'the main findings about scrutiny')."""
    if "summary" not in block_kinds(question) or names_in(question):
        return False  # 'What is the Oxford paper's overall conclusion about the OSP?' asks about another document
    return not set(topic_terms(question)) - block_hint_words(question) - {"audit", "commission", "commissions"}


_HEADLINE_ASKED = re.compile(
    r"\b(?:main|key|overall|headline|principal)\s+(?:findings?|messages?|conclusions?|points?)\b|"
    r"\bsummar(?:y|ise|ize)\b",
    re.I,
)  # the summary's own points asked for: 'the main findings about…', 'summarise the findings on…'
_FINDING_WORDS = {"audit", "commission", "commissions", "study", "report", "reports", "find", "found", "say", "says"}


def findings_topic(question: str) -> set[str]:
    """What the report's findings are asked about ('What are the main findings about resources?', 'the key
    messages on scrutiny', 'Summarise the findings on costs': {'resource'}, {'scrutiny'}, {'cost'}); empty for
    the findings asked for whole, for findings of a named document, and for any other question ('What did the
    report find about costs?' is answered from the chapters too)."""
    if not _HEADLINE_ASKED.search(question) or asks_for_overview(question) or names_in(question):
        return set()  # 'What did the report find about costs?' asks what its chapters found too
    return set(topic_terms(question)) - block_hint_words(question) - _FINDING_WORDS


_CASE_STUDY = re.compile(r"\bcase\s+stud(?:y|ies)\b", re.I)
_WHICH_WERE_CASES = re.compile(
    r"^\s*(?:and\s+)?which\s+(?:councils?|areas?|authorities|places|counties|districts|sites|lsps?)\s+(?:were|are)\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,3}?case\s+stud(?:y|ies)\b",
    re.I,
)  # 'Which councils were the notable practice case studies?': the roll call of them, not what one case study did


def names_the_case_studies(question: str) -> bool:
    """True for 'Which councils (areas…) were the case studies?', which the roll call of them answers."""
    return bool(_WHICH_WERE_CASES.search(question))


def block_kinds(question: str) -> set[str]:
    """The kinds of block a question points at ('the timeline graphic' → figure, 'the checklist' → table); not the
    case studies for 'Which councils were the case studies?', which the study's method names."""
    kinds = {kind for pattern, kind in _KIND_HINTS if pattern.search(question)}
    return kinds - {"case_study"} if names_the_case_studies(question) else kinds


def block_title_words(passages: Iterable[Passage]) -> dict[tuple[str, str], frozenset[str]]:
    """The title words of each table, figure and appendix, by document and label ('Table 8' → performance,
    reporting, layer; 'Appendix 3' → named, partner): a block's later parts carry its first part's title."""
    titles: dict[tuple[str, str], frozenset[str]] = {}
    for p in sorted(passages, key=lambda p: (p.doc_id, p.start)):
        lines = p.text.split("\n")
        if p.kind in ("table", "figure") and len(lines) > 1 and lines[0].strip() == p.label:
            title = lines[1]
        elif p.kind == "appendix":
            title = p.section.partition(":")[2]
        else:
            continue
        titles.setdefault((p.doc_id, p.label), frozenset(tokenize(title)))
    return titles


def names_by_title(question_words: set[str], title: frozenset[str]) -> bool:
    """True when a question names a block by its title: two or more of the title's words, and two in three of
    them ('the named partners table', 'the table on performance reporting layers')."""
    said = len(question_words & title)
    return said >= 2 and 3 * said >= 2 * len(title)


def glossary_terms(passages: list[Passage]) -> list[tuple[re.Pattern[str], str]]:
    """A word pattern for each glossary entry's term ('LIFT', 'CDRPs' matching 'CDRP'), with the entry's id."""
    terms = []
    for p in passages:
        if p.kind == "glossary":
            term = p.label.split(": ", 1)[-1].rstrip("s")
            terms.append((re.compile(rf"\b{re.escape(term)}s?\b"), p.id))
    return terms


def document_keys(records: list[Any], passages: list[Passage]) -> dict[str, set[str]]:
    """Per document, the words of its title, publisher and kind found in no other document, plus its year, and its
    kind as a phrase ('summary paper') when no other document uses that phrase."""
    vocab: dict[str, set[str]] = {}
    lines: dict[str, list[str]] = {}
    for p in passages:
        vocab.setdefault(p.doc_id, set()).update(tokenize(p.text))
        lines.setdefault(p.doc_id, []).append(" ".join(p.text.lower().split()))
    texts = {d: " ".join(parts) for d, parts in lines.items()}
    keys: dict[str, set[str]] = {}
    for r in records:
        others = set().union(*(v for d, v in vocab.items() if d != r.doc_id)) if len(vocab) > 1 else set()
        words = set(tokenize(f"{r.title} {r.publisher} {r.kind}")) - others
        kind = " ".join(r.kind.lower().split())
        phrase = {kind} if " " in kind and not any(kind in t for d, t in texts.items() if d != r.doc_id) else set()
        keys[r.doc_id] = words | phrase | ({str(r.year)} if r.year else set())
    return keys


def named_documents(query: str, doc_keys: dict[str, set[str]], by_name: bool = False) -> set[str]:
    """The documents a query names by one of their keys ('the Oxford paper', 'the 2009 study', 'the summary
    paper'); empty when it names none, or all of them. With by_name, a one-word key counts only as a name, with its
    capital ('the Oxford paper', not 'national policy'), and a year only before a document word ('the 2010
    summary', not 'in 2010'). Without it, any key word but a bare year counts ('the oxford write-up', typed in
    lower case), but a name outranks a word: 'the Oxford write-up … which national rulebooks' names the Oxford
    paper alone, and 'LAA targets agreed in 2010' names no document."""
    if by_name:
        names = re.findall(r"\b[A-Z][\w’'\-]*", query)
        words = set(tokenize(" ".join(names))) | set(required_terms(query)[2])
    else:
        by_its_name = named_documents(query, doc_keys, by_name=True)
        if by_its_name:
            return by_its_name
        words = {w for w in tokenize(query) if not w.isdigit()}
    lowered = " ".join(query.lower().split())
    named = {d for d, keys in doc_keys.items() if words & keys or any(" " in k and k in lowered for k in keys)}
    return named if len(named) < len(doc_keys) else set()


_OVERVIEW_Q = re.compile(
    r"^\s*(?:summari[sz]e|tell\s+me\s+about|describe|outline|give\s+(?:me\s+)?(?:an?\s+)?(?:overview|summary|outline)"
    r"\s+of|what\s+(?:is|was|does|did)\b|what['’]s\b)",
    re.I,
)
_OVERVIEW_WORDS = {"overview", "summary", "outline", "main", "point", "points", "say", "says", "cover", "covers",
                   "about", "find", "found", "describe"}  # fmt: skip


def overview_document(question: str, doc_keys: dict[str, set[str]]) -> str | None:
    """The one document a question asks for an overview of, naming it and asking nothing else of it ('Summarise
    the Oxford paper', 'What is the 2009 report about?'; not 'What is Low Carbon Oxford?'), else None."""
    named = named_documents(question, doc_keys)
    if len(named) != 1 or not _OVERVIEW_Q.match(question):
        return None
    doc = next(iter(named))
    named_words = set(tokenize(" ".join(names_in(question))))  # 'Low Carbon Oxford' asks of more than 'Oxford'
    asked = set(topic_terms(question)) | named_words
    return doc if not asked - doc_keys[doc] - _OVERVIEW_WORDS else None


def document_overview(passages: list[Passage], doc_id: str) -> list[Passage]:
    """What gives a document's overview, in its order: its summary's passages; or, for a document without one,
    its opening title line and its conclusions."""
    own = sorted((p for p in passages if p.doc_id == doc_id), key=lambda p: p.start)
    summary = [p for p in own if p.kind == "summary"]
    if summary or not own:
        return summary
    return [own[0]] + [p for p in own[1:] if _CONCLUSIONS.search(p.label)]


_CONCLUSIONS = re.compile(r"\bconclusions?\b", re.I)


class HybridRetriever(BaseRetriever):
    """Dense and keyword search over the same passages, fused with reciprocal rank fusion."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: PassageStore
    embedder: Any  # an Embedder; a Protocol cannot be validated by isinstance
    keyword: KeywordIndex
    sentence_keyword: SentenceIndex
    by_id: dict[str, Passage]
    acronyms: dict[str, str]
    all_acronyms: dict[str, str]
    doc_keys: dict[str, set[str]]
    titles: list[str]
    block_titles: dict[tuple[str, str], frozenset[str]] = {}  # a table's, figure's or appendix's title words
    glossary_terms: list[tuple[re.Pattern[str], str]]
    settings: RetrievalSettings
    thesaurus: Thesaurus = Thesaurus()
    speller: Speller = Speller()
    casing: Casing = Casing()
    unexplained: frozenset[str] = frozenset()  # acronyms the reports never spell out ('OSP')
    initialisms: dict[str, str] = {}  # initials the reports never use of names they write out ('LSC')
    everyday: frozenset[str] | None = None  # the words the reports write in lower case
    chapters: tuple[int, ...] = ()  # the numbers of the chapters the passages' sections name, in order
    speakers: dict[str, list[str]] = {}  # per passage id, the attribution lines under its quotations
    k: int = 5
    doc_id: str | None = None

    @classmethod
    def build(
        cls,
        store: PassageStore,
        embedder: Embedder,
        settings: RetrievalSettings,
        thesaurus: Thesaurus | None = None,
        names: Iterable[str] = (),
    ) -> HybridRetriever:
        """A retriever whose keyword index and acronym table are built from the store's passages; keyword search
        also looks for the reports' words for the everyday phrases of a question the thesaurus knows, and a
        question is read with the capitals of the given names the reports never use."""
        passages = store.all_passages()
        table = build_acronyms(passages)
        everyday = everyday_words(passages)
        return cls(
            store=store,
            embedder=embedder,
            keyword=KeywordIndex(passages),
            sentence_keyword=SentenceIndex(store.all_windows()),
            by_id={p.id: p for p in passages},
            acronyms=discriminative(table, passages),
            all_acronyms=table,
            doc_keys=document_keys(store.documents(), passages),
            titles=[d.title for d in store.documents()],
            block_titles=block_title_words(passages),
            glossary_terms=glossary_terms(passages),
            settings=settings,
            thesaurus=thesaurus or Thesaurus(),
            speller=Speller.build((f"{p.title} {p.label} {p.section} {p.text}" for p in passages), embedder.words()),
            casing=Casing.build((f"{p.title}\n{p.section}\n{p.text}" for p in passages), known=names),
            unexplained=unexplained_acronyms(passages, table),
            initialisms=name_initials(passages, table, everyday),
            everyday=everyday,
            chapters=tuple(sorted({int(m.group(1)) for p in passages if (m := _CHAPTER.match(p.section))})),
            speakers={p.id: lines for p in passages if (lines := speaker_lines(p))},
            k=settings.k,
        )

    @property
    def common_acronyms(self) -> dict[str, str]:
        """The acronyms the reports use nearly everywhere (LSP, LAA), which a query never gets the long form of."""
        return {a: f for a, f in self.all_acronyms.items() if a not in self.acronyms}

    def read(self, query: str) -> str:
        """The query asked outright and in the reports' words: a greeting or polite frame left out ('hi, can you
        tell me what an LSP is?' as 'What is an LSP?'), typing slips put right ('pooled budjets'), a name the reports
        only abbreviate written as its acronym ('the Oxford Strategic Partnership' as 'the OSP'), texting shorthand
        spelled out ('r' as 'are'), a question typed in lower case given the reports' capitals for its names, and a
        glossary term typed on its own asked as what it is ('LAA?' as 'What is
        LAA?')."""
        query = plainly(query)  # 'hi, can you tell me what an LSP is?' as 'What is an LSP?'
        query = board_as_lsp(query)  # 'Who chairs the partnership board?' as 'Who chairs the LSP?'
        query = as_total(as_how_many(query))  # 'How many LSPs exist?', 'What is the number of LSPs?' as 'How many
        # LSPs are there?'
        typed = _TEXTING.sub(lambda m: _TEXT_WORDS[m.group(0)], query)  # 'how many lsps r there'
        cased = self.casing.restore(self.speller.correct(typed))  # 'who chairs the oxford strategic partnership'
        read = self.as_named(cased)  # with its names' capitals, so as 'the OSP'
        read = _LOWER_WORD.sub(self._as_acronym, read)  # 'lsp vs laa' as 'LSP vs LAA'
        read = _NTH_CHAPTER.sub(self._chapter_by_number, read)  # 'the final chapter' as 'Chapter 5'
        read = _SPACED_NAME.sub(lambda m: self._joined(m), read)  # "the 7 S's" as 'the 7S'
        read = _ACRONYM_ROUND.sub(
            lambda m: f"{m['acronym']} {m['round']}" if m["acronym"] in self.all_acronyms else m.group(0), read
        )  # 'What is LPSA2?': the second round of what the LPSA glossary entry tells
        described = _DESCRIBE.match(read)
        if described is not None:  # 'Describe the 7S framework' asks what the 7S framework is
            return f"What is {described.group('term') or described.group('with')}?"
        bare = _BARE_TERM.match(read)
        if bare is None:
            return read
        term = bare.group("term")
        long_forms = {f.lower().rstrip("s") for f in self.all_acronyms.values()}  # 'Local area agreements' too
        glossed = any(re.fullmatch(pattern.pattern, term, re.I) for pattern, _ in self.glossary_terms)
        return f"What is {term}?" if glossed or term.lower().rstrip("s") in long_forms else read

    def as_named(self, question: str) -> str:
        """The question with each name as the reports write it: a name they only abbreviate as its acronym ('the
        Oxford Strategic Partnership' as 'the OSP'), initials they never use as the name they stand for ('the LSC' as
        'the Learning and Skills Council'), and a later name they never use with its capitals ('the police and crime
        commissioner' as 'the Police and Crime Commissioner')."""
        named = with_capitals(question, self.casing.known)
        return from_initials(to_initials(named, self.unexplained, self.everyday), self.initialisms)

    def _chapter_by_number(self, m: re.Match[str]) -> str:
        """'final chapter' as 'Chapter 5', 'first chapter' as 'Chapter 1': by the chapters the sections name."""
        if not self.chapters:
            return m.group(0)
        first = m.group("which").lower() in {"first", "opening"}
        return f"Chapter {self.chapters[0] if first else self.chapters[-1]}"

    def _as_acronym(self, m: re.Match[str]) -> str:
        """A word typed in lower case that is one of the reports' acronyms ('lsps', 'caa'), in capitals, unless it
        is an English word too ('lift', 'count')."""
        word = m.group(0)
        base = word[:-1] if word.endswith("s") and word[:-1].upper() in self.all_acronyms else word
        known = base.upper() in self.all_acronyms or base.upper() in self.unexplained
        english = word in self.speller.dictionary or base in self.speller.dictionary
        return f"{base.upper()}{word[len(base) :]}" if known and not english else word

    def _joined(self, m: re.Match[str]) -> str:
        """A number and a letter typed apart ("7 S's", 'seven Ss', '7-S') written as the reports' one word ('7S'),
        when they use it; else as typed."""
        number = NUMBER_OF.get(m.group("number").lower(), m.group("number"))
        joined = f"{number}{m.group('letter').upper()}"
        return joined if self.keyword.knows(joined.lower()) else m.group(0)

    def rankings(self, query: str, doc_id: str | None = None, k: int = 0) -> Rankings:
        """The ranked candidate lists fusion combines, each named, with the query vector and per-passage signals."""
        # 'Apart from pooling, …' is not about pooling; a long form is read as its acronym ('area based grant' as
        # 'ABG'), and the rare acronyms then get their long form back, so either wording makes the same query.
        query = self.read(query)  # 'pooled budjets'
        query = author_as_report(query)  # 'What did the Audit Commission find…': the report, not its author's name
        asked = to_acronyms(without_exclusion(in_british(query)), self.all_acronyms)  # 'organization' too
        expanded = expand_query(asked, self.acronyms)
        n = max(self.settings.candidates, k)
        vector = self.embedder.embed([expanded])[0]
        dense_hits = self.store.query(vector, n, doc_id=doc_id)
        window_hits = self.sentence_keyword.nearest(vector, 3 * n, doc_id=doc_id)
        worded = self.thesaurus.expand(expanded)  # 'joint pot' looks for 'pooled' too; the model needs no help
        worded = " ".join([worded, *doer_words(query, self.keyword.knows)])  # 'Who advised…' looks for 'advisers'
        keyword_hits = self.keyword.search(worded, n, doc_id=doc_id)
        window_keyword_hits = self.sentence_keyword.search(worded, 3 * n, doc_id=doc_id)

        dense = {p.id: p.score or 0.0 for p in dense_hits}
        for pid, _, sim in window_hits:
            dense[pid] = max(dense.get(pid, 0.0), sim)
        top_keyword = keyword_hits[0][1] if keyword_hits else 1.0
        keyword = {p.id: (s / top_keyword if top_keyword else 0.0) for p, s in keyword_hits}
        lists: dict[str, list[str]] = {
            "dense": [p.id for p in dense_hits],
            "dense_windows": list(dict.fromkeys(pid for pid, _, _ in window_hits)),
            "bm25": [p.id for p, _ in keyword_hits],
            "bm25_windows": list(dict.fromkeys(pid for pid, _, _ in window_keyword_hits)),
        }
        if _DEFINITION.search(uncontracted(query)) or CONTRAST_Q.search(query):
            # "what is X?" or "how does X differ from Y?" and X has a glossary entry: bring it in (a compared
            # term by its long form too, 'area based grant' as 'ABG'; read so in every question, it put an entry
            # above the paragraph holding a sum or list the question asked for)
            glossed = asked if CONTRAST_Q.search(query) else query  # 'area based grant' as 'ABG' only to compare
            lists["glossary"] = [pid for pattern, pid in self.glossary_terms if pattern.search(glossed)]
        numbers = {int(n) for n in _PARAGRAPH_REF.findall(query)}
        blocks = {_block_key(f"{kind} {n}") for kind, n in _BLOCK_REF.findall(query)}
        if numbers or blocks:  # the passage holding the paragraph, or the table, figure or case study, it names,
            # then those that point to that block ('… has different roles and responsibilities (Figure 5).')
            lists["named_paragraph"] = [
                pid
                for pid, p in self.by_id.items()
                if (numbers & set(p.paragraphs) or _block_key(p.label) in blocks) and doc_id in (None, p.doc_id)
            ] + [pid for pid, p in self.by_id.items() if cites_block(p, blocks) and doc_id in (None, p.doc_id)]
        chapter = asked_chapter(query)
        chapters = {int(n) for n in _CHAPTER_REF.findall(query)} if chapter is None else set()
        if chapters:  # 'What does chapter 5 say about the SCS?': that chapter's passages, in the order found
            merged = dict.fromkeys(pid for ranking in list(lists.values()) for pid in ranking)
            lists["named_chapter"] = [
                pid for pid in merged if pid in self.by_id and doc_id in (None, self.by_id[pid].doc_id)
                and (m := _CHAPTER.match(self.by_id[pid].section)) is not None and int(m.group(1)) in chapters
            ]  # fmt: skip
        if chapter is not None:  # 'Summarise chapter 4': what the report says the chapter does
            lists["named_paragraph"] = [
                p.id for p in chapter_passages(list(self.by_id.values()), chapter) if doc_id in (None, p.doc_id)
            ]
        kinds = block_kinds(query)
        if kinds:
            # The question names the kind of block that holds the answer ('the timeline graphic', 'the 7S table').
            merged = dict.fromkeys(pid for ranking in list(lists.values()) for pid in ranking)
            if "summary" in kinds:  # 'the main findings': the summary, found or not, after what was found
                merged.update(dict.fromkeys(pid for pid, p in self.by_id.items() if p.kind == "summary"))
            lists["named_kind"] = [pid for pid in merged if pid in self.by_id and set_out_as(self.by_id[pid]) & kinds]
            words = set(tokenize(query))  # 'the named partners table': the block of that title, as if by number
            lists["named_title"] = [pid for pid in lists["named_kind"] if names_by_title(words, self.title_of(pid))]
            if "recommendations" in kinds:  # 'What does it recommend?': all its recommendations, in its order
                whole = sorted((p for p in self.by_id.values() if p.kind == "recommendations"),
                               key=lambda p: (p.doc_id, p.start))  # fmt: skip
                lists["named_kind"] = list(dict.fromkeys([p.id for p in whole] + lists["named_kind"]))
        if counted(query, "") is not None:
            # 'How many LSPs…': the candidates with a figure next to what is counted ('the 388 LSPs'), best first.
            fused = self.fuse(Rankings(vector, lists, {}, {}))
            ranked = sorted(fused, key=lambda pid: -fused[pid])
            lists["counted"] = [pid for pid in ranked if pid in self.by_id and counted(query, self.by_id[pid].text)]
        conditions = conditions_of(query, self.thesaurus.report_tokens)
        if conditions:  # 'When should partners align budgets?': the passages setting out when it suits, in found order
            lists["conditions"] = self._found_first(lists, doc_id, lambda text: sets_conditions_of(conditions, text))
        if _WHICH_CHAPTER.search(query):  # 'Which chapter deals with the transactional side?': the passages saying
            # what a chapter does (the report's list of its chapters), in the order found
            lists["chapter_list"] = self._found_first(
                lists, doc_id, lambda text: bool(_SAYS_WHAT_CHAPTER_DOES.search(text))
            )
        speaker = asked_speaker(query)
        if speaker:  # 'What did a PCT chief executive say?': the passages quoting one, in the order found
            merged = dict.fromkeys(pid for ranking in list(lists.values()) for pid in ranking)
            merged.update(dict.fromkeys(self.speakers))
            lists["speaker"] = [
                pid for pid in merged if pid in self.speakers and doc_id in (None, self.by_id[pid].doc_id)
                and said_by(speaker, self.speakers[pid])
            ]  # fmt: skip
        named = named_documents(query, self.doc_keys)
        if named and lists.get("named_kind"):
            # 'What does the Oxford summary say about the recommendations?': the named document's blocks of that
            # kind, and none of another's; the named document says what it says of them in its own passages
            lists["named_kind"] = [pid for pid in lists["named_kind"] if self.by_id[pid].doc_id in named]
        if named:
            # The question names one document ("the Oxford paper", "the 2009 study"): favour its passages (and see
            # fuse, which scales down the others')
            merged = dict.fromkeys(pid for ranking in list(lists.values()) for pid in ranking)
            lists["named_document"] = [pid for pid in merged if pid in self.by_id and self.by_id[pid].doc_id in named]
        return Rankings(vector, lists, dense, keyword, frozenset(named))

    def _found_first(self, lists: dict[str, list[str]], doc_id: str | None, keep: Callable[[str], bool]) -> list[str]:
        """Every passage (of doc_id, when given) whose text keep accepts: those the rankings found first, in the
        order found, then the rest in corpus order."""
        merged = dict.fromkeys([pid for ranking in list(lists.values()) for pid in ranking] + list(self.by_id))
        return [
            pid for pid in merged if pid in self.by_id and doc_id in (None, self.by_id[pid].doc_id)
            and keep(self.by_id[pid].text)
        ]  # fmt: skip

    def title_of(self, pid: str) -> frozenset[str]:
        """The title words of the table, figure or appendix a passage is part of; empty for any other passage."""
        p = self.by_id[pid]
        return self.block_titles.get((p.doc_id, p.label), frozenset())

    def weight(self, name: str) -> float:
        """The fusion weight of one named ranking."""
        weights = {
            "dense": self.settings.dense_weight,
            "dense_windows": self.settings.dense_window_weight,
            "bm25": self.settings.bm25_weight,
            "bm25_windows": self.settings.bm25_window_weight,
            "named_kind": self.settings.block_hint_weight,
            "named_chapter": self.settings.block_hint_weight,
            "chapter_list": self.settings.block_hint_weight,
            "speaker": self.settings.block_hint_weight,
            "conditions": self.settings.conditions_weight,
            "counted": self.settings.counted_weight,
            "named_paragraph": self.settings.named_paragraph_weight,
            "named_title": self.settings.named_paragraph_weight,
        }
        return weights.get(name, 1.0)

    def fuse(self, rankings: Rankings) -> dict[str, float]:
        """Weighted reciprocal rank fusion of the named rankings; when the query names one document, the passages
        of any other keep only a share of their score ('does the oxford write-up mention councillor scrutiny…': the
        Oxford paper's own sentence, not the study's many near misses, each document's passages in their order)."""
        fused: dict[str, float] = {}
        for name, ranking in rankings.lists.items():
            w = self.weight(name)
            for rank, pid in enumerate(ranking):
                fused[pid] = fused.get(pid, 0.0) + w / (self.settings.rrf_k + rank + 1)
        if rankings.named:
            for pid in fused:
                passage = self.by_id.get(pid)
                if passage is not None and passage.doc_id not in rankings.named:
                    fused[pid] *= self.settings.other_document_share
        return fused

    def search(self, query: str, k: int | None = None, doc_id: str | None = None) -> list[Scored]:
        """Top passages for a query, best first, with their fused and component scores."""
        k = k or self.k
        doc_id = doc_id if doc_id is not None else self.doc_id
        ranked = self.rankings(query, doc_id, k)
        fused = self.fuse(ranked)
        results: list[Scored] = []
        seen_text: set[str] = set()
        for pid in sorted(fused, key=lambda x: -fused[x]):
            passage = self.by_id.get(pid)
            if passage is None or passage.text in seen_text:
                continue
            seen_text.add(passage.text)
            results.append(self._scored(pid, fused, ranked))
            if len(results) >= k:
                break
        results = self._with_all_recommendations(query, results, fused, ranked, doc_id)
        results = self._with_whole_summary(query, results, fused, ranked, doc_id)
        results = self._with_summary_points(query, results, fused, ranked, doc_id)
        results = self._with_document_facts(query, results, fused, ranked, doc_id)
        results = self._with_totals(query, results, fused, ranked)
        results = self._with_case_study_roll_call(query, results, fused, ranked, doc_id)
        results = self._with_named_year(query, results, fused, ranked)
        results = self._with_list_continued(query, results, fused, ranked)
        results = self._with_named_member(query, results, fused, ranked, doc_id)
        return self._with_compared_parts(query, results, fused, ranked)

    def _with_named_member(
        self, query: str, results: list[Scored], fused: dict[str, float], ranked: Rankings, doc_id: str | None
    ) -> list[Scored]:
        """For one member of a set the reports list by name ('What does the executive layer do?'), the passages
        with a list item opening with that name ('• executive: resource allocation…'), in place of the
        lowest-ranked others: the item says what it is, in the reports' own words."""
        name = member_asked(query)
        if name is None:
            return results
        wanted = [
            pid for pid, p in self.by_id.items()
            if doc_id in (None, p.doc_id) and any(names_member(name, line.strip()) for line in p.text.splitlines())
        ]  # fmt: skip
        return self._bring_in(results, wanted, fused, ranked) if wanted else results

    def _with_list_continued(
        self, query: str, results: list[Scored], fused: dict[str, float], ranked: Rankings
    ) -> list[Scored]:
        """When the best passage ends on a lead-in the query is about, whose items head the passages after it ('The
        report is broken into five sections as below:', then '• Evolving Collaboration…', '• Can organisations work
        together?…'), those passages, in the report's order, in place of the others and more than asked for if need
        be: the items are the answer the lead-in promises."""
        lead = closing_lead_in(results[0].passage.text) if results else None
        if lead is None or not shares_a_word(topic_terms(query), lead):
            return results  # 'Who wrote the report?' is not asked of its sections
        top = results[0].passage
        after = sorted((p for p in self.by_id.values() if p.doc_id == top.doc_id and p.start > top.start),
                       key=lambda p: p.start)  # fmt: skip
        opened = {p.label: p.id for p in reversed(after) if opens_with_item(p)}  # each heading's first passage
        items = list(dict.fromkeys(opened[p.label] for p in after if p.label in opened))[:_MOST_ITEMS]
        if not items:
            return results
        others = [r for r in results[1:] if r.passage.id not in items]
        found = [results[0], *(self._scored(pid, fused, ranked) for pid in items), *others]
        return found[: max(len(results), 1 + len(items))]  # all the items, though more than were asked for

    def _with_named_year(
        self, query: str, results: list[Scored], fused: dict[str, float], ranked: Rankings
    ) -> list[Scored]:
        """For a question naming a year ('How has policy changed since 2000?') when no passage found says it, the
        best-ranked of the next few candidates that does, in place of the lowest-ranked other: the answer must say
        that year."""
        years = required_terms(query)[1]
        if not years or any(all(y in r.passage.text for y in years) for r in results):
            return results
        ranked_ids = sorted(fused, key=lambda pid: -fused[pid])
        near = [pid for pid in ranked_ids if pid in self.by_id][: 2 * len(results)]  # one far down: off the topic
        wanted = [pid for pid in near if all(y in self.by_id[pid].text for y in years)]
        return self._bring_in(results, wanted[:1], fused, ranked) if wanted else results

    def _with_case_study_roll_call(
        self, query: str, results: list[Scored], fused: dict[str, float], ranked: Rankings, doc_id: str | None
    ) -> list[Scored]:
        """For 'Which councils were the case studies?', the passage naming the case study councils in a row ('The
        case study councils were: Blackburn with Darwen, Bolton, …'), in place of the lowest-ranked other."""
        if not names_the_case_studies(query):
            return results
        wanted = [
            pid for pid, p in self.by_id.items()
            if doc_id in (None, p.doc_id) and _CASE_STUDY.search(p.text) and without_roll_calls(p.text) != p.text
        ]  # fmt: skip
        return self._bring_in(results, wanted, fused, ranked) if wanted else results

    def _with_document_facts(
        self, query: str, results: list[Scored], fused: dict[str, float], ranked: Rankings, doc_id: str | None
    ) -> list[Scored]:
        """For 'Who wrote the summary paper?', the passages that say who wrote a document (its signature, its study
        director), of the document the question names if it names one; for 'When was the report published?', those
        that say when a document came out by its title; for 'Why was the study done?', those that say what a document
        aims to do; in place of the lowest-ranked others."""
        asks_author, asks_purpose = bool(AUTHOR_Q.search(query)), bool(PURPOSE_Q.search(query))
        asks_title = bool(DOCUMENT_SUBJECT_Q.search(query) or DOCUMENT_TITLE_Q.search(query))
        if not asks_author and not asks_purpose and not asks_title and not DOCUMENT_DATE_Q.search(query):
            return results

        def says(text: str) -> bool:
            if asks_author:
                return bool(_AUTHOR_LINE.search(text))
            if asks_purpose:
                return bool(STATES_AIMS.search(text))
            if asks_title:  # 'Which report is the Oxford paper about?': the passages naming one by its title
                return names_a_title(text, self.titles)
            return bool(SIGNATURE.search(text) or _PUBLISHED.search(text) and names_a_title(text, self.titles))

        named = named_documents(query, self.doc_keys)
        named_titles = {p.title for p in self.by_id.values() if p.doc_id in named}

        def of_named(p: Passage) -> bool:  # a passage of the document named, or of another naming it by its title
            return not named or p.doc_id in named or names_a_title(p.text, named_titles)  # ('Published by the Audit
            # Commission in 2009; ‘Working better together? …’' in the summary paper dates the 2009 report)

        wanted = [pid for pid, p in self.by_id.items() if says(p.text) and doc_id in (None, p.doc_id) and of_named(p)]
        if not wanted:
            return results
        return self._bring_in(results, wanted, fused, ranked)

    def _with_totals(
        self, query: str, results: list[Scored], fused: dict[str, float], ranked: Rankings
    ) -> list[Scored]:
        """For 'How many LSPs are there?', the best candidate giving the number of them all ('a survey of the 388
        LSPs'), in place of the lowest-ranked other passage: a sentence counting some of them is no answer."""
        if not TOTAL_Q.search(query):
            return results
        candidates = sorted(ranked.lists.get("counted", []), key=lambda pid: -fused.get(pid, 0.0))
        wanted = [pid for pid in candidates if counts_all(query, self.by_id[pid].text)][:1]
        return self._bring_in(results, wanted, fused, ranked) if wanted else results

    def _with_compared_parts(
        self, query: str, results: list[Scored], fused: dict[str, float], ranked: Rankings
    ) -> list[Scored]:
        """For a question comparing two things, the glossary entries of the terms it names ('the difference between
        an LSP and an LAA') and the other part of a table cut in two found ('the difference between aligning and
        pooling'), in place of the lowest-ranked other passages: one half of 'Pooling is more suitable when: … /
        Aligning is more suitable when: …' is half the answer."""
        if not COMPARE_Q.search(query):
            return results
        words = compared_words(query)
        both: list[str] = []  # 'the difference between pooled and aligned budgets': two passages that speak of both
        if words:  # (the police finance officer's 'Occasionally the money is pooled… In other cases… align funds'),
            # though found lower than those on pooled budgets alone
            order = sorted((pid for pid in fused if pid in self.by_id), key=lambda pid: -fused[pid])
            telling = (pid for pid in order if tells_of_together(words, self.by_id[pid].text))
            both = list(islice(telling, _BOTH_COMPARED))  # the best, read no further than needed
            results = self._bring_in(results, both, fused, ranked)
        terms = ranked.lists.get("glossary", [])
        if len(terms) >= 2:  # 'the difference between an LSP and an LAA': both glossary entries
            results = self._bring_in(results, terms, fused, ranked)
        for top in [r for i, r in enumerate(results) if i < 3 or r.passage.id in both]:
            p = top.passage
            if p.kind == "table":
                parts = [
                    q.id for q in self.by_id.values() if (q.doc_id, q.label, q.kind) == (p.doc_id, p.label, p.kind)
                ]
                results = self._bring_in(results, parts, fused, ranked, keep=set(both))
        return results

    def _bring_in(
        self,
        results: list[Scored],
        wanted: list[str],
        fused: dict[str, float],
        ranked: Rankings,
        keep: set[str] | None = None,
    ) -> list[Scored]:
        """The results with the wanted passages they lack in place of their lowest-ranked others (neither wanted nor
        in keep), best first."""
        kept = set(wanted) | (keep or set())
        have = {r.passage.id for r in results}
        missing = [pid for pid in wanted if pid not in have]
        others = [i for i, r in enumerate(results) if r.passage.id not in kept]
        for pid, i in zip(missing, reversed(others), strict=False):
            results[i] = self._scored(pid, fused, ranked)
        return sorted(results, key=lambda r: -r.score)

    def _with_whole_summary(
        self, query: str, results: list[Scored], fused: dict[str, float], ranked: Rankings, doc_id: str | None
    ) -> list[Scored]:
        """For 'What did the study find?' (the summary asked for with no topic), the summary's passages in its order,
        in place of the others: each opens with one of the report's headline findings. For an overview of one
        document ('Summarise the Oxford paper'), its summary, or its title line and conclusions."""
        named = overview_document(query, self.doc_keys)
        if named is not None and doc_id in (None, named):
            summary = document_overview(list(self.by_id.values()), named)
        elif asks_for_overview(query):
            summary = sorted((p for p in self.by_id.values() if p.kind == "summary" and doc_id in (None, p.doc_id)),
                             key=lambda p: (p.doc_id, p.start))  # fmt: skip
        else:
            return results
        if not summary:
            return results
        ids = {p.id for p in summary}
        kept = [self._scored(p.id, fused, ranked) for p in summary]
        return (kept + [r for r in results if r.passage.id not in ids])[: len(results)]

    def _with_summary_points(
        self, query: str, results: list[Scored], fused: dict[str, float], ranked: Rankings, doc_id: str | None
    ) -> list[Scored]:
        """For the report's findings asked about a topic ('What are the main findings about resources?'), the
        summary passages with a point about it, in place of the lowest-ranked others: the summary is a few
        passages, and which of them tells of the topic is a matter of its points, not of its passage's words."""
        topic = findings_topic(query)
        if not topic:
            return results
        wanted = [
            pid for pid, p in self.by_id.items()
            if p.kind == "summary" and doc_id in (None, p.doc_id) and points_about(topic, units_of(p, 0))
        ]  # fmt: skip
        return self._bring_in(results, wanted, fused, ranked) if wanted else results

    def _with_all_recommendations(
        self, query: str, results: list[Scored], fused: dict[str, float], ranked: Rankings, doc_id: str | None
    ) -> list[Scored]:
        """For 'What does the report recommend…?', every recommendations list of the report, in place of the
        lowest-ranked other passages: they are few, and which of them answers depends on whom the question names."""
        if "recommendations" not in block_kinds(query):
            return results
        wanted = [
            pid
            for pid in ranked.lists.get("named_kind", [])
            if self.by_id[pid].kind == "recommendations" and doc_id in (None, self.by_id[pid].doc_id)
        ]
        every = {pid for pid, p in self.by_id.items() if p.kind == "recommendations"}
        return self._bring_in(results, wanted, fused, ranked, keep=every)

    def _scored(self, pid: str, fused: dict[str, float], ranked: Rankings) -> Scored:
        """One passage as a search result: its fused and component scores, its sentence windows best first."""
        score = fused.get(pid, 0.0)
        windows = sorted(self.sentence_keyword.similarities(pid, ranked.vector), key=lambda kv: -kv[1])
        return Scored(
            self.by_id[pid].with_score(round(score, 6)),
            score,
            ranked.dense.get(pid, 0.0),
            ranked.keyword.get(pid, 0.0),
            tuple(windows),
        )

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [
            Document(page_content=s.passage.text, id=s.passage.id, metadata=s.passage.model_dump(exclude={"text"}))
            for s in self.search(query)
        ]
