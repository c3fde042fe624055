"""The REST API against the real app over the real corpus index: every endpoint, errors, auth, streaming."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from typer.testing import CliRunner

from assistant import CANNOT_ANSWER, Assistant, Settings
from assistant.api import create_app
from assistant.cli import app as cli_app
from assistant.feedback import FeedbackStore

pytestmark = pytest.mark.slow

QUESTION = "What are the three layers of joint working?"


def _settings(corpus_settings: Settings, tmp_path: Path, keys: list[str] | None = None) -> Settings:
    server = corpus_settings.server.model_copy(update={"api_keys": [SecretStr(k) for k in keys or []]})
    return corpus_settings.model_copy(update={"data_dir": tmp_path / "data", "server": server})


@pytest.fixture
def settings(corpus_settings: Settings, tmp_path: Path) -> Settings:
    return _settings(corpus_settings, tmp_path)


@pytest.fixture
def client(settings: Settings, assistant: Assistant) -> Iterator[TestClient]:
    with TestClient(create_app(settings, assistant)) as test_client:
        yield test_client


def _no_trace(response) -> None:  # type: ignore[no-untyped-def]
    assert response.headers["content-type"].startswith("application/json")
    assert "Traceback" not in response.text and 'File "' not in response.text
    assert isinstance(response.json()["detail"], str) and response.json()["detail"]


def test_healthz_reports_the_loaded_index(client: TestClient, assistant: Assistant) -> None:
    body = client.get("/healthz").json()
    assert body == {"status": "ok", "index_loaded": True, "passages": assistant.store.count(), "answerer": "extractive"}
    assert body["passages"] > 100


def test_documents_lists_titles_years_and_passage_counts(client: TestClient, assistant: Assistant) -> None:
    docs = client.get("/v1/documents").json()
    assert {d["doc_id"] for d in docs} == {d.doc_id for d in assistant.documents()}
    assert all(d["passages"] > 0 and d["title"] for d in docs)
    assert any(d["year"] == 2009 for d in docs)


def test_search_returns_scored_passages_best_first(client: TestClient) -> None:
    hits = client.post("/v1/search", json={"question": "What is LIFT?", "k": 3}).json()
    assert len(hits) == 3
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert any("LIFT" in h["text"] for h in hits)


def test_search_within_one_document(client: TestClient, assistant: Assistant) -> None:
    doc_id = assistant.documents()[-1].doc_id
    hits = client.post("/v1/search", json={"question": "partnership board", "k": 5, "doc_id": doc_id}).json()
    assert hits and {h["doc_id"] for h in hits} == {doc_id}


def test_passage_by_id_and_unknown_id(client: TestClient) -> None:
    hit = client.post("/v1/search", json={"question": "What is LIFT?", "k": 1}).json()[0]
    passage = client.get(f"/v1/passages/{hit['id']}").json()
    assert passage["text"] == hit["text"] and passage["label"] == hit["label"]
    missing = client.get("/v1/passages/not-a-passage")
    assert missing.status_code == 404
    _no_trace(missing)


def test_ask_answers_with_numbered_citations(client: TestClient) -> None:
    body = client.post("/v1/ask", json={"question": QUESTION}).json()
    assert body["refused"] is False and body["answerer"] == "extractive"
    assert body["citations"], body
    first = body["citations"][0]
    assert f"[{first['number']}]" in body["text"]
    assert first["label"] and first["title"] and first["passage_id"]
    assert first["quote"] and first["quote"][:40] in first["passage_text"]
    assert first["note_to"] == ""  # a paragraph annotates nothing


def test_a_cited_footnote_says_what_it_is_a_note_to(client: TestClient) -> None:
    body = client.post("/v1/ask", json={"question": "Who facilitated the delivery chain workshops?"}).json()
    first = body["citations"][0]
    assert (first["label"], first["kind"]) == ("Footnote I", "footnote")
    assert first["note_to"] == "six delivery chain workshops;"
    assert first["quote"] == "Audit Commission regional performance staff facilitated the delivery chain workshops."


def test_ask_refuses_what_the_reports_do_not_cover(client: TestClient) -> None:
    body = client.post("/v1/ask", json={"question": "Who won the 2018 football World Cup?"}).json()
    assert body["refused"] is True
    assert body["text"].startswith(CANNOT_ANSWER)
    assert body["citations"] == []


def test_ask_follow_up_and_document_filter(client: TestClient, assistant: Assistant) -> None:
    doc_id = assistant.documents()[0].doc_id
    first = client.post("/v1/ask", json={"question": QUESTION}).json()
    body = client.post(
        "/v1/ask",
        json={
            "question": "What does the second one involve?",
            "history": [{"user": QUESTION, "assistant": first["text"]}],
            "doc_id": doc_id,
        },
    )
    assert body.status_code == 200
    data = body.json()
    assert data["standalone_question"]
    assert all(c["doc_id"] == doc_id for c in data["citations"])


@pytest.mark.parametrize(
    ("payload", "status", "words"),
    [
        ({"question": ""}, 422, "empty"),
        ({"question": "   \n\t "}, 422, "empty"),
        ({"question": "x" * 2001}, 413, "2000"),
        ({"question": QUESTION, "doc_id": "no-such-report"}, 404, "no-such-report"),
        ({"questoin": QUESTION}, 422, "question"),
        ({"question": QUESTION, "history": [{"user": "a", "assistant": "b"}] * 21}, 422, "20"),
    ],
)
def test_ask_rejects_bad_questions_with_clear_json(client: TestClient, payload: dict, status: int, words: str) -> None:
    for path in ("/v1/ask", "/v1/ask/stream"):
        response = client.post(path, json=payload)
        assert response.status_code == status, (path, response.text)
        _no_trace(response)
        assert words in response.json()["detail"]


def test_malformed_json_and_wrong_content_type(client: TestClient) -> None:
    broken = client.post("/v1/ask", content=b'{"question": "What is', headers={"content-type": "application/json"})
    assert broken.status_code == 400
    _no_trace(broken)
    assert "JSON" in broken.json()["detail"]
    text = client.post("/v1/ask", content=b"What is LIFT?", headers={"content-type": "text/plain"})
    assert text.status_code == 415
    _no_trace(text)
    assert "application/json" in text.json()["detail"]


def _events(raw: str) -> list[tuple[str, dict]]:
    events = []
    for block in raw.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_stream_yields_tokens_then_the_answer_with_citations(client: TestClient) -> None:
    with client.stream("POST", "/v1/ask/stream", json={"question": "What is LIFT?"}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = _events(response.read().decode("utf-8"))
    names = [name for name, _ in events]
    assert names[-1] == "answer" and names.count("answer") == 1
    assert len(names) > 2 and set(names[:-1]) == {"token"}
    streamed = "".join(data["text"] for name, data in events if name == "token")
    final = events[-1][1]
    assert final["citations"] and final["citations"][0]["label"]
    assert "LIFT" in streamed and final["text"].split()[0] in streamed


def test_feedback_lands_in_the_database_and_exports_as_eval_item(
    client: TestClient, settings: Settings, tmp_path: Path
) -> None:
    answer = client.post("/v1/ask", json={"question": QUESTION}).json()
    payload = {
        "rating": "up",
        "question": QUESTION,
        "answer": answer["text"],
        "citations": answer["citations"],
        "comment": "Clear and cited.",
    }
    created = client.post("/v1/feedback", json=payload)
    assert created.status_code == 201
    row = FeedbackStore(settings.feedback_url).get(created.json()["id"])
    assert row is not None
    assert (row["rating"], row["question"], row["comment"], row["answerer"]) == (
        "up",
        QUESTION,
        "Clear and cited.",
        "extractive",
    )
    assert row["citations"][0]["label"] == answer["citations"][0]["label"]
    assert (settings.data_dir / "feedback.db").exists()

    out = tmp_path / "candidates.jsonl"
    result = CliRunner().invoke(cli_app, ["feedback", "export", "--out", str(out)])
    assert result.exit_code == 0, result.output
    item = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert item["origin"] == "feedback" and item["question"] == QUESTION and item["rating"] == "up"
    assert item["doc_id"] == answer["citations"][0]["doc_id"]
    assert item["evidence"] == answer["citations"][0]["quote"]

    bad = client.post("/v1/feedback", json={**payload, "rating": "meh"})
    assert bad.status_code == 422
    _no_trace(bad)


def test_api_keys_guard_v1_but_not_healthz(corpus_settings: Settings, assistant: Assistant, tmp_path: Path) -> None:
    settings = _settings(corpus_settings, tmp_path, keys=["alpha-key", "beta-key"])
    with TestClient(create_app(settings, assistant)) as client:
        assert client.get("/healthz").status_code == 200
        for headers in ({}, {"X-API-Key": "wrong"}, {"Authorization": "Bearer wrong"}):
            denied = client.get("/v1/documents", headers=headers)
            assert denied.status_code == 401
            _no_trace(denied)
        assert client.post("/v1/ask", json={"question": QUESTION}).status_code == 401
        assert client.get("/v1/documents", headers={"X-API-Key": "alpha-key"}).status_code == 200
        assert client.get("/v1/documents", headers={"Authorization": "Bearer beta-key"}).status_code == 200
        assert client.post("/login", data={"username": "officer", "password": "wrong"}).status_code == 400
        login = client.post("/login", data={"username": "officer", "password": "alpha-key"})
        assert login.status_code == 200 and login.json() == {"success": True}


def test_no_keys_means_open_api(client: TestClient) -> None:
    assert client.get("/v1/documents").status_code == 200


def test_openapi_documents_every_endpoint_with_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {
        "/v1/ask",
        "/v1/ask/stream",
        "/v1/search",
        "/v1/documents",
        "/v1/passages/{passage_id}",
        "/v1/feedback",
        "/healthz",
    } <= set(spec["paths"])
    assert spec["components"]["schemas"]["AskRequest"]["examples"][0]["question"] == QUESTION
    assert "2000" in spec["info"]["description"]
    assert client.get("/docs").status_code == 200


def test_page_is_served_at_root(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<html" in page.text.lower()


def test_concurrent_requests_all_answer(client: TestClient) -> None:
    def search(_: int) -> list[str]:
        response = client.post("/v1/search", json={"question": "What is LIFT?", "k": 3})
        assert response.status_code == 200
        return [h["id"] for h in response.json()]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(search, range(4)))
    assert all(r == results[0] for r in results)


def test_the_pages_download_folder_goes_when_the_server_shuts_down(settings: Settings, assistant: Assistant) -> None:
    with TestClient(create_app(settings, assistant)) as client:
        assert client.get("/healthz").json()["status"] == "ok"
        written = client.app.state.downloads.write("lsp-conversation-test.md", "# Conversation\n")  # type: ignore[attr-defined]
        assert written.exists()
    assert not written.parent.exists()  # uvicorn ends on the signal, so exit hooks alone would leave it behind
