"""The page in a real headless Chromium, served by the real app over the real corpus index: the chat (a cited
answer, a follow-up, feedback) and the quiz builder."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from assistant import Assistant, Settings
from assistant.api import create_app
from assistant.feedback import FeedbackStore

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
QUESTION = "What are the three layers of joint working?"
WAIT_MS = 180_000  # generous bound for a loaded CI machine; not a speed assertion


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def browser_path() -> Path:
    if not CHROMIUM.exists():
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but {CHROMIUM} is missing; apt-get install -y chromium.")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium).")
    return CHROMIUM


@pytest.fixture
def served(corpus_settings: Settings, assistant: Assistant, tmp_path: Path) -> Iterator[tuple[str, Settings]]:
    """The real app on a free loopback port, in a background thread, with its own feedback database."""
    settings = corpus_settings.model_copy(update={"data_dir": tmp_path / "data"})
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings, assistant), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}/", settings
    server.should_exit = True
    thread.join(timeout=30)


@contextmanager
def page_of(browser_path: Path, url: str, height: int = 800) -> Iterator[Any]:
    """The app's page, loaded (its documents listed), in a fresh headless Chromium closed afterwards."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(browser_path), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": height})
            page.goto(url)
            expect(page.locator("#lsp-docs")).to_contain_text("Working better together", timeout=WAIT_MS)
            yield page
        finally:
            browser.close()


def ask(page: Any, question: str) -> None:
    page.locator("#lsp-question textarea").fill(question)
    page.locator("#lsp-ask").click()


def test_ask_open_a_citation_and_rate_it(browser_path: Path, served: tuple[str, Settings], tmp_path: Path) -> None:
    from playwright.sync_api import expect

    url, settings = served
    with page_of(browser_path, url) as page:
        expect(page.locator("#lsp-docs")).to_contain_text("extractive")

        ask(page, QUESTION)
        reply = page.locator("#lsp-chat .lsp-answer, #lsp-chat .lsp-refusal").first
        reply.wait_for(timeout=WAIT_MS)
        source = page.locator(".lsp-source").first
        assert source.count() == 1, f"no cited answer; the page shows: {reply.inner_text()}"
        expect(page.locator(".lsp-ref").first).to_have_text("[1]")
        expect(source.locator(".lsp-num")).to_have_text("1")

        source.locator("summary").click()
        meta = source.locator(".lsp-meta")
        expect(meta).to_be_visible()
        expect(meta).to_contain_text("Paragraph ")
        expect(source.locator("mark").first).to_be_visible()

        page.locator("#lsp-chat button[aria-label='Like']").last.click()
        expect(page.locator("#lsp-status")).to_contain_text("marked helpful", timeout=WAIT_MS)
        page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)
        shutil.copy(tmp_path / "chat.png", "/tmp/lsp-screenshot.png")

    rows = FeedbackStore(settings.feedback_url).rows()
    assert len(rows) == 1
    row = rows[0]
    assert (row["rating"], row["question"], row["source"]) == ("up", QUESTION, "web")
    assert row["citations"] and row["citations"][0]["passage"]["label"].startswith("Paragraph")
    assert row["answerer"] == "extractive" and row["settings"]["answerer"] == "extractive"


def test_a_follow_up_in_the_chat_says_how_it_was_read(browser_path: Path, served: tuple[str, Settings]) -> None:
    from playwright.sync_api import expect

    url, _ = served
    with page_of(browser_path, url) as page:
        answers = page.locator("#lsp-chat .lsp-answer")
        ask(page, "What did Derby do?")
        expect(answers).to_have_count(1, timeout=WAIT_MS)
        ask(page, "and Oldham?")
        expect(answers).to_have_count(2, timeout=WAIT_MS)
        expect(page.locator("#lsp-chat .lsp-readas").last).to_have_text("Read as: What did Oldham do?")
        expect(answers.last).to_contain_text("Oldham")
        expect(page.locator("#lsp-chat .lsp-sources").last).to_contain_text("Case study 16")  # Oldham's story


def test_the_quiz_builder_makes_a_checked_quiz_to_download(browser_path: Path, served: tuple[str, Settings]) -> None:
    from playwright.sync_api import expect

    url, _ = served
    with page_of(browser_path, url, height=900) as page:
        page.get_by_role("tab", name="Quiz builder").click()
        page.locator("#lsp-quiz-topic textarea, #lsp-quiz-topic input").first.fill("scrutiny")
        page.locator("#lsp-quiz-n input").fill("3")
        page.locator("#lsp-quiz-build").click()
        expect(page.locator("#lsp-quiz-summary")).to_contain_text("3 of 3 items produced", timeout=WAIT_MS)
        preview = page.locator("#lsp-quiz-preview")
        expect(preview).to_contain_text("Answer key")
        expect(preview).to_contain_text("Source:")
        expect(page.locator("#lsp-quiz-download")).to_be_visible()
