"""Run an eval split through the public Assistant API (and the peers) and gather per-item records and summaries."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tqdm import tqdm

from ..core import Assistant
from ..loaders import DocumentInfo, load
from ..models import Answer, Passage
from . import metrics as m
from .goldset import EvalItem
from .peers import BM25Peer, LangChainPeer

PROJECT = "project"
HIT_KS = (1, 3, 5)


class Peer(Protocol):
    """A retrieval-only baseline."""

    name: str
    description: str
    fixed_k: int | None
    chunks: int

    def search(self, question: str, k: int) -> list[Passage]: ...

    def close(self) -> None: ...


@dataclass
class Retrieved:
    """How one system's retrieval did on one answerable item."""

    rank: int | None
    context_chars: int
    facts_in_context: float
    labels: list[str]


@dataclass
class ItemRecord:
    """Everything measured for one item."""

    id: str
    type: str
    question: str
    key_facts: list[str]
    answerable: bool
    retrieval: dict[str, Retrieved] = field(default_factory=dict)
    answer: str = ""
    refused: bool = False
    fact_recall: float | None = None
    facts_found: int = 0
    all_facts: bool | None = None
    evidence_cited: bool | None = None
    citation_precision: float | None = None
    cited_labels: list[str] = field(default_factory=list)
    search_seconds: float = 0.0
    ask_seconds: float = 0.0
    reasons: list[str] = field(default_factory=list)


@dataclass
class EvalResult:
    """The outcome of one eval run: per-item records and the summaries the report shows."""

    split: str
    k: int
    date: str
    answerer: str
    settings: dict[str, Any]
    systems: dict[str, dict[str, Any]]
    records: list[ItemRecord]
    retrieval: dict[str, dict[str, float | None]]
    answers: dict[str, float | None]
    latency: dict[str, float | None]
    by_type: dict[str, dict[str, float | int | None]]

    @property
    def failures(self) -> list[ItemRecord]:
        """Items the project got wrong, with the reasons."""
        return [r for r in self.records if r.reasons]

    def metrics(self) -> dict[str, float | None]:
        """The project's headline metrics, flat (the names thresholds.json uses)."""
        return {**self.retrieval[PROJECT], **self.answers}

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole result."""
        data = asdict(self)
        data["failures"] = [r["id"] for r in data["records"] if r["reasons"]]
        return data


def load_sources(assistant: Assistant) -> dict[str, str]:
    """Raw text of every indexed document, read the way ingestion read it (offsets agree with passages)."""
    sources: dict[str, str] = {}
    for record in assistant.documents():
        path = Path(record.path)
        if not path.exists():
            path = assistant.settings.corpus.path / path.name
        sources[record.doc_id] = load(DocumentInfo(path, record.doc_id, record.title)).text
    return sources


def evidence_for(item: EvalItem, sources: dict[str, str]) -> m.Evidence | None:
    """The item's evidence with its span in the source; None for unanswerable items or a missing source."""
    if not item.answerable or not item.evidence or item.doc_id not in sources:
        return None
    span = m.locate_evidence(sources[item.doc_id], item.evidence)
    start, end = span if span else (0, 0)
    return m.Evidence(item.doc_id, item.evidence, start, end)


def _retrieved(passages: Sequence[Passage], item: EvalItem, evidence: m.Evidence | None) -> Retrieved:
    context = "\n".join(p.text for p in passages)
    return Retrieved(
        rank=m.first_hit_rank(passages, evidence) if evidence else None,
        context_chars=m.context_chars(passages),
        facts_in_context=m.fact_recall(context, item.key_facts),
        labels=[p.citation_label or p.label for p in passages],
    )


def _judge_answer(record: ItemRecord, answer: Answer, item: EvalItem, evidence: m.Evidence | None) -> None:
    record.answer = answer.text
    record.refused = answer.refused
    record.cited_labels = [c.passage.citation_label for c in answer.citations]
    if not item.answerable:
        if not answer.refused:
            record.reasons.append("answered a question the reports do not cover")
        return
    missing = m.missing_facts(answer.text, item.key_facts)
    record.facts_found = len(item.key_facts) - len(missing)
    record.fact_recall = m.fact_recall(answer.text, item.key_facts)
    record.all_facts = not missing
    record.evidence_cited = m.evidence_cited(answer, evidence) if evidence else False
    record.citation_precision = m.citation_precision(answer, evidence, item.key_facts)
    rank = record.retrieval[PROJECT].rank
    if answer.refused:
        record.reasons.append("refused an answerable question")
    elif missing:
        record.reasons.append("missing facts: " + "; ".join(missing))
    if not answer.refused and not record.evidence_cited:
        record.reasons.append("evidence passage not cited")
    if record.reasons and rank is None:
        record.reasons.append("evidence not in the retrieved passages")


def summarize_retrieval(records: list[ItemRecord], system: str) -> dict[str, float | None]:
    """hit@1/3/5, MRR, mean context characters and key facts in context for one system, over answerable items."""
    rows = [r.retrieval[system] for r in records if r.answerable and system in r.retrieval]
    out: dict[str, float | None] = {f"hit@{n}": m.share([m.hit_at(x.rank, n) for x in rows]) for n in HIT_KS}
    out["mrr"] = m.mean([m.reciprocal_rank(x.rank) for x in rows])
    out["context_chars"] = m.mean([x.context_chars for x in rows])
    out["facts_in_context"] = m.mean([x.facts_in_context for x in rows])
    return out


