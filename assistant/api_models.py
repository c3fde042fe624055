"""Request and response bodies of the REST API, with the examples the OpenAPI page shows."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .models import Answer, Citation
from .store import DocumentRecord

EXAMPLE_PASSAGE_ID = "3f1c0a9e5b7d2c4e6a8b0d1f"


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Turn(_Body):
    """One earlier exchange of the conversation."""

    user: str = Field(description="What the user asked.", examples=["What is an LSP?"])
    assistant: str = Field(description="What the assistant answered.", examples=["A local strategic partnership ..."])


class AskRequest(_Body):
    """A question, optionally following up on earlier turns and limited to one document."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"question": "What are the three layers of joint working?"},
                {
                    "question": "How many did the survey cover?",
                    "history": [{"user": "What survey did the study run?", "assistant": "A survey of LSPs [1]."}],
                    "doc_id": "audit-commission-2009-working-better-together",
                },
            ]
        }
    )

    question: str = Field(description="The question; not empty, at most the configured maximum (2000 by default).")
    history: list[Turn] = Field(default_factory=list, description="Earlier turns, oldest first (20 at most).")
    doc_id: str | None = Field(None, description="Only use this document (ids from GET /v1/documents).")


class SearchRequest(_Body):
    """A search over the passages."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"question": "What is LIFT?", "k": 3}]})

    question: str = Field(description="What to look for.")
    k: int = Field(5, ge=1, le=50, description="How many passages to return.")
    doc_id: str | None = Field(None, description="Only search this document.")


class CitationOut(BaseModel):
    """A numbered source of an answer: where it is in the reports and the sentence quoted."""

    number: int = Field(description="The n of the [n] marker in the answer text.", examples=[1])
    doc_id: str = Field(description="Document id.")
    title: str = Field(description="Document title.")
    section: str = Field("", description="Chapter / section path.")
    paragraphs: list[int] = Field(default_factory=list, description="Numbered paragraph(s) of the passage.")
    page: int | None = Field(None, description="Page in the published report, when known.")
    kind: str = Field("text", description="paragraph, case_study, table, glossary, ...")
    label: str = Field("", description="Human locator, e.g. 'Paragraph 44'.", examples=["Paragraph 44"])
    note_to: str = Field("", description="For a footnote, the sentence or heading its marker hangs from.")
    quote: str = Field("", description="The sentence(s) of the passage the answer rests on.")
    passage_text: str = Field(description="Full text of the cited passage.")
    passage_id: str = Field(description="Passage id for GET /v1/passages/{id}.", examples=[EXAMPLE_PASSAGE_ID])

    @classmethod
    def from_citation(cls, citation: Citation) -> CitationOut:
        """The API view of a Citation."""
        p = citation.passage
        return cls(
            number=citation.number,
            doc_id=p.doc_id,
            title=p.title,
            section=p.section,
            paragraphs=list(p.paragraphs),
            page=p.page,
            kind=p.kind,
            label=p.label,
            note_to=p.note_to,
            quote=citation.quote,
            passage_text=p.text,
            passage_id=p.id,
        )


class AskResponse(BaseModel):
    """An answer with inline [n] markers and its numbered citations, or a refusal."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "question": "What is LIFT?",
                    "text": "LIFT is Local Improvement Finance Trust [1].",
                    "citations": [
                        {
                            "number": 1,
                            "doc_id": "audit-commission-2009-working-better-together",
                            "title": "Working better together?",
                            "section": "Appendix 2",
                            "paragraphs": [],
                            "page": 80,
                            "kind": "glossary",
                            "label": "Glossary: LIFT",
                            "quote": "LIFT: Local Improvement Finance Trust.",
                            "passage_text": "LIFT: Local Improvement Finance Trust.",
                            "passage_id": EXAMPLE_PASSAGE_ID,
                        }
                    ],
                    "refused": False,
                    "answerer": "extractive",
                    "standalone_question": "What is LIFT?",
                }
            ]
        }
    )

    question: str = Field(description="The question as asked.")
    text: str = Field(description="Answer text with inline [n] markers (the refusal sentence when refused).")
    citations: list[CitationOut] = Field(default_factory=list, description="Sources in marker order.")
    refused: bool = Field(description="True when the reports do not cover the question.")
    answerer: str = Field(description="Which answerer produced the text: 'extractive' or 'provider:model'.")
    standalone_question: str = Field("", description="The question as rewritten from the conversation.")


def answer_out(answer: Answer) -> AskResponse:
    """The API view of an Answer."""
    return AskResponse(
        question=answer.question,
        text=answer.text,
        citations=[CitationOut.from_citation(c) for c in answer.citations],
        refused=answer.refused,
        answerer=answer.answerer,
        standalone_question=answer.standalone_question,
    )


class DocumentOut(BaseModel):
    """An indexed document."""

    doc_id: str = Field(description="Stable document id.")
    title: str = Field(description="Document title.")
    year: int | None = Field(None, description="Year of publication.")
    publisher: str = Field("", description="Publisher.")
    kind: str = Field("report", description="report, paper, ...")
    passages: int = Field(description="Passages indexed from it.")

    @classmethod
    def from_record(cls, record: DocumentRecord) -> DocumentOut:
        """The API view of a DocumentRecord."""
        return cls(
            doc_id=record.doc_id,
            title=record.title,
            year=record.year,
            publisher=record.publisher,
            kind=record.kind,
            passages=record.passages,
        )


class FeedbackIn(_Body):
    """A rating of an answer the API gave."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"rating": "up", "question": "What is LIFT?", "answer": "LIFT is ... [1].", "comment": "Spot on."}
            ]
        },
    )

    rating: Literal["up", "down"] = Field(description="Thumbs up or down.")
    question: str = Field(min_length=1, description="The question that was asked.")
    answer: str = Field("", description="The answer text that was rated.")
    citations: list[CitationOut] = Field(default_factory=list, description="The answer's citations, as returned.")
    refused: bool = Field(False, description="Whether the answer was a refusal.")
    comment: str = Field("", max_length=4000, description="Optional free-text comment.")
    doc_id: str | None = Field(None, description="The document filter the question used, if any.")


class FeedbackOut(BaseModel):
    """Where the rating was stored."""

    id: int = Field(description="Id of the stored feedback row.")


class Health(BaseModel):
    """Whether the service is ready to answer."""

    status: Literal["ok", "loading"] = Field(description="'ok' once the index is open.")
    index_loaded: bool = Field(description="True once the index and model are loaded.")
    passages: int = Field(description="Passages in the index.")
    answerer: str = Field(description="Active answerer.")


class ErrorOut(BaseModel):
    """What went wrong, in words a person can act on."""

    detail: str = Field(description="The problem and how to fix it.", examples=["The question is empty."])
    errors: list[dict[str, object]] | None = Field(None, description="Field-level validation errors, if any.")
