"""Answers that are a whole block rather than chosen sentences: a table, figure, case study or paragraph asked
for by number, the summary's headlines, the glossary entries of compared or defined terms, the recommendations,
and what the reports tell of a place asked about as a whole."""

from __future__ import annotations

import re

from .models import Passage
from .questions import (
    BLOCK_Q,
    COMPARE_Q,
    DEFINITION_Q,
    DOCUMENT_SUBJECT_Q,
    DOCUMENT_TITLE_Q,
    PURPOSE_Q,
    QUANTITY_Q,
    SAYS_WHAT_IT_IS,
    STATES_AIMS,
    akin,
    asked_chapter,
    member_asked,
    names_a_title,
    names_in,
    names_member,
    shares_a_word,
    topic_terms,
    with_synonyms,
)
from .retrieval import (
    THIS_CHAPTER,
    Scored,
    asks_for_overview,
    block_hint_words,
    chapter_item,
    closing_lead_in,
    document_overview,
    findings_topic,
    named_documents,
    opens_with_item,
    overview_document,
    pointer_to,
)
from .spans import plain_sentence
from .text import ends_sentence
from .tokens import tokenize
from .units import Pick, Unit, is_heading, lead_in, points_about, units_of
from .verify import stands_for, without_roll_calls

_HEAD_NOUN = re.compile(r"\s+(?:of|for|in|on|under|within|to|with|by|from|at|between|across|about)\s+")
# a term's head noun comes before its first preposition: 'the long-term objectives of an LSP' is about objectives

_RECOMMENDING = {"recommend", "recommendation", "recommends", "recommended", "advice", "advise", "suggest", "next",
                 "now", "doing", "first", "instead", "then", "also", "mainly", "generally", "overall"}  # fmt: skip
# words of asking for recommendations, and those saying when or how much ('What does it recommend next?'), no topic
_BY_THE_COMMISSION = re.compile(r"\bcommission(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:recommend|wants?|asks?|urges?)", re.I)


def whole_list(members: list[Unit], score: float, limit: int = 1400) -> list[Pick]:
    """The units in order, as many as fit limit characters (always the first)."""
    picks: list[Pick] = []
    length = 0
    for m in members:
        if length + len(m.text) > limit and picks:
            break
        picks.append(Pick(m, score))
        length += len(m.text)
    return picks


def whole_block(question: str, hits: list[Scored], limit: int) -> list[Pick]:
    """For 'What does Table 8 show?' (a table, figure, case study or paragraph asked about by its number), that
    block from its title on, as much of it as fits a list's budget."""
    m = BLOCK_Q.match(question)
    if not m:
        return []
    chapter = asked_chapter(question)
    if chapter is not None:
        return whole_chapter(chapter, hits, limit)
    label = " ".join(m.group("label").split()).lower()
    number = int(label.split()[-1]) if label.startswith("paragraph") else None
    picks: list[Pick] = []
    found = [
        (idx, hit.passage)
        for idx, hit in enumerate(hits)
        if hit.passage.label.lower() == label or number in (hit.passage.paragraphs if number else ())
    ]  # 'paragraph 48' is answered by the passage that holds it ('Paragraphs 47–49')
    for idx, passage in sorted(found, key=lambda f: f[1].start)[: 1 if number else None]:
        units = [u for u in units_of(passage, idx) if u.text.strip().lower() != label]
        picks += whole_list(units, 1.0, limit=limit)  # each part of a table
    # cut in two (Table 11: 'Aligning…' and 'Pooling is more suitable when:')
    return picks + (pointed_to(found[0][1].label, hits) if picks and not number else [])


