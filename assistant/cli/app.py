"""The Typer application and the helpers every command shares (settings, errors, JSON output)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import typer

from ..core import Assistant, InvalidQuestion
from ..embeddings import EmbeddingError
from ..loaders import DocumentError
from ..settings import Settings
from ..store import IndexUnavailable
from ..thesaurus import ThesaurusError

app = typer.Typer(
    name="assistant",
    help="Ask the Audit Commission's 2009 LSP study (and the 2010 summary paper) questions, with citations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable[..., Any])
USER_ERRORS = (IndexUnavailable, EmbeddingError, DocumentError, InvalidQuestion, ThesaurusError, FileNotFoundError)


def friendly(func: F) -> F:
    """Turn the errors a user can fix into one clear line on stderr and exit status 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except USER_ERRORS as exc:
            typer.secho(f"error: {exc}", fg="red", err=True)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            typer.secho("interrupted; nothing half-written was kept.", fg="yellow", err=True)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def settings() -> Settings:
    """Settings from the environment (LSP_* variables)."""
    return Settings()


def load_assistant() -> Assistant:
    """The assistant over the configured index."""
    return Assistant.load(settings())


def print_json(data: Any) -> None:
    """Write data as indented UTF-8 JSON to stdout."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def main() -> None:
    """Entry point of the `assistant` console script."""
    app()
