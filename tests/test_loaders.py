"""Loading source files: real PDFs made here with reportlab, text files, bad input and the manifest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from assistant import Settings, ingest
from assistant.loaders import DocumentError, discover, load
from assistant.store import PassageStore

PAGE_SENTENCES = [
    "The first page explains how the harbour board counts visiting ships each spring.",
    "The second page records that the lighthouse keeper repainted the tower in 1998.",
    "The third page lists the ferry timetable changes agreed with the island council.",
]


def make_pdf(path: Path, pages: list[str]) -> Path:
    """Write a real PDF with one paragraph of known text per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for text in pages:
        c.setFont("Helvetica", 11)
        c.drawString(72, 760, text)
        c.showPage()
    c.save()
    return path


def make_encrypted_pdf(path: Path, source: Path) -> Path:
    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def settings_for(tmp_path: Path, folder: Path) -> Settings:
    return Settings(index={"path": tmp_path / "index"}, data_dir=tmp_path / "data", corpus={"path": folder})


# -- PDFs ---------------------------------------------------------------------


def test_pdf_pages_become_passage_pages(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    make_pdf(folder / "harbour.pdf", PAGE_SENTENCES)
    (info,), _ = discover([folder])
    doc = load(info)
    assert [n for _, n in doc.page_starts] == [1, 2, 3]
    for number, sentence in enumerate(PAGE_SENTENCES, start=1):
        offset = doc.text.index(sentence)
        assert doc.page_at(offset) == number


def test_ingested_pdf_passages_carry_their_page(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    make_pdf(folder / "harbour.pdf", PAGE_SENTENCES)
    settings = settings_for(tmp_path, folder)
    ingest(settings, [folder], progress=False)
    passages = PassageStore(settings.index).all_passages()
    for number, sentence in enumerate(PAGE_SENTENCES, start=1):
        (hit,) = [p for p in passages if sentence in p.text]
        assert hit.page == number, f"page {number}'s sentence came back with page {hit.page}"
        assert hit.doc_id == "harbour"


def test_corrupt_and_encrypted_pdfs_are_skipped_while_a_good_one_is_indexed(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    good = make_pdf(folder / "good.pdf", PAGE_SENTENCES)
    (folder / "corrupt.pdf").write_bytes(os.urandom(4096))
    make_encrypted_pdf(folder / "locked.pdf", good)
    settings = settings_for(tmp_path, folder)
    messages: list[str] = []
    report = ingest(settings, [folder], progress=False, log=messages.append)
    assert len(report.skipped) == 2
    corrupt = next(m for m in report.skipped if "corrupt.pdf" in m)
    locked = next(m for m in report.skipped if "locked.pdf" in m)
    assert "not a readable PDF" in corrupt
    assert "encrypted" in locked and "password" in locked
    assert report.new_documents == ["good"]
    assert [d.doc_id for d in PassageStore(settings.index).documents()] == ["good"]
    assert any("corrupt.pdf" in m for m in messages), "skipped files are logged"


def test_pdf_with_repeated_identical_pages_is_indexed(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    blank = "This page is intentionally left blank."
    make_pdf(folder / "blanks.pdf", [PAGE_SENTENCES[0], blank, PAGE_SENTENCES[1], blank])
    settings = settings_for(tmp_path, folder)
    report = ingest(settings, [folder], progress=False)
    assert not report.skipped
    blanks = [p for p in PassageStore(settings.index).all_passages() if p.text == blank]
    assert sorted(p.page for p in blanks) == [2, 4]
    assert len({p.id for p in blanks}) == 2


def test_pdf_without_text_is_rejected(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "blank.pdf"
    c = canvas.Canvas(str(path))
    c.showPage()
    c.save()
    (info,), _ = discover([path])
    with pytest.raises(DocumentError, match="no extractable text"):
        load(info)


# -- text files -----------------------------------------------------------------


def test_non_utf8_text_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 society and the \u00a3 budget".encode("latin-1"))
    (info,), _ = discover([path])
    with pytest.raises(DocumentError, match="not UTF-8") as err:
        load(info)
    assert "latin.txt" in str(err.value)


def test_empty_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("  \n\n", encoding="utf-8")
    (info,), _ = discover([path])
    with pytest.raises(DocumentError, match="holds no text"):
        load(info)


def test_unsupported_extension_is_skipped_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (tmp_path / "notes.md").write_text("# Notes\n\nSome notes.\n", encoding="utf-8")
    infos, skipped = discover([tmp_path])
    assert [i.path.name for i in infos] == ["notes.md"]
    (message,) = skipped
    assert "notes.docx" in message and "unsupported file type .docx" in message


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        discover([tmp_path / "nowhere"])


# -- manifest -------------------------------------------------------------------


def test_manifest_gives_doc_id_and_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First line of a\n\nBody.\n", encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text(
        "documents:\n  - file: a.txt\n    doc_id: alpha-2020\n    title: The Alpha Report\n    year: 2020\n",
        encoding="utf-8",
    )
    (info,), _ = discover([tmp_path])
    assert (info.doc_id, info.title, info.year) == ("alpha-2020", "The Alpha Report", 2020)
    assert load(info).title == "The Alpha Report"


def test_file_without_entry_gets_slug_and_first_line_title(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text("documents: []\n", encoding="utf-8")
    (tmp_path / "My Notes (Draft).md").write_text("\n# Partnership notes\n\nText.\n", encoding="utf-8")
    (info,), _ = discover([tmp_path])
    assert info.doc_id == "my-notes-draft"
    assert load(info).title == "Partnership notes"


def test_invalid_manifest_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text("documents:\n  - title: no file key\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="'file' key"):
        discover([tmp_path])


def test_shipped_manifest_describes_both_reports() -> None:
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    infos, skipped = discover([corpus])
    assert not skipped
    assert {i.doc_id for i in infos} == {"audit-commission-2009", "oxford-summary-2010"}
    assert all(i.title and i.year for i in infos)
