"""Value objects of the quiz builder: QuizCitation, QuizItem, QuizResult, and the request error."""

from __future__ import annotations

from collections import Counter
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models import Passage

QuestionType = Literal["mcq", "truefalse", "cloze", "short"]
Difficulty = Literal["easy", "medium", "hard"]
QUESTION_TYPES: tuple[str, ...] = ("mcq", "truefalse", "cloze", "short")
BLANK = "_____"
# Fact kinds whose key sits in the passage but not in the quoted sentence (list members, defined terms).
KEY_OUTSIDE_QUOTE = frozenset({"member", "term"})


class QuizRequestError(ValueError):
    """A quiz request that cannot be served: unknown type or format, or a topic the reports do not cover."""


class QuizRequest(BaseModel):
    """What a client asks the quiz builder for (the body of POST /v1/quiz)."""

    model_config = ConfigDict(extra="forbid")

    topic: str | None = Field(None, description="Topic to draw on (hybrid search); none = whole corpus.")
    section: str | None = Field(None, description="Only passages whose section contains this text.")
    doc_id: str | None = Field(None, description="Only this document.")
    n: int = Field(10, ge=1, le=200, description="Items wanted.")
    types: list[str] = Field(default_factory=lambda: list(QUESTION_TYPES), description="Question types to use.")
    seed: int = Field(7, description="Seed; the same seed and corpus give the same quiz.")
    format: str = Field("json", description="Also return the quiz exported as gift, moodle-xml, csv or md.")


class QuizCitation(BaseModel):
    """Where an item's answer comes from: document, section, paragraphs, page and the passage text."""

    model_config = ConfigDict(frozen=True)

    doc_id: str = Field(description="Document id.")
    title: str = Field(description="Document title.")
    section: str = Field("", description="Section path of the passage.")
    label: str = Field("", description="Passage label, e.g. 'Paragraph 44' or 'Case study 7'.")
    paragraphs: tuple[int, ...] = Field((), description="Numbered paragraphs of the passage.")
    page: int | None = Field(None, description="Page in the report, when known.")
    passage_text: str = Field(description="Full text of the cited passage.")

    @classmethod
    def of(cls, passage: Passage) -> QuizCitation:
        """The citation of a passage."""
        return cls(
            doc_id=passage.doc_id,
            title=passage.title,
            section=passage.section,
            label=passage.label,
            paragraphs=passage.paragraphs,
            page=passage.page,
            passage_text=passage.text,
        )

    @property
    def source(self) -> str:
        """One-line source: title, section, label and page."""
        parts = [self.title, self.section, self.label]
        if self.page:
            parts.append(f"p. {self.page}")
        return " · ".join(p for p in parts if p)


class QuizItem(BaseModel):
    """One verified question with its answer key, explanation and source."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Stable id of the item (fact and type).")
    type: QuestionType = Field(description="mcq, truefalse, cloze or short.")
    question: str = Field(description="Question stem; cloze stems hold one blank '_____'.")
    options: tuple[str, ...] = Field((), description="Options of a multiple-choice item; empty otherwise.")
    answer: str = Field(description="The key: the correct option, 'True'/'False', or the missing term.")
    explanation: str = Field(description="Why the key is right, quoting the passage and naming its source.")
    citation: QuizCitation = Field(description="The passage the answer rests on.")
    difficulty: Difficulty = Field("medium", description="easy, medium or hard.")
    kind: str = Field("", description="Kind of fact asked about: percent, money, count, place, acronym, ...")
    key: str = Field(description="The fact term from the passage that the answer rests on.")
    quote: str = Field(description="The passage sentence holding the fact.")
    swapped: str = Field("", description="For a false true/false statement, the term put in place of the key.")

    @property
    def distractors(self) -> tuple[str, ...]:
        """The wrong options of a multiple-choice item."""
        return tuple(o for o in self.options if o != self.answer)

    def to_public(self) -> dict[str, object]:
        """The item as exported to JSON: question, type, options, answer, explanation, citation."""
        return {
            "question": self.question,
            "type": self.type,
            "options": list(self.options) if self.type == "mcq" else [],
            "answer": self.answer,
            "explanation": self.explanation,
            "difficulty": self.difficulty,
            "citation": {
                "doc_id": self.citation.doc_id,
                "title": self.citation.title,
                "section": self.citation.section,
                "label": self.citation.label,
                "paragraphs": list(self.citation.paragraphs),
                "page": self.citation.page,
                "passage_text": self.citation.passage_text,
            },
        }


class QuizResult(BaseModel):
    """A built quiz with the counts a trainer needs: requested, produced, checked, dropped and why."""

    model_config = ConfigDict(frozen=True)

    items: tuple[QuizItem, ...] = Field((), description="The items that passed every check.")
    requested: int = Field(description="Items asked for.")
    scope: str = Field("whole corpus", description="What material the items were drawn from.")
    passages: int = Field(0, description="Passages in scope.")
    generated: int = Field(0, description="Candidate items built and checked.")
    passed_first: int = Field(0, description="Candidates that passed every check before any were dropped.")
    dropped: dict[str, int] = Field(default_factory=dict, description="Dropped candidates by failed check.")
    reworded: int = Field(0, description="Items whose stem a chat model reworded (and which still passed).")
    notes: tuple[str, ...] = Field((), description="Why fewer items than requested, and other remarks.")

    @property
    def produced(self) -> int:
        """Items produced."""
        return len(self.items)

    @property
    def pass_rate(self) -> float:
        """Share of candidates that passed every check before any were dropped."""
        return self.passed_first / self.generated if self.generated else 0.0

    def summary(self) -> str:
        """Human summary: requested/produced, pass rate, drops and notes."""
        types = Counter(i.type for i in self.items)
        levels = Counter(i.difficulty for i in self.items)
        lines = [
            f"quiz from {self.scope} ({self.passages} passages): {self.produced} of {self.requested} items produced",
            f"checked {self.generated} candidates, {self.passed_first} passed every check "
            f"({self.pass_rate:.0%}); dropped {sum(self.dropped.values())}"
            + (f" ({', '.join(f'{k}: {v}' for k, v in sorted(self.dropped.items()))})" if self.dropped else ""),
            "types: "
            + ", ".join(f"{k} {v}" for k, v in sorted(types.items()))
            + " · difficulty: "
            + ", ".join(f"{k} {v}" for k, v in sorted(levels.items())),
        ]
        if self.reworded:
            lines.append(f"{self.reworded} stems reworded by the chat model")
        lines.extend(self.notes)
        return "\n".join(lines)

    def to_public(self) -> dict[str, object]:
        """The result as JSON-ready data: counts, notes and items."""
        return {
            "requested": self.requested,
            "produced": self.produced,
            "scope": self.scope,
            "generated": self.generated,
            "passed_first": self.passed_first,
            "pass_rate": round(self.pass_rate, 3),
            "dropped": dict(self.dropped),
            "notes": list(self.notes),
            "items": [i.to_public() for i in self.items],
        }
