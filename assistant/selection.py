"""Choose what answers: score each sentence, list item and table row of the passages found, and pick the best with
the span, list or rows around it."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from .beside import from_top_passage, original_of, others, runner_up, twin
from .models import Passage
from .questions import (
    CIRCUMSTANCES_Q,
    COMPARE_Q,
    CONDITIONS_LEAD,
    DOCUMENT_DATE_Q,
    PLACE_NAMED,
    QUESTIONS_WANTED,
    SIGNATURE,
    TOTAL_Q,
    acts,
    akin,
    counts_all,
    deed_done_to,
    figure_near,
    has_quantity,
    names_in,
    reported_deed,
    shares_a_word,
    tells_deed,
    topic_terms,
)
from .reading import Reading, read
from .retrieval import Scored, tokenize
from .spans import (
    Limits,
    following_list,
    grow_span,
    item_under_lead,
    parallel_items,
    speaker_of,
    with_antecedent,
)
from .speakers import speaker_lines
from .text import asks, asks_in_lead, ends_sentence
from .thesaurus import Thesaurus
from .tokens import verb_bases
from .typed import dates_itself, fits_answer_type, typed_first
from .units import (
    Pick,
    Unit,
    is_figure_line,
    is_heading,
    is_label_row,
    is_row,
    named_before,
    opening_name,
    opens_elsewhere,
    places_named,
    row_column,
    row_key,
    set_out_as,
    spells_out,
    stands_alone,
    table_headings,
    ticked,
    units_of,
)
from .verify import without_roll_calls
from .whole import all_recommendations, whole_list

_OWN_VOICE = re.compile(
    r"^\s*what\s+(?:does|did|do)\s+(?:the\s+)?(?:audit\s+commission(?:[’']s)?\s+)?(?:report|study|audit\s+commission)\s+"
    r"(?:expect|want|ask|urge|advise|recommend|suggest|require)\w*\b",
    re.I,
)  # 'What does the report expect council chief executives to do?': its own words, not those of the chief
# executives it quotes, whose '(Council chief executive)' would otherwise count as the question's words
_HEARD = re.compile(
    r"\b(?:say|says|said|think|thinks|thought|feel|feels|felt|views?|opinions?|believe|believes|tell|told|quotes?|"
    r"quotations?|comments?|perspectives?|voices?|hear|heard|frustrat\w*|complain\w*)\b",
    re.I,
)  # 'What do third sector partners think of ABG?' asks what they said; 'How do LSPs engage the third sector?' does
# not, so '(Director, third sector)' under a quotation about ABG does not put that quotation on its topic


_WHO_IS_PERSON = re.compile(
    r"^\s*(?i:who)\s+(?i:is|was)\s+(?P<name>[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){1,2})\s*\??\s*$"
)  # 'Who was Chris Farthing?', 'Who is Michael Hughes?': a person the reports name, by their name


_VERB_S = (
    r"(?:does|is|has|was|happens|makes|means|needs|counts|matters|says|helps|works|remains|seems|goes|comes|gets|"
    r"gives|takes|keeps|sits|this|its)"
)  # words after 'what' that end in s but are no plural noun
_AUX_WORD = r"(?:is|are|was|were|do|does|did|has|have|had|can|could|should|would|will|might|must|the|a|an|this|its)"
_LIST_COUNT = r"two|three|four|five|six|seven|eight|ten|twelve"  # the numbers the reports count their lists with
_OR = re.compile(r"\bor\b", re.I)
_LIST_Q = re.compile(
    r"\b(what are|which are|list|name the|what were|outline|what (?:can|should|must|does|do|did)\b.*\b(?:include|cover|"
    r"contain|focus|use|do)|what (?:is|are)\b.*\b(?:supposed|meant|expected|required) to (?:include|cover|contain)|"
    r"what (?:should|must|needs? to) (?:be|go) in|"
    rf"(?:{_LIST_COUNT})\s+(?:\w+\s+)?\w+s\b|ways|elements|layers|"
    r"principles|stages|questions|themes|barriers|obstacles|steps)\b|"
    rf"^\s*(?:what|which)\s+(?:(?!{_AUX_WORD}\b)[a-z]+\s+)?(?!{_VERB_S}\b)[a-z]+s\b",  # 'What (meeting) habits…
    re.I,
)
_WHO_Q = re.compile(r"^\s*(?:and\s+)?who\b", re.I)
_YES_NO = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b", re.I)
_YES_NO_CLAUSE = re.compile(r"(?:^|[,;:–—]\s*|[.?!]\s+)\s*(?:is|are|does|do|has|have|any)\s", re.I)  # 'when we test a
# delivery chain, is there a check on…?', 'Any checks for…?'


_POINTS_TO = re.compile(
    r"^(?P<label>Table\s+\d{1,2})\s+(?:outlines|lists|sets\s+out|shows|summarises|suggests|gives|describes)\b"
)  # 'Table 12 outlines the main issues that partners should consider…'
_TWO_PART = re.compile(r"\b(?:and|or)\s+(?:how|what|which|who|when|why|where)\b", re.I)


def idf_of(term: str, idf: dict[str, float], default: float) -> float:
    return idf.get(term, default)


def coverage(question_terms: list[str], text: str, idf: dict[str, float], default: float) -> float:
    """Share of the question's IDF weight whose terms occur in text (0..1)."""
    terms = set(question_terms)
    if not terms:
        return 0.0
    tokens = set(tokenize(text))
    total = sum(idf_of(t, idf, default) for t in terms)
    return sum(idf_of(t, idf, default) for t in terms if t in tokens) / total if total else 0.0


