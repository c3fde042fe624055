"""The hybrid retriever on the real index: its named rankings, weighted fusion and per-sentence similarities."""

from __future__ import annotations

import pytest

from assistant import Answer, Assistant
from assistant.questions import (
    counted,
    sets_conditions_of,
)
from assistant.retrieval import (
    HybridRetriever,
    Rankings,
    asks_for_overview,
    block_hint_words,
    block_kinds,
    named_documents,
    names_by_title,
    names_the_case_studies,
    overview_document,
    pointer_to,
    tokenize,
)

pytestmark = pytest.mark.slow


def test_rankings_are_named_and_a_definition_question_adds_the_glossary(assistant: Assistant) -> None:
    ranked = assistant.retriever.rankings("What is LIFT?")
    assert {"dense", "dense_windows", "bm25", "bm25_windows", "glossary"} <= set(ranked.lists)
    lift = assistant.retriever.by_id[ranked.lists["glossary"][0]]
    assert lift.label == "Appendix 2: LIFT"


def test_a_circumstances_question_ranks_the_conditions_of_what_it_asks_about(assistant: Assistant) -> None:
    ranked = assistant.retriever.rankings("When should partners align budgets?")
    found = [assistant.retriever.by_id[pid] for pid in ranked.lists["conditions"]]
    assert [p.text.splitlines()[2] for p in found] == ["Aligning is more suitable when:"]  # not pooling's list
    assert "conditions" not in assistant.retriever.rankings("When was the study published?").lists


def test_a_lead_in_into_conditions_is_known_by_what_it_is_of() -> None:
    table = "Table 11\nAligning and pooling\nAligning is more suitable when:\n• There are differences."
    assert sets_conditions_of(frozenset({"align", "budget"}), table)
    assert not sets_conditions_of(frozenset({"pool"}), table)
    assert not sets_conditions_of(frozenset({"align"}), "Partners align budgets when they can.")


def test_fusion_follows_the_configured_weights(assistant: Assistant) -> None:
    r = assistant.retriever
    ranked = Rankings(vector=[], lists={"dense": ["a", "b"], "bm25": ["b", "a"]}, dense={}, keyword={})
    fused = r.fuse(ranked)
    k = r.settings.rrf_k
    assert fused["b"] == pytest.approx(r.settings.dense_weight / (k + 2) + r.settings.bm25_weight / (k + 1))
    assert (fused["b"] > fused["a"]) == (r.settings.bm25_weight > r.settings.dense_weight)


def test_fusion_keeps_a_share_of_the_score_of_a_document_the_question_does_not_name(assistant: Assistant) -> None:
    r = assistant.retriever
    oxford = next(pid for pid, p in r.by_id.items() if p.doc_id == "oxford-summary-2010")
    study = next(pid for pid, p in r.by_id.items() if p.doc_id == "audit-commission-2009")
    lists = {"dense": [study, oxford]}
    plain = r.fuse(Rankings(vector=[], lists=lists, dense={}, keyword={}))
    named = r.fuse(Rankings(vector=[], lists=lists, dense={}, keyword={}, named=frozenset({"oxford-summary-2010"})))
    assert named[oxford] == plain[oxford]  # the named document's passage keeps its score
    assert named[study] == pytest.approx(plain[study] * r.settings.other_document_share)


def test_every_sentence_of_a_returned_passage_carries_its_similarity(assistant: Assistant) -> None:
    hits = assistant.retriever.search("How many LSPs did the survey cover?", k=5)
    survey = next(h for h in hits if "168" in h.passage.label)
    assert len(survey.sentences) >= 5
    sims = [sim for _, sim in survey.sentences]
    assert sims == sorted(sims, reverse=True)
    assert all(-1.0 <= s <= 1.0 for s in sims)
    flat = " ".join(survey.passage.text.split())
    assert all(" ".join(window.split())[:30] in flat for window, _ in survey.sentences)
    best_window = survey.sentences[0][0]
    assert "388" in best_window  # the sentence that answers is the most similar one


