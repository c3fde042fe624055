"""The officers' chat page (Gradio), mounted at / on the API's FastAPI app."""

from __future__ import annotations

import html
import logging
import secrets
from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr
from fastapi import FastAPI

from .core import Assistant, InvalidQuestion
from .downloads import DownloadFolder
from .feedback import FeedbackStore, citation_dicts, settings_summary
from .models import Answer
from .settings import Settings
from .web_format import EXAMPLE_QUESTIONS, PAGE_CSS, answer_html, conversation_markdown, documents_html
from .web_quiz import quiz_tab

ALL_DOCUMENTS = "All documents"
FAILED = "Something went wrong while answering; the error is in the server log. Please try again."
log = logging.getLogger(__name__)
LOADING = "The index is still loading; try again in a few seconds."

Messages = list[dict[str, Any]]
Turns = list[dict[str, Any]]


def answer_record(answer: Answer, doc_id: str | None) -> dict[str, Any]:
    """A finished turn as plain data kept in the page's state."""
    return {
        "question": answer.question,
        "doc_id": doc_id,
        "answer": {
            "question": answer.question,
            "standalone_question": answer.standalone_question,
            "text": answer.text,
            "refused": answer.refused,
            "answerer": answer.answerer,
            "citations": citation_dicts(answer.citations),
        },
    }


class ChatPage:
    """Event handlers of the page, over the assistant the app loaded at start-up."""

    def __init__(self, get_assistant: Callable[[], Assistant | None], settings: Settings, feedback: FeedbackStore):
        self.get_assistant = get_assistant
        self.settings = settings
        self.feedback = feedback
        self.downloads = DownloadFolder("lsp-downloads-")  # the conversation and quiz files offered to download

    def _doc(self, choice: str | None) -> str | None:
        return None if not choice or choice == ALL_DOCUMENTS else choice

    def respond(self, question: str, messages: Messages, turns: Turns, doc_choice: str) -> Iterator[tuple[Any, ...]]:
        """Stream an answer into the chat; follow-ups carry the conversation so far."""
        messages = list(messages or [])
        turns = list(turns or [])
        assistant = self.get_assistant()
        if not question or not question.strip():
            yield messages, turns, gr.update(), ""
            return
        messages.append({"role": "user", "content": question})
        if assistant is None:
            messages.append({"role": "assistant", "content": LOADING})
            yield messages, turns, gr.update(), question
            return
        doc_id = self._doc(doc_choice)
        history = [(t["question"], t["answer"]["text"]) for t in turns][-self.settings.server.max_history_turns :]
        messages.append({"role": "assistant", "content": "…"})
        yield messages, turns, gr.update(), ""
        partial = ""
        try:
            for piece in assistant.ask_stream(question, history, doc_id):
                if isinstance(piece, Answer):
                    turns.append(answer_record(piece, doc_id))
                    messages[-1] = {"role": "assistant", "content": answer_html(turns[-1]["answer"])}
                    yield messages, turns, self.export(turns), ""
                    return
                partial += piece
                messages[-1] = {"role": "assistant", "content": partial}
                yield messages, turns, gr.update(), ""
        except InvalidQuestion as exc:
            messages[-1] = {"role": "assistant", "content": f'<div class="lsp-refusal">{html.escape(str(exc))}</div>'}
            yield messages, turns, gr.update(), question
        except Exception:
            log.exception("answering in the page failed")
            messages[-1] = {"role": "assistant", "content": f'<div class="lsp-refusal">{FAILED}</div>'}
            yield messages, turns, gr.update(), question

    def export(self, turns: Turns) -> Any:
        """The conversation written as a Markdown file for the download button."""
        if not turns:
            return gr.update(value=None, visible=False)
        answerer = turns[-1]["answer"]["answerer"]
        path = self.downloads.write(
            f"lsp-conversation-{secrets.token_hex(4)}.md", conversation_markdown(turns, answerer)
        )
        return gr.update(value=str(path), visible=True)

    def rate(self, turns: Turns, like: gr.LikeData) -> tuple[Any, ...]:
        """Store a thumbs up or down on the answer that was rated; offer a comment box."""
        index = like.index[0] if isinstance(like.index, (list, tuple)) else like.index
        turn_index = int(index) // 2
        if turn_index >= len(turns):
            return (
                None,
                gr.update(visible=False),
                gr.update(visible=False),
                "That answer is still being written; rate it when it is done.",
            )
        turn = turns[turn_index]
        rating = "up" if like.liked is True or like.liked == "Like" else "down"
        answer = turn["answer"]
        fid = self.feedback.record(
            rating=rating,
            question=turn["question"],
            answer=answer["text"],
            citations=answer["citations"],
            refused=answer["refused"],
            doc_id=turn["doc_id"],
            answerer=answer["answerer"],
            settings=settings_summary(self.settings, answer["answerer"]),
            source="web",
        )
        thanks = "Thanks — marked helpful." if rating == "up" else "Thanks — marked not helpful."
        return (
            fid,
            gr.update(visible=True, value=""),
            gr.update(visible=True),
            f"{thanks} Add a comment below if you like.",
        )

    def save_comment(self, fid: int | None, comment: str) -> tuple[Any, ...]:
        """Attach the comment to the last rating."""
        if fid is None or not comment.strip():
            return gr.update(), gr.update(), "Write a comment first, after rating an answer."
        self.feedback.set_comment(int(fid), comment)
        return gr.update(visible=False, value=""), gr.update(visible=False), "Comment saved. Thank you."

    def on_load(self) -> tuple[Any, ...]:
        """Fill the document filter and the documents panel once the page opens."""
        assistant = self.get_assistant()
        if assistant is None:
            return gr.update(choices=[ALL_DOCUMENTS], value=ALL_DOCUMENTS), f"<p>{LOADING}</p>"
        docs = assistant.documents()
        choices = [(ALL_DOCUMENTS, ALL_DOCUMENTS)] + [
            (f"{d.title} ({d.year})" if d.year else d.title, d.doc_id) for d in docs
        ]
        return gr.update(choices=choices, value=ALL_DOCUMENTS), documents_html(docs, assistant.answerer_name)