def whole_chapter(number: int, hits: list[Scored], limit: int) -> list[Pick]:
    """For 'Summarise chapter 4', what the report says the chapter does: its line in the report's list of chapters
    (under that list's lead-in), then, from each of the chapter's passages that say what 'this chapter' does, that
    sentence on (its list too), in the report's order and as much as fits limit characters."""
    units: list[Unit] = []
    for idx, hit in sorted(enumerate(hits), key=lambda ih: (ih[1].passage.doc_id, ih[1].passage.start)):
        passage_units = units_of(hit.passage, idx)
        item = next((u for u in passage_units if chapter_item(number).match(u.text)), None)
        if item is not None:
            units += [u for u in passage_units if u.is_lead and u.list_id == item.list_id][:1] + [item]
        elif hit.passage.section.startswith(f"Chapter {number}:"):
            start = next((u.position for u in passage_units if THIS_CHAPTER.search(u.text)), None)
            units += passage_units[start:] if start is not None else []
    return whole_list(units, 1.0, limit=limit)


def pointed_to(label: str, hits: list[Scored], most: int = 2) -> list[Pick]:
    """The body sentences among the hits that point to the block ('Each of the three layers of joint working … has
    different roles and responsibilities (Figure 5).'), which say what a diagram's bare labels show."""
    pointer = pointer_to(label)
    if pointer is None:
        return []
    found = [
        Pick(u, 1.0)
        for idx, hit in enumerate(hits)
        if hit.passage.label != label
        for u in units_of(hit.passage, idx)
        if u.list_id is None and not u.cell and pointer.search(u.text)
    ]
    return found[:most]


def headlines(question: str, hits: list[Scored], doc_keys: dict[str, set[str]] | None = None) -> list[Pick]:
    """For 'What did the study find?' (the summary asked for with no topic), the opening sentence of each summary
    passage found, in the report's order: its headline findings ('Local agencies work together.', 'LSPs work
    through leadership, culture, and relationship management.', …). For an overview of one document named by
    doc_keys ('Summarise the Oxford paper'), its summary's headlines; or, for a document without a summary, its
    title line and the opening of its conclusions. [] for other questions."""
    named = overview_document(question, doc_keys or {})
    if named is None and not asks_for_overview(question):
        return []
    found = sorted(
        ((idx, h.passage) for idx, h in enumerate(hits) if named in (None, h.passage.doc_id)),
        key=lambda f: (f[1].doc_id, f[1].start),
    )
    summary = [(idx, p) for idx, p in found if p.kind == "summary"]
    picks = [Pick(units[0], 1.0) for idx, p in summary if (units := units_of(p, idx))]
    if picks or named is None:
        return picks if len(picks) >= 2 else []
    overview = {p.id for p in document_overview([p for _, p in found], named)}
    for idx, p in found:
        if p.id in overview:
            told = [u for u in units_of(p, idx) if not is_heading(u.text)] or units_of(p, idx)
            picks += [Pick(u, 1.0) for u in told[: 1 if p is found[0][1] else 2]]  # the title; two of a conclusion
    return picks if len(picks) >= 2 else []


def continued_list(question: str, hits: list[Scored]) -> list[Pick]:
    """When the best passage found ends on a lead-in about what the question asks ('The report is broken into five
    sections as below:' for 'What are the five sections of the report…?'), the lead-in and the items that head the
    passages found after it in its document ('• Evolving Collaboration', '• Can organisations work together?', …),
    in order; [] otherwise."""
    said = closing_lead_in(hits[0].passage.text) if hits else None
    if said is None or not shares_a_word(topic_terms(question), said):
        return []
    top = hits[0].passage
    lead = units_of(top, 0)[-1]
    after = sorted(
        ((i, h.passage) for i, h in enumerate(hits) if h.passage.doc_id == top.doc_id and h.passage.start > top.start
         and opens_with_item(h.passage)),
        key=lambda ip: ip[1].start,
    )  # fmt: skip
    items = [Pick(Unit(i, 0, f"{p.text.lstrip()[0]} {p.label}", list_id=0), 1.0) for i, p in after]  # a line each
    return [Pick(lead, 1.0), *items] if items else []


def document_aims(question: str, hits: list[Scored], limit: int) -> list[Pick]:
    """For 'Why was the study done?' or 'What was the purpose of the report?', the sentence in which a document
    says what it aims to do ('This study aims to:') with the list it leads into, from the first hit holding one;
    [] for other questions, or when no hit says what its document aims to do (the question may name another)."""
    if not PURPOSE_Q.search(question):
        return []
    for idx, hit in enumerate(hits):
        units = units_of(hit.passage, idx)
        said = next((u for u in units if STATES_AIMS.search(u.text)), None)
        if said is not None:
            told = [u for u in units if u is said or u.list_id is not None and u.list_id == said.list_id]
            return whole_list(told if said.is_lead else [said], 1.0, limit=limit)
    return []