def test_the_survey_question_finds_paragraph_168_in_the_top_two(assistant: Assistant) -> None:
    labels = [h.label for h in assistant.search("How many LSPs did the survey cover?", k=2)]
    assert "Paragraph 168" in labels


def test_acronyms_spelled_out_are_named_only_when_the_acronym_itself_is_absent() -> None:
    from assistant.glossary import acronyms_spelled_out

    table = {"DCA": "delivery chain analysis", "LAA": "local area agreement"}
    assert acronyms_spelled_out("Which areas used delivery chain analysis?", table) == ["DCA"]
    assert acronyms_spelled_out("Did the DCA (delivery chain analysis) help?", table) == []
    assert acronyms_spelled_out("What is in a local area agreement?", table) == ["LAA"]


def test_keyword_search_reads_a_word_in_the_form_the_reports_use() -> None:
    from assistant.retrieval import in_known_forms

    known = {"visit": 1.0, "survey": 1.0, "fund": 1.0, "agree": 1.0, "pooled": 1.0, "priority": 1.0}
    assert in_known_forms(["visited", "surveyed", "funded", "agreed"], known) == ["visit", "survey", "fund", "agree"]
    assert in_known_forms(["pooled", "prioritied", "minister"], known) == ["pooled", "priority", "minister"]


def test_a_long_form_is_written_as_its_acronym_keeping_the_plural() -> None:
    from assistant.glossary import to_acronyms

    table = {"LSP": "local strategic partnership", "LAA": "Local area agreements"}
    assert to_acronyms("Who chairs most Local  Strategic Partnerships?", table) == "Who chairs most LSPs?"
    assert to_acronyms("Who signs the local area agreement?", table) == "Who signs the LAA?"
    assert to_acronyms("Is a strategic partnership local?", table) == "Is a strategic partnership local?"


def test_a_name_the_reports_only_abbreviate_is_read_as_its_acronym() -> None:
    from assistant.glossary import to_initials, unexplained_acronyms
    from assistant.models import Passage

    passages = [
        Passage(id="a", doc_id="d", title="T", section="S", label="L", kind="paragraph",
                text="The OSP is well led. The NHS and CLG take part. An LSP (local strategic partnership) is not."),
    ]  # fmt: skip
    unexplained = unexplained_acronyms(passages, {"LSP": "local strategic partnership"})
    assert unexplained == {"OSP", "NHS", "CLG"}
    assert to_initials("What is the Oxford Strategic Partnership?", unexplained) == "What is the OSP?"
    assert to_initials("Is The National Health Service there?", unexplained) == "Is The NHS there?"
    assert to_initials("What does Communities and Local Government want?", unexplained) == "What does CLG want?"
    assert to_initials("Did Communities and Local Government's pilots work?", unexplained) == (
        "Did CLG's pilots work?"  # the owner's 's kept: not 'CLG pilots'
    )
    assert to_initials("What is the oxford strategic partnership?", unexplained) == (
        "What is the oxford strategic partnership?"  # lower-case words name nothing: 'how many' is not 'HM'
    )
    assert to_initials("Who is Oliver Smith Price?", frozenset({"LSP"})) == "Who is Oliver Smith Price?"
    statute = "What is the Local Government Act 2000?"  # not the LGA, the Local Government Association
    assert to_initials(statute, frozenset({"LGA"})) == statute
    everyday = frozenset({"local", "government", "national", "health", "service"})  # written in lower case
    osp = frozenset({"OSP", "LGA", "NHS"})
    assert to_initials("Who is Oliver Smith Price?", osp, everyday) == "Who is Oliver Smith Price?"  # a person
    assert to_initials("Who chairs the Oxford Strategic Partnership's board?", osp, everyday) == (
        "Who chairs the OSP's board?"  # a body, by its 'Partnership'
    )
    assert to_initials("Is the Local Government Association there?", osp, everyday) == "Is the LGA there?"
    assert to_initials("Is The National Health Service there?", osp, everyday) == "Is The NHS there?"


