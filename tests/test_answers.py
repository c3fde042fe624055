"""End to end on the real corpus and index: officer questions, refusals, follow-ups, streaming, the LCEL chain."""

from __future__ import annotations

import re

import pytest
from langchain_core.runnables import Runnable, RunnableLambda

from assistant import CANNOT_ANSWER, Answer, Assistant
from assistant.text import split_sentences

pytestmark = pytest.mark.slow


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def assert_quotes_in_passages(answer: Answer) -> None:
    """Every sentence or list line a citation quotes occurs in its passage (' … ' marks a skip)."""
    for c in answer.citations:
        assert c.quote
        for part in re.split(r"\s*•\s*|\s…\s", c.quote):
            for sentence in split_sentences(part):
                assert flat(sentence) in flat(c.passage.text), (c.number, sentence)


def labels(answer: Answer) -> list[str]:
    return [c.passage.label for c in answer.citations]


def test_three_layers_of_joint_working(assistant: Assistant) -> None:
    answer = assistant.ask("What are the three layers of joint working?")
    assert not answer.refused
    text = answer.text.lower()
    for layer in ("strategic", "executive", "operational"):
        assert layer in text
    assert any(all(w in c.passage.text.lower() for w in ("strategic", "executive", "operational"))
               for c in answer.citations)  # fmt: skip
    assert_quotes_in_passages(answer)


def test_survey_coverage(assistant: Assistant) -> None:
    answer = assistant.ask("How many LSPs did the survey cover?")
    assert not answer.refused
    assert "388" in answer.text
    assert "Paragraph 168" in labels(answer)
    assert_quotes_in_passages(answer)


def test_warwickshire_redirected(assistant: Assistant) -> None:
    answer = assistant.ask("What did Warwickshire's board redirect in 2008/09?")
    assert not answer.refused
    assert answer.text.startswith("£500,000 was redirected in 2008/09. [1]")  # the answer, then the quotation
    assert "north of the county" in answer.text
    assert labels(answer) == ["Case study 1"]
    assert_quotes_in_passages(answer)


def test_lift_definition(assistant: Assistant) -> None:
    answer = assistant.ask("What is LIFT?")
    assert not answer.refused
    assert "Local Improvement Finance Trust" in answer.text
    assert labels(answer)[0] == "Appendix 2: LIFT"
    assert len(answer.text) <= 600
    assert_quotes_in_passages(answer)


def test_a_definition_quotes_the_sentence_the_term_is_the_subject_of(assistant: Assistant) -> None:
    answer = assistant.ask("What is delivery chain analysis?")  # no glossary entry: 'DCA reviews and improves…'
    assert "DCA reviews and improves the processes that link strategic objectives to operational action" in answer.text
    assert any(c.passage.label == "Paragraph 80" for c in answer.citations)
    assert_quotes_in_passages(answer)


def test_list_question_returns_the_whole_list(assistant: Assistant) -> None:
    answer = assistant.ask("What additional executive roles did the 2008 government guidance give LSPs?")
    assert not answer.refused
    assert "Paragraph 20" in labels(answer)
    for item in ("arbitrate", "consultation and engagement", "single-tier or county-wide LAA",
                 "resource planning and alignment", "review and manage progress"):  # fmt: skip
        assert item in answer.text
    assert answer.text.count("•") == 6
    assert_quotes_in_passages(answer)


def test_scrutiny_list_is_whole(assistant: Assistant) -> None:
    answer = assistant.ask("What can overview and scrutiny of an LSP focus on?")
    assert not answer.refused
    assert labels(answer)[0].startswith("Paragraph")
    assert "110" in labels(answer)[0]
    for item in ("one-off activities or events", "systems and risks", "different themes", "performance data"):
        assert item in answer.text


@pytest.mark.parametrize(
    "question",
    ["What is the capital of France?", "How many volunteers took part in the Big Derbyshire Clean Up?",
     "What did Warwickshire's board redirect in 2012?", "Who chairs the Dorset Strategic Partnership?",
     "What were the findings of the health and social care commissioning study?", "Who wrote Hamlet?",
     "What is the Place Survey?",
     "How does Sheffield manage performance?", "When was the CAA abolished?",
     "Who is the chief executive of Oxford City Council?", "When are the bins collected?", "help",
     "What did Sunderland do?", "What is the capital of England?", "How often should the LSP board meet?",
     "Who funded the study?", "Who paid for the report?", "What is the population of England?",
     "What is the national anthem of England?", "What is the mayor of London's budget?",
     "What is the salary of an LSP manager?", "What time do board meetings start?"],
)  # fmt: skip
def test_unanswerable_questions_are_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.refused
    assert answer.text.startswith(CANNOT_ANSWER)
    assert answer.citations == ()


def test_who_chairs_an_lsp_says_who_chairs_them_not_what_a_chair_is_like(assistant: Assistant) -> None:
    answer = assistant.ask("Who chairs an LSP?")
    assert not answer.refused
    assert "Council leaders chair most LSPs." in answer.text
    assert "Paragraphs 47–49" in labels(answer)
    assert "Table 3" not in labels(answer)  # the chair's pros and cons, not who chairs
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    "question", ["Who chairs the partnership board?", "Who should chair our board?", "who chairs the board"]
)
def test_who_chairs_the_board_is_answered_by_who_chairs_the_lsp(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)  # the LSP's board is the LSP, not Oldham's Scrutiny Management Board
    assert "Council leaders chair most LSPs." in answer.text
    assert "Case study 16" not in labels(answer)
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize("question", ["Who leads the LSP?", "Who leads LSPs?"])
def test_who_leads_an_lsp_is_answered_by_who_chairs_them(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)  # everyday words: 'leads the LSP' is the reports' 'chair'
    assert "Council leaders chair most LSPs." in answer.text
    assert "lead to some partners’ disappointment" not in answer.text  # 'lead' in another sense
    assert_quotes_in_passages(answer)


def test_an_example_of_good_practice_comes_from_a_case_study(assistant: Assistant) -> None:
    answer = assistant.ask("Can you give me an example of good practice on scrutiny?")
    assert not answer.refused
    assert labels(answer)[0].startswith("Case study")
    assert "scrutin" in answer.citations[0].quote
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("When should partners pool budgets rather than align them?", "Pooling is more suitable when: [1]"),
        ("When is it better to align than to pool?", "Aligning is more suitable when: [1]"),
        ("When should partners align budgets?", "Aligning is more suitable when: [1]"),  # no date asked for
        ("When are aligned budgets better than pooled ones?", "Aligning is more suitable when: [1]"),
        ("Why align rather than pool?", "Aligning is more suitable when: [1]"),
    ],
)
def test_when_to_pool_or_align_is_answered_by_the_conditions_list(
    assistant: Assistant, question: str, first: str
) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith(first)  # not 'Membership of the pool can be limited:' (Table 10)
    assert set(labels(answer)) == {"Table 11"}  # nor 'Fewer than half of local agencies align budgets…' beside it
    assert_quotes_in_passages(answer)


def test_a_condition_listed_for_aligning_is_no_answer_about_the_sector_it_names(assistant: Assistant) -> None:
    answer = assistant.ask("Should the third sector be on the LSP?")
    assert labels(answer)[0] == "LSP membership"  # 'engaging representation from the public, private, and third…'
    assert "Table 11" not in labels(answer)  # not '• The arrangement includes … third sector members of an LSP.'
    assert "third sectors" in answer.citations[0].quote
    assert_quotes_in_passages(answer)


def test_a_difference_between_two_things_quotes_both_halves_of_a_table(assistant: Assistant) -> None:
    question = "What is the difference between aligning and pooling budgets?"
    assert [h.label for h in assistant.search(question)].count("Table 11") == 2  # the table is cut in two
    answer = assistant.ask(question)
    assert not answer.refused
    assert "Aligning is more suitable when:" in answer.text
    assert "Pooling is more suitable when:" in answer.text
    assert "There are no legal constraints to pooling." in answer.text  # each list whole
    assert set(labels(answer)) == {"Table 11"}
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    "question",
    [
        "What's the difference between pooled and aligned budgets?",
        "What is the difference between pooled budgets and aligned budgets?",
        "How do pooled budgets differ from aligned budgets?",
        "Compare pooled and aligned budgets",
    ],
)
def test_a_difference_asked_in_other_forms_of_the_words_quotes_what_tells_of_both(
    assistant: Assistant, question: str
) -> None:
    # Search ranks passages on pooled budgets alone first ('Pooled budgets allow partners…'); the police finance
    # officer's quote contrasting the two is brought in, and the answer is what it says of both
    assert "Paragraphs 131–133" in [h.label for h in assistant.search(question)]
    answer = assistant.ask(question)
    assert not answer.refused
    assert "Occasionally the money is pooled into a central fund" in answer.text
    assert "LSP partners have agreed to align funds" in answer.text
    assert labels(answer) == ["Paragraphs 131–133"]
    assert_quotes_in_passages(answer)