def document_named(question: str, hits: list[Scored], doc_keys: dict[str, set[str]] | None = None) -> list[Pick]:
    """For 'Which report is the Oxford paper about?' or 'What report does it summarise?', the sentence of the
    document asked about that names a document by its title ('Published by the Audit Commission in 2009; ‘Working
    better together? …’, reviews…'); for 'What is the title of the Oxford paper?', that document's title line, or,
    for a document without one, a sentence found that names it. [] for other questions, or when none is found."""
    own = bool(DOCUMENT_TITLE_Q.search(question))
    if not own and not DOCUMENT_SUBJECT_Q.search(question):
        return []
    named = named_documents(question, doc_keys or {})
    titles = {h.passage.title for h in hits}
    found = [(h.passage, units_of(h.passage, idx)) for idx, h in enumerate(hits)]
    for p, units in found:
        if own and p.doc_id in named and len(units) == 1 and not ends_sentence(units[0].text):
            return [Pick(units[0], 1.0)]  # the title line opening the document asked about
    for p, units in found:
        if named and p.doc_id not in named and not own:
            continue  # what the document asked about says it is about, not what another says
        for u in units:
            if names_a_title(u.text, titles) and ends_sentence(u.text):
                return [Pick(u, 1.0)]
    return []


def findings_about(question: str, hits: list[Scored], budget: int) -> list[Pick]:
    """For the report's findings asked about a topic ('What are the main findings about resources?', 'the key
    messages on scrutiny'), the summary's points about it, in the report's order, as far as the budget goes: 'Most
    LSPs lack mechanisms for assigning mainstream resources…', not the summary's first list whole. A point leading
    into a list comes with its items. [] for other questions, or when no summary point found is about it."""
    topic = findings_topic(question)
    if not topic:
        return []
    found = sorted(((i, h.passage) for i, h in enumerate(hits) if h.passage.kind == "summary"),
                   key=lambda f: (f[1].doc_id, f[1].start))  # fmt: skip
    picks: list[Pick] = []
    length = 0
    for i, p in found:
        for told in points_about(topic, units_of(p, i)):  # each point about all of it
            size = sum(len(v.text) for v in told)
            if picks and length + size > budget:
                return picks
            picks += [Pick(v, 1.0) for v in told]
            length += size
    return picks


def entry_term(entry: Passage) -> tuple[str, str]:
    """A glossary entry's term as its label gives it and its first sentence's spelled-out form ('LIFT', 'Local
    Improvement Finance Trust')."""
    return entry.label.split(": ", 1)[-1], entry.text.split(".", 1)[0].split(":", 1)[-1].strip()


def compared_terms(question: str, hits: list[Scored], acronyms: dict[str, str], limit: int = 300) -> list[Pick]:
    """For 'What is the difference between an LSP and an LAA?', the opening of the glossary entry of each term
    the question compares (about limit characters each); [] for other questions, and for one comparing figures
    ('how many SCSs had it vs how many LAAs?'), which the terms' definitions do not give."""
    if not COMPARE_Q.search(question) or QUANTITY_Q.search(question):
        return []
    found: list[tuple[int, Passage, str]] = []
    for idx, hit in enumerate(hits):
        p = hit.passage
        if p.kind != "glossary":
            continue
        term, spelled = entry_term(p)
        long_form = acronyms.get(term.rstrip("s")) or spelled
        if re.search(rf"\b{re.escape(term.rstrip('s'))}s?\b", question) or re.search(
            rf"\b{re.escape(long_form.rstrip('s'))}s?\b", question, re.I
        ):
            found.append((idx, p, term.rstrip("s")))
    if len(found) < 2:
        return []
    picks: list[Pick] = []
    for idx, p, term in found:  # (compose puts them in search's order)
        others = [re.compile(rf"\b{re.escape(t)}s?\b") for *_, t in found if t != term]
        units = units_of(p, idx)
        # After the entry's opening, its sentences naming another compared term first ('The LAA focuses
        # attention on those local SCS priorities…'), then the rest in order, as far as the limit goes.
        ranked = units[:1] + sorted(units[1:], key=lambda u: not any(o.search(u.text) for o in others))
        chosen: list[Unit] = []
        length = 0
        for u in ranked:
            if length + len(u.text) > limit and length:
                continue
            chosen.append(u)
            length += len(u.text)
        picks.extend(Pick(u, 1.0) for u in sorted(chosen, key=lambda u: u.position))
    return picks