def build_page(page: ChatPage) -> gr.Blocks:
    """The Gradio Blocks of the chat page."""
    with gr.Blocks(title="LSP reports assistant", fill_width=False) as blocks:
        turns = gr.State([])
        feedback_id = gr.State(None)
        gr.Markdown(
            "# LSP reports assistant\nAsk about the Audit Commission's 2009 study of local strategic partnerships. "
            "Every answer cites the reports — open a numbered source to read the passage. "
            "Developers: [REST API reference](/docs).",
            elem_id="lsp-header",
        )
        with gr.Tabs(elem_id="lsp-tabs"):
            with gr.Tab("Ask the reports", elem_id="lsp-chat-tab"), gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=320):
                    chatbot = gr.Chatbot(
                        label="Conversation",
                        show_label=False,
                        elem_id="lsp-chat",
                        height="62vh",
                        min_height=360,
                        examples=[{"text": q} for q in EXAMPLE_QUESTIONS],
                        placeholder="**Ask a question about the reports**, or pick an example below.",
                        feedback_options=("Like", "Dislike"),
                        buttons=["copy"],
                        sanitize_html=True,
                        layout="bubble",
                    )
                    with gr.Row():
                        question = gr.Textbox(
                            placeholder="Type a question…",
                            show_label=False,
                            scale=5,
                            min_width=200,
                            elem_id="lsp-question",
                            submit_btn=False,
                            max_lines=4,
                        )
                        send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="lsp-ask")
                    with gr.Row():
                        doc = gr.Dropdown(
                            choices=[ALL_DOCUMENTS],
                            value=ALL_DOCUMENTS,
                            label="Search in",
                            scale=3,
                            min_width=200,
                            elem_id="lsp-doc",
                        )
                        clear = gr.Button("Clear", size="md", scale=1, min_width=140, elem_id="lsp-clear")
                        download = gr.DownloadButton(
                            "Export (.md)", size="md", visible=False, scale=1, min_width=140, elem_id="lsp-export"
                        )
                    status = gr.Markdown("", elem_id="lsp-status")
                    comment = gr.Textbox(
                        label="Comment on your rating (optional)", visible=False, lines=2, elem_id="lsp-comment"
                    )
                    save = gr.Button("Save comment", size="sm", visible=False, elem_id="lsp-save-comment")
                with (
                    gr.Column(scale=1, min_width=260),
                    gr.Accordion("Indexed documents", open=True, elem_id="lsp-docs"),
                ):
                    docs_panel = gr.HTML("<p>Loading…</p>")
            quiz_tab(page.get_assistant, page.downloads)

        outputs = [chatbot, turns, download, question]
        inputs = [question, chatbot, turns, doc]
        send.click(page.respond, inputs, outputs)
        question.submit(page.respond, inputs, outputs)
        chatbot.example_select(_example_text, None, question).then(page.respond, inputs, outputs)
        clear.click(
            lambda: ([], [], gr.update(value=None, visible=False), ""), None, [chatbot, turns, download, status]
        )
        chatbot.like(page.rate, [turns], [feedback_id, comment, save, status])
        save.click(page.save_comment, [feedback_id, comment], [comment, save, status])
        blocks.load(page.on_load, None, [doc, docs_panel])
    return blocks


def _example_text(evt: gr.SelectData) -> str:
    """The text of the example question that was clicked."""
    value = evt.value
    return str(value.get("text", "")) if isinstance(value, dict) else str(value)


def mount_page(app: FastAPI) -> FastAPI:
    """Mount the chat page at / on the app (behind a login with the API keys when keys are configured)."""
    settings: Settings = app.state.settings
    page = ChatPage(lambda: app.state.assistant, settings, app.state.feedback)
    app.state.downloads = page.downloads  # removed when the app shuts down (uvicorn ends on the signal, not at exit)
    keys = [k.get_secret_value() for k in settings.server.api_keys]

    def login(username: str, password: str) -> bool:
        return any(secrets.compare_digest(password.encode(), k.encode()) for k in keys)

    return gr.mount_gradio_app(
        app,
        build_page(page),
        path="/",
        auth=login if keys else None,
        auth_message="Sign in with any name and one of the service's API keys as the password." if keys else None,
        css=PAGE_CSS,
        theme=gr.themes.Soft(),
        footer_links=["api"],
        ssr_mode=False,
        server_name=settings.server.host,
        server_port=settings.server.port,
    )
