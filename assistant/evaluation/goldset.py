"""The gold evaluation set: the item model, loading a split, and turning feedback into candidate items."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

GOLD_DIR = Path(__file__).resolve().parent.parent.parent / "evals" / "gold"
SPLITS = ("dev", "test")
UNANSWERABLE: Final = "unanswerable"

ItemType = Literal["fact", "number", "list", "definition", "case_study", "summary_paper", "multi_part", "unanswerable"]


class EvalItem(BaseModel):
    """One question with its reference answer, key facts and the evidence quote that supports them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="Unique item id, e.g. 'dev-001'.")
    question: str = Field(min_length=1, description="The question as a council officer might ask it.")
    answer: str = Field(description="Short reference answer.")
    key_facts: tuple[str, ...] = Field((), description="Short verbatim strings a correct answer must contain.")
    doc_id: str | None = Field(description="Source document id, or None for unanswerable items.")
    paragraphs: tuple[int, ...] = Field((), description="Numbered paragraph(s) holding the evidence.")
    label: str | None = Field(None, description="Block label when the evidence is outside numbered paragraphs.")
    evidence: str = Field("", description="Exact quote from the source that supports the answer; empty if none.")
    type: ItemType = Field(description="Question type.")
    origin: Literal["gold", "feedback", "probe"] = Field(
        "gold", description="Hand-written ('gold'), derived from feedback, or a probe written from one sampled passage."
    )

    @property
    def answerable(self) -> bool:
        """True unless the reports do not cover the question."""
        return self.type != UNANSWERABLE


class GoldSetError(ValueError):
    """A split that cannot be found or has an invalid item."""


def split_path(name_or_path: str | Path) -> Path:
    """The file of a split given by name ('dev', 'test') or by path."""
    if str(name_or_path) in SPLITS:
        return GOLD_DIR / f"{name_or_path}.jsonl"
    path = Path(name_or_path)
    if not path.exists():
        raise GoldSetError(f"No eval set {str(name_or_path)!r}: use {' or '.join(SPLITS)} or a path to a .jsonl file.")
    return path


def load_split(name_or_path: str | Path) -> list[EvalItem]:
    """Validated items of a split; GoldSetError naming the line when one is invalid or an id repeats."""
    path = split_path(name_or_path)
    items: list[EvalItem] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = EvalItem.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise GoldSetError(f"{path}:{number}: invalid item ({exc}).") from exc
        if item.id in seen:
            raise GoldSetError(f"{path}:{number}: duplicate id {item.id!r}.")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise GoldSetError(f"{path}: the set is empty.")
    return items


def split_name(name_or_path: str | Path) -> str:
    """A short name for a split, used in report file names."""
    return str(name_or_path) if str(name_or_path) in SPLITS else Path(name_or_path).stem


_LABEL_PARAS = re.compile(r"^Paragraphs? (\d+)(?:\s*[–-]\s*(\d+))?$")


def _paragraphs_of(label: str) -> tuple[int, ...]:
    match = _LABEL_PARAS.match(label.strip())
    if not match:
        return ()
    first, last = int(match.group(1)), int(match.group(2) or match.group(1))
    return tuple(range(first, last + 1))


def item_from_feedback(record: dict[str, Any], item_id: str) -> EvalItem:
    """A candidate item (origin 'feedback') from a feedback record, for a person to confirm before it joins a set."""
    question = str(record.get("question", "")).strip()
    if not question:
        raise GoldSetError("The feedback record has no question.")
    answer = str(record.get("answer", "")).strip()
    citations = list(record.get("citations") or [])
    first = citations[0] if citations else {}
    passage = first.get("passage", first) if isinstance(first, dict) else {}
    quote = str(first.get("quote", "")).strip() if isinstance(first, dict) else ""
    doc_id = passage.get("doc_id") if isinstance(passage, dict) else None
    label = str(passage.get("label", "")) if isinstance(passage, dict) else ""
    paragraphs = tuple(passage.get("paragraphs") or ()) if isinstance(passage, dict) else ()
    paragraphs = paragraphs or _paragraphs_of(label)
    rating = record.get("rating")
    refused = bool(record.get("refused", not citations))
    # A thumbs-down on a refusal suggests the reports do cover it; the reviewer fills in evidence and facts.
    unanswerable = refused and rating not in (-1, "down", "bad", False)
    kind: ItemType = UNANSWERABLE if unanswerable else "fact"
    return EvalItem(
        id=item_id,
        question=question,
        answer=str(record.get("comment") or "").strip() or answer,
        key_facts=(),
        doc_id=None if unanswerable else doc_id,
        paragraphs=() if unanswerable else paragraphs,
        label=None if paragraphs or unanswerable else (label or None),
        evidence="" if unanswerable else quote,
        type=kind,
        origin="feedback",
    )


def write_items(items: list[EvalItem], path: Path) -> None:
    """Write items as JSON Lines in the gold set's format (UTF-8, characters kept literal)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(item.model_dump(mode="json"), ensure_ascii=False) for item in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