def entry_of_named(
    question: str, hits: list[Scored], topical: list[Scored], other_names: set[str] | None = None
) -> Scored | None:
    """The glossary entry of a term the question names, when topical passages name the term but never in a
    sentence sharing the question's topic words (or other_names, the reports' words for them): 'Who funds LIFT?'
    is answered by LIFT's entry (on its shareholders, though it never says 'fund'), not by a grant to a health
    centre in a case study that names LIFT elsewhere; 'When was CAA introduced?' by a sentence on CAA's start."""
    terms = topic_terms(question)
    for hit in hits:
        p = hit.passage
        head, long_form = entry_term(p)
        flags = 0 if head.isupper() else re.IGNORECASE  # 'LIFT', not 'lift'
        if (
            hit in topical
            or p.kind != "glossary"
            or not re.search(rf"(?<![\w-]){re.escape(head)}s?(?![\w-])", question, flags)
        ):
            continue
        named = re.compile(rf"(?<![\w-])(?:{re.escape(head)}s?|{re.escape(long_form)})(?![\w-])", flags)
        naming = [u.text for i, h in enumerate(topical) for u in units_of(h.passage, i) if named.search(u.text)]
        told = any(
            any(akin(t, said) for t in terms) or bool(said & (other_names or set()))
            for said in (with_synonyms(set(tokenize(text))) for text in naming)
        )
        return hit if naming and not told else None
    return None


def definition(question: str, hits: list[Scored]) -> list[Pick]:
    """The glossary entry for 'what is X?' questions, whole when short."""
    m = DEFINITION_Q.match(question)
    if not m:
        return []
    term = next(g for g in (m.group("term"), m.group("term2"), m.group("term3")) if g).strip(" ‘’'\"").lower()
    head_noun, *rest = _HEAD_NOUN.split(term, 1)
    noun = head_noun.split()[-1:] or [term]  # 'objectives' in 'the long-term objectives of an LSP'
    if noun[0] in SAYS_WHAT_IT_IS and rest:  # 'the role of an LSP' is what an LSP is for: its entry answers
        noun = rest[0].split()[-1:] or noun
    for idx, hit in enumerate(hits[:4]):
        p = hit.passage
        if p.kind != "glossary":
            continue
        head, long_form = (t.lower() for t in entry_term(p))
        if term.rstrip("s") in (head.rstrip("s"), long_form.rstrip("s")) or head.rstrip("s") == noun[0].rstrip("s"):
            picks: list[Pick] = []
            length = 0
            for u in units_of(p, idx):
                if length + len(u.text) > 450 and picks:
                    break
                picks.append(Pick(u, 1.0))
                length += len(u.text)
            return picks
    acronym = stands_for(question)  # no glossary entry: the sentence spelling it out in brackets ('delivery chain
    spelled = re.compile(rf"\({acronym}s?\)") if acronym else None  # analysis (DCA)') says what it stands for
    for idx, hit in enumerate(hits if spelled else []):
        told = next((u for u in units_of(hit.passage, idx) if spelled and spelled.search(u.text)), None)
        if told is not None:
            return [Pick(told, 1.0)]
    return []


