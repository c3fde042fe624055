"""Reading a question: its names, topic words, the answer type it wants, and turns of talk."""

from __future__ import annotations

import pytest

from assistant.questions import (
    AUTHOR_Q,
    CIRCUMSTANCES_Q,
    COMPARE_Q,
    CONTRAST_Q,
    DEFINITION_Q,
    DOCUMENT_DATE_Q,
    DOCUMENT_SUBJECT_Q,
    DOCUMENT_TITLE_Q,
    HOW_MANY,
    MONEY_Q,
    ORIGIN,
    ORIGIN_Q,
    PLACE_NAMED,
    PURPOSE_Q,
    SIGNATURE,
    TOTAL_Q,
    WEB_PLACE,
    WHERE_FOUND_Q,
    WHICH_PLACES_Q,
    acting_verb,
    acts,
    as_how_many,
    as_total,
    asked_chapter,
    asked_thing,
    asked_verb,
    author_as_report,
    board_as_lsp,
    chatter,
    compared_words,
    conditions_of,
    counted_modifier,
    counts_all,
    deed_done_to,
    doer_words,
    expected_answer,
    figure_near,
    member_asked,
    name_phrases,
    names_in,
    names_member,
    other_senses,
    plainly,
    reported_deed,
    required_terms,
    same_word,
    says_word,
    sector_words,
    tells_deed,
    tells_of,
    tells_of_together,
    topic_terms,
    uncontracted,
    without_locator,
    without_preamble,
)
from assistant.tokens import tokenize


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("How many volunteers took part in the Big Derbyshire Clean Up?", "volunteer"),
        ("How many complaints about LSPs did the Ombudsman receive?", "complaint"),
        ("How much Working Neighbourhoods Fund did Gateshead receive?", "fund"),
        ("How many LSPs actually were voluntary partnerships?", "lsps"),
        ("How many councillors sit on the Oldham scrutiny board?", "councillor"),  # not the verb 'sit'
        ("How many people sit on a typical LSP board?", "people"),  # a plural with no '-s', not 'sit'
        ("How many people were interviewed?", "interview"),  # the reports count interviews, not people
        ("How many people have been surveyed?", "survey"),
        ("How many people were picked up in the Bolton SNA?", "people"),  # 'picked up' counts the people
        ("How many staff work in LSP support teams?", "staff"),
        ("How many extra hotel rooms did Derby need?", "room"),
        ("How much did the study cost?", None),
        ("What is LIFT?", None),
        ("…a local priority, compared with how many ended up with housing indicators?", None),  # a verb: no noun
    ],
)
def test_asked_thing_is_the_head_noun_of_what_is_counted(question: str, thing: str | None) -> None:
    assert asked_thing(question) == thing


def test_the_two_things_a_question_contrasts_are_known_by_their_first_words() -> None:
    assert compared_words("What's the difference between pooled and aligned budgets?") == ("pooled", "aligned")
    assert compared_words("What is the difference between the strategic and executive layers?") == (
        "strategic",
        "executive",
    )
    assert compared_words("Does the Act create duties between the council, the LSP and its partners?") is None
    assert compared_words("How do pooled budgets differ from aligned budgets?") == ("pooled", "aligned")
    assert compared_words("Compare pooled and aligned budgets") == ("pooled", "aligned")
    assert compared_words("Pooling versus aligning?") == ("pooling", "aligning")  # its capital only as it opens
    assert compared_words("How does a CDRP differ from an LSP?") is None  # 'LSP' is no topic word of its own


def test_a_contrast_is_told_in_nearby_sentences_of_one_line_in_any_form_of_its_words() -> None:
    quote = "Occasionally money is pooled into a central fund. The LSP allocates it. Elsewhere partners align funds."
    assert says_word("pooled", {"pooling"}) and says_word("aligned", {"align"})
    assert tells_of_together(("pooled", "aligned"), quote)
    findings = "• There are constraints on pooled budgets.\n• Statutory LAAs will create an incentive to align."
    assert tells_of(("pooled", "aligned"), [findings])
    assert not tells_of_together(("pooled", "aligned"), findings)  # two items of a list, each naming one


def test_comparisons_are_recognised() -> None:
    for question in ("What is the difference between aligning and pooling?", "Compare pooled and aligned budgets",
                     "Why align rather than pool?", "Pooling versus aligning?",
                     "Which elements are soft and which are hard?",
                     "How was the work split between in-depth and lighter-touch sites?"):  # fmt: skip
        assert COMPARE_Q.search(question), question
    assert not COMPARE_Q.search("What is a pooled budget?")
    assert CONTRAST_Q.search("How does a CDRP differ from an LSP?")
    assert not CONTRAST_Q.search("Does the Act create duties between the council, the LSP and its partners?")
    assert COMPARE_Q.search("Does the Act create duties between the council, the LSP and its partners?")
    assert not CONTRAST_Q.search("What are the different roles of the three layers?")


