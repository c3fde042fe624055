"""The default answerer: picks the sentences of the retrieved passages that answer the question, and cites them."""

from __future__ import annotations

import math
import re

from .citations import MARKER
from .compose import compose
from .glossary import acronyms_spelled_out, to_acronyms
from .models import Answer
from .prompts import CANNOT_ANSWER
from .questions import (
    AUTHOR_Q,
    BLOCK_Q,
    COMPARE_Q,
    DEFINITION_Q,
    DOCUMENT_DATE_Q,
    RATE_Q,
    SIGNATURE,
    TOTAL_Q,
    acting_verb,
    acts,
    akin,
    asked_thing,
    author_as_report,
    chatter,
    counts_all,
    expected_answer,
    figure_near,
    has_quantity,
    names_a_title,
    names_in,
    shares_a_word,
    topic_terms,
    uncontracted,
    with_synonyms,
    without_locator,
)
from .retrieval import Scored, block_hint_words, block_kinds, tokenize
from .text import asks_in_lead, ends_sentence
from .thesaurus import Thesaurus
from .tokens import in_british
from .units import (
    Pick,
    Unit,
    echoes,
    is_column_heads,
    is_figure_line,
    is_heading,
    is_row,
    leans_back,
    opening_name,
    opens_elsewhere,
    places_named,
    row_key,
    runs,
    stands_alone,
    table_headings,
    units_of,
)
from .verify import (
    CHATTER_REASON,
    mentions,
    missing_answer_type,
    missing_figure,
    off_topic,
    only_promised,
    uncounted,
    undated,
    unquoted_year,
    unsaid_actor,
    unsupported_reason,
)
from .whole import all_recommendations, compared_terms, definition, headlines, whole_block, whole_list

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}  # fmt: skip
_VERB_S = (
    r"(?:does|is|has|was|happens|makes|means|needs|counts|matters|says|helps|works|remains|seems|goes|comes|gets|"
    r"gives|takes|keeps|sits|this|its)"
)  # words after 'what' that end in s but are no plural noun
_AUX_WORD = r"(?:is|are|was|were|do|does|did|has|have|had|can|could|should|would|will|might|must|the|a|an|this|its)"
_LIST_Q = re.compile(
    r"\b(what are|which are|list|name the|what were|outline|what (?:can|should|does|do|did)\b.*\b(?:include|cover|"
    r"focus|use|do)|(?:two|three|four|five|six|seven|eight|ten|twelve)\s+(?:\w+\s+)?\w+s\b|ways|elements|layers|"
    r"principles|stages|questions|themes|barriers|obstacles|steps)\b|"
    rf"^\s*(?:what|which)\s+(?:(?!{_AUX_WORD}\b)[a-z]+\s+)?(?!{_VERB_S}\b)[a-z]+s\b",  # 'What (meeting) habits…
    re.I,
)
_OF_A_DOCUMENT = re.compile(r"\b(?:report|study|paper|document)\b", re.I)
_MORE_SUITABLE_Q = re.compile(
    r"^\s*(?:when|why|in what (?:circumstances|cases))\s+(?:is|are|would|should|might|could|does|do)\s+"
    r"(?:an?\s+|the\s+)?(?P<term>[\w’'\- ]{2,40}?)\s+(?:be\s+)?(?:more|less|better|worse|preferable|"
    r"a better|the better)\b",
    re.I,
)  # 'When is pooling more suitable than aligning?': sentences about pooling, not aligning
_YES_NO = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b", re.I)
_SOURCE_Q = re.compile(r"\bwhose\b|\bsources?\b|\b(?:taken|adapted|drawn)\s+from\b", re.I)


def _asks(text: str) -> bool:
    """True for a sentence of the reports that asks a question ('How do partners contribute to the costs?')."""
    return text.rstrip("’'” ").endswith("?")


def _flat(text: str) -> str:
    """Text without citation markers and with its spacing made single, to compare quotes."""
    return " ".join(MARKER.sub(" ", text).split())


_TWO_PART = re.compile(r"\b(?:and|or)\s+(?:how|what|which|who|when|why|where)\b", re.I)
_NUMBER_Q = re.compile(
    rf"\b(how (many|much|often|long|big)|what (percentage|proportion|share)|per cent)\b|{RATE_Q}|"
    r"(?:^\s*(?:(?:from|since|until|by)\s+)?|\b(?:and|or|but)\s+|[,;]\s*)when\b",  # not 'Who is accountable when…'
    re.I,
)


_EXPANSION = re.compile(r"^[\w’'\- ]{2,40}: (?:\S+\s+){0,5}\S+\.?$")


def _names(unit: Unit) -> bool:
    """True for a glossary entry's opening line that only spells a term out ('LPSB: Local public service board.'):
    quoted on its own beside another passage's answer it names, it does not answer."""
    return unit.position == 0 and bool(_EXPANSION.match(unit.text))


def fits_answer_type(text: str, thing: str | None, expected: tuple[re.Pattern[str], str] | None) -> bool:
    """True when text has what the question's answer type needs (a sum, a frequency, a figure next to X)."""
    if expected is not None:
        return bool(expected[0].search(text))
    return bool(thing and has_quantity(text) and thing in tokenize(text))


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


