"""The answer's text and citations from the units chosen to quote."""

from __future__ import annotations

from itertools import groupby

from .models import Answer, Citation, Passage
from .text import ends_sentence, is_question
from .units import Pick, Unit, is_heading, runs


def compose(question: str, standalone: str, picks: list[Pick], passages: list[Passage], answerer: str) -> Answer:
    """The answer: the picks in search's order of their passages, each marked [n] with its passage's number;
    list items, table rows and captions on lines of their own, a quotation's speaker inside its citation."""
    order = sorted({p.unit.passage_index for p in picks})  # the order search ranked the passages in
    if len(order) > 1 and all(passages[i].kind == "recommendations" for i in order):
        order.sort(key=lambda i: (passages[i].doc_id, passages[i].start))  # recommendations in the report's order
    number = {idx: n for n, idx in enumerate(order, start=1)}
    picks = quotations_after(sorted(picks, key=lambda p: (number[p.unit.passage_index], p.unit.position)))
    lines: list[str] = []
    for i, p in enumerate(picks):
        marker = f" [{number[p.unit.passage_index]}]"
        text = p.unit.text.rstrip()
        apart = p.unit.cell or _caption(p.unit, passages)
        row_starts = apart and (i == 0 or picks[i - 1].unit.line != p.unit.line)
        before_apart = i > 0 and (picks[i - 1].unit.cell or _caption(picks[i - 1].unit, passages))
        row_ends = before_apart and picks[i - 1].unit.line != p.unit.line  # a row or caption is a line
        if p.unit.speaker and lines:
            quote = lines[-1].removesuffix(marker)  # the speaker goes inside the quotation's citation
            lines[-1] = f"{quote} ({text}){marker}"
        elif p.unit.list_id is not None and not p.unit.is_lead or row_starts:
            lines.append(f"{text}{marker}")
        elif (
            lines and not row_ends and not lines[-1].startswith(("•", "Source:"))
            and not lines[-1].endswith(":" + marker)
        ):  # fmt: skip
            before = picks[i - 1].unit
            broken = before.passage_index == p.unit.passage_index and before.position + 1 == p.unit.position
            if broken and not ends_sentence(before.text) and not is_heading(before.text) and not is_question(text):
                lines[-1] = lines[-1].removesuffix(marker)  # one sentence the source broke over two lines
            lines[-1] = f"{lines[-1]} {text}{marker}"
        else:
            lines.append(f"{text}{marker}")
    citations = tuple(
        Citation(
            number=number[idx],
            passage=passages[idx],
            quote=quote_of([p.unit for p in picks if p.unit.passage_index == idx]),
        )
        for idx in order
    )
    return Answer(
        question=question, text="\n".join(lines), citations=citations, standalone_question=standalone,
        answerer=answerer,
    )  # fmt: skip


def quotations_after(picks: list[Pick]) -> list[Pick]:
    """The picks (in passage order) with each whole quotation, and the line saying who said it, that comes before
    its passage's best pick, itself no quotation, moved after that passage's other picks: the answer leads with
    what answers ('£500,000 was redirected in 2008/09.'), and a quotation, which says who said it, reads as well
    after."""
    out: list[Pick] = []
    for _, group in groupby(picks, key=lambda p: p.unit.passage_index):
        run = list(group)
        best = max(run, key=lambda p: p.score)
        if best.unit.said_by is not None or best.unit.speaker:
            out.extend(run)
            continue
        spoken = {p.unit.line for p in run if p.unit.speaker and p.unit.position < best.unit.position}
        moved = [p for p in run if p.unit.said_by in spoken or p.unit.speaker and p.unit.line in spoken]
        out.extend([p for p in run if p not in moved] + moved)
    return out


def quote_of(units: list[Unit]) -> str:
    """The quoted text of one passage: its units in order, with ' … ' where the quote skips part of it."""
    return " … ".join(" ".join(u.text.strip() for u in run) for run in runs(units))


def _caption(unit: Unit, passages: list[Passage]) -> bool:
    """A caption of a figure (a line under its label that is no sentence, 'Steering Enabling'): it stands on its own
    line of the answer, never joined to the next."""
    return passages[unit.passage_index].kind == "figure" and unit.line > 0 and not ends_sentence(unit.text)