def member_items(question: str, hits: list[Scored], most: int = 2) -> list[Pick]:
    """For one member of a set the reports list by name ('What does the executive layer do?'), its item under
    the lead-in above it from each of the first few passages found that list it ('LSPs work through three main
    layers:' / '• executive: resource allocation and performance management; and'); [] for any other question."""
    name = member_asked(question)
    if name is None:
        return []
    picks: list[Pick] = []
    for idx, hit in enumerate(hits):
        units = units_of(hit.passage, idx)
        item = next((u for u in units if names_member(name, u.text)), None)
        if item is None:
            continue
        lead = next((u for u in reversed(units[: item.position]) if u.text.rstrip().endswith(":")), None)
        picks += [Pick(u, 1.0) for u in (lead, item) if u is not None]
        if len(picks) >= 2 * most:
            break
    return picks


_ABOUT = re.compile(
    r"\b(?:about|on|regarding|concerning)\s+(?P<about>[^?]+)|"
    r"\brecommend(?:s|ed)?\s+(?!(?:for|to|that|by|in|from|the\s+government|government|councils?|partners?|lsps?|"
    r"local|central|we|they|i|you|it)\b)(?P<object>[^?]+)",
    re.I,
)  # what a recommendation is asked about: 'recommend about scrutiny', 'recommend pooled budgets'; not whom it is for
_NESTED = re.compile(r"^[•\-]\s*[a-z]")  # '• delivery chain analysis; and' under '• Test their … using:'


def _items_about(topic: set[str], units: list[Unit]) -> list[Unit]:
    """The lead-in of a recommendations list and its items about the topic, an item under another ('• delivery
    chain analysis; and') with the item it hangs from ('• Test their current arrangements using:'), and an item
    about it that others hang from with them."""
    kept: set[int] = set()
    for i, u in enumerate(units):
        if u.is_lead:
            kept.add(i)
        elif shares_a_word(topic, u.text):
            kept.add(i)
            j = i
            while j > 0 and _NESTED.match(units[j].text):
                j -= 1
            if j < i and units[j].text.rstrip().endswith(":"):
                kept.add(j)  # the item it hangs from
            k = i + 1
            while u.text.rstrip().endswith(":") and k < len(units) and _NESTED.match(units[k].text):
                kept.add(k)  # the items hanging from it
                k += 1
    return [units[i] for i in sorted(kept)]


def all_recommendations(question: str, qset: set[str], hits: list[Scored], budget: int) -> list[Pick]:
    """For 'What does the report recommend (for X)?', the recommendations lists found for those the question
    names ('councils': 'Local authorities and their partners should:'), or all of them when it names none of
    them, in the report's order, as far as a list's budget goes; for one asking about a topic ('… about
    scrutiny?'), only their items about it, under their lead-ins; [] when none is found, or none is about it."""
    found = sorted((i for i, h in enumerate(hits) if h.passage.kind == "recommendations"),
                   key=lambda i: (hits[i].passage.doc_id, hits[i].passage.start))  # fmt: skip
    lists = [units_of(hits[i].passage, i) for i in found]
    asked = with_synonyms(qset)
    if _BY_THE_COMMISSION.search(question):
        asked -= {"audit", "commission"}  # 'What does the Audit Commission recommend?': the report's advice
    named = [units for units in lists if asked & (set(tokenize(lead_in(units))) - {"should", "will"})]
    leads = {t for units in lists for t in tokenize(lead_in(units))}
    m = _ABOUT.search(question)
    said = (m.group("about") or m.group("object")) if m else ""  # '… recommend about scrutiny?', not '… for councils?'
    topic = {*topic_terms(said), *(n.lower() for n in names_in(f"Of {said}"))}
    topic -= leads | block_hint_words(question) | _RECOMMENDING | {"audit", "commission"}
    if topic:  # 'What does the report recommend about scrutiny?': the items about it, each under its lead-in
        about = [_items_about(topic, units) for units in named or lists]
        return [Pick(u, 1.0) for units in about if any(not u.is_lead for u in units) for u in units]
    picks: list[Pick] = []
    length = 0
    for units in named or lists:
        size = sum(len(u.text) for u in units)
        if picks and length + size > budget:
            break
        picks += [Pick(u, 1.0) for u in units]
        length += size
    return picks


