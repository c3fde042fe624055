"""The pure eval metrics, one case per test, with no model in the loop."""

from __future__ import annotations

import pytest

from assistant.evaluation import metrics as m
from assistant.models import Answer, Citation, Passage

SOURCE = "Intro line.\n\n12\tPartners must   agree\nshared “outcomes” – and\tplans.\nNext paragraph starts here."
QUOTE = 'Partners must agree shared "outcomes" - and plans.'


def passage(text: str, start: int = 0, end: int = 0, doc_id: str = "doc") -> Passage:
    return Passage(id=f"p{start}-{end}", doc_id=doc_id, title="T", label=f"P{start}", start=start, end=end, text=text)


def evidence() -> m.Evidence:
    start, end = m.locate_evidence(SOURCE, QUOTE) or (0, 0)
    return m.Evidence("doc", QUOTE, start, end)


def test_evidence_is_located_across_line_breaks_quotes_and_dashes() -> None:
    start, end = m.locate_evidence(SOURCE, QUOTE) or (0, 0)
    assert SOURCE[start:end] == "Partners must   agree\nshared “outcomes” – and\tplans."


def test_missing_evidence_is_not_located() -> None:
    assert m.locate_evidence(SOURCE, "partners never agree") is None


def test_a_passage_containing_the_evidence_is_a_hit_whatever_its_span() -> None:
    assert m.is_hit(passage("Heading\nPartners must agree shared “outcomes” — and plans. More.", 900, 950), evidence())


def test_a_passage_covering_half_the_evidence_span_across_a_chunk_boundary_is_a_hit() -> None:
    ev = evidence()
    middle = ev.start + ev.length // 2
    assert m.is_hit(passage("…first half of the quote", 0, middle), ev)
    assert m.is_hit(passage("second half of the quote…", middle, len(SOURCE)), ev)


def test_a_passage_covering_less_than_half_the_evidence_span_is_not_a_hit() -> None:
    ev = evidence()
    assert not m.is_hit(passage("a sliver", 0, ev.start + ev.length // 3), ev)


def test_span_overlap_in_another_document_is_not_a_hit() -> None:
    ev = evidence()
    assert not m.is_hit(passage("unrelated words", ev.start, ev.end, doc_id="other"), ev)


def test_first_hit_rank_and_mrr() -> None:
    ev = evidence()
    ranked = [passage("nothing", 500, 600), passage("nothing either", 700, 800), passage(QUOTE, 0, 0)]
    rank = m.first_hit_rank(ranked, ev)
    assert rank == 3
    assert (m.hit_at(rank, 1), m.hit_at(rank, 3)) == (False, True)
    assert m.mean([m.reciprocal_rank(r) for r in (1, 2, None, 4)]) == pytest.approx((1 + 0.5 + 0 + 0.25) / 4)


def test_fact_recall_counts_normalised_containment() -> None:
    text = "Councils need LOCAL   leadership – not domination."
    assert m.fact_recall(text, ["local leadership", "not domination or control", "leadership - not"]) == pytest.approx(
        2 / 3
    )


def test_missing_facts_are_named() -> None:
    assert m.missing_facts("only this fact", ["this fact", "that fact"]) == ["that fact"]


def test_citation_precision_counts_citations_holding_the_evidence_or_a_key_fact() -> None:
    ev = evidence()
    cited = (
        Citation(number=1, passage=passage(QUOTE, 0, 0)),
        Citation(number=2, passage=passage("It says local leadership matters.", 500, 600)),
        Citation(number=3, passage=passage("Something else entirely.", 700, 800)),
        Citation(number=4, passage=passage("Nor this.", 800, 900)),
    )
    answer = Answer(question="q", text="a [1][2][3][4]", citations=cited)
    assert m.citation_precision(answer, ev, ["local leadership"]) == pytest.approx(0.5)


def test_citation_precision_is_undefined_without_citations() -> None:
    assert m.citation_precision(Answer(question="q", text="", refused=True), evidence(), ["x"]) is None


def test_evidence_is_cited_when_a_cited_passage_covers_it() -> None:
    ev = evidence()
    answer = Answer(question="q", text="a [1]", citations=(Citation(number=1, passage=passage("x", ev.start, ev.end)),))
    assert m.evidence_cited(answer, ev)


def test_percentile_interpolates() -> None:
    assert m.percentile([4.0, 1.0, 3.0, 2.0], 50) == pytest.approx(2.5)
    assert m.percentile([], 95) is None