@pytest.mark.parametrize(
    ("question", "stripped"),
    [
        ("What should training stress, according to the forward look?", "What should training stress"),
        ("Why is working tougher in county areas, according to the summary?", "Why is working tougher in county areas"),
        ("How many areas got the fund according to the report's timeline figure?", "How many areas got the fund"),
        ("What is in the report summary?", "What is in the report summary?"),
        ("According to the Oxford summary, what does it want from government?", "what does it want from government?"),
        ("Which councils are in the case study LSPs?", "Which councils are in the case study LSPs?"),
        ("Oxford summary paper - what does it say about choosing a chair?", "what does it say about choosing a chair?"),
        ("Pooled budgets - what are they?", "Pooled budgets - what are they?"),  # a topic, not a document
    ],
)
def test_a_closing_locator_phrase_is_dropped_unless_nothing_would_be_left(question: str, stripped: str) -> None:
    assert without_locator(question) == stripped


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("independently", "independent", True),
        ("scrutiny", "scrutinise", True),
        ("partner", "partnership", True),
        ("judging", "judgement", False),
        ("plan", "planet", False),
        ("area", "areas", False),  # tokens are already folded for plurals; short words must match exactly
        ("hard", "harder", True),  # a short word and its comparative
        ("softest", "soft", True),
        ("use", "user", False),
    ],
)
def test_two_forms_of_one_word_share_all_but_a_short_ending(a: str, b: str, same: bool) -> None:
    assert same_word(a, b) is same


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("What's the yearly bill for Oldham's scrutiny?", "What is the yearly bill for Oldham's scrutiny?"),
        ("Why can't our partnership copy the council?", "Why cannot our partnership copy the council?"),
        ("So other partners don’t feel it is taking over?", "So other partners do not feel it is taking over?"),
        ("Who chairs Oldham’s partnership?", "Who chairs Oldham’s partnership?"),  # a possessive stays
        ("whats an lsp", "what is an lsp"),  # typed without the apostrophe
        ("doesnt the council chair it", "does not the council chair it"),
        ("What are its costs?", "What are its costs?"),  # 'its' is no 'it is'
    ],
)
def test_contractions_are_spelled_out_so_question_patterns_match_one_form(question: str, plain: str) -> None:
    assert uncontracted(question) == plain


@pytest.mark.parametrize(
    ("asked", "question"),
    [
        ("I'm a council officer in Leeds. Who chairs most LSPs?", "Who chairs most LSPs?"),
        ("Hi! Could you tell me who chairs an LSP?", "Could you tell me who chairs an LSP?"),
        ("Our LSP has no budget. Is that normal?", "Our LSP has no budget. Is that normal?"),  # the topic, kept
        ("What did Derby do? I work in Derby.", "What did Derby do?"),
        ("I work in Leeds", "I work in Leeds"),  # nothing else to ask
        ("we're pooling money with the PCT. what must we be clear about?", "what must we be clear about?"),
        ("performance lead at a PCT here – what drives sub-groups?", "what drives sub-groups?"),
        ("District council finance officer: what does the checklist say?", "what does the checklist say?"),
        ("What did Bolton do - and why?", "What did Bolton do - and why?"),
        ("Oldham: what did its scrutiny review find?", "Oldham: what did its scrutiny review find?"),
    ],
)
def test_statements_about_the_asker_are_no_part_of_the_question(asked: str, question: str) -> None:
    assert without_preamble(asked) == question


