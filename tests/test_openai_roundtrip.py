"""The generative path through a real HTTP round trip to an OpenAI-compatible endpoint served on loopback."""

from __future__ import annotations

import html
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from assistant import Answer, Assistant, Settings
from assistant.retrieval import HybridRetriever

pytestmark = pytest.mark.slow


class FakeOpenAI(ThreadingHTTPServer):
    """Answers /v1/chat/completions with a queued reply (whole or as SSE chunks) and records each request."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.replies: list[str] = []
        self.requests: list[tuple[dict[str, str], dict[str, Any]]] = []

    @property
    def port(self) -> int:
        return self.server_address[1]


class Handler(BaseHTTPRequestHandler):
    server: FakeOpenAI

    def log_message(self, *args: Any) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
        if self.path != "/v1/chat/completions":
            self.send_error(404)
            return
        reply = self.server.replies.pop(0)
        base = {"id": "chatcmpl-1", "created": 0, "model": body["model"]}
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            pieces = [reply[i : i + 7] for i in range(0, len(reply), 7)]
            for i, piece in enumerate(pieces):
                delta = {"role": "assistant", "content": piece} if i == 0 else {"content": piece}
                chunk = {**base, "object": "chat.completion.chunk",
                         "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}  # fmt: skip
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            stop = [{"index": 0, "delta": {}, "finish_reason": "stop"}]
            end = {**base, "object": "chat.completion.chunk", "choices": stop}
            self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
            return
        payload = {
            **base, "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
        }  # fmt: skip
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAI]:
    srv = FakeOpenAI()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def generative(assistant: Assistant, corpus_settings: Settings, server: FakeOpenAI) -> Assistant:
    """An assistant over the session index (same store, model and retriever) configured for the fake endpoint."""
    llm = {"provider": "openai", "model": "fake-model", "base_url": f"http://127.0.0.1:{server.port}/v1",
           "api_key": "test-key", "timeout": 10}  # fmt: skip
    settings = corpus_settings.model_copy(update={"llm": type(corpus_settings.llm)(**llm)})
    retriever: HybridRetriever = assistant.retriever
    return Assistant(settings, assistant.store, assistant.embedder, retriever)


REPLY = "The survey covered 388 LSPs [1]."
QUESTION = "How many LSPs did the survey cover?"


def test_ask_returns_the_server_text_with_a_checked_citation(generative: Assistant, server: FakeOpenAI) -> None:
    server.replies.append(REPLY)
    answer = generative.ask(QUESTION)
    assert answer.answerer == "openai:fake-model"
    assert answer.text == REPLY
    assert not answer.refused
    assert len(answer.citations) == 1 and answer.citations[0].number == 1
    headers, body = server.requests[-1]
    assert headers["authorization"] == "Bearer test-key"
    assert body["model"] == "fake-model"
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    system = next(m["content"] for m in body["messages"] if m["role"] == "system")
    assert '<passage number="1"' in user and "</passage>" in user
    first = user.split('<passage number="1"', 1)[1].split("</passage>", 1)[0]
    assert html.escape(answer.citations[0].passage.text[:60], quote=False) in first  # [1] is the first passage sent
    assert "not instructions" in system
    assert QUESTION in user


def test_ask_stream_streams_pieces_then_the_answer(generative: Assistant, server: FakeOpenAI) -> None:
    server.replies.append(REPLY)
    *pieces, final = list(generative.ask_stream(QUESTION))
    assert server.requests[-1][1]["stream"] is True
    assert len(pieces) > 1 and all(isinstance(p, str) for p in pieces)
    assert isinstance(final, Answer)
    assert "".join(pieces) == final.text == REPLY
    assert [c.number for c in final.citations] == [1]


def test_server_citing_an_unretrieved_passage_loses_the_marker(generative: Assistant, server: FakeOpenAI) -> None:
    server.replies.append("The survey covered 388 LSPs [9]. It was a national survey [1].")
    answer = generative.ask(QUESTION)
    assert "[9]" not in answer.text
    assert answer.text == "The survey covered 388 LSPs. It was a national survey [1]."
    assert [c.number for c in answer.citations] == [1]