def summarize_answers(records: list[ItemRecord]) -> dict[str, float | None]:
    """Answer, citation and refusal metrics of the project."""
    answerable = [r for r in records if r.answerable]
    unanswerable = [r for r in records if not r.answerable]
    facts = sum(len(r.key_facts) for r in answerable)
    return {
        "all_key_facts": m.share([bool(r.all_facts) for r in answerable]),
        "fact_recall": sum(r.facts_found for r in answerable) / facts if facts else None,
        "evidence_cited": m.share([bool(r.evidence_cited) for r in answerable]),
        "citation_precision": m.mean([r.citation_precision for r in answerable]),
        "refusal_rate": m.share([r.refused for r in unanswerable]),
        "false_refusal_rate": m.share([r.refused for r in answerable]),
    }


def summarize_types(records: list[ItemRecord]) -> dict[str, dict[str, float | int | None]]:
    """Per question type: count, hit@5, all key facts, fact recall and refusal share."""
    out: dict[str, dict[str, float | int | None]] = {}
    for kind in sorted({r.type for r in records}):
        rows = [r for r in records if r.type == kind]
        answerable = [r for r in rows if r.answerable]
        out[kind] = {
            "n": len(rows),
            "hit@5": m.share([m.hit_at(r.retrieval[PROJECT].rank, 5) for r in answerable]),
            "all_key_facts": m.share([bool(r.all_facts) for r in answerable]),
            "fact_recall": m.mean([r.fact_recall for r in answerable]),
            "refused": m.share([r.refused for r in rows]),
        }
    return out


def _settings_summary(assistant: Assistant) -> dict[str, Any]:
    s = assistant.settings
    return {
        "embedding_model": s.embedding.model,
        "index": str(s.index.url or s.index.path),
        "llm": {"provider": s.llm.provider, "model": s.llm.model},
        "retrieval": s.retrieval.model_dump(mode="json"),
        "answer": s.answer.model_dump(mode="json"),
        "chunking": s.chunking.model_dump(mode="json"),
        "passages": assistant.store.count(),
    }


def peer_factories(assistant: Assistant, sources: dict[str, str]) -> list[Callable[[], Peer]]:
    """Builders of the two baselines over the same documents and the same embedding model."""
    titles = {d.doc_id: d.title for d in assistant.documents()}
    return [
        lambda: LangChainPeer(sources, titles, assistant.embedder),
        lambda: BM25Peer(assistant.store.all_passages()),
    ]


def run_eval(
    assistant: Assistant,
    items: list[EvalItem],
    *,
    split: str = "dev",
    k: int = 5,
    peers: bool = True,
    progress: bool = True,
) -> EvalResult:
    """Score retrieval, answers, citations and refusals on the items, and the peers' retrieval beside them."""
    sources = load_sources(assistant)
    evidence = {item.id: evidence_for(item, sources) for item in items}
    records: list[ItemRecord] = []
    search_times: list[float] = []
    ask_times: list[float] = []
    for item in tqdm(items, desc=f"Evaluating {split}", unit="question", disable=not progress):
        record = ItemRecord(item.id, item.type, item.question, list(item.key_facts), item.answerable)
        started = time.perf_counter()
        passages = assistant.search(item.question, k=k)
        record.search_seconds = time.perf_counter() - started
        record.retrieval[PROJECT] = _retrieved(passages, item, evidence[item.id])
        started = time.perf_counter()
        answer = assistant.ask(item.question)
        record.ask_seconds = time.perf_counter() - started
        search_times.append(record.search_seconds)
        ask_times.append(record.ask_seconds)
        _judge_answer(record, answer, item, evidence[item.id])
        records.append(record)

    latency: dict[str, float | None] = {
        "load_seconds": assistant.load_seconds,
        "search_p50": m.percentile(search_times, 50),
        "search_p95": m.percentile(search_times, 95),
        "ask_p50": m.percentile(ask_times, 50),
        "ask_p95": m.percentile(ask_times, 95),
    }
    systems: dict[str, dict[str, Any]] = {
        PROJECT: {"description": f"hybrid dense+BM25 search, k={k}; answerer {assistant.answerer_name}", "k": k}
    }
    if peers:
        for factory in peer_factories(assistant, sources):
            started = time.perf_counter()
            peer = factory()
            built = time.perf_counter() - started
            times: list[float] = []
            try:
                for item, record in tqdm(
                    list(zip(items, records, strict=True)), desc=peer.name, unit="question", disable=not progress
                ):
                    if not item.answerable:
                        continue
                    t0 = time.perf_counter()
                    found = peer.search(item.question, k)
                    times.append(time.perf_counter() - t0)
                    record.retrieval[peer.name] = _retrieved(found, item, evidence[item.id])
            finally:
                peer.close()
            systems[peer.name] = {"description": peer.description, "k": peer.fixed_k or k, "chunks": peer.chunks}
            latency[f"{peer.name}_build_seconds"] = built
            latency[f"{peer.name}_search_p50"] = m.percentile(times, 50)
            latency[f"{peer.name}_search_p95"] = m.percentile(times, 95)

    return EvalResult(
        split=split,
        k=k,
        date=dt.date.today().isoformat(),
        answerer=assistant.answerer_name,
        settings=_settings_summary(assistant),
        systems=systems,
        records=records,
        retrieval={name: summarize_retrieval(records, name) for name in systems},
        answers=summarize_answers(records),
        latency=latency,
        by_type=summarize_types(records),
    )