def test_a_split_between_two_kinds_quotes_both_items_of_the_list(assistant: Assistant) -> None:
    answer = assistant.ask("How were the study's visits split between notable practice and lighter touch sites?")
    assert not answer.refused
    assert "Twelve notable practice case studies" in answer.text
    assert "Five lighter touch case studies" in answer.text
    assert labels(answer)[0] == "Paragraph 168"
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    ("question", "entries", "said"),
    [
        ("How does a CDRP differ from an LSP?", ["Appendix 2: CDRPs", "Appendix 2: LSP"], "not statutory bodies"),
        ("What is the difference between area based grant and neighbourhood renewal fund?",
         ["Appendix 2: NRF", "Appendix 2: ABG"], "special grant to England’s most deprived areas"),
        ("What is the relationship between the SCS and the LAA?", ["Appendix 2: SCS", "Appendix 2: LAAs"],
         "The LAA focuses attention on those local SCS priorities"),
    ],
)  # fmt: skip
def test_comparing_two_terms_quotes_each_glossary_entry(
    assistant: Assistant, question: str, entries: list[str], said: str
) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert sorted(labels(answer)) == sorted(entries)
    assert said in answer.text
    assert len(answer.text) < 900  # the openings of two entries, not two whole entries
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    "question",
    ["What did the study find?", "What is the report about?", "Summarise the report", "What is the 2009 report about?"],
)
def test_what_the_study_found_is_the_summary_headlines(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert set(labels(answer)) == {"Summary"}
    assert answer.text.startswith("Local agencies work together. [1]")
    assert "LSPs work through leadership, culture, and relationship management." in answer.text
    assert len(answer.citations) == 5  # one headline from each part of the summary
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize("question", ["Summarise the Oxford paper", "What is the Oxford paper about?"])
def test_an_overview_of_a_paper_without_a_summary_is_its_title_and_conclusions(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.text.startswith("Audit Commission’s “Working better together? Managing LSPs” – Summary paper and")
    assert "In conclusion, the OSP appears to be operating and delivering in a positive way" in answer.text
    assert labels(answer)[-1] == "Conclusions"
    assert "Chris Farthing" not in answer.text  # not a remark that happens to mention Oxford
    assert_quotes_in_passages(answer)


def test_a_name_holding_a_documents_name_is_no_overview_of_it(assistant: Assistant) -> None:
    answer = assistant.ask("What is Low Carbon Oxford?")
    assert "Summary paper and thoughts" not in answer.text
    assert "Low Carbon Oxford" in answer.text


def test_who_led_the_study_is_answered_by_its_director(assistant: Assistant) -> None:
    answer = assistant.ask("Who led the study?")
    assert not answer.refused
    assert "Michael Hughes was the study director." in answer.text
    assert labels(answer)[0] == "Paragraphs 170–171"
    assert_quotes_in_passages(answer)


def test_two_turn_follow_up_cites_a_relevant_passage(assistant: Assistant) -> None:
    first = assistant.ask("What is an LSP?")
    assert "local strategic partnership" in first.text.lower()
    answer = assistant.ask("and who chairs them?", history=[("What is an LSP?", first.text)])
    assert not answer.refused
    assert "LSP" in answer.standalone_question
    assert "Council leaders chair most LSPs" in answer.text
    assert any("Council leaders chair most LSPs" in c.passage.text for c in answer.citations)
    assert_quotes_in_passages(answer)


def test_words_of_talk_around_a_follow_up_are_neither_asked_nor_carried(assistant: Assistant) -> None:
    first = assistant.ask("Hi! What is LIFT?")
    answer = assistant.ask("thanks! who are its main shareholders?", history=[("Hi! What is LIFT?", first.text)])
    assert answer.standalone_question == "Who are its main shareholders (LIFT)?"  # was 'thanks! … (Hi LIFT)?'
    assert "the national Partnerships for Health as their main shareholders" in answer.text
    assert labels(answer) == ["Appendix 2: LIFT"]


def test_and_another_place_asks_the_same_question_of_it(assistant: Assistant) -> None:
    first = assistant.ask("What did Derby do?")
    answer = assistant.ask("and Oldham?", history=[("What did Derby do?", first.text)])
    assert answer.standalone_question == "What did Oldham do?"  # not '… (Derby)?'
    assert not answer.refused
    assert "Oldham" in answer.text and "Derby" not in answer.text
    assert "Case study 16" in labels(answer)
    assert_quotes_in_passages(answer)


def test_a_follow_up_says_what_is_new_not_the_previous_answer_again(assistant: Assistant) -> None:
    first = assistant.ask("Who chairs most LSPs?")
    assert "Council leaders chair most LSPs." in first.text
    history = [("Who chairs most LSPs?", first.text)]
    answer = assistant.ask("and who approves the appointment?", history=history)
    assert not answer.refused
    assert "formally agrees the chair’s appointment" in answer.text
    assert "Council leaders chair most LSPs." not in answer.text  # said already
    streamed = list(assistant.ask_stream("and who approves the appointment?", history=history))[-1]
    assert isinstance(streamed, Answer) and streamed.text == answer.text
    assert_quotes_in_passages(answer)


def test_a_follow_up_leaves_out_no_sentence_a_kept_one_points_back_to(assistant: Assistant) -> None:
    first = assistant.ask("What did Oldham do about scrutiny?")
    assert "The 2007/08 work programme included a scrutiny review" in first.text
    answer = assistant.ask("How much did it cost?", history=[("What did Oldham do about scrutiny?", first.text)])
    assert "£42,000 a year" in answer.text
    assert "It recommended a land bank" not in answer.text  # 'It' would point at nothing: its antecedent was said


def test_one_for_the_thing_just_asked_about_is_answered_of_it_not_refused(assistant: Assistant) -> None:
    first = assistant.ask("What is an LAA?")
    answer = assistant.ask("Does Oxford have one?", history=[("What is an LAA?", first.text)])
    assert not answer.refused  # not 'Nothing found is about one'
    assert "direct reference to the LAA is not necessarily appropriate or relevant" in answer.text
    first = assistant.ask("What is LIFT?")
    answer = assistant.ask("Is there one in Bolton?", history=[("What is LIFT?", first.text)])
    assert "The programme incorporates the local NHS Local Improvement Finance Trust" in answer.text  # not 'Bolton
    # was one of the first areas…' for its 'one'
    first = assistant.ask("Who chairs most LSPs?")
    answer = assistant.ask("Can a private sector one work?", history=[("Who chairs most LSPs?", first.text)])
    assert "LSP chair: Private sector | Positive interpretation: Independent of party politics" in answer.text


@pytest.mark.parametrize("question", ["whats the point of an lsp", "What are LSPs for?"])
def test_what_an_lsp_is_for_is_what_it_brings_together(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert "LSPs are a collection of organisations and representatives collaborating" in answer.text
    assert not answer.text.startswith("The starting point for steering")  # 'point', but not that one


@pytest.mark.parametrize(
    ("question", "opening", "later"),
    [
        ("How is the Bolton brand used?", "‘When we put out consultation documents", "the Bolton brand goes on it.’"),
        ("What did Warwickshire's board redirect in 2008/09?", "‘You can see the commitment", "outcomes that have"),
    ],
)
def test_a_quotation_reached_from_after_its_speaker_is_quoted_from_its_opening(
    assistant: Assistant, question: str, opening: str, later: str
) -> None:
    answer = assistant.ask(question)
    assert later in answer.text
    assert opening in answer.text  # not from its second sentence, with a closing quote mark but no opening one


@pytest.mark.parametrize("question", ["When did LSPs start?", "When did LSPs begin?"])
def test_when_lsps_started_is_the_first_lsp_guidance(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.text.startswith("The first LSP guidance (Ref 1. 2001)")  # the reports' word is 'first'
    assert labels(answer) == ["Paragraph 17"]


def test_how_many_answered_a_survey_is_how_many_completed_it(assistant: Assistant) -> None:
    answer = assistant.ask("How many people responded to the survey?")
    assert "191 LSP coordinators and 282 LSP board partners completed the survey" in answer.text


def test_a_follow_up_keeps_the_sentence_that_answers_it_not_the_entry_head(assistant: Assistant) -> None:
    first = assistant.ask("What is LIFT?")
    assert "main shareholders" in first.text
    answer = assistant.ask("who owns them?", history=[("What is LIFT?", first.text)])
    assert not answer.refused
    assert "main shareholders" in answer.text  # said before, but it is the answer
    assert "Local Improvement Finance Trust." not in answer.text
    assert_quotes_in_passages(answer)


def test_a_short_new_question_is_not_read_as_a_follow_up(assistant: Assistant) -> None:
    first = assistant.ask("What did Warwickshire do?")
    answer = assistant.ask("What is the 7S framework?", history=[("What did Warwickshire do?", first.text)])
    assert answer.standalone_question == "What is the 7S framework?"  # not '… (Warwickshire)?'
    assert labels(answer)[0] == "Paragraph 32"
    caa = assistant.ask("What is the CAA?")
    elsewhere = assistant.ask("Who is the prime minister?", history=[("What is the CAA?", caa.text)])
    assert elsewhere.refused  # short, but about something the reports never name: not the CAA's prime minister
    assert elsewhere.standalone_question == "Who is the prime minister?"
    lift = assistant.ask("What is LIFT?")
    follow = assistant.ask("Who are the shareholders?", history=[("What is LIFT?", lift.text)])
    assert "LIFT" in follow.standalone_question  # short, and finds nothing near it alone: a follow-up
    assert "main shareholders" in follow.text


@pytest.mark.parametrize(
    "question",
    ["Who wrote the summary paper?", "Who is the author of the 2010 paper?", "When was the Oxford paper written?"],
)
def test_the_summary_paper_is_signed_by_its_author(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.text == "Sebastian Johnson July 2010 [1]"  # the signature under its conclusions, alone
    assert labels(answer) == ["Conclusions"]
    assert answer.citations[0].passage.doc_id == "oxford-summary-2010"


def test_when_the_report_came_out_is_the_sentence_naming_it_by_its_title(assistant: Assistant) -> None:
    answer = assistant.ask("When was the report published?")
    assert not answer.refused
    assert answer.text.startswith("Published by the Audit Commission in 2009; ‘Working better together?")
    assert "CAA framework" not in answer.text  # another document's date
    other = assistant.ask("When was the CAA framework document published?")
    assert "February 2009" in other.text and "Working better together" not in other.text


TURNS = [  # (previous question, question, whether it follows on from the previous one)
    ("What did Derby do?", "What was the result?", True),
    ("What is LIFT?", "Who are the shareholders?", True),
    ("What is the CAA?", "When did it replace CPA?", True),
    ("What did Bolton do?", "How many partnerships are there?", True),
    ("What is social network analysis?", "How many people did it identify in the case study?", True),
    ("What is an LAA?", "Who negotiates the agreement?", True),
    ("What is pooling?", "What are the risks?", True),
    ("What did Derby do?", "What are the three layers of joint working?", False),
    ("What is LIFT?", "Who chairs most LSPs?", False),
    ("Who chairs most LSPs?", "How many LSPs did the survey cover?", False),
    ("What did Warwickshire do?", "What is the 7S framework?", False),
    ("What is pooling?", "What does the report recommend for central government?", False),
    ("What is an LAA?", "How do county and district LSPs work together?", False),
    ("What did Bolton do?", "What are the obstacles to pooling budgets?", False),
    ("Who chairs most LSPs?", "What is the role of councillors?", False),
    ("What is the CAA?", "Who is the prime minister?", False),
    ("What did Warwickshire do?", "How much money was involved?", True),  # an amount of nothing named
]  # fmt: skip


@pytest.mark.parametrize(("previous", "question", "follows"), TURNS)
def test_a_question_in_a_conversation_is_read_as_a_follow_up_only_when_it_is_one(
    assistant: Assistant, previous: str, question: str, follows: bool
) -> None:
    first = assistant.ask(previous)
    answer = assistant.ask(question, history=[(previous, first.text)])
    assert (answer.standalone_question != question) is follows, answer.standalone_question


def test_a_good_idea_is_not_the_idea(assistant: Assistant) -> None:
    first = assistant.ask("Who chairs most LSPs?")
    answer = assistant.ask("Is that a good idea?", history=[("Who chairs most LSPs?", first.text)])
    assert "IDeA" not in answer.text  # was 'Rachel Thompson, National Adviser, IDeA' for the word 'idea'
    assert "Council leader or elected mayor" in answer.text
    assert_quotes_in_passages(answer)


def test_a_figure_title_answering_a_list_question_comes_with_the_figure_list(assistant: Assistant) -> None:
    answer = assistant.ask("What are the features of a positive partnership style?")
    assert answer.text.startswith("Partners can work together to create a positive style [1]")  # Figure 7's title
    assert "• Board meetings have strategic and ambitious discussions." in answer.text  # and what it lists
    assert labels(answer) == ["Figure 7"]
    assert_quotes_in_passages(answer)


def test_what_a_review_recommended_is_the_list_it_leads_into(assistant: Assistant) -> None:
    answer = assistant.ask("What did the Dorset scrutiny review recommend?")
    assert answer.text.startswith("The review recommended:")  # not what the group met monthly to scrutinise
    assert "a programme of reviews of each district LSP" in answer.text
    assert "The group met monthly to scrutinise the:" not in answer.text
    assert_quotes_in_passages(answer)


def test_align_instead_after_pooling_gets_when_aligning_suits(assistant: Assistant) -> None:
    first = assistant.ask("What is pooling?")
    answer = assistant.ask("When is it better to align instead?", history=[("What is pooling?", first.text)])
    assert answer.standalone_question == "When is it better to align instead of pooling?"
    assert answer.text.startswith("Aligning is more suitable when:")  # not when pooling is
    assert "Pooling is more suitable when:" not in answer.text


@pytest.mark.parametrize(
    ("question", "label", "said"),
    [("What is the Derbyshire Quilt?", "Case study 19", "the Quilt, with 33 key statistics"),
     ("What is an MAA?", "Appendix 2: MAAs", "Multi-area agreements")],
)  # fmt: skip
def test_a_thing_named_a_little_otherwise_than_in_the_reports_is_found(
    assistant: Assistant, question: str, label: str, said: str
) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert labels(answer)[0] == label
    assert said in answer.text


def test_how_many_gives_every_figure_a_list_has_for_the_thing_counted(assistant: Assistant) -> None:
    answer = assistant.ask("How many interviews were done?")
    assert "one hundred and eighteen semi-structured interviews" in answer.text  # under its case-study visits
    assert "There were 23 interviews" in answer.text
    survey = assistant.ask("How many LSPs did the survey cover?")
    assert "A survey of the 388 LSPs" in survey.text
    assert "Desk-top" not in survey.text  # a figure for LSPs, but not about the survey


@pytest.mark.parametrize(
    "question", ["How many LSPs are there?", "How many LSPs exist?", "How many LSPs are in England?"]
)
def test_how_many_there_are_is_the_figure_for_them_all(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)  # not 'two LSPs constituted as companies', nor 'PCTs cover all parts of England'
    assert not answer.refused
    assert labels(answer) == ["Paragraph 168"]
    assert "A survey of the 388 LSPs" in answer.text
    assert "two notable practice LSPs" not in answer.text  # a figure for some of them is not how many there are


def test_a_case_study_of_two_places_is_quoted_only_for_the_place_asked_about(assistant: Assistant) -> None:
    derbyshire = assistant.ask("How often does Derbyshire's LSP Coordinators' Group meet?")
    assert "every three months" in derbyshire.text
    assert "Dorset’s Strategic Partnership Bridging Group" not in derbyshire.text  # the next story in Case study 3
    dorset = assistant.ask("How often does Dorset's partnership meet?")
    assert "It meets quarterly" in dorset.text
    assert dorset.text.startswith("Dorset’s Strategic Partnership Bridging Group")  # where its story starts
    assert "The group helps LSPs" not in dorset.text  # Derbyshire's group, told just before


@pytest.mark.parametrize(
    "question",
    [
        "How did the Audit Commission carry out the study?",
        "What evidence did the study use?",  # the reports' 'mixed methods approach' for an everyday phrase
        "How did the Audit Commission do the research?",  # was who did it, and one item of the list
    ],
)
def test_how_the_commission_carried_out_the_study_is_its_whole_method_list(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("This study used a mixed methods approach that included:")
    assert "A policy and literature review." in answer.text and "Social network analyses" in answer.text
    assert "undertook research" not in answer.text  # who did the research is not how


def test_the_hard_elements_are_not_answered_by_the_transformational_ones(assistant: Assistant) -> None:
    answer = assistant.ask("What are the hard elements of the 7S framework?")
    assert "harder aspects (steering, standards, and systems)" in answer.text
    assert labels(answer) == ["Paragraph 33"]  # not Paragraph 46's 'three transformational elements'


def test_how_long_is_answered_by_a_length_of_time_about_what_is_asked(assistant: Assistant) -> None:
    laa = assistant.ask("How long does an LAA last?")
    assert "progressed within three years" in laa.text
    assert "three decades" not in laa.text  # 'Over the last three decades' of policy is no length of an LAA
    assert labels(laa)[0] == "Appendix 2: LAAs"  # not led by the first-ranked passage's words on the LGPIH Act
    visits = assistant.ask("How long did site visits take?")
    assert "three to four days" in visits.text
    study = assistant.ask("How long did the study take?")  # its fieldwork's span, from one month to another
    assert study.text.startswith("Fieldwork took place between October 2007 and May 2008. [1]")
    assert "takes the lead role" not in study.text and "long-term" not in study.text  # 'take', 'long': the frame
    fieldwork = assistant.ask("How long did the fieldwork last?")
    assert fieldwork.text.startswith("Fieldwork took place between October 2007 and May 2008. [1]")
    assert "three decades" not in fieldwork.text  # of policy, no length of fieldwork


def test_a_quote_opens_with_what_its_first_sentence_points_back_to(assistant: Assistant) -> None:
    answer = assistant.ask("When was CPA replaced by Comprehensive Area Assessment?")
    assert "Comprehensive Area Assessment replaced CPA in 2009" in answer.text
    assert answer.text.startswith("Between 2002 and 2008 councils had regular Comprehensive Performance")
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    "question", ["What did the report find about LSP costs?", "What did the Audit Commission find about LSP costs?"]
)
def test_what_the_report_found_about_a_topic_is_its_findings_on_that_topic(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert "unaware of the costs of their support teams" in answer.text
    assert "?" not in answer.text  # not the self-assessment questions of Table 9
    assert "There is little evidence that councils are using overview and scrutiny" not in answer.text  # nor every
    assert len(answer.text) < 700  # headline of the summary


def test_when_inside_a_question_does_not_ask_for_a_date(assistant: Assistant) -> None:
    answer = assistant.ask("Who is accountable when an LSP fails?")  # 'when' joins clauses: no date is wanted
    assert not answer.refused
    assert "(Ref. 12)" not in answer.text  # a reference number is no figure that answers it: before, the
    # lead-in 'LSPs are democratically accountable … through councillors’ roles in:' came with only that item
    assert_quotes_in_passages(answer)


def test_a_follow_up_asking_what_they_found_keeps_to_its_topic(assistant: Assistant) -> None:
    first = assistant.ask("What is delivery chain analysis?")
    answer = assistant.ask("What did they find?", history=[("What is delivery chain analysis?", first.text)])
    assert not answer.refused
    assert "delivery chain" in answer.standalone_question
    assert {c.passage.kind for c in answer.citations} != {"summary"}  # not the report's headline findings
    assert "DCA" in answer.text or "delivery chain" in answer.text


def test_what_a_term_is_is_not_a_whole_list_that_names_it_once(assistant: Assistant) -> None:
    answer = assistant.ask("What are thematic partnerships?")
    assert not answer.refused
    assert "a DSP communications strategy" not in answer.text  # another item of a review's recommendations
    assert "training for DSP board members" not in answer.text


def test_a_list_item_that_is_no_sentence_is_quoted_under_its_lead_in(assistant: Assistant) -> None:
    answer = assistant.ask("Should LSPs pool budgets?")
    assert not answer.refused
    if "• to children’s service authorities" in answer.text:  # a fragment of 'Membership … can be limited:'
        assert "Membership of the pool can be limited:" in answer.text
        assert answer.text.index("Membership of the pool") < answer.text.index("• to children’s service")
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize("question", ["How was the study done?", "What methodology did the study use?"])
def test_how_the_study_was_done_is_its_whole_list_of_methods(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert labels(answer) == ["Paragraph 168"]
    assert answer.text.startswith("This study used a mixed methods approach that included:")
    for method in ("A policy and literature review", "A survey of the 388 LSPs", "Social network analyses"):
        assert method in answer.text  # every method, not the first item alone


def test_a_quotation_beside_a_list_comes_with_who_said_it_or_not_at_all(assistant: Assistant) -> None:
    answer = assistant.ask("What should the government do?")
    assert not answer.refused
    assert "Central government should:" in answer.text
    if "Certain government departments are finding it very difficult" in answer.text:
        assert "Government office locality manager" in answer.text  # before: the quote alone, nobody saying it


def test_a_place_is_answered_from_its_story_not_the_roll_call_of_case_study_councils(assistant: Assistant) -> None:
    answer = assistant.ask("What did East Sussex do?")
    assert not answer.refused
    assert labels(answer) == ["Case study 2"]
    assert "The six local authorities and LSPs in East Sussex worked together during 2007" in answer.text
    assert "The case study councils were" not in answer.text


def test_a_story_opening_on_its_place_is_quoted_from_there(assistant: Assistant) -> None:
    answer = assistant.ask("What is a Strategic Partnership Bridging Group?")  # Dorset's, told after Derbyshire's
    assert not answer.refused
    assert answer.text.startswith("Dorset’s Strategic Partnership Bridging Group involves")
    assert "The group helps LSPs to avoid duplication" not in answer.text  # the end of Derbyshire's story


def test_which_elements_are_soft_finds_the_softer_aspects(assistant: Assistant) -> None:
    answer = assistant.ask("Which elements are soft?")
    assert not answer.refused
    assert "The framework balances softer aspects of joint working" in answer.text
    assert labels(answer)[0] == "Paragraph 33"


def test_a_sentence_pointing_to_a_table_brings_the_tables_rows_for_a_list_question(assistant: Assistant) -> None:
    answer = assistant.ask("What should be in a partnership agreement?")  # 'Table 12 outlines the main issues…'
    assert not answer.refused
    assert set(labels(answer)) == {"Table 12", "Paragraph 136"}
    for row in ("Who are the parties to this agreement?", "How much money will each partner contribute?",
                "How long will this agreement last"):  # fmt: skip
        assert row in answer.text  # all twelve, not the two that share the word 'agreement'
    assert answer.text.count("✓") >= 12


def test_a_speaker_line_is_never_put_after_the_reports_own_words(assistant: Assistant) -> None:
    answer = assistant.ask("What did a third sector director say about ABG?")
    assert not answer.refused
    assert "disappointment. (Director, third sector)" not in answer.text  # before: the report's sentence, as if
    assert "‘There is the area based grant." in answer.text  # the director had said it; now the quotation itself
    assert "(Director, third sector)" in answer.text


def test_a_choice_between_two_things_in_a_table_cut_in_two_gets_both_halves_whole(assistant: Assistant) -> None:
    answer = assistant.ask("What factors should inform the choice between pooling and aligning?")
    assert not answer.refused
    assert "Table 11 suggests factors" in answer.text
    for item in ("Aligning is more suitable when:", "Legal or other constraints make pooling difficult",
                 "Pooling is more suitable when:", "There are no legal constraints to pooling."):  # fmt: skip
        assert item in answer.text  # both lists, each to its last item
    assert labels(answer).count("Table 11") == 2


def test_a_person_the_reports_name_is_answered_from_where_they_are_named(assistant: Assistant) -> None:
    farthing = assistant.ask("What did Chris Farthing say?")  # near the question in no meaning but his name
    assert not farthing.refused
    assert "the level of debate and organisation of priorities in Oxford is more advanced" in farthing.text
    signer = assistant.ask("Who is Sebastian Johnson?")
    assert signer.text == "Sebastian Johnson July 2010 [1]"  # all the reports say of him: he signed the paper


def test_whether_something_still_exists_finds_where_it_was_abolished(assistant: Assistant) -> None:
    answer = assistant.ask("Is the CAA still going?")
    assert not answer.refused
    assert "the CAA has been abolished" in answer.text


def test_thanks_after_an_answer_is_not_answered_from_the_previous_topic(assistant: Assistant) -> None:
    first = assistant.ask("Who chairs most LSPs?")
    answer = assistant.ask("thanks", history=[("Who chairs most LSPs?", first.text)])
    assert answer.refused
    assert answer.standalone_question == "thanks"
    assert "not a question about the reports" in answer.text
    assert "Nearest passages" not in answer.text  # nothing near 'thanks' is worth offering
    assert answer.citations == ()


def test_how_the_osp_measures_up_is_answered_from_the_summary_paper(assistant: Assistant) -> None:
    # 'measure up' is in the summary paper's title alone: the answer comes from its conclusions all the same
    answer = assistant.ask("How does the OSP measure up?")
    assert not answer.refused
    assert "the OSP appears to be operating and delivering in a positive way" in answer.text
    assert "Conclusions" in labels(answer)
    assert "performance management Is" not in answer.text  # the officer's question is a sentence of its own
    assert_quotes_in_passages(answer)


def test_a_partnership_named_in_full_is_found_by_the_acronym_the_paper_uses(assistant: Assistant) -> None:
    # the summary paper only ever writes 'OSP'; the name in full finds the same passages
    named = assistant.search_scored("What is the Oxford Strategic Partnership?")
    assert [h.passage.id for h in named] == [h.passage.id for h in assistant.search_scored("What is the OSP?")]
    answer = assistant.ask("What is the Oxford Strategic Partnership?")
    assert not answer.refused
    assert "The OSP is well led and well managed" in answer.text
    assert all("OSP" in c.quote for c in answer.citations)
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Was anyone from the Local Government Association on the panel that advised the study?",
         "Henry Peterson, Consultant, LGA"),
        ("who from the Institute of Public Finance advised on the LSP study", "Mark Kenyon, Lead Adviser, IPF"),
    ],
)  # fmt: skip
def test_a_body_named_in_full_is_answered_by_the_acronym_the_report_writes(
    assistant: Assistant, question: str, said: str
) -> None:
    # the list of advisers writes only 'LGA' and 'IPF': the name in full is no name the passage lacks
    answer = assistant.ask(question)
    assert not answer.refused, answer.text
    assert said in answer.text
    assert labels(answer) == ["Paragraph 172"]
    assert_quotes_in_passages(answer)


def test_initials_the_reports_never_use_are_read_as_the_name_they_write(assistant: Assistant) -> None:
    # the reports write 'the Learning and Skills Council' and 'the Audit Commission', never 'LSC' or 'AC'
    answer = assistant.ask("Is the LSC in the appendix table of named partners?")
    assert not answer.refused, answer.text
    assert "Learning and Skills Council ✓" in answer.text
    assert "Appendix 3" in labels(answer)
    assert_quotes_in_passages(answer)
    answer = assistant.ask("According to the Oxford paper, what did the AC think inspection would focus LSPs on?")
    assert not answer.refused, answer.text
    assert "locally agreed outcomes delivered by partners" in answer.text
    assert_quotes_in_passages(answer)
    assert assistant.ask("What did the CPS say about LSPs?").refused  # initials of no name the reports write
    assert assistant.ask("Who is Oliver Smith Price?").refused  # a person, though his initials spell 'OSP'


def test_a_body_an_officer_calls_by_its_everyday_name_is_found_in_the_reports_words(assistant: Assistant) -> None:
    # 'NHS' is the thesaurus's everyday word for the reports' 'health' partners
    answer = assistant.ask("Do the police and NHS reporting lines sit outside the LAA framework?")
    assert not answer.refused, answer.text
    assert "These accountabilities sit outside the LAA framework." in answer.text
    assert labels(answer)[0] == "Paragraph 108"
    assert_quotes_in_passages(answer)


def test_i_am_is_no_name_the_passages_must_mention(assistant: Assistant) -> None:
    answer = assistant.ask("I'm new to our LSP board. Why does it matter which layer I'm engaging at?")
    assert "do not mention I'm" not in answer.text


@pytest.mark.parametrize(
    ("question", "sentence", "label"),
    [
        ("What is the role of the council chief executive in the LSP?",
         "Local authority chief executives play a crucial role", "Paragraphs 52–53"),
        ("Is willingness to challenge a good sign?", "Willingness to challenge is a sign of", "Paragraphs 56–57"),
    ],
)  # fmt: skip
def test_a_finding_the_summary_paper_repeats_is_quoted_once_from_the_report(
    assistant: Assistant, question: str, sentence: str, label: str
) -> None:
    # the summary paper lists the report's findings as bullets in nearly its words: the report's own paragraph
    # answers, and the bullet is not quoted beside it
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.text.count(sentence) == 1
    quoting = [c for c in answer.citations if sentence in c.quote]
    assert [c.passage.label for c in quoting] == [label]
    assert_quotes_in_passages(answer)


def test_a_list_question_is_answered_by_findings_not_a_table_of_questions(assistant: Assistant) -> None:
    # 'Is the evidence base robust?' (Table 5) names the evidence base, but asks; it answers no question but one
    # asking for the questions
    answer = assistant.ask("What are the benefits of a shared evidence base?")
    assert not answer.refused
    assert "Table 5" not in labels(answer) and "?" not in answer.text
    assert "evidence base" in answer.text
    assert labels(assistant.ask("What are the delivery chain questions?")) == ["Table 5"]
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("Is there a check on whether a delivery chain has feedback and review for continuous learning?",
         "Are mechanisms in place for regular feedback and review supporting continuous learning?"),
        ("Any checks for whether the delivery chain's risks are managed?",
         "Are the risks to the delivery chain well managed?"),
    ],
)  # fmt: skip
def test_a_check_asked_about_is_answered_by_the_checklists_question_alone(
    assistant: Assistant, question: str, row: str
) -> None:
    # each was answered from the prose about the delivery chain workshops, Table 5's questions set aside as
    # questions; then, once quoted, with the questions beside the one asked about
    answer = assistant.ask(question)
    assert not answer.refused and labels(answer) == ["Table 5"]
    assert answer.text == f"{row} [1]"
    assert_quotes_in_passages(answer)


def test_which_councillor_chairs_is_answered_by_the_council_leaders(assistant: Assistant) -> None:
    # 'councillor' found the passages saying 'councillors' (Paragraph 10's briefing papers, the Oxford findings), and
    # Paragraphs 47–49 ('Council leaders chair most LSPs.') ranked 8th; the reports' word for the role is 'leader'
    answer = assistant.ask("Which councillor chairs the LSP?")
    assert "Council leaders chair most LSPs. [2]" in answer.text
    assert "Paragraphs 47–49" in labels(answer)
    scrutiny = assistant.ask("Which councillor should scrutinise the LSP?")  # no chair asked of: no leaders
    assert scrutiny.text.startswith("Councillors’ involvement in, and scrutiny of, LSPs is fundamental")
    for a in (answer, scrutiny):
        assert_quotes_in_passages(a)


def test_a_name_the_heading_spells_out_is_mentioned_by_the_passages_under_it(assistant: Assistant) -> None:
    # Table 5 never writes 'DCA', but sits under the heading 'Delivery chain analysis': it was set aside as not
    # mentioning DCA, and the answer told of the DCA workshops instead of the question asked about
    answer = assistant.ask("Does the DCA question set look at how often agencies talk to each other?")
    assert not answer.refused
    assert answer.text.startswith(
        "Do the different agencies communicate regularly, using reliable information, and at the right levels? [1]"
    )
    assert labels(answer)[0] == "Table 5"
    assert_quotes_in_passages(answer)


def test_a_checklists_question_comes_with_what_it_says_of_it_and_no_other(assistant: Assistant) -> None:
    answer = assistant.ask("Before we cut a service, is there a question about running it more cheaply another way?")
    assert answer.text.startswith("Do we need to do the activity this way? [1]\nThere might be a more efficient")
    assert "candidate for decommissioning" not in answer.text  # what Table 6 says of the question before it
    assert "Do we need to do this amount" not in answer.text  # the question after it
    assert_quotes_in_passages(answer)


def test_a_past_tense_finds_the_passage_using_the_word_in_another_form(assistant: Assistant) -> None:
    # 'visited' and 'surveyed' are never written so: keyword search reads them as 'visit' and 'survey'
    visited = assistant.ask("How many case study areas were visited?")
    assert "Paragraph 168" in labels(visited) and "Twelve notable practice case studies" in visited.text
    surveyed = assistant.ask("How many partners were surveyed?")
    assert "282 LSP board partners completed the survey" in surveyed.text
    councils = assistant.ask("Which councils were visited as case studies?")
    assert "Blackburn with Darwen, Bolton, Derby" in councils.text  # a 'which councils' question names them
    assert "These visits included:" not in councils.text  # a lead-in comes with its list or not at all
    for answer in (visited, surveyed, councils):
        assert_quotes_in_passages(answer)


def test_the_oxford_officer_is_read_as_the_summary_paper(assistant: Assistant) -> None:
    answer = assistant.ask("What did the Oxford officer say about the CAA?")  # was refused: no passage is 'about
    assert not answer.refused  # officer'
    assert "the CAA has been abolished" in answer.text
    assert {c.passage.doc_id for c in answer.citations} == {"oxford-summary-2010"}
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    "question",
    [
        "What does the Oxford summary say about the recommendations?",
        "What does the Oxford summary say about the Audit Commission's recommendations?",  # was refused
    ],
)
def test_a_kind_of_block_asked_of_the_oxford_paper_is_looked_for_in_it(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)  # not the 2009 report's own Recommendations, nor the paper's conclusions
    assert not answer.refused
    assert "The study carries recommendations for local authorities and partners" in answer.text
    assert {c.passage.doc_id for c in answer.citations} == {"oxford-summary-2010"}
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    ("question", "label", "asked"),
    [
        ("What questions should we ask about our support team?", "Table 9", "How do different partners contribute"),
        ("What questions should we ask before pooling budgets?", "Table 12", "Who are the parties to this agreement?"),
        ("Which questions should partners ask about delivery chains?", "Table 5", "Is the outcome clearly defined?"),
    ],
)
def test_what_questions_to_ask_gets_the_reports_self_assessment_questions(
    assistant: Assistant, question: str, label: str, asked: str
) -> None:
    answer = assistant.ask(question)  # not what the reports find about support teams: the questions they set
    assert labels(answer)[0] == label
    assert asked in answer.text
    assert_quotes_in_passages(answer)


