"""Follow-up questions rewritten by rule: which need context, and the topic they carry over."""

from __future__ import annotations

from assistant.followup import another_thing, carry_topic, leans_on_context, needs_context
from assistant.questions import topic_terms

HISTORY = [("What is an LSP?", "LSP: local strategic partnership. [1]")]


def test_pronoun_follow_up_needs_context() -> None:
    assert needs_context("and who chairs them?")


def test_standalone_question_needs_no_context() -> None:
    assert not needs_context("How many LSPs did the survey cover?")


def test_follow_up_carries_the_previous_topic() -> None:
    rewritten = carry_topic("and who chairs them?", HISTORY)
    assert "LSP" in rewritten
    assert rewritten.startswith("and who chairs them")


def test_standalone_question_is_unchanged() -> None:
    question = "What did Warwickshire's board redirect in 2008/09?"
    assert carry_topic(question, HISTORY) == question


def test_follow_up_without_history_is_unchanged() -> None:
    assert carry_topic("and who chairs them?", []) == "and who chairs them?"


def test_a_pronoun_pointing_to_what_the_question_itself_names_needs_no_context() -> None:
    for question in (
        "When should partners pool budgets rather than align them?",
        "What are the risks of pooled budgets and how can they be managed?",
    ):
        assert not needs_context(question)
        assert carry_topic(question, HISTORY) == question  # not '… (LSP)?'
    for question in ("Who chairs them?", "How do councils scrutinise them?", "What did they do in Bolton?"):
        assert needs_context(question)  # nothing, or too little, named before the pronoun


def test_a_short_question_naming_something_stands_alone() -> None:
    assert not needs_context("What is LIFT?")
    assert carry_topic("What is LIFT?", HISTORY) == "What is LIFT?"
    assert needs_context("Why?")


def test_a_chain_of_follow_ups_keeps_the_topic_it_started_from() -> None:
    history = [
        ("Who chairs most LSPs?", "Council leaders chair most LSPs. [1]"),
        ("and who agrees their appointment?", "The executive (cabinet) … formally agrees the chair’s appointment. [1]"),
    ]
    rewritten = carry_topic("and can they be removed?", history)
    assert rewritten.startswith("and can they be removed")
    assert "chairs" in rewritten and "LSPs" in rewritten


def test_a_follow_up_to_a_follow_up_carries_the_topic_not_the_middle_questions_words() -> None:
    history = [
        ("What is an LSP?", "LSP: local strategic partnership. [1]"),
        ("Who chairs them?", "Council leaders chair most LSPs. [1]"),
    ]
    rewritten = carry_topic("And how often do they meet?", history)
    assert rewritten == "And how often do they meet (LSP)?"


def test_the_words_a_question_is_framed_with_are_not_carried_as_its_topic() -> None:
    history = [("What happened in Derbyshire?", "The Big Derbyshire Clean Up emerged from consultation… [1]")]
    assert carry_topic("How much did it cost?", history) == "How much did it cost (Derbyshire)?"


def test_thanks_or_ok_after_an_answer_is_no_follow_up() -> None:
    for said in ("thanks", "ok", "help", "Thank you!"):
        assert not needs_context(said)
        assert carry_topic(said, HISTORY) == said


def test_a_thing_of_what_was_asked_is_said_as_of_it() -> None:
    history = [("What is pooling?", "Pooling is more suitable when: [1]")]
    assert carry_topic("What are the risks?", history) == "What are the risks of pooling?"  # the thesaurus's
    assert (
        carry_topic("What are the main obstacles?", history) == "What are the main obstacles to pooling?"
    )  # 'risks of'
    assert carry_topic("When is it better to align instead?", history) == (
        "When is it better to align instead of pooling?"  # not '(pooling)', which asks when pooling suits
    )
    assert carry_topic("Who decides?", history) == "Who decides (pooling)?"  # any other follow-up as before


def test_a_thing_of_something_unnamed_leans_on_the_conversation() -> None:
    assert leans_on_context("What are the risks?")
    assert leans_on_context("and who chairs them?")
    assert not leans_on_context("What are the risks of pooling?")  # it says of what
    assert not leans_on_context("What is synergy?")  # short, but search decides whether it stands alone
    assert needs_context("What is synergy?")


def test_and_x_asks_the_previous_question_again_of_x() -> None:
    def asked(previous: str, follow_up: str) -> str:
        return carry_topic(follow_up, [(previous, "…")])

    assert asked("What are the risks of pooled budgets?", "and aligned budgets?") == (
        "What are the risks of aligned budgets?"  # the topic sharing a word with it gives way
    )
    assert asked("What did Derby do?", "and Oldham?") == "What did Oldham do?"
    assert asked("What did Derby do?", "What about Bolton?") == "What did Bolton do?"
    assert asked("What are the main findings about resources?", "And about scrutiny?") == (
        "What are the main findings about scrutiny?"  # its own 'about …' gives way: not 'about about scrutiny'
    )
    assert asked("What are the risks of pooled budgets?", "and about aligned budgets?") == (
        "What are the risks of aligned budgets?"  # none to give way: the topic does
    )
    assert asked("What did Warwickshire's board redirect in 2008/09?", "and Dorset?") == (
        "What did Dorset's board redirect in 2008/09?"  # the name alone, keeping what it owns
    )
    assert asked("What is the role of the PCT?", "and the police?") == "What is the role of the police?"
    assert asked("Who chairs most LSPs?", "and the theme groups?") == "Who chairs the theme groups?"
    assert asked("How often do LSP boards meet?", "and theme groups?") == "How often do theme groups meet?"
    assert asked("How many LSPs were surveyed?", "and partners?") == "How many partners were surveyed?"
    assert asked("What is LIFT?", "and the LAA?") == "What is the LAA?"
    assert asked("What are the soft elements of the 7S framework?", "and the hard ones?") == (
        "What are the hard elements of the 7S framework?"  # 'ones' of the plural noun: not 'the hard framework'
    )
    assert asked("What is the role of the PCT?", "and Sheffield?") == "What is the role of Sheffield?"
    assert asked("Who chairs most LSPs?", "and in Dorset?") == "Who chairs most LSPs in Dorset?"  # where, added
    assert asked("What did the group do in Derbyshire?", "and in Dorset?") == "What did the group do in Dorset?"
    assert asked("What did Oldham do?", "what about in Dorset?") == "What did Dorset do?"  # a place for a place
    assert asked("What did Derby do?", "and in 2008?") == "What did Derby do in 2008?"
    assert asked("What are the benefits of pooling for partners?", "and for councils?") == (
        "What are the benefits of pooling for councils?"
    )


