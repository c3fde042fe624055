"""The page's "Quiz builder" tab: topic, count and types in; checked items with answers and sources out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from .core import Assistant
from .downloads import DownloadFolder
from .quiz import FORMATS, QUESTION_TYPES, QuizRequestError, build_quiz, export

_SUFFIX = {"gift": "gift.txt", "moodle-xml": "xml", "csv": "csv", "md": "md", "json": "json"}


class QuizTab:
    """Handlers of the quiz builder tab over the assistant the app loaded."""

    def __init__(self, get_assistant: Callable[[], Assistant | None], downloads: DownloadFolder | None = None):
        self.get_assistant = get_assistant
        self.downloads = downloads or DownloadFolder("lsp-quiz-")

    def build(self, topic: str, count: float, types: list[str], seed: float, fmt: str) -> tuple[Any, ...]:
        """Preview (questions, then answer key with sources), summary, and the download in the chosen format."""
        assistant = self.get_assistant()
        hidden = gr.update(value=None, visible=False)
        if assistant is None:
            return "", "The index is still loading; try again in a moment.", hidden
        try:
            result = build_quiz(assistant, topic=topic.strip() or None, n=int(count), types=types, seed=int(seed))
            text = export(result.items, fmt, title=f"Quiz: {topic.strip() or 'the reports'}")
        except QuizRequestError as exc:
            return "", f"**Cannot build this quiz:** {exc}", hidden
        preview = export(result.items, "md", title=f"Quiz: {topic.strip() or 'the reports'}")
        path = self.downloads.write(f"quiz-{int(seed)}.{_SUFFIX[fmt]}", text)
        summary = result.summary().replace("\n", "  \n")
        return preview, summary, gr.update(value=str(path), visible=True, label=f"Download ({fmt})")


def quiz_tab(get_assistant: Callable[[], Assistant | None], downloads: DownloadFolder | None = None) -> None:
    """Render the "Quiz builder" tab inside the current Blocks; its files go in downloads (the page's folder)."""
    tab = QuizTab(get_assistant, downloads)
    with gr.Tab("Quiz builder", elem_id="lsp-quiz-tab"):
        gr.Markdown("Build a question set whose every answer is checked against the reports and cites its passage.")
        with gr.Row():
            topic = gr.Textbox(
                label="Topic (empty = whole corpus)", placeholder="e.g. scrutiny", elem_id="lsp-quiz-topic"
            )
            count = gr.Number(label="Items", value=10, minimum=1, maximum=50, precision=0, elem_id="lsp-quiz-n")
            seed = gr.Number(label="Seed", value=7, precision=0, elem_id="lsp-quiz-seed")
        with gr.Row():
            types = gr.CheckboxGroup(list(QUESTION_TYPES), value=list(QUESTION_TYPES), label="Question types")
            fmt = gr.Dropdown(list(FORMATS), value="gift", label="Download format", elem_id="lsp-quiz-format")
        go = gr.Button("Build quiz", variant="primary", elem_id="lsp-quiz-build")
        summary = gr.Markdown("", elem_id="lsp-quiz-summary")
        download = gr.DownloadButton("Download", visible=False, elem_id="lsp-quiz-download")
        preview = gr.Markdown("", elem_id="lsp-quiz-preview")
        go.click(tab.build, [topic, count, types, seed, fmt], [preview, summary, download])
