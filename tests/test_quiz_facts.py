"""Quiz facts from a passage's lists (counted lists, 'three layers:', and lists under a lead-in that states no size) and
from the abbreviations its sentences use."""

from __future__ import annotations

import random

from assistant.models import Passage
from assistant.quiz.facts import Fact, abbreviation_facts, list_facts, split_sentences
from assistant.quiz.generate import Pools, fits_article, make_item

TITLE = "Working better together? Managing local strategic partnerships"


def passage(text: str, label: str = "Paragraphs 110–111") -> Passage:
    return Passage(id=label, doc_id="audit-commission-2009", title=TITLE, kind="paragraph", label=label, text=text)


SCRUTINY = passage(
    "Overview and scrutiny of an LSP can:\n• focus on one-off activities or events;\n• review systems and risks;\n"
    "• assess performance in different themes; and\n• review performance data from LSPs and partners.\n"
    "Scrutiny in two-tier areas is harder."
)


def test_a_list_under_a_lead_in_gives_each_item_as_a_fact() -> None:
    facts = list_facts(SCRUTINY)
    assert [f.key for f in facts] == [
        "focus on one-off activities or events", "review systems and risks", "assess performance in different themes",
        "review performance data from LSPs and partners",
    ]  # fmt: skip
    assert {f.topic for f in facts} == {"Overview and scrutiny of an LSP can:"}
    assert all(f.sentence == "Overview and scrutiny of an LSP can:" and len(f.siblings) == 4 for f in facts)


def test_a_list_holding_a_list_of_its_own_or_a_sub_list_gives_none() -> None:
    nested = passage(
        "Local authorities and their partners should:\n• Monitor and review local achievements.\n"
        "• Test their current arrangements using:\n• notable practice examples;\n• a whole systems model."
    )
    sub_items = passage(
        "The chair explains a clear vision and encourages:\n• networking between partners;\n"
        "• a culture of performance challenge;\n• trust between partners; and\n- a sense of equality."
    )
    assert list_facts(nested) == [] and list_facts(sub_items) == []


def test_an_item_from_a_lead_in_list_asks_what_is_listed_under_it() -> None:
    other = passage(
        "Case study interviews identified three main obstacles to effective information sharing:\n"
        "• incompatible systems;\n• incompatible data formats; and\n• partners unwilling to share information.",
        label="Paragraph 122",
    )
    pools = Pools.build([SCRUTINY, other])
    fact = list_facts(SCRUTINY)[1]
    item = make_item(fact, "truefalse", pools, random.Random(1))
    assert item is not None
    assert item.question.startswith("True or false? In Paragraphs 110–111 of “Working better together”, “")
    assert item.question.endswith("is one of the points listed under “Overview and scrutiny of an LSP can:”")
    mcq = make_item(fact, "mcq", pools, random.Random(1))
    assert mcq is not None and mcq.answer == "review systems and risks"
    assert mcq.question == (
        "In Paragraphs 110–111 of “Working better together”, which of these is one of the points listed under "
        "“Overview and scrutiny of an LSP can:”?"
    )
    assert set(mcq.options) - {mcq.answer} == {  # wrong by the reports: the other list's items
        "incompatible systems", "incompatible data formats", "partners unwilling to share information"
    }  # fmt: skip


ACRONYMS = {
    "LAA": "local area agreement", "CAA": "comprehensive area assessment", "SCS": "sustainable community strategy",
}  # fmt: skip


def test_an_abbreviation_a_sentence_uses_once_is_a_fact_unless_spelled_out_beside_it() -> None:
    text = (
        "When the Secretary of State signs an LAA, its targets become binding on the named partners.\n"
        "The new comprehensive area assessment (CAA) will look at outcomes across each area.\n"
        "The SCS sets the direction and the SCS sets the vision for the whole area."
    )
    facts = abbreviation_facts(passage(text, "Paragraph 23"), ACRONYMS)
    assert [(f.kind, f.key) for f in facts] == [("abbreviation", "LAA")]  # CAA spelled out; SCS used twice
    assert facts[0].sentence.startswith("When the Secretary of State signs an LAA")


def test_an_abbreviation_option_reads_after_the_sentences_article() -> None:
    fact = Fact("abbreviation", "LAA", "When the Secretary of State signs an LAA, targets bind.", passage("x"))
    assert fits_article(fact, "SCS")  # 'an SCS'
    assert not fits_article(fact, "PCT")  # 'an PCT' would give the answer away
    bare = Fact("abbreviation", "CAA", "CAA will assess whether local bodies contribute to outcomes.", passage("x"))
    assert fits_article(bare, "PCT")


def test_a_quotations_last_sentence_loses_the_closing_mark_it_never_opened() -> None:
    text = (
        "‘You can see the commitment in the decisions. The LPSB decision to put money into the shared vision will "
        "force greater scrutiny of the outcomes.’ (District council corporate director)\n"
        "It is ‘a brand’. Partners’ plans are aligned."
    )
    assert split_sentences(text) == [
        "‘You can see the commitment in the decisions.",
        "The LPSB decision to put money into the shared vision will force greater scrutiny of the outcomes.",
        "(District council corporate director)",
        "It is ‘a brand’.",  # opened and closed: kept
        "Partners’ plans are aligned.",  # an apostrophe, not a quote mark
    ]
