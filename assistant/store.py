"""Chroma vector store of passages: embedded PersistentClient by default, HttpClient when a URL is set."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import chromadb

from .models import Passage
from .settings import IndexSettings

EXACT_SEARCH_UP_TO = 10_000  # passages: a collection this size is searched whole, so search is exact and the
# same in every process. Chroma rebuilds its HNSW graph when a process opens the index, and some graphs leave out
# the nearest passage ('Appendix 2: LPSB' for 'What is the role of the LSP board?' in about one process in five).


class IndexUnavailable(Exception):
    """The index is missing, unreachable, or was built by a different model or chunker."""


@dataclass(frozen=True)
class DocumentRecord:
    """What the index knows about one ingested document."""

    doc_id: str
    title: str
    path: str
    sha256: str
    passages: int
    publisher: str = ""
    year: int | None = None
    kind: str = "report"


def _client(settings: IndexSettings) -> Any:
    chroma_settings = chromadb.Settings(anonymized_telemetry=False)
    if settings.url:
        url = urlparse(settings.url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise IndexUnavailable(f"Index URL {settings.url!r} is not of the form http://host:port.")
        try:
            return chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:
            raise IndexUnavailable(f"Cannot reach the Chroma server at {settings.url}: {exc}") from exc
    settings.path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.path), settings=chroma_settings)


def _to_meta(p: Passage) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "doc_id": p.doc_id,
        "title": p.title,
        "section": p.section,
        "kind": p.kind,
        "label": p.label,
        "start": p.start,
        "end": p.end,
        "paragraphs": json.dumps(list(p.paragraphs)),
    }
    if p.page is not None:
        meta["page"] = p.page
    if p.note_to:
        meta["note_to"] = p.note_to
    return meta


def _from_meta(pid: str, text: str, meta: dict[str, Any], score: float | None = None) -> Passage:
    return Passage(
        id=pid,
        doc_id=meta["doc_id"],
        title=meta.get("title", ""),
        section=meta.get("section", ""),
        paragraphs=tuple(json.loads(meta.get("paragraphs", "[]"))),
        page=meta.get("page"),
        kind=meta.get("kind", "text"),
        label=meta.get("label", ""),
        start=int(meta.get("start", 0)),
        end=int(meta.get("end", 0)),
        text=text,
        note_to=meta.get("note_to", ""),
        score=score,
    )


class PassageStore:
    """Passages with their vectors in one Chroma collection, plus a record of what built it."""

    def __init__(self, settings: IndexSettings, *, create: bool = False):
        self.settings = settings
        self.client = _client(settings)
        try:
            if create:
                self.collection = self.client.get_or_create_collection(
                    settings.collection, metadata={"hnsw:space": "cosine"}, embedding_function=None
                )
                self.windows = self.client.get_or_create_collection(
                    self.windows_name, metadata={"hnsw:space": "cosine"}, embedding_function=None
                )
            else:
                self.collection = self.client.get_collection(settings.collection, embedding_function=None)
                self.windows = self.client.get_or_create_collection(
                    self.windows_name, metadata={"hnsw:space": "cosine"}, embedding_function=None
                )
        except IndexUnavailable:
            raise
        except Exception as exc:
            where = settings.url or settings.path
            if "does not exist" in str(exc) or "not found" in str(exc).lower():
                raise IndexUnavailable(
                    f"No index at {where} (collection {settings.collection!r}); run `assistant ingest` first."
                ) from exc
            raise IndexUnavailable(f"Cannot open the index at {where}: {exc}") from exc

    @property
    def windows_name(self) -> str:
        return f"{self.settings.collection}_sentences"

    def drop(self) -> None:
        """Delete both collections (for a rebuild)."""
        for name in (self.settings.collection, self.windows_name):
            with contextlib.suppress(Exception):  # already gone
                self.client.delete_collection(name)

    # -- build record ---------------------------------------------------
    @property
    def build_info(self) -> dict[str, Any]:
        meta = dict(self.collection.metadata or {})
        return {k: v for k, v in meta.items() if not k.startswith("hnsw:") and k != "documents"}

    def documents(self) -> list[DocumentRecord]:
        raw = (self.collection.metadata or {}).get("documents", "[]")
        return [DocumentRecord(**d) for d in json.loads(raw)]

    def check_compatible(self, embedding_model: str, chunker_version: str, windows_version: str = "") -> None:
        """Raise when the index was built with another embedding model or chunker."""
        info = self.build_info
        built_model = info.get("embedding_model")
        if built_model and built_model != embedding_model:
            raise IndexUnavailable(
                f"The index was built with embedding model {built_model!r} but the settings ask for "
                f"{embedding_model!r}; run `assistant ingest --rebuild` to re-embed the corpus."
            )
        built_chunker = info.get("chunker_version")
        if built_chunker and built_chunker != chunker_version:
            raise IndexUnavailable(
                f"The index was built by chunker version {built_chunker}, this code has {chunker_version}; "
                "run `assistant ingest` to rebuild it."
            )
        built_windows = info.get("windows_version")
        if windows_version and built_windows != windows_version and info:
            raise IndexUnavailable(
                f"The index has sentence windows of version {built_windows}, this code needs {windows_version}; "
                "run `assistant ingest` to rebuild it."
            )

    def write_record(
        self, embedding_model: str, chunker_version: str, documents: list[DocumentRecord], windows_version: str = ""
    ) -> None:
        """Record what built the index and which documents it holds (written last, as a commit mark)."""
        meta = {
            "embedding_model": embedding_model,
            "chunker_version": chunker_version,
            "windows_version": windows_version,
            "documents": json.dumps([d.__dict__ for d in documents], ensure_ascii=False),
        }
        self.collection.modify(metadata=meta)

    # -- passages --------------------------------------------------------
    def count(self) -> int:
        return int(self.collection.count())

    def ids_by_doc(self) -> dict[str, set[str]]:
        got = self.collection.get(include=["metadatas"])
        out: dict[str, set[str]] = {}
        for pid, meta in zip(got["ids"], got["metadatas"] or [], strict=True):
            out.setdefault(meta["doc_id"], set()).add(pid)
        return out

    def all_passages(self) -> list[Passage]:
        got = self.collection.get(include=["metadatas", "documents"])
        passages = [
            _from_meta(pid, text, meta)
            for pid, text, meta in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True)
        ]
        return sorted(passages, key=lambda p: (p.doc_id, p.start, p.id))

    def get(self, pid: str) -> Passage | None:
        got = self.collection.get(ids=[pid], include=["metadatas", "documents"])
        if not got["ids"]:
            return None
        return _from_meta(got["ids"][0], got["documents"][0], got["metadatas"][0])

    def upsert(self, passages: list[Passage], vectors: list[list[float]], batch: int = 256) -> None:
        for i in range(0, len(passages), batch):
            chunk = passages[i : i + batch]
            self.collection.upsert(
                ids=[p.id for p in chunk],
                embeddings=vectors[i : i + batch],
                documents=[p.text for p in chunk],
                metadatas=[_to_meta(p) for p in chunk],
            )

    def delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), 256):
            self.collection.delete(ids=ids[i : i + 256])

    # -- sentence windows ------------------------------------------------
    def upsert_windows(self, rows: list[tuple[str, str, str, str, int]], vectors: list[list[float]]) -> None:
        """Store windows given as (window_id, parent_id, doc_id, text, position) with their vectors."""
        for i in range(0, len(rows), 256):
            chunk = rows[i : i + 256]
            self.windows.upsert(
                ids=[r[0] for r in chunk],
                embeddings=vectors[i : i + 256],
                documents=[r[3] for r in chunk],
                metadatas=[{"parent_id": r[1], "doc_id": r[2], "position": r[4]} for r in chunk],
            )

    def delete_windows(self, parent_ids: list[str]) -> None:
        """Remove the windows of these passages."""
        for i in range(0, len(parent_ids), 100):
            self.windows.delete(where={"parent_id": {"$in": parent_ids[i : i + 100]}})

    def all_windows(self) -> list[tuple[str, str, str, Any]]:
        """Every window as (parent_id, doc_id, text, vector); the vector is the array Chroma returns."""
        got = self.windows.get(include=["metadatas", "documents", "embeddings"])
        vectors = got["embeddings"] if got["embeddings"] is not None else []
        return [
            (meta["parent_id"], meta["doc_id"], text, vector)
            for text, meta, vector in zip(got["documents"] or [], got["metadatas"] or [], vectors, strict=True)
        ]

    def query(self, vector: list[float], k: int, doc_id: str | None = None) -> list[Passage]:
        """Nearest passages by cosine similarity (score = 1 - distance), best first, ties by id; every passage is
        compared while the collection holds at most EXACT_SEARCH_UP_TO."""
        count = self.count()
        n = min(k, count)
        if n <= 0:
            return []
        got = self.collection.query(
            query_embeddings=[vector],
            n_results=count if count <= EXACT_SEARCH_UP_TO else n,
            where={"doc_id": doc_id} if doc_id else None,
            include=["distances"],
        )
        nearest = sorted(zip(got["ids"][0], got["distances"][0], strict=True), key=lambda hit: (hit[1], hit[0]))[:n]
        found = self.collection.get(ids=[pid for pid, _ in nearest], include=["metadatas", "documents"])
        stored = {
            pid: (text, meta)
            for pid, text, meta in zip(found["ids"], found["documents"] or [], found["metadatas"] or [], strict=True)
        }
        return [_from_meta(pid, *stored[pid], score=1.0 - float(dist)) for pid, dist in nearest]
