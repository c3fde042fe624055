"""Prompt templates loaded from the prompts/ folder, and the fixed refusal sentence."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# The one sentence both answerers use when the reports do not support an answer.
CANNOT_ANSWER = "The reports do not cover this question."

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


@lru_cache(maxsize=16)
def load_prompt(name: str) -> str:
    """Text of prompts/<name>.txt; the packaged copy is used when the repo folder is absent."""
    for folder in (PROMPTS_DIR, Path(__file__).resolve().parent / "prompt_files"):
        path = folder / f"{name}.txt"
        if path.exists():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"Prompt template {name!r} not found in {PROMPTS_DIR}.")
