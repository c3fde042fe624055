"""Ingest source documents into the index: load, cut into passages, embed what is new, write atomically."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from tqdm import tqdm

from .chunking import CHUNKER_VERSION, chunk_document
from .embeddings import Embedder, embedder_name, get_embedder
from .loaders import DocumentError, DocumentInfo, discover, file_sha256, load
from .models import Passage
from .settings import Settings
from .store import DocumentRecord, IndexUnavailable, PassageStore
from .windows import WINDOWS_VERSION, sentence_windows, window_embed_text, window_id


@dataclass
class IngestReport:
    """What an ingestion run did."""

    documents: int = 0
    passages: int = 0
    added: int = 0
    removed: int = 0
    new_documents: list[str] = field(default_factory=list)
    updated_documents: list[str] = field(default_factory=list)
    removed_documents: list[str] = field(default_factory=list)
    unchanged_documents: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        """One line for the terminal."""
        return (
            f"{self.documents} documents, {self.passages} passages in the index: "
            f"{len(self.new_documents)} added, {len(self.updated_documents)} updated, "
            f"{len(self.removed_documents)} removed, {len(self.unchanged_documents)} unchanged "
            f"(+{self.added}/-{self.removed} passages), {len(self.skipped)} skipped, {self.seconds:.1f} s"
        )


def embed_text(p: Passage) -> str:
    """The text embedded for a passage: a short context header, then the passage."""
    where = " > ".join(x for x in (p.section, p.label) if x)
    return f"{p.title}\n{where}\n{p.text}"


@contextmanager
def _deferred_interrupt() -> Iterator[None]:
    """Hold Ctrl-C until the block ends, so an index write is never left half done."""
    received: list[object] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda *args: received.append(args))
    except ValueError:  # not in the main thread: nothing to defer
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received:
            raise KeyboardInterrupt


def _chunk_all(
    infos: list[DocumentInfo], settings: Settings, report: IngestReport
) -> dict[str, tuple[DocumentInfo, str, list[Passage]]]:
    parsed: dict[str, tuple[DocumentInfo, str, list[Passage]]] = {}
    for info in infos:
        try:
            doc = load(info)
            passages = chunk_document(doc, settings.chunking, report.warnings.append)
        except DocumentError as exc:
            report.skipped.append(str(exc))
            continue
        if not passages:
            report.skipped.append(f"{info.path}: no passages could be cut from the text.")
            continue
        info = replace(info, title=doc.title)
        parsed[info.doc_id] = (info, file_sha256(info.path), passages)
    return parsed


def ingest(
    settings: Settings,
    paths: list[Path] | None = None,
    *,
    rebuild: bool = False,
    progress: bool = True,
    embedder: Embedder | None = None,
    log: Callable[[str], None] = print,
) -> IngestReport:
    """Bring the index in step with the documents under paths (default: the corpus folder)."""
    started = time.perf_counter()
    report = IngestReport()
    roots = [Path(p) for p in (paths or [settings.corpus.path])]
    infos, skipped = discover(roots, settings.corpus.manifest)
    report.skipped.extend(skipped)
    parsed = _chunk_all(infos, settings, report)
    model_name = embedder.name if embedder else embedder_name(settings.embedding)

    store = PassageStore(settings.index, create=True)
    built_with = store.build_info.get("embedding_model")
    if built_with and built_with != model_name and not rebuild:
        raise IndexUnavailable(
            f"The index was built with {built_with!r}; the settings ask for {model_name!r}. "
            "Run `assistant ingest --rebuild` to re-embed everything."
        )
    built = store.build_info
    if built and (built.get("chunker_version") != CHUNKER_VERSION or built.get("windows_version") != WINDOWS_VERSION):
        rebuild = True  # passages or windows are cut differently now: rebuild from scratch
    existing = {} if rebuild else store.ids_by_doc()
    records = {} if rebuild else {r.doc_id: r for r in store.documents()}

    # Documents that were ingested from these folders but whose files are gone, or now go by another doc_id.
    root_dirs = {(r if r.is_dir() else r.parent).resolve() for r in roots}
    parsed_paths = {info.path.resolve() for info, _, _ in parsed.values()}
    gone = [
        r.doc_id
        for r in records.values()
        if r.doc_id not in parsed
        and Path(r.path).resolve().parent in root_dirs
        and (not Path(r.path).exists() or Path(r.path).resolve() in parsed_paths)
    ]

    known_ids = {pid for ids in existing.values() for pid in ids}
    to_add: list[Passage] = []
    to_delete: list[str] = []
    for doc_id, (_info, _sha, passages) in parsed.items():
        wanted = {p.id for p in passages}
        old = existing.get(doc_id, set())
        to_add.extend(p for p in passages if p.id not in known_ids)
        to_delete.extend(sorted(old - wanted))
        if not old:
            report.new_documents.append(doc_id)
        elif old != wanted:
            report.updated_documents.append(doc_id)
        else:
            report.unchanged_documents.append(doc_id)
    for doc_id in gone:
        to_delete.extend(sorted(existing.get(doc_id, set())))
        report.removed_documents.append(doc_id)
        records.pop(doc_id, None)

    windows = [
        (window_id(p.id, pos, text), p.id, p.doc_id, text, pos, window_embed_text(p, text))
        for p in to_add
        for pos, text in enumerate(sentence_windows(p))
    ]
    texts = [embed_text(p) for p in to_add] + [w[5] for w in windows]
    vectors: list[list[float]] = []
    batch = settings.embedding.batch_size
    if texts and embedder is None:
        embedder = get_embedder(settings.embedding)
    with tqdm(
        total=len(texts), desc="Embedding passages and sentences", unit="text", disable=not progress or not texts
    ) as bar:
        for i in range(0, len(texts), batch):
            vectors.extend(embedder.embed(texts[i : i + batch]))  # type: ignore[union-attr]
            bar.update(len(texts[i : i + batch]))

    for doc_id, (info, sha, passages) in parsed.items():
        records[doc_id] = DocumentRecord(
            doc_id=doc_id,
            title=info.title,
            path=str(info.path),
            sha256=sha,
            passages=len(passages),
            publisher=info.publisher,
            year=info.year,
            kind=info.kind,
        )
    with _deferred_interrupt():
        if rebuild:
            store.drop()
            store = PassageStore(settings.index, create=True)
        store.upsert(to_add, vectors[: len(to_add)])
        store.upsert_windows([w[:5] for w in windows], vectors[len(to_add) :])
        store.delete(to_delete)
        store.delete_windows(to_delete)
        store.write_record(
            model_name, CHUNKER_VERSION, sorted(records.values(), key=lambda r: r.doc_id), WINDOWS_VERSION
        )

    report.added, report.removed = len(to_add), len(to_delete)
    report.documents = len(records)
    report.passages = store.count()
    report.seconds = time.perf_counter() - started
    for message in report.skipped:
        log(f"skipped: {message}")
    for message in report.warnings:
        log(f"warning: {message}")
    return report