@pytest.mark.parametrize(
    ("asked", "outright"),
    [
        ("hi, what is an LSP?", "What is an LSP?"),
        ("Good morning! Who chairs most LSPs?", "Who chairs most LSPs?"),
        ("thanks! who are its main shareholders?", "Who are its main shareholders?"),
        ("OK. And Bolton?", "And Bolton?"),
        ("Thanks!", "Thanks!"),  # words of talk alone: nothing else to ask
        ("hi, can you tell me what an LSP actually is?", "What is an LSP?"),
        ("What exactly is an LSP?", "What is an LSP?"),
        ("I'd like to know how many LSPs there are", "How many LSPs are there?"),
        ("Please tell me who the chair is", "Who is the chair?"),
        ("Could you tell me how LSPs are funded?", "How are LSPs funded?"),
        ("can you tell me which councils the case studies were?", "Which councils were the case studies?"),
        ("Can you tell me why the study was done?", "Why was the study done?"),
        ("Can you tell me how long an LAA lasts?", "How long does an LAA last?"),
        ("tell me what LIFT stands for", "What does LIFT stand for?"),
        ("could you tell me what LSPs do?", "What do LSPs do?"),
        ("I was wondering whether LSPs are statutory?", "Are LSPs statutory?"),
        ("Could you tell me who chairs an LSP?", "Who chairs an LSP?"),
        ("what is the 7S framework", "What is the 7S framework?"),  # typed as a search, without its mark
        ("who chairs the board", "Who chairs the board?"),
        # asked outright already, or no question to turn round
        ("Tell me about Bolton", "Tell me about Bolton"),
        ("Who chairs the board?", "Who chairs the board?"),
        ("How actually does ABG work?", "How actually does ABG work?"),
        ("hi", "hi"),
    ],
)
def test_a_greeting_or_polite_frame_is_left_out_and_the_question_asked_outright(asked: str, outright: str) -> None:
    assert plainly(asked) == outright


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("Who chairs the partnership board?", "Who chairs the LSP?"),
        ("Who chairs the board?", "Who chairs the LSP?"),
        ("Who sits on our board?", "Who sits on our LSP?"),
        ("who should chair an LSP board?", "who should chair an LSP?"),
        ("Who sits on LSP boards?", "Who sits on LSPs?"),
        ("Which councillor chairs the partnership board?", "Which councillor chairs the LSP?"),  # 'who' in other words
        ("Which partner organisations sit on the board?", "Which partner organisations sit on the LSP?"),
        ("Which board meets most often?", "Which board meets most often?"),  # asks which board, not who
        # a board of its own, the LSP named apart, or not a 'who' question: as asked
        ("Who chairs Warwickshire's board?", "Who chairs Warwickshire's board?"),
        ("Who sits on the Scrutiny Management Board?", "Who sits on the Scrutiny Management Board?"),
        ("Who does the board report to in an LSP?", "Who does the board report to in an LSP?"),
        ("How many members should an LSP board have?", "How many members should an LSP board have?"),
        ("How often should the LSP board meet?", "How often should the LSP board meet?"),
    ],
)
def test_who_is_on_the_lsp_board_is_asked_of_the_lsp(asked: str, read: str) -> None:
    assert board_as_lsp(asked) == read


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("How many LSPs exist?", "How many LSPs are there?"),
        ("How many LSPs are in England?", "How many LSPs are there?"),
        ("How many LSPs does England have?", "How many LSPs are there?"),
        ("How many LAAs were there in total?", "How many LAAs were there?"),
        ("How many LSPs are in Oldham?", "How many LSPs are in Oldham?"),  # a place's own, not all
        ("How many LSPs were there in 2006?", "How many LSPs were there in 2006?"),
    ],
)
def test_how_many_in_all_is_asked_as_how_many_there_are(asked: str, read: str) -> None:
    assert as_total(asked) == read


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("What's the typical number of theme groups in an LSP?", "How many theme groups are there in an LSP?"),
        ("What is the number of LSPs in England?", "How many LSPs are there in England?"),
        ("What was the total number of case study areas?", "How many case study areas were there?"),
        ("What's the ideal number of members for a board?", "How many members are there for a board?"),
        ("What is the number one priority?", "What is the number one priority?"),
    ],
)
def test_the_number_of_things_is_asked_as_how_many(asked: str, read: str) -> None:
    assert as_how_many(asked) == read


def test_what_someone_recommended_looks_for_the_deed_told() -> None:
    assert reported_deed("What did the Dorset scrutiny review recommend?") == "recommend"
    assert reported_deed("What does the report say about scrutiny?") is None
    assert reported_deed("Did the Dorset joint scrutiny recommend looking at the district LSPs?") == "recommend"
    assert reported_deed("Do LSP partners all agree on what steering involves?") is None  # of one mind, no deed
    assert tells_deed("recommend", "The review recommended:")
    assert tells_deed("recommend", "It recommended a land bank of vacant and derelict land.")
    assert not tells_deed("recommend", "The LSP and partners accepted the recommendations.")


def test_what_questions_to_ask_is_no_topic_of_its_own() -> None:
    assert topic_terms("What questions should we ask about our support team?") == ["support", "team"]
    assert "question" in topic_terms("What did the delivery chain questions cover?")  # questions as a topic


