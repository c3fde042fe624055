"""Baselines to compare against: a plain LangChain RAG retriever and BM25 alone over the project's passages."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from ..embeddings import Embedder
from ..models import Passage
from ..retrieval import KeywordIndex

PeerSearch = Callable[[str, int], list[Passage]]


class AssistantEmbeddings(Embeddings):
    """The assistant's own embedder behind LangChain's Embeddings interface."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed(list(texts))

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed([text])[0]


class LangChainPeer:
    """The textbook setup: 1000/200 recursive chunks of the raw text in Chroma via langchain_chroma, top-4 search."""

    name = "langchain-plain"
    description = "RecursiveCharacterTextSplitter(1000, 200) + same embedding model + langchain_chroma, top-4"
    fixed_k: int | None = 4

    def __init__(self, sources: dict[str, str], titles: dict[str, str], embedder: Embedder):
        from langchain_chroma import Chroma

        self._tmp = tempfile.TemporaryDirectory(prefix="eval-peer-")
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        docs = splitter.create_documents(
            list(sources.values()),
            metadatas=[{"doc_id": doc_id, "title": titles.get(doc_id, doc_id)} for doc_id in sources],
        )
        self.chunks = len(docs)
        self.store = Chroma(
            collection_name=f"peer-{uuid.uuid4().hex[:8]}",
            embedding_function=AssistantEmbeddings(embedder),
            persist_directory=str(Path(self._tmp.name)),
            collection_metadata={"hnsw:space": "cosine"},
        )
        self.store.add_documents(docs)

    def search(self, question: str, k: int) -> list[Passage]:
        """The top-4 chunks (k is ignored: the plain setup always returns 4), as passages with source spans."""
        found = self.store.similarity_search(question, k=self.fixed_k or k)
        passages = []
        for rank, doc in enumerate(found):
            start = int(doc.metadata.get("start_index", 0))
            passages.append(
                Passage(
                    id=f"lc-{rank}-{start}",
                    doc_id=str(doc.metadata["doc_id"]),
                    title=str(doc.metadata.get("title", "")),
                    section="",
                    paragraphs=(),
                    page=None,
                    kind="text",
                    score=None,
                    label=f"chars {start}-{start + len(doc.page_content)}",
                    start=start,
                    end=start + len(doc.page_content),
                    text=doc.page_content,
                )
            )
        return passages

    def close(self) -> None:
        """Drop the temporary index."""
        try:
            self.store.delete_collection()
        finally:
            self._tmp.cleanup()


class BM25Peer:
    """Keyword search alone (the project's BM25 index) over the project's own passages."""

    name = "bm25-only"
    description = "BM25 (rank-bm25) over the project's passages, no dense search, no query expansion"
    fixed_k: int | None = None

    def __init__(self, passages: list[Passage]):
        self.index = KeywordIndex(passages)
        self.chunks = len(passages)

    def search(self, question: str, k: int) -> list[Passage]:
        """The k best passages by BM25 score."""
        return [p.with_score(s) for p, s in self.index.search(question, k)]

    def close(self) -> None:
        """Nothing to release."""
