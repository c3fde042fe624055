"""Citation markers: finding, validating, renumbering and quoting, one case per test, no model."""

from __future__ import annotations

from assistant import Passage
from assistant.citations import best_quote, build_citations, clean_markers, markers_in, renumber


def passage(n: int, text: str) -> Passage:
    return Passage(id=f"p{n}", doc_id="doc", title="Report", label=f"Paragraph {n}", paragraphs=(n,), text=text)


PASSAGES = [
    passage(1, "LSPs bring partners together. The survey covered 388 LSPs across England."),
    passage(2, "Council leaders chair most LSPs. Some LSPs have an independent chair."),
    passage(3, "LIFT is the Local Improvement Finance Trust. It funds primary care buildings."),
]


def test_markers_in_single() -> None:
    assert markers_in("Council leaders chair most LSPs [1].") == [1]


def test_markers_in_list_marker_gives_each_number_in_order() -> None:
    assert markers_in("Both say so [1, 3] and more [2].") == [1, 3, 2]


def test_markers_in_none() -> None:
    assert markers_in("No markers here, not even (1) or [a].") == []


def test_clean_markers_drops_numbers_not_valid() -> None:
    assert clean_markers("Claim [1, 7] and more [2].", {1, 2}) == "Claim [1] and more [2]."


def test_clean_markers_drops_marker_left_empty() -> None:
    assert clean_markers("Claim [7]. Other [1].", {1}) == "Claim. Other [1]."


def test_renumber_maps_by_given_order() -> None:
    assert renumber("A [3]. B [1]. C [3].", [3, 1]) == "A [1]. B [2]. C [1]."


def test_build_citations_removes_marker_naming_unretrieved_passage() -> None:
    text, citations = build_citations("Council leaders chair most LSPs [2]. Made up [7].", PASSAGES)
    assert "[7]" not in text
    assert text == "Council leaders chair most LSPs [1]. Made up."
    assert [(c.number, c.passage.id) for c in citations] == [(1, "p2")]


def test_build_citations_renumbers_by_first_use() -> None:
    text, citations = build_citations("LIFT funds buildings [3]. The survey covered 388 LSPs [1].", PASSAGES)
    assert text == "LIFT funds buildings [1]. The survey covered 388 LSPs [2]."
    assert [(c.number, c.passage.id) for c in citations] == [(1, "p3"), (2, "p1")]


def test_build_citations_quotes_from_the_cited_passage() -> None:
    _, citations = build_citations("The survey covered 388 LSPs [1].", PASSAGES)
    assert citations[0].quote in PASSAGES[0].text
    assert "388" in citations[0].quote


def test_best_quote_picks_sentence_sharing_most_words() -> None:
    quote = best_quote("Who chairs most LSPs? Council leaders.", PASSAGES[1], max_sentences=1)
    assert quote == "Council leaders chair most LSPs."
