"""Text helpers on the reports' own punctuation and on questions: sentence splitting, exclusion clauses (pure)."""

from __future__ import annotations

import pytest

from assistant.text import asks, asks_in_lead, is_question, split_sentences, without_exclusion


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Audit Commission’s “Working better together? Managing LSPs” – a summary. The OSP is well led.",
            ["Audit Commission’s “Working better together? Managing LSPs” – a summary.", "The OSP is well led."],
        ),
        (
            "Published in 2009; ‘Working better together? Managing Local Strategic Partnerships’, reviews LSPs.",
            ["Published in 2009; ‘Working better together? Managing Local Strategic Partnerships’, reviews LSPs."],
        ),
        (
            "‘Do we need this? I think so.’ Then more.",  # a quotation opening the sentence is speech: split as usual
            ["‘Do we need this?", "I think so.’", "Then more."],
        ),
        (
            "Does the choice of chair matter? Council leaders chair most LSPs (Ref. 12). They often do.",
            ["Does the choice of chair matter?", "Council leaders chair most LSPs (Ref. 12).", "They often do."],
        ),
    ],
)
def test_a_question_mark_inside_a_quoted_title_does_not_end_the_sentence(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Apart from pooling and aligning, how else can partners bring money together?",
         "how else can partners bring money together?"),
        ("Other than the council, who sits on the board?", "who sits on the board?"),
        ("What did Bolton do apart from branding?", "What did Bolton do apart from branding?"),  # no opening clause
    ],
)  # fmt: skip
def test_an_opening_clause_naming_what_is_not_asked_is_dropped(question: str, asked: str) -> None:
    assert without_exclusion(question) == asked


def test_a_question_after_a_line_left_unstopped_is_a_sentence_of_its_own() -> None:
    text = (
        "The OSP is well led and has the right balance between honest and challenging discussion and performance "
        "management Is the OSP’s contribution to local outcomes greater than members’ separate activities? Yes, I "
        "would argue it is."
    )
    assert split_sentences(text) == [
        "The OSP is well led and has the right balance between honest and challenging discussion and performance "
        "management",
        "Is the OSP’s contribution to local outcomes greater than members’ separate activities?",
        "Yes, I would argue it is.",
    ]
    assert is_question("Is the OSP’s contribution to local outcomes greater than members’ separate activities?")
    title = "The Audit Commission study Are We There Yet? questioned the effectiveness of children’s trusts."
    assert split_sentences(title) == [title]  # a title in capitals is no question of the text's own


def test_a_lead_in_that_asks_is_told_from_one_that_tells() -> None:
    assert asks_in_lead("• What are the LSP support costs for:")
    assert asks_in_lead("How can the LSP do this:")
    assert not asks_in_lead("The Audit Commission will:")
    assert not asks_in_lead("What are the LSP support costs for?")  # a question, not a lead-in


def test_a_checklist_question_asks_though_its_ticks_follow_it() -> None:
    assert asks("How long will this agreement last – and how will we end or extend it? ✓ ✓")
    assert asks("How much money will each partner contribute? ✓")
    assert asks("How do partners contribute to the costs?")
    assert not asks("Pooled funds have no separate legal existence. ✓")
