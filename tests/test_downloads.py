"""The page's download folder: made when needed, pruned, and removed with its owner."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from assistant.downloads import DownloadFolder
from assistant.settings import Settings
from assistant.web import ChatPage


@pytest.fixture(autouse=True)
def _temp_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))


def test_no_folder_is_made_until_a_file_is_written(tmp_path: Path) -> None:
    folder = DownloadFolder("lsp-test-")
    assert folder.path is None
    assert list(tmp_path.iterdir()) == []
    written = folder.write("a.md", "# Conversation\n")
    assert written.read_text(encoding="utf-8") == "# Conversation\n"
    assert written.parent.name.startswith("lsp-test-")


def test_only_the_newest_files_are_kept() -> None:
    folder = DownloadFolder("lsp-test-", keep=3)
    paths = [folder.write(f"{i}.md", str(i)) for i in range(5)]
    assert folder.path is not None
    assert sorted(p.name for p in folder.path.iterdir()) == ["2.md", "3.md", "4.md"]
    assert paths[-1].read_text(encoding="utf-8") == "4"


def test_remove_deletes_the_folder_and_its_files() -> None:
    folder = DownloadFolder("lsp-test-")
    path = folder.write("a.md", "x").parent
    folder.remove()
    assert not path.exists()
    folder.remove()


def test_the_folder_goes_when_its_page_is_collected(tmp_path: Path) -> None:
    page = ChatPage(lambda: None, Settings(), feedback=None)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == [], "a page that exported nothing leaves no folder behind"
    turn = {
        "question": "What is an LSP?",
        "doc_id": None,
        "answer": {
            "question": "What is an LSP?",
            "text": "A partnership.",
            "refused": False,
            "answerer": "extractive",
            "citations": [],
        },
    }
    update = page.export([turn])
    exported = Path(update["value"])
    assert "What is an LSP?" in exported.read_text(encoding="utf-8")
    del page, update
    gc.collect()
    assert not exported.parent.exists()