def test_initials_the_reports_never_use_stand_for_the_body_they_name_in_full() -> None:
    from assistant.glossary import from_initials, name_initials
    from assistant.models import Passage

    text = (
        "The Audit Commission found this. The Audit Commission’s study says so, as the Audit Commission did before."
        " The council and the commission met the Learning and Skills Council. The Portsmouth City Council helped."
        " The Authority’s Chief Executive spoke. The Arts Council agreed. So did the Archives Council. The authority,"
        " the executive, the audit, the learning, the skills, the archives and the arts took part. The OSP and"
        " the Oxford Strategic Partnership met the Local Area Agreement panel."
    )
    passages = [Passage(id="a", doc_id="d", title="T", section="S", label="L", kind="paragraph", text=text)]
    table = name_initials(passages, {"LAA": "local area agreement"})
    assert table["LSC"] == "Learning and Skills Council"
    assert "PCC" not in table  # a place's council: 'PCC' means something else to an officer
    assert "ACE" not in table  # a post of a body, not a body
    assert "OSP" not in table  # the reports use those initials themselves
    assert "LAA" not in table  # an acronym the reports spell out
    assert "AC" not in table  # two letters, written only three times: too few to stand for one name
    more = Passage(id="b", doc_id="d", title="T", section="S", label="L", kind="paragraph",
                   text="The Audit Commission reported. " * 5)  # fmt: skip
    assert name_initials([*passages, more], {})["AC"] == "Audit Commission"  # eight times, the other two once each
    assert from_initials(
        "Is the LSC in the table? What did the AC's study find?", {**table, "AC": "Audit Commission"}
    ) == ("Is the Learning and Skills Council in the table? What did the Audit Commission's study find?")
    assert from_initials("Is the LSCB there? Or LSCs?", table) == "Is the LSCB there? Or LSCs?"


@pytest.mark.parametrize(
    ("question", "label", "quoted"),
    [
        ("Do other countries have partnerships like LSPs?", "Paragraph 13", "across Europe"),  # 'abroad': 'Europe'
        ("How big should the strategic forum be?", "Paragraph 64", "between 30 and 100 members"),  # 'too large'
        ("Can we carry over unspent ABG?", "Paragraph 96", "can be carried across financial years"),
        ("Is the LAA good or bad news for LSPs?", "Paragraph 148", "LAAs are an opportunity to strengthen LSPs."),
        (
            "Who gets to decide which organisations are members of an LSP?",
            "LSP membership",
            "The decision about LSP membership is a local one.",
        ),  # 'decide': 'decision'
        (
            "How long has central government's sway over local joint working been building up?",
            "Paragraph 15",
            "Government influence over local joint working has developed over the last three decades",
        ),  # 'sway': 'influence'
        (
            "Does the Oxford note flag anything that restricts partners putting money into a shared pot?",
            "LSP Progress – transactional factors",
            "there are some constraints on pooled budgets",
        ),  # 'restricts': 'constraints'
        (
            "Should government stop blanket rules for local partnership working?",
            "Recommendations",
            "Avoid one-size-fits-all recommendations for local collaborative working.",
        ),  # 'blanket': 'one-size-fits-all'
        (
            "What are councils confused about when it comes to partnerships?",
            "Paragraph 19",
            "There is confusion about the extent to which LSPs are voluntary",
        ),  # 'confused': 'confusion'
        (
            "Is our LSP a body in its own right?",
            "Paragraph 21",
            "LSPs remain a collection of organisations and representatives working together voluntarily.",
        ),  # 'in its own right': 'collection of organisations'
        (
            "Do LSP boards talk about performance?",
            "Figure 14",
            "Most LSPs discuss performance",
        ),  # 'talk about': 'discuss'
    ],
)
def test_more_everyday_words_find_the_reports_words(
    assistant: Assistant, question: str, label: str, quoted: str
) -> None:
    assert label in [h.passage.label for h in assistant.search_scored(question)[:3]]
    assert quoted in assistant.ask(question).text