def test_ask_stream_yields_pieces_then_the_same_answer(assistant: Assistant) -> None:
    items = list(assistant.ask_stream("How many LSPs did the survey cover?"))
    *pieces, final = items
    assert len(pieces) > 1 and all(isinstance(p, str) for p in pieces)
    assert isinstance(final, Answer)
    assert "".join(pieces) == final.text
    assert final.text == assistant.ask("How many LSPs did the survey cover?").text


def test_chain_is_a_composable_runnable(assistant: Assistant) -> None:
    chain = assistant.chain
    assert isinstance(chain, Runnable)
    answer = chain.invoke({"question": "What is LIFT?", "history": [], "doc_id": None})
    assert isinstance(answer, Answer)
    assert "Local Improvement Finance Trust" in answer.text
    text_only = chain | RunnableLambda(lambda a: a.text)
    assert text_only.invoke({"question": "What is LIFT?", "history": []}) == answer.text


OFFICER_QUESTIONS = [
    "Is there much sign that councils use their scrutiny committees to hold the LSP to account?",
    "How are LSPs held to account?",
    "Why do private sector partners stop attending meetings?",
    "What did Derby do about data quality?",
    "What does CAA stand for?",
    "What is the 7S framework?",
    "What are the three transformational elements of the 7S framework?",
    "How many LAA targets can an area have?",
    "Who negotiates the LAA?",
    "What are the barriers to pooled budgets?",
    "What did the report recommend for central government?",
    "How does the OSP measure up against the report?",
    "What happened to LAAs after 2010?",
    "How many staff does Gateshead's LSP employ?",
    "Which councils were case study areas?",
    "What makes a good LSP chair?",
]