def test_who_does_something_prefers_sentences_using_the_verb_as_a_verb() -> None:
    chairs = acting_verb("Who chairs an LSP?")
    assert chairs is not None
    assert acts(chairs, "Council leaders chair most LSPs.")
    assert acts(chairs, "The DSP is chaired by the county council leader.")
    assert not acts(chairs, "The style of an LSP is demonstrated through: the chair’s approach to leadership;")
    assert not acts(chairs, "LSP chair: Council leader or elected mayor")
    assert not acts(chairs, "Does the choice of chair send the right or wrong message?")
    assert not acts(chairs, "The choice of members and chairs of executive groups.")
    signs = acting_verb("Who signs the LAA?")
    assert signs is not None and acts(signs, "When the Secretary of State signs an LAA, it becomes a contract.")
    assert not acts(signs, "Vital Signs: Vital Signs are measures of progress against national health priorities.")
    approves = acting_verb("Who usually approves the appointment?")
    assert approves is not None and acts(approves, "The cabinet approved the appointment.")
    assert not acts(approves, "The cabinet formally agrees the chair’s appointment.")
    agrees = acting_verb("Who approves the LSP chair?", ["approve", "agree", "agrees"])  # the reports' verbs too
    assert agrees is not None and acts(agrees, "The cabinet formally agrees the chair’s appointment.")
    assert asked_verb("Who approves the LSP chair?") == "approves" and asked_verb("Who is the chair?") is None
    for question in ("Who is the chair?", "Who does the work?", "Who was involved?", "Who has a say?"):
        assert acting_verb(question) is None


def test_a_who_question_looks_for_the_reports_word_for_the_doer() -> None:
    known = {"adviser", "advisory", "leader", "coordinator", "chair"}.__contains__
    assert doer_words("Who advised the study?", known) == ["adviser", "advisory"]
    assert doer_words("Who should lead the LSP?", known) == ["leader"]
    assert doer_words("Who coordinates the partnership?", known) == ["coordinator"]
    for question in ("Who is the chair?", "Who chairs most LSPs?", "What did the advisers say?", "Who else?"):
        assert doer_words(question, known) == []


@pytest.mark.parametrize(
    "said", ["thanks", "Thank you!", "ok", "Okay, great.", "help", "Hello", "cheers", "Bye", "???"]
)
def test_a_turn_of_talk_is_chatter(said: str) -> None:
    assert chatter(said)


@pytest.mark.parametrize(
    "asked", ["Why?", "Help with pooled budgets?", "Thanks. Who chairs most LSPs?", "OK so what is LIFT?"]
)
def test_a_question_is_not_chatter(asked: str) -> None:
    assert not chatter(asked)


def test_who_wrote_or_signed_a_document_asks_for_its_author() -> None:
    for asked in ("Who is the author of the 2010 paper?", "Who signed the summary paper?", "Who wrote the report?"):
        assert AUTHOR_Q.search(asked)
    assert not AUTHOR_Q.search("Who led the Warwickshire board?")
    assert AUTHOR_Q.search("Who did the study?") and AUTHOR_Q.search("Who did the research for the report?")
    assert not AUTHOR_Q.search("Who did the study interview?")  # whom it interviewed, not who did it
    assert SIGNATURE.search("…more advanced than many other LSP’s.\nSebastian Johnson July 2010")
    assert not SIGNATURE.search("Fieldwork took place between October 2007 and May 2008.")
    assert not SIGNATURE.search("The Audit Commission published it in February 2009")  # a sentence, not a name


def test_when_a_document_came_out_is_asked_of_the_reports_themselves() -> None:
    for asked in ("When was the report published?", "When did the Oxford paper come out?",
                  "When was the summary paper written?", "When was the 2009 study published?"):  # fmt: skip
        assert DOCUMENT_DATE_Q.search(asked), asked
    assert not DOCUMENT_DATE_Q.search("When was the CAA framework document published?")  # another document
    assert not DOCUMENT_DATE_Q.search("When was the LAA signed?")
    assert DOCUMENT_DATE_Q.search("When was the Oxford summary paper on the Audit Commission LSP report written?")
    assert DOCUMENT_DATE_Q.search("In what year was the study published?")
    assert DOCUMENT_DATE_Q.search("what year did the Audit Commission bring out the report the Oxford paper summarises")
    assert not DOCUMENT_DATE_Q.search("When did the Audit Commission publish the CAA framework document?")


def test_a_when_clause_before_the_question_asks_for_no_date() -> None:
    assert expected_answer("When was the LAA signed?") is not None
    assert expected_answer("In what year did the second LPSA round begin?") is not None  # a year is a date
    assert expected_answer("When partners decommission services, what should the LSP make sure of?") is None
    assert expected_answer("When we review support, what standards should information meet?") is None
    assert expected_answer("When Bolton reviewed its ABG, did it check for statutory duties?") is None  # yes or no
    assert expected_answer("When the board met, was the chief constable there?") is None
    assert expected_answer("when is it worth the faff of setting up a shared pot of money?") is None  # conditions
    assert expected_answer("When does it make sense to align budgets?") is None
    assert expected_answer("When is the LAA worth reviewing next?") is None  # asks when it is worth it, not a date
    assert expected_answer("When did Bolton review its ABG, and what did it check?") is not None  # a date first
    assert asked_chapter("What does chapter 2 of the Audit Commission report cover?") == 2