@pytest.mark.parametrize(
    ("acronym", "long_form"),
    [
        ("Who chairs most LSPs?", "Who chairs most local strategic partnerships?"),
        ("Who negotiates the LAA?", "Who negotiates the local area agreement?"),
    ],
)
def test_an_acronym_the_reports_use_everywhere_and_its_long_form_find_the_same_passages_and_answer(
    assistant: Assistant, acronym: str, long_form: str
) -> None:
    assert [h.passage.id for h in assistant.search_scored(long_form)] == [
        h.passage.id for h in assistant.search_scored(acronym)
    ]
    assert assistant.ask(long_form).text == assistant.ask(acronym).text


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("agencies agency", ["agency", "agency"]),
        ("The priorities of local authorities", ["priority", "local", "authority"]),
        ("partnerships partnership LSPs", ["partnership", "partnership", "lsps"]),
        ("business process", ["business", "process"]),
    ],
)
def test_tokenize_folds_plurals_onto_their_singular(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


def test_a_question_naming_a_diagram_finds_the_figure(assistant: Assistant) -> None:
    question = "What captions does the 7S diagram put under steering and standards?"
    ranked = assistant.retriever.rankings(question)
    assert all(assistant.retriever.by_id[pid].kind == "figure" for pid in ranked.lists["named_kind"])
    assert [h.label for h in assistant.search(question, k=1)] == ["Figure 3"]


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("Show me the named partners table", "Appendix 3"),  # an appendix set out as a tick matrix is a table
        ("What is the source of the named partners table?", "Appendix 3"),  # was Table 12, on 'partners'
        ("What does the table on performance reporting layers show?", "Table 8"),
    ],
)
def test_a_block_named_by_its_title_comes_first(assistant: Assistant, question: str, label: str) -> None:
    ranked = assistant.retriever.rankings(question)
    assert {assistant.retriever.by_id[pid].label for pid in ranked.lists["named_title"]} == {label}
    assert assistant.search(question, k=1)[0].label == label


def test_a_title_is_named_by_two_of_its_words_and_most_of_them() -> None:
    title = frozenset(tokenize("Performance reporting layers"))
    assert names_by_title(set(tokenize("the table on performance reporting layers")), title)
    assert names_by_title(set(tokenize("the performance reporting table")), title)  # two of three
    assert not names_by_title(set(tokenize("the table on performance")), title)  # one word names many blocks
    assert not names_by_title(set(tokenize("Which table covers performance?")), frozenset(tokenize("Performance")))
    assert not names_by_title(set(tokenize("the aligning and pooling table")), frozenset(tokenize(
        "Issues to settle before aligning or pooling resources")))  # fmt: skip


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("According to the timeline graphic, how many partnerships were there?", {"figure"}),
        ("What does the delivery-chain checklist ask about money?", {"table"}),
        ("In the Warwickshire example, what was hardest?", {"case_study"}),
        ("What themes were common in the case study areas' strategies?", set()),
        ("Give me an example of the links board members should look at.", set()),
        ("Can you give me an example of good practice on scrutiny?", {"case_study"}),
        ("Is there an example of a partnership pooling budgets?", {"case_study"}),
        ("Are there case studies from any councils that share staff?", {"case_study"}),
        ("What does the report recommend for central government?", {"recommendations"}),
        ("What are the study's recommendations?", {"recommendations"}),
        ("What did Oldham's scrutiny review recommend?", set()),
        ("What should councils do?", {"recommendations"}),
        ("What should the government do next?", {"recommendations"}),
        ("What should the LSP support team do?", set()),  # no recommendation is addressed to it
        ("What should the chair do?", set()),
        ("Any examples (scrutiny)?", {"case_study"}),
        ("Are there any examples of good scrutiny?", {"case_study"}),
    ],
)
def test_block_kinds_are_named_only_when_the_question_points_at_a_block(question: str, kinds: set[str]) -> None:
    assert block_kinds(question) == kinds