@pytest.mark.parametrize("question", OFFICER_QUESTIONS)
def test_every_answer_quotes_its_passages_once_each_with_valid_markers(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    if answer.refused:
        assert answer.text.startswith(CANNOT_ANSWER) and answer.citations == ()
        return
    numbers = {c.number for c in answer.citations}
    assert numbers == set(range(1, len(numbers) + 1))
    pieces = [p for line in answer.text.split("\n") for p in re.split(r"(?<=\])\s+", line.strip()) if p]
    statements = []
    for piece in pieces:
        m = re.fullmatch(r"(.+?)\s*\[(\d+)\]", piece)
        assert m, f"statement without a marker: {piece!r}"
        assert int(m.group(2)) in numbers
        statements.append((m.group(1), int(m.group(2))))
    tables = {c.number for c in answer.citations if c.passage.kind == "table"}
    prose = [flat(s) for s, n in statements if n not in tables]  # a table may repeat a cell ('Lack of accountability')
    assert len(prose) == len(set(prose)), "a sentence is quoted twice"
    assert_quotes_in_passages(answer)


def test_who_wrote_the_study_is_answered_by_its_research_team(assistant: Assistant) -> None:
    answer = assistant.ask("Who wrote the 2009 study?")
    assert not answer.refused
    assert labels(answer)[0] == "Paragraphs 170–171"
    assert "Michael Hughes was the study director." in answer.text
    assert_quotes_in_passages(answer)


def test_who_advised_the_study_is_answered_by_the_list_of_its_external_advisers(assistant: Assistant) -> None:
    answer = assistant.ask("Who advised the study?")  # 'advised' finds 'advisers', not 'guidance advised councils'
    assert not answer.refused
    assert labels(answer) == ["Paragraph 172"]
    assert answer.text.startswith("The external advisers were: [1]")
    assert "• Matthew Booth, Head of Policy, London Borough of Ealing [1]" in answer.text
    assert "• Chris Wobscall, Assistant Director, Policy and Technical, CIPFA [1]" in answer.text
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize("question", ["Which LSPs commission services?", "What did the report say about culture?"])
def test_a_figures_run_together_labels_are_quoted_only_for_the_figure(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert "Figure 5" not in labels(answer)  # 'Commissioning and procurement Pooling Resource management…'
    shown = assistant.ask("What does Figure 5 show?")
    assert "Commissioning and procurement Pooling Resource management" in shown.text


def test_a_quotation_is_not_about_a_sector_because_someone_from_it_said_it(assistant: Assistant) -> None:
    answer = assistant.ask("How do LSPs engage the third sector?")  # not '‘There is the area based grant…’
    assert labels(answer)[0] == "LSP membership"  # (Director, third sector)'
    assert "engaging representation from the public, private, and third sectors" in answer.text
    assert "area based grant" not in answer.text
    said = assistant.ask("What did the third sector say?")  # asked for its words, the quotation answers
    assert "(Director, third sector)" in said.text
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Who is Michael Hughes?", "Michael Hughes was the study director. [1]"),
        (
            "Who is Matthew Booth?",
            "The external advisers were: [1]\n• Matthew Booth, Head of Policy, London Borough of Ealing [1]",
        ),
    ],
)
def test_who_is_a_named_person_is_answered_by_what_names_them_alone(
    assistant: Assistant, question: str, text: str
) -> None:
    answer = assistant.ask(question)  # not the research team's other members, nor all thirteen advisers
    assert answer.text == text
    assert_quotes_in_passages(answer)


def test_a_reply_to_a_question_is_not_quoted_beside_another_passages_answer(assistant: Assistant) -> None:
    answer = assistant.ask("How did Oxford measure up against the report?")
    assert labels(answer) == ["Conclusions"]
    assert answer.text.startswith("In conclusion, the OSP appears to be operating and delivering in a positive way")
    assert "Yes, I would argue" not in answer.text


