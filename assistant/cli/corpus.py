"""Commands that build and query the index: ingest, search, documents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..ingest import ingest
from .app import app, friendly, load_assistant, print_json, settings


@app.command("ingest")
@friendly
def ingest_cmd(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to ingest (default: corpus/).")] = None,
    rebuild: Annotated[bool, typer.Option(help="Drop the index and re-embed everything.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Bring the index in step with the reports: add new, replace changed, remove deleted."""
    report = ingest(
        settings(),
        paths or None,
        rebuild=rebuild,
        progress=not quiet,
        log=lambda m: typer.secho(m, fg="yellow", err=True),
    )
    typer.echo(report.summary())


@app.command("search")
@friendly
def search_cmd(
    question: Annotated[str, typer.Argument(help="What to look for.")],
    k: Annotated[int, typer.Option("--k", "-k", min=1, max=50, help="How many passages.")] = 5,
    doc: Annotated[str | None, typer.Option(help="Only this doc_id.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show the passages that best match a question."""
    passages = load_assistant().search(question, k=k, doc_id=doc)
    if as_json:
        print_json([p.model_dump() for p in passages])
        return
    for rank, p in enumerate(passages, start=1):
        typer.secho(f"{rank}. {p.citation_label}  ·  {p.section or p.title}  (score {p.score:.4f})", bold=True)
        typer.echo(f"   {p.text[:400]}{'…' if len(p.text) > 400 else ''}\n")


@app.command("documents")
@friendly
def documents_cmd(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List the indexed documents."""
    docs = load_assistant().documents()
    if as_json:
        print_json([d.__dict__ for d in docs])
        return
    for d in docs:
        typer.echo(f"{d.doc_id:24} {d.year or '':5} {d.passages:4} passages  {d.title}")
