"""One test per quiz check, on items built by hand from real passages of the 2009 study."""

from __future__ import annotations

from assistant.models import Passage
from assistant.quiz.checks import (
    check_answer_supported,
    check_explanation_cites,
    check_no_giveaway,
    check_no_true_distractor,
    check_options,
    failed_checks,
    same_form,
)
from assistant.quiz.models import QuizCitation, QuizItem
from assistant.text import normalize_for_match

TITLE = "Working better together? Managing local strategic partnerships"
SECTION = "Chapter 4: LSP progress – transactional factors > Influencing performance"
# Paragraph 100 of the 2009 study, as the corpus words it.
SENTENCE = (
    "While 75 per cent of partners agree that an LSP should challenge their performance against locally agreed "
    "outcomes, only 41 per cent say their LSP does."
)
PASSAGE = Passage(
    id="p100",
    doc_id="audit-commission-2009",
    title=TITLE,
    section=SECTION,
    paragraphs=(100,),
    kind="paragraph",
    label="Paragraph 100",
    text=SENTENCE,
)
EXPLANATION = f"The answer is “41 per cent”. Source: {TITLE} — {SECTION} — Paragraph 100. The report says: “{SENTENCE}”"
STEM = f"Which figure completes this statement from Paragraph 100? “{SENTENCE.replace('41 per cent', '_____')}”"


def item(**changes: object) -> QuizItem:
    """A passing multiple-choice item about Paragraph 100, with the given fields changed."""
    data: dict[str, object] = {
        "id": "t1",
        "type": "mcq",
        "question": STEM,
        "options": ("41 per cent", "58 per cent", "14 per cent", "72 per cent"),
        "answer": "41 per cent",
        "explanation": EXPLANATION,
        "citation": QuizCitation.of(PASSAGE),
        "kind": "percent",
        "key": "41 per cent",
        "quote": SENTENCE,
    }
    data.update(changes)
    return QuizItem(**data)  # type: ignore[arg-type]


def test_a_well_formed_item_passes_every_check() -> None:
    assert failed_checks(item()) == {}


def test_answer_key_must_occur_in_the_cited_passage() -> None:
    wrong = item(answer="44 per cent", key="44 per cent", options=("44 per cent", "58 per cent", "14 per cent"))
    assert check_answer_supported(wrong) == "answer key not in the cited passage"


def test_quoted_sentence_must_come_from_the_cited_passage() -> None:
    assert check_answer_supported(item(quote="Only 14 per cent of LSPs have mapped resources.")) is not None


def test_false_statement_must_be_contradicted_by_the_passage() -> None:
    swapped_to_a_passage_figure = item(
        type="truefalse",
        options=(),
        answer="False",
        swapped="75 per cent",
        question=f"True or false? Paragraph 100 states: “{SENTENCE.replace('41 per cent', '75 per cent')}”",
    )
    assert check_answer_supported(swapped_to_a_passage_figure) == "false statement is not contradicted by the passage"


def test_explanation_must_name_the_paragraph() -> None:
    assert check_explanation_cites(item(explanation=EXPLANATION.replace("Paragraph 100", "the report"))) == (
        "explanation does not name the paragraph or label"
    )


def test_explanation_must_quote_the_passage() -> None:
    unquoted = f"The answer is 41 per cent. Source: {TITLE} — {SECTION} — Paragraph 100."
    assert check_explanation_cites(item(explanation=unquoted)) == "explanation does not quote the passage"


def test_mcq_needs_exactly_one_correct_option() -> None:
    assert check_options(item(options=("58 per cent", "14 per cent", "72 per cent"))) == (
        "the answer is not exactly one of the options"
    )


def test_mcq_options_must_be_distinct() -> None:
    assert check_options(item(options=("41 per cent", "58 per cent", "58 per cent"))) == "options are not distinct"


def test_mcq_options_must_share_a_form() -> None:
    assert (
        check_options(item(options=("41 per cent", "£500,000", "2008", "Bolton"))) == "options are not of similar form"
    )
    assert same_form(["41 per cent", "58 per cent"]) and not same_form(["41 per cent", "41"])


def test_distractor_found_in_the_cited_passage_is_rejected() -> None:
    assert check_no_true_distractor(item(options=("41 per cent", "75 per cent", "14 per cent"))) == (
        "distractor '75 per cent' occurs in the cited passage"
    )


def test_distractor_that_is_true_elsewhere_in_the_reports_is_rejected() -> None:
    corpus = normalize_for_match(SENTENCE.replace("41 per cent", "58 per cent"))
    assert check_no_true_distractor(item(), corpus) == "distractor '58 per cent' is true elsewhere in the reports"


def test_question_must_not_contain_its_answer() -> None:
    assert check_no_giveaway(item(question=f"Which figure? “{SENTENCE}”")) == "question contains its answer"


def test_cloze_needs_exactly_one_blank() -> None:
    twice = item(type="cloze", options=(), question="_____ of partners agree, only _____ say so.")
    assert check_no_giveaway(twice) == "cloze needs exactly one blank"