@pytest.mark.parametrize("question", ["What does Table 8 show?", "What is in Table 8?", "What's in table 8?"])
def test_a_table_asked_about_by_number_comes_back_from_its_title(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert labels(answer) == ["Table 8", "Paragraph 114"]  # the table, then the sentence that points to it
    assert answer.text.startswith("Performance reporting layers [1]")
    assert "(Table 8). [2]" in answer.text
    for layer in ("Strategic", "Executive", "Operational"):  # every row
        assert f"Governance layer: {layer} | Frequency of performance data:" in answer.text
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize("question", ["Summarise chapter 4", "What is chapter 4 about?", "What does chapter 4 cover?"])
def test_a_chapter_asked_about_is_what_the_report_says_it_does(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert labels(answer) == ["Paragraph 12", "Paragraphs 88–89", "Paragraph 144"]  # in the report's order
    assert answer.text.startswith(
        "This report has five chapters: [1]\n• Chapter 4 reviews the transactional elements of the framework. [1]"
    )
    assert "• Chapter 3" not in answer.text  # its own line of the list, not the others
    assert "This chapter applies the three transactional elements of the 7S framework to LSPs: [2]" in answer.text
    assert "• common frameworks (standards). [2]" in answer.text
    assert "This chapter has discussed the three transactional elements" in answer.text  # where it sums up
    assert_quotes_in_passages(answer)


def test_the_final_chapter_is_read_as_the_reports_last_chapter(assistant: Assistant) -> None:
    assert assistant.retriever.read("What does the final chapter say?") == "What does Chapter 5 say?"
    assert assistant.retriever.read("what's in the report's opening chapter") == "What's in Chapter 1?"
    assert assistant.retriever.read("the last chapter 3 table") == "the last chapter 3 table"  # numbered already
    # a question about a topic in one chapter is answered from that chapter's passages
    answer = assistant.ask("what does the final chapter say about keeping the SCS and the LAA in step")
    assert "must ensure the objectives of the SCS, and the LAA align with each other" in answer.text
    assert "Paragraphs 152–156" in labels(answer)
    assert_quotes_in_passages(answer)


def test_the_first_row_of_a_set_out_table_can_join_an_answer(assistant: Assistant) -> None:
    answer = assistant.ask("What are the pros and cons of a council leader as chair?")
    assert "LSP chair: Council leader or elected mayor | Positive interpretation: Democratic accountability" in (
        answer.text
    )  # not the next row's 'Other cabinet member', for the first was taken for column heads
    assert "Other cabinet member" not in answer.text


@pytest.mark.parametrize(
    "question",
    ["the table on performance reporting layers – what older AC guide is it adapted from?",
     "Table 8 performance reporting layers source 1998 guide", "What is Table 8 adapted from?",
     "What is the source of the table on performance reporting layers?",  # was led by its title, then Table 7's
     "What guide is the table on performance reporting layers adapted from?"],  # items and Table 5's Source line
)  # fmt: skip
def test_where_a_table_came_from_is_its_source_line_alone(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.text == (
        "Source: Audit Commission (1998) Performance Review in Local Government: Action Guide (adapted Audit"
        " Commission, 2008) [1]"
    )  # not the table's rows, nor the row above the line
    assert labels(answer) == ["Table 8"]


def test_whose_model_a_figure_is_is_its_source_line_and_nothing_from_elsewhere(assistant: Assistant) -> None:
    answer = assistant.ask("Whose model of loose networking to collaboration is this?")
    assert answer.text == "Source: Working Across Boundaries: Collaboration in Public Services (Ref. 5) [1]"
    assert labels(answer) == ["Figure 2"]  # not Figure 7's, the Summary's or a heading's sentences beside it


def test_the_source_of_an_appendix_set_out_as_a_table_is_its_own(assistant: Assistant) -> None:
    answer = assistant.ask("What is the source of the named partners table?")
    assert answer.text == "Source: Audit Commission, 2008 [1]"
    assert labels(answer) == ["Appendix 3"]  # the same words close Table 2, which was cited


def test_where_a_case_studys_idea_came_from_is_not_its_source_line(assistant: Assistant) -> None:
    answer = assistant.ask("Where did the idea for the Big Derbyshire Clean Up come from?")
    assert answer.text.startswith("The Big Derbyshire Clean Up emerged from consultation with Citizens’ Panel")


def test_a_row_named_in_quotation_marks_is_quoted_alone(assistant: Assistant) -> None:
    # 'Other' is no word a row is told by, but quoted it names the row 'LSP chair: Other | …'; the rows of the
    # table's other part are no answer beside it
    answer = assistant.ask("If the LSP chair falls into the catch-all 'Other' category, what are the readings?")
    assert answer.text.startswith("LSP chair: Other | Positive interpretation: Independent and above partisan")
    assert "Council leader" not in answer.text and "Other cabinet member" not in answer.text
    assert labels(answer) == ["Table 3"]
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    ("question", "entry"),
    [("LAA?", "LAAs: Local area agreements. [1]"), ("lift", "LIFT: Local Improvement Finance Trust. [1]"),
     ("the CAA", "CAA: Comprehensive Area Assessment. [1]"), ("Local area agreements", "LAAs: Local area agreements.")],
)  # fmt: skip
def test_a_glossary_term_typed_on_its_own_is_asked_what_it_is(assistant: Assistant, question: str, entry: str) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith(entry)  # the entry from its head, not from its third sentence
    assert answer.standalone_question.startswith("What is ")  # shown as 'Read as: What is LAA?'
    assert assistant.ask("pooled budgets").standalone_question == "pooled budgets"  # no glossary term: as typed


def test_a_glossary_entrys_head_opens_a_span_only_when_the_question_names_its_term(assistant: Assistant) -> None:
    answer = assistant.ask("What is the duty to cooperate?")
    assert answer.text.startswith("The duty to cooperate applies to all the LITs in the LAA. [1]")
    assert "LITs: Local improvement targets." not in answer.text  # another term's head, not asked about
    owners = assistant.ask("Who owns LIFT companies?")
    assert owners.text.startswith("LIFT: Local Improvement Finance Trust. [1]")  # the term asked about: its head


def test_who_pays_is_read_as_the_reports_contributions_and_costs(assistant: Assistant) -> None:
    answer = assistant.ask("who pays for the lsp")
    assert not answer.refused  # had been 'Nothing found is about pays'
    assert "different partners’ contributions, in cash or kind, to the LSP support team’s work" in answer.text


def test_how_many_lsps_r_there_is_how_many_are_there(assistant: Assistant) -> None:
    answer = assistant.ask("how many lsps r there")
    assert "388 LSPs" in answer.text


def test_what_is_typed_without_its_apostrophe_is_still_a_definition_question(assistant: Assistant) -> None:
    answer = assistant.ask("whats an lsp")
    assert answer.text.startswith("LSP: local strategic partnership. [1]")  # not 'The style of an LSP is…'


@pytest.mark.parametrize("question", ["What are the 7 S's?", "What are the seven Ss?", "What is the 7-S model?"])
def test_the_7s_typed_apart_is_read_as_the_reports_one_word(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.refused  # "7 S's" had been refused: the reports write '7S'
    assert "7S" in answer.standalone_question
    assert "7S" in answer.text


def test_a_chapter_the_report_does_not_have_is_refused_by_name(assistant: Assistant) -> None:
    answer = assistant.ask("What does chapter 7 say?")
    assert answer.refused
    assert "no chapter 7" in answer.text


def test_a_list_counted_otherwise_than_the_question_asks_is_not_added(assistant: Assistant) -> None:
    answer = assistant.ask("What are the three main barriers to financial challenge?")
    assert "There are three main barriers: partners do not understand" in answer.text
    assert "five main arrangements" not in answer.text  # another list, counted otherwise
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize(
    ("question", "label", "quoted"),
    [
        ("What does paragraph 48 say?", "Paragraphs 47–49", "Council leaders chair most LSPs."),
        ("Summarise paragraph 133", "Paragraphs 131–133", "Pooling and aligning both allow partners"),
        ("What does paragraph 172 say?", "Paragraph 172", "An external advisory group helped"),
        ("Summarise paragraph 48", "Paragraphs 47–49", "Council leaders chair most LSPs."),  # no other word shared
        ("Summarise case study 3", "Case study 3", "Derbyshire’s LSP Coordinators’ Group"),
    ],
)
def test_a_paragraph_asked_about_by_number_comes_back_from_the_passage_holding_it(
    assistant: Assistant, question: str, label: str, quoted: str
) -> None:
    assert assistant.search(question, k=1)[0].label == label
    answer = assistant.ask(question)
    assert not answer.refused
    assert labels(answer) == [label]
    assert quoted in answer.text
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize("block", ["paragraph 999", "Table 99", "Figure 42", "case study 31"])
def test_a_block_the_reports_do_not_have_is_refused_saying_so(assistant: Assistant, block: str) -> None:
    answer = assistant.ask(f"What does {block} say?")
    assert answer.refused
    assert f"(The reports have no {block}.)" in answer.text


def test_a_table_cut_in_two_asked_about_by_number_comes_back_whole(assistant: Assistant) -> None:
    answer = assistant.ask("What does Table 11 show?")
    assert not answer.refused
    assert set(labels(answer)) == {"Table 11"}
    assert "Aligning is more suitable when:" in answer.text
    assert "Pooling is more suitable when:" in answer.text
    assert_quotes_in_passages(answer)


def test_recommendations_for_councils_are_the_local_authorities_list(assistant: Assistant) -> None:
    answer = assistant.ask("What does the report recommend councils do?")
    assert answer.text.startswith("Local authorities and their partners should: [1]")
    assert "Central government should" not in answer.text
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize("question", ["What should councils do?", "What should partners do?"])
def test_what_someone_should_do_is_what_the_report_recommends_they_do(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("Local authorities and their partners should: [1]")
    assert "• Engage elected members through training and development" in answer.text  # the list, whole
    assert "Central government should" not in answer.text
    assert_quotes_in_passages(answer)


def test_what_the_report_recommends_is_every_recommendations_list_in_the_reports_order(assistant: Assistant) -> None:
    answer = assistant.ask("What does the report recommend?")
    leads = [line for line in answer.text.split("\n") if line.endswith(("should: [1]", "should: [2]", "will: [3]"))]
    assert leads == ["Local authorities and their partners should: [1]", "Central government should: [2]",
                     "The Audit Commission will: [3]"]  # fmt: skip
    assert [c.passage.kind for c in answer.citations] == ["recommendations"] * 3
    for_whom = assistant.ask("What does the report recommend for central government?")
    assert for_whom.text.startswith("Central government should: [1]") and "Local authorities" not in for_whom.text


def test_what_the_report_recommends_about_a_topic_is_its_items_about_it_under_their_lead_ins(
    assistant: Assistant,
) -> None:
    scrutiny = assistant.ask("What does the report recommend about scrutiny?")
    assert scrutiny.text.split("\n") == [
        "Local authorities and their partners should: [1]",
        "• Engage elected members through training and development, and stronger partnership scrutiny. [1]",
    ]
    dca = assistant.ask("What does the report recommend about delivery chain analysis?")  # a nested item, under the
    assert dca.text.split("\n")[1:] == [  # item it hangs from
        "• Test their current arrangements using: [1]",
        "• delivery chain analysis; and [1]",
    ]
    departments = assistant.ask("What does the report recommend for government departments?")  # whom, not what
    assert departments.text.count("\n• ") == 4  # all four of central government's


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("What is the role of an LSP?", "LSPs are a collection of organisations and representatives collaborating"),
        ("What is the purpose of the SCS?", "The SCS sets the strategic direction and long-term vision"),
        ("What are the long-term objectives of an LSP?", "long-term objectives"),
    ],
)
def test_what_the_x_of_y_is_is_answered_not_refused(assistant: Assistant, question: str, quoted: str) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert quoted in answer.text
    if "objectives" in question:  # the objectives of an LSP are not what an LSP is: no glossary entry for it
        assert "LSP: local strategic partnership." not in answer.text


def test_a_statement_about_the_asker_does_not_refuse_the_question(assistant: Assistant) -> None:
    answer = assistant.ask("I'm a council officer in Leeds. Who chairs most LSPs?")
    assert not answer.refused
    assert "Council leaders chair most LSPs." in answer.text
    assert assistant.ask("I work in Sheffield. What is the population of Leeds?").refused


def test_a_sentence_the_report_repeats_in_its_appendix_is_quoted_once(assistant: Assistant) -> None:
    first = assistant.ask("What is an LAA?")
    answer = assistant.ask("and who signs it?", history=[("What is an LAA?", first.text)])
    assert answer.text.count("When the Secretary of State signs an LAA") == 1  # Appendix 2 and Paragraph 23 both say it


@pytest.mark.parametrize(
    "question", ["Where can I find the briefing papers?", "Where can I get the checklist for LSP improvement?"]
)
def test_where_to_find_something_gives_the_web_address_first(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.text.startswith("This national report and supporting guidance are available on the Audit Commission")
    assert "www.audit-commission.gov.uk/lsp" in answer.citations[0].quote
    assert labels(answer)[0] == "Paragraph 10"
    assert_quotes_in_passages(answer)


def test_a_sectors_word_in_another_sense_is_not_quoted_for_the_sector(assistant: Assistant) -> None:
    answer = assistant.ask("What does the report say about the voluntary sector?")
    assert "voluntary sector partners" in answer.text
    assert "voluntary LAAs" not in answer.text  # agreements entered voluntarily, not the voluntary sector
    involve = assistant.ask("How should LSPs involve the voluntary sector?")
    assert "private and voluntary sector organisations propose vice chairs" in involve.text
    assert "LSPs are voluntary" not in involve.text


@pytest.mark.parametrize(
    ("question", "opening", "unrelated"),
    [
        ("How do LSPs hold partners to account?", "Overview and scrutiny enables councils to hold LSPs to account",
         "Applies the three transactional elements"),
        ("How do LSPs measure outcomes?", "CAA will prompt LSPs to improve standards", "As stated earlier"),
    ],
)  # fmt: skip
def test_the_first_ranked_passage_joins_only_with_a_sentence_about_what_is_asked(
    assistant: Assistant, question: str, opening: str, unrelated: str
) -> None:
    answer = assistant.ask(question)  # the sentences named 'unrelated' share only 'LSPs' with the question
    assert answer.text.startswith(opening)
    assert unrelated not in answer.text


@pytest.mark.parametrize(
    "question", ["What are the drawbacks of pooled budgets?", "What are the disadvantages of pooling budgets?"]
)
def test_the_drawbacks_of_a_thing_are_the_constraints_the_reports_set_out(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)  # the reports say 'constraints', an officer 'drawbacks'
    assert not answer.refused
    assert "Table 10" in labels(answer)
    assert "Pooled funds have no separate legal existence." in answer.text
    assert "Pooling is more suitable when:" not in answer.text


def test_a_diagram_asked_about_by_number_comes_with_the_sentence_pointing_to_it(assistant: Assistant) -> None:
    answer = assistant.ask("What does Figure 5 show?")  # a diagram's bare labels say little on their own
    assert labels(answer) == ["Figure 5", "Paragraph 44"]
    assert answer.text.startswith("Each governance layer has different roles and responsibilities")
    assert "\nEach of the three layers of joint working (strategic, executive, and thematic/ operational) has" in (
        answer.text
    )
    figure2 = assistant.ask("What does Figure 2 show?")
    assert "(Ref. 5) [1]\nVoluntary partnerships work through four stages" in figure2.text  # a line of its own
    assert_quotes_in_passages(answer)


def test_a_table_cut_in_two_comes_back_whole(assistant: Assistant) -> None:
    answer = assistant.ask("What does Table 3 show?")
    assert labels(answer)[:2] == ["Table 3", "Table 3"]
    for chair in ("Council leader or elected mayor", "Council officer", "Private sector", "Faith representative"):
        assert f"LSP chair: {chair} |" in answer.text
    assert "The choice of chair can send positive or negative messages to local stakeholders (Table 3)." in answer.text


def test_how_two_things_differ_is_about_the_two_things_not_about_differing(assistant: Assistant) -> None:
    answer = assistant.ask("How does CAA differ from CPA?")  # 'differ' is how it asks, not what it is about
    assert not answer.refused
    assert "Comprehensive Area Assessment replaced CPA in 2009." in answer.text
    assert labels(answer) == ["Footnote I"]


def test_a_follow_up_is_not_answered_by_a_checklist_question(assistant: Assistant) -> None:
    history: list[tuple[str, str]] = []
    for question in ("What is an LAA?", "who signs it?"):
        history.append((question, assistant.ask(question, history=list(history)).text))
    answer = assistant.ask("how long does it last?", history=history)
    assert "How long will this agreement last" not in answer.text  # Table 12 asks it; it answers nothing
    assert "can be progressed within three years" in answer.text


def test_a_follow_up_is_answered_only_from_passages_naming_the_place_it_carries(assistant: Assistant) -> None:
    first = assistant.ask("What did Warwickshire do?")
    answer = assistant.ask("what did it cost?", history=[("What did Warwickshire do?", first.text)])
    assert answer.standalone_question == "what did it cost (Warwickshire)?"
    assert not answer.refused
    assert "Case study 16" not in labels(answer)  # what Oldham's scrutiny costs says nothing of Warwickshire
    assert "£500,000 was redirected in 2008/09." in answer.text
    assert all("Warwickshire" in c.passage.text for c in answer.citations)


def test_what_x_is_is_not_answered_by_a_tick_matrix_row(assistant: Assistant) -> None:
    answer = assistant.ask("What is a children's trust?")  # Appendix 3's rows name 'trusts' and tick duties
    assert "Appendix 3" not in labels(answer)
    assert "✓" not in answer.text
    assert "children’s trust arrangements" in answer.text


def test_why_partnerships_fail_is_answered_by_the_barriers_to_success(assistant: Assistant) -> None:
    answer = assistant.ask("Why do LSPs fail?")  # the reports say 'failure' and 'barriers'
    assert not answer.refused
    assert "Failure to follow these principles creates barriers to successful outcomes" in answer.text
    assert "decommission" not in answer.text  # not outsourced services failing to contribute (Case study 14)


def test_a_passage_saying_an_everyday_word_the_reports_way_supports_an_answer(assistant: Assistant) -> None:
    answer = assistant.ask("Which partners are least engaged?")  # the reports say 'commitment', not 'engaged'
    assert not answer.refused
    assert "In half the case study areas this commitment was weak." in answer.text
    assert "Paragraphs 52–53" in [c.passage.label for c in answer.citations]


def test_what_to_ask_is_answered_by_the_reports_questions(assistant: Assistant) -> None:
    answer = assistant.ask("What should partners ask before pooling budgets?")  # the reports say 'questions'
    assert answer.citations[0].passage.label == "Table 12"
    assert "How much money will each partner contribute?" in answer.text


def test_to_commission_services_is_commissioning_not_the_audit_commission(assistant: Assistant) -> None:
    answer = assistant.ask("Which LSPs commission services?")
    assert "Metropolitan district and London borough LSPs have most experience of joint commissioning." in answer.text
    assert "Local public service board" not in answer.text  # the glossary entry naming 'The Audit Commission report'


def test_what_someone_no_recommendation_addresses_should_do_is_not_the_recommendations(assistant: Assistant) -> None:
    answer = assistant.ask("What should the LSP support team do?")
    assert "supports policy and strategy development, organises meetings" in answer.text
    assert "recommendations" not in {c.passage.kind for c in answer.citations}


def test_the_soft_ones_after_the_hard_elements_are_the_softer_aspects(assistant: Assistant) -> None:
    first = assistant.ask("Which elements of the 7S framework are hard?")
    assert labels(first)[0] == "Paragraph 33"
    history = [("Which elements of the 7S framework are hard?", first.text)]
    answer = assistant.ask("And the soft ones?", history=history)
    assert answer.text.startswith("The framework balances softer aspects of joint working (staff and skills")
    assert "most closely associated with running formal organisations" not in answer.text  # the hard ones


def test_which_councils_after_counting_the_case_studies_names_the_case_study_councils(assistant: Assistant) -> None:
    first = assistant.ask("How many case studies were there?")
    answer = assistant.ask("Which councils?", history=[("How many case studies were there?", first.text)])
    assert answer.text.startswith("The case study councils were: Blackburn with Darwen, Bolton, Derby")


def test_any_examples_after_a_topic_are_its_case_studies(assistant: Assistant) -> None:
    first = assistant.ask("Tell me about scrutiny")
    answer = assistant.ask("Any examples?", history=[("Tell me about scrutiny", first.text)])
    assert answer.citations[0].passage.kind == "case_study"
    assert answer.citations[0].passage.label in {"Case study 16", "Case study 17"}  # Oldham's, Dorset's scrutiny


def test_who_approves_is_answered_by_the_reports_verb_for_it(assistant: Assistant) -> None:
    answer = assistant.ask("Who approves the LSP chair?")  # the report: the cabinet 'formally agrees' it
    assert answer.text.startswith("The executive (cabinet) of the relevant local authority formally agrees the chair")


def test_describe_x_is_answered_as_what_x_is(assistant: Assistant) -> None:
    described = assistant.ask("Describe the 7S framework")
    assert labels(described)[0] == "Paragraph 32"  # 'The 7S framework stresses the interconnections…'
    deal = assistant.ask("whats the deal with ABG")  # was refused: 'nothing found is about deal'
    assert not deal.refused and labels(deal)[0] == "Appendix 2: ABG"


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Which councils were visited?", "The case study councils were: Blackburn with Darwen, Bolton"),
        (
            "How many LSP coordinators responded?",
            "191 LSP coordinators and 282 LSP board partners completed the survey",
        ),
    ],
)
def test_everyday_words_for_the_study_method_find_it(assistant: Assistant, question: str, quoted: str) -> None:
    answer = assistant.ask(question)  # the reports say 'case study councils', 'completed the survey'
    assert quoted in answer.text


def test_what_someone_said_is_answered_by_their_quotations(assistant: Assistant) -> None:
    pct = assistant.ask("What did a PCT chief executive say?")
    assert "(PCT chief executive)" in pct.text
    assert "(Council chief executive)" not in pct.text  # another's quotation about PCTs
    police = assistant.ask("What did the police say?")
    assert police.text.startswith("‘For any partnership, you have to look at relationships.")
    assert "(Police chief superintendent)" in police.text
    study = assistant.ask("What did the study say about trust between partners?")  # no speaker: quotations count
    assert "you create a feeling of trust.’ (Council chief executive)" in study.text


def test_a_figure_about_something_else_does_not_answer_how_many(assistant: Assistant) -> None:
    rated = assistant.ask("How many LSPs were rated excellent?")  # 'two LSPs constituted as companies' is no answer
    assert rated.refused
    clean_up = assistant.ask("How much did the Big Derbyshire Clean Up cost?")  # a sum of money, in other words
    assert "The £747,000 budget includes £247,000 from LPSA2 pump-priming" in clean_up.text


@pytest.mark.parametrize(
    ("question", "term"),
    [("What is a risk register?", "risk register"), ("Explain participatory budgeting", "participatory budgeting"),
     ("What is shared value?", "shared value")],
)  # fmt: skip
def test_a_term_the_reports_never_use_is_refused_by_name(assistant: Assistant, question: str, term: str) -> None:
    answer = assistant.ask(question)  # not 'review systems and risks', not pooled budgets
    assert answer.refused
    assert f"(The reports do not use the term {term}.)" in answer.text


@pytest.mark.parametrize("question", ["What are aligned budgets?", "What is good governance?"])
def test_a_term_the_reports_say_in_other_order_or_form_is_answered(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)  # 'budgets their organisations had aligned'; how governance is good
    assert not answer.refused
    assert_quotes_in_passages(answer)


def test_a_figure_counting_something_else_does_not_say_how_many_members(assistant: Assistant) -> None:
    answer = assistant.ask("How many members should an LSP board have?")  # not 'three elected member … bodies'
    assert answer.refused
    assert "(No figure is given for members.)" in answer.text


def test_a_glossary_term_written_in_capitals_is_answered_by_its_entry(assistant: Assistant) -> None:
    answer = assistant.ask("What is the Area Based Grant?")  # the entry says 'area based grant', not as a name
    assert labels(answer)[0] == "Appendix 2: ABG"
    assert "ABG is allocated on a three-year basis" in answer.text
    assert "ABG is not new money." not in answer.text  # Paragraph 97 saying again the entry's 'It is not new money.'


def test_everyday_words_for_obstacles_and_paying_find_the_reports_words(assistant: Assistant) -> None:
    barriers = assistant.ask("What are the barriers to joint working?")  # the reports say 'obstacles'
    assert barriers.text.startswith("All partnerships face obstacles to joint working")
    assert labels(barriers)[0] == "Paragraph 62"
    funds = assistant.ask("Who funds the support team?")  # 'Councils employ most of the people…'
    assert "Paragraph 128" in labels(funds)
    assert "Councils employ most of the people working in these core teams." in funds.text


def test_when_something_was_introduced_is_dated_by_its_first_guidance_or_what_it_replaced(assistant: Assistant) -> None:
    lsps = assistant.ask("When were LSPs introduced?")  # the reports say 'The first LSP guidance (Ref 1. 2001)'
    assert lsps.text.startswith("The first LSP guidance (Ref 1. 2001) advised councils to use an LSP to:")
    assert labels(lsps)[0] == "Paragraph 17"
    caa = assistant.ask("When was CAA introduced?")  # its long form, and what it replaced
    assert "Comprehensive Area Assessment replaced CPA in 2009." in caa.text
    commission = assistant.ask("When was the Audit Commission abolished?")  # not when it published a framework
    assert commission.refused


def test_what_an_acronym_the_reports_never_spell_out_stands_for_is_refused(assistant: Assistant) -> None:
    gose = assistant.ask("What does GOSE stand for?")  # used once, beside a manager's name
    assert gose.refused
    assert "(No passage spells out GOSE.)" in gose.text
    lift = assistant.ask("What does LIFT stand for?")
    assert lift.text.startswith("LIFT: Local Improvement Finance Trust.")
    what = assistant.ask("What is GOSE?")  # not the Oxford paper's conclusions around the manager's name
    assert what.refused
    assert "(No passage spells out GOSE.)" in what.text


def test_what_a_case_study_acronym_is_comes_from_the_sentence_spelling_it_out(assistant: Assistant) -> None:
    dsp = assistant.ask("What is the DSP?")  # no glossary entry: Case study 17 writes it out in brackets
    assert "In 2006 the group jointly scrutinised the Dorset Strategic Partnership (DSP). [1]" in dsp.text
    assert labels(dsp)[0] == "Case study 17"


def test_no_answer_ends_on_half_a_quotation_under_its_speaker(assistant: Assistant) -> None:
    cabinet = assistant.ask("How does the LSP relate to the council's cabinet?")
    assert "‘There is the area based grant. (Director, third sector)" not in cabinet.text
    brand = assistant.ask("What is the Bolton brand?")  # the partnerships lead's words, whole
    whole = "We have got people signed up to it, being part of the whole Bolton family.’ (Council partnerships lead)"
    assert whole in brand.text


def test_what_role_someone_plays_is_answered_by_sentences_naming_them(assistant: Assistant) -> None:
    pct = assistant.ask("What role does the PCT play?")  # not 'Local authority chief executives play a crucial role'
    assert "chief executives play a crucial role" not in pct.text
    assert pct.text.startswith("PCT: Primary care trust.")
    police = assistant.ask("What role do police play in LSPs?")
    assert "In one area, the police were only interested in the CDRP" in police.text
    assert "chief executives play a crucial role" not in police.text


def test_a_frequency_the_reports_do_not_give_is_refused_by_name(assistant: Assistant) -> None:
    boards = assistant.ask("How often do LSP boards meet?")  # 'an annual forum event' is no board's frequency
    assert boards.refused
    assert "(No frequency is given for this.)" in boards.text


def test_what_the_report_recommends_next_is_every_recommendation(assistant: Assistant) -> None:
    answer = assistant.ask("What does the report recommend next?")  # 'next' says when, not about what
    assert answer.text.startswith("Local authorities and their partners should: [1]")
    assert "The Audit Commission will: [3]" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Which councils were case studies?",
        "Which councils were the notable practice case studies?",  # 'notable practice' names no case study here
        "Which areas were the case studies?",
    ],
)
def test_which_councils_were_the_case_studies_is_answered_by_their_roll_call(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert "The case study councils were: Blackburn with Darwen, Bolton, Derby" in answer.text
    assert "Case study 17" not in labels(answer)  # not Dorset's scrutiny of its county councils


def test_voluntary_organisations_are_the_sector_not_lsps_being_voluntary(assistant: Assistant) -> None:
    answer = assistant.ask("How are voluntary organisations involved in LSPs?")
    assert not answer.refused
    assert "LSPs are voluntary" not in answer.text  # another sense of the word
    assert "voluntary sector organisations propose vice chairs" in answer.text
    assert_quotes_in_passages(answer)


def test_who_sits_on_the_board_is_not_answered_by_all_a_figure_says_of_boards(assistant: Assistant) -> None:
    answer = assistant.ask("Who sits on the LSP board?")
    assert not answer.refused
    assert "Partners promote joint working and local profile." not in answer.text  # Figure 7, not dumped whole
    assert "members of the county-wide LSP board" in answer.text  # who does sit on one
    assert_quotes_in_passages(answer)


def test_a_follow_up_asking_for_one_sort_gets_that_sort_not_the_whole_table(assistant: Assistant) -> None:
    first = assistant.ask("What are the 7S elements?")
    answer = assistant.ask("Which are the hard ones?", history=[("What are the 7S elements?", first.text)])
    assert not answer.refused
    assert "harder aspects (steering, standards, and systems)" in answer.text
    assert "7S element: Style" not in answer.text  # not Table 2's every row again
    assert_quotes_in_passages(answer)


@pytest.mark.parametrize("question", ["Tell me about Derbyshire", "What do the reports say about Derbyshire?"])
def test_a_place_asked_about_as_a_whole_is_told_from_each_passage_about_it(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.refused
    assert "The Big Derbyshire Clean Up emerged from consultation" in answer.text
    assert "The Derbyshire SNA focused on an operational partnership" in answer.text
    assert len(set(labels(answer))) >= 3  # one sentence from each of several passages, not one passage's sayings
    assert all("Derbyshire" in s for s in split_sentences(re.sub(r"\s*\[\d+\]", "", answer.text)))
    refused = assistant.ask("Tell me about Milton Keynes")  # named only among the case study councils
    assert refused.refused


def test_the_main_findings_about_a_topic_are_the_summary_points_about_it(assistant: Assistant) -> None:
    answer = assistant.ask("What are the main findings about resources?")
    assert "Most LSPs lack mechanisms for assigning mainstream resources" in answer.text  # search brings it in
    assert "executive: resource allocation and performance management" in answer.text  # under its point
    assert "LSPs are part of a complex local governance network" not in answer.text  # not the first list whole
    assert set(labels(answer)) == {"Summary"}
    scrutiny = assistant.ask("What are the key messages on scrutiny?")
    assert scrutiny.text.startswith("• There is little evidence that councils are using overview and scrutiny")


def test_which_areas_did_something_is_answered_place_by_place(assistant: Assistant) -> None:
    answer = assistant.ask("Which areas used social network analysis?")
    assert "The Bolton SNA focused on links" in answer.text
    assert "The Derbyshire SNA focused on an operational partnership" in answer.text
    assert labels(answer) == ["Case study 8", "Case study 7"]
    roll = assistant.ask("Which councils were visited?")  # the roll call names them all: it still answers
    assert roll.text.startswith("The case study councils were: Blackburn with Darwen")


def test_how_many_people_were_interviewed_counts_the_interviews(assistant: Assistant) -> None:
    answer = assistant.ask("How many people were interviewed?")
    assert "one hundred and eighteen semi-structured interviews" in answer.text
    assert "There were 23 interviews in these authorities." in answer.text
    assert labels(answer) == ["Paragraph 168"]  # not Portsmouth's services for excluded groups of people


@pytest.mark.parametrize(
    "question",
    ["Why did the Audit Commission do this study?", "What is the purpose of the study?", "Why was the report written?"],
)
def test_what_the_study_was_for_is_answered_by_its_aims(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("This study aims to: [1]")
    assert "provide practical guidance for partners in LSPs" in answer.text
    assert labels(answer) == ["Paragraph 9"]  # not the fieldwork dates or the study director


def test_whom_the_study_interviewed_is_every_interview_item(assistant: Assistant) -> None:
    for question in ("Who did the study interview?", "Who was interviewed for the study?"):
        answer = assistant.ask(question)
        assert "with local authority chief executives, political leaders, LSP chairs" in answer.text
        assert "There were 23 interviews in these authorities." in answer.text
        assert labels(answer) == ["Paragraph 168"]  # not who undertook the research


def test_a_year_no_top_passage_says_is_looked_for_a_little_further_down(assistant: Assistant) -> None:
    answer = assistant.ask("How has the government's policy on LSPs changed since 2000?")
    assert not answer.refused  # was: 'The passages found say nothing about 2000.'
    assert "From 2000, government attention shifted towards local objectives" in answer.text
    assert labels(answer) == ["Paragraph 16"]
    refused = assistant.ask("How many LSPs were constituted as companies limited by guarantee in 2009?")
    assert refused.refused and "say nothing about 2009" in refused.text  # not a far-off passage that says 2009


def test_where_the_7s_framework_came_from_is_said(assistant: Assistant) -> None:
    for question in ("What is the 7S framework based on?", "Who developed the 7S framework?"):
        answer = assistant.ask(question)
        assert "The framework was originally a business strategy tool (Ref. 16)." in answer.text
        assert "Paragraph 31" in labels(answer)


def test_a_statute_is_not_read_as_an_acronym_its_initials_spell(assistant: Assistant) -> None:
    answer = assistant.ask("What is the Local Government Act 2000?")  # not the LGA (Local Government Association)
    assert answer.text.startswith("Department: Communities and Local Government | Local Government Act 2000 | "
                                  "Action: well-being powers")  # fmt: skip
    assert labels(answer)[0] == "Table 1"


def test_how_much_of_a_named_fund_there_is_accepts_a_sum_in_a_sentence_naming_it(assistant: Assistant) -> None:
    answer = assistant.ask("How much ABG is there?")  # was refused: the sum is not next to 'ABG'
    assert not answer.refused and "£4 billion" in answer.text


def test_a_choice_between_pooling_and_aligning_gets_the_conditions_for_each(assistant: Assistant) -> None:
    answer = assistant.ask("Should partners pool or align budgets?")
    assert "Pooling is more suitable when:" in answer.text and "Aligning is more suitable when:" in answer.text
    assert set(labels(answer)) == {"Table 11"}  # not Table 10's constraints on pools
    alone = assistant.ask("When should partners pool rather than align?")  # asks of one: its conditions alone
    assert "Pooling is more suitable when:" in alone.text and "Aligning is more suitable when:" not in alone.text


def test_a_figure_written_as_a_teen_or_a_compound_word_is_counted(assistant: Assistant) -> None:
    answer = assistant.ask("How many services did Portsmouth decommission?")
    assert "sixteen services were decommissioned" in answer.text  # was left out, as 'sixteen' was no figure
    assert "thirty-three services remained unchanged" not in answer.text  # nor is it given for other services
    assert labels(answer) == ["Case study 15"]


def test_which_case_studies_tell_of_a_place_is_answered_case_study_by_case_study(assistant: Assistant) -> None:
    answer = assistant.ask("Which case studies involve Derbyshire?")
    assert "The Big Derbyshire Clean Up emerged from consultation" in answer.text
    assert "The Derbyshire SNA focused on an operational partnership" in answer.text
    assert {"Case study 12", "Case study 7", "Case study 19"} <= set(labels(answer))
    assert all(label.startswith("Case study") for label in labels(answer))  # not Paragraph 169's roll call


def test_a_second_sentences_first_word_is_no_name_the_reports_must_mention(assistant: Assistant) -> None:
    answer = assistant.ask("Our partners don't trust the council. Any advice?")
    assert "do not mention Any" not in answer.text  # was refused for want of 'Any'
    assert not answer.refused


def test_why_a_tool_is_useful_is_answered_by_how_it_helps(assistant: Assistant) -> None:
    answer = assistant.ask("Why is the 7S framework useful?")
    assert "the 7S framework can help councils and partners build on LSP strengths" in answer.text
    assert labels(answer)[0] == "Looking forward – the future of LSPs"


def test_what_sits_at_the_centre_is_found_where_the_paper_says_at_the_heart(assistant: Assistant) -> None:
    answer = assistant.ask("In the Oxford summary, what sits at the centre of the 7S model?")
    assert "with the Sustainable Community Strategy (SCS) at the heart of the framework. [1]" in answer.text
    assert labels(answer)[0] == "Can organisations work together?"  # the Oxford paper's section, not Paragraph 116


@pytest.mark.parametrize(
    "question",
    ["hi, can you tell me what an LSP actually is?", "hi, what is an LSP?", "Could you tell me what an LSP is?"],
)
def test_a_greeting_or_polite_frame_gets_the_plain_questions_answer(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.refused  # 'hi, what is an LSP?' was refused: nothing found was about 'hi'
    assert answer.text.startswith("LSP: local strategic partnership. [1]")  # not Paragraph 97's 'actually'
    assert labels(answer) == ["Appendix 2: LSP"]


def test_what_a_thing_is_supposed_to_contain_is_its_whole_list_of_ingredients(assistant: Assistant) -> None:
    answer = assistant.ask("What is an SCS supposed to contain?")
    lines = answer.text.splitlines()
    assert lines[0] == "Each SCS should have four key ingredients: [1]"  # was Figure 3's diagram labels
    assert len(lines) == 5 and lines[-1].startswith("• arrangements for checking performance")  # all four, not one
    assert labels(answer) == ["Paragraph 36"]


def test_trust_between_partners_is_not_found_in_the_names_of_trusts(assistant: Assistant) -> None:
    answer = assistant.ask("What does the report say about trust?")
    assert "Trust and challenge require stability" in answer.text
    assert "children’s trust" not in answer.text and "Probation trusts" not in answer.text  # bodies, not trust
    assert not {"Footnote I", "Appendix 3"} & set(labels(answer))


def test_a_share_of_other_people_is_no_share_of_the_lsps_asked_about(assistant: Assistant) -> None:
    answer = assistant.ask("What percentage of LSPs have performance sub-groups?")
    assert answer.refused  # was 'Over half of the members made no contribution…', a share of one board's members
    assert "(No share is given for LSPs.)" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What proportion of LSP coordinators are on permanent rather than fixed-term contracts?",
        "In the 2008 survey, what proportion of LSP executive boards had a senior police representative on them?",
    ],
)
def test_a_share_of_the_group_about_something_else_is_no_answer(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)  # were '56 per cent agree their boards are becoming strategic', and 'fewer
    assert answer.refused  # than half of the respondents to the 2008 survey could identify budgets…'
    assert "(No share is given for" in answer.text


@pytest.mark.parametrize("question", ["When was the 2009 study published?", "When was the national report published?"])
def test_a_report_not_dating_itself_is_dated_by_the_paper_naming_it(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("Published by the Audit Commission in 2009; ‘Working better together?")
    assert labels(answer) == ["Introduction"]  # the summary paper's; not the CAA framework's February 2009


def test_an_acronym_without_a_glossary_entry_is_spelled_out_by_its_brackets(assistant: Assistant) -> None:
    answer = assistant.ask("What does DCA stand for?")
    assert answer.text == (
        "LSPs can use social network analysis (SNA), delivery chain analysis (DCA), and other techniques, to test "
        "whether the partnership is realising its potential. [1]"
    )  # was 'DCA reviews and improves the processes…', which never says what the letters stand for
    assert labels(answer) == ["Paragraph 77"]


def test_one_layer_is_answered_by_its_items_in_the_lists_of_layers(assistant: Assistant) -> None:
    answer = assistant.ask("What does the executive layer do?")
    assert answer.text.splitlines() == [
        "• LSPs work through three main layers: [1]",
        "• executive: resource allocation and performance management; and [1]",
        "Joint working can happen at three levels: [2]",
        "• executive or board: using the vision to allocate resources, set targets and oversee performance; and [2]",
    ]  # was Paragraph 44's 'Each of the three layers … has different roles' and a commissioning sentence
    assert labels(answer) == ["Summary", "Paragraph 1"]


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("What is pooling budgets?", "Pooled budgets allow partners to bring funds together"),
        ("What does aligning budgets mean?", "each organisation still administers its own money"),
    ],
)
def test_a_term_said_in_another_form_is_no_unknown_term(assistant: Assistant, question: str, quoted: str) -> None:
    answer = assistant.ask(question)  # was refused: 'the reports do not use the term pooling budgets'
    assert not answer.refused
    assert quoted in answer.text
    assert_quotes_in_passages(answer)


def test_the_risks_of_pooling_are_the_constraints_on_pooled_budgets(assistant: Assistant) -> None:
    answer = assistant.ask("What are the risks of pooling budgets?")
    assert "Membership of the pool can be limited:" in answer.text  # Table 10, 'Constraints on pooled budgets'
    assert "Pooling is more suitable when:" not in answer.text  # not the conditions it suits
    assert labels(answer)[0] == "Table 10"


def test_problems_found_come_before_the_sentence_saying_some_overcame_them(assistant: Assistant) -> None:
    answer = assistant.ask("What are the main problems with LSPs?")
    assert answer.text.startswith("Case study interviews identified three main obstacles to effective information")
    assert labels(answer)[:2] == ["Paragraph 122", "Paragraph 123"]  # 'Some LSPs have overcome these problems.' after


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("How can we get residents involved?", "Each LSP should also consider how it will engage with community"),
        ("How can we save money by working together?", "mutual or shared service approaches"),
        ("What savings have partnerships made?", "cash releasing efficiency gains will be an LAA target"),
        ("How do we know if our partnership is working?", "to test whether the partnership is realising its potential"),
        ("What tools can we use to review our partnership?", "7S framework (Figure 3) to assess strengths and"),
        ("Our partners keep sending deputies to meetings. What does the report say?", "does not allow substitutes"),
        ("Is it worth having a partnership at all?", "have assessed the costs and benefits of joint working"),
        ("What is a good way to set priorities?", "LSP goals should reflect local priorities and be evidence based"),
        ("What should we do before stopping a service?", "before decommissioning services (Table 6)"),
        ("How can we improve our data?", "The LSP has a commitment to common data quality standards."),
        ("How do we get the voluntary sector on board?", "engaging representation from the public, private, and third"),
        ("What mistakes do partnerships make?", "All partnerships face obstacles to joint working"),
        ("How do we consult the public?", "engaging representation from the public, private, and third sectors"),
        ("Who is missing from our LSP?", "missed out significant local agencies, including registered social"),
        ("Do LSPs have their own budgets?", "They are unincorporated associations without employees or resources"),
        ("How can LSPs measure their impact?", "7S framework (Figure 3) to assess strengths and weaknesses"),
        ("What did the SNA find?", "The SNA identified 210 people involved in a mature, well-led partnership."),
        ("What does the report say about health and wellbeing?", "a newly developed health and well-being"),
        ("What did Warwickshire get out of shifting resources?", "the biggest challenge, but it has paid off"),
        ("Has anyone trained scrutiny councillors and partner reps together?", "has jointly trained partner"),
        ("What are the links the 7S framework asks members to review?", "review the connections between style"),
        ("How many meetings were observed?", "observations of ten LSP meetings"),
        ("Is it worth mapping who talks to whom in our partnership?", "LSPs can use social network analysis (SNA)"),
        ("Do we have to include housing associations in the LSP?", "including registered social landlords"),
        ("Does an LSP have a budget?", "They are unincorporated associations without employees or resources"),
        ("Does an LSP have staff or money of its own?", "without employees or resources of their own"),
        ("What do LSPs depend on in order to work properly?", "But LSPs rely on trust between partners"),
        ("Is it harder to make an LSP work in a two-tier area?", "LSPs in multi-tier areas face greater challenges"),
        ("Is the Audit Commission report out of date?", "the thinking around the CAA is now out of date"),
        ("Could we decide not to have an LSP?", "make it almost impossible for an area not to have an LSP"),
        ("Do stable boundaries help partnership working?", "clear political geography based on settled boundaries"),
        ("What does the 2010 summary paper say most LSPs are in the dark about?", "Most LSPs do not know how much"),
        (
            "Once they're part of the LSP, who are partners still answerable to?",
            "accountable to their own stakeholders",
        ),
        ("Does the Oxford officer think the CAA material is still current?", "the CAA is now out of date"),
        ("Is area based grant extra funding?", "not new money"),
        ("Which organisations did the early guidance forget to include as members?", "registered social landlords"),
        ("What conditions help partnership working succeed?", "key dynamics that support partnership working"),
        ("What did Oldham's scrutiny review on empty sites recommend?", "It recommended a land bank of vacant"),
    ],
)
def test_an_everyday_question_finds_the_reports_words(assistant: Assistant, question: str, quoted: str) -> None:
    answer = assistant.ask(question)  # the reports say 'engage', 'efficiencies', 'test whether', 'assess'
    assert quoted in answer.text
    assert_quotes_in_passages(answer)


