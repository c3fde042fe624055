"""The quiz command: checked questions with answer keys and sources, in the formats trainers import."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..quiz import FORMATS, QUESTION_TYPES, QuizRequestError, build_quiz, export
from .app import app, friendly, load_assistant


def _chat_model(assistant: object) -> object | None:
    """The configured chat model for optional rewording, when the LLM factory is available."""
    try:
        from ..llm import make_chat_model
    except ImportError:
        return None
    try:
        return make_chat_model(assistant.settings.llm)  # type: ignore[attr-defined]
    except ValueError as exc:
        typer.secho(f"warning: no rewording ({exc}); using the checked deterministic wording.", fg="yellow", err=True)
        return None


@app.command("quiz")
@friendly
def quiz_cmd(
    topic: Annotated[str | None, typer.Option(help="Topic to draw questions from (hybrid search).")] = None,
    section: Annotated[str | None, typer.Option(help="Only passages whose section contains this text.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only this doc_id.")] = None,
    n: Annotated[int, typer.Option("--n", min=1, max=200, help="How many items.")] = 10,
    types: Annotated[str, typer.Option(help="Comma-separated question types.")] = ",".join(QUESTION_TYPES),
    seed: Annotated[int, typer.Option(help="Seed: the same seed and corpus give the same quiz.")] = 7,
    fmt: Annotated[str, typer.Option("--format", help=f"One of {', '.join(FORMATS)}.")] = "md",
    out: Annotated[Path | None, typer.Option(help="Write here instead of stdout.")] = None,
    reword: Annotated[bool, typer.Option(help="Let a configured chat model reword stems (still checked).")] = True,
) -> None:
    """Build a quiz whose every item is checked against the reports, and export it."""
    try:
        if fmt not in FORMATS:
            raise QuizRequestError(f"Unknown format {fmt!r}; choose from {', '.join(FORMATS)}.")
        assistant = load_assistant()
        model = _chat_model(assistant) if reword else None
        result = build_quiz(
            assistant, topic=topic, section=section, doc_id=doc, n=n, types=types, seed=seed, chat_model=model
        )
    except QuizRequestError as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        raise typer.Exit(2) from None
    title = f"Quiz: {topic or section or doc or 'the reports'}"
    text = export(result.items, fmt, title=title)
    if out:
        out.write_text(text, encoding="utf-8")
        typer.secho(f"wrote {result.produced} items to {out}", err=True)
    else:
        typer.echo(text, nl=False)
    typer.secho(result.summary(), fg="yellow" if result.produced < n else "green", err=True)
