"""Value objects shared by every part of the assistant: Passage, Citation, Answer."""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PassageKind = Literal[
    "paragraph",
    "summary",
    "recommendations",
    "case_study",
    "table",
    "figure",
    "footnote",
    "glossary",
    "sidebar",
    "appendix",
    "text",
]


class Passage(BaseModel):
    """A cut of a report that keeps its place in the report's structure."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Content hash of the passage; stable across re-ingestion.")
    doc_id: str = Field(description="Stable id of the document (from the corpus manifest).")
    title: str = Field(description="Document title.")
    section: str = Field("", description="Chapter / part heading path, e.g. 'Chapter 2: ... > Layers of ...'.")
    paragraphs: tuple[int, ...] = Field((), description="Numbered paragraph(s) the passage holds; empty if none.")
    page: int | None = Field(None, description="Page number in the published report, when known.")
    kind: PassageKind = Field("text", description="What part of the report this is.")
    label: str = Field("", description="Human label: 'Paragraph 44', 'Case study 7', 'Appendix 2: LIFT'.")
    start: int = Field(0, description="Character offset of the passage's first character in the source text.")
    end: int = Field(0, description="Character offset just past the passage's last character.")
    text: str = Field(description="Clean text of the passage, as the source words it.")
    note_to: str = Field(
        "",
        description="For a footnote, the sentence or heading its marker hangs from ('Children’s trust relevant "
        "partners'); empty otherwise or when the extraction lost the marker.",
    )
    score: float | None = Field(None, description="Retrieval score (higher is better), when from a search.")

    @property
    def citation_label(self) -> str:
        """Short locator: label, plus page when known."""
        return f"{self.label}, p. {self.page}" if self.page else self.label

    def with_score(self, score: float) -> Passage:
        """A copy of this passage carrying a retrieval score."""
        return self.model_copy(update={"score": score})


def passage_id(doc_id: str, kind: str, label: str, paragraphs: tuple[int, ...], text: str) -> str:
    """Content hash that identifies a passage: the same content always gets the same id."""
    payload = json.dumps([doc_id, kind, label, list(paragraphs), text], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:24]


class Citation(BaseModel):
    """A numbered pointer from an answer to the passage (and sentence) it rests on."""

    model_config = ConfigDict(frozen=True)

    number: int = Field(description="The n of the [n] marker in the answer text.")
    passage: Passage = Field(description="The cited passage.")
    quote: str = Field("", description="The sentence(s) of the passage the answer used.")


def read_as(question: str, standalone: str) -> str:
    """standalone, when it differs from question other than in spacing and case, else ''."""
    return (
        standalone if standalone and " ".join(standalone.split()).lower() != " ".join(question.split()).lower() else ""
    )


class Answer(BaseModel):
    """An answer with its citations, or a refusal."""

    model_config = ConfigDict(frozen=True)

    question: str = Field(description="The question as asked.")
    text: str = Field(description="Answer text with inline [n] citation markers.")
    citations: tuple[Citation, ...] = Field((), description="Citations in marker order.")
    refused: bool = Field(False, description="True when the reports do not cover the question.")
    standalone_question: str = Field("", description="The question as rewritten from the conversation.")
    answerer: str = Field("extractive", description="Which answerer produced the text.")

    @property
    def read_as(self) -> str:
        """The question as the assistant read it, when that differs from how it was asked (a follow-up given its
        topic, a typing slip put right), else ''."""
        return read_as(self.question, self.standalone_question)