def test_and_with_a_question_or_a_pointer_of_its_own_carries_the_topic_instead() -> None:
    history = [("Who chairs most LSPs?", "Council leaders chair most LSPs. [1]")]
    assert another_thing("and how often do they meet?") is None
    assert another_thing("and its costs?") is None
    assert another_thing("and aligned budgets?") == "aligned budgets"
    assert carry_topic("and who agrees their appointment?", history) == (
        "and who agrees their appointment (chairs LSPs)?"
    )


def test_a_follow_up_after_and_x_carries_x() -> None:
    history = [
        ("What are the risks of pooled budgets?", "…"),
        ("and aligned budgets?", "…"),
    ]
    assert carry_topic("who uses them?", history) == "who uses them (aligned budgets)?"


def test_what_its_x_is_makes_x_the_topic_a_following_pointer_carries() -> None:
    history = [("What is the LAA?", "…"), ("what are its targets?", "…")]
    assert carry_topic("who agrees them?", history) == "who agrees them (LAA targets)?"


def test_and_x_after_a_question_with_no_topic_words_carries_nothing_new() -> None:
    assert carry_topic("and Oldham?", [("What did they do?", "…")]) == "and Oldham?"


def test_any_follow_up_after_any_question_is_read_without_error() -> None:
    previous = [
        "What did they do?",
        "Why?",
        "?",
        "",
        "and?",
        "What did Derby do",
        "How often do they meet?",
        "Who chairs most LSPs?",
        "What about it?",
        "in Dorset",
        "What did the group do in Derbyshire?",
    ]
    follow_ups = ["and Oldham?", "and in Dorset?", "what about it?", "and?", "and the", "What about 2008?",
                  "and for", "and who chairs them?", "How about the police?"]  # fmt: skip
    for first in previous:
        for second in follow_ups:
            for history in ([(first, "…")], [("What is an LSP?", "…"), (first, "…")]):
                assert isinstance(carry_topic(second, history), str)


def test_and_x_keeps_a_carried_topic_as_context() -> None:
    history = [("What is the 7S framework?", "…"), ("what are the soft elements?", "…")]
    assert carry_topic("and the hard ones?", history) == "what are the hard elements (7S framework)?"


def test_an_amount_of_nothing_named_leans_on_the_conversation() -> None:
    assert leans_on_context("How much money was involved?")  # involved in what was just discussed
    assert leans_on_context("How much did it cost?")
    assert not leans_on_context("How much money was redirected?")  # says what: search decides
    assert not leans_on_context("How much did the Big Derbyshire Clean Up cost?")  # names it
    assert not leans_on_context("How many LSPs did the survey cover?")


def test_and_x_after_a_longer_question_replaces_only_a_topic_like_x() -> None:
    def asked(previous: str, follow_up: str) -> str:
        return carry_topic(follow_up, [(previous, "…")])

    dorset = "How often did Dorset's joint scrutiny group meet while reviewing the county partnership?"
    assert asked(dorset, "and Oldham?") == dorset.replace("Dorset", "Oldham")  # a name for a name
    assert asked(dorset, "and the police?") == (  # three topics, none like 'the police': carried, not guessed
        "and the police (Dorset's joint scrutiny group meet reviewing county partnership)?"
    )
    oxford = "According to the Oxford paper, what did the Commission recommend?"
    assert "the Oxford paper" in asked(oxford, "and Oldham?")  # where to look is no topic to replace
    assert asked("How many districts does a typical shire county contain?", "and Oldham?") == (
        "How many districts does Oldham contain?"
    )


def test_one_standing_for_the_thing_just_named_carries_it() -> None:
    history = [("What is an LAA?", "LAAs: Local area agreements. [1]")]
    assert carry_topic("Does Oxford have one?", history) == "Does Oxford have one (LAA)?"
    assert leans_on_context("How do I set one up?")
    assert leans_on_context("Which one is best?")
    assert leans_on_context("What are the hard ones?")
    assert leans_on_context("Is there one in Milton Keynes?")
    assert leans_on_context("Can a private sector one work?")
    assert topic_terms("Can a private sector one work?") == ["private", "sector", "work"]
    assert topic_terms("What is the number one priority?") == ["number", "one", "priority"]
    assert not leans_on_context("Is one in ten budgets over £500,000?")
    assert topic_terms("Is there one in Bolton (LIFT)?") == []  # the 'one' is LIFT, not a word to match
    assert topic_terms("How many budgets are over one in ten?") == ["budget", "one", "ten"]


def test_a_bare_which_x_leans_on_the_conversation() -> None:
    assert leans_on_context("Which councils?")  # which of those just counted
    assert leans_on_context("and which partners?")
    assert not leans_on_context("Which councils were case studies?")  # says which
    assert not leans_on_context("What is synergy?")
    assert carry_topic("Which councils?", [("How many case studies were there?", "…")]) == (
        "Which councils (case studies)?"
    )