def support(question_terms: list[str], hits: list[Scored], idf: dict[str, float], default: float = 8.0) -> float:
    """How well the best retrieved passage supports an answer: dense similarity and term coverage blended."""
    if not hits:
        return 0.0
    return max(
        0.5 * h.dense + 0.5 * coverage(question_terms, f"{h.passage.label} {h.passage.text}", idf, default)
        for h in hits[:3]
    )


class ExtractiveAnswerer:
    """Answers by quoting the best sentences (or a whole list) of the retrieved passages, each with an [n] marker."""

    name = "extractive"

    def __init__(
        self,
        idf: dict[str, float],
        max_chars: int = 500,
        max_sentences: int = 4,
        min_support: float = 0.3,
        min_similarity: float = 0.0,
        acronyms: dict[str, str] | None = None,
        doc_context: dict[str, str] | None = None,
        dense_weight: float = 2.0,
        rank_weight: float = 1.0,
        thesaurus: Thesaurus | None = None,
        common_acronyms: dict[str, str] | None = None,
    ):
        self.idf = idf
        self.thesaurus = thesaurus or Thesaurus()
        self.common_acronyms = common_acronyms or {}  # 'local strategic partnerships' is read as 'LSPs'
        self.doc_context = doc_context or {}
        self.acronyms = acronyms or {}
        self.default_idf = max(idf.values(), default=8.0)
        self.max_chars = max_chars
        self.max_sentences = max_sentences
        self.dense_weight = dense_weight
        self.rank_weight = rank_weight
        self.min_support = min_support
        self.min_similarity = min_similarity
        self.other_share = 0.6  # a sentence from another passage joins when it scores this share of the best
        self.list_extra = 500  # characters a list the answer's span runs into may add beyond max_chars
        self.runner_up_share = 0.75  # a sentence of another passage this close to the best keeps room in the answer
        self.top_passage_share = 0.4  # the first-ranked passage's best sentence joins at this share of the best
        self.form_weight = 0.5  # share of a question word's weight that another form of it earns ('inspections')
        self.same_passage_typed = 1.3  # weight of a sum, date or frequency in the best passage over one elsewhere
        self.named_kind_bonus = 1.0  # rank credit for a passage of the kind the question names (table, figure…)
        self.twin_share = 0.95  # a same-passage sentence beyond the span this close to the best joins the answer
        self.twin_extra = 100  # characters such a sentence may add beyond max_chars
        self.subject_bonus = 2.0  # credit for a sentence whose subject is the term 'what is X?' asks about
        self.actor_bonus = 0.5  # credit for a sentence using the verb of 'who chairs…?' as a verb ('leaders chair')
        self.heading_cover = 0.6  # share of the question's weight a set-out table's heading must hold to choose it
        self.row_share = 0.7  # a table row next to the best row joins its span only at this share of the best

    # -- public ------------------------------------------------------------
    def support(self, standalone: str, hits: list[Scored]) -> float:
        """The support score the refusal threshold is compared with."""
        return support(tokenize(standalone), hits, self.idf, self.default_idf)

    def supports(self, standalone: str, hits: list[Scored]) -> bool:
        """True when the passages found can support an answer: they share enough of the question's words, and one
        of their sentences is near it in meaning ('When are the bins collected?' shares 'collected' with 'The
        evidence for this study was collected in 2007/08', but nothing found is near it in meaning)."""
        if self.support(standalone, hits) < self.min_support:
            return False
        similarities = [sim for h in hits for _, sim in h.sentences[:1]]
        if not similarities or max(similarities) >= self.min_similarity:
            return True
        if names_in(standalone) and not topic_terms(standalone) and self.fitting(standalone, hits):
            return True  # 'What did Chris Farthing say?': a passage naming him is on topic, near in meaning or not
        # 'Who is the author of the 2010 paper?' is answered by a signature, near it in nothing but what it says
        return bool(_OF_A_DOCUMENT.search(standalone) and AUTHOR_Q.search(standalone)) and any(
            SIGNATURE.search(h.passage.text) for h in hits
        )

    def refuse(self, question: str, hits: list[Scored], standalone: str, reason: str = "") -> Answer:
        """The fixed refusal, naming what the corpus covers nearby when retrieval found something."""
        text = CANNOT_ANSWER + (f" ({reason[:1].upper()}{reason[1:]}.)" if reason else "")
        if hits:
            near = "; ".join(dict.fromkeys(f"{h.passage.citation_label} ({h.passage.section or h.passage.title})"
                                           for h in hits[:2]))  # fmt: skip
            text += f" Nearest passages, which do not answer it: {near}."
        return Answer(question=question, text=text, refused=True, standalone_question=standalone, answerer=self.name)

    def lacks(self, question: str, hit: Scored) -> str | None:
        """The name or year the question needs that the hit's passage (and its document's title) does not mention."""
        context = self.doc_context.get(hit.passage.doc_id, hit.passage.title)
        return mentions(hit.passage.text, context, question, self.acronyms)

    def fitting(self, question: str, hits: list[Scored]) -> list[Scored]:
        """The hits whose passage holds every name and year the question needs."""
        return [h for h in hits if self.lacks(question, h) is None]

    def unnamed(self, question: str, hits: list[Scored]) -> str | None:
        """Why no hit can answer: a name or year the question needs that no passage mentions, else None."""
        return self.lacks(question, hits[0]) if hits and not self.fitting(question, hits) else None

    def answer(self, question: str, hits: list[Scored], standalone: str | None = None, said: str = "") -> Answer:
        """An answer of a few cited sentences, a whole cited list, or the refusal; for a follow-up, said is the
        answer it follows, whose sentences are not repeated beside the best one."""
        standalone = standalone or question
        if chatter(question):  # 'Thanks!': no passage is near, nor should one be offered
            return self.refuse(question, [], standalone, CHATTER_REASON)
        if not hits:
            return self.refuse(question, hits, standalone)
        supported = self.supports(standalone, hits)  # by all the passages found
        asked = standalone
        standalone = to_acronyms(uncontracted(in_british(standalone)), self.common_acronyms)  # what is read below
        context = {h.passage.doc_id: self.doc_context.get(h.passage.doc_id, h.passage.title) for h in hits}
        found = headlines(standalone, hits)  # 'What did the study find?': the summary's headlines
        if found:
            return compose(question, asked, found, [h.passage for h in hits], self.name)
        compared = compared_terms(standalone, hits, self.acronyms)  # 'the difference between an LSP and an LAA': each
        if compared:  # term's glossary entry, though neither names the other
            return compose(question, asked, compared, [h.passage for h in hits], self.name)
        fitting = self.fitting(question, hits)
        if fitting and len(fitting) < len(hits):
            hits = fitting  # answer only from passages that share the question's names and years
        # a table, figure, case study or paragraph asked for by number
        block = whole_block(standalone, hits, self.max_chars + self.list_extra)
        if block:  # is the answer, whatever its words: there is nothing to check it against
            return compose(question, asked, block, [h.passage for h in hits], self.name)
        named = BLOCK_Q.match(standalone)
        if named:  # search brings a block asked for by number first: none found, there is none
            return self.refuse(question, hits, asked, f"the reports have no {' '.join(named.group('label').split())}")
        if not supported:  # (checked after a block asked for by number: 'Summarise paragraph 48' shares no word)
            return self.refuse(question, hits, asked)
        picks = definition(standalone, hits)  # the glossary entry of what was asked for by name
        other_names = self._report_words(standalone)  # 'chair' for 'heads up'
        topical = [
            h for h in hits if off_topic(standalone, f"{h.passage.label} {h.passage.text}", False, other_names) is None
        ]
        if not picks and topical and len(topical) < len(hits):
            # and only from passages that share at least one of its topic words, unless they hold no answer:
            # 'How does the OSP measure up?' shares 'measure' with the summary paper's title alone
            picks = self.select(standalone, topical)
            hits = topical if picks else hits
        picks = self._unsaid(picks or self.select(standalone, hits), said)
        if not picks:
            return self.refuse(question, hits, asked)
        cited = [(hits[i].passage.text, context[hits[i].passage.doc_id]) for i in {p.unit.passage_index for p in picks}]
        quoted = [p.unit.text for p in picks]
        reason = (
            unsupported_reason(question, cited, self.acronyms)
            or off_topic(standalone, " ".join(text for text, _ in cited), by_name=True, other_names=other_names)
            or missing_figure(standalone, quoted)
            or uncounted(standalone, quoted)
            or missing_answer_type(standalone, quoted)
            or unquoted_year(standalone, quoted)
            or unsaid_actor(standalone, quoted, self.acronyms)
            or only_promised(standalone, max(picks, key=lambda p: p.score).unit.text)
            or undated(standalone, [" ".join(u.text for u in run) for run in runs([p.unit for p in picks])], self.idf)
        )
        if reason:
            return self.refuse(question, hits, asked, reason)
        return compose(question, asked, picks, [h.passage for h in hits], self.name)

    @staticmethod
    def _unsaid(picks: list[Pick], said: str) -> list[Pick]:
        """The picks less the plain sentences the previous answer already quoted, though never the best one:
        'and who approves the appointment?' after 'Who chairs most LSPs?' says who approves it, not again who
        chairs. A list is kept whole. A glossary entry's head ('LIFT: Local Improvement Finance Trust.') is never
        the one kept when another is said: after 'What is LIFT?', 'who owns them?' keeps who its shareholders are."""
        if not said or not picks:
            return picks
        best = max([p for p in picks if not _names(p.unit)] or picks, key=lambda p: p.score)
        before = _flat(said)
        kept = [p for p in picks if p is best or p.unit.list_id is not None or _flat(p.unit.text) not in before]
        kept_ids = {id(p) for p in kept}
        dropped = {(p.unit.passage_index, p.unit.position) for p in picks if id(p) not in kept_ids}
        return [  # 'It recommended a land bank…' goes with the sentence it points back to, said or not
            p
            for p in kept
            if p is best or not leans_back(p.unit) or (p.unit.passage_index, p.unit.position - 1) not in dropped
        ]

    def _report_words(self, question: str) -> set[str]:
        """The word tokens of the reports' words for the question's everyday phrases (the thesaurus)."""
        return set(tokenize(" ".join(self.thesaurus.report_words(question))))

    # -- selection ---------------------------------------------------------
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
    ) -> float:
        """How well one sentence (or list item, or row) answers: the question's words it shares, other forms and
        other names of them (synonyms) at a lesser weight, its similarity to the question, its passage's rank."""
        tokens = set(tokenize(f"{lead} {unit.text}" if lead else unit.text))
        if not tokens:
            return 0.0
        matched = sum(idf_of(t, self.idf, self.default_idf) for t in qset & tokens)
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

    def select(self, question: str, hits: list[Scored]) -> list[Pick]:
        focus = without_locator(author_as_report(question))  # where to look is no part of what the answer says
        qset = set(tokenize(focus)) | set(tokenize(" ".join(acronyms_spelled_out(focus, self.acronyms))))
        qset = (qset - block_hint_words(focus)) or qset  # 'what does the report recommend': where, not what
        topic = set(topic_terms(focus)) - block_hint_words(focus)  # what it is about, in its words
        synonyms = (with_synonyms(qset) | self._report_words(focus)) - qset
        numeric = bool(_NUMBER_Q.search(question))
        thing = asked_thing(question) if numeric else None
        expected = expected_answer(question)
        subject = self._subject(focus)
        actor = acting_verb(focus)
        named_kinds = block_kinds(question)
        asks_source = bool(_SOURCE_Q.search(question))
        signed = expected is not None and expected[1] in ("author", "date")  # 'Who wrote…?', 'When was … written?':
        # a paper's signature says both

        asked_names = set(names_in(focus))

        def signs(text: str) -> bool:  # a signature answers who wrote it, when, and who its signer is
            return signed or bool(asked_names & set(text.split()))

        def source_line(text: str) -> bool:  # 'Whose model is…?' is answered by a figure's Source line
            return asks_source and text.startswith("Source:") or bool(SIGNATURE.match(text)) and signs(text)

        def names_row(u: Unit) -> bool:  # '… the strategic layer …' names the row 'Governance layer: Strategic | …'
            key = set(tokenize(row_key(u.text)))
            return is_row(u) and bool(key) and key <= qset

        recommended = (
            all_recommendations(focus, qset, hits, self.max_chars + 2 * self.list_extra)
            if "recommendations" in named_kinds
            else []
        )
        if recommended:
            return recommended

        asks = not _LIST_Q.search(question) and not re.search(r"\bquestions?\b|\bask", question, re.I)
        top = hits[0].score or 1.0
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
                candidate = (
                    caption
                    or u in titled_by
                    or (  # a set-out table's title chooses the table, however short
                        len(u.text) >= 20
                        and not title_only
                        and (not is_heading(u.text) or is_figure_line(hit.passage, u) or source_line(u.text))
                    )
                )
                if not candidate and not u.cell or u.speaker and subject is not None:
                    continue  # '(Director, third sector)' says who spoke, not what the third sector is
                lead = leads.get(u.list_id, "") if not u.is_lead else ""
                if u.said_by in speakers and subject is None:  # not 'What is the third sector?' by '(Director,
                    lead = speakers[u.said_by]  # third sector)': 'What did a fire commander say…' matches the
                    # quote's attribution
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
                if hit.passage.kind in named_kinds:  # the question names this kind of block ('the recommendations')
                    prior += self.named_kind_bonus
                pick = Pick(u, self.score(u, lead, qset, hit, prior, numeric, thing, expected, synonyms))
                if asks and (_asks(u.text) or asks_in_lead(u.text)):
                    pick = Pick(u, pick.score * 0.6)  # a question in the text ('What are the LSP support costs
                    # for:') is not an answer to one
                if actor is not None and acts(actor, u.text):
                    pick = Pick(u, pick.score + self.actor_bonus)  # says who does it, not what the chair is like
                if subject is not None and subject.match(u.text):
                    pick = Pick(u, pick.score + self.subject_bonus)  # 'What is the 7S framework?': a sentence about
                    about.add(id(u))  # it, not one that uses it
                elif names_row(u) and (qset - set(tokenize(row_key(u.text)))) & set(tokenize(f"{lead} {u.text}")):
                    pick = Pick(u, pick.score + 0.8)  # the row the question names, and asks about ('… data …')
                span_scores[id(u)] = pick.score
                if candidate:  # a short table cell is never the answer alone, but a span may run through it
                    scored.append(pick)
        if not scored:
            return []
        scored.sort(key=lambda p: -p.score)
        best = scored[0]
        if id(best.unit) in about:  # it leads the answer, but other sentences join by its score without the bonus
            rival = next((p.score for p in scored if id(p.unit) not in about), 0.0)
            best = scored[0] = Pick(best.unit, max(best.score - self.subject_bonus, rival))
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

        def typed_weight(p: Pick) -> float:  # the best passage's own sum or date is likelier the answer
            return p.score * (self.same_passage_typed if p.unit.passage_index == best.unit.passage_index else 1.0)

        def fits(p: Pick) -> bool:  # a sum for 'how much', a date for 'when', a figure's source for 'whose model'
            return fits_answer_type(p.unit.text, thing, expected) or source_line(p.unit.text)

        typed = sorted((p for p in scored if fits(p)), key=typed_weight, reverse=True)
        dates_document = bool(DOCUMENT_DATE_Q.search(question))

        def dates_itself(text: str) -> bool:  # a signature, or a sentence naming a document by its title
            return bool(SIGNATURE.match(text)) or names_a_title(text, self.doc_context.values())

        if dates_document:  # 'When was the Oxford paper written?': its signature's date, not a meeting's month in
            # it; 'When was the report published?': the sentence naming the report by its title ('Published by the
            # Audit Commission in 2009; ‘Working better together?…'), not the date another document came out
            typed.sort(key=lambda p: not dates_itself(p.unit.text))
        if typed and typed[0] is not best and typed_weight(typed[0]) >= best.score * 0.4:
            best = typed[0]  # 'how often' wants a frequency, 'how many X' a figure for X: the best such sentence
            scored = [best] + [p for p in scored if p is not best]
        totals = [p for p in scored if counts_all(question, p.unit.text)] if TOTAL_Q.search(question) else []
        total = totals[0] if totals else None
        if total is not None and total is not best:  # 'How many LSPs are there?': 'a survey of the 388 LSPs',
            best = total  # not 'two LSPs constituted as companies'
            scored = [best] + [p for p in scored if p is not best]
        if SIGNATURE.match(best.unit.text) and signs(best.unit.text) or dates_document and dates_itself(best.unit.text):
            return [best]  # 'Who wrote the Oxford paper?': its signature says who, and when
        key = (best.unit.passage_index, best.unit.list_id)
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
            items = {id(p.unit): p for item in [best, *counted] for p in self._item(item, members)}
            return sorted(items.values(), key=lambda p: p.unit.position)
        # 'How often did the group meet?' answered by 'The group met monthly to scrutinise the:': the lead-in is
        # the answer, so it is quoted with the sentences before it, and its list after it when that fits.
        typed_lead = best.unit.is_lead and expected is not None and not _LIST_Q.search(question)
        defines = subject is not None and best.unit.list_id is not None  # 'What are thematic partnerships?'
        defined_lead = lists[key][0] if defines and key in lists else None
        wants = not typed_lead and self._wants_list(question, topic, best, scored, defined_lead)
        if best.unit.list_id is not None and wants:
            list_key = (best.unit.passage_index, best.unit.list_id)
            whole = whole_list(lists[list_key], best.score)
            twin = self._parallel_list(qset, lists, list_key) if COMPARE_Q.search(question) else None
            if twin is not None:  # 'the difference between aligning and pooling': 'Pooling is … when:' too
                return sorted([*whole, *whole_list(twin, best.score)], key=lambda p: p.unit.passage_index)
            runner = self._runner_up(scored, best)
            budget = self.max_chars + self.list_extra
            if runner is not None and sum(len(p.unit.text) for p in [*whole, runner]) <= budget:
                whole.append(runner)  # a sentence elsewhere that says the list in a line ('The three … are …')
            return whole
        best_passage = hits[best.unit.passage_index].passage
        named_row = names_row(best.unit)
        table = (hits[best.unit.passage_index].passage.doc_id, hits[best.unit.passage_index].passage.label)
        parts = [i for i, h in enumerate(hits) if (h.passage.doc_id, h.passage.label) == table]  # a table cut in two
        named_rows = [u for i in parts for u in units_by_passage[i] if names_row(u)] if named_row else []
        if len(named_rows) > 1:  # '… the strategic, executive and operational layers …': each row it names, whole
            return whole_list(named_rows, best.score)
        if best_passage.kind == "table" and (_LIST_Q.search(question) or whole_table) and not named_row:
            # A list question answered from a table: its rows are the list.
            rows = [u for u in units_by_passage[best.unit.passage_index] if u.cell]
            return whole_list(rows, best.score)
        units = units_by_passage[best.unit.passage_index]
        lead_passage = self._from_top_passage(scored, best, units_by_passage[0], qset)
        runner_up = self._runner_up(scored, best)
        reserve = sum(len(p.unit.text) for p in lead_passage) or (len(runner_up.unit.text) if runner_up else 0)
        if named_row:  # rows the question does not name are no answer beside the one it does
            unnamed = {id(u) for u in units if is_row(u) and not names_row(u)}
            span_scores = {k: v for k, v in span_scores.items() if k not in unnamed}
        asked_names = places_named(question)
        if asked_names:  # 'Derbyshire's group… every three months' is not followed by 'Dorset's Bridging Group…'
            span_scores = {id(u): v for u in units if (v := span_scores.get(id(u))) is not None
                           and not opens_elsewhere(u.text, asked_names)}  # fmt: skip
        openings = {id(u) for u in units if opening_name(u.text) in asked_names}  # where the story asked of starts
        chosen = self._span(best, units, span_scores, reserve=reserve, starts=openings)
        if key in lists and not best.unit.is_lead and len(chosen) > 1 and not stands_alone(best.unit):
            # '• to children’s service authorities…' and the sentences after its list: the item under its lead-in
            item = self._item(best, lists[key])
            chosen = item + [p for p in chosen if all(p.unit is not i.unit for i in item)]
        elif key in lists and not best.unit.is_lead and len(chosen) == 1:
            chosen = self._item(best, lists[key])  # one item of a list reads under its lead-in
            if COMPARE_Q.search(question):  # 'split between in-depth and lighter-touch sites': the items beside it
                chosen = sorted(chosen + self._parallel_items(best, lists[key], qset), key=lambda p: p.unit.position)
        said = self._speaker(chosen, units)
        follow = [] if said else self._following_list(chosen, units, lists)
        if follow:
            return chosen + follow
        last = max(chosen, key=lambda p: p.unit.position)
        if last.unit.is_lead and last is not best and not said:
            chosen = [p for p in chosen if p is not last]  # 'In children's services:' without its list says nothing
        chosen = chosen + said  # a quotation's speaker, after which other passages may still add a sentence
        if _LIST_Q.search(question) and not said:
            # A list question whose best sentence is not in a list: add a strong list whole (lead-in and items).
            strong = next((p for p in scored if p.unit.is_lead and p.score >= best.score * self.other_share), None)
            if strong is not None and strong.unit.list_id is not None and strong.unit not in {c.unit for c in chosen}:
                return chosen + whole_list(lists[(strong.unit.passage_index, strong.unit.list_id)], strong.score)
        if lead_passage and sum(len(p.unit.text) for p in chosen + lead_passage) <= self.max_chars:
            chosen = chosen + lead_passage  # search ranked its passage first: let the answer cite it too
        listed = lists if _LIST_Q.search(question) else {}
        chosen = self._others(topic, chosen, scored, best, units_by_passage, listed)
        return chosen + self._twin(scored, best, chosen, asked_names)  # with the room other passages leave

    @staticmethod
    def _item(best: Pick, members: list[Unit]) -> list[Pick]:
        """A list item under its lead-in (and a sub-item under its item too): 'How many LSPs did the survey
        cover?' is answered by the one item with the figure, not the whole list."""
        above = [u for u in members if u.position < best.unit.position]
        lead = [u for u in above if u.is_lead][:1]
        parent = [u for u in above if u.text.startswith("•")][-1:] if best.unit.text.startswith("- ") else []
        return [Pick(u, best.score) for u in lead + parent] + [best]

    @staticmethod
    def _parallel_items(best: Pick, members: list[Unit], qset: set[str]) -> list[Pick]:
        """The other items of the best item's list that share a question word with it ('Twelve notable practice
        case studies…' beside 'Five lighter touch case studies…'), for a question comparing them."""
        shared = set(tokenize(best.unit.text)) & qset
        level = best.unit.text[:1]  # an item ('•') or a sub-item ('-') beside its own kind
        return [
            Pick(u, best.score)
            for u in members
            if u is not best.unit and not u.is_lead and u.text[:1] == level and shared & set(tokenize(u.text))
        ]

    def _subject(self, question: str) -> re.Pattern[str] | None:
        """For 'what is X?' (and 'when is X more suitable than Y?'), a pattern for sentences with X as their
        subject ('The 7S framework stresses…'), X by its acronym or long form too ('DCA reviews…' for 'What is
        delivery chain analysis?')."""
        m = DEFINITION_Q.match(question)
        compared = _MORE_SUITABLE_Q.match(question)
        if not m and not compared:
            return None
        found = compared or m
        assert found is not None
        groups = tuple(found.group(g) for g in (("term",) if compared else ("term", "term2", "term3")))
        term = next(g for g in groups if g).strip(" ‘’'\"")
        words = [w for w in term.split() if w.lower() not in ("the", "a", "an")]
        if not words:
            return None
        phrase = " ".join(words)
        forms = [phrase, *acronyms_spelled_out(phrase, self.acronyms), self.acronyms.get(phrase.rstrip("s"), "")]
        names = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in dict.fromkeys(forms) if f)
        some = r"(?:(?:some|many|most|all|each|one|few|none)\s+of\s+)?"  # 'Some of the thematic partnerships…'
        return re.compile(rf"^\W*{some}(?:the\s+|an?\s+)?(?:[\w’'\-]+\s+){{0,2}}?(?:{names})s?\b(?!\s*:)", re.I)

    def _twin(self, scored: list[Pick], best: Pick, chosen: list[Pick], names: set[str]) -> list[Pick]:
        """A sentence of the best passage that scores nearly as high as the best but lies beyond the span ('Bolton
        Vision has invested in a brand ‘The Bolton Family’…', four sentences before 'The brand recognised…'), when
        it reads on its own and fits."""
        length = sum(len(c.unit.text) for c in chosen)
        for pick in scored[1:4]:
            near = pick.unit.passage_index == best.unit.passage_index and pick.score >= best.score * self.twin_share
            alone = pick.unit.list_id is None and not pick.unit.cell and pick.unit.said_by is None
            alone = alone and not (names and opens_elsewhere(pick.unit.text, names))  # another place's story
            if near and alone and not leans_back(pick.unit) and all(c.unit is not pick.unit for c in chosen):
                return [pick] if length + len(pick.unit.text) <= self.max_chars + self.twin_extra else []
        return []

    def _from_top_passage(self, scored: list[Pick], best: Pick, units: list[Unit], qset: set[str]) -> list[Pick]:
        """When the best sentence is not from the passage search ranked first, that passage's best sentence, if
        it scores at least top_passage_share of the best (lists and table rows excepted); one that points back
        ('It follows the six…') comes with the sentence before it, or, if that is no plain sentence, not at all."""
        if best.unit.passage_index == 0:
            return []
        for pick in scored:
            if pick.score < best.score * self.top_passage_share:
                return []
            if pick.unit.passage_index != 0 or pick.unit.list_id is not None or pick.unit.cell or _names(pick.unit):
                continue
            if not shares_a_word(qset, pick.unit.text) or _asks(pick.unit.text):
                continue  # it shares no word of the question ('third sector' only in who said it), or asks one
            quoted = self._in_context(pick, units)
            if quoted:
                return quoted
        return []

    def _in_context(self, pick: Pick, units: list[Unit], strong: set[int] | None = None) -> list[Pick]:
        """What quoting one sentence on its own takes: a quoted sentence, its whole quotation and speaker; one that
        points back ('It follows the six…'), the plain sentence before it as well (one of strong, when given), or
        nothing when there is none; any other sentence, itself."""
        if pick.unit.said_by is not None:
            return self._quotation(pick, units)
        if not leans_back(pick.unit):
            return [pick]
        before = units[pick.unit.position - 1] if 0 < pick.unit.position <= len(units) else None
        if before is None or not self._plain_sentence(before) or strong is not None and id(before) not in strong:
            return []
        return [Pick(before, pick.score), pick]

    def _runner_up(self, scored: list[Pick], best: Pick) -> Pick | None:
        """A near-best sentence of another passage (among the next three), for which the span leaves room."""
        for pick in scored[1:4]:
            if pick.score < best.score * self.runner_up_share:
                return None
            elsewhere = pick.unit.passage_index != best.unit.passage_index
            alone = pick.unit.list_id is None and not pick.unit.cell and not leans_back(pick.unit)
            if elsewhere and alone and not _names(pick.unit):
                return pick
        return None

    def _span(
        self,
        best: Pick,
        units: list[Unit],
        scores: dict[int, float],
        reserve: int = 0,
        starts: frozenset[int] | set[int] = frozenset(),
    ) -> list[Pick]:
        """The best sentence and its neighbours in the same passage, growing toward the better-scoring side (across
        a quotation's attribution line, which comes along, when the best sentence is not itself quoted), but not
        back beyond one of starts ('Dorset’s Bridging Group…', where the story asked about begins)."""
        chosen = [best]
        length = len(best.unit.text) + reserve
        lo = hi = best.unit.position
        narrative = best.unit.said_by is None  # a quoted best sentence keeps to its own speaker
        while sum(1 for p in chosen if not p.unit.speaker) < self.max_sentences:
            options = []
            for pos, step, bias in ((lo - 1, -1, 1.0), (hi + 1, 1, 1.25)):
                if step < 0 and id(units[lo]) in starts:
                    continue
                speaker = units[pos] if 0 <= pos < len(units) and units[pos].speaker and narrative else None
                if speaker is not None:
                    pos += step  # a quotation's attribution line joins the span with the sentence beyond it
                if not 0 <= pos < len(units):
                    continue
                unit = units[pos]
                if unit.list_id is not None or id(unit) not in scores or length + len(unit.text) > self.max_chars:
                    continue  # a list, a heading or a line too long for the budget ends the span on that side
                if is_row(best.unit) and (not is_row(unit) or scores[id(unit)] < best.score * self.row_share):
                    continue  # a table row is whole on its own: another row joins only if it answers too
                if step < 0 and speaker is not None:  # a quotation before its speaker comes whole, from its opening
                    unit_pair = [u for u in units if u.said_by == speaker.line and u.position <= pos][::-1]
                    if any(id(u) not in scores for u in unit_pair):
                        continue
                elif step < 0 and leans_back(unit):  # 'These drew on…' opens the quote only with what it points to
                    before = units[pos - 1] if pos > 0 else None
                    if before is None or not self._plain_sentence(before) or id(before) not in scores:
                        continue
                    unit_pair = [unit, before]
                else:
                    unit_pair = [unit]
                if length + sum(len(u.text) for u in unit_pair) > self.max_chars:
                    continue
                lowest = min(u.position for u in unit_pair)
                options.append((scores[id(unit)] * bias, lowest if step < 0 else pos, unit_pair, speaker))
            if not options:
                return chosen
            _, pos, taken, speaker = max(options, key=lambda o: o[0])
            for unit in taken:
                chosen.append(Pick(unit, scores[id(unit)]))
                length += len(unit.text)
            if speaker is not None:
                chosen.append(Pick(speaker, scores[id(taken[0])]))
            lo, hi = min(lo, pos), max(hi, pos)  # a crossed speaker line lies between, inside the span
        return chosen

    @staticmethod
    def _quotation(pick: Pick, units: list[Unit]) -> list[Pick]:
        """A quoted sentence taken on its own from its passage, as the whole quotation it belongs to and the line
        saying who said it ('‘We look how…. That is going to be…’ (LSP director)'); any other sentence alone."""
        if pick.unit.said_by is None:
            return [pick]
        group = [u for u in units if u.said_by == pick.unit.said_by]
        opened = [u for u in group if u.position <= pick.unit.position and ("‘" in u.text or u.text.startswith("'"))]
        start = opened[-1].position if opened else pick.unit.position  # where the quotation opens, mid-line or not
        whole = [u for u in group if u.position >= start]
        whole += [u for u in units if u.speaker and u.line == pick.unit.said_by]
        return [pick if u is pick.unit else Pick(u, pick.score) for u in whole]

    @staticmethod
    def _speaker(chosen: list[Pick], units: list[Unit]) -> list[Pick]:
        """The attribution line of the quotation the span ends in, so a quoted answer says who said it."""
        last = max(chosen, key=lambda p: p.unit.position)
        speaker = next((u for u in units if u.speaker and u.line == last.unit.said_by), None)
        return [Pick(speaker, last.score)] if speaker is not None else []

    def _following_list(
        self, chosen: list[Pick], units: list[Unit], lists: dict[tuple[int, int], list[Unit]]
    ) -> list[Pick]:
        """The list the span runs into ('The agreed action plan … included:' and its items), whole, when it fits."""
        end = max(p.unit.position for p in chosen)
        lead = units[end + 1] if end + 1 < len(units) else None
        if units[end].is_lead:
            lead = units[end]  # the span ends in a lead-in: its items follow
        if lead is None or not lead.is_lead or lead.list_id is None:
            return []
        members = [m for m in lists.get((lead.passage_index, lead.list_id), []) if m is not units[end]]
        if not any(not m.is_lead for m in members):
            return []  # a lead-in whose items are not in this passage: nothing to add
        length = sum(len(p.unit.text) for p in chosen) + sum(len(m.text) for m in members)
        if length > self.max_chars + self.list_extra:
            return []
        score = min(p.score for p in chosen)
        return [Pick(m, score) for m in members]

    def _others(
        self,
        topic: set[str],
        chosen: list[Pick],
        scored: list[Pick],
        best: Pick,
        units_by_passage: dict[int, list[Unit]] | None = None,
        lists: dict[tuple[int, int], list[Unit]] | None = None,
    ) -> list[Pick]:
        """Add a strong sentence from another passage when the budget allows; given lists (for a list question),
        the list such a sentence leads into comes with it, whole, when it fits. A list item must share one of the
        question's topic words."""
        length = sum(len(p.unit.text) for p in chosen)
        strong = {id(p.unit) for p in scored if p.score >= best.score * self.other_share}
        for pick in scored:
            sentences = sum(not p.unit.speaker for p in chosen)  # a speaker line is no sentence of its own
            if pick.score < best.score * self.other_share or sentences > self.max_sentences:
                break
            if any(p.unit is pick.unit or echoes(p.unit.text, pick.unit.text) for p in chosen):
                continue  # already quoted, or said in nearly the same words (a summary restating the report)
            words = [w for w in pick.unit.text.split() if w != "✓"]
            units = (units_by_passage or {}).get(pick.unit.passage_index, [])
            short_row = pick.unit.cell and (len(words) < 5 or is_column_heads(pick.unit, units))
            fragment = pick.unit.list_id is not None and not stands_alone(pick.unit)
            if pick.unit.passage_index == best.unit.passage_index or fragment or short_row or _names(pick.unit):
                continue  # a list fragment or a short table row means little without its lead-in or column heads
            if _asks(pick.unit.text) and not _asks(best.unit.text):
                continue  # a self-assessment question beside findings: no answer, unless questions are asked for
            if pick.unit.list_id is not None and topic and not shares_a_word(topic, pick.unit.text):
                continue  # one headline of a list, about none of what was asked ('performance management' for costs)
            adding = self._in_context(pick, units, strong | {id(c.unit) for c in chosen})
            adding = [a for a in adding if not any(c.unit is a.unit for c in chosen)]  # a quotation partly quoted
            size = sum(len(p.unit.text) for p in adding)
            if adding and length + size <= self.max_chars:
                chosen.extend(adding)
                length += size
                follow = self._following_list([pick], units, lists) if lists and units else []
                if follow and length + sum(len(m.unit.text) for m in follow) <= self.max_chars + self.list_extra:
                    return chosen + follow  # 'In some case study LSPs:' and the habits it lists
        return chosen

    @staticmethod
    def _plain_sentence(unit: Unit) -> bool:
        """A sentence of running text that needs nothing before it: no heading, list item, cell or speaker line."""
        return not (is_heading(unit.text) or unit.list_id is not None or unit.cell or unit.speaker or leans_back(unit))

    def _wants_list(
        self, question: str, topic: set[str], best: Pick, scored: list[Pick], defined_lead: Unit | None = None
    ) -> bool:
        """Whether the list the best item comes from answers whole. Given the lead-in of that list for a 'what is
        X?' question, not when neither it nor a second item speaks of X: 'What are thematic partnerships?' is not
        answered by all that a review recommended because one item names them."""
        key = (best.unit.passage_index, best.unit.list_id)
        same = sum(  # items sharing the topic: 'What did the report find about costs?' wants not every headline
            1 for p in scored[:6]
            if (p.unit.passage_index, p.unit.list_id) == key and (not topic or shares_a_word(topic, p.unit.text))
        )  # fmt: skip
        if (
            defined_lead is not None and defined_lead.is_lead and not best.unit.is_lead and topic and same < 2
            and not shares_a_word(topic, defined_lead.text)
        ):  # fmt: skip
            return False
        if best.unit.is_lead or best.unit.text.rstrip().endswith(":") or _LIST_Q.search(question):
            return True  # an item leading into the items after it ('• LSPs work through three main layers:') too
        # 'Did the campaign make a difference?' is not answered by the list one matching item comes from.
        return same >= 2 and not _YES_NO.match(question)

    @staticmethod
    def _parallel_list(
        qset: set[str], lists: dict[tuple[int, int], list[Unit]], key: tuple[int, int]
    ) -> list[Unit] | None:
        """Another list whose lead-in says what the best list's does of another thing the question names
        ('Pooling is more suitable when:' beside 'Aligning is more suitable when:'), else None."""
        lead = lists[key][0]
        if not lead.is_lead:
            return None
        words = set(tokenize(lead.text))
        frame = words - qset
        for other_key, members in lists.items():
            other = members[0]
            if other_key == key or not other.is_lead:
                continue
            other_words = set(tokenize(other.text))
            if frame and other_words - qset == frame and (other_words & qset) - words:
                return members
        return None