_COUNT = re.compile(rf"\b({_LIST_COUNT}|\d{{1,2}})\s+(?:\w+\s+)?\w+s\b", re.I)  # 'three main barriers'


def located_by(passage: Passage, units: list[Unit]) -> frozenset[str]:
    """The words of a case study's title ('Oldham', 'scrutiny', 'partnership' of 'Oldham's scrutiny of
    partnerships'): every sentence of it is about them, though few say so. A sentence sharing the question's other
    words earns them too, so 'do people reckon Oldham's scrutiny works better?' is answered by 'Local stakeholders
    think it is far more effective', not by the sentences that happen to repeat the name."""
    if passage.kind != "case_study" or not passage.text.startswith(passage.label) or len(units) < 2:
        return frozenset()
    return frozenset(tokenize(units[1].text))


def _counts_otherwise(question: str, lead: str) -> bool:
    """True when the question counts its list ('the three main barriers') and a lead-in counts another number
    ('LSPs use five main arrangements…:'): that list is not the one asked for."""
    asked, given = _COUNT.search(question), _COUNT.search(lead)
    return bool(asked and given and asked.group(1).lower() != given.group(1).lower())


_CHECKLIST_ASKED = re.compile(
    r"\bquestions?\b|\bask|\bcheck-?lists?\b|\b(?:a|any|the)\s+checks?\b|\bchecks?\s+(?:on|for|whether|that|of)\b",
    re.I,
)  # a question about a checklist ('Is there a check on whether…?'), whose items are questions


def _said_of(asked: Unit, units: list[Unit]) -> set[int]:
    """The ids of the units a checklist's question (asked) is followed by, up to its next question: what the
    checklist says of it."""
    said: set[int] = set()
    for u in units:
        if u.position <= asked.position:
            continue
        if asks(u.text):
            break
        said.add(id(u))
    return said


def _unnamed_row(unit: Unit, names_row: Callable[[Unit], bool]) -> bool:
    """True for a table row or tick row the question does not name."""
    return (is_row(unit) or bool(ticked(unit.text))) and not names_row(unit)


_WHOLE_TABLE = 1600  # characters: the rows of a table cut in two, quoted whole for a list question (Table 3's eight)


def _parts(hits: list[Scored], doc_id: str, label: str) -> list[int]:
    """The indices of the hits that are parts of one block, a table cut in two passages among them."""
    return [i for i, h in enumerate(hits) if (h.passage.doc_id, h.passage.label) == (doc_id, label)]


@dataclass
class Candidates:
    """What the selector chooses from: the sentences that may answer on their own, scored best first once sorted;
    the score of every unit a span may run through; each passage's lists, units and table headings; and the units
    with the term a 'what is X?' question defines as their subject."""

    scored: list[Pick]
    span_scores: dict[int, float]
    lists: dict[tuple[int, int], list[Unit]]
    units_by_passage: dict[int, list[Unit]]
    heads_by_passage: dict[int, list[Unit]]
    about: set[int]


_PLACE_NOUNS = {"area", "council", "authority", "place", "locality", "county", "district", "site", "case", "study",
                "lsp", "partnership"}  # fmt: skip  # what 'Which areas (councils…) did X?' asks for, not what X is