def test_the_words_naming_a_block_are_where_to_look_not_what_to_match() -> None:
    assert block_hint_words("What does the report recommend for councils?") == {"recommend"}
    assert block_hint_words("In the Warwickshire example, what was hardest?") == {"example"}
    assert block_hint_words("What did Oldham's scrutiny review recommend?") == set()


def test_nearest_windows_are_exact_best_first_and_filtered_by_document() -> None:
    import numpy as np

    from assistant.retrieval import SentenceIndex

    vectors = np.eye(3, dtype=np.float32)
    windows = [("p2", "doc-b", "second", vectors[1]), ("p1", "doc-a", "first", vectors[0]),
               ("p3", "doc-a", "third", vectors[2])]  # fmt: skip
    index = SentenceIndex(windows)
    query = [0.8, 0.6, 0.0]
    assert [(p, round(s, 2)) for p, _, s in index.nearest(query, 3)] == [("p1", 0.8), ("p2", 0.6), ("p3", 0.0)]
    assert [p for p, _, _ in index.nearest(query, 3, doc_id="doc-a")] == ["p1", "p3"]
    assert index.nearest(query, 3) == SentenceIndex(list(reversed(windows))).nearest(query, 3)  # order-proof


def test_dense_search_of_the_passages_is_exact(assistant: Assistant) -> None:
    # Chroma's HNSW graph, rebuilt in each process, left the nearest passage out of about one query in twenty;
    # the store compares every passage, so its top 30 is the true top 30, the same in every process.
    import numpy as np

    store = assistant.store
    stored = store.collection.get(include=["embeddings"])
    ids, passages = stored["ids"], np.asarray(stored["embeddings"], dtype=np.float64)
    passages /= np.linalg.norm(passages, axis=1, keepdims=True)
    queries = [vector for _, _, _, vector in store.all_windows()[::5]]  # ~270 sentence windows as questions
    for query in queries:
        q = np.asarray(query, dtype=np.float64)
        similarity = passages @ (q / np.linalg.norm(q))
        exact = sorted(range(len(ids)), key=lambda i: (-similarity[i], ids[i]))[:30]
        got = store.query(list(map(float, query)), 30)
        swapped = {p.id for p in got} ^ {ids[i] for i in exact}  # only a near tie at the 30th place may differ:
        boundary = similarity[exact[-1]]  # the store ranks by Chroma's float32 distances, this by float64
        assert all(abs(similarity[ids.index(pid)] - boundary) < 1e-5 for pid in swapped), swapped
        assert [p.score for p in got] == sorted((p.score or 0.0 for p in got), reverse=True)


def test_a_how_many_question_ranks_the_passages_with_a_figure_beside_what_it_counts(assistant: Assistant) -> None:
    question = "How many partnership meetings did the researchers sit in on?"
    ranked = assistant.retriever.rankings(question)
    method = [assistant.retriever.by_id[pid] for pid in ranked.lists["counted"]]
    assert method and all(counted(question, p.text) for p in method)
    assert "Paragraph 168" in [p.label for p in method[:3]]  # 'observations of ten LSP meetings'
    visits = f"{question[:-1]}, and how long did each site visit last?"
    assert [h.label for h in assistant.search(visits, k=1)] == ["Paragraph 168"]
    assert "counted" not in assistant.retriever.rankings("What is LIFT?").lists


def test_counted_wants_the_figure_just_before_the_thing() -> None:
    assert counted("How many meetings did they observe?", "Visits included observations of ten LSP meetings.")
    assert (
        counted("How many meetings did they observe?", "Choose the meeting style for each of the three layers.")
        is False
    )
    assert counted("How much money did it cost?", "It cost £500,000.") is None  # a sum, not a count