def test_a_lead_in_followed_by_a_quotation_is_quoted_with_it(assistant: Assistant) -> None:
    answer = assistant.ask("What did the study say about children's services?")
    assert "In children’s services: [1]" in answer.text
    assert "‘One of the biggest determinants of life chances for children and young people" in answer.text  # was the
    assert not answer.text.rstrip().endswith("In children’s services: [1]")  # lead-in alone, promising what it lacked
    assert labels(answer) == ["Case study 2"]


def test_a_lead_in_whose_items_head_the_next_passages_is_answered_with_them(assistant: Assistant) -> None:
    answer = assistant.ask("What are the five sections of the report according to the Oxford paper?")
    lines = answer.text.splitlines()
    assert lines[0] == "The report is broken into five sections as below: [1]"  # not the lead-in alone
    assert [line.rsplit(" [", 1)[0] for line in lines[1:]] == [
        "• Evolving Collaboration",
        "• Can organisations work together?",
        "• LSP progress – transformational factors",
        "• LSP Progress – transactional factors",
        "• Looking forward – the future of LSPs",
    ]
    assert_quotes_in_passages(answer)


def test_a_refusal_names_the_nearest_passages_once_each(assistant: Assistant) -> None:
    answer = assistant.ask("What was the Oxford Strategic Partnership's annual budget in 2010?")
    assert answer.refused
    assert "(Nothing found that mentions 2010 and OSP is about annual budget.)" in answer.text  # the question's
    # words as it groups them, among the passages kept for naming its year and the partnership
    assert answer.text.endswith("Nearest passages, which do not answer it: Conclusions.")  # was 'Conclusions
    # (Conclusions)': a summary-paper section is its own label
    refused = assistant.ask("How much did the Audit Commission's LSP study cost to carry out?")
    assert "Case study 16 (Chapter 4: LSP progress – transactional factors > Accountability)" in refused.text


