"""Giving a question typed all in lower case the reports' capitals for its names."""

from __future__ import annotations

from assistant.casing import Casing, with_capitals

TEXTS = [
    "Working better together? Summary paper and how the Oxford Strategic Partnership measures up",
    "Warwickshire’s board redirected funds. The LSP in Warwickshire leads. A strategic partnership helps.",
    "The Big Derbyshire Clean Up cut litter in Derbyshire. It was a big effort in Derbyshire’s towns.",
    "The Audit Commission published the study. See Figure 3, as in Figure 4.",
]


def test_a_name_typed_in_lower_case_gets_the_reports_capitals() -> None:
    casing = Casing.build(TEXTS)
    asked = "who chairs the oxford strategic partnership"
    assert casing.restore(asked) == "who chairs the Oxford Strategic Partnership"
    assert casing.restore("what did warwickshire do") == "what did Warwickshire do"  # a place: 'in Warwickshire'
    assert casing.restore("what did the big derbyshire clean up cost") == "what did the Big Derbyshire Clean Up cost"
    assert casing.restore("what did the audit commission find") == "what did the Audit Commission find"


def test_words_the_reports_also_write_in_lower_case_keep_it() -> None:
    casing = Casing.build(TEXTS)
    assert casing.restore("is a strategic partnership a big effort") == "is a strategic partnership a big effort"
    assert casing.restore("what is the figure for derbyshire") == "what is the figure for Derbyshire"  # a label word


def test_a_question_with_capitals_is_left_as_typed() -> None:
    casing = Casing.build(TEXTS)
    assert casing.restore("What did warwickshire do?") == "What did Warwickshire do?"  # only its first letter
    assert casing.restore("what did the LSP in warwickshire do") == "what did the LSP in warwickshire do"
    assert Casing().restore("what did warwickshire do") == "what did warwickshire do"  # knowing no names


def test_a_known_name_gets_its_capitals_however_the_question_is_typed() -> None:
    names = ["Police and Crime Commissioner", "Local Enterprise Partnership"]
    asked = "How should our LSP work with the new police and crime commissioner and local enterprise partnerships?"
    assert with_capitals(asked, names) == (
        "How should our LSP work with the new Police and Crime Commissioner and Local Enterprise Partnerships?"
    )
    casing = Casing.build(["The Audit Commission met."], known=names)
    assert (
        casing.restore("Who are the Police and crime commissioners?") == "Who are the Police and Crime Commissioners?"
    )
