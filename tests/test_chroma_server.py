"""Index lifecycle on both Chroma backends: an embedded PersistentClient in tmp_path and a real `chroma run`."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Assistant, IndexUnavailable, Settings, ingest
from assistant.chunking import CHUNKER_VERSION
from assistant.embeddings import get_embedder
from assistant.store import PassageStore

CHROMA = Path(sys.executable).parent / "chroma"
STARTUP_SECONDS = 60

DOCS = {
    "harbour.txt": (
        "Harbour board notes\n\n"
        "The harbour board counts visiting ships every spring and reports the total to the council. "
        "It also keeps a register of moorings and of the boats that use them through the winter.\n\n"
        "Dredging\n\n"
        "The channel is dredged every third year, paid for from mooring fees and a grant from the county."
    ),
    "lighthouse.md": (
        "# Lighthouse keeping\n\n"
        "The keeper repainted the tower in 1998 and replaced the lamp with an LED unit in 2015. "
        "Visitors may climb the tower on Sundays between Easter and October."
    ),
    "ferry.txt": (
        "Ferry timetable\n\n"
        "The island council agreed a winter timetable with two sailings a day and a summer timetable with six."
    ),
}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _heartbeat(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` server on a free loopback port; its URL. Stopped after the session."""
    if not CHROMA.exists():
        pytest.fail(f"{CHROMA} is missing; install the project with `make install`.")
    data = tmp_path_factory.mktemp("chroma-server")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = (data / "server.log").open("wb")
    proc = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _heartbeat(url):
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited with {proc.returncode}: {(data / 'server.log').read_text()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"chroma run did not answer a heartbeat within {STARTUP_SECONDS} s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


_collections = iter(range(10_000))


@pytest.fixture(params=["embedded", "server"])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings for a fresh, empty index on one backend (the server gets a new collection per test)."""
    index: dict[str, object] = {"path": tmp_path / "index", "collection": f"test_{next(_collections)}"}
    if request.param == "server":
        index["url"] = request.getfixturevalue("chroma_server")
    return Settings(index=index, data_dir=tmp_path / "data", corpus={"path": tmp_path / "docs"})


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "manifest.yaml").write_text(
        "documents:\n  - file: harbour.txt\n    doc_id: harbour\n    title: Harbour board notes\n", encoding="utf-8"
    )
    return folder


def _nearest(settings: Settings, question: str) -> str:
    """doc_id of the passage nearest to a question by the real model's vectors."""
    (vector,) = get_embedder(settings.embedding).embed([question])
    return PassageStore(settings.index).query(vector, k=1)[0].doc_id


def _state(settings: Settings) -> dict[str, set[str]]:
    return PassageStore(settings.index).ids_by_doc()


def test_first_ingest_indexes_every_document(settings: Settings, docs: Path) -> None:
    report = ingest(settings, [docs], progress=False)
    assert sorted(report.new_documents) == ["ferry", "harbour", "lighthouse"]
    state = _state(settings)
    assert set(state) == {"ferry", "harbour", "lighthouse"}
    assert report.added == report.passages == sum(len(ids) for ids in state.values())
    store = PassageStore(settings.index)
    assert store.build_info["chunker_version"] == CHUNKER_VERSION
    assert {d.doc_id: d.title for d in store.documents()}["harbour"] == "Harbour board notes"


def test_reingest_of_unchanged_corpus_changes_nothing(settings: Settings, docs: Path) -> None:
    ingest(settings, [docs], progress=False)
    before = _state(settings)
    report = ingest(settings, [docs], progress=False)
    assert (report.added, report.removed) == (0, 0)
    assert sorted(report.unchanged_documents) == ["ferry", "harbour", "lighthouse"]
    assert not report.new_documents and not report.updated_documents and not report.removed_documents
    assert _state(settings) == before


def test_edited_file_replaces_its_passages(settings: Settings, docs: Path) -> None:
    ingest(settings, [docs], progress=False)
    before = _state(settings)
    (docs / "lighthouse.md").write_text(
        "# Lighthouse keeping\n\nThe keeper now opens the tower to school groups on weekdays.", encoding="utf-8"
    )
    report = ingest(settings, [docs], progress=False)
    after = _state(settings)
    assert report.updated_documents == ["lighthouse"]
    assert not (after["lighthouse"] & before["lighthouse"]), "old passages of the edited file are gone"
    assert after["harbour"] == before["harbour"] and after["ferry"] == before["ferry"]
    texts = [p.text for p in PassageStore(settings.index).all_passages() if p.doc_id == "lighthouse"]
    assert any("school groups" in t for t in texts)
    assert not any("1998" in t for t in texts)


def test_deleted_file_loses_its_passages(settings: Settings, docs: Path) -> None:
    ingest(settings, [docs], progress=False)
    before = _state(settings)
    (docs / "ferry.txt").unlink()
    report = ingest(settings, [docs], progress=False)
    after = _state(settings)
    assert report.removed_documents == ["ferry"]
    assert report.removed == len(before["ferry"])
    assert set(after) == {"harbour", "lighthouse"}
    assert "ferry" not in {d.doc_id for d in PassageStore(settings.index).documents()}


def test_new_doc_id_in_the_manifest_replaces_the_old_one(settings: Settings, docs: Path) -> None:
    ingest(settings, [docs], progress=False)
    before = _state(settings)
    with (docs / "manifest.yaml").open("a", encoding="utf-8") as fh:
        fh.write("  - file: ferry.txt\n    doc_id: island-ferry\n")
    report = ingest(settings, [docs], progress=False)
    after = _state(settings)
    assert report.new_documents == ["island-ferry"] and report.removed_documents == ["ferry"]
    assert set(after) == {"harbour", "lighthouse", "island-ferry"}
    assert len(after["island-ferry"]) == len(before["ferry"])
    assert "ferry" not in {d.doc_id for d in PassageStore(settings.index).documents()}


def test_load_without_an_index_names_assistant_ingest(settings: Settings) -> None:
    with pytest.raises(IndexUnavailable, match="assistant ingest"):
        Assistant.load(settings)


def test_index_built_with_another_model_is_refused(settings: Settings, docs: Path) -> None:
    ingest(settings, [docs], progress=False)
    store = PassageStore(settings.index)
    store.write_record("some-other-model", CHUNKER_VERSION, store.documents())
    with pytest.raises(IndexUnavailable, match="some-other-model") as err:
        Assistant.load(settings)
    assert "assistant ingest" in str(err.value)
    with pytest.raises(IndexUnavailable, match="assistant ingest"):
        ingest(settings, [docs], progress=False)


def test_rebuild_reembeds_an_index_of_another_model(settings: Settings, docs: Path) -> None:
    ingest(settings, [docs], progress=False)
    before = _state(settings)
    store = PassageStore(settings.index)
    store.write_record("some-other-model", CHUNKER_VERSION, store.documents())
    report = ingest(settings, [docs], progress=False, rebuild=True)
    assert report.added == sum(len(ids) for ids in before.values())
    assert _state(settings) == before
    assert _nearest(settings, "When was the lighthouse tower repainted?") == "lighthouse"


# -- server only ------------------------------------------------------------------


def test_server_backend_keeps_nothing_on_disk(chroma_server: str, tmp_path: Path, docs: Path) -> None:
    settings = Settings(index={"path": tmp_path / "local", "url": chroma_server, "collection": "disk_check"})
    ingest(settings, [docs], progress=False)
    assert not (tmp_path / "local").exists(), "with a URL set, nothing is written to the local index path"
    assert _nearest(settings, "How many ferry sailings are there in winter?") == "ferry"


def test_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    settings = Settings(index={"path": tmp_path / "index", "url": url})
    with pytest.raises(IndexUnavailable, match=url):
        Assistant.load(settings)


def test_malformed_url_is_a_clear_error(tmp_path: Path) -> None:
    settings = Settings(index={"path": tmp_path / "index", "url": "chroma.example:8000"})
    with pytest.raises(IndexUnavailable, match="http://host:port"):
        Assistant.load(settings)


def test_chroma_cli_is_installed() -> None:
    assert CHROMA.exists() or shutil.which("chroma"), "the chroma CLI comes with chromadb"
