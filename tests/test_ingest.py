"""Ingestion with the real model and an embedded Chroma: interrupts, the real corpus and its search."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from assistant import Assistant, IndexUnavailable, Settings, ingest
from assistant.embeddings import get_embedder
from assistant.ingest import IngestReport
from assistant.store import PassageStore

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


class InterruptingEmbedder:
    """The real embedder, but Ctrl-C arrives on the n-th call."""

    def __init__(self, settings: Settings, interrupt_on_call: int):
        self.inner = get_embedder(settings.embedding)
        self.name = self.inner.name
        self.calls = 0
        self.interrupt_on_call = interrupt_on_call

    def words(self) -> set[str]:
        return self.inner.words()

    def embed(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        if self.calls == self.interrupt_on_call:
            raise KeyboardInterrupt
        return self.inner.embed(texts)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        index={"path": tmp_path / "index"},
        data_dir=tmp_path / "data",
        corpus={"path": tmp_path / "docs"},
        embedding={"batch_size": 2},
    )


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Allotments\n\nThe parish keeps forty allotments. The waiting list is eleven names long.", encoding="utf-8"
    )
    (folder / "b.md").write_text("# Bus shelter\n\nThe bus shelter on Mill Lane was rebuilt in oak.", encoding="utf-8")
    return folder


def _snapshot(settings: Settings) -> tuple[dict[str, set[str]], list[object], dict[str, object]]:
    store = PassageStore(settings.index)
    return store.ids_by_doc(), store.documents(), store.build_info


def test_interrupt_while_embedding_leaves_the_index_as_it_was(settings: Settings, docs: Path) -> None:
    ingest(settings, [docs], progress=False)
    before = _snapshot(settings)
    (docs / "a.txt").write_text("Allotments\n\nThe parish now keeps fifty allotments.", encoding="utf-8")
    (docs / "c.txt").write_text(
        "Village hall\n\nThe hall roof was mended in May. The hall hosts a market on Saturdays. "
        "Bookings go through the parish clerk.",
        encoding="utf-8",
    )
    embedder = InterruptingEmbedder(settings, interrupt_on_call=2)
    with pytest.raises(KeyboardInterrupt):
        ingest(settings, [docs], progress=False, embedder=embedder)
    assert embedder.calls == 2, "the interrupt came midway, after a batch had been embedded"
    assert _snapshot(settings) == before


def test_interrupt_during_the_first_run_leaves_no_passages(settings: Settings, docs: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        ingest(settings, [docs], progress=False, embedder=InterruptingEmbedder(settings, interrupt_on_call=2))
    # Either no collection at all, or an empty one without a build record.
    try:
        store = PassageStore(settings.index)
    except IndexUnavailable:
        return
    assert store.count() == 0
    assert store.documents() == []


def test_ctrl_c_during_the_index_write_is_held_until_the_write_is_done(
    settings: Settings, docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_upsert = PassageStore.upsert

    def upsert_then_signal(self: PassageStore, *args: object, **kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGINT)
        real_upsert(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(PassageStore, "upsert", upsert_then_signal)
    with pytest.raises(KeyboardInterrupt):
        ingest(settings, [docs], progress=False)
    monkeypatch.undo()
    store = PassageStore(settings.index)
    assert {d.doc_id for d in store.documents()} == {"a", "b"}, "the build record was written"
    report = ingest(settings, [docs], progress=False)
    assert (report.added, report.removed) == (0, 0), "the interrupted run left a complete index"


def test_summary_line_names_documents_passages_and_changes(settings: Settings, docs: Path) -> None:
    report = ingest(settings, [docs], progress=False)
    line = report.summary()
    assert "\n" not in line
    assert line.startswith(f"2 documents, {report.passages} passages in the index: 2 added, 0 updated, 0 removed")
    assert f"(+{report.added}/-0 passages)" in line
    assert line.endswith(" s")


def test_progress_bar_is_shown_while_embedding(settings: Settings, docs: Path, capsys: pytest.CaptureFixture) -> None:
    ingest(settings, [docs], progress=True)
    assert "Embedding" in capsys.readouterr().err


# -- the real corpus -------------------------------------------------------------------


def test_real_corpus_index_holds_both_reports(corpus_settings: Settings) -> None:
    store = PassageStore(corpus_settings.index)
    docs = {d.doc_id: d for d in store.documents()}
    assert set(docs) == {"audit-commission-2009", "oxford-summary-2010"}
    assert store.count() == sum(d.passages for d in docs.values())
    assert docs["audit-commission-2009"].year == 2009


def test_reingest_of_real_corpus_adds_nothing(corpus_settings: Settings) -> None:
    before = PassageStore(corpus_settings.index).ids_by_doc()
    report: IngestReport = ingest(corpus_settings, [CORPUS], progress=False)
    assert (report.added, report.removed) == (0, 0)
    assert sorted(report.unchanged_documents) == ["audit-commission-2009", "oxford-summary-2010"]
    assert PassageStore(corpus_settings.index).ids_by_doc() == before


def test_three_layers_question_finds_paragraph_44(assistant: Assistant) -> None:
    hits = assistant.search("What are the three layers of joint working?", k=3)
    assert len(hits) == 3
    assert any(p.paragraphs == (44,) and p.doc_id == "audit-commission-2009" for p in hits), [p.label for p in hits]


def test_search_results_carry_the_passage_contract(assistant: Assistant) -> None:
    (hit,) = assistant.search("What does LIFT stand for?", k=1)
    assert hit.kind == "glossary" and hit.label == "Appendix 2: LIFT"
    assert hit.title == "Working better together? Managing local strategic partnerships"
    assert hit.section.startswith("Appendix 2")
    assert hit.paragraphs == () and hit.page is None
    assert hit.score is not None
