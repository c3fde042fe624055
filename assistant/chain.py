"""The answering chain as LCEL: condense the follow-up, retrieve, answer (extractive or generative)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import PromptTemplate
from langchain_core.runnables import Runnable, RunnableLambda

from .compound import joined, split_question
from .extractive import ExtractiveAnswerer, block_titles
from .followup import carry_topic, format_history, leans_on_context, needs_context
from .generative import GenerativeAnswerer
from .llm import make_chat_model
from .models import Answer
from .prompts import load_prompt
from .questions import plainly, topic_terms
from .retrieval import Scored

if TYPE_CHECKING:
    from .core import Assistant

Answerer = ExtractiveAnswerer | GenerativeAnswerer


def chat_model(assistant: Assistant) -> BaseChatModel | None:
    """The configured chat model, built once per assistant (None for the extractive answerer)."""
    if not hasattr(assistant, "_chat_model"):
        assistant._chat_model = make_chat_model(assistant.settings.llm)  # type: ignore[attr-defined]
    return assistant._chat_model  # type: ignore[attr-defined,no-any-return]


def make_answerer(assistant: Assistant) -> Answerer:
    """The answerer the settings ask for, sharing the retriever's IDF table."""
    settings = assistant.settings.answer
    bm25 = assistant.retriever.keyword.bm25
    extractive = ExtractiveAnswerer(
        idf=dict(bm25.idf) if bm25 is not None else {},
        max_chars=settings.max_chars,
        max_sentences=settings.max_sentences,
        min_support=settings.min_support,
        min_similarity=settings.min_similarity,
        dense_weight=settings.sentence_dense_weight,
        rank_weight=settings.sentence_rank_weight,
        acronyms=assistant.retriever.all_acronyms,
        thesaurus=assistant.retriever.thesaurus,
        common_acronyms=assistant.retriever.common_acronyms,
        doc_keys=assistant.retriever.doc_keys,
        doc_context={d.doc_id: f"{d.title} {d.year or ''} {d.publisher} {d.kind}" for d in assistant.documents()},
        titles=block_titles(assistant.retriever.by_id.values()),
        names=assistant.retriever.as_named,
    )
    model = chat_model(assistant)
    if model is None:
        return extractive
    return GenerativeAnswerer(model, extractive, assistant.answerer_name)


Finder = Callable[[str], list[Scored]]


def finder(assistant: Assistant, doc_id: str | None = None) -> Finder:
    """Search for the passages an answer reads, with typing slips put right ('pooled budjets' as 'pooled
    budgets'); each question is searched once however often it is asked."""
    found: dict[str, list[Scored]] = {}

    def find(question: str) -> list[Scored]:
        read = assistant.retriever.read(question)
        if read not in found:
            found[read] = assistant.retriever.search(read, k=assistant.settings.answer.passages, doc_id=doc_id)
        return found[read]

    return find


def condense(assistant: Assistant, question: str, history: list[tuple[str, str]], find: Finder | None = None) -> str:
    """A standalone version of a follow-up question (LLM when configured, else the topic-carrying rule)."""
    if not history or not needs_context(question):
        return question
    model = chat_model(assistant)
    if model is None:
        alone = stands_alone(assistant, question, find or finder(assistant))
        return question if alone else carry_topic(question, history)
    chain = PromptTemplate.from_template(load_prompt("condense_question")) | model | StrOutputParser()
    rewritten = chain.invoke({"history": format_history(history), "question": question}).strip().strip('"')
    return rewritten.splitlines()[0] if rewritten else carry_topic(question, history)


def stands_alone(assistant: Assistant, question: str, find: Finder) -> bool:
    """For a short question that names nothing and points back at nothing ('What is synergy?' after 'What did
    Derby do?'): True when search finds a sentence near it in meaning, or it asks of a word the reports never
    use, so it is read without the previous topic; 'Who are the shareholders?' finds none and carries it."""
    if leans_on_context(question):
        return False
    if any(not assistant.retriever.keyword.knows(t) for t in topic_terms(question)):
        return True  # 'Who is the prime minister?' after 'What is the CAA?' asks of something the reports never name
    best = max((sim for h in find(question) for _, sim in h.sentences[:1]), default=0.0)
    return best >= assistant.settings.answer.standalone_similarity