def test_a_list_asked_of_a_table_cut_in_two_gets_the_rows_of_both_parts(assistant: Assistant) -> None:
    answer = assistant.ask("What are the positive and negative interpretations of each type of LSP chair?")
    rows = [line for line in answer.text.splitlines() if line.startswith("LSP chair: ")]
    assert [row.split(" | ")[0] for row in rows] == [  # was the second part's four
        "LSP chair: Council leader or elected mayor",
        "LSP chair: Other cabinet member",
        "LSP chair: Council officer",
        "LSP chair: Other public sector manager",
        "LSP chair: Private sector",
        "LSP chair: Faith representative",
        "LSP chair: Third sector representative",
        "LSP chair: Other",
    ]
    assert labels(answer) == ["Table 3", "Table 3"]
    assert_quotes_in_passages(answer)
    pooling = assistant.ask("When is pooling more suitable?")  # Table 11's two parts are two lists: not joined
    assert "Pooling is more suitable when:" in pooling.text and "Aligning is more suitable when" not in pooling.text


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("What are the pros and cons of a third sector chair?", "LSP chair: Third sector representative | "),
        ("What if a public sector manager chairs the LSP?", "LSP chair: Other public sector manager | "),
    ],
)
def test_a_row_is_named_by_all_its_words_but_the_last_with_its_columns_head(
    assistant: Assistant, question: str, row: str
) -> None:
    answer = assistant.ask(question)  # the first was answered with all eight rows of Table 3
    assert answer.text.startswith(row)
    assert answer.text.count("LSP chair: ") == 1
    assert_quotes_in_passages(answer)
    membership = assistant.ask("Should the third sector be on the LSP?")  # names no chair: no row leads
    assert membership.text.startswith("The decision about LSP membership is a local one.")


def test_a_passages_heading_says_what_it_is_about(assistant: Assistant) -> None:
    # was refused, "Nothing found is about transformational, factors": the sentences quoted came from a passage under
    # that heading whose own text does not repeat it
    answer = assistant.ask("What does the Oxford paper say about transformational factors?")
    assert not answer.refused
    assert answer.text.startswith("The study explores the three transformational elements of the 7S framework")
    assert "transformational factors The study" not in answer.text  # the heading is not run into the sentence
    assert set(labels(answer)) == {"LSP progress – transformational factors"}
    assert_quotes_in_passages(answer)


def test_what_replaced_something_began_when_it_did(assistant: Assistant) -> None:
    answer = assistant.ask("When was the Working Neighbourhoods Fund introduced?")  # was refused
    assert "NRF was replaced by the Working Neighbourhoods Fund in November 2007." in answer.text
    assert assistant.ask("When was NRF introduced?").refused  # its end is no date of its start


def test_what_someone_earns_is_a_sum_the_reports_do_not_give(assistant: Assistant) -> None:
    answer = assistant.ask("How much does a council chief executive earn?")
    assert answer.refused and "No sum of money is given" in answer.text  # not a chief executive's quotation


def test_every_is_no_topic_word(assistant: Assistant) -> None:
    answer = assistant.ask("Does every council have to have an LSP?")
    assert "every three months" not in answer.text  # Derbyshire's group meeting is not what is asked
    assert "advised councils to use an LSP" in answer.text


def test_how_many_is_answered_by_a_share_said_in_words(assistant: Assistant) -> None:
    answer = assistant.ask("How many LSPs have a support team?")  # was refused: 'No figure is given for LSPs'
    assert not answer.refused
    assert "Almost all LSPs have a support team" in answer.text


def test_comparing_two_places_brings_the_list_item_naming_each(assistant: Assistant) -> None:
    answer = assistant.ask("Compare Bolton and Derbyshire's use of SNA")
    assert "partnership in Derbyshire (Case study 7)" in answer.text  # was the Bolton item alone
    assert "partnership in Bolton (Case study 8)" in answer.text


def test_what_the_commission_will_do_next_is_its_own_commitments(assistant: Assistant) -> None:
    answer = assistant.ask("What will the Audit Commission do next?")
    assert answer.text.startswith("The Audit Commission will: [1]")  # not 'The next chapter looks forward…'
    assert "The next chapter" not in answer.text


def test_a_later_part_of_a_case_study_is_about_the_place_its_title_names(assistant: Assistant) -> None:
    answer = assistant.ask("How often does Derby City Partnership review its data quality policy?")
    assert not answer.refused  # the review's sentence is in Case study 20's second part, which never names Derby
    assert "There is a review of the policy and the action plan every six months." in answer.text
    assert "frequencies of services" not in answer.text  # 'times and frequencies' of trains is no frequency
    assert "Case study 20" in [c.passage.label for c in answer.citations]


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("What does the 2010 Oxford paper say about how relevant the report's LAA emphasis is to the OSP?",
         "direct reference to the LAA is not necessarily appropriate or relevant"),
        ("Does the 2010 summary think the Oxford Strategic Partnership is well led?", "The OSP is well led"),
    ],
)  # fmt: skip
def test_a_document_named_by_its_year_is_where_to_look(assistant: Assistant, question: str, quoted: str) -> None:
    answer = assistant.ask(question)  # were refused: 'The passages found say nothing about 2010'
    assert not answer.refused
    assert quoted in answer.text
    assert {c.passage.doc_id for c in answer.citations} == {"oxford-summary-2010"}


def test_plural_acts_and_a_share_in_thirds_are_answered(assistant: Assistant) -> None:
    acts = assistant.ask("Which Acts give councillors powers to scrutinise the named partners in our LAA?")
    assert not acts.refused and "The LGPIH Act 2007 and the Police and Justice Act 2006" in acts.text
    share = assistant.ask("What share of partners disagree that they grasp one another's business planning?")
    assert not share.refused and "two-thirds of partners disagree" in share.text


def test_where_to_find_the_self_assessment_gives_its_address(assistant: Assistant) -> None:
    answer = assistant.ask("Where can I find the governance self-assessment?")
    assert "The self-assessment is at www. improvementnetwork.gov.uk/lsp" in answer.text  # a line with no full stop


def test_a_sentence_opening_this_chapter_stands_alone(assistant: Assistant) -> None:
    answer = assistant.ask("Which bits of the 7S model are most tied to how formal organisations are run?")
    assert answer.text.startswith(  # 'These elements…' comes with the sentence naming them; 'This chapter' points
        "This chapter has discussed the three transactional elements of the 7S framework: steering, systems, and"
    )  # nowhere back


def test_who_led_a_study_named_in_several_words_is_its_director(assistant: Assistant) -> None:
    answer = assistant.ask("Who led the Audit Commission's national LSP study?")
    assert "Michael Hughes was the study director." in answer.text


def test_how_many_district_councils_is_answered_by_a_count_of_districts(assistant: Assistant) -> None:
    answer = assistant.ask("How many district councils does a typical shire county contain?")
    assert not answer.refused  # was 'No figure is given for councils'
    assert "A typical county has six or seven districts" in answer.text


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("who chairs the oxford strategic partnership", "Nothing quoted says who chairs the OSP"),
        ("How much did the Audit Commission's LSP study cost to carry out?", "Nothing found says what the study cost"),
        ("What's the typical salary of an LSP coordinator?", "No salary is given"),
        ("Who was the Audit Commission's chief executive when the LSP report came out?", "who is the chief executive"),
        ("What is the typical term of office for an LSP chair?", "Nothing found gives a typical term of office"),
        ("recommended quorum for LSP board meetings?", "Nothing found gives a recommended quorum"),
        ("What is the typical size of an LSP board?", "Nothing found gives a typical size"),
    ],
)  # fmt: skip
def test_questions_the_reports_leave_open_are_refused(assistant: Assistant, question: str, reason: str) -> None:
    answer = assistant.ask(question)  # each was answered from something else: a Farthing quotation, Oldham's costs
    assert answer.refused and reason in answer.text


def test_who_represented_a_body_is_the_list_item_naming_it(assistant: Assistant) -> None:
    answer = assistant.ask("Who represented CIPFA on the study's outside advisory panel?")
    assert answer.text.splitlines() == [  # was the Improvement Network's sponsors, CIPFA among them
        "The external advisers were: [1]",
        "• Chris Wobscall, Assistant Director, Policy and Technical, CIPFA [1]",
    ]


def test_a_document_named_first_answers_in_its_own_words(assistant: Assistant) -> None:
    answer = assistant.ask("Oxford summary paper - what does it say about picking a chair for the LSP?")
    assert "The choice of chair can send positive or negative messages to stakeholders." in answer.text
    assert {c.passage.doc_id for c in answer.citations} == {"oxford-summary-2010"}  # was the study's Table 3
    dated = assistant.ask("When was the 2009 study published?")  # the summary paper names the study by its title
    assert dated.text.startswith("Published by the Audit Commission in 2009;")


@pytest.mark.parametrize(
    "question",
    ["In what year was the report published?",
     "what year did the Audit Commission bring out the report that the Oxford paper summarises?"],
)  # fmt: skip
def test_what_year_a_document_came_out_is_asked_like_when(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)  # was the CAA framework document's date, or the Oxford paper's hopes of CAA
    assert answer.text.startswith("Published by the Audit Commission in 2009;")
    assert labels(answer) == ["Introduction"]


def test_figures_compared_are_no_terms_to_define(assistant: Assistant) -> None:
    answer = assistant.ask("climate change - how many case study SCSs had it vs how many LAAs ended up with one?")
    assert "Climate change was originally in two of the case study SCSs" in answer.text  # not the two glossary entries
    picked = assistant.ask("How many people were picked up in the Bolton community safety SNA?")
    assert not picked.refused and "The SNA identified 210 people" in picked.text  # was 'No figure is given for picks'


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("When partners decommission services, what should the LSP's involvement help make sure of?",
         "decommission"),
        ("When was the Oxford summary paper on the Audit Commission LSP report written?", "July 2010"),
        ("What did a third sector director say about how much room there is to influence area based grant?",
         "So there isn’t really…any sort of flexibility"),
        ("What did the report say about the cost of partnership working?",
         "Few LSPs, and few partners, have assessed the costs and benefits of joint working."),  # 'No sum of money'
        ("How many counties have ten or more district councils, each with its own LSP?",
         "but six have ten districts or more"),  # was 'No figure is given for counties'
        ("Where did the idea for the Big Derbyshire Clean Up come from?",
         "emerged from consultation with Citizens’ Panel representatives"),  # 'Nothing found is about idea, come'
        ("how much did Derbyshire Constabulary put into the Big Derbyshire Clean Up?",
         "£100,000 each from Derbyshire County Council and Derbyshire Constabulary"),  # 'No figure is given for came'
        ("Is collaboration between councils and other sectors something peculiar to British local government?",
         "It is a feature of local government in the UK and across Europe"),  # 'do not mention British'
    ],
)  # fmt: skip
def test_questions_that_look_like_a_date_or_figure_question_are_answered(
    assistant: Assistant, question: str, quoted: str
) -> None:
    answer = assistant.ask(question)  # each was refused: 'No date is given', 'No figure is given for room'
    assert not answer.refused and quoted in answer.text


def test_a_when_clause_leaves_a_list_question_whole(assistant: Assistant) -> None:
    answer = assistant.ask("When partners decommission services, what should the LSP's involvement help make sure of?")
    assert answer.text.splitlines()[0] == "LSPs’ role in influencing decommissioning is important in ensuring that: [1]"
    assert "• there is enough lead-in time to enable partners and service users to prepare. [1]" in answer.text  # was
    # the first item alone: 'When…' read as a date question, 'Table 6' as its figure


def test_a_chapter_of_the_report_named_in_full_is_the_chapter(assistant: Assistant) -> None:
    answer = assistant.ask("What does chapter 2 of the Audit Commission report cover?")
    assert "Chapter 2 introduces a whole systems evaluation framework" in answer.text


