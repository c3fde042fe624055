"""The eval command: score the assistant (and the peers) on a gold split and write a report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..evaluation.goldset import GoldSetError, load_split, split_name
from ..evaluation.report import ANSWER_ROWS, RETRIEVAL_ROWS, fmt, write_report
from ..evaluation.runner import run_eval
from .app import app, friendly, load_assistant


@app.command("eval")
@friendly
def eval_cmd(
    split: Annotated[str, typer.Option("--set", help="dev, test, or a path to a .jsonl file of items.")] = "dev",
    k: Annotated[int, typer.Option("--k", min=1, max=50, help="Passages the project's search returns.")] = 5,
    peers: Annotated[bool, typer.Option("--peers/--no-peers", help="Also score the LangChain and BM25 peers.")] = True,
    out: Annotated[Path, typer.Option("--out", help="Folder for the report files.")] = Path("evals/reports"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    """Score retrieval, answers, citations and refusals on a gold split, side by side with the peers."""
    try:
        items = load_split(split)
    except GoldSetError as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        raise typer.Exit(2) from None
    result = run_eval(load_assistant(), items, split=split_name(split), k=k, peers=peers, progress=not quiet)
    systems = list(result.systems)
    typer.echo(f"{'retrieval':32}" + "".join(f"{s:>18}" for s in systems))
    for key, label in RETRIEVAL_ROWS:
        values = [fmt(result.retrieval[s].get(key), chars=key == "context_chars") for s in systems]
        typer.echo(f"{label[:32]:32}" + "".join(f"{v:>18}" for v in values))
    typer.echo(f"\nanswers ({result.answerer})")
    for key, label in ANSWER_ROWS:
        typer.echo(f"{label[:50]:50}{fmt(result.answers.get(key)):>10}")
    lat = result.latency
    typer.echo(
        f"\nlatency: search p50 {fmt(lat['search_p50'])} s, p95 {fmt(lat['search_p95'])} s; "
        f"ask p50 {fmt(lat['ask_p50'])} s, p95 {fmt(lat['ask_p95'])} s; load {fmt(lat['load_seconds'])} s"
    )
    typer.echo(f"{len(result.failures)} of {len(result.records)} items failed.\n")
    for kind, path in write_report(result, out).items():
        typer.echo(f"{kind:9} {path}")