def test_how_much_inside_what_someone_said_asks_for_no_figure() -> None:
    said = "What did a third sector director say about how much room there is to influence ABG?"
    assert asked_thing(said) is None and not HOW_MANY.search("What did they say about how many LSPs exist?")
    assert asked_thing("How much room is there to influence ABG?") == "room"


def test_names_written_together_are_one_name() -> None:
    assert name_phrases("What is the Place Survey?") == ["Place Survey"]
    assert name_phrases("How did Warwickshire’s LPSB work?") == ["Warwickshire", "LPSB"]  # a possessive parts them
    assert name_phrases("What did Blackburn with Darwen do?") == ["Blackburn", "Darwen"]
    assert name_phrases("I work in Leeds. What did Derby do?") == ["Leeds", "Derby"]  # a full stop parts them
    assert names_in("What did Milton Keynes do?") == ["Milton", "Keynes"]
    assert names_in("Our partners don't trust the council. Any advice?") == []  # a sentence's first word
    assert names_in("Which Acts give councils scrutiny powers?") == []  # 'Act' in the plural: no one Act's name
    assert names_in("What targets do we agree with Whitehall?") == []  # central government, as 'Government' is


@pytest.mark.parametrize(
    ("question", "years", "doc_years"),
    [
        ("What does the 2010 Oxford paper say about the LAA?", [], ["2010"]),
        ("Does the 2010 summary think the OSP is well led?", [], ["2010"]),
        ("What did the 2009 Audit Commission report find?", [], ["2009"]),
        ("What did the Oxford officer's 2010 paper say?", [], ["2010"]),
        ("What changed in 2010 for LSPs?", ["2010"], []),
        ("What happened in 2008 to the Oxford partnership?", ["2008"], []),
    ],
)  # fmt: skip
def test_a_year_before_a_document_names_the_document(question: str, years: list[str], doc_years: list[str]) -> None:
    assert required_terms(question)[1:] == (years, doc_years)


def test_how_many_there_are_asks_for_the_whole_number() -> None:
    assert TOTAL_Q.search("How many LSPs are there?")
    assert TOTAL_Q.search("How many LSPs are there in England?")
    assert not TOTAL_Q.search("How many LSPs were constituted as companies?")  # some of them
    question = "How many LSPs are there?"
    assert counts_all(question, "A survey of the 388 LSPs: 191 LSP coordinators completed the survey.")
    assert not counts_all(question, "In 2006 there were two LSPs constituted as companies.")
    assert not counts_all(question, "Analysis of the 150 LAAs.")  # the whole number of something else


def test_what_the_author_found_is_what_the_report_found() -> None:
    found = "What did the Audit Commission find about costs?"
    assert author_as_report(found) == "What did the report find about costs?"
    assert author_as_report("What does the Audit Commission recommend?") == "What does the report recommend?"
    kept = "What did the Audit Commission itself commit to doing after the study?"  # what it will do: about it
    assert author_as_report(kept) == kept
    assert author_as_report("Who is the Audit Commission?") == "Who is the Audit Commission?"
    done = "How did the Audit Commission carry out the study?"  # how the study was done: the report's method
    assert author_as_report(done) == "How did the report carry out the study?"
    assert author_as_report("How did the Audit Commission do the research?") == "How did the report do the research?"
    assert author_as_report("What will the Audit Commission do?") == "What will the Audit Commission do?"
    assert author_as_report("What did the Oxford officer say about the CAA?") == (
        "What did the Oxford paper say about the CAA?"  # the summary paper's author: the paper
    )
    assert author_as_report("What is the Oxford officer's view?") == "What is the Oxford paper's view?"
    assert author_as_report("What does an LSP officer do?") == "What does an LSP officer do?"


def test_how_something_was_done_is_no_part_of_its_topic() -> None:
    assert topic_terms("How was the study done?") == []  # 'done' frames the question like 'did' and 'does'
    assert topic_terms("What was done about scrutiny?") == ["scrutiny"]


def test_how_usual_something_is_is_no_part_of_its_topic() -> None:
    assert topic_terms("Who usually chairs the partnership?") == ["chair"]  # not the adverb
    assert topic_terms("What do LSPs typically spend on research?") == ["spend", "research"]
    assert tokenize("LSPs are generally voluntary") == ["lsps", "voluntary"]  # nor do keyword search's tokens hold it


def test_the_play_of_what_role_does_x_play_is_no_part_of_its_topic() -> None:
    assert topic_terms("What role does the PCT play?") == []  # the PCT is a name: no 'play' to look for
    assert topic_terms("What role do district councils play?") == ["district", "council"]
    assert "play" in topic_terms("Does the LSP play a part in housing?")  # no 'role': a word like any other


