"""POST /v1/quiz and the page's quiz builder tab, over the real corpus index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant import Assistant, Settings
from assistant.api import create_app
from assistant.web_quiz import QuizTab

pytestmark = pytest.mark.slow


@pytest.fixture
def client(corpus_settings: Settings, assistant: Assistant, tmp_path: Path) -> Iterator[TestClient]:
    settings = corpus_settings.model_copy(update={"data_dir": tmp_path / "data"})
    with TestClient(create_app(settings, assistant, web=False)) as test_client:
        yield test_client


def test_quiz_endpoint_returns_checked_items_and_the_export(client: TestClient) -> None:
    reply = client.post("/v1/quiz", json={"topic": "scrutiny", "n": 3, "types": ["mcq", "cloze"], "format": "gift"})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["requested"] == 3 and body["produced"] == 3 and len(body["items"]) == 3
    assert {i["type"] for i in body["items"]} == {"mcq", "cloze"}
    citation = body["items"][0]["citation"]
    assert citation["doc_id"] and citation["passage_text"] and citation["section"]
    assert body["export"].count("::Q") == 3


def test_quiz_endpoint_refuses_an_uncovered_topic_with_the_reason(client: TestClient) -> None:
    reply = client.post("/v1/quiz", json={"topic": "football hooliganism"})
    assert reply.status_code == 422
    assert "do not cover the topic 'football hooliganism'" in reply.json()["detail"]


def test_quiz_endpoint_refuses_an_unknown_format(client: TestClient) -> None:
    reply = client.post("/v1/quiz", json={"n": 2, "format": "docx"})
    assert reply.status_code == 422 and "Unknown format 'docx'" in reply.json()["detail"]


def test_quiz_tab_previews_answers_with_sources_and_offers_the_download(assistant: Assistant) -> None:
    tab = QuizTab(lambda: assistant)
    preview, summary, download = tab.build("pooled budgets", 4, ["mcq", "truefalse"], 7, "csv")
    questions, _, key = preview.partition("## Answer key")
    assert questions.count("**") == 8 and "Source:" in key and "Source:" not in questions
    assert "4 of 4 items produced" in summary
    path = Path(download["value"])
    assert path.suffix == ".csv" and len(path.read_text(encoding="utf-8").splitlines()) >= 5


def test_quiz_tab_explains_an_uncovered_topic(assistant: Assistant) -> None:
    preview, summary, _ = QuizTab(lambda: assistant).build("quantum computing", 5, ["mcq"], 7, "gift")
    assert preview == "" and "do not cover the topic 'quantum computing'" in summary
