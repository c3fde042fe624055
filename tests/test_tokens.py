"""Word tokens: British spelling, stop words and plural folds."""

from __future__ import annotations

import pytest

from assistant.tokens import british, in_british, tokenize


@pytest.mark.parametrize(
    ("american", "spelled"),
    [
        ("organization", "organisation"),
        ("prioritize", "prioritise"),
        ("prioritized", "prioritised"),
        ("analyze", "analyse"),
        ("behavior", "behaviour"),
        ("neighborhood", "neighbourhood"),
        ("program", "programme"),
        ("size", "size"),  # too short a stem to be an -ize verb
        ("citizens", "citizens"),
        ("seize", "seize"),
    ],
)
def test_american_spellings_are_written_the_reports_way(american: str, spelled: str) -> None:
    assert british(american) == spelled


def test_text_keeps_its_capitals_and_everything_else() -> None:
    assert in_british("How do Organizations use the LSP? Behavior, size.") == (
        "How do Organisations use the LSP? Behaviour, size."
    )


def test_tokens_match_across_spellings() -> None:
    assert tokenize("organizations prioritizing neighborhoods") == tokenize("organisations prioritising neighbourhoods")


def test_a_trust_named_as_a_body_is_one_word_apart_from_trust_between_partners() -> None:
    tokens = tokenize("children’s trust arrangements, NHS trusts, Primary Care Trusts and trust between partners")
    assert tokens == ["childrenstrust", "arrangement", "nhstrust", "primarycaretrust", "trust", "partner"]
    assert tokenize("What is a children's trust?") == ["childrenstrust"]  # asked by name, found by name


def test_a_name_in_mixed_case_is_no_everyday_word() -> None:
    assert tokenize("Rachel Thompson, National Adviser, IDeA") == [
        "rachel",
        "thompson",
        "national",
        "adviser",
        "ideaname",
    ]
    assert tokenize("What is IDeA?") == ["ideaname"]  # the question finds the name
    assert "idea" in tokenize("Is that a good idea?") and "ideaname" not in tokenize("Is that a good idea?")