@pytest.mark.parametrize(
    ("question", "text", "given"),
    [
        ("How long does an LAA last?", "…that can be progressed within three years.", True),
        ("How long did site visits take?", "Visits to each authority took place over three to four days.", True),
        ("How long have councils worked together?", "…with other local organisations for over a century.", True),
        ("how long does it last (LAA)?", "From 2005 to 2008, LAAs were voluntary.", True),
        ("How long did the study take?", "The evidence for this study was collected in 2007/08.", False),
        ("How long did the study take?", "Fieldwork took place between October 2007 and May 2008.", True),
        ("How long does an LAA last?", "An LSP and its Government Office negotiate the LAA.", False),
    ],
)
def test_how_long_asks_for_a_length_of_time(question: str, text: str, given: bool) -> None:
    expected = expected_answer(question)
    assert expected is not None and expected[1] == "length of time"
    assert bool(expected[0].search(text)) is given


def test_how_long_as_the_second_part_of_a_question_sets_no_answer_type() -> None:
    # 'How many meetings…' may be answered by a sentence the second part's type would pass over
    question = "How many partnership meetings did the researchers sit in on, and how long did each site visit last?"
    assert expected_answer(question) is None


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("The case study councils were: Blackburn with Darwen, Bolton, Derby, and Warwickshire.", True),
        ("The Bolton SNA focused on links between the community safety partnership and the network.", True),
        ("Six of the case study areas organised DCA workshops.", False),  # an acronym names no place
        ("The Commission thanks all those who helped the research.", False),  # nor does a generic name
        ("Visits to each authority took place over three to four days.", False),  # a sentence's first word
    ],
)
def test_which_councils_prefers_places_by_name(text: str, given: bool) -> None:
    assert WHICH_PLACES_Q.search("Which councils were visited as case studies?")
    assert not WHICH_PLACES_Q.search("Which committee scrutinises the LSP?")
    assert expected_answer("Which councils must prepare an SCS?") is None  # 'All councils…' answers: no refusal
    assert bool(PLACE_NAMED.search(text)) is given


@pytest.mark.parametrize(
    ("question", "where_found"),
    [
        ("Where can I find the briefing papers?", True),
        ("Where can officers get the DCA guidance?", True),
        ("Where is the national report available?", True),
        ("Where do most LSP support staff work?", False),  # where they are, not where to get something
        ("Where is the Oxford Strategic Partnership?", False),
    ],
)
def test_where_to_find_something_asks_for_a_web_address(question: str, where_found: bool) -> None:
    assert bool(WHERE_FOUND_Q.search(question)) is where_found
    assert WEB_PLACE.search("are available on the Audit Commission website (www.audit-commission.gov.uk/lsp)")
    assert not WEB_PLACE.search("The guidance includes a checklist for LSP improvement.")


def test_a_sectors_word_in_another_sense_says_nothing_of_the_sector() -> None:
    words = sector_words("How should LSPs involve the voluntary sector?")
    assert words == {"voluntary"}
    assert sector_words("What is the role of the private and voluntary sectors?") == {"private", "voluntary"}
    assert sector_words("What is an LSP?") == frozenset()
    assert other_senses(words, "The government introduced voluntary LAAs in 2005.") == {"voluntary"}
    assert other_senses(words, "LSPs are voluntary: departments should not place burdens on them.") == {"voluntary"}
    assert other_senses(words, "It can deter private and voluntary sector partners.") == set()
    assert other_senses(words, "the private, voluntary, and community sectors") == set()
    both = sector_words("What is the role of the voluntary and community sector?")
    assert other_senses(both, "bodies representing the voluntary sector, and community organisations") == set()
    organisations = sector_words("How are voluntary organisations involved in LSPs?")  # the sector by its members
    assert organisations == {"voluntary"}
    assert sector_words("Do private and voluntary groups sit on the board?") == {"private", "voluntary"}
    assert other_senses(organisations, "LSPs are voluntary, unincorporated, associations") == {"voluntary"}
    assert other_senses(organisations, "voluntary organisations take part") == set()


def test_a_chapter_is_asked_about_as_a_whole_only_with_nothing_else_asked_of_it() -> None:
    assert asked_chapter("Summarise chapter 4") == 4
    assert asked_chapter("What is Chapter 2 about?") == 2
    assert asked_chapter("What does chapter 4 say about pooled budgets?") is None  # a topic, looked for as usual
    assert asked_chapter("What does Table 4 show?") is None


