"""Commands that answer: ask (one question) and chat (a conversation with follow-ups)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..api_models import answer_out
from ..core import Assistant, InvalidQuestion
from ..models import Answer
from ..text import snippet
from .app import app, friendly, load_assistant, print_json


def answer_json(answer: Answer) -> dict:
    """An Answer as the JSON the CLI prints: the same fields as the REST API's /v1/ask."""
    return answer_out(answer).model_dump()


def print_citations(answer: Answer) -> None:
    """The numbered sources under an answer, each with its quoted sentence."""
    if not answer.citations:
        return
    typer.secho("\nSources", bold=True)
    for c in answer.citations:
        p = c.passage
        where = " · ".join(x for x in (p.citation_label, p.section, p.note_to and f"note to “{p.note_to}”") if x)
        typer.secho(f"  [{c.number}] {p.title}", fg="cyan")
        typer.echo(f"      {where}")
        if c.quote:
            typer.secho(f"      “{snippet(c.quote, 300)}”", dim=True)


def _print_read_as(answer: Answer) -> None:
    if answer.read_as:
        typer.secho(f"(read as: {answer.read_as})", dim=True)


def _print_answer(answer: Answer) -> None:
    _print_read_as(answer)
    typer.secho(answer.text, fg="yellow" if answer.refused else None)
    print_citations(answer)


@app.command("ask")
@friendly
def ask_cmd(
    question: Annotated[str, typer.Argument(help="The question, in plain English.")],
    doc: Annotated[str | None, typer.Option(help="Answer from this doc_id only.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer and citations as JSON.")] = False,
) -> None:
    """Answer one question with numbered citations to the paragraphs it rests on."""
    answer = load_assistant().ask(question, doc_id=doc)
    if as_json:
        print_json(answer_json(answer))
    else:
        _print_answer(answer)


def _chat_turn(assistant: Assistant, question: str, history: list[tuple[str, str]], doc: str | None) -> Answer | None:
    final: Answer | None = None
    for piece in assistant.ask_stream(question, history=history, doc_id=doc):
        if isinstance(piece, Answer):
            final = piece
        elif assistant.settings.llm.provider != "none":
            typer.echo(piece, nl=False)
    if final is not None:
        if assistant.settings.llm.provider == "none":
            _print_answer(final)
        else:
            typer.echo("")
            _print_read_as(final)
            print_citations(final)
    return final


@app.command("chat")
@friendly
def chat_cmd(doc: Annotated[str | None, typer.Option(help="Answer from this doc_id only.")] = None) -> None:
    """Talk to the reports in the terminal; follow-up questions use the conversation. Ctrl-D or 'exit' ends it."""
    assistant = load_assistant()
    typer.secho(
        f"Ask about the LSP reports ({assistant.store.count()} passages, {assistant.answerer_name} answerer). "
        "Type 'exit' to leave, 'clear' to start over.",
        dim=True,
    )
    history: list[tuple[str, str]] = []
    while True:
        try:
            question = input("\nyou › ").strip()
        except (EOFError, KeyboardInterrupt):
            typer.echo("")
            return
        command = question.lower().removeprefix("/")  # '/quit', '/clear' as in other chat tools
        if command in {"exit", "quit", ":q"}:
            return
        if command == "clear":
            history.clear()
            typer.secho("(conversation cleared)", dim=True)
            continue
        if not question:
            continue
        try:
            answer = _chat_turn(assistant, question, history, doc)
        except InvalidQuestion as exc:
            typer.secho(f"error: {exc}", fg="red", err=True)
            continue
        if answer is not None:
            history.append((question, answer.text))
