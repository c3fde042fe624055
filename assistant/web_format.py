"""Pure formatting for the chat page: answers with openable sources as HTML, conversations as Markdown."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from typing import Any

from .citations import MARKER
from .models import read_as
from .store import DocumentRecord
from .text import snippet

EXAMPLE_QUESTIONS = (
    "What are the three layers of joint working?",
    "How many LSPs did the survey cover?",
    "What did Warwickshire's board redirect in 2008/09?",
    "What is LIFT?",
)


def highlight(text: str, quote: str) -> str:
    """The passage as HTML with the quoted text wrapped in <mark>: each run of the quote (runs are joined by ' … ')
    marked whole where the passage holds it, across line breaks too, so a table row is marked from its first cell
    to its last; a run the passage does not hold word for word is marked sentence by sentence."""
    escaped = html.escape(text)
    for run in (r.strip() for r in quote.split(" … ")):
        words = html.escape(run).split()
        found = re.search(r"\s+".join(re.escape(w) for w in words), escaped) if words else None
        if found and "<mark>" not in escaped[found.start() : found.end()]:
            inner = re.sub(r"\n+", "</mark>\n<mark>", found.group(0))  # a mark per line: no mark spans a <br>
            escaped = f"{escaped[: found.start()]}<mark>{inner}</mark>{escaped[found.end() :]}"
            continue
        parts = [s.strip() for s in re.split(r"(?<=[.;:!?])\s+|\n+", run) if len(s.strip()) > 3]
        for part in sorted(set(parts), key=len, reverse=True):
            needle = html.escape(part)
            if needle in escaped and f"<mark>{needle}" not in escaped:
                escaped = escaped.replace(needle, f"<mark>{needle}</mark>", 1)
    return escaped.replace("\n", "<br>")


def locator(passage: dict[str, Any]) -> str:
    """Where a passage sits: label (or paragraph numbers), then page."""
    label = passage.get("label") or ""
    paragraphs = passage.get("paragraphs") or []
    if not label and paragraphs:
        label = f"Paragraph {paragraphs[0]}" if len(paragraphs) == 1 else f"Paragraphs {paragraphs[0]}–{paragraphs[-1]}"
    page = passage.get("page")
    return f"{label}, p. {page}" if page and label else (label or (f"p. {page}" if page else "passage"))


def source_html(citation: dict[str, Any], quoted: bool = False) -> str:
    """One numbered source the reader can open: title, section, paragraph label, page, the passage, quote marked;
    with quoted, the closed line also opens the quote, to tell apart sources with the same label."""
    p = citation["passage"]
    meta = [f"<b>{html.escape(p.get('title', ''))}</b>"]
    if p.get("section"):
        meta.append(html.escape(p["section"]))
    meta.append(html.escape(locator(p)))
    if p.get("note_to"):  # a footnote: the sentence or heading its marker hangs from
        meta.append(f"note to “{html.escape(snippet(p['note_to']))}”")
    where = locator(p) + (f" — “{snippet(citation.get('quote', ''))}”" if quoted and citation.get("quote") else "")
    return (
        f'<details class="lsp-source"><summary><span class="lsp-num">{citation["number"]}</span> '
        f"{html.escape(where)} · {html.escape(p.get('title', ''))}</summary>"
        f'<div class="lsp-meta">{" · ".join(meta)}</div>'
        f'<div class="lsp-passage">{highlight(p.get("text", ""), citation.get("quote", ""))}</div></details>'
    )


def marked_text(text: str) -> str:
    """Answer text, HTML-escaped, with each [n] marker shown as a numbered badge."""
    escaped = html.escape(text).replace("\n", "<br>")
    return MARKER.sub(
        lambda m: "".join(f'<sup class="lsp-ref">[{n.strip()}]</sup>' for n in m.group(1).split(",")), escaped
    )


def answer_html(answer: dict[str, Any]) -> str:
    """A finished answer for the chat: refusals in their own style, answers followed by their sources."""
    reworded = read_as(answer.get("question", ""), answer.get("standalone_question", ""))
    shown = f'<div class="lsp-readas">Read as: {html.escape(reworded)}</div>' if reworded else ""
    if answer.get("refused"):
        return f'{shown}<div class="lsp-refusal"><b>Not in the reports.</b> {html.escape(answer["text"])}</div>'
    citations = answer.get("citations", [])
    places = [locator(c["passage"]) for c in citations]  # 'Summary' five times: each line opens its quote
    sources = "".join(
        source_html(c, quoted=places.count(where) > 1) for c, where in zip(citations, places, strict=True)
    )
    block = f'<div class="lsp-sources"><div class="lsp-sources-title">Sources</div>{sources}</div>' if sources else ""
    return f'{shown}<div class="lsp-answer">{marked_text(answer["text"])}</div>{block}'


def documents_html(documents: list[DocumentRecord], answerer: str) -> str:
    """The indexed documents as a small table, with the active answerer."""
    rows = "".join(
        f"<tr><td>{html.escape(d.title)}</td><td>{d.year or ''}</td><td>{d.passages}</td></tr>" for d in documents
    )
    return (
        f'<div class="lsp-docs"><table><thead><tr><th>Document</th><th>Year</th><th>Passages</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        f'<p class="lsp-answerer">Answerer: <code>{html.escape(answerer)}</code></p></div>'
    )


def conversation_markdown(turns: list[dict[str, Any]], answerer: str, now: datetime | None = None) -> str:
    """The conversation as Markdown: each question, its answer, and its numbered sources with quotes."""
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    lines = ["# Conversation with the LSP reports assistant", "", f"_Exported {stamp}; answerer: {answerer}._", ""]
    for number, turn in enumerate(turns, start=1):
        answer = turn["answer"]
        lines += [f"## {number}. {turn['question']}", ""]
        if turn.get("doc_id"):
            lines += [f"_Limited to document `{turn['doc_id']}`._", ""]
        if reworded := read_as(turn["question"], answer.get("standalone_question", "")):
            lines += [f"_Read as: {reworded}_", ""]
        lines += [("> " if answer.get("refused") else "") + answer["text"], ""]
        if answer.get("citations"):
            lines += ["**Sources**", ""]
            for c in answer["citations"]:
                p = c["passage"]
                where = " — ".join(x for x in (p.get("title", ""), p.get("section", ""), locator(p)) if x)
                lines.append(f"{c['number']}. {where}")
                if c.get("quote"):
                    lines.append(f"   > {c['quote']}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


PAGE_CSS = """
.gradio-container { max-width: 1180px !important; margin: 0 auto !important; }
#lsp-header h1 { margin-bottom: 0.1em; }
#lsp-header p { margin-top: 0; color: var(--body-text-color-subdued); }
.lsp-ref { color: var(--color-accent); font-weight: 600; }
.lsp-sources { margin-top: 0.6em; border-top: 1px solid var(--border-color-primary); padding-top: 0.4em; }
.lsp-sources-title { font-size: 0.85em; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--body-text-color-subdued); margin-bottom: 0.2em; }
.lsp-source { margin: 0.25em 0; border: 1px solid var(--border-color-primary); border-radius: 6px;
  padding: 0.25em 0.5em; }
