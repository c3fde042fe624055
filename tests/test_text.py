"""Sentence splitting on the reports' own punctuation: abbreviations, references and quoted titles (pure)."""

from __future__ import annotations

import pytest

from assistant.text import split_sentences


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