def test_a_question_about_the_main_findings_is_pointed_at_the_summary(assistant: Assistant) -> None:
    assert block_kinds("What are the key findings of the report?") == {"summary"}
    assert block_kinds("Summarise the report") == {"summary"}
    assert block_kinds("What did the survey find about scrutiny?") == set()
    assert block_kinds("What did they find?") == {"summary"}  # asked first, 'they' are the report's authors
    assert block_kinds("What did they find (delivery chain analysis)?") == set()  # a follow-up: 'they' is the topic
    assert block_kinds("According to the Oxford officer's summary, what does the report want?") == set()  # a document
    assert [h.passage.kind for h in assistant.retriever.search("What is the main finding?", k=1)] == ["summary"]


def test_a_question_about_the_recommendations_gets_every_recommendations_list(assistant: Assistant) -> None:
    hits = assistant.search_scored("What does the Audit Commission recommend?", k=5)
    recommendations = [h.passage.text.split("\n")[0] for h in hits if h.passage.kind == "recommendations"]
    assert sorted(recommendations) == [
        "Central government should:", "Local authorities and their partners should:", "The Audit Commission will:"
    ]  # fmt: skip
    assert len(hits) == 5 and [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_everyday_words_find_the_passage_that_says_it_the_reports_way(assistant: Assistant) -> None:
    question = "Can a partnership employ its own people?"  # the report: 'without employees or resources of their own'
    plain = HybridRetriever.build(assistant.store, assistant.embedder, assistant.settings.retrieval)  # no thesaurus
    assert "Paragraphs 88–89" not in [h.passage.label for h in plain.search(question)]
    assert "Paragraphs 88–89" in [h.passage.label for h in assistant.search_scored(question)[:3]]
    answer = assistant.ask(question)
    assert "without employees or resources of their own" in answer.text


@pytest.mark.parametrize(
    ("acronym", "long_form"),
    [
        ("How do LSPs use ABG?", "How do LSPs use area based grant?"),
        ("What does the CAA assess?", "What does the Comprehensive Area Assessment assess?"),
        ("Who runs PCTs?", "Who runs primary care trusts?"),
    ],
)
def test_a_glossary_acronym_and_its_long_form_find_the_same_passages(
    assistant: Assistant, acronym: str, long_form: str
) -> None:
    expected = [h.passage.id for h in assistant.search_scored(acronym)]
    assert [h.passage.id for h in assistant.search_scored(long_form)] == expected


def test_an_american_spelling_finds_the_same_passages_and_answer(assistant: Assistant) -> None:
    british, american = "What was the neighbourhood renewal fund?", "What was the neighborhood renewal fund?"
    assert [h.passage.id for h in assistant.search_scored(american)] == [
        h.passage.id for h in assistant.search_scored(british)
    ]
    assert assistant.ask(american).text == assistant.ask(british).text


@pytest.mark.parametrize(
    ("question", "overview"),
    [
        ("What did the study find?", True),
        ("What are the main findings?", True),
        ("What is the report about?", True),
        ("What did the Audit Commission study look at?", True),
        ("Summarise the report", True),
        ("What does the study point to?", True),
        ("What does the report highlight?", True),
        ("What does the report highlight about scrutiny?", False),
        ("What are the main findings about scrutiny?", False),  # a topic of its own
        ("What did the study find about pooled budgets?", False),
        ("What did the Oxford paper find?", False),  # the other document
        ("What is the Oxford paper's overall conclusion about the OSP?", False),
        ("Who chairs most LSPs?", False),
    ],
)
def test_an_overview_is_the_summary_asked_for_without_a_topic(question: str, overview: bool) -> None:
    assert asks_for_overview(question) is overview


def test_a_long_form_brings_its_glossary_entry_only_to_a_comparison(assistant: Assistant) -> None:
    total = assistant.retriever.rankings("What is the area based grant meant to pay for?")
    assert total.lists["glossary"] == []  # 'ABG' written out is read as the acronym only to compare two terms
    compared = assistant.retriever.rankings("How does area based grant differ from neighbourhood renewal fund?")
    labels = {assistant.retriever.by_id[pid].label for pid in compared.lists["glossary"]}
    assert labels == {"Appendix 2: ABG", "Appendix 2: NRF"}


def test_a_document_is_named_by_a_key_word_or_by_its_kind_as_a_phrase() -> None:
    keys = {"audit-commission-2009": {"national", "national study", "2009"},
            "oxford-summary-2010": {"oxford", "summary paper", "2010"}}  # fmt: skip
    assert named_documents("Who wrote the summary paper?", keys) == {"oxford-summary-2010"}
    assert named_documents("What did the 2009 study find?", keys) == {"audit-commission-2009"}
    assert named_documents("What is the summary of the paper?", keys) == set()  # not the phrase
    assert named_documents("Compare the Oxford paper with the national study", keys) == set()  # both: neither
    assert named_documents("What is national policy?", keys, by_name=True) == set()  # a word, not a name
    assert named_documents("What changed in 2010?", keys, by_name=True) == set()  # a year, not a document's
    assert named_documents("What does the 2010 summary say?", keys, by_name=True) == {"oxford-summary-2010"}
    assert named_documents("Oxford paper - what does it say?", keys, by_name=True) == {"oxford-summary-2010"}
    assert named_documents("Does the oxford write-up mention scrutiny?", keys) == {"oxford-summary-2010"}  # typed
    assert named_documents("In the Oxford write-up, which national rulebooks?", keys) == {"oxford-summary-2010"}  # a
    # name outranks a word
    assert named_documents("What share of the LAA targets agreed in 2010 matched?", keys) == set()  # a bare year


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("does the oxford write-up mention councillor scrutiny of the LSP at all, and what's it for?",
         "Overview and scrutiny enables councils to hold LSPs to account"),
        ("In the intro to the Oxford write-up, which national rulebooks did the study want ministers to loosen?",
         "allow for greater local flexibility in financial management and reporting frameworks"),
    ],
)  # fmt: skip
def test_a_document_named_brings_its_own_best_passage_into_the_top_five(
    assistant: Assistant, question: str, quoted: str
) -> None:
    found = assistant.search(question, k=5)
    assert any(p.doc_id == "oxford-summary-2010" and quoted in " ".join(p.text.split()) for p in found)


