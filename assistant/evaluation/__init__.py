"""Evaluation: the gold set, metrics, peer baselines, the runner and the report writer."""

from .goldset import EvalItem, GoldSetError, item_from_feedback, load_split
from .runner import EvalResult, run_eval

__all__ = ["EvalItem", "EvalResult", "GoldSetError", "item_from_feedback", "load_split", "run_eval"]
