"""Questions of two parts: where they split, and how the two answers become one."""

from __future__ import annotations

import pytest

from assistant import Answer, Citation, Passage
from assistant.compound import joined, split_question


def passage(n: int, text: str) -> Passage:
    return Passage(id=f"p{n}", doc_id="d", title="T", label=f"Paragraph {n}", paragraphs=(n,), text=text)


def answer(question: str, *cited: tuple[Passage, str]) -> Answer:
    """An answer quoting each (passage, sentence) in turn, numbered by passage in first-cited order."""
    numbers: dict[str, int] = {}
    for p, _ in cited:
        numbers.setdefault(p.id, len(numbers) + 1)
    text = " ".join(f"{s} [{numbers[p.id]}]" for p, s in cited)
    quotes = {p.id: " ".join(s for q, s in cited if q.id == p.id) for p, _ in cited}
    by_id = {p.id: p for p, _ in cited}
    citations = tuple(Citation(number=n, passage=by_id[pid], quote=quotes[pid]) for pid, n in numbers.items())
    return Answer(question=question, text=text, citations=citations, standalone_question=question)


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Is area based grant extra money, and who signs off how it's spent?",
            ("Is area based grant extra money?", "Who signs off how it's spent?"),
        ),
        (
            "What was the Big Derbyshire Clean Up's budget and who put the money in?",
            ("What was the Big Derbyshire Clean Up's budget?", "Who put the money in?"),
        ),
        (
            "Which Act introduced Comprehensive Area Assessment, and what was CAA meant to review?",
            ("Which Act introduced Comprehensive Area Assessment?", "What was CAA meant to review?"),
        ),
    ],
)
def test_a_question_joining_two_with_and_is_split_into_them(question: str, parts: tuple[str, str]) -> None:
    assert split_question(question) == parts


@pytest.mark.parametrize(
    ("question", "second"),
    [
        ("Who wrote the study and when was it published?", "When was the study published?"),
        ("Who wrote the Oxford paper, and when was it written?", "When was the Oxford paper written?"),
        ("What did the report find, and who wrote it?", "Who wrote the report?"),
        ("Does the Oxford paper praise the OSP, and which plan does it single out?", "Which plan does it single out?"),
        ("What is the headline of Figure 12 in the report, and who doubts it?", "Who doubts it?"),  # where it is
    ],
)
def test_the_second_part_asks_when_or_by_whom_of_the_document_the_first_names(question: str, second: str) -> None:
    parts = split_question(question)
    assert parts is not None and parts[1] == second


@pytest.mark.parametrize(
    "question",
    [
        "What are the risks and benefits of pooled budgets?",  # one question of two things
        "Which elements are soft and which are hard?",  # the same question asked of another thing
        "Which parts count as 'transformational' and which as 'transactional'?",
        "When councillors scrutinise their LSP, what can they look at?",  # a clause, then the question
        "Who chairs and who approves?",  # too short a first part to stand alone
        "What is LIFT?",
    ],
)
def test_one_question_is_not_split(question: str) -> None:
    assert split_question(question) is None


def test_the_second_answer_follows_the_first_renumbered_with_a_shared_passage_keeping_its_number() -> None:
    p1, p2, p3 = passage(1, "a"), passage(2, "b"), passage(3, "c")
    first = answer("Is ABG new money?", (p1, "ABG is not new money."), (p2, "It is a grant."))
    second = answer("Who approves?", (p3, "The cabinet must approve spending."), (p2, "Councils decide."))
    both = joined("Is ABG new money, and who approves?", first, second)
    assert both.text == (
        "ABG is not new money. [1] It is a grant. [2]\n\nThe cabinet must approve spending. [3] Councils decide. [2]"
    )
    assert [(c.number, c.passage.id) for c in both.citations] == [(1, "p1"), (2, "p2"), (3, "p3")]
    assert both.citations[1].quote == "It is a grant. … Councils decide."
    assert both.question == "Is ABG new money, and who approves?"
    assert both.standalone_question == "Is ABG new money? Who approves?"


def test_when_the_second_answers_with_a_sentence_the_first_said_the_first_answers_both() -> None:
    p1 = passage(1, "a")
    first = answer("What was the budget?", (p1, "The £747,000 budget includes £100,000 from the police."))
    second = answer(
        "Who put the money in?",
        (p1, "The £747,000 budget includes £100,000 from the police."),  # its best, said already
        (p1, "It cut anti-social behaviour by 35 per cent."),  # beside it, no answer to who paid
    )
    both = joined("What was the budget and who put the money in?", first, second)
    assert both.text == first.text and both.citations == first.citations
    assert both.question == "What was the budget and who put the money in?"


def test_a_list_the_second_repeats_whole_is_left_out_and_what_it_adds_kept() -> None:
    p1, p2 = passage(1, "a"), passage(2, "b")
    first = answer("How many interviews?", (p1, "• 118 interviews;"), (p1, "• ten meetings."))
    second = answer("How many meetings?", (p1, "• 118 interviews;"), (p1, "• ten meetings."), (p2, "Ten were seen."))
    both = joined("How many interviews, and how many meetings?", first, second)
    assert both.text.endswith("\n\nTen were seen. [2]") and both.text.count("ten meetings") == 1


def test_a_sentence_the_first_answer_ran_into_another_counts_as_said() -> None:
    p1 = passage(1, "a")
    first = answer("Are the plans evidence based?", (p1, "It recommends evidence. Our plans are evidence based."))
    second = answer("Which plan is singled out?", (p1, "Our plans are evidence based."))
    assert joined("Are the plans evidence based, and which plan is singled out?", first, second).text == first.text


def test_a_list_whose_items_the_first_gave_under_another_lead_in_is_kept_whole() -> None:
    p1, p2 = passage(1, "a"), passage(2, "b")
    first = answer("What does the checklist cover?", (p1, "It covers:"), (p1, "• hosting;"), (p1, "• exit."))
    second = answer(
        "Who hosts?",
        (p2, "Partners agree a host."),
        (p1, "Before pooling, agree:"),
        (p1, "• hosting;"),
        (p1, "• exit."),
    )
    both = joined("What does the checklist cover, and who hosts?", first, second)
    assert both.text.endswith("\n\nPartners agree a host. [2] Before pooling, agree: [1] • hosting; [1] • exit. [1]")


def test_a_passage_whose_every_sentence_was_said_already_gets_no_citation() -> None:
    p1, p2, p3 = passage(1, "a"), passage(2, "b"), passage(3, "c")
    first = answer("What must the agreement say?", (p1, "It must say:"), (p1, "• who hosts;"), (p1, "• how to exit."))
    second = answer(
        "Who approves it?",
        (p2, "The cabinet approves."),
        (p3, "It must say:"),
        (p3, "• who hosts;"),
        (p3, "• how to exit."),
    )  # Paragraph 3 repeats Paragraph 1's list word for word
    both = joined("What must the agreement say, and who approves it?", first, second)
    assert both.text.endswith("\n\nThe cabinet approves. [2]")
    assert [(c.number, c.passage.id) for c in both.citations] == [(1, "p1"), (2, "p2")]