def _answerer(assistant: Assistant) -> Answerer:
    cached = getattr(assistant, "_answerer", None)
    if cached is None:
        cached = make_answerer(assistant)
        assistant._answerer = cached  # type: ignore[attr-defined]
    return cached


def _prepare(assistant: Assistant, data: dict[str, Any]) -> dict[str, Any]:
    # 'thanks! who are its shareholders?' after 'Hi! What is LIFT?': each question as asked outright, no 'Hi' carried
    history = [(plainly(asked), answer) for asked, answer in data.get("history") or []]
    question = plainly(data["question"])
    find = finder(assistant, data.get("doc_id"))  # a short question asked alone first is not searched again
    condensed = condense(assistant, question, history, find)
    said = history[-1][1] if history and condensed != question else ""  # the answer a follow-up follows
    standalone = assistant.retriever.read(condensed)  # 'pooled budjets' read as 'pooled budgets'
    return {**data, "standalone": standalone, "hits": find(condensed), "said": said}


def _answer(answerer: Answerer, data: dict[str, Any]) -> Answer:
    """The answer to prepared data; the extractive answerer leaves out what the answer a follow-up follows said."""
    if isinstance(answerer, ExtractiveAnswerer):
        return answerer.answer(data["question"], data["hits"], data["standalone"], said=data.get("said", ""))
    return answerer.answer(data["question"], data["hits"], data["standalone"])


def _answer_whole(assistant: Assistant, data: dict[str, Any]) -> Answer:
    """The answer to prepared data; the extractive answerer answers a question of two parts ('…, and who signs it
    off?') part by part, the second as a follow-up to the first, when it answers the whole and both parts; a chat
    model reads both parts at once."""
    answerer = _answerer(assistant)
    whole = _answer(answerer, data)
    parts = split_question(data["question"]) if isinstance(answerer, ExtractiveAnswerer) else None
    if parts is None or whole.refused:  # what the whole question asks, the reports do not cover
        return whole
    first = _answer(answerer, _prepare(assistant, {**data, "question": parts[0]}))
    if first.refused:
        return whole
    follow = [*(data.get("history") or []), (parts[0], first.text)]
    then = _prepare(assistant, {**data, "question": parts[1], "history": follow})
    second = _answer(answerer, {**then, "said": first.text})
    return whole if second.refused else joined(data["question"], first, second)


def build_chain(assistant: Assistant) -> Runnable:
    """{question, history, doc_id} -> Answer, as a runnable a developer can compose further."""
    prepare: Runnable = RunnableLambda(lambda data: _prepare(assistant, data), name="condense_and_retrieve")
    answer: Runnable = RunnableLambda(lambda data: _answer_whole(assistant, data), name="answer")
    return (prepare | answer).with_config(run_name="lsp_assistant")


def stream_answer(
    assistant: Assistant, question: str, history: list[tuple[str, str]], doc_id: str | None
) -> Iterator[str | Answer]:
    """Yield the answer text in pieces as it is produced, then the final Answer."""
    data = _prepare(assistant, {"question": question, "history": history, "doc_id": doc_id})
    answerer = _answerer(assistant)
    if isinstance(answerer, GenerativeAnswerer):
        yield from answerer.stream(question, data["hits"], data["standalone"])
        return
    result = _answer_whole(assistant, data)
    yield from _pieces(result.text)
    yield result


def _pieces(text: str) -> Iterator[str]:
    """Split text into word-sized pieces (keeping the spacing) for a streamed display."""
    start = 0
    for i, ch in enumerate(text):
        if ch in " \n" and i > start:
            yield text[start : i + 1]
            start = i + 1
    if start < len(text):
        yield text[start:]
