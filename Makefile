# One-word tasks. Every target sets up .venv first, so a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
INDEX  := indexes/chroma/.built
CORPUS := $(wildcard corpus/* corpus/tables/*)
HOST   ?= 127.0.0.1
PORT   ?= 7860

.PHONY: run install index test test-fast lint eval bench serve chat clean

run: $(INDEX)  ## set up, build the index if missing or stale, open the assistant in the browser
	$(BIN)/assistant serve --host $(HOST) --port $(PORT) --open

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(INDEX): $(STAMP) $(CORPUS) assistant/chunking.py assistant/structure.py assistant/text.py assistant/tables.py assistant/windows.py
	$(BIN)/assistant ingest corpus
	touch $(INDEX)

index: $(INDEX)

chat: $(INDEX)
	$(BIN)/assistant chat

test: $(STAMP)  ## every test, on the real model, real Chroma, real PDFs and a real browser
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not browser"

lint: $(STAMP)
	$(BIN)/ruff check assistant tests evals
	$(BIN)/ruff format --check assistant tests evals
	$(BIN)/mypy

eval: $(INDEX)  ## score the held-back test set against the peers; writes evals/reports/
	$(BIN)/assistant eval --set test

bench: $(INDEX)  ## latency of load, search and ask over the dev questions (in the eval report)
	$(BIN)/assistant eval --set dev --no-peers

clean:
	rm -rf $(VENV) indexes/chroma data .pytest_cache
