"""The Assistant: one object that opens the index and answers; every face (CLI, API, page) wraps it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from .chunking import CHUNKER_VERSION
from .embeddings import Embedder, get_embedder
from .models import Answer, Citation, Passage
from .retrieval import HybridRetriever, Scored
from .settings import Settings
from .store import DocumentRecord, PassageStore
from .thesaurus import Thesaurus, read_names, read_thesaurus
from .windows import WINDOWS_VERSION


class InvalidQuestion(ValueError):
    """A question that cannot be asked: empty, too long, or naming an unknown document."""


class Assistant:
    """Search and answer over the indexed reports."""

    def __init__(self, settings: Settings, store: PassageStore, embedder: Embedder, retriever: HybridRetriever):
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self.retriever = retriever
        self.load_seconds = 0.0
        self._chain: Any = None

    @classmethod
    def load(cls, settings: Settings | None = None, *, embedder: Embedder | None = None) -> Assistant:
        """Open the configured index (error naming `assistant ingest` if there is none) and load the model."""
        started = time.perf_counter()
        settings = settings or Settings()
        store = PassageStore(settings.index)
        embedder = embedder or get_embedder(settings.embedding)
        store.check_compatible(embedder.name, CHUNKER_VERSION, WINDOWS_VERSION)
        named = settings.corpus.thesaurus
        thesaurus = read_thesaurus(settings.corpus.path / named) if named else Thesaurus()
        names = read_names(settings.corpus.path / settings.corpus.names) if settings.corpus.names else []
        retriever = HybridRetriever.build(store, embedder, settings.retrieval, thesaurus, names)
        assistant = cls(settings, store, embedder, retriever)
        assistant.load_seconds = time.perf_counter() - started
        return assistant

    # -- validation --------------------------------------------------------
    def check_question(self, question: str, doc_id: str | None = None) -> str:
        """The stripped question; InvalidQuestion when it is empty, too long or names an unknown document."""
        if not isinstance(question, str) or not question.strip():
            raise InvalidQuestion("The question is empty; type a question about the reports.")
        limit = self.settings.server.max_question_chars
        if len(question) > limit:
            raise InvalidQuestion(f"The question is {len(question)} characters long; the limit is {limit}.")
        known = [d.doc_id for d in self.documents()] if doc_id is not None else []
        if doc_id is not None and doc_id not in known:
            raise InvalidQuestion(f"Unknown document {doc_id!r}; indexed documents are: {', '.join(known)}.")
        return question.strip()

    # -- reading -----------------------------------------------------------
    def documents(self) -> list[DocumentRecord]:
        """The indexed documents with title, year and passage count."""
        return self.store.documents()

    def passage(self, passage_id: str) -> Passage | None:
        """One passage by id, or None."""
        return self.store.get(passage_id)

    def search_scored(self, question: str, k: int | None = None, doc_id: str | None = None) -> list[Scored]:
        """Hybrid search results with their component scores."""
        question = self.check_question(question, doc_id)
        return self.retriever.search(question, k=k or self.settings.retrieval.k, doc_id=doc_id)

    def search(self, question: str, k: int = 5, doc_id: str | None = None) -> list[Passage]:
        """The k passages that best match the question, best first, each with its score."""
        return [s.passage for s in self.search_scored(question, k=k, doc_id=doc_id)]

    # -- answering -----------------------------------------------------------
    @property
    def chain(self) -> Any:
        """The LCEL runnable behind ask(): {question, history, doc_id} -> Answer."""
        if self._chain is None:
            from .chain import build_chain

            self._chain = build_chain(self)
        return self._chain

    @property
    def answerer_name(self) -> str:
        """Which answerer is active: 'extractive' or 'provider:model'."""
        llm = self.settings.llm
        return "extractive" if llm.provider == "none" else f"{llm.provider}:{llm.model}"

    def ask(self, question: str, history: list[tuple[str, str]] | None = None, doc_id: str | None = None) -> Answer:
        """Answer a question (optionally following up on history) with cited passages, or refuse."""
        question = self.check_question(question, doc_id)
        result: Answer = self.chain.invoke({"question": question, "history": history or [], "doc_id": doc_id})
        return result

    def ask_stream(
        self, question: str, history: list[tuple[str, str]] | None = None, doc_id: str | None = None
    ) -> Iterator[str | Answer]:
        """Yield answer text as it is produced, then the final Answer (with citations) last."""
        question = self.check_question(question, doc_id)
        from .chain import stream_answer

        yield from stream_answer(self, question, history or [], doc_id)


__all__ = ["Answer", "Assistant", "Citation", "InvalidQuestion", "Passage"]
