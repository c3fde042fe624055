"""The default answerer: picks the sentences of the retrieved passages that answer the question, and cites them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from .compose import compose
from .glossary import to_acronyms
from .models import Answer, Passage
from .prompts import CANNOT_ANSWER
from .questions import (
    AUTHOR_Q,
    BLOCK_Q,
    SIGNATURE,
    as_how_many,
    author_as_report,
    chatter,
    compared_words,
    names_a_title,
    names_in,
    tells_of,
    tells_of_together,
    topic_terms,
    uncontracted,
)
from .retrieval import Scored, named_documents, tokenize
from .selection import SentenceSelector, coverage
from .spans import Limits, unsaid
from .thesaurus import Thesaurus
from .tokens import in_british
from .units import Pick, runs
from .verify import (
    CHATTER_REASON,
    lack_reason,
    lacking,
    missing_answer_type,
    missing_figure,
    not_of_document,
    off_topic,
    only_promised,
    uncounted,
    undated,
    undefined_term,
    unquoted_year,
    unsaid_actor,
    unsaid_norm,
    unspelled_acronym,
    unsupported_reason,
    without_roll_calls,
)
from .whole import (
    compared_terms,
    continued_list,
    definition,
    document_aims,
    document_named,
    entry_of_named,
    findings_about,
    headlines,
    member_items,
    place_overview,
    whole_block,
)

_GRIDS = {"table", "figure"}  # blocks whose headings name what their columns hold, which says no difference
_NOTHING_ABOUT = "nothing found is about"  # the start of off_topic's reason for passages on other topics
_OF_A_DOCUMENT = re.compile(r"\b(?:report|study|paper|document)\b", re.I)


def block_titles(passages: Iterable[Passage]) -> dict[tuple[str, str], str]:
    """The title line of each block cut into several passages (a case study, a table), by document and label: its
    later parts say nothing of whom it is about ('There is a review of the policy … every six months.' is Derby's,
    under 'Case study 20 / Derby City Partnership's shared policy for data quality')."""
    passages = list(passages)
    parts = Counter((p.doc_id, p.label) for p in passages)
    titles: dict[tuple[str, str], str] = {}
    for p in passages:
        lines = [line.strip() for line in p.text.split("\n")]
        if parts[(p.doc_id, p.label)] > 1 and len(lines) > 1 and lines[0] == p.label:
            titles[(p.doc_id, p.label)] = lines[1]
    return titles


def support(
    question: str, hits: list[Scored], idf: dict[str, float], default: float = 8.0, thesaurus: Thesaurus | None = None
) -> float:
    """How well the best retrieved passage supports an answer: dense similarity and term coverage blended; a
    passage covers a question's everyday word when it uses the reports' word for it ('commitment' for 'engaged')."""
    terms, thesaurus = tokenize(question), thesaurus or Thesaurus()

    def covered(p: Passage) -> float:
        return coverage(terms, f"{p.label} {p.text} {thesaurus.said_otherwise(question, p.text)}", idf, default)

    return max((0.5 * h.dense + 0.5 * covered(h.passage) for h in hits[:3]), default=0.0)


def _placed(passage: Passage) -> str:
    """A passage's label and the section it sits in (its document's title when it has none), the label alone when
    that is its section's name too ('Conclusions', not 'Conclusions (Conclusions)')."""
    where = passage.section or passage.title
    return f"{passage.citation_label} ({where})" if where != passage.label else passage.citation_label


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
        doc_keys: dict[str, set[str]] | None = None,
        titles: dict[tuple[str, str], str] | None = None,
        names: Callable[[str], str] | None = None,
    ):
        self.idf = idf
        self.names = names or (lambda question: question)  # names as the reports write them (HybridRetriever.as_named)
        self.common_acronyms = common_acronyms or {}  # 'local strategic partnerships' is read as 'LSPs'
        self.doc_context = doc_context or {}
        self.doc_keys = doc_keys or {}  # the words naming each document ('the Oxford paper', 'the 2009 study')
        self.titles = titles or {}  # the title of a block cut into several passages (block_titles)
        self.acronyms = acronyms or {}
        self.default_idf = max(idf.values(), default=8.0)
        self.limits = Limits(max_chars=max_chars, max_sentences=max_sentences)  # how much an answer quotes
        self.min_support = min_support
        self.min_similarity = min_similarity
        self.selector = SentenceSelector(
            idf, self.limits, self.acronyms, self.doc_context, thesaurus, dense_weight, rank_weight
        )

    # -- public ------------------------------------------------------------
    def support(self, standalone: str, hits: list[Scored]) -> float:
        """The support score the refusal threshold is compared with."""
        return support(standalone, hits, self.idf, self.default_idf, self.selector.thesaurus)

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
            near = "; ".join(dict.fromkeys(_placed(h.passage) for h in hits[:2]))
            text += f" Nearest passages, which do not answer it: {near}."
        return Answer(question=question, text=text, refused=True, standalone_question=standalone, answerer=self.name)

    def lacks(self, question: str, hit: Scored, text: str | None = None) -> str | None:
        """Why the hit cannot answer: the name or year the question needs that it lacks (see lacking), or None."""
        return lack_reason(self.lacking(question, hit, text))

    def lacking(self, question: str, hit: Scored, text: str | None = None) -> tuple[str, str] | None:
        """The (kind, term) of the name or year the question needs that the hit's passage (or the given text of it)
        does not mention, read with what named_with adds (the second part of a table cut in two is still 'Table 3',
        the second part of a case study still about the place its title names), or None."""
        context = self.named_with(hit.passage)
        question = self.names(question)  # 'the police and crime commissioner' is a name; 'the LSC' a council
        said = hit.passage.text if text is None else text
        return lacking(said, context, question, self.acronyms, self.selector.thesaurus.said_otherwise)

    def both_compared(self, question: str, picks: list[Pick], hits: list[Scored]) -> tuple[list[Pick], list[Scored]]:
        """For a question contrasting two things whose picked sentences tell of one alone ('Pooled budgets allow…'
        for 'the difference between pooled and aligned budgets'), the sentences picked from the prose passages that
        name both in nearby sentences, with those passages, when they tell of both ('Occasionally the money is
        pooled… In other cases, LSP partners have agreed to align funds…'); else as given."""
        words = compared_words(question)
        if words is None or not picks or tells_of(words, [p.unit.text for p in picks]):
            return picks, hits
        both = [h for h in hits if h.passage.kind not in _GRIDS and tells_of_together(words, h.passage.text)]
        again = self.selector.select(question, both) if both and len(both) < len(hits) else []
        return (again, both) if again and tells_of(words, [p.unit.text for p in again]) else (picks, hits)

    def kept_for(self, question: str, dropped: list[Scored]) -> str:
        """The names and years the dropped hits lack, which the hits kept mention ('2010', 'Derby and 2010')."""
        terms = [lacked[1] for h in dropped if (lacked := self.lacking(question, h)) is not None]
        return " and ".join(dict.fromkeys(terms))

    def context_of(self, passage: Passage) -> str:
        """What a passage is read with beside its text: its document's title and year, and the title of the block
        it is a later part of."""
        title = self.titles.get((passage.doc_id, passage.label), "")
        return f"{self.doc_context.get(passage.doc_id, passage.title)}\n{title}".rstrip()

    def named_with(self, passage: Passage) -> str:
        """What a passage is read with when the names it mentions are looked for: its context (context_of), its
        label and the heading it is under ('Delivery chain analysis' says what Table 5's questions are for, so a
        question about the DCA question set is not refused as naming something Table 5 does not mention)."""
        return f"{self.context_of(passage)}\n{passage.label}\n{passage.section.rsplit(' > ', 1)[-1]}"

    def of_named_document(self, question: str, hits: list[Scored]) -> list[Scored]:
        """The hits from the one document the question names, by a name ('the Oxford paper'), a phrase only it uses
        ('the summary paper', 'the national study') or its year before a document word ('the 2010 summary'); []
        when it names none, or both. A lower-case word ('national policy') or a bare year names no document. A
        passage of another document naming it by its title counts as its own ('Published by the Audit Commission in
        2009; ‘Working better together?…’' tells when the 2009 study came out)."""
        named = named_documents(question, self.doc_keys, by_name=True)
        doc = next(iter(named)) if len(named) == 1 else None
        titles = {h.passage.title for h in hits if h.passage.doc_id == doc}  # another document naming it by its
        return [h for h in hits if h.passage.doc_id == doc or names_a_title(h.passage.text, titles)]  # title too

    def fitting(self, question: str, hits: list[Scored]) -> list[Scored]:
        """The hits whose passage holds every name and year the question needs; if some hold them outside a roll
        call of names, only those ('What did East Sussex do?': Case study 2, not the list of case study councils)."""
        fit = [h for h in hits if self.lacks(question, h) is None]
        told = [h for h in fit if self.lacks(question, h, without_roll_calls(h.passage.text)) is None]
        return told or fit

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
        standalone = to_acronyms(as_how_many(uncontracted(in_british(standalone))), self.common_acronyms)  # what is
        # read below
        standalone = author_as_report(standalone)  # 'What did the Oxford officer say…': the paper, not an officer
        found = headlines(standalone, hits, self.doc_keys)  # 'What did the study find?': the summary's headlines
        found = found or findings_about(standalone, hits, self.limits.max_chars)  # its points about a topic
        found = found or document_aims(standalone, hits, self.limits.max_chars)  # 'Why was the study done?'
        found = found or document_named(standalone, hits, self.doc_keys)  # 'Which report is the Oxford paper about?'
        if found:
            return compose(question, asked, found, [h.passage for h in hits], self.name)
        compared = compared_terms(standalone, hits, self.acronyms)  # 'the difference between an LSP and an LAA': each
        if compared:  # term's glossary entry, though neither names the other
            return compose(question, asked, compared, [h.passage for h in hits], self.name)
        own = self.of_named_document(standalone, hits)
        if own and len(own) < len(hits):  # 'Oxford summary paper - what does it say about picking a chair?': its
            hits = own  # own words, not the study's Table 3 on choosing one
        fitting = self.fitting(asked if said else question, hits)  # a follow-up's carried names too: 'what did it
        # cost (Warwickshire)?' is not answered by what Oldham's scrutiny costs
        kept_for = ""  # the names and years the passages kept are kept for, when some passages lack them
        if fitting and len(fitting) < len(hits):
            kept_for = self.kept_for(asked if said else question, [h for h in hits if h not in fitting])
            hits = fitting  # answer only from passages that share the question's names and years
        # a table, figure, case study or paragraph asked for by number
        block = whole_block(standalone, hits, self.limits.max_chars + self.limits.list_extra)
        if block:  # is the answer, whatever its words: there is nothing to check it against
            return compose(question, asked, block, [h.passage for h in hits], self.name)
        overview = place_overview(standalone, hits, self.limits.max_chars) if supported else []
        overview = overview or continued_list(standalone, hits)  # '… five sections as below:' and the sections
        if overview:  # 'Tell me about Bolton': a sentence from each passage that tells of it
            return compose(question, asked, overview, [h.passage for h in hits], self.name)
        named = BLOCK_Q.match(standalone)
        if named:  # search brings a block asked for by number first: none found, there is none
            return self.refuse(question, hits, asked, f"the reports have no {' '.join(named.group('label').split())}")
        if not supported:  # (checked after a block asked for by number: 'Summarise paragraph 48' shares no word)
            return self.refuse(question, hits, asked)
        said_anywhere = [f"{h.passage.label} {h.passage.section} {h.passage.text}" for h in hits]
        unspelled = unspelled_acronym(standalone, {**self.common_acronyms, **self.acronyms}, said_anywhere)
        if unspelled:  # 'What does GOSE stand for?': not the sentence that names a GOSE manager
            return self.refuse(question, hits, asked, unspelled)
        reports_words = self.selector.thesaurus.report_tokens  # 'budget': 'funding' too, asked of a term's words
        unused = undefined_term(standalone, said_anywhere, self.acronyms, reports_words)
        if unused:  # 'What is a risk register?': not 'review systems and risks'
            return self.refuse(question, hits, asked, unused)
        picks = definition(standalone, hits)  # the glossary entry of what was asked for by name
        picks = picks or member_items(standalone, hits)  # '• executive: …' for 'What does the executive layer do?'
        other_names = self.selector.thesaurus.report_tokens(standalone)  # 'chair' for 'heads up'
        topical = [
            h for h in hits if off_topic(standalone, f"{h.passage.label} {h.passage.text}", False, other_names) is None
        ]
        entry = entry_of_named(standalone, hits, topical, other_names) if topical else None
        topical = [h for h in hits if h in topical or h is entry]  # in the order found
        if not picks and topical and len(topical) < len(hits):
            # and only from passages that share at least one of its topic words, unless they hold no answer:
            # 'How does the OSP measure up?' shares 'measure' with the summary paper's title alone
            picks = self.selector.select(standalone, topical)
            hits = topical if picks else hits
        picks = unsaid(picks or self.selector.select(standalone, hits), said)
        picks, hits = self.both_compared(standalone, picks, hits)  # 'the difference between pooled and aligned…'
        if not picks:
            return self.refuse(question, hits, asked)
        quoting = [hits[i].passage for i in {p.unit.passage_index for p in picks}]
        cited = [(p.text, self.named_with(p)) for p in quoting]  # a later part of Table 1 is Table 1
        quoted = [p.unit.text for p in picks]
        top = max(picks, key=lambda p: p.score)
        reason = (
            unsupported_reason(
                self.names(question), cited, self.acronyms, quoted, self.selector.thesaurus.said_otherwise
            )
            or off_topic(
                standalone,
                " ".join(f"{p.label} {p.text}" for p in quoting),  # a heading is what its passages are about
                by_name=True,
                other_names=other_names,
                subject=" ".join(dict.fromkeys(self.doc_context.get(p.doc_id, p.title) for p in quoting)),
            )
            or missing_figure(standalone, quoted)
            or uncounted(standalone, quoted)
            or missing_answer_type(standalone, quoted)
            or unsaid_norm(standalone, quoted, reports_words)
            or unquoted_year(standalone, quoted)
            or unsaid_actor(standalone, quoted, self.acronyms)
            or only_promised(standalone, top.unit.text)
            or not_of_document(standalone, hits[top.unit.passage_index].passage.text)
            or undated(
                standalone,
                [" ".join(u.text for u in run) for run in runs([p.unit for p in picks])],
                self.idf,
                self.acronyms,
            )
        )
        if reason and kept_for and reason.startswith(_NOTHING_ABOUT):  # 'What happened to LAAs after 2010?': of
            # the passages that mention 2010, none is about LAAs (many others are)
            reason = f"nothing found that mentions {kept_for} is about{reason[len(_NOTHING_ABOUT) :]}"
        if reason:
            return self.refuse(question, hits, asked, reason)
        return compose(question, asked, picks, [h.passage for h in hits], self.name)
