"""The optional generative answerer: a LangChain chat model over quoted passages, its citations checked."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable

from .citations import MARKER, build_citations
from .extractive import ExtractiveAnswerer
from .models import Answer, Passage
from .prompts import CANNOT_ANSWER, load_prompt
from .questions import (
    chatter,
)
from .retrieval import Scored
from .verify import (
    CHATTER_REASON,
)


def format_passages(passages: list[Passage]) -> str:
    """Passages as numbered, escaped data blocks, so text inside them cannot pose as instructions or tags."""
    template = load_prompt("passage")
    blocks = []
    for n, p in enumerate(passages, start=1):
        source = html.escape(f"{p.title} — {p.section} — {p.citation_label}", quote=True)
        blocks.append(template.format(number=n, source=source, text=html.escape(p.text, quote=False)).strip())
    return "\n\n".join(blocks)


def answer_prompt() -> ChatPromptTemplate:
    """The answering prompt from prompts/answer_system.txt and prompts/answer_user.txt."""
    return ChatPromptTemplate.from_messages(
        [("system", load_prompt("answer_system")), ("human", load_prompt("answer_user"))]
    )


class GenerativeAnswerer:
    """Answers with a chat model; markers that name no retrieved passage are removed, uncited text is not trusted."""

    def __init__(self, model: BaseChatModel, extractive: ExtractiveAnswerer, name: str):
        self.model = model
        self.extractive = extractive
        self.name = name
        self.chain: Runnable = answer_prompt() | model | StrOutputParser()

    def inputs(self, question: str, passages: list[Passage]) -> dict[str, object]:
        return {
            "passages": format_passages(passages),
            "question": question,
            "max_sentences": self.extractive.limits.max_sentences,
            "cannot_answer": CANNOT_ANSWER,
        }

    def _gate(self, question: str, hits: list[Scored], standalone: str) -> Answer | None:
        if chatter(question):
            return self.extractive.refuse(question, [], standalone, CHATTER_REASON).model_copy(
                update={"answerer": self.name}
            )
        if not self.extractive.supports(standalone, hits):
            return self.extractive.refuse(question, hits, standalone)
        if reason := self.extractive.unnamed(question, hits):
            # No passage names what the question asks about ('Wales', '2011'): the model could not ground it.
            return self.extractive.refuse(question, hits, standalone, reason).model_copy(update={"answerer": self.name})
        return None

    def finish(self, question: str, standalone: str, raw: str, hits: list[Scored]) -> Answer:
        """Check the model's text: refusal, valid citations, or fall back to the extractive answer."""
        passages = [h.passage for h in hits]
        if CANNOT_ANSWER.lower().rstrip(".") in raw.lower():
            return self.extractive.refuse(question, hits, standalone).model_copy(update={"answerer": self.name})
        text, citations = build_citations(raw.strip(), passages)
        if not citations:
            fallback = self.extractive.answer(question, hits, standalone)
            return fallback.model_copy(update={"answerer": f"extractive (fallback: {self.name} cited nothing)"})
        return Answer(
            question=question, text=text, citations=citations, standalone_question=standalone, answerer=self.name
        )

    def answer(self, question: str, hits: list[Scored], standalone: str | None = None) -> Answer:
        standalone = standalone or question
        if refused := self._gate(question, hits, standalone):
            return refused
        raw = self.chain.invoke(self.inputs(standalone, [h.passage for h in hits]))
        return self.finish(question, standalone, raw, hits)

    def stream(self, question: str, hits: list[Scored], standalone: str | None = None) -> Iterator[str | Answer]:
        """Yield text as the model writes it (invalid markers held back and dropped), then the checked Answer."""
        standalone = standalone or question
        if refused := self._gate(question, hits, standalone):
            yield refused.text
            yield refused
            return
        valid = set(range(1, len(hits) + 1))
        order: dict[int, int] = {}

        def shown_marker(m: re.Match[str]) -> str:
            # Drop numbers naming no passage and renumber by first use, as build_citations does at the end.
            nums = [int(n) for n in m.group(1).split(",") if int(n) in valid]
            for n in nums:
                order.setdefault(n, len(order) + 1)
            return "".join(f"[{order[n]}]" for n in dict.fromkeys(nums))

        raw = ""
        shown = 0
        for chunk in self.chain.stream(self.inputs(standalone, [h.passage for h in hits])):
            raw += chunk
            safe = raw.rfind("[")
            upto = len(raw) if safe == -1 or "]" in raw[safe:] else safe
            if upto > shown:
                piece = raw[shown:upto]
                shown = upto
                yield MARKER.sub(shown_marker, piece)
        if len(raw) > shown:  # a '[' that never closed was held back: show the rest
            yield MARKER.sub(shown_marker, raw[shown:])
        yield self.finish(question, standalone, raw, hits)
