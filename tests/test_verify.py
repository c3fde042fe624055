"""Checks that an answer speaks to the question: its names, years, figures, dates and actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.questions import (
    asked_thing,
    shared_predicate,
    shared_thing,
    uncontracted,
    with_synonyms,
)
from assistant.verify import (
    in_full,
    lacking,
    mentions,
    missing_answer_type,
    missing_figure,
    not_of_document,
    off_topic,
    only_promised,
    stands_for,
    uncounted,
    undated,
    undefined_term,
    unquoted_year,
    unsaid_actor,
    unsaid_norm,
    unspelled_acronym,
    without_roll_calls,
)


def test_a_figure_next_to_the_counted_thing_answers() -> None:
    sentences = ["The SNA identified 210 people involved in a mature, well-led partnership."]
    assert missing_figure("How many people did the analysis identify?", sentences) is None
    assert missing_figure("How many districts took part?", ["Three districts joined in 2007."]) is None


def test_a_figure_about_something_else_does_not_answer() -> None:
    sentences = ["The Audit Commission will publish a study on commissioning in 2009."]
    reason = missing_figure("How many LSPs were companies limited by guarantee in 2009?", sentences)
    assert reason == "no figure is given for LSPs"
    arrangements = ["LSPs use five main arrangements for financial resources:"]  # five counts the arrangements
    assert missing_figure("How many LSPs have a pooled budget?", arrangements) == "no figure is given for LSPs"
    assert missing_figure("How many LSPs were surveyed?", ["The survey covered all LSPs (388)."]) is None


def test_a_generic_thing_counted_is_counted_of_its_kind() -> None:
    theme = ["Councils in some LSPs share leadership by appointing cabinet members to theme groups."]
    assert missing_figure("How many theme groups are there in an LSP?", theme) == (
        "no figure is given for theme groups"
    )  # 'groups' alone would ask nothing checkable
    timeline = ["City Challenge (31 urban areas)"]
    assert missing_figure("How many urban areas took part in City Challenge?", timeline) is None
    assert missing_figure("How many urban areas took part?", ["Three areas joined in 2007."]) == (
        "no figure is given for urban areas"
    )


def test_a_money_question_needs_a_sum_in_the_cited_sentences() -> None:
    question = "How much did Bolton's social network analysis cost to commission?"
    assert missing_answer_type(question, ["The SNA identified 210 people."]) == "no sum of money is given for this"
    assert missing_answer_type(question, ["The analysis cost £12,000."]) is None
    saving = ["The review produced a saving of £0.9 million."]  # a saving is no cost
    assert missing_answer_type("What did it cost to set up the new services?", saving) is not None
    assert missing_answer_type("How much did the review save?", saving) is None
    assert missing_answer_type("How much did it cost?", ["It cost £5,000 and saved £9,000."]) is None


def test_how_much_of_a_named_fund_is_answered_by_a_sum_beside_its_name() -> None:
    abg = "ABG brings previously ring-fenced grants into a single pot (at least £4 billion over the CSR07 period)."
    assert missing_figure("How much ABG is there?", [abg]) is None  # a sum, if not next to 'ABG'
    assert missing_figure("How much ABG is there?", ["ABG is allocated on a three-year basis."]) is not None


def test_a_how_often_question_needs_a_frequency() -> None:
    question = "How often does the board meet?"
    assert missing_answer_type(question, ["The board has twelve members."]) == "no frequency is given for this"
    assert missing_answer_type(question, ["It meets quarterly."]) is None
    assert missing_answer_type(question, ["It meets every three months."]) is None
    assert missing_answer_type("How often is the policy reviewed?", ["The policy is reviewed each year."]) is None
    elsewhere = ["There is an annual forum event."]  # a frequency, but of something else: not how often boards meet
    assert missing_answer_type(question, elsewhere) == "no frequency is given for this"
    named = "How often does Derbyshire's group meet?"  # named, in other words: 'brings … together every three months'
    assert missing_answer_type(named, ["Derbyshire’s group brings them together every three months."]) is None
    each = ["Visits to each authority took place over three to four days."]  # 'each' here counts, not repeats
    assert missing_answer_type(question, each) == "no frequency is given for this"
    prevalence = "How often is there real challenge about money in LSPs?"  # how widespread: a share answers it
    assert missing_answer_type(prevalence, ["Financial challenge only occurs in a quarter of LSPs."]) is None
    assert missing_answer_type(question, ["A quarter of members attend."]) == "no frequency is given for this"


def test_a_when_question_needs_a_date_and_other_questions_need_nothing() -> None:
    assert missing_answer_type("When was CPA replaced?", ["CPA was replaced."]) == "no date is given for this"
    assert missing_answer_type("When was CPA replaced?", ["CAA replaced CPA in 2009."]) is None
    assert missing_answer_type("Do councils know how much their LSP costs?", ["Few do."]) is None
    pool = ["Pooling is more suitable when: all parties make proportionate financial contributions."]
    assert missing_answer_type("When should partners pool rather than align their budgets?", pool) is None


def test_from_when_and_since_when_questions_need_a_date() -> None:
    for question in ("From when did PCTs and councils have to produce a JSNA?", "Since when have LAAs been statutory?"):
        assert missing_answer_type(question, ["Councils must produce one."]) == "no date is given for this"
        assert missing_answer_type(question, ["They must do so from April 2008."]) is None


def test_a_rate_question_needs_a_figure_for_the_rated_thing_and_says_so_in_its_own_words() -> None:
    question = "What household recycling rate did the Derbyshire Partnership achieve in 2008?"
    assert asked_thing(question) == "recycling"
    assert missing_figure(question, ["The partnership ran a shared call centre from 2008."]) == (
        "no household recycling rate is given"
    )
    assert missing_figure(question, ["Household recycling reached 42 per cent in 2008."]) is None


def test_a_refusal_names_the_counted_thing_as_the_question_wrote_it() -> None:
    assert missing_figure("How many agencies are on it?", ["The board meets."]) == "no figure is given for agencies"
    assert missing_figure("How many volunteers took part?", ["It ran."]) == "no figure is given for volunteers"
    assert missing_figure("How many staff does it employ?", ["It ran."]) == "no figure is given for staff"


def test_a_by_how_much_question_needs_a_figure_for_the_thing_that_changed() -> None:
    question = "By how much did recorded crime fall in Derbyshire after the Big Clean Up?"
    assert asked_thing(question) == "crime"
    budget = "The £747,000 budget includes £247,000 from LPSA2 pump-priming."
    assert missing_figure(question, [budget]) == "no figure is given for crime"
    answerable = "By how much did anti-social behaviour fall in Derbyshire?"
    fall = "The Clean Up contributed to a 35 per cent reduction in perceived anti-social behaviour."
    assert missing_figure(answerable, [fall]) is None


def test_what_did_it_cost_and_what_did_x_pay_questions_need_a_sum() -> None:
    for question in ("What did it cost Portsmouth to set up four new services?", "What did Gateshead pay for it?"):
        assert missing_answer_type(question, ["Portsmouth commissioned four new services."]) == (
            "no sum of money is given for this"
        )
        assert missing_answer_type(question, ["The new services cost £120,000."]) is None


def test_a_when_question_needs_the_date_beside_its_rarest_name() -> None:
    idf = {"breightmet": 7.0, "health": 2.0, "centre": 3.0, "bolton": 5.0, "vision": 2.5}
    story = "Bolton was one of the first areas to set up a partnership. The Vision Partnership started in 1995."
    question = "When did the Breightmet Health Centre open its doors?"
    assert undated(question, [story + " Health services improved."], idf) == "no date is given for Breightmet"
    assert undated(question, ["The Breightmet Health Centre opened in 2007."], idf) is None
    assert undated("When did Bolton's Vision Partnership begin?", [story], idf) is None
    assert undated("What did Bolton start in 1995?", [story], idf) is None


def test_a_when_question_asks_of_its_event_word_though_another_is_rarer() -> None:
    idf = {"coalition": 9.0, "scrap": 7.0, "government": 2.0, "laas": 3.0, "duty": 4.0, "start": 5.0}
    introduced = ["The government introduced voluntary LAAs in 2005 (Ref. 6)."]
    question = "When did the coalition government formally scrap LAAs?"  # the scrapping, not the coalition
    assert undated(question, introduced, idf) == "no date is given for ‘scrap’"
    assert undated(question, ["The coalition government scrapped LAAs in 2010."], idf) is None
    commence = ["The proposed economic assessment duty will commence during 2010/11 (Ref. 24)."]
    assert undated("When is the economic assessment duty due to start?", commence, idf) is None  # 'commence'
    signed = ["Sebastian Johnson July 2010"]  # 'come' is no kin of 'commence': the date of the paper answers
    assert undated("When did the Oxford paper come out?", signed, {"paper": 3.0, "come": 5.0}) is None


def test_a_when_question_needs_a_date_for_the_event_it_asks_about() -> None:
    idf = {"abolished": 9.0, "audit": 2.0, "commission": 2.0, "replaced": 6.0, "apply": 6.0, "police": 4.0}
    published = (
        "The Audit Commission and the other inspectorates published the CAA framework document in February 2009."
    )
    abolished = "Clearly the thinking around the CAA is now out of date as the CAA has been abolished."
    question = "When was the CAA abolished?"
    assert undated(question, [published, abolished], idf) == "no date is given for ‘abolished’"
    assert undated(question, ["The CAA was abolished in 2010."], idf) is None
    commission = "When was the Audit Commission abolished?"  # the CAA's abolition is not the Commission's, and the
    assert undated(commission, [published, abolished], idf) == "no date is given for ‘abolished’"  # date is another
    assert (
        undated("When was CPA replaced by Comprehensive Area Assessment?", ["CAA replaced CPA in 2009."], idf) is None
    )
    applies = "APACS applies to all police forces in England and Wales from April 2008."
    assert undated("From when did APACS apply to police forces?", [applies], idf) is None
    ran = "The survey of coordinators ran in spring 2008."
    assert undated("When was the survey carried out?", [ran], idf) is None  # the event in other words is no reason
    founded = "In 2007 Oldham established three elected member scrutiny bodies."
    assert undated("When did Oldham set up its scrutiny bodies?", [founded], idf) is None  # kin: set up, established


def test_a_when_question_about_an_acronym_is_answered_by_its_long_form_and_what_it_replaced() -> None:
    idf = {"caa": 5.0, "introduced": 4.0, "lgpih": 6.0}
    replaced = (
        "Between 2002 and 2008 councils had regular assessments. Comprehensive Area Assessment replaced CPA in 2009."
    )
    introduced = "LGPIH also introduced CAA to review how local service providers worked together."
    spelled = {"CAA": "Comprehensive Area Assessment"}
    assert undated("When was CAA introduced?", [replaced, introduced], idf, spelled) is None  # it began in 2009
    assert undated("When was CAA introduced?", [replaced, introduced], idf) == "no date is given for CAA"
    abolished = "The thinking around the CAA is now out of date as the CAA has been abolished."
    assert undated("When was the CAA abolished?", [abolished, replaced], idf, spelled) == (
        "no date is given for ‘abolished’"  # what CAA replaced ended in 2009, not CAA
    )
    assert undated("When was CPA abolished?", [replaced], idf, spelled) is None  # CPA is what was replaced
    nrf = "NRF was a special grant. NRF was replaced by the Working Neighbourhoods Fund in November 2007."
    named = {"NRF": "Neighbourhood renewal fund", **spelled}
    assert undated("When did the Neighbourhood Renewal Fund start?", [nrf], idf, named) == (
        "no date is given for ‘start’"  # 'was replaced by' tells when it ended, not when it began
    )
    assert undated("When did NRF end?", [nrf], idf, named) is None
    assert undated("When was the Neighbourhood Renewal Fund set up?", [nrf], idf, named) == (
        "no date is given for ‘set up’"  # the phrase as asked, not 'set'
    )
    assert undated("When was NRF replaced?", [nrf], idf, named) is None
    assert undated("When was the Working Neighbourhoods Fund introduced?", [nrf], idf, named) is None  # what
    # replaced NRF began when NRF ended


def test_a_percentage_or_share_question_needs_a_percentage_or_fraction() -> None:
    question = "What percentage of LSP board members are women?"
    reason = missing_answer_type(question, ["In most multi-tier areas district leaders are members of the board."])
    assert reason == "no percentage or share is given for this"
    assert missing_answer_type(question, ["Some 56 per cent of coordinators agree."]) is None
    assert missing_answer_type("What share of coordinators worry?", ["Over half of coordinators worry."]) is None


def test_a_stands_for_question_names_its_acronym() -> None:
    assert stands_for("What does DCA stand for?") == "DCA"
    assert stands_for("What's OSP short for?") == "OSP"
    assert stands_for("What is delivery chain analysis?") is None


def test_a_missing_acronym_is_named_as_the_question_writes_it() -> None:
    passage = "In conclusion, the OSP appears to be operating and delivering in a positive way."
    assert off_topic("What happened to LAAs after 2010?", passage) == "nothing found is about LAAs"  # not 'laas'


def test_a_share_of_a_group_must_be_a_share_of_that_group() -> None:
    question = "What percentage of LSPs have performance sub-groups?"
    members = "Over half of the members made no contribution other than attending."  # a share of members
    assert missing_figure(question, [members]) == "no share is given for LSPs"
    assert missing_figure(question, ["Almost all LSPs have a performance sub-group."]) is None
    assert missing_figure("What proportion of coordinators agree?", ["Most coordinators (72 per cent) agree."]) is None
    assert shared_thing("What share of mainstream public spending do ABG and PRG make up?") is None  # of a sum


def test_a_share_of_a_group_must_be_of_the_group_doing_what_was_asked() -> None:
    question = "What proportion of LSP coordinators are on permanent rather than fixed-term contracts?"
    assert {"permanent", "contract"} <= set(shared_predicate(question))
    strategic = "Over half (56 per cent) of LSP coordinators agree their boards are becoming strategic."
    assert missing_figure(question, [strategic]) == "no share is given for coordinators"  # of them, about else
    assert missing_figure(question, ["Most LSP coordinators (62 per cent) have permanent posts."]) is None
    police = "In the 2008 survey, what proportion of LSP executive boards had a senior police representative on them?"
    assert shared_thing(police) == "board"  # where the figure is from, before the question, hides no share question
    boards = "Over half of LSP executive boards (52 per cent) meet quarterly."
    assert missing_figure(police, [boards]) == "no share is given for boards"


def test_a_passage_is_on_topic_when_it_uses_another_form_of_a_topic_word() -> None:
    question = "Under CAA, what will inspectors be independently judging?"
    passage = (
        "This new joint inspection approach will provide independent assessments of the prospects for local areas."
    )
    assert off_topic(question, passage) is None
    assert off_topic("Which firms supply the catering?", passage) == "nothing found is about firms supply, catering"


def test_a_date_or_figure_does_not_make_a_passage_on_topic() -> None:
    companies = "In 2006 there were two LSPs constituted as companies limited by guarantee."
    assert off_topic("How many LSPs were rated excellent?", companies) == "nothing found is about rated excellent"
    assert off_topic("When did the LSPs become companies?", companies) is None  # it shares what is asked about
    budget = "The £747,000 budget includes £247,000 from LPSA2 pump-priming."
    assert off_topic("How much did the Big Derbyshire Clean Up cost?", budget) is None  # a sum: 'cost' in other words


def test_the_answer_type_asked_for_keeps_a_passage_on_topic_in_other_words() -> None:
    replaced = "Comprehensive Area Assessment replaced CPA in 2009."
    assert off_topic("When did CAA come in?", replaced) is None  # 'come in' in the report's words
    assert off_topic("When is pooling more suitable than aligning?", replaced) is not None  # no time asked
    assert off_topic("How often do the coordinators get together?", "The group meets every three months.") is None


def test_a_question_about_a_bill_or_a_price_needs_a_sum() -> None:
    question = uncontracted("What's the yearly bill for Oldham's scrutiny?")
    assert missing_answer_type(question, ["The board meets monthly."]) == "no sum of money is given for this"
    assert missing_answer_type(question, ["It costs about £42,000 a year to run."]) is None


def test_a_year_asked_about_must_be_named_by_a_quoted_sentence() -> None:
    question = "Which political party controlled Oxford City Council in 2010?"
    assert unquoted_year(question, ["The OSP is well led and well managed."]) == "nothing quoted is about 2010"
    assert unquoted_year(question, ["In May 2010 the council changed hands."]) is None
    assert unquoted_year("What did Warwickshire redirect in 2008?", ["£500,000 was redirected in 2008/09."]) is None
    assert unquoted_year("What changed in 2009?", ["The plan ran for 2008/09."]) is None
    assert unquoted_year("Is CAA still current, according to the 2010 paper?", ["CAA has been abolished."]) is None


def test_a_how_many_question_needs_a_figure_beyond_those_it_states() -> None:
    question = "How many of the 111 potential partners were voluntary organisations?"
    assert uncounted(question, ["Across the county there are 111 potential partners."]) == (
        "no figure is given beyond those in the question"
    )
    assert uncounted(question, ["Of the 111 potential partners, 40 were voluntary organisations."]) is None
    assert uncounted("How many people attended the week?", ["The week is helpful."]) == "no figure is given"
    assert uncounted("How many people attended the week?", ["Over two thousand people came."]) is None
    assert uncounted("Who attended the week?", ["The week is helpful."]) is None


def test_text_naming_everything_the_question_names_is_on_topic_unless_a_named_thing_is_missing() -> None:
    case = "Getting partners in Warwickshire to agree to a geographical shift in resources was the biggest challenge."
    question = "In the Warwickshire example, what was the toughest thing to get everyone to sign up to?"
    assert off_topic(question, case) is not None  # no topic word in common
    assert off_topic(question, case, by_name=True) is None  # but it is about Warwickshire, and asks for no thing
    oxford = "Oxford's partnership is well led and well managed."
    assert off_topic("What is the population of Oxford?", oxford, by_name=True) == "nothing found is about population"
    apacs = "APACS applies to all police forces in England and Wales from April 2008."
    assert off_topic("What is the LSP's legal status in Wales?", apacs, by_name=True) == (
        "nothing found is about legal status"  # a thing of the LSP's asked for, though the LSP's owns it
    )
    conclusions = "In conclusion, the OSP appears to be operating and delivering in a positive way in Oxford."
    assert off_topic("What is the Oxford paper's view?", conclusions, by_name=True) is None  # what it says


def test_the_figure_for_a_how_many_question_must_stand_near_the_counted_thing() -> None:
    question = "How many LSPs did the survey cover?"
    far = ["Applies the three transactional elements of the 7S framework (steering, systems, standards) to LSPs."]
    assert missing_figure(question, far) == "no figure is given for LSPs"  # '7S' is no figure, 'three' is far off
    assert missing_figure(question, ["A survey of the 388 LSPs was completed by 191 coordinators."]) is None
    half = ["In half the case study areas it was weak."]
    assert missing_figure("How many case study areas had weak commitment?", half) is None


def test_a_how_much_money_question_is_left_to_the_sum_check() -> None:
    found = ["Partners identified £45 million."]
    assert missing_figure("How much money did Oldham's partners identify?", found) is None


def test_who_chairs_a_named_body_needs_the_role_and_the_body_in_one_quoted_sentence() -> None:
    acronyms = {"LPSB": "local public service board"}
    dorset = [
        "In Dorset the chairs and vice chairs of the scrutiny committees meet as an informal group.",
        "In 2006 the group jointly scrutinised the Dorset Strategic Partnership (DSP).",
    ]
    reason = unsaid_actor("Who chairs the Dorset Strategic Partnership?", dorset, acronyms)
    assert reason == "nothing quoted says who chairs the Dorset Strategic Partnership"
    assert unsaid_actor("Who chairs the DSP?", ["The DSP is chaired by the county council leader."], acronyms) is None
    for which in ("Which councillor chairs", "Which partner organisation leads", "Which body runs"):
        reason = unsaid_actor(f"{which} the Dorset Strategic Partnership?", dorset, acronyms)  # 'who' in other words
        assert reason is not None and reason.endswith("the Dorset Strategic Partnership")
    assert unsaid_actor("Which report chairs the Dorset Strategic Partnership?", dorset, acronyms) is None  # no actor
    oldham = ["The chair of the Oldham Partnership is a member of the scrutiny board."]
    assert unsaid_actor("Who chairs the Oldham Partnership?", oldham, acronyms) is None
    board = ["Warwickshire’s local public service board (LPSB) aims to narrow the gap."]
    assert unsaid_actor("Who chairs Warwickshire's LPSB?", board, acronyms) == (
        "nothing quoted says who chairs Warwickshire's LPSB"
    )
    assert unsaid_actor("Who chairs Warwickshire's local public service board?", board, acronyms) == (
        "nothing quoted says who chairs Warwickshire's local public service board"
    )
    chaired = ["Warwickshire’s local public service board is chaired by the council leader."]
    assert unsaid_actor("Who chairs Warwickshire's local public service board?", chaired, acronyms) is None
    assert unsaid_actor("Who chairs most LSPs?", ["Council leaders chair most LSPs."], acronyms) is None
    assert unsaid_actor("Who chairs the board?", ["Theme groups meet monthly."], acronyms) is None
    assert unsaid_actor("Who funds PCTs?", ["They receive budgets from the Department of Health."], acronyms) is None


def test_where_the_asker_works_is_no_name_the_passages_must_mention() -> None:
    passage = "Council leaders chair most LSPs."
    assert mentions(passage, "", "I'm a council officer in Leeds. Who chairs most LSPs?", {}) is None
    assert mentions(passage, "", "Who chairs most LSPs in Leeds?", {}) == "the passages found do not mention Leeds"
    assert mentions(passage, "", "I'm new here and I've a question: who chairs most LSPs?", {}) is None


def test_a_lacking_name_is_named_as_the_question_writes_it_in_full() -> None:
    passage = "LSPs work with the police and with health partners."
    question = "How should LSPs work with the new Police and Crime Commissioner?"
    assert lacking(passage, "", question, {}) == ("name", "Police and Crime Commissioner")
    assert in_full("Local Government", "Ask the Department for Communities and Local Government") == (
        "Department for Communities and Local Government"
    )
    assert in_full("Bolton", "Did Derby and Bolton pool budgets?") == "Bolton"  # two places, not one name
    assert in_full("Wellbeing Boards", "Do Health and Wellbeing Boards replace LSPs?") == "Health and Wellbeing Boards"
    assert in_full("Total Place", "What did Total Place find?") == "Total Place"


def test_a_name_said_in_the_reports_words_is_not_lacking() -> None:
    from assistant.thesaurus import Thesaurus, read_thesaurus

    passage = "The police report through APACS, and health partners report through Vital Signs."
    question = "Do the police and NHS report outside the framework?"
    assert mentions(passage, "", question, {}) == "the passages found do not mention NHS"
    thesaurus = read_thesaurus(Path("corpus/words/everyday.yaml"))
    assert mentions(passage, "", question, {}, thesaurus.said_otherwise) is None
    assert mentions("The police report through APACS.", "", question, {}, thesaurus.said_otherwise) == (
        "the passages found do not mention NHS"  # no word of the reports' for it either
    )
    assert mentions(passage, "", question, {}, Thesaurus().said_otherwise) == "the passages found do not mention NHS"


def test_who_is_the_chair_of_a_named_body_is_checked_as_who_chairs_it() -> None:
    about = ["Published in 2009, the study reviews the Oxford Strategic Partnership (OSP) and its board."]
    assert unsaid_actor("Who is the chair of the Oxford Strategic Partnership?", about, {}) == (
        "nothing quoted says who is the chair of the Oxford Strategic Partnership"
    )
    assert unsaid_actor("Who is the current chairman of the OSP?", ["The OSP chair is the council leader."], {}) is None
    assert unsaid_actor("Who is the leader of Derby City Partnership?", ["Derby is a city."], {}) == (
        "nothing quoted says who is the leader of Derby City Partnership"
    )
    led = ["Derby City Partnership is led by the council's chief executive."]
    assert unsaid_actor("Who is the leader of Derby City Partnership?", led, {}) is None
    assert unsaid_actor("Who is the chair of most LSPs?", ["Council leaders chair most LSPs."], {}) is None
    assert unsaid_actor("Who is the OSP chair?", ["The OSP is well led and well managed."], {}) == (
        "nothing quoted says who is the chair of OSP"
    )
    assert unsaid_actor("Who is the OSP chair?", ["The OSP chair is the council leader."], {}) is None
    assert unsaid_actor("Who is the chair?", ["Theme groups meet monthly."], {}) is None  # names no body
    chief = ["Local authority chief executives play a crucial role in the strategic and executive levels."]
    assert unsaid_actor("Who is the chief executive of Oxford City Council?", chief, {}) == (
        "nothing quoted says who is the chief executive of Oxford City Council"
    )
    named = ["Oxford City Council's chief executive chairs the OSP's executive board."]
    assert unsaid_actor("Who is the chief executive of Oxford City Council?", named, {}) is None


def test_england_is_where_the_reports_are_set_not_a_topic() -> None:
    pct = "PCTs cover all parts of England. They receive budgets directly from the Department of Health."
    assert off_topic("What is the national anthem of England?", pct, by_name=True) == (
        "nothing found is about the national anthem of England"
    )
    assert off_topic("How are PCTs funded in England?", pct, by_name=True) is None


def test_findings_of_work_the_reports_only_announce_are_not_answered() -> None:
    promised = "The Audit Commission will publish a study on health and social care commissioning in 2009."
    reason = only_promised("What did the 2009 commissioning study conclude?", promised)
    assert reason == "the reports only announce that work; they give none of its findings"
    assert only_promised("Did the promised follow-up find that joint commissioning worked?", promised) is not None
    assert only_promised("What were the findings of the commissioning study?", promised) is not None
    assert only_promised("What will the Audit Commission publish in 2009?", promised) is None  # asks what is promised
    assert only_promised("What did the commissioning study end up recommending for LSPs?", promised) is not None
    assert only_promised("What does the report say about its coming commissioning study?", promised) is None
    found = "Over half of coordinators (58 per cent) think members challenge each other’s performance."
    assert only_promised("What did the survey find about challenge?", found) is None


def test_who_wrote_a_document_needs_an_author_or_its_researchers() -> None:
    question = "Who wrote the Oxford paper?"
    farthing = ["Chris Farthing, Locality Manager, GOSE, felt that the level of debate in Oxford is more advanced."]
    assert missing_answer_type(question, farthing) == "no author is given for this"
    team = ["Jane Kennedy and Roger Sykes undertook research for this study.", "Michael Hughes was the study director."]
    assert missing_answer_type("Who wrote the 2009 study?", team) is None
    assert off_topic("Who wrote the 2009 study?", " ".join(team)) is None  # the year says which document, no topic
    assert off_topic("What did the 2009 study say about housing?", " ".join(team)) is not None
    assert missing_answer_type("Who led the study?", team) is None  # its director is who led it
    research = "Who carried out the research for the report?"
    assert missing_answer_type(research, farthing) == "no author is given for this"
    assert missing_answer_type("Who led the Warwickshire board?", farthing) is None  # a board, not a document
    summary = "Audit Commission’s Working better together? Managing LSPs – Summary paper and thoughts on the OSP"
    assert off_topic("Who wrote the summary paper?", summary) == "no author is given for this"  # not 'about wrote'


def test_a_name_only_in_a_roll_call_of_names_does_not_make_a_passage_about_it() -> None:
    councils = (
        "The case study councils were: Blackburn with Darwen, Bolton, Derby, Derbyshire, Dorset, East Sussex, "
        "Gateshead, Hammersmith and Fulham, Milton Keynes, Sheffield, Stoke-on-Trent, Sunderland, and Warwickshire."
    )
    assert off_topic("How does Sheffield manage performance?", councils, by_name=True) == (
        "the reports name Sheffield only in a list of names"  # rather than which of its words went unfound
    )
    assert off_topic("How does Sheffield manage performance?", councils) == "nothing found is about manage performance"
    assert off_topic("What did Sunderland's partnership achieve?", councils, by_name=True) == (
        "the reports name Sunderland only in a list of names"
    )
    assert off_topic("What did Leeds achieve?", councils, by_name=True) == (
        "nothing found is about achieve"  # Leeds is in no roll call
    )
    assert off_topic("What did Leeds do?", councils, by_name=True) is None
    assert off_topic("Was Sheffield one of the case studies?", councils, by_name=True) is None
    assert off_topic("What did Sunderland do?", councils, by_name=True) == (
        "the reports name Sunderland only in a list of names"
    )
    assert off_topic("Tell me about Milton Keynes", councils, by_name=True) == (
        "the reports name Milton Keynes only in a list of names"
    )
    for place in ("Blackburn with Darwen", "Stoke-on-Trent"):  # one name, though written in several words
        assert off_topic(f"What did {place} do?", councils, by_name=True) == (
            f"the reports name {place} only in a list of names"
        )
    assert off_topic("What did Sheffield and Sunderland do?", councils, by_name=True) == (
        "the reports name Sheffield and Sunderland only in a list of names"
    )
    bolton = "PCTs in two case study areas (Hammersmith and Fulham, and Bolton) emphasised their expectations."
    assert off_topic("What did Bolton expect of new chief executives?", bolton, by_name=True) is None


def test_councils_and_local_authorities_are_one_thing() -> None:
    assert with_synonyms({"council", "role"}) == {"council", "role", "local", "authority"}
    assert "council" in with_synonyms({"local", "authority", "partner"})
    assert with_synonyms({"local", "area"}) == {"local", "area"}  # 'local' alone names no authority
    assert (
        off_topic("What does the report recommend councils do?", "Local authorities and their partners should:") is None
    )


def test_a_year_or_the_word_lsps_is_no_topic_a_passage_can_share() -> None:
    announced = "The Audit Commission will publish a study on commissioning in 2009. LSPs review arrangements."
    assert off_topic("Which LSPs have merged with their neighbours since 2009?", announced) == (
        "nothing found is about merged, neighbours"
    )
    assert off_topic("What did LSPs review in 2009?", announced) is None


@pytest.mark.parametrize(
    "question",
    [
        "When is pooling more suitable than aligning?",
        "When are aligned budgets better than pooled ones?",
        "When should partners align budgets?",
    ],
)
def test_when_asking_in_what_circumstances_needs_no_date(question: str) -> None:
    assert missing_answer_type(question, ["Pooling is more suitable when there are no legal constraints."]) is None


def test_when_asking_for_a_time_still_needs_a_date() -> None:
    reason = missing_answer_type("When was the Audit Commission abolished?", ["The commission was abolished."])
    assert reason == "no date is given for this"


def test_a_finding_that_the_amount_is_unknown_answers_how_much() -> None:
    question = "How much do LSPs spend on support?"
    assert missing_answer_type(question, ["Most LSPs do not know how much their support team costs."]) is None
    assert missing_answer_type(question, ["Most LSPs don’t know their support team costs"]) is None
    assert missing_answer_type(question, ["Councils are unaware of the costs of their support teams."]) is None
    assert missing_answer_type(question, ["Support teams also do research."]) == "no sum of money is given for this"


def test_the_role_or_purpose_of_a_thing_is_asked_by_naming_the_thing() -> None:
    entry = "SCS: Sustainable community strategy. The SCS sets the strategic direction and long-term vision."
    assert off_topic("What is the purpose of the SCS?", entry, by_name=True) is None
    assert off_topic("What is the role of an LSP?", "LSP: local strategic partnership.", by_name=True) is None
    assert off_topic("What is the budget of the SCS?", entry, by_name=True) == "nothing found is about budget"


def test_the_reports_words_for_an_everyday_phrase_keep_a_passage_on_topic() -> None:
    passage = "Council leaders chair most LSPs."
    assert off_topic("Who heads up the board?", passage) == "nothing found is about heads, board"
    assert off_topic("Who heads up the board?", passage, other_names={"chair"}) is None


def test_a_name_in_two_words_must_be_found_as_one() -> None:
    method = "Visits to each authority took place over three to four days. A survey of the 388 LSPs."
    assert mentions(method, "", "What is the Place Survey?", {}) == "the passages found do not mention Place Survey"
    group = "Derbyshire’s LSP Coordinators’ Group brings county and district LSP representatives together."
    assert mentions(group, "", "How often does Derbyshire's LSP Coordinators' Group meet?", {}) is None
    assert mentions(method, "", "What is the Total Place pilot?", {}) == "the passages found do not mention Total Place"
    assert lacking(method, "", "Which LSPs took part in Total Place?", {}) == ("name", "Total Place")  # not 'Total'
    assert lacking(method, "", "What changed in 2010?", {}) == ("year", "2010")
    quilt = "Derbyshire also produces a summary profile, the Quilt, with 33 key statistics for each community."
    assert mentions(quilt, "", "What is the Derbyshire Quilt?", {}) is None  # its words as names, if not together


def test_an_acronym_asked_in_the_singular_is_named_by_its_plural_entry() -> None:
    entry = "MAAs: Multi-area agreements. MAAs are voluntary."
    assert off_topic("What is an MAA?", entry, by_name=True) is None


def test_a_thing_of_the_whole_country_must_be_named_with_the_country() -> None:
    footnote = "The map does not include public sector capital spending."
    assert off_topic("What is the capital of England?", footnote) is not None  # 'capital spending' is not it
    assert off_topic("What is the population of England?", "The population of each area varies.") is not None
    assert off_topic("How many LSPs are there in England?", "A survey of the 388 LSPs.") is None  # where, not what
    apart = "PCTs cover all parts of England. There are scale (population and geographical) factors."
    assert off_topic("What is the population of England?", apart) == "nothing found is about the population of England"
    assert off_topic("Do PCTs cover the whole of England?", "PCTs cover all parts of England.") is None  # no X asked


def test_a_plain_term_no_passage_says_in_any_form_is_named_as_unused() -> None:
    texts = ["Overview and scrutiny of an LSP can review systems and risks.", "Budgets their partners had aligned."]
    assert undefined_term("What is a risk register?", texts, {}) == "the reports do not use the term risk register"
    assert undefined_term("What are aligned budgets?", texts, {}) is None  # its words, in another order and form
    assert undefined_term("What is the role of scrutiny?", texts, {}) is None  # about something, not a term
    assert undefined_term("What is the OSP's risk register?", texts, {}) is None  # a name: checked elsewhere
    assert undefined_term("What is good scrutiny?", texts, {}) is None  # one word once 'good' is set aside
    spelled = {"DCA": "delivery chain analysis"}
    assert undefined_term("What is delivery chain analysis?", texts, spelled) is None  # the glossary's term
    pooled = ["Pooled budgets allow partners to bring funds together."]
    assert undefined_term("What is pooling budgets?", pooled, {}) is None  # 'pooling' and 'pooled' meet at 'pool'
    aligned = ["LSP partners have agreed to align funds."]
    assert undefined_term("What does aligning budgets mean?", aligned, {}) is not None
    words = {"budget": {"money", "resources", "funding"}}  # the thesaurus's words for 'budget': 'funds' as 'funding'
    assert undefined_term("What does aligning budgets mean?", aligned, {}, lambda w: words.get(w, set())) is None


def test_a_glossary_term_in_capitals_is_no_name_the_passage_must_have_as_one() -> None:
    entry = "ABG: The white paper suggested that area based grant (ABG) would enable councils to use resources."
    acronyms = {"ABG": "area based grant", "LAA": "Local area agreements"}
    assert mentions(entry, "", "What is the Area Based Grant?", acronyms) is None
    assert mentions("LAAs: Local area agreements.", "", "What is a Local Area Agreement?", acronyms) is None
    assert mentions("It took place after the survey.", "", "What is the Place Survey?", acronyms) == (
        "the passages found do not mention Place Survey"
    )


def test_what_an_acronym_no_passage_spells_out_stands_for_is_refused_by_name() -> None:
    spelled = {"LSP": "local strategic partnership", "CAA": "Comprehensive Area Assessment"}
    used = ["Chris Farthing, Locality Manager, GOSE, said the OSP is well led."]
    assert unspelled_acronym("What does GOSE stand for?", spelled, used) == "no passage spells out GOSE"
    assert unspelled_acronym("What's OSP short for?", spelled, used) == "no passage spells out OSP"
    assert unspelled_acronym("What does LSP stand for?", spelled, used) is None  # the glossary spells it out
    assert unspelled_acronym("What do LSPs mean?", spelled, used) is None
    assert unspelled_acronym("What does GOSE do?", spelled, used) is None  # what it does, not what it stands for
    entry = ["APACS: Assessments of policing and community safety.", "a local public service board (LPSB)"]
    assert unspelled_acronym("What does APACS stand for?", {}, entry) is None  # a passage found spells it out
    assert unspelled_acronym("What does LPSB stand for?", {}, entry) is None
    assert unspelled_acronym("What is the GOSE?", spelled, used) == "no passage spells out GOSE"  # what it is
    assert unspelled_acronym("What are PCTs?", {"PCT": "primary care trust"}, used) is None
    assert unspelled_acronym("What is the DSP?", {}, ["scrutinised the Dorset Strategic Partnership (DSP)."]) is None
    titled = ["Summary paper and how the Oxford Strategic Partnership measures up"]  # its initials, written out
    assert unspelled_acronym("What is the OSP?", {}, titled) is None  # what the passages say of it answers
    assert unspelled_acronym("What does OSP stand for?", {}, titled) == "no passage spells out OSP"
    assert unspelled_acronym("What is the board?", {}, used) is None  # no acronym


def test_a_deed_done_to_a_document_needs_text_about_the_document() -> None:
    library = "The Breightmet Health Centre includes a new library, funded with a Big Lottery Fund grant."
    assert not_of_document("Who funded the study?", library) == "nothing found says who funded the study"
    assert not_of_document("Who paid for the report?", "Money available for research is under £50,000.") is not None
    team = "Jane Kennedy, Paul Seamer, Amie Brown and Roger Sykes undertook research for this study."
    assert not_of_document("Who carried out the study?", team) is None
    assert not_of_document("Who funded the Big Derbyshire Clean Up?", library) is None  # no document asked about
    assert not_of_document("Who did the study interview?", library) is None  # the study as the doer
    oldham = "The new structure costs about £42,000 a year to run."
    cost = "How much did the Audit Commission's LSP study cost to carry out?"
    assert not_of_document(cost, oldham) == "nothing found says what the study cost"  # Oldham's scrutiny's cost
    assert not_of_document("How much did Oldham's scrutiny cost?", oldham) is None


def test_a_roll_call_is_a_run_of_names_but_no_list_item() -> None:
    councils = "The case study councils were: Blackburn with Darwen, Bolton, Derby, Derbyshire, Dorset, and Oldham."
    assert "Bolton" not in without_roll_calls(councils)
    adviser = "The external advisers were:\n• Chris Wobscall, Assistant Director, Policy and Technical, CIPFA"
    assert without_roll_calls(adviser) == adviser  # one person, and whom they represent


def test_a_salary_is_a_sum_of_money_paid_to_someone() -> None:
    assert missing_answer_type("What is the typical salary of an LSP coordinator?", ["Coordinators agree."]) == (
        "no salary is given for this"
    )
    budget = ["‘The community safety group has a budget of about £0.5 million.’ (Council manager)"]
    salary = "What is the salary of an LSP manager?"
    assert missing_answer_type(salary, budget) == "no salary is given for this"  # a group's budget is no salary
    assert missing_answer_type(salary, ["LSP managers are paid £40,000 a year."]) is None


def test_a_frequency_is_a_number_of_times_not_the_word_times() -> None:
    question = "How often does the board meet?"
    trains = ["It asked train operators to improve times and frequencies of services."]
    assert missing_answer_type(question, trains) == "no frequency is given for this"
    assert missing_answer_type(question, ["The board meets four times a year."]) is None
    assert missing_answer_type(question, ["The board meets 12 times a year."]) is None


def test_a_share_said_in_thirds_or_quarters_is_a_share() -> None:
    question = "What share of partners disagree?"
    assert missing_answer_type(question, ["But two-thirds of partners disagree."]) is None
    assert missing_answer_type(question, ["Three-quarters of partners disagree."]) is None
    assert missing_answer_type(question, ["Partners disagree."]) == "no percentage or share is given for this"


OXFORD_TITLE = "Working better together? Summary paper and how the Oxford Strategic Partnership measures up 2010"
OSP_LED = "In Oxford, the OSP is well led and well managed and has the right balance between challenge and discussion."


def test_naming_a_documents_own_subject_does_not_put_its_passages_on_topic() -> None:
    question = "Which Oxford Strategic Partnership theme group leads on health inequalities?"
    reason = off_topic(question, OSP_LED, by_name=True, subject=OXFORD_TITLE)
    assert reason == "nothing found is about theme group leads, health inequalities"  # not 'strategic'
    assert off_topic(question, OSP_LED, by_name=True) is None  # the OSP named, read without its document's title


def test_a_question_on_a_documents_subject_in_the_titles_words_or_the_texts_stays_on_topic() -> None:
    asked = "How does the OSP measure up against the report?"  # 'measures up': the title's words
    assert off_topic(asked, OSP_LED, by_name=True, subject=OXFORD_TITLE) is None
    led = "How is the OSP led and managed?"  # the text's
    assert off_topic(led, OSP_LED, by_name=True, subject=OXFORD_TITLE) is None
    warwickshire = "In the Warwickshire example, what was hardest?"  # a name no title gives: named, on topic
    text = "Getting partners to agree to a geographical shift in Warwickshire was the biggest challenge."
    assert off_topic(warwickshire, text, by_name=True, subject=OXFORD_TITLE) is None


def test_a_usual_value_asked_for_must_be_said() -> None:
    table3 = ["LSP chair: Council leader or elected mayor | Positive interpretation: Democratic accountability"]
    asked = "What is the typical term of office for an LSP chair?"
    assert unsaid_norm(asked, table3) == "nothing found gives a typical term of office"
    assert unsaid_norm(asked, ["Chairs serve a term of office of two years."]) is None
    assert unsaid_norm("recommended quorum for LSP board meetings?", ["Boards meet quarterly."]) == (
        "nothing found gives a recommended quorum"
    )
    assert unsaid_norm("Is there an ideal size for the board?", ["Boards meet."]) == "nothing found gives an ideal size"


def test_a_usual_value_said_in_the_reports_words_answers() -> None:
    def others(word: str) -> set[str]:
        return {"funding"} if word == "budget" else set()

    asked = "What is the average budget of an LSP?"
    assert unsaid_norm(asked, ["Average funding was £100,000."], others) is None
    assert unsaid_norm(asked, ["Average funding was £100,000."]) == "nothing found gives an average budget"


@pytest.mark.parametrize(
    "question",
    [
        "How many districts does a typical shire county contain?",  # the county does it: it is not asked for
        "What's the ideal number of members for an LSP board?",  # a number: left to the figure checks
        "What's the maximum number of designated targets an LAA can contain?",
        "Does the report say how long a chair should serve?",  # asks for no usual value
    ],
)
def test_only_the_usual_value_of_a_thing_asked_for_is_checked(question: str) -> None:
    assert unsaid_norm(question, ["Boards meet quarterly."]) is None
