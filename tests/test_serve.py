"""`assistant serve` as a user starts it: a subprocess that answers /healthz once the index is open."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant import Settings

pytestmark = pytest.mark.slow

ASSISTANT = str(Path(sys.executable).parent / "assistant")
START_BOUND = 300.0  # seconds; a bound so a hung server fails the test, not a speed target


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_answers_healthz(corpus_settings: Settings, tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "LSP_INDEX__PATH": str(corpus_settings.index.path), "LSP_DATA_DIR": str(tmp_path / "data")}
    command = [ASSISTANT, "serve", "--host", "127.0.0.1", "--port", str(port)]
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + START_BOUND
        health = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).json()
                break
            except httpx.TransportError:
                time.sleep(0.5)
        assert health is not None, (tmp_path / "serve.log").read_text()
        assert health["status"] == "ok" and health["index_loaded"] is True
        assert health["passages"] > 100 and health["answerer"] == "extractive"
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=30)
        assert page.status_code == 200 and "<html" in page.text.lower()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def test_serve_without_an_index_says_how_to_build_one(tmp_path: Path) -> None:
    env = {**os.environ, "LSP_INDEX__PATH": str(tmp_path / "no-index"), "LSP_DATA_DIR": str(tmp_path / "data")}
    command = [ASSISTANT, "serve", "--port", str(free_port())]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=START_BOUND)
    assert result.returncode == 2
    assert "assistant ingest" in result.stderr and "Traceback" not in result.stderr