def test_a_figure_before_a_singular_word_naming_a_plural_one_counts_the_plural() -> None:
    oldham = "In 2007 Oldham established three elected member scrutiny bodies."
    assert not figure_near(oldham, "member")  # three bodies, not three members
    assert figure_near(oldham, "body")
    assert figure_near("The SNA identified 210 people involved in a mature partnership.", "people")  # plural as is
    assert figure_near("Five lighter touch case studies enabled site comparison.", "site")  # the sites, in effect
    assert figure_near("One LSP board member chairs it.", "member")  # one of them is one
    assert figure_near("• sixteen services were decommissioned;", "service")  # the teens are figures too
    assert figure_near("• thirty-three services remained unchanged;", "service")  # and tens joined to units
    assert figure_near("There were forty LSP meetings.", "meeting")
    share = "Almost all LSPs have a support team."
    assert not figure_near(share, "lsps") and figure_near(share, "lsps", shares=True)  # a share in words, if asked
    assert figure_near("Most LSPs do not know their costs.", "lsps", shares=True)
    assert not figure_near("All LSPs must publish plans.", "lsps", shares=True)  # 'all' alone is no answer


@pytest.mark.parametrize(
    ("question", "of"),
    [
        ("When should partners pool budgets rather than align them?", {"partner", "pool", "budget"}),
        ("When should partners align budgets?", {"partner", "align", "budget"}),
        ("Why align rather than pool?", {"align"}),
        ("In what circumstances is pooling better?", {"pooling"}),
        ("Should partners pool or align budgets?", {"partner", "pool", "align", "budget"}),  # a choice: both
        ("Is it better to pool or align?", {"pool", "align"}),
    ],
)
def test_a_circumstances_question_asks_the_conditions_of_what_comes_before_the_comparison(
    question: str, of: set[str]
) -> None:
    assert CIRCUMSTANCES_Q.search(question)
    assert conditions_of(question, lambda _: set()) == of


@pytest.mark.parametrize(
    "question", ["When was the study published?", "Why do LSPs pool budgets?", "Should councils pool budgets?"]
)
def test_other_when_and_why_questions_ask_no_conditions(question: str) -> None:
    assert not CIRCUMSTANCES_Q.search(question)
    assert conditions_of(question, lambda _: set()) == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        "Why did the Audit Commission do this study?",
        "What was the purpose of the report?",
        "What were the aims of the 2009 study?",
        "What is the study for?",
        "Why was the report written?",
        "What did the report set out to do?",
        "Why did they carry out the research?",
    ],
)
def test_what_a_document_is_for_is_a_purpose_question(question: str) -> None:
    assert PURPOSE_Q.search(question)


@pytest.mark.parametrize(
    "question",
    ["Why do partners pool budgets?", "What is the purpose of theme groups?", "What did the study find?",
     "Why did the LSP review its report?"],
)  # fmt: skip
def test_a_why_or_purpose_question_about_something_else_is_not(question: str) -> None:
    assert not PURPOSE_Q.search(question)


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        ("Who was interviewed for the study?", "interview"),
        ("Who did the study interview?", "interview"),
        ("Who did they interview?", "interview"),
        ("Who were surveyed?", "survey"),
        ("Who did the study?", None),  # who did it, not whom
        ("Who did the fieldwork?", None),
        ("Who was the study director?", None),
        ("Who chairs it?", None),
    ],
)
def test_whom_a_deed_was_done_to_is_read_from_who_questions(question: str, deed: str | None) -> None:
    assert deed_done_to(question) == deed


def test_what_a_thing_is_supposed_to_do_is_no_question_of_what_it_is() -> None:
    assert DEFINITION_Q.match("What is an SCS?")
    assert not DEFINITION_Q.match("What is an SCS supposed to contain?")  # asks for its contents: a list
    assert not DEFINITION_Q.match("What is the area based grant meant to pay for?")
    assert "supposed" not in tokenize("What is an SCS supposed to contain?")  # no topic of its own


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("What does the executive layer do?", "executive"),
        ("What is the strategic layer?", "strategic"),
        ("What is the operational layer responsible for?", "operational"),
        ("What is the role of the executive layer?", "executive"),
        ("What are the three layers of joint working?", None),  # all of them
        ("How often should the executive layer look at performance data?", None),  # something else of it
        ("What does giving an account look like at the strategic layer?", None),
    ],
)
def test_one_member_of_a_named_set_is_asked_what_it_is_or_does(question: str, member: str | None) -> None:
    assert member_asked(question) == member


def test_a_member_is_named_by_a_list_item_opening_with_its_name() -> None:
    assert names_member("executive", "• executive: resource allocation and performance management; and")
    assert names_member("executive", "• executive or board: using the vision to allocate resources")
    assert not names_member("executive", "• the executive layer meets six to twelve times a year")


def test_the_noun_before_what_is_counted_may_stand_for_it() -> None:
    assert counted_modifier("How many district councils does a typical county contain?") == "district"
    assert counted_modifier("How many LSPs are there?") is None
    assert counted_modifier("What proportion of LSPs have sub-groups?") is None  # a share, not a count


