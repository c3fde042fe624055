"""The REST API (FastAPI, versioned under /v1) with the chat page mounted at / on the same app."""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException

from .api_models import (
    AskRequest,
    AskResponse,
    DocumentOut,
    ErrorOut,
    FeedbackIn,
    FeedbackOut,
    Health,
    SearchRequest,
    answer_out,
)
from .core import Assistant, InvalidQuestion
from .feedback import FeedbackError, FeedbackStore
from .models import Answer, Passage
from .quiz import QuizRequest, QuizRequestError, build_quiz, export
from .settings import Settings

log = logging.getLogger(__name__)
API_VERSION = "v1"
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (401, 404, 413, 422)}

_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="One of the configured API keys.")
_bearer = HTTPBearer(auto_error=False, description="An API key sent as `Authorization: Bearer <key>`.")


def get_assistant(request: Request) -> Assistant:
    """The assistant loaded at start-up."""
    assistant: Assistant | None = getattr(request.app.state, "assistant", None)
    if assistant is None:
        raise HTTPException(503, "The index is still loading; try again in a moment.")
    return assistant


def check_key(
    request: Request,
    key: Annotated[str | None, Depends(_key_header)] = None,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)] = None,
) -> None:
    """Reject the request with 401 unless API keys are off or it carries a configured key."""
    settings: Settings = request.app.state.settings
    keys = [k.get_secret_value() for k in settings.server.api_keys]
    if not keys:
        return
    given = key or (bearer.credentials if bearer else None)
    if not given or not any(secrets.compare_digest(given.encode(), k.encode()) for k in keys):
        raise HTTPException(401, "A valid API key is required (header X-API-Key or Authorization: Bearer).")


def checked_question(assistant: Assistant, question: str, doc_id: str | None) -> str:
    """The stripped question, or an HTTP error saying what is wrong with it (422 empty, 413 long, 404 doc)."""
    if not question.strip():
        raise HTTPException(422, "The question is empty; send a question about the reports.")
    limit = assistant.settings.server.max_question_chars
    if len(question) > limit:
        raise HTTPException(413, f"The question is {len(question)} characters long; the limit is {limit}.")
    if doc_id is not None and doc_id not in {d.doc_id for d in assistant.documents()}:
        known = ", ".join(d.doc_id for d in assistant.documents())
        raise HTTPException(404, f"Unknown document {doc_id!r}; indexed documents are: {known}.")
    return question.strip()


def history_pairs(assistant: Assistant, body: AskRequest) -> list[tuple[str, str]]:
    """The request's history as (user, assistant) pairs, or 422 when it is longer than allowed."""
    limit = assistant.settings.server.max_history_turns
    if len(body.history) > limit:
        raise HTTPException(422, f"The history has {len(body.history)} turns; the limit is {limit}.")
    return [(turn.user, turn.assistant) for turn in body.history]


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def stream_events(
    assistant: Assistant, question: str, history: list[tuple[str, str]], doc_id: str | None
) -> Iterator[str]:
    """Server-sent events: `token` events with text pieces, then one `answer` event with citations."""
    try:
        for piece in assistant.ask_stream(question, history, doc_id):
            if isinstance(piece, Answer):
                yield _sse("answer", answer_out(piece).model_dump(mode="json"))
            else:
                yield _sse("token", {"text": piece})
    except Exception:  # the status line is already sent; report the failure as an event
        log.exception("streaming answer failed")
        yield _sse("error", {"detail": "The answer could not be completed; see the server log."})


router = APIRouter(prefix=f"/{API_VERSION}", dependencies=[Depends(check_key)], responses=ERRORS)
AssistantDep = Annotated[Assistant, Depends(get_assistant)]


@router.post("/ask", response_model=AskResponse, summary="Answer a question with citations")
async def ask(body: AskRequest, assistant: AssistantDep) -> AskResponse:
    """Answer a question (optionally a follow-up to `history`, optionally within one document) or refuse."""
    question = checked_question(assistant, body.question, body.doc_id)
    history = history_pairs(assistant, body)
    answer = await run_in_threadpool(assistant.ask, question, history, body.doc_id)
    return answer_out(answer)