_TELL_ABOUT = re.compile(
    r"^\s*(?i:(?:(?:please|can\s+you|could\s+you)\s+)*(?:tell\s+me\s+(?:more\s+)?about|"
    r"what\s+(?:do|does|did)\s+(?:the\s+)?(?:reports?|study|paper|documents?)\s+(?:say|tell\s+us|tell\s+me)\s+about|"
    r"what\s+(?:is|was)\s+(?:said|written)\s+about))\s+"
    r"(?P<name>[A-Za-z][a-z][\w’'\-]*(?:\s+[A-Za-z][a-z][\w’'\-]*){0,3}?)\s*[?.!]*\s*$"
)  # 'Tell me about Bolton', 'What do the reports say about East Sussex?': a name, nothing else (the reports'
# writing decides whether it is one: 'tell me about bolton' is, 'Tell me about Scrutiny' is not)


_CASES_OF = re.compile(
    r"^\s*(?i:(?:and\s+)?(?:which|what)\s+case\s+stud(?:y|ies)\s+(?:(?:is|are|was|were)\s+(?:about|on|from|in)|"
    r"(?:involves?|mentions?|features?|covers?|concerns?|includes?|describes?|names?|tells?\s+of)|"
    r"(?:do|does|did)\s+(?:\w+\s+)?(?:appear|feature)\s+in|"
    r"(?:are|were)\s+there\s+(?:about|on|from|for|of))|(?:is|are)\s+there\s+(?:any\s+)?case\s+stud(?:y|ies)\s+"
    r"(?:about|on|from|for|of|in))\s+"
    r"(?P<name>[A-Za-z][a-z][\w’'\-]*(?:\s+[A-Za-z][a-z][\w’'\-]*){0,3}?)\s*[?.!]*\s*$"
)  # 'Which case studies involve Derbyshire?', 'Which case study is about Dorset?': each of them, told by a sentence

_NAME_WRITTEN = r"[A-Z][a-z][\w’'\-]*(?:\s+(?:with|and|upon|on|[A-Z][a-z][\w’'\-]*))*"  # 'Hammersmith and Fulham'


def _tells_of(unit: Unit, name: re.Pattern[str]) -> bool:
    """True for a plain sentence of the reports' own naming the place: not a quotation, nor a title or list item."""
    quoted = unit.said_by is not None or unit.text.startswith(("‘", "'", "“"))
    return bool(name.search(unit.text)) and plain_sentence(unit) and not quoted and ends_sentence(unit.text)


def place_overview(question: str, hits: list[Scored], budget: int) -> list[Pick]:
    """For a place asked about as a whole ('Tell me about Bolton'), from each passage found that tells of it
    outside a roll call of names, the first sentence of its own naming it, best passage first, as far as the
    budget goes: what each part of the reports says of it ('Bolton was one of the first areas…', 'The Bolton SNA
    focused on…'), not one passage's quotations repeating its name; for 'Which case studies involve X?', from each
    case study. [] for any other question, or when no passage tells of the place (it is named only among the case
    study councils)."""
    m = _TELL_ABOUT.match(question) or _CASES_OF.match(question)
    if m is None:
        return []
    cases_only = m.re is _CASES_OF  # 'Which case studies involve Derbyshire?': from each case study telling of it
    typed = re.compile(rf"\b{re.escape(m.group('name'))}\b", re.I)  # whole words: 'Derby', not 'Derbyshire'
    written = {w.group(0) for h in hits for w in typed.finditer(h.passage.text)}
    if not written or not all(re.fullmatch(_NAME_WRITTEN, w) for w in written):
        return []  # a word the reports also write in lower case ('scrutiny') is a topic, and 'LSPs' an acronym
    name = re.compile("|".join(rf"\b{re.escape(w)}\b" for w in sorted(written)))  # as the reports write it
    told = [
        next((u for u in units_of(hit.passage, i) if _tells_of(u, name)), None)
        for i, hit in enumerate(hits)
        if name.search(without_roll_calls(hit.passage.text)) and (not cases_only or hit.passage.kind == "case_study")
    ]
    return whole_list([u for u in told if u is not None], 1.0, limit=budget)