def test_who_led_the_study_asks_for_its_authors_however_the_study_is_named() -> None:
    assert AUTHOR_Q.search("Who led the Audit Commission's national LSP study?")
    assert AUTHOR_Q.search("Who led the study?")
    assert not AUTHOR_Q.search("Who led the Warwickshire board?")


def test_a_negative_contraction_is_no_topic() -> None:
    assert topic_terms("What tends to go wrong in LSPs that haven't had time?") == ["tend", "go", "wrong", "time"]
    assert topic_terms("Why don't partners engage?") == ["partner", "engage"]


def test_a_figure_standing_for_the_thing_with_its_noun_left_out_counts_it() -> None:
    counties = "A typical county has six or seven districts, but six have ten districts or more: each with an LSP."
    assert figure_near(counties, "county")  # six counties
    assert not figure_near("The county has staff and partners have plans.", "county")


def test_an_origin_question_is_answered_by_where_the_thing_came_from() -> None:
    assert ORIGIN_Q.search("Where did the idea for the Big Derbyshire Clean Up come from?")
    assert ORIGIN_Q.search("How did the OSP come about?")
    assert not ORIGIN_Q.search("Where did the study find weak commitment?")
    assert ORIGIN.search("The Big Derbyshire Clean Up emerged from consultation with Citizens’ Panel representatives.")
    assert not ORIGIN.search("The Big Derbyshire Clean Up contributed to a 35 per cent reduction.")


def test_a_contribution_asked_how_much_of_is_a_sum_but_what_a_report_says_of_cost_is_not() -> None:
    assert MONEY_Q.search("how much did Derbyshire Constabulary put into the Big Derbyshire Clean Up?")
    assert MONEY_Q.search("How much did the police contribute to the Clean Up?")
    assert MONEY_Q.search("What did the new structure cost?")
    assert not MONEY_Q.search("What did the report say about the cost of partnership working?")
    assert not MONEY_Q.search("What do partners think about their costs?")
    assert MONEY_Q.search("What is the mayor of London's budget?")  # the budget of someone named, a sum
    assert MONEY_Q.search("What was the Big Derbyshire Clean Up's budget?")
    assert not MONEY_Q.search("What is the LSP's role in budgets?")


def test_a_count_asked_with_a_verb_of_its_own_counts_the_plural_before_it() -> None:
    assert asked_thing("How many LSPs received performance reward grant payouts in 2009?") == "lsps"
    assert asked_thing("How many partners attended the workshop?") == "partner"
    assert asked_thing("How many of the areas visited had a housing theme?") is None  # a share of the areas visited


@pytest.mark.parametrize(
    "question",
    [
        "What did the network do once the SNA had shown how much it depended on a few gatekeepers?",
        "The survey showed how many LSPs pool budgets: what does the report recommend?",
    ],
)
def test_how_much_as_what_was_shown_asks_for_no_figure(question: str) -> None:
    from assistant.questions import COUNTED, QUANTITY_Q

    assert QUANTITY_Q.search(question) is None
    assert COUNTED.search(question) is None
    assert QUANTITY_Q.search("Can you tell me how much the Clean Up cost?")  # asked, not shown


def test_the_phrases_a_question_puts_in_quotation_marks() -> None:
    from assistant.reading import _quoted

    assert _quoted("If the chair falls into the 'Other' category, what then?") == {"other"}
    assert _quoted('What is the “soft” side, and "hard" one?') == {"soft", "hard"}
    assert _quoted("What did Bolton's partners and the LSPs' chairs say?") == set()  # apostrophes quote nothing


@pytest.mark.parametrize(
    ("question", "subject", "title"),
    [
        ("Which Audit Commission report is the Oxford summary paper about?", True, False),
        ("What report does the Oxford paper summarise?", True, False),
        ("Which study does the summary paper cover?", True, False),
        ("What is the title of the Oxford paper?", False, True),
        ("What is the 2009 report called?", False, True),
        ("What is the report about?", False, False),  # an overview of the report, not its title
        ("What does the report say about LAAs?", False, False),
        ("What is the name of the chair?", False, False),
    ],
)
def test_which_document_another_is_about_or_its_title(question: str, subject: bool, title: bool) -> None:
    assert bool(DOCUMENT_SUBJECT_Q.search(question)) is subject
    assert bool(DOCUMENT_TITLE_Q.search(question)) is title


def test_what_time_asks_for_a_time_of_day() -> None:
    clock = expected_answer("What time do board meetings start?")
    assert clock is not None and clock[1] == "time of day"
    assert clock[0].search("Board meetings start at 6.30pm.") and not clock[0].search("It meets three times a year.")
    assert expected_answer("What time of year is the SCS refreshed?") is None  # a season, not a time of day
    assert expected_answer("What time frame does an LAA cover?") is None  # a span of years