.lsp-docs table, .lsp-docs td, .lsp-docs th { border: none !important; }
.lsp-docs tr + tr td, .lsp-docs tbody tr td { border-top: 1px solid var(--border-color-primary) !important; }
.lsp-source summary { cursor: pointer; font-size: 0.92em; }
.lsp-num { display: inline-block; min-width: 1.4em; text-align: center; border-radius: 999px; font-weight: 700;
  background: var(--color-accent); color: white; font-size: 0.85em; margin-right: 0.3em; }
.lsp-meta { font-size: 0.85em; color: var(--body-text-color-subdued); margin: 0.3em 0; }
.lsp-passage { font-size: 0.92em; line-height: 1.45; }
.lsp-passage mark { background: #fde68a; color: inherit; padding: 0 0.1em; }
.lsp-refusal { border-left: 4px solid #d97706; background: rgba(217, 119, 6, 0.08); padding: 0.5em 0.75em;
  border-radius: 4px; font-style: italic; }
.lsp-docs table { width: 100%; font-size: 0.88em; }
.lsp-docs td, .lsp-docs th { padding: 0.2em 0.35em; vertical-align: top; }
.lsp-answerer { font-size: 0.88em; margin-top: 0.5em; }
.lsp-readas { font-size: 0.85em; color: var(--body-text-color-subdued); font-style: italic; margin-bottom: 0.3em; }
@media (max-width: 640px) {
  .gradio-container { padding: 0 6px !important; }
  #lsp-header h1 { font-size: 1.3em; }
}
"""
