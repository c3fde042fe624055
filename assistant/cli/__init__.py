"""The `assistant` command line: one sub-command per module in this package."""

from __future__ import annotations

from .app import app, main

# Each module registers its commands on `app` when imported.
from . import corpus as _corpus  # noqa: E402,F401  isort: skip
from . import answers as _answers  # noqa: E402,F401  isort: skip
from . import quiz as _quiz  # noqa: E402,F401  isort: skip
from . import serve as _serve  # noqa: E402,F401  isort: skip
from . import evals as _evals  # noqa: E402,F401  isort: skip

__all__ = ["app", "main"]
