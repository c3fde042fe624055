"""Tables whose columns the text extraction lost, set out again row by row from the extracted words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .text import normalize_for_match
from .tokens import tokenize

_SEGMENT_BREAK = re.compile(r"\s*\|\s*|;\s+|\n")


class TableFileError(ValueError):
    """A restorations file that cannot be read; the message says where and why."""


@dataclass(frozen=True)
class RestoredTable:
    """One table as it reads in the published report: heading lines, then rows of cells or lists under lead-ins,
    then closing lines (its source)."""

    label: str
    heading: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    lists: tuple[tuple[str, tuple[str, ...]], ...] = ()
    footer: tuple[str, ...] = ()


def render(table: RestoredTable) -> str:
    """The table's text: its label, heading lines, one line per row with each cell after its column's name
    ('LSP chair: Council officer | Positive interpretation: Strong commitment…'), or each list under its lead-in."""
    lines = [table.label, *table.heading]
    for row in table.rows:
        cells = [f"{name}: {cell}" if name else cell for name, cell in zip(table.columns, row, strict=True)]
        lines.append(" | ".join(cells))
    for lead_in, items in table.lists:
        lines.append(lead_in)
        lines.extend(f"• {item}" for item in items)
    lines.extend(table.footer)
    return "\n".join(lines)


def segments(rendered: str) -> list[str]:
    """The phrases a rendering is built from: each cell, column name, list item and line, without bullets."""
    out: list[str] = []
    for piece in _SEGMENT_BREAK.split(rendered):
        piece = piece.strip().lstrip("•").strip()
        # 'Column name: cell' is two phrases; a lead-in ending in ':' stays whole.
        out.extend(part.strip() for part in re.split(r":\s+", piece) if part.strip())
    return out


def problems(extracted: str, table: RestoredTable) -> list[str]:
    """Why a restoration may not replace the extracted text of its table: a phrase the extracted text does not
    hold (nothing may be added) or a word of the extracted text the restoration leaves out (nothing may be lost)."""
    found = normalize_for_match(extracted)
    rendered = render(table)
    missing = [s for s in segments(rendered) if normalize_for_match(s) not in found]
    out = [f"{table.label}: '{s}' is not in the extracted table" for s in missing]
    dropped = sorted(set(tokenize(extracted)) - set(tokenize(rendered)))
    if dropped:
        out.append(f"{table.label}: the restoration leaves out {', '.join(dropped[:8])}")
    return out


def restore(label: str, extracted: str, tables: dict[str, RestoredTable]) -> tuple[str, list[str]]:
    """The text to index for a table: its restoration when there is one that passes the checks, else the
    extracted text; with the reasons a restoration was not used."""
    table = tables.get(label)
    if table is None:
        return extracted, []
    found = problems(extracted, table)
    return (extracted, found) if found else (render(table), [])


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise TableFileError(f"{where}: expected a list of text values.")
    return tuple(str(v).strip() for v in value)


def _table(label: str, spec: object, where: str) -> RestoredTable:
    if not isinstance(spec, dict):
        raise TableFileError(f"{where}: expected a mapping with 'columns' and 'rows', or 'lists'.")
    unknown = set(spec) - {"heading", "columns", "rows", "lists", "footer"}
    if unknown:
        raise TableFileError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}.")
    columns = _strings(spec.get("columns", []), f"{where}.columns")
    rows = tuple(_strings(r, f"{where}.rows[{i}]") for i, r in enumerate(spec.get("rows") or []))
    for i, row in enumerate(rows):
        if len(row) != len(columns):
            raise TableFileError(f"{where}.rows[{i}]: {len(row)} cells for {len(columns)} columns.")
    lists_spec = spec.get("lists") or {}
    if not isinstance(lists_spec, dict):
        raise TableFileError(f"{where}.lists: expected a mapping of lead-in to items.")
    lists = tuple((str(k), _strings(v, f"{where}.lists[{k!r}]")) for k, v in lists_spec.items())
    if not rows and not lists:
        raise TableFileError(f"{where}: give 'rows' (with 'columns') or 'lists'.")
    return RestoredTable(
        label=label,
        heading=_strings(spec.get("heading", []), f"{where}.heading"),
        columns=columns,
        rows=rows,
        lists=lists,
        footer=_strings(spec.get("footer", []), f"{where}.footer"),
    )


def read_tables(path: Path) -> dict[str, RestoredTable]:
    """The restorations in a YAML file, keyed by table label ('Table 3')."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise TableFileError(f"{path}: cannot read the table restorations ({exc}).") from exc
    if not isinstance(data, dict):
        raise TableFileError(f"{path}: expected a mapping of table labels ('Table 3') to tables.")
    return {str(label): _table(str(label), spec, f"{path}: {label}") for label, spec in data.items()}