def test_a_forum_too_big_to_decide_finds_the_meeting_sizes(assistant: Assistant) -> None:
    answer = assistant.ask("our strategic forum has 60 members, is it too big to make decisions?")
    assert "Strategic forums in the case study authorities had between 30 and 100 members." in answer.text
    assert "too large for detailed executive decision-making" in answer.text
    assert labels(answer) == ["Paragraph 64"]


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Why did participants find the delivery chain workshops valuable?",
         "Participants recognised that these workshops provided the right environment for developing new ideas"),
        ("Did the people who went to the delivery chain workshops find them worthwhile?",
         "Participants recognised that these workshops"),  # 'people who went': 'participants'
        ("who were the researchers on the audit commission lsp study?",
         "Jane Kennedy, Paul Seamer, Amie Brown and Roger Sykes undertook research for this study."),
    ],
)  # fmt: skip
def test_answers_found_through_what_a_sentence_points_back_to_or_who_did_the_research(
    assistant: Assistant, question: str, quoted: str
) -> None:
    answer = assistant.ask(question)  # 'these workshops' are the delivery chain workshops of the sentence before
    assert not answer.refused and quoted in answer.text


def test_the_number_of_a_kind_of_thing_is_counted_or_refused(assistant: Assistant) -> None:
    lsps = assistant.ask("What is the number of LSPs in England?")  # was refused: 'Nothing found is about number'
    assert not lsps.refused and "388 LSPs" in lsps.text
    themes = assistant.ask("What's the typical number of theme groups in an LSP?")  # was answered with no number
    assert themes.refused and "No figure is given for theme groups" in themes.text
    payouts = assistant.ask("How many LSPs received performance reward grant payouts in 2009?")
    assert payouts.refused and "No figure is given for LSPs" in payouts.text  # was CPA's history, with no count


def test_a_question_naming_rows_of_the_named_partners_matrix_gets_those_rows(assistant: Assistant) -> None:
    both = assistant.ask("Are probation and youth offending teams on the named partners list?")
    assert both.text.splitlines() == [
        "Probation trusts and other providers of probation services ✓ ✓ [1]", "Youth offending teams ✓ ✓ [1]"
    ]  # fmt: skip  # was Youth offending teams and the three rows after it, without probation
    sport = assistant.ask("Is Sport England a named partner?")  # a row too short to quote was never found
    assert sport.text == "Sport England ✓ [1]" and labels(sport) == ["Appendix 3"]
    heritage = assistant.ask("Are any arts, museum or heritage bodies on the list of named partners?")
    assert "Museums, Libraries, and Archives Council ✓" in heritage.text and "English Heritage ✓" in heritage.text


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("we're about to choose between pooling and aligning money with the PCT. what does the report say LSP "
         "members need to be clear about when they pick a financial arrangement?",
         "LSP members must be clear why they have chosen a particular financial arrangement."),
        ("performance lead at a PCT here – what's been driving LSPs to set up performance sub-groups at executive "
         "level?", "The LAA focus on performance has encouraged executive-level performance sub-groups"),
    ],
)  # fmt: skip
def test_where_the_asker_works_is_no_name_the_answer_must_give(
    assistant: Assistant, question: str, quoted: str
) -> None:
    answer = assistant.ask(question)  # both were answered with the glossary's PCT entry, the only passage naming PCT
    assert quoted in answer.text and "PCT: Primary care trust." not in answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("I'm a police inspector – how should our LSP work with the new police and crime commissioner?",
         "Police and Crime Commissioner"),  # the name in full, across its 'and'
        ("How should LSPs work with the new local enterprise partnerships?", "Enterprise"),  # less generic words
        ("Do LSPs have to publish their spending over £500 under the transparency code like councils do?",
         "Transparency Code"),
    ],
)  # fmt: skip
def test_a_later_body_typed_in_lower_case_is_refused_as_unnamed(assistant: Assistant, question: str, name: str) -> None:
    answer = assistant.ask(question)  # each was answered from passages about something else
    assert answer.refused and f"(The passages found do not mention {name}.)" in answer.text


def test_a_later_part_of_a_table_named_by_number_is_that_table(assistant: Assistant) -> None:
    answer = assistant.ask(
        "In Table 1 on Whitehall enabling local partnerships, which department is responsible for the legislation "
        "behind crime and disorder reduction partnerships, and which Act is it?"
    )  # was refused: 'The passages found do not mention Table', the row being in the table's second part
    assert not answer.refused
    assert answer.text.startswith("Department: Home Office/Ministry of Justice | Crime and Disorder Act 1998")


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("District council finance officer: before we cut one of our services, what does the decommissioning "
         "checklist say we should think about in terms of the effect on other public bodies?",
         "Will other local public bodies have to increase spending as a result?"),
        ("Does the checklist of issues to settle before aligning or pooling cover how long the agreement runs and "
         "how we'd get out of it?", "How long will this agreement last – and how will we end or extend it? ✓ ✓"),
    ],
)  # fmt: skip
def test_a_checklist_asked_about_is_answered_by_its_questions(assistant: Assistant, question: str, quoted: str) -> None:
    answer = assistant.ask(question)  # a question in the text was scored down as no answer, though these are the
    assert quoted in answer.text  # checklist's own questions (Tables 6 and 12)


def test_the_things_a_numbered_figure_lists_are_the_whole_figure(assistant: Assistant) -> None:
    answer = assistant.ask("What activities does Figure 5 list?")  # was its title and another figure's line
    assert "Vision and direction Representation and involvement Leadership and influence" in answer.text
    assert labels(answer)[0] == "Figure 5"


@pytest.mark.parametrize(
    "question",
    [
        "What does the Audit Commission want Whitehall to do differently for LSPs?",
        "We're worried Whitehall guidance will turn our partnership into just another layer of red tape. What did the "
        "report ask government to do about that?",
    ],
)
def test_what_the_report_wants_whitehall_to_do_is_its_advice_to_central_government(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)  # was the Oxford paper's "The Audit Commission want councils…", or Table 1
    assert answer.text.startswith("Central government should: [1]")
    assert "rather than making them an extra level of bureaucracy" in answer.text
    assert "The Audit Commission will:" not in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Do local stakeholders think Oldham's new scrutiny set-up works any better?", "far more effective"),
        ("How does Derbyshire's LSP use social network analysis now?", "test partnership working arrangements"),
        (
            "Bolton's community safety network relies on a few key people. What did the network do about that risk?",
            "future-proof itself",
        ),
    ],
)
def test_a_case_studys_sentence_is_chosen_by_what_the_question_asks_of_it_not_by_its_name(
    assistant: Assistant, question: str, said: str
) -> None:
    answer = assistant.ask(question)  # every sentence of the case study is Oldham's, though few say 'Oldham'
    assert said in answer.text and not answer.refused


def test_a_saving_is_no_answer_to_what_something_cost(assistant: Assistant) -> None:
    answer = assistant.ask("How much did Portsmouth spend on setting up its four new services?")
    assert answer.refused and "No sum of money" in answer.text  # not 'The review produced a saving of £0.9 million'
    saved = assistant.ask("How much did Portsmouth's decommissioning review save?")
    assert "£0.9 million" in saved.text and labels(saved) == ["Case study 15"]


def test_which_councillor_chairs_a_named_partnership_is_refused_as_who_chairs_it(assistant: Assistant) -> None:
    answer = assistant.ask("Which councillor chairs the Dorset Strategic Partnership board?")
    assert answer.refused and "Nothing quoted says who chairs" in answer.text  # not the scrutiny chairs' network


def test_a_when_clause_before_a_yes_or_no_question_asks_for_no_date(assistant: Assistant) -> None:
    answer = assistant.ask(
        "When Bolton's LSP reviewed its ABG allocation, did it check whether the money was needed for statutory duties?"
    )  # was refused: 'No date is given for this'
    assert not answer.refused and "whether the funding helps to deliver statutory requirements" in answer.text


def test_a_footnote_to_a_table_column_answers_for_that_column(assistant: Assistant) -> None:
    answer = assistant.ask("Which Act is behind the children's trust relevant partners column in Appendix 3?")
    assert not answer.refused
    assert answer.text.startswith("Children’s trust relevant partners: Children Act 2004. [1]")
    first = answer.citations[0].passage
    assert (first.label, first.page, first.section) == ("Footnote III", 94, "Appendix 3: Named partners")
    assert first.note_to == "Children’s trust relevant partners"  # kept in the index with the passage
    assert_quotes_in_passages(answer)


def test_what_legislation_is_the_source_asks_for_an_act_not_a_source_line(assistant: Assistant) -> None:
    answer = assistant.ask(
        "What legislation is the source for the children's trust partners in the named partners appendix?"
    )  # was the tick rows of Appendix 3 under its 'Source: Audit Commission, 2008'
    assert answer.text.startswith("Children’s trust relevant partners: Children Act 2004. [1]")
    assert "Source: Audit Commission" not in answer.text and "✓" not in answer.text
    assert answer.citations[0].passage.label == "Footnote III"


@pytest.mark.parametrize(
    "question",
    [
        "Did the Dorset joint scrutiny recommend looking at the district LSPs as well as the county partnership?",
        "Did the Dorset joint scrutiny recommend looking at the district LSPs?",  # 'jointly scrutinised' outscored
    ],
)
def test_did_x_recommend_is_answered_by_what_x_recommended(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)  # was the case study's opening: who met, when, and what they scrutinised
    assert answer.text.startswith("The review recommended: [1]")
    assert "• a programme of reviews of each district LSP and its community planning capacity. [1]" in answer.text
    assert labels(answer) == ["Case study 17"]


def test_a_summary_headline_comes_with_its_point_that_answers(assistant: Assistant) -> None:
    answer = assistant.ask("What effect is CAA expected to have on partnership working?")
    assert "acting as a catalyst for better partnership working. [1]" in answer.text  # was the headline alone
    assert labels(answer) == ["Summary"]


@pytest.mark.parametrize(
    "question", ["Which Audit Commission report is the Oxford summary paper about?", "What is the 2009 report called?"]
)
def test_which_report_a_paper_is_about_is_the_sentence_naming_its_title(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)  # were the paper's conclusions, and a refusal ('Nothing found is about called')
    assert answer.text.startswith(
        "Published by the Audit Commission in 2009; ‘Working better together? Managing Local Strategic Partnerships’"
    )
    assert labels(answer) == ["Introduction"]
    assert answer.citations[0].passage.doc_id == "oxford-summary-2010"


def test_the_title_of_a_paper_is_its_title_line(assistant: Assistant) -> None:
    answer = assistant.ask("What is the title of the Oxford paper?")  # was refused
    assert answer.text == (
        "Audit Commission’s “Working better together? Managing LSPs” – Summary paper and thoughts on how the OSP is"
        " performing [1]"
    )


def test_what_a_review_recommended_is_quoted_not_only_what_it_covered(assistant: Assistant) -> None:
    answer = assistant.ask("What did Oldham's scrutiny review recommend?")
    assert "It recommended a land bank of vacant and derelict land and buildings" in answer.text  # was left out
    assert labels(answer) == ["Case study 16"]


def test_a_report_quoted_by_title_and_page_is_the_quotations_speaker(assistant: Assistant) -> None:
    answer = assistant.ask("What does Governing Partnerships count as the hard characteristics of governance?")
    assert answer.text.startswith("‘Hard characteristics include reliable financial data, performance data and risk")
    assert "(Governing Partnerships, Paragraph 51) [1]" in answer.text  # was run into the next quotation's opening
    assert "World Class Financial Management, Page 11 ‘Hard" not in answer.text


def test_what_is_asked_of_a_glossary_term_named_elsewhere_only_in_passing_is_answered_by_its_entry(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("Who funds LIFT?")  # not Bolton's health centre library, funded by a Lottery grant
    assert not answer.refused
    assert labels(answer) == ["Appendix 2: LIFT"]
    assert "shareholders" in answer.text and "Lottery" not in answer.text


def test_a_topical_sentence_naming_the_term_keeps_its_glossary_entry_out(assistant: Assistant) -> None:
    answer = assistant.ask("When was CAA introduced?")  # CAA's entry says what it is, not when it came
    assert "Appendix 2: CAA" not in labels(answer)
    assert "replaced CPA in 2009" in answer.text


def test_what_the_report_expects_of_someone_is_in_its_own_words_not_theirs(assistant: Assistant) -> None:
    answer = assistant.ask("What does the report expect council chief executives to do to build the partnership?")
    assert "They must develop partnership culture and negotiate commitment from others." in answer.text
    assert "(Council chief executive)" not in answer.text  # was two quotations by chief executives, matched by
    # their attribution


def test_what_a_quoted_report_points_to_is_its_quotation(assistant: Assistant) -> None:
    answer = assistant.ask("What soft factors does the Governing Partnerships report point to?")
    assert "The soft factors encompass leadership" in answer.text  # not World Class Financial Management's quotation
    assert "tone from the top" not in answer.text


def test_a_question_of_two_parts_answers_both_each_part_cited(assistant: Assistant) -> None:
    question = "How much did Portsmouth's review save, and how many services were stopped?"
    answer = assistant.ask(question)
    saved, stopped = answer.text.split("\n\n")  # the first part's answer, then the second's
    assert "£0.9 million" in saved and "sixteen services were decommissioned" in stopped
    assert labels(answer) == ["Case study 15"]
    assert answer.read_as == "How much did Portsmouth's review save? How many services were stopped?"
    streamed = list(assistant.ask_stream(question))
    assert streamed[-1] == answer and "".join(str(piece) for piece in streamed[:-1]) == answer.text


def test_a_document_asked_who_wrote_and_when_is_answered_on_both(assistant: Assistant) -> None:
    answer = assistant.ask("Who wrote the study and when was it published?")
    wrote, published = answer.text.split("\n\n")  # was 'Partnership members can use the twelve case studies…'
    assert "undertook research for this study" in wrote
    assert published.startswith("Published by the Audit Commission in 2009")
    assert labels(answer) == ["Paragraphs 170–171", "Introduction"]


def test_the_second_part_of_a_question_is_read_as_a_follow_up_to_the_first(assistant: Assistant) -> None:
    answer = assistant.ask("What is an unincorporated association, and why does it matter for LSPs?")
    assert "identifiable membership" in answer.text  # what it is
    assert "LSPs are unincorporated associations for tax and accounting purposes" in answer.text  # why it matters


@pytest.mark.parametrize(
    "question",
    [
        "Does the Oxford Strategic Partnership have a youth representative on its board?",
        "Who pays for the Oxford Strategic Partnership's coordinator post?",
    ],
)
def test_what_the_oxford_paper_never_tells_of_the_osp_is_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)  # not 'The OSP is well led and well managed…', which names it
    assert answer.refused and "(Nothing found that mentions OSP is about" in answer.text


def test_a_refusal_for_want_of_a_year_says_what_the_passages_that_name_it_are_not_about(assistant: Assistant) -> None:
    answer = assistant.ask("What happened to LAAs after 2010?")  # LAAs are everywhere; the passages naming 2010
    assert answer.refused  # tell of none, which is why the question is refused
    assert "(Nothing found that mentions 2010 is about LAAs.)" in answer.text  # was 'Nothing found is about LAAs'


def test_a_refusal_names_a_missing_name_in_full(assistant: Assistant) -> None:
    answer = assistant.ask("What is the Total Place initiative?")
    assert answer.refused and "(The passages found do not mention Total Place.)" in answer.text  # not 'Total'