@pytest.mark.parametrize(
    ("question", "label", "opening"),
    [
        ("which chapter of the audit commission report deals with the transactional side of the 7S framework",
         "Paragraph 12", "• Chapter 4 reviews the transactional elements of the framework."),
        ("Which chapter should I read for what goes wrong when people aren't clear who's responsible for what?",
         "Footnote I", "Chapter 4 discusses the problems that arise when the different sets of roles"),
    ],
)  # fmt: skip
def test_which_chapter_is_answered_by_what_the_report_says_its_chapters_do(
    assistant: Assistant, question: str, label: str, opening: str
) -> None:
    assert label in [p.label for p in assistant.search(question, k=2)]
    answer = assistant.ask(question)
    assert answer.text.startswith(opening) and answer.citations[0].passage.label == label


def test_a_block_named_by_number_brings_the_passage_pointing_to_it_after_it(assistant: Assistant) -> None:
    assert [p.label for p in assistant.search("What does Figure 5 show?", k=2)] == ["Figure 5", "Paragraph 44"]
    labels = [p.label for p in assistant.search("Summarise case study 20", k=3)]
    assert labels[0] == "Case study 20" and "Paragraph 125" in labels  # '… (Case study 20).'
    pointer = pointer_to("Figure 5")
    assert pointer is not None and pointer.search("has different roles and responsibilities (Figure 5).")
    assert not pointer.search("(Figure 15)") and not pointer.search("see Figure 5 below")
    assert pointer_to("Case study 20").search("(Case study 20)")  # type: ignore[union-attr]
    assert pointer_to("Summary") is None


