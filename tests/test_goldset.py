"""The gold set is well-formed: evidence and key facts occur in their sources, ids are unique, sizes hold."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant import Assistant
from assistant.evaluation.goldset import EvalItem, GoldSetError, item_from_feedback, load_split
from assistant.text import normalize_for_match

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def _sources() -> dict[str, str]:
    manifest = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))
    return {
        e["doc_id"]: normalize_for_match((CORPUS / e["file"]).read_text(encoding="utf-8-sig"))
        for e in manifest["documents"]
    }


SOURCES = _sources()
ITEMS = load_split("dev") + load_split("test")
ANSWERABLE = [i for i in ITEMS if i.answerable]


def test_manifest_maps_the_gold_doc_ids_to_files() -> None:
    assert set(SOURCES) == {"audit-commission-2009", "oxford-summary-2010"}


@pytest.mark.parametrize("item", ANSWERABLE, ids=lambda i: i.id)
def test_evidence_occurs_in_its_source(item: EvalItem) -> None:
    assert item.doc_id in SOURCES
    assert normalize_for_match(item.evidence) in SOURCES[item.doc_id]


@pytest.mark.parametrize("item", ANSWERABLE, ids=lambda i: i.id)
def test_every_key_fact_occurs_in_its_source(item: EvalItem) -> None:
    assert item.key_facts
    missing = [f for f in item.key_facts if normalize_for_match(f) not in SOURCES[item.doc_id or ""]]
    assert missing == []


def test_ids_are_unique_across_splits() -> None:
    ids = [i.id for i in ITEMS]
    assert len(ids) == len(set(ids))


def test_unanswerable_items_have_no_evidence() -> None:
    unanswerable = [i for i in ITEMS if not i.answerable]
    assert all(i.evidence == "" and i.key_facts == () and i.doc_id is None for i in unanswerable)


def test_set_is_large_enough() -> None:
    assert len(ITEMS) >= 120
    assert sum(not i.answerable for i in ITEMS) >= 12


def test_every_item_is_gold() -> None:
    assert {i.origin for i in ITEMS} == {"gold"}


def test_a_duplicate_id_is_rejected(tmp_path: Path) -> None:
    line = (ROOT / "evals" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "dup.jsonl"
    path.write_text(line + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldSetError, match="duplicate id"):
        load_split(path)


def test_an_unknown_split_name_is_explained() -> None:
    with pytest.raises(GoldSetError, match="dev or test"):
        load_split("nonexistent-split")


def test_feedback_with_a_citation_becomes_a_candidate_item() -> None:
    record = {
        "question": "What is an LSP?",
        "answer": "A local strategic partnership. [1]",
        "citations": [
            {
                "number": 1,
                "quote": "LSP: local strategic partnership.",
                "passage": {"doc_id": "audit-commission-2009", "label": "Paragraphs 17–18", "paragraphs": []},
            }
        ],
        "comment": "Should also say they are not statutory.",
        "rating": -1,
    }
    item = item_from_feedback(record, "fb-001")
    assert (item.origin, item.doc_id, item.paragraphs, item.type) == (
        "feedback",
        "audit-commission-2009",
        (17, 18),
        "fact",
    )
    assert item.evidence == "LSP: local strategic partnership."
    assert item.answer == "Should also say they are not statutory."


def test_feedback_on_an_accepted_refusal_becomes_an_unanswerable_candidate() -> None:
    record = {
        "question": "What did Oxford spend in 2012?",
        "answer": "The reports do not cover this question.",
        "citations": [],
        "comment": "",
        "rating": 1,
    }
    item = item_from_feedback(record, "fb-002")
    assert (item.type, item.doc_id, item.evidence, item.origin) == ("unanswerable", None, "", "feedback")


def test_the_officer_probes_are_well_formed_and_apart_from_the_gold_splits(assistant: Assistant) -> None:
    probes = load_split(ROOT / "evals" / "probes" / "officer-probes.jsonl")
    assert len(probes) == 1180 and {p.origin for p in probes} == {"probe"}
    assert not {p.id for p in probes} & {i.id for i in ITEMS}  # nor confused with dev or test
    answerable = [p for p in probes if p.answerable]
    assert len(answerable) == 1030
    texts = [normalize_for_match(p.text) for p in assistant.retriever.by_id.values()]
    unplaced = [p.id for p in answerable if not any(normalize_for_match(p.evidence) in t for t in texts)]
    assert unplaced == []  # each probe's evidence is a sentence of one indexed passage
