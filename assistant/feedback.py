"""Thumbs up/down on answers, stored through SQLAlchemy (SQLite by default, PostgreSQL by URL)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import DateTime, Integer, String, Text, create_engine, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from .models import Answer, Citation
from .settings import Settings

Rating = Literal["up", "down"]
RATINGS: tuple[str, ...] = ("up", "down")


class FeedbackError(ValueError):
    """Feedback that cannot be stored: an unknown rating, an empty question, an unknown record."""


class _Base(DeclarativeBase):
    pass


class FeedbackRow(_Base):
    """One rating of one answer, with what was asked, what was answered and what it cited."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    rating: Mapped[str] = mapped_column(String(8))
    comment: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    citations: Mapped[str] = mapped_column(Text, default="[]")
    refused: Mapped[int] = mapped_column(Integer, default=0)
    doc_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    answerer: Mapped[str] = mapped_column(String(200), default="")
    settings: Mapped[str] = mapped_column(Text, default="{}")
    source: Mapped[str] = mapped_column(String(20), default="web")

    def as_dict(self) -> dict[str, Any]:
        """The row as plain JSON-ready data (citations and settings decoded)."""
        return {
            "id": self.id,
            "created_at": self.created_at.isoformat(),
            "rating": self.rating,
            "comment": self.comment,
            "question": self.question,
            "answer": self.answer,
            "citations": json.loads(self.citations or "[]"),
            "refused": bool(self.refused),
            "doc_id": self.doc_id,
            "answerer": self.answerer,
            "settings": json.loads(self.settings or "{}"),
            "source": self.source,
        }


def citation_dicts(citations: Iterable[Citation]) -> list[dict[str, Any]]:
    """Citations as JSON-ready dicts: number, quote and the cited passage (without its score)."""
    return [
        {"number": c.number, "quote": c.quote, "passage": c.passage.model_dump(mode="json", exclude={"score"})}
        for c in citations
    ]


def settings_summary(settings: Settings, answerer: str) -> dict[str, Any]:
    """The settings that shaped an answer, small enough to keep with every rating."""
    return {
        "answerer": answerer,
        "embedding_model": settings.embedding.model,
        "retrieval_k": settings.retrieval.k,
        "answer_passages": settings.answer.passages,
        "min_support": settings.answer.min_support,
    }


class FeedbackStore:
    """Record, list and export feedback in the database named by a SQLAlchemy URL."""

    def __init__(self, url: str):
        self.url = url
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(url)
        _Base.metadata.create_all(self.engine)

    @classmethod
    def from_settings(cls, settings: Settings) -> FeedbackStore:
        """The store at settings.feedback_url (a SQLite file under data_dir unless configured)."""
        return cls(settings.feedback_url)

    def record(
        self,
        *,
        rating: str,
        question: str,
        answer: str = "",
        citations: list[dict[str, Any]] | None = None,
        refused: bool = False,
        comment: str = "",
        doc_id: str | None = None,
        answerer: str = "",
        settings: dict[str, Any] | None = None,
        source: str = "web",
    ) -> int:
        """Store one rating and return its id."""
        if rating not in RATINGS:
            raise FeedbackError(f"Rating must be 'up' or 'down', not {rating!r}.")
        if not question.strip():
            raise FeedbackError("Feedback needs the question that was asked.")
        row = FeedbackRow(
            created_at=datetime.now(UTC),
            rating=rating,
            comment=comment.strip(),
            question=question.strip(),
            answer=answer,
            citations=json.dumps(citations or [], ensure_ascii=False),
            refused=int(refused),
            doc_id=doc_id,
            answerer=answerer,
            settings=json.dumps(settings or {"answerer": answerer}, ensure_ascii=False),
            source=source,
        )
        with Session(self.engine) as session:
            session.add(row)
            session.commit()
            return row.id

    def record_answer(
        self,
        answer: Answer,
        rating: str,
        settings: Settings,
        *,
        comment: str = "",
        doc_id: str | None = None,
        source: str = "web",
    ) -> int:
        """Store a rating of an Answer object, with its citations and a settings summary."""
        return self.record(
            rating=rating,
            question=answer.question,
            answer=answer.text,
            citations=citation_dicts(answer.citations),
            refused=answer.refused,
            comment=comment,
            doc_id=doc_id,
            answerer=answer.answerer,
            settings=settings_summary(settings, answer.answerer),
            source=source,
        )

    def set_comment(self, feedback_id: int, comment: str) -> None:
        """Attach (or replace) the comment of a stored rating."""
        with Session(self.engine) as session:
            row = session.get(FeedbackRow, feedback_id)
            if row is None:
                raise FeedbackError(f"No feedback with id {feedback_id}.")
            row.comment = comment.strip()
            session.commit()

    def get(self, feedback_id: int) -> dict[str, Any] | None:
        """One stored rating as a dict, or None."""
        with Session(self.engine) as session:
            row = session.get(FeedbackRow, feedback_id)
            return row.as_dict() if row else None

    def rows(self) -> list[dict[str, Any]]:
        """Every stored rating, oldest first."""
        with Session(self.engine) as session:
            return [row.as_dict() for row in session.scalars(select(FeedbackRow).order_by(FeedbackRow.id))]

    def count(self) -> int:
        """How many ratings are stored."""
        return len(self.rows())

    def export_items(self) -> list[dict[str, Any]]:
        """Every rating as a candidate eval item (origin 'feedback') plus its rating and comment."""
        return [export_item(record) for record in self.rows()]

    def export(self, path: Path | None = None) -> str:
        """Candidate eval items as JSON Lines; written to path when given, and returned."""
        lines = [json.dumps(item, ensure_ascii=False) for item in self.export_items()]
        text = "".join(line + "\n" for line in lines)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return text


def export_item(record: dict[str, Any]) -> dict[str, Any]:
    """A feedback record in the eval item format, for a person to confirm into the gold set."""
    item_id = f"feedback-{record['id']:04d}"
    try:
        from .evaluation.goldset import item_from_feedback
    except ImportError:  # the eval package is optional for a deployment
        item = _fallback_item(record, item_id)
    else:
        item = item_from_feedback(record, item_id).model_dump(mode="json")
    return {**item, "rating": record["rating"], "comment": record["comment"], "created_at": record["created_at"]}


def _fallback_item(record: dict[str, Any], item_id: str) -> dict[str, Any]:
    citations = record.get("citations") or []
    first = citations[0] if citations else {}
    passage = first.get("passage", {})
    return {
        "id": item_id,
        "question": record["question"],
        "answer": record.get("comment") or record.get("answer", ""),
        "key_facts": [],
        "doc_id": passage.get("doc_id"),
        "paragraphs": list(passage.get("paragraphs") or []),
        "label": passage.get("label") or None,
        "evidence": first.get("quote", ""),
        "type": "unanswerable" if record.get("refused") else "fact",
        "origin": "feedback",
    }
