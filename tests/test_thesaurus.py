"""The thesaurus of officers' everyday words: reading the file, expanding queries, and the shipped entries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from assistant.thesaurus import Thesaurus, ThesaurusError, read_names, read_thesaurus

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "thesaurus.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_query_using_an_everyday_phrase_gets_the_reports_words(tmp_path: Path) -> None:
    thesaurus = read_thesaurus(write(tmp_path, "- ask: [joint pot, rubber-stamp]\n  report: [pooled, pooling]\n"))
    assert thesaurus.expand("Is a Joint  Pot legal?") == "Is a Joint  Pot legal? (pooled pooling)"
    assert thesaurus.report_words("Who has to rubber-stamp it?") == ["pooled pooling"]
    assert thesaurus.report_tokens("Who has to rubber-stamp it?") == {"pooled", "pooling"}
    assert thesaurus.report_tokens("Who chairs it?") == set()


def test_a_phrase_matches_whole_words_only(tmp_path: Path) -> None:
    thesaurus = read_thesaurus(write(tmp_path, "- ask: [pool, cash]\n  report: [pooled]\n"))
    assert thesaurus.expand("What is a whirlpool of cashflow?") == "What is a whirlpool of cashflow?"
    assert thesaurus.expand("Do they pool it?").endswith("(pooled)")


def test_a_phrase_matches_with_quote_marks_between_its_words(tmp_path: Path) -> None:
    thesaurus = read_thesaurus(write(tmp_path, "- ask: [soft side]\n  report: [softer aspects]\n"))
    for query in ("Which are the 'soft' side?", "the ‘soft’ side", 'the "soft" side', "the soft  side"):
        assert thesaurus.report_words(query) == ["softer aspects"], query
    assert thesaurus.report_words("soft, side") == []  # a comma parts them


def test_each_matching_entry_adds_its_words_once(tmp_path: Path) -> None:
    text = "- ask: [cash, money]\n  report: [resources]\n- ask: [heads up]\n  report: [chair]\n"
    thesaurus = read_thesaurus(write(tmp_path, text))
    assert thesaurus.expand("Who heads up the cash and money?") == "Who heads up the cash and money? (resources; chair)"


def test_a_missing_file_is_an_empty_thesaurus(tmp_path: Path) -> None:
    thesaurus = read_thesaurus(tmp_path / "absent.yaml")
    assert thesaurus == Thesaurus()
    assert thesaurus.expand("Who heads up the board?") == "Who heads up the board?"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ask: [cash]\nreport: [money]\n", "expected a list of entries"),
        ("- ask: [cash]\n", "entry 1: expected exactly the keys 'ask' and 'report'"),
        ("- ask: [cash]\n  report: [money]\n- ask: []\n  report: [money]\n", "entry 2.ask: expected a non-empty list"),
        ("- ask: [cash]\n  report: money\n", "entry 1.report: expected a non-empty list"),
        ("- ask: [cash\n", "cannot read the thesaurus"),
    ],
)
def test_a_malformed_file_is_a_clear_error_naming_the_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ThesaurusError, match=re.escape(message)) as raised:
        read_thesaurus(path)
    assert str(path) in str(raised.value)


def test_the_shipped_thesaurus_maps_onto_words_the_reports_use() -> None:
    thesaurus = read_thesaurus(CORPUS / "words" / "everyday.yaml")
    assert len(thesaurus.entries) >= 20
    text = " ".join(path.read_text(encoding="utf-8") for path in CORPUS.glob("*.txt"))
    flat = re.sub(r"\s+", " ", text).lower()
    for entry in yaml.safe_load((CORPUS / "words" / "everyday.yaml").read_text(encoding="utf-8")):
        for words in entry["report"]:
            assert re.search(rf"\b{re.escape(words.lower())}", flat), words  # a word the reports never use finds none
        assert not {a.lower() for a in entry["ask"]} & {r.lower() for r in entry["report"]}, entry


def test_a_text_using_the_reports_word_says_the_everyday_phrase_otherwise(tmp_path: Path) -> None:
    thesaurus = read_thesaurus(write(tmp_path, "- ask: [engaged, buy-in]\n  report: [commitment, committed]\n"))
    assert thesaurus.said_otherwise("Are partners engaged?", "This commitment was weak.") == "engaged"
    assert thesaurus.said_otherwise("Are partners engaged?", "Partners were consulted.") == ""
    assert thesaurus.said_otherwise("Who chairs it?", "This commitment was weak.") == ""


def test_the_shipped_later_names_are_names_the_reports_never_use() -> None:
    names = read_names(CORPUS / "words" / "later-names.yaml")
    assert "Police and Crime Commissioner" in names and len(names) >= 10
    flat = re.sub(r"\s+", " ", " ".join(p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt"))).lower()
    assert [n for n in names if n.lower() in flat] == []  # a name the reports use is no reason to refuse


@pytest.mark.parametrize("text", ["- Police and Crime Commissioner\n- 3\n", "Police: yes\n", "- [unclosed\n"])
def test_a_malformed_names_file_is_a_clear_error_naming_the_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "names.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ThesaurusError, match="names") as raised:
        read_names(path)
    assert str(path) in str(raised.value)
    assert read_names(tmp_path / "missing.yaml") == []