class SentenceSelector:
    """Chooses the sentences, list or rows of the retrieved passages that answer a question, each with its score."""

    def __init__(
        self,
        idf: dict[str, float],
        limits: Limits,
        acronyms: dict[str, str] | None = None,
        doc_context: dict[str, str] | None = None,
        thesaurus: Thesaurus | None = None,
        dense_weight: float = 2.0,
        rank_weight: float = 1.0,
    ):
        self.idf = idf
        self.default_idf = max(idf.values(), default=8.0)
        self.limits = limits
        self.acronyms = acronyms or {}
        self.doc_context = doc_context or {}
        self.thesaurus = thesaurus or Thesaurus()
        self.dense_weight = dense_weight
        self.rank_weight = rank_weight
        self.form_weight = 0.5  # share of a question word's weight that another form of it earns ('inspections')
        self.same_passage_typed = 1.3  # weight of a sum, date or frequency in the best passage over one elsewhere
        self.named_kind_bonus = 1.0  # rank credit for a passage of the kind the question names (table, figure…)
        self.subject_bonus = 2.0  # credit for a sentence whose subject is the term 'what is X?' asks about
        self.actor_bonus = 0.5  # credit for a sentence using the verb of 'who chairs…?' as a verb ('leaders chair')
        self.deed_bonus = 1.0  # credit for a sentence telling the deed 'What (did) X recommend…?' asks about: the
        # doer's words ('the Dorset joint scrutiny') are in sentences telling what else it did ('jointly scrutinised')
        self.speaker_bonus = 1.0  # credit for a quotation by whom 'What did X say?' asks about
        self.sort_bonus = 0.5  # credit for a sentence saying the sort asked for ('softer' for 'the soft elements')
        self.heading_cover = 0.6  # share of the question's weight a set-out table's heading must hold to choose it

    def score(
        self,
        unit: Unit,
        lead: str,
        qset: set[str],
        hit: Scored,
        prior: float,
        numeric: bool,
        thing: str | None = None,
        expected: tuple[re.Pattern[str], str] | None = None,
        synonyms: set[str] | None = None,
        located: frozenset[str] = frozenset(),
    ) -> float:
        """How well one sentence (or list item, or row) answers: the question's words it shares, other forms and
        other names of them (synonyms) at a lesser weight, its similarity to the question, its passage's rank."""
        tokens = set(tokenize(f"{lead} {unit.text}" if lead else unit.text))
        if not tokens:
            return 0.0
        asked = qset - located  # what the question asks of the case study it names, beyond what names it
        inherited = located if asked & tokens or any(akin(t, tokens) for t in asked - tokens) else frozenset()
        matched = sum(idf_of(t, self.idf, self.default_idf) for t in qset & (tokens | inherited))
        matched += self.form_weight * sum(
            idf_of(t, self.idf, self.default_idf) for t in qset - tokens if akin(t, tokens)
        )  # another form of a question word ('inspections' for 'inspectors')
        if not unit.is_lead and synonyms:
            # Another name for the same thing ('local authorities' for 'councils', 'pooled' for 'joint pot'), in a
            # sentence or an item under its lead-in, not in the lead-in alone.
            matched += self.form_weight * sum(idf_of(t, self.idf, self.default_idf) for t in synonyms & tokens)
        lexical = matched / math.sqrt(len(tokens) + 4)
        dense = max((sim for window, sim in hit.sentences if unit.text.lstrip("• ")[:60] in window), default=0.0)
        bonus = 0.4 if numeric and has_quantity(unit.text) else 0.0
        if bonus and thing and thing in tokens:
            bonus += 0.6  # 'how many X': a figure next to X is the answer
        if expected and expected[0].search(unit.text):
            bonus += 0.6  # a sum for 'how much money', a frequency for 'how often'
        return lexical + self.dense_weight * max(dense - 0.3, 0.0) + self.rank_weight * prior + bonus

    def _candidates(self, reading: Reading, hits: list[Scored]) -> Candidates:
        """Every sentence, list item and table row of the passages found, scored: those that may answer on their
        own, and the scores a span may run through; with the passages' lists, units and table headings."""
        question, qset, subject, named_kinds = reading.question, set(reading.qset), reading.subject, reading.named_kinds
        numeric, thing, expected, synonyms, actor = (
            reading.numeric, reading.thing, reading.scored_type, set(reading.synonyms), reading.actor
        )  # fmt: skip
        source_line, names_row = reading.source_line, reading.names_row
        answers_wanted = not _CHECKLIST_ASKED.search(question)  # a checklist asked about is one of questions: 'What
        # does the decommissioning checklist say…?' (Table 6), 'Is there a check on whether we're learning…?' (Table 5)
        questions_wanted = bool(QUESTIONS_WANTED.search(question))
        deed = reported_deed(question)  # 'What did the review recommend?': 'The review recommended:' leads in
        # whose words a quotation is counts, except that of a sector a question asks about and not what it says
        hears = (
            bool(reading.speaker)
            or not (reading.sectors or _OWN_VOICE.search(question))
            or bool(_HEARD.search(question))
        )
        top = hits[0].score or 1.0
        heard = bool(reading.speaker) and any(  # someone whose sayings are asked for is quoted among the hits:
            reading.quotes_the_speaker(line) for h in hits for line in speaker_lines(h.passage)
        )  # others' quotations are not theirs; 'the study' is quoted nowhere, so then every quotation counts
        scored: list[Pick] = []
        span_scores: dict[int, float] = {}
        lists: dict[tuple[int, int], list[Unit]] = {}
        units_by_passage: dict[int, list[Unit]] = {}
        heads_by_passage: dict[int, list[Unit]] = {}
        about: set[int] = set()  # units with the defined term as their subject
        for idx, hit in enumerate(hits):
            units = units_by_passage[idx] = units_of(hit.passage, idx)
            doc_title = hit.passage.start < 5  # a lone line opening a document is its title, not an answer
            leads = {u.list_id: u.text for u in units if u.is_lead}
            heads = heads_by_passage[idx] = table_headings(units) if hit.passage.kind == "table" else []
            heading = " ".join(h.text for h in heads)  # it chooses the table for a list question when it says most
            covered = coverage(list(qset), heading, self.idf, self.default_idf) >= self.heading_cover  # of the ask
            titled_by = heads if covered and _LIST_Q.search(question) else []
            speakers = {u.line: u.text for u in units if u.speaker}
            kind_named = bool(set_out_as(hit.passage) & named_kinds)  # the question names this kind of block
            located = located_by(hit.passage, units) if idx == 0 else frozenset()  # the case study found first;
            # another's title would raise its every sentence over the one found
            for u in units:
                if u.list_id is not None:
                    lists.setdefault((idx, u.list_id), []).append(u)
                title_only = doc_title and len(units) == 1 and not ends_sentence(u.text)
                if hit.passage.kind == "case_study" and u.line == 1 and hit.passage.text.startswith(hit.passage.label):
                    title_only = title_only or not ends_sentence(u.text)  # the case study's title, under its label
                caption = (  # a short caption naming what a question about a figure asks ('Steering Enabling')
                    hit.passage.kind == "figure" and "figure" in named_kinds
                    and u.position >= 2 and len(u.text.split()) >= 2 and not u.speaker
                    and not u.text.startswith("Source:") and bool(qset & set(tokenize(u.text)))
                )  # fmt: skip
                title_only = title_only or u.text.lstrip("• ").strip() in (hit.passage.label, hit.passage.section)
                title_only = title_only or "figure" not in named_kinds and is_label_row(hit.passage, u)
                candidate = (
                    caption
                    or u in titled_by
                    or (ticked(u.text) and not title_only)  # 'Sport England ✓': a tick row is whole, however short
                    or (  # a set-out table's title chooses the table, however short
                        len(u.text) >= 20
                        and not title_only
                        and (not is_heading(u.text) or is_figure_line(hit.passage, u) or source_line(u.text))
                    )
                )
                if not candidate and not u.cell or u.speaker and subject is not None:
                    continue  # '(Director, third sector)' says who spoke, not what the third sector is
                if subject is not None and ticked(u.text):
                    continue  # a tick matrix's row ('Probation trusts … ✓ ✓') says who has a duty, not what X is
                lead = (leads.get(u.list_id, "") or named_before(units, u)) if not u.is_lead else ""
                if u.said_by in speakers and subject is None and hears:  # not 'What is the third sector?' by
                    lead = speakers[u.said_by]  # '(Director, third sector)': 'What did a fire commander say…' matches
                    # the quote's attribution
                if u.cell and len(units) > 1 and not u.is_lead:
                    # A table's title is to its cells what a lead-in is to a list's items; a matrix's header line too.
                    # A lead-in in a table says what its own list is ('Pooling is more suitable when:').
                    titled = hit.passage.text.startswith(hit.passage.label)  # a table's later part has no title
                    title = " ".join(h.text for h in heads) if heads and is_row(u) else units[1].text
                    lead = (
                        (title if titled else lead)
                        if hit.passage.kind == "table"
                        else (units[0].text if u.position else "")
                    )
                prior = hit.score / top  # the passage's fused rank counts as much as the words it shares
                if kind_named:  # ('the recommendations', 'the checklist')
                    prior += self.named_kind_bonus
                said = reading.words_in(f"{lead} {u.text}")  # not 'voluntary LAAs' for 'the voluntary sector'
                pick = Pick(u, self.score(u, lead, said, hit, prior, numeric, thing, expected, synonyms, located))
                if answers_wanted and (asks(u.text) or asks_in_lead(u.text)):
                    pick = Pick(u, pick.score * 0.6)  # a question in the text ('What are the LSP support costs
                    # for:') is not an answer to one
                elif questions_wanted and (asks(u.text) or asks_in_lead(u.text)):
                    pick = Pick(u, pick.score * 1.25)  # 'What questions should we ask about X?': those the reports
                    # set for self-assessment, before what they find
                if not reading.names_the_holder(f"{lead} {u.text}"):
                    pick = Pick(u, pick.score * 0.4)  # 'Local authority chief executives play a crucial role…' is
                    # no answer to what role the police play
                condition = leads.get(u.list_id, "") if not u.is_lead else ""
                if CONDITIONS_LEAD.search(condition) and not reading.conditions and not shares_a_word(qset, condition):
                    pick = Pick(u, pick.score * 0.4)  # '• The arrangement includes … third sector members' is a
                    # condition for aligning (under 'Aligning is more suitable when:'), not what the reports say of
                    # the third sector
                if reading.names_another_sort(f"{lead} {u.text}" if lead else u.text):
                    pick = Pick(u, pick.score * 0.4)  # 'the three transformational elements' for 'the hard elements'
                elif reading.names_the_sort(f"{lead} {u.text}" if lead else u.text):
                    pick = Pick(u, pick.score + self.sort_bonus)  # 'softer aspects (staff…)' for 'the soft ones'
                speaker = speakers.get(u.said_by) if u.said_by is not None else None
                if reading.quotes_the_speaker(speaker):
                    pick = Pick(u, pick.score + self.speaker_bonus)  # 'What did the police say?': their words,
                    # in a table too, where the table's title, not the speaker, is a quotation's lead
                elif heard and reading.quotes_another(speaker):
                    pick = Pick(u, pick.score * 0.4)  # 'What did a PCT chief executive say?': not a council's
                if deed and tells_deed(deed, u.text):
                    pick = Pick(u, pick.score + self.deed_bonus)  # what it recommended, not what it scrutinised
                if actor is not None and acts(actor, u.text):
                    pick = Pick(u, pick.score + self.actor_bonus)  # says who does it, not what the chair is like
                if subject is not None and subject.match(u.text):
                    pick = Pick(u, pick.score + self.subject_bonus)  # 'What is the 7S framework?': a sentence about
                    about.add(id(u))  # it, not one that uses it
                elif reading.roll_call and without_roll_calls(u.text) != u.text:
                    pick = Pick(u, pick.score + self.subject_bonus)  # 'The case study councils were: Blackburn…'
                elif names_row(u) and (qset - set(tokenize(row_key(u.text)))) & set(tokenize(f"{lead} {u.text}")):
                    pick = Pick(u, pick.score + 0.8)  # the row the question names, and asks about ('… data …')
                span_scores[id(u)] = pick.score
                if candidate:  # a short table cell is never the answer alone, but a span may run through it
                    scored.append(pick)
        return Candidates(scored, span_scores, lists, units_by_passage, heads_by_passage, about)

    def select(self, question: str, hits: list[Scored]) -> list[Pick]:
        """The picks that answer: the best sentence with its span, list, rows or quotation, and what other passages
        add; or a whole list, table or the recommendations when those are the answer."""
        reading = read(question, self.acronyms, self.thesaurus)
        focus, qset, topic = reading.focus, set(reading.qset), set(reading.topic)
        numeric, thing, expected, subject = reading.numeric, reading.thing, reading.expected, reading.subject
        named_kinds = set(reading.named_kinds)
        signs, names_row = reading.signs, reading.names_row

        recommended = (
            all_recommendations(
                focus, qset | set(reading.synonyms), hits, self.limits.max_chars + 2 * self.limits.list_extra
            )
            if "recommendations" in named_kinds
            else []
        )
        if recommended:
            return recommended

        found = self._candidates(reading, hits)
        scored, span_scores, lists = found.scored, found.span_scores, found.lists
        units_by_passage, heads_by_passage, about = found.units_by_passage, found.heads_by_passage, found.about
        if not scored:
            return []
        scored.sort(key=lambda p: -p.score)
        best = scored[0]
        if id(best.unit) in about:  # it leads the answer, but other sentences join by its score without the bonus
            rival = next((p.score for p in scored if id(p.unit) not in about), 0.0)
            best = scored[0] = Pick(best.unit, max(best.score - self.subject_bonus, rival))
        conditions = next((p for p in scored if reading.sets_conditions(p.unit)), None)
        if conditions is not None and conditions is not best:  # 'When should partners pool rather than align?':
            best = conditions  # the conditions it asks for ('Pooling is more suitable when:'), not the best word match
            scored = [best] + [p for p in scored if p is not best]
        told = self._places_that(reading, hits, scored)
        if told:  # 'Which areas used social network analysis?': Bolton's and Derbyshire's, one sentence each
            return told
        whole_table = False
        if best.unit in heads_by_passage.get(best.unit.passage_index, []):
            # A set-out table's heading says what its rows are about: the table answers, by the row the question
            # names, else by all its rows.
            row = next(
                (p for p in scored if p.unit.passage_index == best.unit.passage_index and names_row(p.unit)), None
            )
            if row is not None:
                best = Pick(row.unit, best.score)
                scored = [best] + [p for p in scored if p.unit is not row.unit]
            whole_table = row is None
        heading_ids = {id(u) for units in heads_by_passage.values() for u in units}
        scored = [p for p in scored if p is best or id(p.unit) not in heading_ids]  # no heading quoted on its own

        titles = list(self.doc_context.values())
        best, scored = typed_first(reading, best, scored, lists, titles, self.same_passage_typed)
        dates_document = bool(DOCUMENT_DATE_Q.search(question))
        totals = [p for p in scored if counts_all(question, p.unit.text)] if TOTAL_Q.search(question) else []
        total = totals[0] if totals else None
        if total is not None and total is not best:  # 'How many LSPs are there?': 'a survey of the 388 LSPs',
            best = total  # not 'two LSPs constituted as companies'
            scored = [best] + [p for p in scored if p is not best]
        dated = dates_document and dates_itself(best.unit.text, titles)
        if SIGNATURE.match(best.unit.text) and signs(best.unit.text) or dated:
            return [best]  # 'Who wrote the Oxford paper?': its signature says who, and when
        person = _WHO_IS_PERSON.match(question)
        if person and all(name in best.unit.text for name in person.group("name").split()):
            # 'Who was Chris Farthing?': the sentence naming him, not the sentences around it; 'Who is Matthew
            # Booth?': his entry under its lead-in ('The external advisers were:'), not the whole list
            key = (best.unit.passage_index, best.unit.list_id)
            return item_under_lead(best, lists[key]) if key in lists and not best.unit.is_lead else [best]
        original = original_of(scored, best)
        if original is not None:  # a summary's bullet repeating the report: the report's own sentence answers
            best = Pick(original.unit, best.score)
            scored = [best] + [p for p in scored if p.unit is not original.unit]
        key = (best.unit.passage_index, best.unit.list_id)
        deed = deed_done_to(question)
        if deed and key in lists and not best.unit.is_lead and akin(deed, set(tokenize(best.unit.text))):
            # 'Who was interviewed for the study?': every item of the list telling of the interviews, each under its
            # lead-in ('118 semi-structured interviews (with local authority chief executives, …)' beside 'There
            # were 23 interviews in these authorities'), as the people are named in one and counted in the other
            done = [Pick(u, best.score) for u in lists[key] if not u.is_lead and akin(deed, set(tokenize(u.text)))]
            items = {id(p.unit): p for item in done for p in item_under_lead(item, lists[key])}
            return sorted(items.values(), key=lambda p: p.unit.position)
        one_figure = numeric and not _LIST_Q.search(question) and not _TWO_PART.search(question)
        if one_figure and key in lists and not best.unit.is_lead and has_quantity(best.unit.text):
            # 'How many interviews were done?': the item with the figure, and any other item of the list giving a
            # figure for the same thing ('118 semi-structured interviews' beside 'There were 23 interviews'), each
            # under its lead-in
            members = lists[key]
            own = set(tokenize(best.unit.text))  # the question's other words the best item has: 'survey' in 'How
            need = {t for t in set(topic_terms(question)) - {thing} if akin(t, own)}  # many LSPs did the survey…?'

            def counts_too(u: Unit) -> bool:  # a figure for the same thing, about the same things
                said = set(tokenize(u.text))
                if total is not None and not counts_all(question, u.text):
                    return False  # 'How many LSPs are there?': not 'two notable practice LSPs' beside 'the 388 LSPs'
                return bool(thing and figure_near(u.text, thing)) and all(akin(t, said) for t in need)

            counted = [Pick(u, best.score) for u in members if u is not best.unit and not u.is_lead and counts_too(u)]
            items = {id(p.unit): p for item in [best, *counted] for p in item_under_lead(item, members)}
            return sorted(items.values(), key=lambda p: p.unit.position)
        # 'How often did the group meet?' answered by 'The group met monthly to scrutinise the:': the lead-in is
        # the answer, so it is quoted with the sentences before it, and its list after it when that fits.
        typed_lead = best.unit.is_lead and expected is not None and not _LIST_Q.search(question)
        list_lead = lists[key][0] if key in lists and lists[key][0].is_lead else None
        wants = not typed_lead and self._wants_list(
            question, topic, best, scored, list_lead, subject is not None, set(reading.worded)
        )
        has_items = key in lists and any(not u.is_lead for u in lists[key])  # a lead-in whose 'list' is a quotation
        if best.unit.list_id is not None and wants and has_items:  # ('In children's services:' and what the SCS says)
            # reads on below, as a span
            list_key = (best.unit.passage_index, best.unit.list_id)
            whole = with_antecedent(whole_list(lists[list_key], best.score), units_by_passage[best.unit.passage_index])
            choice = CIRCUMSTANCES_Q.search(question) and _OR.search(question)  # 'Should we pool or align?'
            compared = COMPARE_Q.search(question) or choice
            parallel = self._parallel_list(qset, lists, list_key, forms=bool(choice)) if compared else None
            if parallel is not None:  # 'the difference between aligning and pooling': 'Pooling is … when:' too
                return sorted([*whole, *whole_list(parallel, best.score)], key=lambda p: p.unit.passage_index)
            runner = runner_up(scored, best, self.limits, whole)
            budget = self.limits.max_chars + self.limits.list_extra
            if reading.sets_conditions(best.unit):  # the conditions asked for are the answer: no line beside them
                runner = None
            if runner is not None and sum(len(p.unit.text) for p in [*whole, runner]) <= budget:
                whole.append(runner)  # a sentence elsewhere that says the list in a line ('The three … are …')
            return whole
        best_passage = hits[best.unit.passage_index].passage
        named_row = names_row(best.unit)
        parts = _parts(hits, best_passage.doc_id, best_passage.label)  # a table cut in two
        named_rows = [u for i in parts for u in units_by_passage[i] if names_row(u)] if named_row else []
        if len(named_rows) > 1:  # '… the strategic, executive and operational layers …': each row it names, whole
            return whole_list(named_rows, best.score)
        sourced = (  # 'What guide is the table on performance reporting layers adapted from?': its Source line, not
            reading.asks_source
            and best.unit.text.startswith("Source:")
            and bool(set_out_as(best_passage) & {"table", "figure"})
        )  # its rows; a case study's Source line says only who wrote it up
        if sourced:  # where this table came from: no other passage's sentence says so (another's Source line is
            return [best]  # another table's source)
        if best_passage.kind == "table" and (_LIST_Q.search(question) or whole_table) and not named_row:
            # A list question answered from a table: its rows are the list, those of each part of a table cut in
            # two when they all fit ('… of each type of LSP chair?': Table 3's eight rows, not the second four)
            rows = [u for u in units_by_passage[best.unit.passage_index] if u.cell]
            ordered = sorted(parts, key=lambda i: hits[i].passage.start)
            every = [u for i in ordered for u in units_by_passage[i] if u.cell]
            # one table in two parts shares its first column ('LSP chair'); Table 11's parts are two lists
            one_table = len(ordered) > 1 and len({row_column(u.text) for u in every if is_row(u)} - {None}) == 1
            if one_table and sum(len(u.text) for u in every) <= _WHOLE_TABLE:
                return whole_list(every, best.score, limit=_WHOLE_TABLE)
            return whole_list(rows, best.score)
        titled = best_passage.kind == "figure" and best.unit.position == 1 and best.unit.list_id is None
        figure_lists = [m for (i, _), m in lists.items() if i == best.unit.passage_index] if titled else []
        if figure_lists and _LIST_Q.search(question):
            # 'What are the features of a positive partnership style?': a figure's title ('Partners can work together
            # to create a positive style') is to the figure's list what a lead-in is to its items
            return [best, *whole_list(figure_lists[0], best.score)]
        pointed = _POINTS_TO.match(best.unit.text) if _LIST_Q.search(question) else None
        if pointed is not None:  # 'Table 12 outlines the main issues…': the table found beside it is the list
            label = " ".join(pointed.group("label").split()).capitalize()
            pointed_parts = _parts(hits, best_passage.doc_id, label)
            quoted = [whole_list([u for u in units_by_passage[i] if u.cell], best.score) for i in pointed_parts]
            if any(quoted):  # each part of a table cut in two, whole
                return [best, *(p for part in quoted for p in part)]
        units = units_by_passage[best.unit.passage_index]
        typed_answer = reading.first_type is not None and fits_answer_type(best.unit.text, thing, reading.first_type)
        lead_passage = [] if typed_answer else from_top_passage(scored, best, units_by_passage[0], qset, self.limits)
        # 'How long does an LAA last?' is answered by 'within three years', not led by the top passage's other words
        near = runner_up(scored, best, self.limits)
        reserve = sum(len(p.unit.text) for p in lead_passage) or (len(near.unit.text) if near else 0)
        if named_row:  # rows the question does not name are no answer beside the one it does, in this part of the
            # table or another ('LSP chair: Other | …' alone, not the other part's 'LSP chair: Council leader | …')
            unnamed = {id(u) for u in units if _unnamed_row(u, names_row)}
            span_scores = {k: v for k, v in span_scores.items() if k not in unnamed}
            lead_passage = [p for p in lead_passage if not _unnamed_row(p.unit, names_row)]
            near = None if near is not None and _unnamed_row(near.unit, names_row) else near
            scored = [p for p in scored if p is best or not _unnamed_row(p.unit, names_row)]
        head = units[0] if units and spells_out(units[0]) and units[0] is not best.unit else None
        if head is not None and not shares_a_word(qset, head.text):  # 'What is a duty to cooperate?' is not told
            span_scores = {k: v for k, v in span_scores.items() if k != id(head)}  # 'LITs: Local improvement targets.'
        places = places_named(question)
        if places:  # 'Derbyshire's group… every three months' is not followed by 'Dorset's Bridging Group…'
            span_scores = {id(u): v for u in units if (v := span_scores.get(id(u))) is not None
                           and not opens_elsewhere(u.text, places)}  # fmt: skip
        openings = {id(u) for u in units if opening_name(u.text) in places}  # where the story asked of starts
        opens = opening_name(best.unit.text)  # the best sentence starts one place's story after another's: 'What is
        if (
            opens is not None
            and any(  # a Strategic Partnership Bridging Group?' is not answered from Derbyshire's
                (name := opening_name(u.text)) is not None and name != opens for u in units[: best.unit.position]
            )
        ):
            openings.add(id(best.unit))
        whether = _CHECKLIST_ASKED.search(question) and _YES_NO_CLAUSE.search(question) and not _LIST_Q.search(question)
        if whether and asks(best.unit.text):  # 'Is there a check on whether we're learning…?': the checklist's
            # question that asks it, not the questions beside it ('Are mechanisms in place for regular feedback…?');
            # 'What does the checklist ask about money?' may be answered by several
            after = _said_of(best.unit, units)  # 'There might be a more efficient… way', not what comes before
            span_scores = {k: v for k, v in span_scores.items() if k == id(best.unit) or k in after}
        chosen = grow_span(best, units, span_scores, self.limits, reserve=reserve, starts=openings)
        if key in lists and not best.unit.is_lead and len(chosen) > 1 and not stands_alone(best.unit):
            # '• to children’s service authorities…' and the sentences after its list: the item under its lead-in
            item = with_antecedent(item_under_lead(best, lists[key]), units)
            chosen = item + [p for p in chosen if all(p.unit is not i.unit for i in item)]
        elif key in lists and not best.unit.is_lead and len(chosen) == 1:
            chosen = with_antecedent(item_under_lead(best, lists[key]), units)  # one item reads under its lead-in
            if COMPARE_Q.search(question):  # 'split between in-depth and lighter-touch sites': the items beside it
                named = frozenset(tokenize(" ".join(reading.asked_names)))  # 'Compare Bolton and Derbyshire…'
                chosen = sorted(chosen + parallel_items(best, lists[key], qset, named), key=lambda p: p.unit.position)
        said = speaker_of(chosen, units)
        follow = [] if said else following_list(chosen, units, lists, self.limits)
        if follow:
            return chosen + follow
        last = max(chosen, key=lambda p: p.unit.position)
        if last.unit.is_lead and last is not best and not said:
            chosen = [p for p in chosen if p is not last]  # 'In children's services:' without its list says nothing
        chosen = chosen + said  # a quotation's speaker, after which other passages may still add a sentence
        if _LIST_Q.search(question) and not said:
            # A list question whose best sentence is not in a list: add a strong list whole (lead-in and items).
            strong = next(
                (
                    p
                    for p in scored
                    if p.unit.is_lead
                    and p.score >= best.score * self.limits.other_share
                    and not _counts_otherwise(question, p.unit.text)
                ),
                None,
            )
            if strong is not None and strong.unit.list_id is not None and strong.unit not in {c.unit for c in chosen}:
                return chosen + whole_list(lists[(strong.unit.passage_index, strong.unit.list_id)], strong.score)
        if lead_passage and sum(len(p.unit.text) for p in chosen + lead_passage) <= self.limits.max_chars:
            chosen = chosen + lead_passage  # search ranked its passage first: let the answer cite it too
        listed = lists if _LIST_Q.search(question) else {}
        chosen = others(topic, chosen, scored, best, self.limits, units_by_passage, listed)
        return chosen + twin(scored, best, chosen, places, self.limits)  # with the room other passages leave

    def _places_that(self, reading: Reading, hits: list[Scored], scored: list[Pick]) -> list[Pick]:
        """For 'Which areas (councils…) did X?', the best sentence naming a place in each case study found, when
        two or more tell of it: one place per case study, as each tells its own story ('The Bolton SNA focused
        on…', 'The Derbyshire SNA focused on…'); those scoring under half the best of them are left out. [] when
        fewer than two do, or the question asks which the case studies were (their roll call answers that)."""
        if not reading.places or reading.roll_call:
            return []
        if any(without_roll_calls(p.unit.text) != p.unit.text for p in scored[:3]):
            return []  # the roll call of the case study councils is found near the top: it names them all
        asked = set(reading.qset) - _PLACE_NOUNS
        by_place: dict[int, Pick] = {}
        for pick in scored:  # best first
            i = pick.unit.passage_index
            u = pick.unit
            if i in by_place or hits[i].passage.kind != "case_study" or u.cell or u.is_lead or u.said_by is not None:
                continue
            if (PLACE_NAMED.search(u.text) or opening_name(u.text)) and shares_a_word(asked, u.text):
                by_place[i] = pick
        found = [p for p in by_place.values() if p.score >= 0.5 * max(q.score for q in by_place.values())]
        return sorted(found, key=lambda p: p.unit.passage_index) if len(found) >= 2 else []

    def _wants_list(
        self,
        question: str,
        topic: set[str],
        best: Pick,
        scored: list[Pick],
        lead: Unit | None = None,
        defines: bool = False,
        worded: set[str] | None = None,
    ) -> bool:
        """Whether the list the best item comes from answers whole: when several of its items speak of the topic,
        or its lead-in does ('This study used a mixed methods approach that included:' for 'What methods did the
        study use?', or the reports' word for an everyday one: 'mixed methods' for 'What evidence did the study
        use?') and other items score near the best. For a 'what is X?' question, not when neither its lead-in
        nor a second item speaks of X: 'What are thematic partnerships?' is not answered by all that a review
        recommended because one item names them."""
        key = (best.unit.passage_index, best.unit.list_id)
        near = [p for p in scored[:6] if (p.unit.passage_index, p.unit.list_id) == key and not p.unit.is_lead]
        same = sum(1 for p in near if not topic or shares_a_word(topic, p.unit.text))  # items sharing the topic:
        # 'What did the report find about costs?' wants not every headline
        led = (
            lead is not None
            and lead is not best.unit
            and bool(topic)
            and shares_a_word(topic | (worded or set()), lead.text)
        )
        if defines and lead is not None and not best.unit.is_lead and topic and same < 2 and not led:
            return False
        if best.unit.is_lead or best.unit.text.rstrip().endswith(":") or _LIST_Q.search(question):
            return True  # an item leading into the items after it ('• LSPs work through three main layers:') too
        if _WHO_Q.match(question):  # 'Who sits on the LSP board?' is not answered by all that a figure says of boards
            named = {t for name in names_in(question) for t in tokenize(name)}
            if named & set(tokenize(best.unit.text)) and not any(
                named & set(tokenize(p.unit.text)) for p in near if p.unit is not best.unit
            ):
                return False  # 'Who represented CIPFA on the advisory group?': the one adviser from CIPFA
            return led and len(near) >= 2
        # 'Did the campaign make a difference?' is not answered by the list one matching item comes from.
        return (same >= 2 or led and len(near) >= 2) and not _YES_NO.match(question)

    @staticmethod
    def _parallel_list(
        qset: set[str], lists: dict[tuple[int, int], list[Unit]], key: tuple[int, int], forms: bool = False
    ) -> list[Unit] | None:
        """Another list whose lead-in says what the best list's does of another thing the question names
        ('Pooling is more suitable when:' beside 'Aligning is more suitable when:'), else None."""
        lead = lists[key][0]
        if not lead.is_lead:
            return None

        def asked(w: str) -> bool:  # for a choice, 'pooling' for 'pool' too ('Should partners pool or align budgets?')
            return w in qset or forms and (akin(w, qset) or any(b in qset for b in verb_bases(w)))

        words = set(tokenize(lead.text))
        frame = {w for w in words if not asked(w)}
        for other_key, members in lists.items():
            other = members[0]
            if other_key == key or not other.is_lead:
                continue
            other_words = set(tokenize(other.text))
            named = {w for w in other_words if asked(w)}
            if frame and other_words - named == frame and named - words:
                return members
        return None
