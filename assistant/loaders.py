"""Find and read source documents: the corpus manifest, PDFs through pypdf, .txt and .md files."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from .chunking import SourceText
from .tables import TableFileError, read_tables

SUPPORTED = (".pdf", ".txt", ".md")


class DocumentError(Exception):
    """A source file that cannot be ingested; the message says why and what to do."""


@dataclass(frozen=True)
class DocumentInfo:
    """What the manifest (or the file itself) says about a document."""

    path: Path
    doc_id: str
    title: str = ""
    publisher: str = ""
    year: int | None = None
    kind: str = "report"
    tables: Path | None = None  # restorations of tables whose columns the text extraction lost


def slug(name: str) -> str:
    """A doc_id made from a file name."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "document"


def read_manifest(folder: Path, manifest_name: str = "manifest.yaml") -> dict[str, dict]:
    """Manifest entries of a folder keyed by file name; empty when there is no manifest."""
    path = folder / manifest_name
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise DocumentError(f"{path}: the manifest is not valid YAML ({exc}).") from exc
    entries = data.get("documents", []) if isinstance(data, dict) else []
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "file" in e for e in entries):
        raise DocumentError(f"{path}: expected 'documents:' as a list of entries each with a 'file' key.")
    return {str(e["file"]): e for e in entries}


def discover(paths: list[Path], manifest_name: str = "manifest.yaml") -> tuple[list[DocumentInfo], list[str]]:
    """Documents under the given files or folders, and a message for each file that will be skipped."""
    infos: list[DocumentInfo] = []
    skipped: list[str] = []
    for root in paths:
        if not root.exists():
            raise DocumentError(f"{root}: no such file or folder.")
        files = [root] if root.is_file() else sorted(p for p in root.iterdir() if p.is_file())
        manifest = read_manifest(root if root.is_dir() else root.parent, manifest_name)
        for path in files:
            if path.name == manifest_name or path.name.startswith(".") or path.name.lower() == "readme.md":
                continue
            if path.suffix.lower() not in SUPPORTED:
                skipped.append(f"{path}: unsupported file type {path.suffix or '(none)'}; use .pdf, .txt or .md.")
                continue
            entry = manifest.get(path.name, {})
            year = entry.get("year")
            tables = entry.get("tables")
            infos.append(
                DocumentInfo(
                    path=path,
                    doc_id=str(entry.get("doc_id") or slug(path.stem)),
                    title=str(entry.get("title") or ""),
                    publisher=str(entry.get("publisher") or ""),
                    year=int(year) if year else None,
                    kind=str(entry.get("kind") or "report"),
                    tables=path.parent / str(tables) if tables else None,
                )
            )
    seen: dict[str, Path] = {}
    for info in infos:
        if info.doc_id in seen:
            raise DocumentError(f"{info.path}: doc_id {info.doc_id!r} is already used by {seen[info.doc_id]}.")
        seen[info.doc_id] = info.path
    return infos, skipped


def file_sha256(path: Path) -> str:
    """Hash of a file's bytes, used to tell whether a document changed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load(info: DocumentInfo) -> SourceText:
    """Read a document's text (and page offsets for PDFs); raise DocumentError with a clear reason."""
    suffix = info.path.suffix.lower()
    if suffix == ".pdf":
        text, pages = _read_pdf(info.path)
    else:
        text, pages = _read_text(info.path), ()
    if not text.strip():
        raise DocumentError(f"{info.path}: the file holds no text.")
    title = info.title or _first_line(text) or info.path.stem
    try:
        tables = tuple(read_tables(info.tables).values()) if info.tables else ()
    except TableFileError as exc:
        fix = "Fix the file, or remove its 'tables' entry from the manifest."
        raise DocumentError(f"{info.path}: {exc} {fix}") from exc
    return SourceText(doc_id=info.doc_id, title=title, text=text, page_starts=pages, tables=tables)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return ""


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{path}: not UTF-8 text (byte {exc.start}); re-save it as UTF-8 and ingest again."
        ) from exc


def _read_pdf(path: Path) -> tuple[str, tuple[tuple[int, int], ...]]:
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for unsupported encryption
                raise DocumentError(f"{path}: the PDF is encrypted; save an unencrypted copy.") from exc
            if not ok:
                raise DocumentError(f"{path}: the PDF is encrypted with a password; save an unencrypted copy.")
        parts: list[str] = []
        pages: list[tuple[int, int]] = []
        offset = 0
        for number, page in enumerate(reader.pages, start=1):
            page_text = page.extract_text() or ""
            pages.append((offset, number))
            parts.append(page_text)
            offset += len(page_text) + 1
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"{path}: not a readable PDF ({exc.__class__.__name__}: {exc}).") from exc
    text = "\n".join(parts)
    if not text.strip():
        raise DocumentError(f"{path}: the PDF has no extractable text (a scan?); run OCR first.")
    return text, tuple(pages)
