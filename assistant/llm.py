"""Factory for the optional generative chat model (OpenAI-compatible endpoints and Ollama) via LangChain."""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from .settings import LLMSettings


class LLMConfigError(ValueError):
    """The generative model settings are incomplete."""


def make_chat_model(settings: LLMSettings) -> BaseChatModel | None:
    """The configured LangChain chat model, or None when the extractive answerer is in use."""
    if settings.provider == "none":
        return None
    if not settings.model:
        raise LLMConfigError(f"LSP_LLM__MODEL must name a model for provider {settings.provider!r}.")
    if settings.provider == "openai":
        from langchain_openai import ChatOpenAI

        key = settings.api_key.get_secret_value() if settings.api_key else "not-needed"
        return ChatOpenAI(
            model=settings.model,
            base_url=settings.base_url,
            api_key=key,  # type: ignore[arg-type]
            temperature=settings.temperature,
            timeout=settings.timeout,
            max_retries=1,
        )
    from langchain_ollama import ChatOllama

    return ChatOllama(
        model=settings.model,
        base_url=settings.base_url or "http://127.0.0.1:11434",
        temperature=settings.temperature,
        client_kwargs={"timeout": settings.timeout},
    )
