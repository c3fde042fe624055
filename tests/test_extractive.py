"""The extractive answerer on hand-made passages and hits: selection, lists, length, markers, refusal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant import CANNOT_ANSWER, Answer, Passage
from assistant.compose import compose, quote_of
from assistant.extractive import ExtractiveAnswerer, block_titles
from assistant.reading import _NUMBER_Q, defined_subject, read, role_holder
from assistant.retrieval import Scored
from assistant.selection import _LIST_Q, located_by
from assistant.thesaurus import Thesaurus, read_thesaurus
from assistant.units import (
    Pick,
    Unit,
    attributions,
    echoes,
    is_column_heads,
    is_heading,
    is_label_row,
    leans_back,
    named_before,
    opens_elsewhere,
    places_named,
    points_about,
    runs,
    set_out_as,
    summary_points,
    units_of,
)
from assistant.whole import (
    continued_list,
    definition,
    document_aims,
    findings_about,
    place_overview,
    whole_block,
)

LAYERS = Passage(
    id="layers", doc_id="doc", title="Working better together", section="Chapter 2 > Layers",
    paragraphs=(44,), kind="paragraph", label="Paragraph 44",
    text=(
        "Partnership work is organised in layers. Joint working can happen at three levels:\n"
        "• strategic: setting a vision or direction for an area and agreeing common goals;\n"
        "• executive or board: using the vision to allocate resources and oversee performance; and\n"
        "• operational or thematic group: managing performance and delivering services."
    ),
)  # fmt: skip
CASE = Passage(
    id="case", doc_id="doc", title="Working better together", section="Chapter 2 > Objectives",
    kind="case_study", label="Case study 1",
    text=(
        "Warwickshire’s board aims to narrow the gap between the most disadvantaged communities and the rest. "
        "It used data from the county observatory to identify gaps at ward level. "
        "£500,000 was redirected in 2008/09."
    ),
)  # fmt: skip
LIFT = Passage(
    id="lift", doc_id="doc", title="Working better together", section="Appendix 2: Terms used in this report",
    kind="glossary", label="Appendix 2: LIFT",
    text=(
        "LIFT: Local Improvement Finance Trust. This NHS scheme develops a market for investment in primary care "
        "and community health facilities."
    ),
)  # fmt: skip
LONG = Passage(
    id="long", doc_id="doc", title="Working better together", section="Chapter 3 > Meetings",
    paragraphs=(68,), kind="paragraph", label="Paragraph 68",
    text=" ".join(
        f"Partnership meetings in area {n} discussed performance, budgets and priorities for the coming year at length."
        for n in range(1, 16)
    ),
)  # fmt: skip

IDF = {
    "partnership": 1.0, "meeting": 2.0, "performance": 2.0, "layer": 3.0, "joint": 2.0, "working": 1.5,
    "level": 2.5, "warwickshire": 5.0, "board": 2.0, "redirect": 5.0, "lift": 6.0, "budget": 3.0,
}  # fmt: skip


def hit(passage: Passage, score: float = 1.0) -> Scored:
    return Scored(passage=passage, score=score, dense=0.9, keyword=score)


@pytest.fixture
def answerer() -> ExtractiveAnswerer:
    return ExtractiveAnswerer(idf=IDF, max_chars=600, max_sentences=4, min_support=0.3)


def statements(answer: Answer) -> list[tuple[str, int]]:
    """Each sentence or line of an answer with the marker number it ends with (fails if one has none)."""
    out = []
    for line in answer.text.split("\n"):
        for piece in re.split(r"(?<=\])\s+", line.strip()):
            m = re.fullmatch(r"(.+?)\s*\[(\d+)\]", piece)
            assert m, f"statement without a trailing [n]: {piece!r}"
            out.append((m.group(1), int(m.group(2))))
    return out


def test_units_of_groups_lead_in_and_bullets_in_one_list() -> None:
    units = units_of(LAYERS, 0)
    lead = next(u for u in units if u.text.endswith(":"))
    bullets = [u for u in units if u.text.startswith("•")]
    assert lead.is_lead and lead.text == "Joint working can happen at three levels:"
    assert len(bullets) == 3
    assert {u.list_id for u in bullets} == {lead.list_id}
    assert units[0].list_id is None  # the sentence before the lead-in is not in the list


def test_list_question_returns_the_whole_list(answerer: ExtractiveAnswerer) -> None:
    answer = answerer.answer("What are the three layers of joint working?", [hit(LAYERS), hit(CASE, 0.5)])
    assert not answer.refused
    for word in ("strategic", "executive or board", "operational or thematic group"):
        assert word in answer.text
    assert answer.text.count("•") == 3


def test_answers_are_short_when_not_a_list(answerer: ExtractiveAnswerer) -> None:
    answer = answerer.answer("What did partnership meetings discuss about performance and budgets?", [hit(LONG)])
    assert not answer.refused
    assert "•" not in answer.text
    assert 0 < len(answer.text) <= 650
    assert len(answer.text) < len(LONG.text) / 3  # a few sentences, not the whole passage


def test_every_statement_ends_with_a_marker_to_the_passage_that_holds_it(answerer: ExtractiveAnswerer) -> None:
    answer = answerer.answer("What did Warwickshire's board redirect in 2008/09?", [hit(CASE), hit(LAYERS, 0.4)])
    assert not answer.refused
    assert "£500,000" in answer.text
    cited = {c.number: c.passage for c in answer.citations}
    for sentence, number in statements(answer):
        assert number in cited
        assert sentence in cited[number].text


def test_list_lines_each_carry_a_valid_marker(answerer: ExtractiveAnswerer) -> None:
    answer = answerer.answer("What are the three layers of joint working?", [hit(LAYERS)])
    cited = {c.number: c.passage for c in answer.citations}
    found = statements(answer)
    assert len(found) >= 4
    for sentence, number in found:
        assert sentence in cited[number].text


def test_weak_support_gives_the_fixed_refusal() -> None:
    strict = ExtractiveAnswerer(idf=IDF, min_support=0.99)
    answer = strict.answer("What did Warwickshire's board redirect?", [hit(CASE)])
    assert answer.refused
    assert answer.text.startswith(CANNOT_ANSWER)
    assert answer.citations == ()


def test_nothing_near_the_question_in_meaning_gives_the_refusal() -> None:
    answerer = ExtractiveAnswerer(idf=IDF, min_support=0.1, min_similarity=0.33)
    question = "What did Warwickshire's board redirect?"
    near = Scored(passage=CASE, score=1.0, dense=0.6, keyword=1.0, sentences=((CASE.text[:80], 0.61),))
    far = Scored(passage=CASE, score=1.0, dense=0.2, keyword=1.0, sentences=((CASE.text[:80], 0.21),))
    assert not answerer.answer(question, [near]).refused
    refused = answerer.answer(question, [far])
    assert refused.refused and refused.text.startswith(CANNOT_ANSWER)
    assert not answerer.answer(question, [hit(CASE)]).refused  # no sentence similarities known: no check


def test_no_hits_gives_exactly_the_refusal(answerer: ExtractiveAnswerer) -> None:
    answer = answerer.answer("What did Warwickshire's board redirect?", [])
    assert answer.refused
    assert answer.text == CANNOT_ANSWER


def test_question_naming_a_year_the_passages_lack_is_refused(answerer: ExtractiveAnswerer) -> None:
    answer = answerer.answer("What did Warwickshire's board redirect in 2012?", [hit(CASE), hit(LAYERS, 0.4)])
    assert answer.refused
    assert answer.text.startswith(CANNOT_ANSWER)
    assert "2012" in answer.text


def test_definition_question_returns_the_glossary_entry(answerer: ExtractiveAnswerer) -> None:
    answer = answerer.answer("What is LIFT?", [hit(LAYERS), hit(LIFT, 0.8)])
    assert not answer.refused
    assert answer.text.startswith("LIFT: Local Improvement Finance Trust.")
    assert [c.passage.label for c in answer.citations] == ["Appendix 2: LIFT"]


CLEAN_UP = Passage(
    id="cleanup", doc_id="doc", title="Working better together", section="Chapter 4 > Pooling",
    kind="case_study", label="Case study 12",
    text=(
        "The Big Derbyshire Clean Up emerged from consultation with residents about anti-social behaviour. "
        "It is now part of a project to improve the environment and reduce the fear of crime. "
        "The £747,000 budget includes £247,000 from pump-priming and £100,000 each from the county and the police. "
        "It contributed to a 35 per cent reduction in perceived anti-social behaviour between 2006 and 2008."
    ),
)  # fmt: skip


def test_answer_is_a_contiguous_span_of_the_best_passage(answerer: ExtractiveAnswerer) -> None:
    answer = answerer.answer("What did Warwickshire's board redirect?", [hit(CASE), hit(LONG, 0.2)])
    quote = answer.citations[0].quote
    assert quote in CASE.text  # neighbouring sentences, in the passage's own order
    assert "£500,000 was redirected in 2008/09." in quote
    assert [c.passage.id for c in answer.citations] == ["case"]


def test_how_many_question_picks_the_sentence_with_a_figure_for_the_counted_thing(
    answerer: ExtractiveAnswerer,
) -> None:
    answer = answerer.answer("How much was the Big Derbyshire Clean Up budget?", [hit(CLEAN_UP)])
    assert not answer.refused
    assert "£747,000" in answer.text


def test_how_many_question_without_a_figure_for_that_thing_is_refused(answerer: ExtractiveAnswerer) -> None:
    answer = answerer.answer("How many volunteers took part in the Big Derbyshire Clean Up?", [hit(CLEAN_UP)])
    assert answer.refused
    assert answer.text.startswith(CANNOT_ANSWER)
    assert "No figure is given for volunteers" in answer.text


def test_a_figure_line_of_a_figure_passage_can_answer() -> None:
    figure = Passage(
        id="fig4", doc_id="doc", title="Working better together", section="Chapter 2", kind="figure",
        label="Figure 4",
        text="Figure 4\nOverlaps between the SCS and the LAA\nLocal area agreement Up to 35 designated targets",
    )  # fmt: skip
    answerer = ExtractiveAnswerer(idf={"designated": 6.0, "target": 4.0, "laa": 2.0}, max_chars=500)
    answer = answerer.answer("Up to how many designated targets can an LAA contain?", [hit(figure)])
    assert "Up to 35 designated targets" in answer.text


JSNA = Passage(
    id="jsna", doc_id="doc", title="Working better together", section="Chapter 2 > Evidence",
    paragraphs=(40,), kind="paragraph", label="Paragraph 40",
    text=(
        "PCTs and local authorities have to produce a joint strategic needs assessment of local health. "
        "The assessment must be refreshed at least every three years and feed into the LAA."
    ),
)  # fmt: skip
JSNA_TERM = Passage(
    id="jsna-term", doc_id="doc", title="Working better together", section="Appendix 2",
    kind="glossary", label="Appendix 2: JSNA",
    text="JSNA: Joint strategic needs assessment. Councils produce a joint strategic needs assessment from 2008.",
)  # fmt: skip


def test_how_often_question_quotes_the_sentence_with_a_frequency() -> None:
    answerer = ExtractiveAnswerer(idf={"joint": 2.0, "strategic": 2.0, "need": 1.0, "assessment": 3.0}, max_chars=500)
    question = "How often does the joint strategic needs assessment need refreshing?"
    answer = answerer.answer(question, [hit(JSNA_TERM, 1.0), hit(JSNA, 0.9)])
    assert not answer.refused
    assert "at least every three years" in answer.text
    assert "jsna" in [c.passage.id for c in answer.citations]


def test_answer_comes_only_from_passages_sharing_a_topic_word(answerer: ExtractiveAnswerer) -> None:
    answer = answerer.answer("What did Warwickshire's board redirect?", [hit(LONG, 1.0), hit(CASE, 0.5)])
    assert [c.passage.id for c in answer.citations] == ["case"]


PLAN = Passage(
    id="plan", doc_id="doc", title="Working better together", section="Chapter 3 > Delivery chains",
    kind="case_study", label="Case study 9",
    text=(
        "Case study 9\nDCA helps LAA planning\n"
        "In Dorset, the housing task group used a DCA workshop to develop and agree an action plan for land use.\n"
        "The agreed action plan included:\n"
        "• a resource and capacity audit;\n"
        "• a land disposal protocol for LSP members; and\n"
        "• a feasibility study for a shared land database.\n"
        "The Dorset LSP now uses DCA workshops for its other targets."
    ),
)  # fmt: skip
SIGNPOST = Passage(
    id="signpost", doc_id="doc", title="Working better together", section="Chapter 5: Looking forward",
    paragraphs=(146,), kind="paragraph", label="Paragraph 146",
    text="The previous two chapters analysed LSP progress. This chapter looks forward to the future for LSPs.",
)  # fmt: skip
TRAINING = Passage(
    id="training", doc_id="doc", title="Working better together", section="Chapter 5: Looking forward",
    paragraphs=(159,), kind="paragraph", label="Paragraph 159",
    text=(
        "Successful LSPs need committed partners at all layers. "
        "Councils and their partners should ensure that staff training and development stresses collaborative working."
    ),
)  # fmt: skip


def test_a_span_running_into_a_list_brings_the_list_whole() -> None:
    answerer = ExtractiveAnswerer(idf={"dorset": 5.0, "housing": 3.0, "workshop": 4.0, "dca": 5.0}, max_chars=600)
    answer = answerer.answer("What did Dorset's housing group use a DCA workshop for?", [hit(PLAN, 1.0)])
    assert "action plan for land use" in answer.text
    assert "• a land disposal protocol for LSP members; and [1]" in answer.text.split("\n")
    assert "feasibility study" in answer.text


def test_a_closing_locator_phrase_does_not_pick_the_sentence() -> None:
    answerer = ExtractiveAnswerer(
        idf={"staff": 4.0, "training": 5.0, "emphasis": 5.0, "forward": 4.0, "look": 3.0}, max_chars=600
    )
    question = "What should staff training emphasise, according to the forward look?"
    answer = answerer.answer(question, [hit(SIGNPOST, 1.0), hit(TRAINING, 0.95)])
    assert [c.passage.id for c in answer.citations][0] == "training"
    assert "stresses collaborative working" in answer.text


DECOMMISSION = Passage(
    id="table6", doc_id="doc", title="Working better together", section="Chapter 4 > Decommissioning",
    kind="table", label="Table 6",
    text=(
        "Table 6\nSix decommissioning questions\n"
        "Do we need to do this? The evidence of need must be clear.\n"
        "Does the activity support our objectives?\n"
        "What is the likely impact on partners?\n"
        "Is there an alternative? The same service could be available from other providers.\n"
        "Source: Audit Commission, 2008"
    ),
)  # fmt: skip


def test_a_list_question_answered_from_a_table_gets_every_row_on_its_own_line() -> None:
    answerer = ExtractiveAnswerer(idf={"decommission": 6.0, "question": 3.0, "partner": 1.0}, max_chars=600)
    question = "What questions should partners ask before decommissioning a service?"
    answer = answerer.answer(question, [hit(DECOMMISSION)])
    lines = answer.text.split("\n")
    assert lines[0] == "Do we need to do this? [1] The evidence of need must be clear. [1]"
    assert "Does the activity support our objectives? [1]" in lines
    assert "What is the likely impact on partners? [1]" in lines
    assert lines[-1].startswith("Is there an alternative? [1]")
    assert "Source:" not in answer.text and "Six decommissioning questions" not in answer.text


def test_units_of_marks_the_lines_after_a_tables_label_and_title_as_cells() -> None:
    units = units_of(DECOMMISSION, 0)
    assert [u.cell for u in units][:3] == [False, False, True]
    assert not units[-1].cell  # the source line


ALIGNING = Passage(
    id="table11a", doc_id="doc", title="Working better together", section="Chapter 4 > Joining up resources",
    kind="table", label="Table 11",
    text=(
        "Table 11\nAligning and pooling\nAligning is more suitable when:\n"
        "• Arrangements need to keep a high degree of overall flexibility.\n"
        "• Legal or other constraints make pooling difficult or impossible."
    ),
)  # fmt: skip
POOLING = Passage(
    id="table11b", doc_id="doc", title="Working better together", section="Chapter 4 > Joining up resources",
    kind="table", label="Table 11",
    text=(
        "Pooling is more suitable when:\n"
        "• All parties to the arrangement make proportionate financial contributions.\n"
        "• There are no legal constraints to pooling."
    ),
)  # fmt: skip


def test_every_line_of_a_tables_later_part_is_a_cell() -> None:
    assert all(u.cell for u in units_of(POOLING, 0))  # it has no label or title lines of its own


def test_when_is_x_more_suitable_than_y_is_answered_by_the_list_about_x() -> None:
    answerer = ExtractiveAnswerer(idf={"pooling": 5.0, "aligning": 5.0, "suitable": 4.0}, max_chars=600)
    answer = answerer.answer("When is pooling more suitable than aligning?", [hit(ALIGNING), hit(POOLING, 0.8)])
    assert answer.text.startswith("Pooling is more suitable when: [1]")
    assert "proportionate financial contributions" in answer.text and "overall flexibility" not in answer.text
    answer = answerer.answer("When is aligning more suitable than pooling?", [hit(ALIGNING, 0.8), hit(POOLING)])
    assert answer.text.startswith("Aligning is more suitable when: [1]")


QUOTES = Passage(
    id="fig9", doc_id="doc", title="Working better together", section="Chapter 3 > Trust",
    kind="figure", label="Figure 9",
    text=(
        "Figure 9\nBuilding trust\n"
        "‘Partners meet every month and the agenda is shared in advance with every member of the board.’\n"
        "Council chief executive\n"
        "‘It’s not always about funding and resources; it’s about working better together.’\n"
        "Borough fire commander\n"
        "Source: Audit Commission, 2008"
    ),
)  # fmt: skip
OBESITY = Passage(
    id="gateshead", doc_id="doc", title="Working better together", section="Chapter 3 > Delivery chains",
    kind="case_study", label="Case study 9",
    text=(
        "Gateshead LSP will use delivery chain workshops to review all its objectives. "
        "The LSP in Gateshead used DCA to develop a childhood obesity action plan."
    ),
)  # fmt: skip


def test_attributions_map_each_quoted_line_to_the_speaker_under_it() -> None:
    assert attributions(QUOTES) == {2: 3, 4: 5}


def test_a_question_naming_the_speaker_quotes_what_that_speaker_said() -> None:
    answerer = ExtractiveAnswerer(idf={"borough": 6.0, "fire": 6.0, "commander": 6.0, "partnership": 1.0})
    answer = answerer.answer("What did the borough fire commander tell us?", [hit(QUOTES)])
    assert "not always about funding and resources" in answer.text
    assert answer.text.endswith("working better together.’ (Borough fire commander) [1]")
    assert "agenda is shared" not in answer.text


def test_a_spelled_out_long_form_matches_the_acronym_in_a_sentence() -> None:
    answerer = ExtractiveAnswerer(
        idf={"gateshead": 6.0, "health": 3.0, "dca": 6.0, "delivery": 1.0, "chain": 1.0, "analysi": 2.0},
        acronyms={"DCA": "delivery chain analysis"},
    )
    question = "What health issue did Gateshead tackle with delivery chain analysis?"
    best = answerer.selector.select(question, [hit(OBESITY)])[0]
    assert best.unit.text == "The LSP in Gateshead used DCA to develop a childhood obesity action plan."


def test_the_rank_weight_setting_decides_between_equally_worded_sentences() -> None:
    first = Passage(id="a", doc_id="doc", title="T", section="S", kind="paragraph", label="Paragraph 1",
                    text="Partnership boards review budgets every quarter in most areas.")  # fmt: skip
    second = Passage(id="b", doc_id="doc", title="T", section="S", kind="paragraph", label="Paragraph 2",
                     text="Partnership boards review budgets at least once a year as a rule.")  # fmt: skip
    hits = [hit(first, 0.2), hit(second, 1.0)]
    question = "When do partnership boards review budgets?"
    idf = {"partnership": 1.0, "board": 2.0, "review": 3.0, "budget": 3.0}
    by_rank = ExtractiveAnswerer(idf=idf, rank_weight=5.0).selector.select(question, hits)[0]
    assert by_rank.unit.text.startswith("Partnership boards review budgets at least once")
    flat = ExtractiveAnswerer(idf=idf, rank_weight=0.0).selector.select(question, hits)[0]
    assert flat.unit.text.startswith("Partnership boards review budgets every quarter")  # wording alone: shorter wins


def test_sub_items_stay_in_their_list_so_the_whole_list_comes_back() -> None:
    methods = Passage(
        id="methods", doc_id="doc", title="T", section="Appendix 1", kind="paragraph", label="Paragraph 168",
        text=(
            "This study used a mixed methods approach that included:\n• A policy and literature review.\n"
            "• Twelve case studies. These visits included:\n- one hundred and eighteen interviews;\n"
            "- six delivery chain workshops.\n• Social network analyses in two LSPs."
        ),
    )  # fmt: skip
    units = units_of(methods, 0)
    assert len({u.list_id for u in units}) == 1
    answerer = ExtractiveAnswerer(idf={"method": 4.0, "study": 1.0})
    answer = answerer.answer("What methods did the study use?", [hit(methods)])
    assert answer.text.split("\n")[-1] == "• Social network analyses in two LSPs. [1]"
    assert "- one hundred and eighteen interviews; [1]" in answer.text.split("\n")


def passage(**fields: object) -> Passage:
    """A passage of the report for a test: id (from the label), document and title filled in."""
    label = str(fields.get("label", "passage"))
    defaults = {
        "id": label.lower().replace(" ", "-"),
        "doc_id": "doc",
        "title": "Working better together",
        "kind": "paragraph",
    }
    return Passage(**{**defaults, **fields})  # type: ignore[arg-type]


MATRIX = passage(
    section="Appendix 3: Named partners",
    kind="appendix",
    label="Appendix 3",
    text=(
        "Organisations Local strategic partnerships Crime and disorder reduction partnerships Police ✓ ✓\n"
        "Jobcentre Plus offices ✓ ✓\nArts Council ✓\n"
        "Organisations added by an order under section 104(7) of the LGPIH Act 2007 ✓"
    ),
)


def test_rows_of_a_tick_matrix_are_cells_and_a_short_row_never_joins_another_passages_answer() -> None:
    assert [u.cell for u in units_of(MATRIX, 0)] == [True, True, True, True]
    answerer = ExtractiveAnswerer(idf={"jobcentre": 6.0, "partner": 1.0, "plus": 4.0, "named": 3.0}, max_chars=600)
    named = passage(
        section="Chapter 4",
        label="Paragraph 60",
        paragraphs=(60,),
        text="Jobcentre Plus is one of the named partners of an LSP.",
    )
    answer = answerer.answer("Is Jobcentre Plus a named partner?", [hit(named), hit(MATRIX, 0.9)])
    assert answer.text == "Jobcentre Plus is one of the named partners of an LSP. [1]"


SEVEN_S = [
    passage(section="Chapter 3", kind="paragraph",
        label="Paragraph 46", paragraphs=(46,),
        text="This chapter explores the elements of the 7S framework in turn, with the 7S framework as a guide.",
    ),
    passage(section="Chapter 2", kind="paragraph",
        label="Paragraph 32", paragraphs=(32,),
        text="The 7S framework stresses the interconnections between the different parts of partnership working.",
    ),
]  # fmt: skip


def test_a_what_is_question_without_a_glossary_entry_quotes_a_sentence_about_the_term() -> None:
    answerer = ExtractiveAnswerer(idf={"7s": 6.0, "framework": 3.0, "element": 2.0}, max_chars=600)
    best = answerer.selector.select("What is the 7S framework?", [hit(SEVEN_S[0]), hit(SEVEN_S[1], 0.9)])[0]
    assert best.unit.text.startswith("The 7S framework stresses the interconnections")


METHODS = passage(
    section="Appendix 1",
    kind="paragraph",
    label="Paragraph 168",
    paragraphs=(168,),
    text=(
        "This study used a mixed methods approach that included:\n"
        "• A policy and literature review.\n"
        "• A survey of the 388 LSPs: 191 LSP coordinators and 282 LSP board partners completed the survey.\n"
        "• Twelve notable practice case studies. These visits included:\n"
        "- one hundred and eighteen semi-structured interviews;\n"
        "- observations of ten LSP meetings.\n"
        "• Social network analyses in two notable practice LSPs."
    ),
)


def test_a_how_many_question_answered_by_a_list_item_quotes_that_item_under_its_lead_in() -> None:
    answerer = ExtractiveAnswerer(idf={"survey": 5.0, "lsps": 1.0, "interview": 6.0, "meeting": 3.0}, max_chars=600)
    answer = answerer.answer("How many LSPs did the survey cover?", [hit(METHODS)])
    assert answer.text.split("\n") == [
        "This study used a mixed methods approach that included: [1]",
        "• A survey of the 388 LSPs: 191 LSP coordinators and 282 LSP board partners completed the survey. [1]",
    ]
    nested = answerer.answer("How many semi-structured interviews were there?", [hit(METHODS)])
    assert nested.text.split("\n")[1:] == [
        "• Twelve notable practice case studies. These visits included: [1]",
        "- one hundred and eighteen semi-structured interviews; [1]",
    ]
    both = answerer.answer("How many interviews were there, and how many meetings were observed?", [hit(METHODS)])
    assert "observations of ten LSP meetings" in both.text and "one hundred and eighteen" in both.text


def test_the_title_line_opening_a_document_is_never_quoted_as_an_answer() -> None:
    title = Passage(
        id="title",
        doc_id="oxford",
        title="Working better together? Summary paper",
        section="",
        kind="text",
        label="Working better together? Summary paper",
        start=1,
        text="Audit Commission’s “Working better together? Managing LSPs” – Summary paper on how the OSP performs",
    )
    body = Passage(
        id="body",
        doc_id="oxford",
        title="Working better together? Summary paper",
        section="Conclusion",
        kind="text",
        label="Conclusion",
        start=4000,
        text="Performance management at the OSP has been addressed in part by the appointment of Champions.",
    )
    answerer = ExtractiveAnswerer(idf={"osp": 6.0, "performance": 2.0, "perform": 2.0}, max_chars=600)
    answer = answerer.answer("How does the OSP manage performance?", [hit(title), hit(body, 0.9)])
    assert "Summary paper" not in answer.text
    assert answer.text.startswith("Performance management at the OSP")


def test_a_question_in_the_text_does_not_answer_a_question_unless_questions_are_asked_for() -> None:
    chair = passage(
        section="Chapter 3",
        label="Paragraph 50",
        paragraphs=(50,),
        text="Does the choice of chair matter for the LSP? Council leaders chair the LSP in most areas.",
    )
    answerer = ExtractiveAnswerer(idf={"chair": 4.0, "lsps": 1.0, "choice": 3.0, "question": 3.0}, max_chars=600)
    best = answerer.selector.select("Who should chair the LSP?", [hit(chair)])[0]
    assert best.unit.text == "Council leaders chair the LSP in most areas."
    asked = answerer.selector.select("What question about the choice of chair should the LSP ask?", [hit(chair)])[0]
    assert asked.unit.text == "Does the choice of chair matter for the LSP?"


def test_a_passage_of_the_kind_the_question_names_is_preferred_and_the_naming_word_is_not_matched() -> None:
    other = passage(
        section="Chapter 4",
        label="Paragraph 112",
        paragraphs=(112,),
        text="The study In the Know recommends that government should count data once.",
    )
    recommendations = passage(
        section="Recommendations",
        kind="recommendations",
        label="Recommendations",
        text="Central government should:\n• Avoid one-size-fits-all guidance for LSPs.",
    )
    answerer = ExtractiveAnswerer(idf={"recommend": 5.0, "government": 2.0}, max_chars=600)
    answer = answerer.answer("What does the report recommend for government?", [hit(other), hit(recommendations, 0.8)])
    assert answer.text.split("\\n")[0].startswith("Central government should:")
    assert "In the Know" not in answer.text


def test_a_near_best_sentence_of_another_passage_keeps_room_in_the_answer() -> None:
    filler = " ".join(
        f"Sentence {w} of this passage talks at some length about meetings and agendas and minutes and papers."
        for w in ("two", "three", "four")
    )
    first = passage(
        section="Chapter 3",
        label="Paragraph 60",
        paragraphs=(60,),
        text=f"Oxford expects the Localism Bill to clarify the future of partnerships. {filler}",
    )
    second = passage(
        section="Chapter 5",
        label="Paragraph 160",
        paragraphs=(160,),
        text="The future of partnerships may become clearer after the Localism Bill is published.",
    )
    answerer = ExtractiveAnswerer(
        idf={"localism": 6.0, "bill": 4.0, "future": 3.0, "partnership": 1.0, "clarify": 4.0}, max_chars=330
    )
    answer = answerer.answer("Will the Localism Bill clarify the future of partnerships?", [hit(first), hit(second)])
    assert {c.passage.label for c in answer.citations} == {"Paragraph 60", "Paragraph 160"}
    assert "may become clearer after the Localism Bill" in answer.text


def test_one_item_of_a_list_is_quoted_under_its_lead_in() -> None:
    recommendations = passage(
        section="Recommendations",
        kind="recommendations",
        label="Recommendations",
        text=(
            "Local authorities and their partners should:\n"
            "• Engage elected members through training and stronger partnership scrutiny.\n"
            "• Review the costs of joint working."
        ),
    )
    others = passage(
        section="Chapter 3",
        label="Paragraph 50",
        paragraphs=(50,),
        text=" ".join(f"Elected members in area {n} sit on the board." for n in range(1, 6)),
    )
    answerer = ExtractiveAnswerer(idf={"elected": 5.0, "member": 2.0, "engage": 4.0}, max_chars=600)
    answer = answerer.answer("How should councils engage elected members?", [hit(recommendations), hit(others, 0.5)])
    assert answer.text.split("\n")[:2] == [
        "Local authorities and their partners should: [1]",
        "• Engage elected members through training and stronger partnership scrutiny. [1]",
    ]
    assert "Review the costs" not in answer.text


def test_a_money_question_takes_the_sum_from_the_best_passage_over_a_sum_elsewhere() -> None:
    oldham = passage(
        section="Chapter 4",
        kind="case_study",
        label="Case study 16",
        text=(
            "Oldham reorganised member scrutiny of the Oldham Partnership in 2007. "
            "The chair of the Oldham Partnership sits on the scrutiny board of Oldham members. "
            "The new structure costs about £42,000 a year to run."
        ),
    )
    abg = passage(
        section="Chapter 4",
        label="Paragraph 98",
        paragraphs=(98,),
        text="Councils share £15 million of area based grant, Oldham among them, across many different themes.",
    )
    answerer = ExtractiveAnswerer(
        idf={"oldham": 5.0, "scrutiny": 3.0, "partnership": 1.0, "member": 2.0, "bill": 6.0, "yearly": 6.0},
        max_chars=200,
    )
    answer = answerer.answer("What's the yearly bill for Oldham's member scrutiny?", [hit(oldham), hit(abg, 0.2)])
    assert "£42,000 a year" in answer.text and "£15 million" not in answer.text


def test_a_quotation_opening_mid_line_is_attributed_to_the_speaker_under_it() -> None:
    quoted = passage(
        section="Chapter 4",
        label="Paragraph 108",
        paragraphs=(108,),
        text=(
            "Partners see them as obstacles: ‘The police have three main targets, we have 139.’\n"
            "PCT chief executive\n‘Second quotation here.’\nCouncil chief executive"
        ),
    )
    assert attributions(quoted) == {0: 1, 2: 3}


def test_what_a_line_says_before_its_quotation_opens_is_said_by_nobody() -> None:
    abg = passage(
        section="Chapter 4",
        label="Paragraph 97",
        paragraphs=(97,),
        text=(
            "ABG is not new money. This may lead to some partners’ disappointment. ‘There is the area based grant. "
            "But most of that is already committed.’\nDirector, third sector"
        ),
    )
    units = units_of(abg, 0)
    said = {u.text: u.said_by for u in units if not u.speaker}
    assert said["ABG is not new money."] is None  # the report's own words, not the director's
    assert said["This may lead to some partners’ disappointment."] is None
    assert said["‘There is the area based grant."] == 1
    assert said["But most of that is already committed.’"] == 1


@pytest.mark.parametrize(
    ("question", "is_list"),
    [
        ("What messages does having a council officer as chair send?", True),
        ("What issues should partners settle before pooling resources?", True),
        ("Which areas got extra community safety money?", True),
        ("What does the report say about trust?", False),
        ("What happens when a PCT covers several LSPs?", False),
        ("What makes a good LSP chair?", False),
        ("What is LIFT?", False),
        ("What should be in a partnership agreement?", True),  # what goes in a thing is its list of contents
        ("What must a pooling agreement contain?", True),
        ("What should be done about scrutiny?", False),
    ],
)
def test_a_question_about_a_plural_thing_asks_for_a_list(question: str, is_list: bool) -> None:
    assert bool(_LIST_Q.search(question)) is is_list


def test_a_span_grows_across_a_quotations_attribution_and_keeps_it() -> None:
    warwickshire = passage(
        section="Chapter 2",
        kind="case_study",
        label="Case study 1",
        text=(
            "Case study 1\nWarwickshire\n"
            "‘The board decided to focus a disproportionate amount of resource on the north of the county.’\n"
            "District council corporate director\n"
            "£500,000 was redirected in 2008/09. The LSP in the most deprived district takes the lead."
        ),
    )
    answerer = ExtractiveAnswerer(
        idf={"warwickshire": 5.0, "board": 2.0, "redirect": 6.0, "resource": 3.0, "county": 2.0}, max_chars=600
    )
    answer = answerer.answer("What did Warwickshire's board redirect in 2008/09?", [hit(warwickshire)])
    assert answer.text.startswith("£500,000 was redirected in 2008/09. [1]")  # the answer leads
    assert (
        "‘The board decided to focus a disproportionate amount of resource on the north of the county.’ "
        "(District council corporate director) [1]"
    ) in answer.text  # and the quotation the span grew across comes after, whole, with who said it


def test_a_lead_in_that_answers_a_how_often_question_comes_with_the_sentences_before_it_and_its_list() -> None:
    dorset = passage(
        section="Chapter 4",
        kind="case_study",
        label="Case study 17",
        text=(
            "In 2006 the chairs and vice chairs of the Dorset scrutiny committees met as a group.\n"
            "The group met monthly to scrutinise the:\n• support of the partnership;\n• performance of the LAA."
        ),
    )
    answerer = ExtractiveAnswerer(idf={"dorset": 6.0, "group": 2.0, "scrutiny": 3.0, "meet": 2.0}, max_chars=600)
    answer = answerer.answer("How often did Dorset's scrutiny group meet?", [hit(dorset)])
    assert answer.text.split("\n") == [
        "In 2006 the chairs and vice chairs of the Dorset scrutiny committees met as a group. [1] "
        "The group met monthly to scrutinise the: [1]",
        "• support of the partnership; [1]",
        "• performance of the LAA. [1]",
    ]


def test_the_first_ranked_passage_is_cited_when_its_best_sentence_is_a_fair_runner_up() -> None:
    summary = passage(
        section="Summary",
        kind="summary",
        label="Summary",
        text="There is little evidence that councils use their powers of scrutiny in this way.",
    )
    paragraph = passage(
        section="Chapter 4",
        label="Paragraph 109",
        paragraphs=(109,),
        text="Scrutiny committees enable councils to hold LSPs to account for local action and spending.",
    )
    answerer = ExtractiveAnswerer(
        idf={"scrutiny": 3.0, "committee": 5.0, "council": 1.0, "account": 3.0, "sign": 6.0}, max_chars=600
    )
    question = "Is there much sign that councils use scrutiny committees to hold LSPs to account?"
    answer = answerer.answer(question, [hit(summary, 1.0), hit(paragraph, 0.95)])
    assert [c.passage.label for c in answer.citations] == ["Summary", "Paragraph 109"]
    assert answer.text.startswith("There is little evidence that councils use their powers of scrutiny")


def test_a_strong_bullet_that_is_a_whole_sentence_joins_an_answer_from_another_passage() -> None:
    paragraph = passage(
        section="Chapter 4",
        label="Paragraph 109",
        paragraphs=(109,),
        text="Overview and scrutiny enables councils to hold LSPs to account for local action and spending.",
    )
    summary = passage(
        section="Summary",
        kind="summary",
        label="Summary",
        text=(
            "The study found:\n"
            "• There is little evidence that councils are using scrutiny to hold LSPs to account.\n"
            "• scrutiny of partners"
        ),
    )
    answerer = ExtractiveAnswerer(idf={"scrutiny": 3.0, "council": 1.0, "account": 3.0, "hold": 2.0}, max_chars=600)
    question = "Do councils use scrutiny to hold LSPs to account?"
    answer = answerer.answer(question, [hit(paragraph, 1.0), hit(summary, 0.9)])
    assert [c.passage.label for c in answer.citations] == ["Paragraph 109", "Summary"]
    assert "• There is little evidence that councils are using scrutiny to hold LSPs to account. [2]" in answer.text
    assert "scrutiny of partners" not in answer.text  # a fragment of a list never joins without its lead-in


def test_a_whole_list_answer_keeps_a_near_best_sentence_of_another_passage_that_names_the_items() -> None:
    chapter = passage(
        section="Chapter 3",
        label="Paragraph 46",
        paragraphs=(46,),
        text=(
            "This chapter explores the three transformational elements of the 7S framework:\n"
            "• leadership and culture (staff);\n• the role of meetings (style); and\n• joint working (synergies)."
        ),
    )
    summary = passage(
        section="Chapter 3",
        label="Paragraph 86",
        paragraphs=(86,),
        text="The three transformational elements of the 7S framework are staff and skills, style, and synergy.",
    )
    answerer = ExtractiveAnswerer(idf={"transformational": 6.0, "element": 2.0, "7s": 4.0, "framework": 1.0})
    question = "What are the three transformational elements of the 7S framework?"
    answer = answerer.answer(question, [hit(chapter, 1.0), hit(summary, 0.95)])
    lines = answer.text.split("\n")
    assert lines[:4] == [
        "This chapter explores the three transformational elements of the 7S framework: [1]",
        "• leadership and culture (staff); [1]",
        "• the role of meetings (style); and [1]",
        "• joint working (synergies). [1]",
    ]
    assert lines[4] == (
        "The three transformational elements of the 7S framework are staff and skills, style, and synergy. [2]"
    )


def test_no_sentence_is_quoted_twice_when_the_first_ranked_passage_also_scores_among_the_others() -> None:
    figure = passage(section="Chapter 4", label="Paragraph 100", text="But many LSPs have no commissioning plans.")
    paragraph = passage(
        section="Chapter 4",
        label="Paragraph 101",
        paragraphs=(101,),
        text=(
            "While many LSPs have developed commissioning plans, there are significant gaps. "
            "Metropolitan LSPs have most experience of joint commissioning."
        ),
    )
    idf = {"lsp": 1.0, "many": 1.0, "commissioning": 3.0, "plan": 2.0, "developed": 2.0}
    answerer = ExtractiveAnswerer(idf=idf, max_chars=600)
    answer = answerer.answer("Have many LSPs developed commissioning plans?", [hit(figure, 1.0), hit(paragraph, 0.97)])
    found = [sentence for sentence, _ in statements(answer)]
    assert "But many LSPs have no commissioning plans." in found
    assert len(found) == len(set(found))


def test_a_sentence_another_passage_says_in_nearly_the_same_words_is_not_quoted_again() -> None:
    report = passage(
        section="Chapter 4",
        label="Paragraph 109",
        paragraphs=(109,),
        text="Overview and scrutiny enables councils to hold LSPs to account for local action and local spending.",
    )
    summary = passage(
        doc_id="oxford",
        section="LSP progress",
        label="LSP progress",
        text=(
            "• Overview and scrutiny enables councils to hold LSPs to account for local action and spending.\n"
            "• Scrutiny committees in some areas also hold partners to account for their contribution."
        ),
    )
    answerer = ExtractiveAnswerer(idf={"scrutiny": 3.0, "account": 3.0, "hold": 2.0, "lsp": 1.0}, max_chars=600)
    answer = answerer.answer("How are LSPs held to account by scrutiny?", [hit(report, 1.0), hit(summary, 0.95)])
    assert answer.text.count("Overview and scrutiny enables councils") == 1
    assert "Scrutiny committees in some areas also hold partners to account" in answer.text


def test_what_does_x_stand_for_is_answered_by_the_glossary_entry_not_a_passage_about_standards() -> None:
    caa = passage(
        section="Appendix 2: Terms used in this report",
        kind="glossary",
        label="Appendix 2: CAA",
        text="CAA: Comprehensive Area Assessment. This joint inspection approach assesses the prospects of areas.",
    )
    oxford = passage(
        doc_id="oxford",
        section="Conclusions",
        label="Conclusions",
        text="The thinking around the CAA is now out of date. Inspection will prompt LSPs to improve standards.",
    )
    answerer = ExtractiveAnswerer(idf={"caa": 5.0, "stand": 3.0, "standard": 3.0, "inspection": 2.0})
    answer = answerer.answer("What does CAA stand for?", [hit(oxford, 1.0), hit(caa, 0.9)])
    assert answer.text.startswith("CAA: Comprehensive Area Assessment. [1]")
    assert [c.passage.label for c in answer.citations] == ["Appendix 2: CAA"]


def test_a_sentence_the_source_broke_over_two_lines_reads_as_one_with_one_marker() -> None:
    oldham = passage(
        section="Chapter 4",
        kind="case_study",
        label="Case study 16",
        text=(
            "In 2007 Oldham established three elected member scrutiny bodies.\n"
            "The Scrutiny Management Board decides on the issues to cover and its remit includes the LAA "
            "and the Oldham\n"
            "Partnership (the LSP)."
        ),
    )
    answerer = ExtractiveAnswerer(idf={"oldham": 5.0, "scrutiny": 3.0, "partnership": 1.0, "board": 2.0})
    answer = answerer.answer("What does Oldham's Scrutiny Management Board cover?", [hit(oldham)])
    assert "includes the LAA and the Oldham Partnership (the LSP). [1]" in answer.text
    assert "Oldham [1]" not in answer.text


def test_another_form_of_a_question_word_counts_toward_a_sentence() -> None:
    caa = passage(
        section="Chapter 5",
        label="Paragraph 162",
        paragraphs=(162,),
        text=(
            "CAA will prompt better outcomes across the area. "
            "CAA will enable follow-up risk-based inspections where there are problems in delivering outcomes."
        ),
    )
    answerer = ExtractiveAnswerer(idf={"inspector": 4.0, "inspection": 4.0, "outcome": 2.0}, max_chars=110)
    answer = answerer.answer("Could inspectors look at partners when outcomes are missed?", [hit(caa)])
    assert answer.text == (
        "CAA will enable follow-up risk-based inspections where there are problems in delivering outcomes. [1]"
    )


def test_a_yes_no_question_matching_one_list_item_gets_that_item_not_the_whole_list() -> None:
    programme = passage(
        section="Chapter 3",
        kind="case_study",
        label="Case study 10",
        text=(
            "The Derbyshire Partnership programme includes:\n• a shared call centre for council services;\n"
            "• linked web-sites for services online;\n• joint publicity campaigns about available services; and\n"
            "• a shared customer service standard."
        ),
    )
    clean_up = passage(
        section="Chapter 3",
        kind="case_study",
        label="Case study 12",
        text="The Big Derbyshire Clean Up contributed to a 35 per cent reduction in perceived anti-social behaviour.",
    )
    answerer = ExtractiveAnswerer(idf={"derbyshire": 4.0, "campaign": 3.0, "publicity": 3.0, "difference": 2.0})
    question = "Did Derbyshire's publicity campaign make a difference?"
    answer = answerer.answer(question, [hit(programme, 1.0), hit(clean_up, 0.9)])
    assert "• joint publicity campaigns about available services; and [1]" in answer.text
    assert "call centre" not in answer.text and "web-sites" not in answer.text


def test_what_an_apart_from_clause_names_does_not_pick_the_sentences() -> None:
    ways = passage(
        section="Chapter 4",
        label="Paragraph 136",
        paragraphs=(136,),
        text=(
            "Pooling and aligning both allow partners to apply money to shared priorities. "
            "Partners can also bring money together through grants to representative groups and trading services."
        ),
    )
    answerer = ExtractiveAnswerer(idf={"pooling": 5.0, "aligning": 5.0, "money": 2.0, "partner": 1.0}, max_chars=120)
    question = "Apart from pooling and aligning, how else can partners bring money together?"
    answer = answerer.answer(question, [hit(ways)])
    assert answer.text.startswith("Partners can also bring money together through grants")


def test_a_whose_model_question_quotes_the_figures_source_line() -> None:
    figure = passage(
        section="Chapter 1",
        kind="figure",
        label="Figure 2",
        text=(
            "Figure 2\nStages in partnership development\nNetworking Coordination Cooperation Collaboration\n"
            "Loose network of informal relationships between partners\n"
            "Source: Working Across Boundaries: Collaboration in Public Services (Ref. 5)"
        ),
    )
    answerer = ExtractiveAnswerer(idf={"networking": 4.0, "collaboration": 3.0, "loose": 4.0, "model": 2.0})
    answer = answerer.answer("Whose model of loose networking to collaboration is this?", [hit(figure)])
    assert "Source: Working Across Boundaries: Collaboration in Public Services (Ref. 5) [1]" in answer.text
    plain = answerer.answer("What comes after loose networking on the way to collaboration?", [hit(figure)])
    assert "Source:" not in plain.text


def test_where_a_model_came_from_is_answered_by_the_sentence_saying_so() -> None:
    model = passage(
        section="Chapter 2",
        kind="paragraph",
        label="Paragraph 31",
        text=(
            "The 7S framework is a way to assess strengths and weaknesses. It covers seven elements of the 7S "
            "framework. The framework was originally a business strategy tool (Ref. 16)."
        ),
    )
    answerer = ExtractiveAnswerer(idf={"7s": 6.0, "framework": 3.0, "based": 2.0, "element": 2.0}, max_chars=90)
    for question in ("What is the 7S framework based on?", "Who devised the 7S framework?",
                     "Where does the 7S framework come from?"):  # fmt: skip
        answer = answerer.answer(question, [hit(model)])
        assert "The framework was originally a business strategy tool (Ref. 16). [1]" in answer.text, question
    plain = answerer.answer("What does the 7S framework cover?", [hit(model)])
    assert "originally" not in plain.text  # where it came from answers only a question asking that


def test_a_quote_marks_where_it_skips_part_of_its_passage() -> None:
    units = units_of(CASE, 0)
    assert quote_of([units[0], units[1]]) == f"{units[0].text} {units[1].text}"
    assert quote_of([units[0], units[2]]) == f"{units[0].text} … {units[2].text}"


def test_a_table_row_ends_its_line_in_the_answer() -> None:
    table = passage(
        section="Chapter 3",
        kind="table",
        label="Table 3",
        text="Table 3\nChoosing a chair\nLSP chair Positive interpretation\nPrivate sector chair Businesslike approach",
    )
    style = passage(
        section="Chapter 3",
        label="Paragraph 63",
        paragraphs=(63,),
        text="The style of an LSP chair shows in a businesslike approach to meetings.",
    )
    answerer = ExtractiveAnswerer(idf={"chair": 2.0, "businesslike": 5.0, "private": 3.0, "style": 2.0})
    answer = answerer.answer("Is a private sector chair businesslike in style?", [hit(table), hit(style, 0.95)])
    for line in answer.text.split("\n"):
        assert not (line.startswith("Private sector chair") and "[2]" in line), line


def test_a_span_ending_in_a_quotation_still_takes_a_strong_sentence_from_another_passage() -> None:
    quoted = passage(
        label="Paragraph 77",
        paragraphs=(77,),
        text=(
            "Synergy cannot be taken for granted. LSPs can test whether the partnership is realising its potential.\n"
            "‘We look how partners can contribute to each other’s results.’\n"
            "LSP director"
        ),
    )
    defining = passage(
        label="Paragraph 76",
        paragraphs=(76,),
        text="Partnerships create synergies: the contribution to outcomes should be greater than separate activity.",
    )
    answerer = ExtractiveAnswerer(idf={"synergy": 5.0, "partnership": 1.0, "lsp": 1.0}, max_chars=600)
    answer = answerer.answer("What does synergy mean for an LSP?", [hit(quoted, 1.0), hit(defining, 0.9)])
    assert "(LSP director) [1]" in answer.text  # the speaker stays inside the quotation's citation
    assert "greater than separate activity. [2]" in answer.text  # and the answer does not stop at it


def test_what_does_x_mean_for_y_reads_the_quoted_term_as_the_thing_defined() -> None:
    answerer = ExtractiveAnswerer(idf={})
    subject = defined_subject("What does 'synergy' mean for an LSP?", answerer.acronyms)
    assert subject is not None and subject.match("Synergy cannot be taken for granted.")
    assert defined_subject("What does the board do for an LSP?", answerer.acronyms) is None


def test_a_sentence_leaning_on_the_one_before_it_is_not_quoted_alone_from_another_passage() -> None:
    best = passage(
        label="Paragraph 27",
        paragraphs=(27,),
        text="Some LSPs have not had the time to develop links. In these, agencies exert too much control.",
    )
    other = passage(
        label="Paragraph 120",
        paragraphs=(120,),
        text=(
            "Shared buildings were appraised in two areas. But like all links they need proper time and appraisal. "
            "Partners who have time to develop links trust each other more."
        ),
    )
    idf = {"lsp": 1.0, "time": 3.0, "link": 4.0, "develop": 2.0, "proper": 3.0}
    answerer = ExtractiveAnswerer(idf=idf, max_chars=600, max_sentences=2)
    answer = answerer.answer("What goes wrong in LSPs without proper time to develop links?", [hit(best), hit(other)])
    assert "But like all links" not in answer.text
    assert "Partners who have time to develop links trust each other more. [2]" in answer.text


def test_a_figures_labels_run_together_are_a_label_row_not_a_sentence() -> None:
    figure = passage(
        label="Figure 5",
        kind="figure",
        text=(
            "Figure 5\nEach governance layer has different roles and responsibilities\n"
            "Commissioning and procurement Pooling Resource management Performance and finance reporting\n"
            "County and district LSPs have less experience of commissioning through an LSP\n"
            "Source: Pascale and Athos (Ref. 16) adapted by Audit Commission, 2008"
        ),
    )
    rows = [u.text for u in units_of(figure, 0) if is_label_row(figure, u)]
    assert rows == ["Commissioning and procurement Pooling Resource management Performance and finance reporting"]
    paragraph = passage(label="Paragraph 101", text="Metropolitan district and London LSPs have most experience.")
    assert not any(is_label_row(paragraph, u) for u in units_of(paragraph, 0))


def test_leans_back_reads_the_first_words_of_a_sentence() -> None:
    def unit(text: str) -> Unit:
        return Unit(0, 0, text)

    assert leans_back(unit("It is not new money."))
    assert leans_back(unit("But like all investments they need proper appraisal."))
    assert not leans_back(unit("However, since the change in Government we await guidance."))  # names its subject
    assert not leans_back(unit("This study used a mixed methods approach."))
    assert not leans_back(unit("Itchen partners meet monthly."))
    assert leans_back(unit("Some of those obstacles are area specific (Table 4)."))  # which obstacles: said before
    assert leans_back(unit("Yes, I would argue it is especially in areas such as the Regeneration Framework."))
    assert not leans_back(unit("No LSP had evaluated its website."))  # 'No' as a determiner names its subject
    assert leans_back(unit("Many of these partnerships are new."))
    assert not leans_back(unit("Some of the thematic partnerships have their own statutory basis."))
    assert leans_back(unit("The group met monthly to scrutinise the:"))  # a case study's group, named before
    assert leans_back(unit("The review produced a saving of £0.9 million."))
    assert not leans_back(unit("The review of scrutiny found gaps."))  # says which review
    assert not leans_back(unit("The board meets quarterly."))  # every LSP has one


def test_a_sentence_opening_on_another_place_starts_that_places_story() -> None:
    asked = places_named("How often does Derbyshire's LSP Coordinators' Group meet?")
    assert asked == {"derbyshire"}  # the owner, not the capitalised common nouns 'Group' or 'Coordinators'
    assert places_named("What happened in Dorset?") == {"dorset"}
    assert places_named("Who chairs most LSPs?") == set()
    assert opens_elsewhere("Dorset’s Strategic Partnership Bridging Group involves the county.", asked)
    assert opens_elsewhere("In Dorset the chairs of the scrutiny committees meet.", asked)
    assert not opens_elsewhere("Derbyshire’s LSP Coordinators’ Group meets every three months.", asked)
    assert not opens_elsewhere("However, there were some key gatekeepers.", asked)  # a word, not a place
    assert not opens_elsewhere("Dorset’s group learnt from Derbyshire’s.", asked)  # it names the place asked of


def test_a_lead_in_whose_items_lie_in_the_next_passage_does_not_end_the_answer() -> None:
    case = passage(
        label="Case study 2",
        kind="case_study",
        text=(
            "The six councils in East Sussex produced an integrated community strategy for 2008 to 2026. "
            "The partners agreed a shared vision and plans to achieve it together. In children’s services:"
        ),
    )
    idf = {"council": 1.0, "community": 2.0, "strategy": 3.0, "plan": 3.0, "vision": 3.0, "east": 4.0}
    answer = ExtractiveAnswerer(idf=idf, max_chars=600).answer("What plans did East Sussex agree?", [hit(case)])
    assert "produced an integrated community strategy" in answer.text
    assert "children’s services" not in answer.text
    assert not answer.text.rstrip(" [1]").endswith(":")


def test_a_list_question_takes_the_list_another_passages_sentence_leads_into() -> None:
    quote = passage(
        label="Paragraph 70",
        paragraphs=(70,),
        text="Over-emphasis on performance detail in meetings sends the wrong signals: it deters private partners.",
    )
    habits = passage(
        label="Paragraph 65",
        paragraphs=(65,),
        text=(
            "The arrangements for meetings can send unintentional signals. In some case study LSPs:\n"
            "• the local authority representatives sat at a separate ‘top table’;\n"
            "• community representatives were not allowed to sit at the main table."
        ),
    )
    idf = {"meeting": 3.0, "signal": 5.0, "habit": 6.0, "partnership": 1.0, "board": 2.0, "style": 3.0}
    answerer = ExtractiveAnswerer(idf=idf, max_chars=600)
    answer = answerer.answer("What meeting habits send the wrong signals?", [hit(quote, 1.0), hit(habits, 0.95)])
    assert "In some case study LSPs: [2]" in answer.text
    assert "• the local authority representatives sat at a separate ‘top table’; [2]" in answer.text
    assert _LIST_Q.search("What meeting habits send the wrong signals?")
    assert not _LIST_Q.search("What is the main problem with meetings?")


def test_a_long_lower_case_line_without_a_full_stop_is_a_sentence_not_a_heading() -> None:
    assert is_heading("Promoting joint working and local profile")
    assert is_heading("Council partnerships lead")
    assert is_heading("Source: Audit Commission, 2008")
    assert not is_heading("The working practices of the OSP fit the good practice outlined in the 7S framework")
    assert not is_heading("Partners meet every month to agree the agenda.")
    assert not is_heading("The self-assessment is at www. improvementnetwork.gov.uk/lsp")  # an address: no stop
    assert is_heading("www.audit-commission.gov.uk")  # an address alone is no sentence


def test_a_sentence_pointing_back_comes_with_the_sentence_it_points_to() -> None:
    review = passage(
        label="Paragraph 75",
        paragraphs=(75,),
        text="LSPs should be clear whether money spent on partnership branding and websites adds value.",
    )
    websites = passage(
        label="Paragraph 74",
        paragraphs=(74,),
        text=(
            "Partnership boards met in many places. Nine case study LSPs had websites. "
            "But none of them had evaluated whether the money spent on branding and websites was worth it."
        ),
    )
    idf = {"lsp": 1.0, "website": 5.0, "branding": 5.0, "money": 2.0, "spent": 3.0, "worth": 4.0, "evaluated": 4.0}
    answerer = ExtractiveAnswerer(idf=idf, max_chars=600)
    question = "Have LSPs checked whether spending on websites is worth it?"
    answer = answerer.answer(question, [hit(review), hit(websites)])
    assert "Nine case study LSPs had websites. [2] But none of them had evaluated" in answer.text


def test_a_case_study_title_is_not_quoted_as_a_sentence() -> None:
    quilt = passage(
        label="Case study 19",
        kind="case_study",
        text=(
            "Case study 19\nDerbyshire LSP uses the Quilt to help it agree priorities\n"
            "Derbyshire also produces a summary profile, the Quilt, with 33 key statistics for each community."
        ),
    )
    answerer = ExtractiveAnswerer(idf={"derbyshire": 4.0, "quilt": 6.0})
    answer = answerer.answer("What is Derbyshire's Quilt?", [hit(quilt)])
    assert "uses the Quilt to help" not in answer.text
    assert "a summary profile, the Quilt, with 33 key statistics" in answer.text


def test_the_first_ranked_passages_sentence_that_points_back_comes_with_the_one_before_it() -> None:
    derby = passage(
        label="Case study 20",
        kind="case_study",
        text=(
            "Derby’s data quality framework covers performance measurement for the SCS and LAA. "
            "It follows the six data quality dimensions (accuracy, validity and reliability)."
        ),
    )
    policy = passage(
        label="Paragraph 122",
        paragraphs=(122,),
        text="Derby’s shared data quality policy follows quality dimensions.",
    )
    idf = {"derby": 5.0, "data": 2.0, "quality": 3.0, "policy": 3.0, "dimension": 5.0, "shared": 2.0}
    answerer = ExtractiveAnswerer(idf=idf, max_chars=600)
    answer = answerer.answer("What data quality dimensions does Derby's shared policy follow?",
                             [hit(derby, 1.0), hit(policy, 0.9)])  # fmt: skip
    first = "Derby’s data quality framework covers performance measurement for the SCS and LAA. [1] It follows the six"
    assert answer.text.startswith(first)
    assert "Derby’s shared data quality policy follows quality dimensions. [2]" in answer.text


def test_a_quoted_sentence_from_another_passage_comes_as_its_whole_quotation_with_its_speaker() -> None:
    synergy = passage(
        label="Paragraph 77",
        paragraphs=(77,),
        text=(
            "Synergy cannot be taken for granted. ‘We look how theme groups can contribute to each other’s results. "
            "That is going to be much more robust under the new statutory LAA.’\nLSP director"
        ),
    )
    office = passage(
        label="Paragraph 60",
        paragraphs=(60,),
        text="‘We have good relationships with the government office. It backs the LSP and the LAA.’\nCouncil director",
    )
    idf = {"council": 2.0, "director": 4.0, "laa": 3.0, "government": 3.0, "office": 4.0, "relationship": 4.0}
    answerer = ExtractiveAnswerer(idf=idf, max_chars=600)
    question = "What did a director say about relationships with the government office and the LAA?"
    answer = answerer.answer(question, [hit(synergy, 1.0), hit(office, 0.95)])
    quotation = (
        "‘We look how theme groups can contribute to each other’s results. [1] That is going to be much more robust "
        "under the new statutory LAA.’ (LSP director) [1]"
    )
    assert answer.text.startswith(quotation)  # the whole quotation, from where it opens, and who said it
    assert "(Council director) [2]" in answer.text
    assert "Synergy cannot be taken for granted" not in answer.text
    assert answer.text.count("That is going to be") == 1
    asked = "What did the council director say about relationships with the government office and the LAA?"
    council = answerer.answer(asked, [hit(synergy, 1.0), hit(office, 0.95)])
    assert council.text.startswith("‘We have good relationships with the government office.")  # theirs, not
    assert "(LSP director)" not in council.text  # another director's


def test_a_tables_first_row_without_a_full_stop_reads_as_its_column_heads() -> None:
    chairs = passage(
        label="Table 3",
        kind="table",
        text=(
            "Table 3\nChoosing a chair\nDoes the choice of chair send the right or wrong message about LSP style?\n"
            "LSP chair Positive interpretation Negative interpretation Council leader or elected mayor\n"
            "Democratic accountability Council domination"
        ),
    )
    units = units_of(chairs, 0)
    heads = [u.text for u in units if is_column_heads(u, units)]
    assert heads == ["LSP chair Positive interpretation Negative interpretation Council leader or elected mayor"]
    questions = passage(label="Table 5", kind="table", text="Table 5\nChain questions\nIs it clear? Is it fit?")
    units = units_of(questions, 0)
    assert not any(is_column_heads(u, units) for u in units)
    set_out = passage(
        label="Table 3",
        kind="table",
        text=(
            "Table 3\nChoosing a chair\nLSP chair: Council leader or elected mayor | Positive interpretation: "
            "Democratic accountability\nLSP chair: Council officer | Positive interpretation: Commitment"
        ),
    )
    units = units_of(set_out, 0)
    assert not any(is_column_heads(u, units) for u in units)  # a row set out with its column names, the first too


def test_a_near_best_sentence_of_the_same_passage_beyond_the_span_joins_the_answer() -> None:
    figure = passage(
        label="Figure 8",
        kind="figure",
        text=(
            "Figure 8\nPromoting joint working\nBolton has a brand, ‘The Bolton Family’, for a shared identity.\n"
            "Partners print it on leaflets. Partners put it on reports. Partners add it to websites.\n"
            "The Bolton brand built a shared identity."
        ),
    )
    idf = {"bolton": 5.0, "brand": 5.0, "shared": 2.0, "identity": 4.0, "partner": 1.0}
    answerer = ExtractiveAnswerer(idf=idf, max_chars=160, max_sentences=2)
    answer = answerer.answer("What brand has Bolton used to build a shared identity?", [hit(figure)])
    assert answer.text == (
        "Bolton has a brand, ‘The Bolton Family’, for a shared identity. [1] Partners print it on leaflets. [1] "
        "The Bolton brand built a shared identity. [1]"
    )
    assert answer.citations[0].quote.endswith("on leaflets. … The Bolton brand built a shared identity.")  # a skip


def test_a_date_and_a_name_in_separate_stretches_of_one_passage_do_not_answer_when() -> None:
    stretches = runs(
        [Unit(0, 6, "The Breightmet Health Centre includes a new library."),
         Unit(0, 1, "The Vision Partnership started in 1995."),
         Unit(0, 2, "The council could not solve problems alone.")]
    )  # fmt: skip
    assert [[u.text for u in run] for run in stretches] == [
        ["The Vision Partnership started in 1995.", "The council could not solve problems alone."],
        ["The Breightmet Health Centre includes a new library."],
    ]


def test_a_figure_caption_naming_what_is_asked_is_quoted_however_short(answerer: ExtractiveAnswerer) -> None:
    figure = Passage(
        id="fig3", doc_id="doc", title="Working better together", section="Chapter 2 > The 7S framework",
        kind="figure", label="Figure 3",
        text=(
            "Figure 3\nA framework for assessing local partnership working\n"
            "Systems Guiding local decision making\nStyle Ways of working\nSteering Enabling\nStandards Regulation\n"
            "Source: Adapted from Modernising Adult Social Care (Ref. 17)"
        ),
    )  # fmt: skip
    answer = answerer.answer("On the 7S diagram, what captions sit under steering and standards?", [hit(figure)])
    assert not answer.refused
    assert "Steering Enabling [1]" in answer.text.split("\n")  # each caption on a line of its own
    assert "Standards Regulation [1]" in answer.text.split("\n")


def test_a_block_asked_about_by_its_number_is_quoted_from_its_title(answerer: ExtractiveAnswerer) -> None:
    table = Passage(
        id="t8", doc_id="doc", title="Working better together", section="Chapter 4 > Performance",
        kind="table", label="Table 8",
        text=(
            "Table 8\nPerformance reporting layers\nGovernance layer Frequency of performance data\n"
            "Strategic Three to four times a year.\nExecutive Six to twelve times a year.\n"
            "Operational Twelve to 52 times a year.\nSource: Audit Commission, 2008"
        ),
    )  # fmt: skip
    answer = answerer.answer("What does Table 8 show?", [hit(LAYERS, 2.0), hit(table, 1.0)])
    assert [c.passage.label for c in answer.citations] == ["Table 8"]
    assert answer.text.startswith("Performance reporting layers [1]")
    for row in ("Strategic Three to four times a year.", "Operational Twelve to 52 times a year."):
        assert row in answer.text
    assert whole_block("What does Table 9 show?", [hit(table)], limit=1000) == []  # not among the hits


def test_a_glossary_line_that_only_spells_a_term_out_is_not_added_beside_the_answer() -> None:
    lpsb = passage(label="Appendix 2: LPSB", kind="glossary", text="LPSB: Local public service board.")
    board = passage(
        label="Figure 7",
        kind="figure",
        text=(
            "Figure 7\nWhat a good board looks like\nGood boards have members who challenge each other's performance. "
            "Good board meetings have strategic and ambitious discussions."
        ),
    )
    idf = {"board": 2.0, "public": 2.0, "service": 2.0, "good": 1.0, "meeting": 3.0, "discussion": 3.0}
    question = "What discussions should good public service board meetings have?"
    answer = ExtractiveAnswerer(idf=idf).answer(question, [hit(lpsb, 1.0), hit(board, 0.9)])
    assert "Local public service board." not in answer.text
    assert "strategic and ambitious discussions" in answer.text


def test_a_line_repeating_its_passages_heading_is_not_quoted_as_a_statement() -> None:
    forward = passage(
        label="Looking forward – the future of LSPs",
        kind="text",
        text=(
            "• Looking forward – the future of LSPs\n"
            "The Audit Commission want councils and partners to use this report to help them to work better together.\n"
            "As stated earlier, the future of LSPs will become clearer when the Government makes clear its thinking."
        ),
    )
    answer = ExtractiveAnswerer(idf={"future": 4.0, "lsp": 1.0}).answer("What is the future of LSPs?", [hit(forward)])
    assert "Looking forward" not in answer.text
    assert "the future of LSPs will become clearer" in answer.text


def test_what_is_a_long_form_takes_a_sentence_about_it_by_its_acronym_as_about_it() -> None:
    answerer = ExtractiveAnswerer(idf={}, acronyms={"DCA": "delivery chain analysis"})
    subject = defined_subject("What is delivery chain analysis?", answerer.acronyms)
    assert subject is not None
    assert subject.match("DCA reviews and improves the processes that link strategic objectives to action.")
    assert subject.match("Delivery chain analysis reviews the processes.")
    assert not subject.match("LSPs can use social network analysis and delivery chain analysis.")


def test_what_is_an_acronym_takes_the_sentence_spelling_it_out_in_brackets_as_about_it() -> None:
    subject = defined_subject("What is the DSP?", {})
    assert subject is not None
    assert subject.match("In 2006 the group jointly scrutinised the Dorset Strategic Partnership (DSP).")
    assert subject.match("The DSP met monthly.")
    assert not subject.match("The group met monthly to scrutinise the support and development of the DSP;")
    assert not subject.match("Members of the local public service board (LPSB) met.")


def test_a_glossary_term_used_as_a_modifier_is_not_the_thing_asked_about() -> None:
    laas = passage(label="Appendix 2: LAAs", kind="glossary", text="LAAs: Local area agreements. They last years.")
    prg = passage(
        label="Appendix 2: PRG",
        kind="glossary",
        text="PRG: Performance reward grant. LAAs also have a performance reward element.",
    )
    assert definition("What is the LAA reward grant?", [hit(laas), hit(prg)]) == []
    assert definition("What is an LAA?", [hit(laas), hit(prg)])[0].unit.text == "LAAs: Local area agreements."


def test_a_glossary_term_after_a_preposition_is_not_the_thing_asked_about() -> None:
    lsp = passage(label="Appendix 2: LSP", kind="glossary", text="LSP: local strategic partnership. LSPs are many.")
    assert definition("What are the long-term objectives of an LSP?", [hit(lsp)]) == []  # objectives
    assert definition("What is the role of an LSP?", [hit(lsp)])[0].unit.text.startswith("LSP: local")


def test_a_shorter_restatement_of_a_quoted_sentence_echoes_it() -> None:
    quoted = (
        "Over-emphasis on the detail of public sector performance and LAA activity in strategic board meetings can "
        "deter private and voluntary sector partners; goodwill can quickly evaporate."
    )
    summary = (
        "• Over-emphasis on the details of performance in strategic meetings can deter private and voluntary sector "
        "partners."
    )
    assert echoes(quoted, summary)
    assert not echoes(summary, quoted)  # the longer sentence says more than the summary did
    assert not echoes(quoted, "Partners can deter nothing.")  # too few words to say it was all said before


LAYERS_TABLE = Passage(
    id="table8", doc_id="doc", title="Working better together", section="Chapter 4 > Performance",
    kind="table", label="Table 8",
    text=(
        "Table 8\nPerformance reporting layers\n"
        "Are partners meeting at the right frequency – and are they discussing the right things?\n"
        "Governance layer: Strategic | Frequency of performance data: Three to four times a year. | "
        "Purpose: Challenge performance. Give an account to partners.\n"
        "Governance layer: Executive | Frequency of performance data: Six to twelve times a year. | "
        "Purpose: Monitor performance. Give an account to strategic level.\n"
        "Governance layer: Operational | Frequency of performance data: Twelve to 52 times a year. | "
        "Purpose: Take immediate action. Give an account to executive level.\n"
        "Source: Audit Commission, 2008"
    ),
)  # fmt: skip


def test_a_set_out_table_row_is_one_unit_and_its_heading_lines_are_not_rows() -> None:
    units = units_of(LAYERS_TABLE, 0)
    rows = [u for u in units if " | " in u.text]
    assert len(rows) == 3 and all(u.cell for u in rows)  # not cut at 'a year.' into sentences
    assert rows[0].text.endswith("Give an account to partners.")


def test_the_row_a_question_names_answers_it_alone() -> None:
    idf = {"executive": 5.0, "layer": 4.0, "performance": 2.0, "data": 2.0, "often": 3.0, "strategic": 5.0}
    answerer = ExtractiveAnswerer(idf=idf, max_chars=600)
    answer = answerer.answer("How often should the executive layer look at performance data?", [hit(LAYERS_TABLE)])
    assert answer.text.startswith("Governance layer: Executive | Frequency of performance data: Six to twelve")
    assert "Strategic |" not in answer.text and "Operational |" not in answer.text
    assert "Are partners meeting" not in answer.text  # the table's heading is what its rows are about, no answer


def test_every_row_a_question_names_comes_back_whole() -> None:
    idf = {"strategic": 5.0, "operational": 5.0, "layer": 4.0, "performance": 2.0, "data": 2.0, "often": 3.0}
    answerer = ExtractiveAnswerer(idf=idf, max_chars=300)  # two rows are longer than the budget of a sentence span
    question = "How often do the strategic and operational layers get performance data?"
    lines = answerer.answer(question, [hit(LAYERS_TABLE)]).text.split("\n")
    assert [line.split(" | ")[0] for line in lines] == ["Governance layer: Strategic", "Governance layer: Operational"]


def test_a_row_whose_first_cell_is_only_a_stop_word_is_named_by_no_question() -> None:
    other = Passage(
        id="t3b", doc_id="doc", title="Working better together", section="Chapter 3", kind="table", label="Table 3",
        text="LSP chair: Private sector | Negative interpretation: Lack of public accountability\n"
        "LSP chair: Other | Negative interpretation: Lack of public accountability",
    )  # fmt: skip
    answerer = ExtractiveAnswerer(idf={"private": 5.0, "sector": 3.0, "chair": 3.0, "signal": 4.0}, max_chars=600)
    answer = answerer.answer("What does a private sector chair signal?", [hit(other)])
    assert "Private sector" in answer.text and "LSP chair: Other |" not in answer.text


def test_a_bullet_of_several_sentences_echoes_when_half_of_them_restate_the_quote() -> None:
    quoted = "The choice of chair can send positive or negative messages to local stakeholders (Table 3)."
    restated = (
        "• The choice of chair can send positive or negative messages to stakeholders. "
        "LSPs are democratically accountable to local people through councillors’ roles."
    )
    assert echoes(quoted, restated)
    new = "• Council leaders chair most LSPs. Cabinets agree the appointment. The choice of chair can send messages."
    assert not echoes(quoted, new)  # one of three restates it: the bullet still says something new


def test_the_same_sentence_with_a_reference_marker_echoes_it() -> None:
    appendix = "When the Secretary of State signs an LAA, it becomes a contract with the single-tier or county council."
    chapter = (
        "When the Secretary of State signs an LAA, it becomes a contract with the single tier or county council as "
        "accountable bodies (Ref. 11)."
    )
    assert echoes(appendix, chapter)  # '(Ref. 11)' is where the sentence comes from, not more that it says
    assert not echoes(appendix, "The LAA becomes a contract with the district council (Ref. 11).")


def test_a_sentence_in_the_reports_words_answers_a_question_in_everyday_words(tmp_path: Path) -> None:
    funds = Passage(
        id="p10", doc_id="doc", title="Working better together", section="Chapter 4 > Resources", kind="table",
        label="Table 10",
        text="Partners take legal advice. Pooled funds have no separate legal existence.",
    )  # fmt: skip
    question = "Does a joint pot have its own legal identity?"
    idf = {"legal": 3.0, "advice": 4.0, "pooled": 4.0, "fund": 3.0, "existence": 5.0, "joint": 3.0, "pot": 6.0}
    path = tmp_path / "thesaurus.yaml"
    path.write_text("- ask: [joint pot]\n  report: [pooled]\n- ask: [legal identity]\n  report: [legal existence]\n")
    plain = ExtractiveAnswerer(idf=idf, max_chars=60)
    assert plain.answer(question, [hit(funds)]).text == "Partners take legal advice. [1]"
    worded = ExtractiveAnswerer(idf=idf, max_chars=60, thesaurus=read_thesaurus(path))
    assert worded.answer(question, [hit(funds)]).text == "Pooled funds have no separate legal existence. [1]"


@pytest.mark.parametrize(
    ("question", "numeric"),
    [("When did LSPs start?", True), ("From when did APACS apply to police forces?", True),
     ("Who chairs it, and when was it set up?", True), ("How often does the board meet?", True),
     ("Who is accountable when an LSP fails?", False),
     ("Does it cause problems when a health trust's patch covers several partnerships?", False)],
)  # fmt: skip
def test_when_asks_for_a_date_only_as_a_question_word(question: str, numeric: bool) -> None:
    assert bool(_NUMBER_Q.search(question)) is numeric


@pytest.mark.parametrize(
    ("question", "text", "other"),
    [
        ("What are the hard elements of the 7S framework?",
         "This chapter explores the three transformational elements of the 7S framework:", True),
        ("What are the hard elements of the 7S framework?",
         "The framework balances softer aspects … with harder aspects (steering, standards, and systems).", False),
        ("What are the hard elements of the 7S framework?",
         "Common frameworks fit into the standards and regulation element of the 7S framework.", True),
        ("What are the transformational factors?", "the three transformational elements of the 7S framework", False),
        ("What are the main elements of the 7S framework?", "the three transformational elements", False),
        ("What are the three layers of joint working?", "the strategic, executive and operational layers", False),
        ("Which elements of the 7S framework are hard?", "the three transformational elements", True),
        ("Which elements are the soft ones (7S framework)?", "the three transactional elements", True),
        ("Which elements are most important?", "the three transactional elements", False),
        ("Which 7S elements are hard?", "the three transformational elements", True),
        ("Which are the hard ones (7S elements)?", "the three transformational elements", True),
        ("Which are the hard ones (7S elements)?", "Effective partnerships must understand all seven elements", True),
        ("Which are the hard ones (7S elements)?", "harder aspects (steering, standards, and systems)", False),
    ],
)  # fmt: skip
def test_a_sentence_naming_another_sort_of_what_is_asked_for_is_marked(question: str, text: str, other: bool) -> None:
    assert read(question, {}, Thesaurus()).names_another_sort(text) is other


def test_a_sentence_saying_the_sort_asked_for_is_marked() -> None:
    reading = read("Which elements are the soft ones (7S framework)?", {}, Thesaurus())
    assert reading.names_the_sort("The framework balances softer aspects of joint working (staff and skills…)")
    assert not reading.names_the_sort("These elements are most closely associated with running formal organisations.")


@pytest.mark.parametrize(
    ("question", "asked", "other"),
    [
        ("When should partners pool budgets rather than align them?", "Pooling", "Aligning"),
        ("When is it better to align than to pool?", "Aligning", "Pooling"),
        ("In what circumstances is aligning preferable to pooling?", "Aligning", "Pooling"),
    ],
)
def test_a_circumstances_question_is_answered_by_the_conditions_of_what_it_asks_about(
    question: str, asked: str, other: str
) -> None:
    everyday = read_thesaurus(Path(__file__).parents[1] / "corpus" / "words" / "everyday.yaml")  # pool: pooling
    reading = read(question, {}, everyday)

    def lead(name: str) -> Unit:
        return Unit(0, 0, f"{name} is more suitable when:", list_id=0, is_lead=True)

    assert reading.sets_conditions(lead(asked))
    assert not reading.sets_conditions(lead(other))  # what it is compared with
    assert not read("When did LSPs start?", {}, Thesaurus()).sets_conditions(lead("Pooling"))


def test_a_quotation_before_the_best_sentence_comes_after_the_passages_other_sentences() -> None:
    story = passage(
        label="Case study 1",
        kind="case_study",
        text=(
            "Getting partners to agree was the biggest challenge.\n‘You can see the commitment in the decisions. "
            "The money will go to the north of the county.’\nDistrict council corporate director\n"
            "£500,000 was redirected in 2008/09. The LSP takes the lead role."
        ),
    )
    units = units_of(story, 0)
    by_text = {u.text: u for u in units}
    best = by_text["£500,000 was redirected in 2008/09."]
    picks = [Pick(u, 5.0 if u is best else 1.0) for u in units[1:]]  # the quotation, its speaker, and after
    answer = compose("What was redirected?", "What was redirected?", picks, [story], "extractive")
    assert answer.text.startswith("£500,000 was redirected in 2008/09. [1] The LSP takes the lead role. [1]")
    assert answer.text.endswith("north of the county.’ (District council corporate director) [1]")
    assert answer.citations[0].quote.startswith("‘You can see the commitment")  # the quote keeps the passage's order
    quoted_best = [Pick(u, 5.0 if u.said_by is not None else 1.0) for u in units[1:]]  # a quotation that answers
    kept = compose("What did the director say?", "What did the director say?", quoted_best, [story], "extractive")
    assert kept.text.startswith("‘You can see the commitment")  # stays where it is


def test_whose_role_a_question_asks_about_is_named_by_each_of_its_names() -> None:
    acronyms = {"PCT": "Primary care trust"}
    assert role_holder("What role does the PCT play?", acronyms) == (
        frozenset({"pct"}),
        frozenset({"primarycaretrust"}),  # a trust's name is one word, as the reports' text reads it
    )
    assert role_holder("What is the role of the council leader in an LSP?", acronyms) == (
        frozenset({"council", "leader"}),
    )
    assert role_holder("What role do police play in LSPs?", acronyms) == (frozenset({"police"}),)
    assert role_holder("Who chairs most LSPs?", acronyms) == ()
    reading = read("What role does the PCT play?", acronyms, Thesaurus())
    assert not reading.names_the_holder("Local authority chief executives play a crucial role in governance.")
    assert reading.names_the_holder("In others the PCTs’ involvement was patchy.")
    assert reading.names_the_holder("Primary care trusts receive budgets directly.")


def test_a_list_whose_lead_in_points_back_comes_with_the_sentence_it_points_to() -> None:
    multi_tier = passage(
        label="Paragraph 71",
        text=(
            "Multi-tier LSPs face added challenges. They have to develop a style that:\n"
            "• recognises the distinctive roles of district LSPs;\n"
            "• overcomes a view of local authority domination; and\n"
            "• deals with partners’ confusion about county and district LSPs."
        ),
    )
    answerer = ExtractiveAnswerer(idf={"district": 4.0, "county": 3.0, "lsp": 1.0, "style": 3.0})
    answer = answerer.answer("What style must county and district LSPs develop?", [hit(multi_tier)])
    lines = answer.text.split("\n")
    assert lines[0] == "Multi-tier LSPs face added challenges. [1] They have to develop a style that: [1]"  # not 'They'
    assert len(lines) == 4  # alone, then every item


def test_a_best_sentence_that_points_back_comes_with_the_sentence_it_points_to() -> None:
    derbyshire = passage(
        label="Case study 3",
        kind="case_study",
        text=(
            "Case study 3\nJoining up county and districts\n"
            "Derbyshire’s LSP Coordinators’ Group brings county and district LSP representatives together every "
            "three months. They discuss issues and share experience. The group helps LSPs to avoid duplication."
        ),
    )
    idf = {"share": 5.0, "experience": 5.0, "issue": 3.0, "duplication": 2.0, "lsp": 1.0}
    answerer = ExtractiveAnswerer(idf=idf, max_sentences=2)  # room for one sentence beside the best
    answer = answerer.answer("Where do LSPs share experience, discuss issues and avoid duplication?", [hit(derbyshire)])
    assert answer.text.startswith("Derbyshire’s LSP Coordinators’ Group brings")  # who 'They' are, first
    assert "They discuss issues and share experience. [1]" in answer.text
    assert "duplication" not in answer.text  # the sentence it points to, not the better-scoring one after it


def _case(label: str, text: str) -> Passage:
    return Passage(id=label, doc_id="doc", title="Working better together", section="Chapter 3", kind="case_study",
                   label=label, text=text)  # fmt: skip


def test_a_place_asked_about_as_a_whole_gets_a_sentence_from_each_passage_telling_of_it() -> None:
    brand = _case(
        "Figure 8",
        "Figure 8\nBuilding a brand\nBolton Vision has invested in a brand to develop a shared culture.\n"
        "‘When we put out consultation documents, we put the Bolton brand on.’\n(PCT chief executive)",
    )
    sna = _case("Case study 8", "Case study 8\nMapping links\nThe Bolton SNA focused on links between partners.")
    roll = _case("Paragraph 169", "The case study councils were: Blackburn with Darwen, Bolton, Derby, Derbyshire, "
                 "Dorset, East Sussex, and Gateshead.")  # fmt: skip
    hits = [hit(brand), hit(roll), hit(sna)]
    for question in ("Tell me about Bolton", "What do the reports say about Bolton?", "Can you tell me about Bolton?"):
        picks = place_overview(question, hits, 600)
        assert [p.unit.text for p in picks] == [
            "Bolton Vision has invested in a brand to develop a shared culture.",  # not its quotation, nor its title
            "The Bolton SNA focused on links between partners.",  # not the roll call of case study councils
        ]
        assert [p.unit.passage_index for p in picks] == [0, 2]
    assert place_overview("Tell me about Blackburn with Darwen", hits, 600) == []  # named only in the roll call
    assert place_overview("Tell me about scrutiny", hits, 600) == []  # no place: the answer chooses sentences
    assert len(place_overview("tell me about bolton", hits, 600)) == 2  # typed in lower case: the reports' capital
    board = _case("Case study 16", "Case study 16\nScrutiny\nThe Scrutiny Management Board met. Its scrutiny was good.")
    assert place_overview("Tell me about Scrutiny", [hit(board)], 600) == []  # written in lower case too: a topic
    assert place_overview("What did Bolton do?", hits, 600) == []  # a question about it, not it as a whole
    assert len(place_overview("Tell me about Bolton", hits, 70)) == 1  # as far as the budget goes
    figure = hit(brand.model_copy(update={"kind": "figure"}))
    cases = place_overview("Which case studies involve Bolton?", [figure, hit(roll), hit(sna)], 600)  # case studies
    assert [p.unit.text for p in cases] == ["The Bolton SNA focused on links between partners."]
    assert [p.unit.passage_index for p in cases] == [2]
    assert place_overview("Which case studies involve scrutiny?", [hit(board)], 600) == []  # a topic: choose


SUMMARY = Passage(
    id="summary", doc_id="doc", title="Working better together", section="Summary", kind="summary", label="Summary",
    text=(
        "LSPs must bring a complex network of local agencies together to achieve common goals.\n"
        "• LSPs work through three main layers:\n"
        "• strategic: oversight, vision, and direction-setting;\n"
        "• executive: resource allocation and performance management; and\n"
        "• operational: service management and delivery.\n"
        "• Most LSPs lack mechanisms for assigning mainstream resources to the goals of the SCS.\n"
        "• Effective joint working needs purposeful relationship management.\n"
        "• There is little evidence that councils use overview and scrutiny to hold LSPs to account."
    ),
)  # fmt: skip


def test_a_summary_point_comes_with_the_bullets_it_leads_into() -> None:
    points = summary_points(units_of(SUMMARY, 0)[1:])
    assert [len(p) for p in points] == [4, 1, 1, 1]  # '…three main layers:' runs to '…delivery.'
    assert [p[0].text for p in points_about({"resource"}, units_of(SUMMARY, 0))] == [
        "• LSPs work through three main layers:",  # its 'executive: resource allocation…' tells of resources
        "• Most LSPs lack mechanisms for assigning mainstream resources to the goals of the SCS.",
    ]
    about = points_about({"performance", "management"}, units_of(SUMMARY, 0))
    assert [p[0].text for p in about] == ["• LSPs work through three main layers:"]  # not 'relationship management'


def test_the_main_findings_about_a_topic_are_the_summary_points_about_it() -> None:
    other = Passage(id="p", doc_id="doc", title="t", section="Chapter 4", kind="paragraph", label="Paragraph 109",
                    text="Overview and scrutiny enables councils to hold LSPs to account.")  # fmt: skip
    hits = [hit(other), hit(SUMMARY)]
    picks = findings_about("What are the key messages on scrutiny?", hits, 600)
    assert [p.unit.text for p in picks] == [
        "• There is little evidence that councils use overview and scrutiny to hold LSPs to account."
    ]
    assert picks[0].unit.passage_index == 1  # the summary's point, not the chapter's sentence
    layers = findings_about("Summarise the findings on resources", hits, 600)
    assert layers[0].unit.text == "• LSPs work through three main layers:" and len(layers) == 5  # items too
    assert len(findings_about("Summarise the findings on resources", hits, 100)) == 4  # the budget: one point
    assert findings_about("What are the main findings?", hits, 600) == []  # the headlines answer that
    assert findings_about("What did the report find about scrutiny?", hits, 600) == []  # the chapters too
    assert findings_about("What are the main findings about pooling?", hits, 600) == []  # no point about it


def test_which_areas_did_something_gets_one_sentence_from_each_case_study_telling_of_it() -> None:
    answerer = ExtractiveAnswerer(idf=IDF, max_chars=600, min_support=0.3, acronyms={"SNA": "social network analysis"})
    bolton = _case(
        "Case study 8",
        "Case study 8\nSocial network analysis in Bolton\nThe Bolton SNA focused on links between the community "
        "safety partnership and the network. The SNA identified 210 people.",
    )
    derbyshire = _case(
        "Case study 7",
        "Case study 7\nSocial network analysis in Derbyshire\nThe Derbyshire SNA focused on an operational "
        "partnership to help people with disabilities get employment.",
    )
    glossary = Passage(
        id="sna", doc_id="doc", title="t", section="Appendix 2", kind="glossary", label="Appendix 2: SNA",
        text="SNA: Social network analysis. It maps the links between people.",
    )  # fmt: skip
    question = "Which areas used social network analysis?"
    answer = answerer.answer(question, [hit(glossary), hit(bolton), hit(derbyshire, 0.8)])
    assert [s for s, _ in statements(answer)] == [
        "The Bolton SNA focused on links between the community safety partnership and the network.",
        "The Derbyshire SNA focused on an operational partnership to help people with disabilities get employment.",
    ]  # each place's own sentence, not the glossary entry, nor Bolton's story alone
    one = answerer.answer(question, [hit(glossary), hit(bolton)])
    assert "SNA: Social network analysis." in one.text  # one place found: the answer is chosen as ever


def test_what_a_document_is_for_is_its_aims_with_their_list() -> None:
    method = _case("Paragraph 170", "Fieldwork took place between October 2007 and May 2008. Michael Hughes was the "
                   "study director.")  # fmt: skip
    aims = _case(
        "Paragraph 9",
        "This study aims to:\n• identify how well LSPs manage performance;\n• explore opportunities for "
        "improvement; and\n• provide practical guidance for partners in LSPs.\nThe guidance is online.",
    )
    for question in ("Why did the Audit Commission do this study?", "What was the purpose of the report?"):
        picks = document_aims(question, [hit(method), hit(aims)], 600)
        assert [p.unit.text for p in picks] == [
            "This study aims to:",
            "• identify how well LSPs manage performance;",
            "• explore opportunities for improvement; and",
            "• provide practical guidance for partners in LSPs.",
        ]  # not the fieldwork dates, nor the sentence after the list
        assert {p.unit.passage_index for p in picks} == {1}
    assert document_aims("What was the purpose of the report?", [hit(method)], 600) == []  # none says: choose
    assert document_aims("What is the purpose of theme groups?", [hit(aims)], 600) == []  # not a document's


def test_whom_a_deed_was_done_to_is_every_item_of_the_list_telling_of_it() -> None:
    method = _case(
        "Paragraph 168",
        "This study used a mixed methods approach that included:\n• A policy and literature review.\n"
        "• Twelve case studies. These visits included:\n- 118 semi-structured interviews (with chief executives "
        "and LSP chairs);\n- observations of ten LSP meetings.\n• Five lighter touch case studies. There were 23 "
        "interviews in these authorities.",
    )
    idf = {"interviewed": 6.0, "interview": 6.0, "study": 1.0, "chief": 3.0}
    answerer = ExtractiveAnswerer(idf=idf, max_chars=500, max_sentences=4, min_support=0.0)
    answer = answerer.answer("Who was interviewed for the study?", [hit(method)])
    assert "118 semi-structured interviews (with chief executives and LSP chairs)" in answer.text  # whom
    assert "There were 23 interviews in these authorities." in answer.text  # and the other interviews
    assert "observations of ten LSP meetings" not in answer.text and "literature review" not in answer.text


def test_a_lead_in_ending_its_passage_is_followed_by_the_headings_of_the_passages_it_leads_into() -> None:
    def section(label: str, start: int, text: str) -> Passage:
        return Passage(id=label, doc_id="oxford", title="Summary paper", section=label, kind="text", label=label,
                       text=text, start=start)  # fmt: skip

    content = section("Content of the Report", 10, "Content of the Report\nThe report is broken into three sections:")
    first = section("Evolving Collaboration", 20, "• Evolving Collaboration\nOutlining how joint working evolved.")
    findings = section("Findings", 30, "• Partners’ commitment is vital.\n• Challenge is a sign of trust.")
    last = section("Looking forward", 40, "• Looking forward\nThe Audit Commission want councils to use it.")
    hits = [hit(content), hit(last), hit(findings), hit(first)]
    picks = continued_list("What are the sections of the report?", hits)
    assert [p.unit.text for p in picks] == [
        "The report is broken into three sections:",
        "• Evolving Collaboration",  # in the document's order, each the heading of its passage
        "• Looking forward",
    ]  # not '• Partners’ commitment is vital.', an item that heads no passage of its own
    assert [p.unit.passage_index for p in picks] == [0, 3, 1]
    assert continued_list("Who wrote the report?", hits) == []  # not asked about the sections
    assert continued_list("What are the sections of the report?", [hit(first), hit(content)]) == []  # not first


def test_a_block_cut_in_two_is_known_by_its_title_in_each_part() -> None:
    first = passage(label="Case study 20", kind="case_study", text="Case study 20\nDerby's data policy\nIt has plans.")
    second = passage(label="Case study 20", kind="case_study", text="There is a review every six months.", id="cs20b")
    whole = passage(label="Case study 4", kind="case_study", text="Case study 4\nBolton's vision\nIt began in 1995.")
    assert block_titles([first, second, whole]) == {("doc", "Case study 20"): "Derby's data policy"}  # one part: none
    question = "How often does Derby review its data policy?"
    idf = {"review": 3.0, "data": 2.0, "policy": 2.0, "six": 2.0, "month": 2.0, "often": 2.0, "derby": 6.0}
    blind = ExtractiveAnswerer(idf=idf)
    assert blind.answer(question, [hit(second)]).refused  # 'Derby' is in neither its text nor its label
    titled = ExtractiveAnswerer(idf=idf, titles=block_titles([first, second]))
    assert titled.answer(question, [hit(second)]).text == "There is a review every six months. [1]"


def test_these_things_in_a_sentence_are_the_things_named_in_the_sentence_before() -> None:
    workshops = passage(
        label="Paragraph 83",
        paragraphs=(83,),
        text=(
            "The delivery chain workshops brought partners together, some for the first time. Participants recognised "
            "that these workshops provided the right environment for developing new ideas. Advice is available online."
        ),
    )
    units = units_of(workshops, 0)
    assert named_before(units, units[1]) == "The delivery chain workshops"
    assert named_before(units, units[0]) == named_before(units, units[2]) == ""  # nothing pointed back to


def test_the_words_that_find_a_case_study_are_its_titles_and_carry_to_each_of_its_sentences() -> None:
    oldham = Passage(
        id="oldham", doc_id="doc", title="Working better together", section="Chapter 4 > Scrutiny",
        kind="case_study", label="Case study 16",
        text=(
            "Case study 16\nOldham’s scrutiny of partnerships\nCouncillors in Oldham reviewed their overview and "
            "scrutiny arrangements in 2006. They agreed that previous arrangements were inward looking.\n"
            "The new structure costs about £42,000 a year to run. Local stakeholders think it is far more effective."
        ),
    )  # fmt: skip
    assert located_by(oldham, units_of(oldham, 0)) == {"oldham", "scrutiny", "partnership"}
    assert located_by(CASE, units_of(CASE, 0)) == frozenset()  # no title line under its label: nothing carries
    assert located_by(LAYERS, units_of(LAYERS, 0)) == frozenset()  # a paragraph is found by its own sentences


def test_an_appendix_set_out_as_a_tick_matrix_is_a_table_to_its_reader() -> None:
    matrix = Passage(
        id="named", doc_id="doc", title="Working better together", section="Appendix 3: Named partners",
        kind="appendix", label="Appendix 3",
        text="Organisations Local strategic partnerships\nArts Council ✓\nPolice authorities ✓ ✓ ✓",
    )  # fmt: skip
    terms = Passage(**{**matrix.model_dump(), "id": "terms", "text": "Appendix 3 lists the named partners."})
    assert set_out_as(matrix) == {"appendix", "table"}
    assert set_out_as(terms) == {"appendix"}  # an appendix of prose is no table
    assert set_out_as(LAYERS) == {"paragraph"}