def test_an_overview_of_one_document_names_it_and_asks_nothing_else_of_it(assistant: Assistant) -> None:
    keys = assistant.retriever.doc_keys
    assert overview_document("Summarise the Oxford paper", keys) == "oxford-summary-2010"
    assert overview_document("What is the 2009 report about?", keys) == "audit-commission-2009"
    assert overview_document("What does the Oxford paper say about leadership?", keys) is None  # a topic
    assert overview_document("What is Low Carbon Oxford?", keys) is None  # a name holding the paper's
    assert overview_document("What is the report about?", keys) is None  # no document named: both summaries'


def labels_of(answer: Answer) -> list[str]:
    return [c.passage.label for c in answer.citations]


def test_a_number_and_letter_typed_apart_are_joined_only_into_a_word_the_reports_use(assistant: Assistant) -> None:
    read = assistant.retriever.read
    assert read("What are the 7 S's?") == "What are the 7S?"
    assert read("the seven Ss") == "the 7S"
    assert read("Is 7 a lot?") == "Is 7 a lot?"  # '7A' is no word of the reports
    assert read("one in ten") == "one in ten"


def test_texting_shorthand_is_spelled_out_only_where_it_stands_alone(assistant: Assistant) -> None:
    read = assistant.retriever.read
    assert read("how many lsps r there") == "How many LSPs are there?"  # asked with its mark, as typed in full
    assert read("Section R of the act") == "Section R of the act"  # a capital R is a name
    assert read("r&d") == "r&d"
    assert read("wot is an lsp") == "what is an LSP"
    assert read("lsp budjet?") == "LSP budget?"  # a one-letter slip in a six-letter word


def test_an_acronym_typed_in_lower_case_is_read_in_capitals_unless_it_is_a_word(assistant: Assistant) -> None:
    read = assistant.retriever.read
    assert read("lsp vs laa") == "LSP vs LAA"
    assert read("is vat reclaimable by pcts") == "Is VAT reclaimable by PCTs?"
    assert read("can we lift performance") == "Can we lift performance?"  # 'lift' is English, not LIFT
    answer = assistant.ask("lsp vs laa")  # compared, each by its glossary entry
    assert labels_of(answer) == ["Appendix 2: LAAs", "Appendix 2: LSP"]


def test_a_request_to_describe_a_thing_is_read_as_what_it_is(assistant: Assistant) -> None:
    read = assistant.retriever.read
    assert read("Describe the 7S framework") == "What is the 7S framework?"
    assert read("Can you explain pooled budgets, please?") == "What is pooled budgets?"
    assert read("whats the deal with ABG") == "What is ABG?"
    assert read("Explain what ABG is") == "Explain what ABG is"  # says what it asks already
    assert read("Explain how LSPs are scrutinised.") == "Explain how LSPs are scrutinised."


def test_an_acronym_run_into_its_rounds_number_is_spaced_as_the_reports_do(assistant: Assistant) -> None:
    read = assistant.retriever.read
    assert read("What is LPSA2?") == "What is LPSA 2?"  # the timeline's 'LPSA 2 extends to partners'
    assert read("What is ABC2?") == "What is ABC2?"  # no acronym of the reports
    answer = assistant.ask("What is LPSA2?")
    assert "The second round of LPSA started in 2003." in answer.text


def test_which_councils_were_the_case_studies_asks_for_their_roll_call_not_a_case_study() -> None:
    question = "Which councils were the notable practice case studies?"
    assert names_the_case_studies(question)
    assert "case_study" not in block_kinds(question)  # 'notable practice' would otherwise point at the case studies
    assert "case_study" in block_kinds("Any examples of notable practice on scrutiny?")
    assert not names_the_case_studies("Which councils pooled budgets in the case studies?")


def test_materials_put_online_are_the_guidance_on_the_website(assistant: Assistant) -> None:
    # everyday 'support materials' and 'online': the reports' 'supporting guidance' on the Commission's 'website'
    question = "What support materials did the Commission put online for partnerships?"
    assert assistant.search(question, k=1)[0].label == "Paragraph 10"
