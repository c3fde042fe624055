"""Commands that serve the page and API, and export the feedback it collects."""

from __future__ import annotations

import contextlib
import threading
import time
import webbrowser
from pathlib import Path
from typing import Annotated

import typer

from ..feedback import FeedbackStore
from .app import app, friendly, settings

feedback_app = typer.Typer(help="Work with the ratings collected on answers.", no_args_is_help=True)
app.add_typer(feedback_app, name="feedback")


def _open_when_ready(url: str, server: object, timeout: float = 300.0) -> None:
    """Open the page in a browser once the server has started (does nothing where no browser exists)."""
    deadline = time.monotonic() + timeout
    while not getattr(server, "started", False):
        if time.monotonic() > deadline:
            return
        time.sleep(0.2)
    with contextlib.suppress(webbrowser.Error):
        webbrowser.open(url)


@app.command("serve")
@friendly
def serve_cmd(
    host: Annotated[str | None, typer.Option(help="Address to bind (default from settings: 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default from settings: 7860).")] = None,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in a browser once it is ready.")] = False,
) -> None:
    """Serve the chat page at / and the REST API at /v1 (OpenAPI at /docs) from one process."""
    import uvicorn

    from ..api import create_app
    from ..core import Assistant

    config = settings()
    config.server.host = host or config.server.host
    config.server.port = port or config.server.port
    url = f"http://{config.server.host}:{config.server.port}/"
    typer.secho(f"Loading the index and model; the page will be at {url} (API docs at {url}docs).", err=True)
    assistant = Assistant.load(config)  # before binding, so a missing index is one clear error line
    server = uvicorn.Server(
        uvicorn.Config(create_app(config, assistant), host=config.server.host, port=config.server.port)
    )
    if open_browser:
        threading.Thread(target=_open_when_ready, args=(url, server), daemon=True).start()
    server.run()


@feedback_app.command("export")
@friendly
def feedback_export_cmd(
    out: Annotated[Path | None, typer.Option("--out", help="Write JSON Lines here instead of stdout.")] = None,
) -> None:
    """Write every rating as a candidate eval item (JSON Lines) for a person to confirm into the gold set."""
    store = FeedbackStore.from_settings(settings())
    text = store.export(out)
    if out is None:
        typer.echo(text, nl=False)
    else:
        typer.secho(f"Wrote {len(text.splitlines())} items to {out}.", err=True)


@feedback_app.command("list")
@friendly
def feedback_list_cmd() -> None:
    """Show the stored ratings, newest last."""
    for row in FeedbackStore.from_settings(settings()).rows():
        typer.echo(
            f"{row['id']:4} {row['created_at'][:19]} {row['rating']:4} {row['question'][:70]}  {row['comment'][:40]}"
        )