@router.post(
    "/ask/stream",
    summary="Answer as server-sent events",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "`token` events, then one `answer`."}},
)
async def ask_stream(body: AskRequest, assistant: AssistantDep) -> StreamingResponse:
    """Stream the answer: `event: token` with `{"text": ...}` pieces, then `event: answer` with the full answer."""
    question = checked_question(assistant, body.question, body.doc_id)
    history = history_pairs(assistant, body)
    events = stream_events(assistant, question, history, body.doc_id)
    return StreamingResponse(events, media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


@router.post("/search", response_model=list[Passage], summary="Find the passages that best match a question")
async def search(body: SearchRequest, assistant: AssistantDep) -> list[Passage]:
    """The k best passages, best first, each with its retrieval score."""
    question = checked_question(assistant, body.question, body.doc_id)
    return await run_in_threadpool(assistant.search, question, body.k, body.doc_id)


@router.get("/documents", response_model=list[DocumentOut], summary="List the indexed documents")
async def documents(assistant: AssistantDep) -> list[DocumentOut]:
    """Every indexed document with its title, year and number of passages."""
    records = await run_in_threadpool(assistant.documents)
    return [DocumentOut.from_record(r) for r in records]


@router.get("/passages/{passage_id}", response_model=Passage, summary="Read one passage")
async def passage(passage_id: str, assistant: AssistantDep) -> Passage:
    """One passage by id (ids come with citations and search results); 404 when unknown."""
    found = await run_in_threadpool(assistant.passage, passage_id)
    if found is None:
        raise HTTPException(404, f"No passage with id {passage_id!r}.")
    return found


@router.post("/feedback", response_model=FeedbackOut, status_code=201, summary="Rate an answer")
async def feedback(body: FeedbackIn, request: Request, assistant: AssistantDep) -> FeedbackOut:
    """Store a thumbs up or down (with an optional comment) on an answer, for review into the eval set."""
    store: FeedbackStore = request.app.state.feedback
    try:
        fid = await run_in_threadpool(
            lambda: store.record(
                rating=body.rating,
                question=body.question,
                answer=body.answer,
                citations=[c.model_dump(mode="json") for c in body.citations],
                refused=body.refused,
                comment=body.comment,
                doc_id=body.doc_id,
                answerer=assistant.answerer_name,
                source="api",
            )
        )
    except FeedbackError as exc:
        raise HTTPException(422, str(exc)) from None
    return FeedbackOut(id=fid)


@router.post("/quiz", summary="Build a checked quiz with answer keys and sources")
async def quiz(body: QuizRequest, assistant: AssistantDep) -> dict[str, Any]:
    """Counts, notes and items (question, type, options, answer, explanation, citation); 422 on a bad request."""

    def make() -> dict[str, Any]:
        result = build_quiz(assistant, body.topic, body.section, body.doc_id, body.n, body.types, body.seed)
        out = result.to_public()
        if body.format != "json":
            out["export"] = export(result.items, body.format)
        return out

    try:
        return await run_in_threadpool(make)
    except QuizRequestError as exc:
        raise HTTPException(422, str(exc)) from None


def _error(status: int, detail: str, errors: list[dict[str, Any]] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"detail": detail}
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status)


def add_error_handlers(app: FastAPI) -> None:
    """JSON error bodies for every failure: a message a person can act on, never a stack trace."""

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()
        ]
        if any(e["type"] == "json_invalid" for e in errors):
            return _error(400, "The request body is not valid JSON.", errors)
        if request.method == "POST" and "json" not in request.headers.get("content-type", ""):
            return _error(415, "Send the request body as JSON with Content-Type: application/json.", errors)
        summary = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'body'}: {e['msg']}" for e in errors)
        return _error(422, f"Invalid request: {summary}.", errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(InvalidQuestion)
    async def bad_question(request: Request, exc: InvalidQuestion) -> JSONResponse:
        return _error(422, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return _error(500, "Something went wrong on the server; the error is in the server log.")


def create_app(settings: Settings | None = None, assistant: Assistant | None = None, *, web: bool = True) -> FastAPI:
    """The one app: REST API under /v1, /healthz, OpenAPI at /docs, and (with web=True) the chat page at /."""
    settings = settings or (assistant.settings if assistant else Settings())  # type: ignore[call-arg]

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.assistant is None:
            app.state.assistant = await run_in_threadpool(Assistant.load, settings)
        yield
        downloads = getattr(app.state, "downloads", None)
        if downloads is not None:
            downloads.remove()  # the page's files to download go with the server

    app = FastAPI(
        title="LSP assistant API",
        version=API_VERSION,
        summary="Questions about the 2009 study of local strategic partnerships, answered with citations.",
        description=(
            f"Every answer cites numbered passages of the reports; questions up to "
            f"{settings.server.max_question_chars} characters. When API keys are configured, send one as "
            "`X-API-Key: <key>` or `Authorization: Bearer <key>` on every `/v1` request."
        ),
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.assistant = assistant
    app.state.feedback = FeedbackStore.from_settings(settings)
    add_error_handlers(app)
    app.include_router(router)

    @app.get("/healthz", response_model=Health, summary="Is the index loaded?", tags=["health"])
    async def healthz(request: Request) -> Health:
        """Liveness and readiness: whether the index is open, how many passages it holds, which answerer is active."""
        loaded: Assistant | None = request.app.state.assistant
        if loaded is None:
            return Health(status="loading", index_loaded=False, passages=0, answerer="")
        count = await run_in_threadpool(loaded.store.count)
        return Health(status="ok", index_loaded=True, passages=count, answerer=loaded.answerer_name)

    if web:
        from .web import mount_page

        mount_page(app)
    return app
