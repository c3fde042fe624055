"""Write an eval result as a Markdown report, a JSON file and a bar chart under evals/reports/."""

from __future__ import annotations

import json
from pathlib import Path

from .runner import PROJECT, EvalResult

RETRIEVAL_ROWS = [
    ("hit@1", "hit@1"),
    ("hit@3", "hit@3"),
    ("hit@5", "hit@5"),
    ("mrr", "MRR"),
    ("facts_in_context", "key facts in retrieved context"),
    ("context_chars", "mean context chars returned"),
]
ANSWER_ROWS = [
    ("all_key_facts", "all key facts in answer (share of answerable items)"),
    ("fact_recall", "per-fact recall"),
    ("evidence_cited", "evidence cited"),
    ("citation_precision", "citation precision"),
    ("refusal_rate", "refusal rate on unanswerable (want 1.0)"),
    ("false_refusal_rate", "false-refusal rate on answerable (want 0)"),
]
LATENCY_ROWS = [
    ("load_seconds", "index + model load"),
    ("search_p50", "search p50"),
    ("search_p95", "search p95"),
    ("ask_p50", "ask p50"),
    ("ask_p95", "ask p95"),
]


def fmt(value: float | int | None, chars: bool = False) -> str:
    """A metric for a table: three decimals, whole numbers for character counts, '–' when absent."""
    if value is None:
        return "–"
    if chars or isinstance(value, int):
        return f"{value:,.0f}"
    return f"{value:.3f}"


def _cell(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines + [""]


def render_markdown(result: EvalResult) -> str:
    """The report as GitHub-readable Markdown."""
    records = result.records
    answerable = sum(r.answerable for r in records)
    systems = list(result.systems)
    out = [
        f"# Evaluation on `{result.split}`, {result.date}",
        "",
        f"{len(records)} items ({answerable} answerable, {len(records) - answerable} unanswerable). "
        f"Answerer: `{result.answerer}`. Project search k = {result.k}; "
        f"embedding model `{result.settings['embedding_model']}`; {result.settings['passages']} passages indexed.",
        "",
        "## Retrieval, side by side (answerable items)",
        "",
        "A retrieved passage is a hit when its text contains the evidence quote (normalised) or it comes from the "
        "same document and its source span covers at least half of the evidence span.",
        "",
    ]
    for name in systems:
        info = result.systems[name]
        out.append(f"- **{name}**: {info['description']} (returns {info['k']})")
    out.append("")
    rows = [
        [label] + [fmt(result.retrieval[s].get(key), chars=key == "context_chars") for s in systems]
        for key, label in RETRIEVAL_ROWS
    ]
    out += _table(["metric"] + systems, rows)
    if len(systems) > 1:
        out += [
            "The peers only retrieve: they have no answerer, so the answer metrics below are the project's alone; "
            "'key facts in retrieved context' is the fair comparison of what each system would hand an answerer. "
            "A peer returning 4 passages has hit@5 = hit@4.",
            "",
        ]
    out += ["## Answers (project)", ""]
    out += _table(["metric", "value"], [[label, fmt(result.answers.get(key))] for key, label in ANSWER_ROWS])
    out += ["## Latency (seconds)", ""]
    lat = [[label, fmt(result.latency.get(key))] for key, label in LATENCY_ROWS]
    for name in systems[1:]:
        for suffix, label in (
            ("build_seconds", "index build"),
            ("search_p50", "search p50"),
            ("search_p95", "search p95"),
        ):
            lat.append([f"{name}: {label}", fmt(result.latency.get(f"{name}_{suffix}"))])
    out += _table(["measure", "seconds"], lat)
    out += ["## By question type (project)", ""]
    out += _table(
        ["type", "n", "hit@5", "all key facts", "fact recall", "refused"],
        [
            [
                kind,
                str(row["n"]),
                fmt(row["hit@5"]),
                fmt(row["all_key_facts"]),
                fmt(row["fact_recall"]),
                fmt(row["refused"]),
            ]
            for kind, row in result.by_type.items()
        ],
    )
    failures = result.failures
    out += [f"## Failures ({len(failures)})", ""]
    out += _table(
        ["id", "type", "question", "expected facts", "answer", "cited", "why"],
        [
            [
                r.id,
                r.type,
                _cell(r.question, 120),
                _cell("; ".join(r.key_facts) or "(refusal)", 100),
                _cell(r.answer, 200),
                _cell(", ".join(r.cited_labels), 80),
                _cell("; ".join(r.reasons), 160),
            ]
            for r in failures
        ],
    )
    return "\n".join(out)


def render_chart(result: EvalResult, path: Path) -> None:
    """A PNG bar chart: retrieval metrics per system, and the project's answer metrics."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    systems = list(result.systems)
    keys = [k for k, _ in RETRIEVAL_ROWS if k != "context_chars"]
    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4.8), gridspec_kw={"width_ratios": [3, 2]})
    width = 0.8 / len(systems)
    for i, name in enumerate(systems):
        values = [result.retrieval[name].get(k) or 0.0 for k in keys]
        left.bar([x + i * width for x in range(len(keys))], values, width, label=name)
    left.set_xticks([x + width * (len(systems) - 1) / 2 for x in range(len(keys))])
    left.set_xticklabels(["facts in ctx" if k == "facts_in_context" else k for k in keys])
    left.set_ylim(0, 1.05)
    left.set_title(f"Retrieval on {result.split} (answerable items)")
    left.legend(loc="lower right")
    answer_keys = [k for k, _ in ANSWER_ROWS]
    right.bar(range(len(answer_keys)), [result.answers.get(k) or 0.0 for k in answer_keys], 0.6, color="tab:blue")
    right.set_xticks(range(len(answer_keys)))
    right.set_xticklabels(["all facts", "fact recall", "ev. cited", "cite prec.", "refusal", "false ref."], rotation=20)
    right.set_ylim(0, 1.05)
    right.set_title(f"Answers ({PROJECT}, {result.answerer}); peers have no answerer")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_report(result: EvalResult, out_dir: Path) -> dict[str, Path]:
    """Write <date>-<set>.md, .json and .png into out_dir; return their paths by kind."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = out_dir / f"{result.date}-{result.split}"
    paths = {"markdown": stem.with_suffix(".md"), "json": stem.with_suffix(".json"), "chart": stem.with_suffix(".png")}
    paths["markdown"].write_text(render_markdown(result) + "\n", encoding="utf-8")
    paths["json"].write_text(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    render_chart(result, paths["chart"])
    return paths
