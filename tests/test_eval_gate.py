"""Regression gate: the project's dev-split metrics must not fall below evals/thresholds.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.evaluation import load_split, run_eval
from assistant.evaluation.report import fmt

THRESHOLDS = Path(__file__).resolve().parent.parent / "evals" / "thresholds.json"


@pytest.mark.slow
def test_dev_metrics_meet_the_thresholds(assistant: Assistant) -> None:
    gate = json.loads(THRESHOLDS.read_text(encoding="utf-8"))
    result = run_eval(
        assistant, load_split(gate["split"]), split=gate["split"], k=gate["k"], peers=False, progress=False
    )
    measured = result.metrics()
    broken = [
        f"{name} = {fmt(measured[name])} < minimum {floor}"
        for name, floor in gate["minimum"].items()
        if (measured[name] or 0.0) < floor
    ]
    broken += [
        f"{name} = {fmt(measured[name])} > maximum {ceiling}"
        for name, ceiling in gate["maximum"].items()
        if (measured[name] or 0.0) > ceiling
    ]
    if broken:
        failures = "\n".join(f"  {r.id} ({r.type}): {'; '.join(r.reasons)}" for r in result.failures)
        measured_line = ", ".join(f"{k}={fmt(v)}" for k, v in measured.items())
        pytest.fail(
            "Dev metrics fell below evals/thresholds.json:\n  "
            + "\n  ".join(broken)
            + f"\nMeasured: {measured_line}\nFailed items:\n{failures}"
        )
