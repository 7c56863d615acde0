"""The interfaces controllers depend on; services implement them and tests may fake them."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from desktop_llm.core.conversation import Conversation, MessageNode, MessageStatus
from desktop_llm.core.document_types import Document, HistoryEntry, JobKind, JobResult, Progress
from desktop_llm.core.downloads import DownloadRecord, DownloadStatus
from desktop_llm.core.errors import EngineUnavailableError
from desktop_llm.core.events import ChatMessage, Role, StreamEvent
from desktop_llm.core.gguf_header import GGUFHeader
from desktop_llm.core.hub_endpoint import EndpointChoice
from desktop_llm.core.hub_types import ModelPage, RemoteFile, RepoSummary
from desktop_llm.core.knowledge_types import Collection, IndexedFile, IndexProgress, IndexReport, Passage, SearchResult
from desktop_llm.core.message_images import MessageImage, NewImage
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.reasoning import ReasoningFormat
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams
from desktop_llm.core.settings_schema import AppSettings
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.core.translation import TranslateOptions
from desktop_llm.ipc.engine_wire import EngineStatus
from desktop_llm.ipc.training_events import RunState
from desktop_llm.ipc.training_run import TrainingRun


class ChatEngine(Protocol):
    def chat_stream(
        self,
        messages: Sequence[ChatMessage],
        sampling: SamplingParams,
        cancelled: Callable[[], bool] = ...,
        request_id: str | None = None,
        adapters: Adapters | None = None,
        template_kwargs: Mapping[str, object] | None = None,
    ) -> Iterator[StreamEvent]: ...

    def cancel(self, request_id: str | None = None) -> int: ...

    def tokenize(self, text: str) -> list[int]: ...

    def count(self, text: str) -> int: ...

    def count_chat(self, messages: Sequence[ChatMessage], template_kwargs: Mapping[str, object] | None = None,
                   tools: Sequence[Mapping[str, Any]] | None = None) -> int:
        """Tokens of the prompt for `messages`; `template_kwargs` (enable_thinking, ...) and `tools` (OpenAI's shape,
        written by the model's template) as chat_stream sends them."""


class EngineSupervisor(Protocol):
    def client(self) -> ChatEngine: ...

    def ensure_loaded(self, params: LoadParams) -> EngineStatus: ...

    def explain(self, error: EngineUnavailableError) -> EngineUnavailableError: ...

    def shutdown(self) -> None: ...


class ConversationRepository(Protocol):
    def create_conversation(self, title: str, system_prompt: str = "") -> Conversation: ...

    def conversation(self, conversation_id: int) -> Conversation: ...

    def list_conversations(self, search: str = "") -> list[Conversation]: ...

    def rename_conversation(self, conversation_id: int, title: str) -> None: ...

    def set_system_prompt(self, conversation_id: int, system_prompt: str) -> None: ...

    def set_current_leaf(self, conversation_id: int, leaf_id: int | None) -> None: ...

    def delete_conversation(self, conversation_id: int) -> None: ...

    def add_message(
        self,
        conversation_id: int,
        parent_id: int | None,
        role: Role,
        content: str,
        status: MessageStatus = "complete",
        meta: dict[str, Any] | None = None,
        images: Sequence[NewImage | MessageImage] = (),  # a user message's images (issue 17)
    ) -> MessageNode: ...

    def update_message(
        self, message_id: int, content: str, status: MessageStatus, meta: dict[str, Any] | None = None,
        reasoning: str | None = None,
    ) -> None: ...

    def messages(self, conversation_id: int) -> list[MessageNode]: ...


class ModelCatalog(Protocol):
    @property
    def models_dir(self) -> Path: ...

    def models(self) -> list[ModelInfo]: ...

    def import_file(self, source_path: Path) -> ModelInfo: ...

    # `projector`: a vision projector downloaded with the model (issue 17), paired with it when it fits
    def register_download(self, first_part: Path, repo_id: str, name: str,
                          projector: Path | None = None) -> ModelInfo: ...

    def delete(self, path: str) -> None: ...

    # A model's vision projector (issue 17): a file, "" for none, None for the automatic pairing; ProjectorError
    # (core/vision_projector) when the file does not fit the model
    def set_projector(self, model_path: str, projector_path: str | None) -> None: ...


class ModelHub(Protocol):
    def search(self, query: str = "", sort: str = "downloads", limit: int = 40) -> list[RepoSummary]: ...

    def model_page(self, repo_id: str) -> ModelPage: ...

    def read_remote_header(self, repo_id: str, filename: str) -> GGUFHeader: ...

    # The model source (issue 21): Hugging Face or a mirror; see core/hub_endpoint.py.
    @property
    def endpoint(self) -> str: ...

    @property
    def environment_endpoint(self) -> str: ...  # HF_ENDPOINT when set (it wins over the setting), else ""

    def use_setting(self, setting: str) -> EndpointChoice: ...

    def probe(self, endpoint: str, timeout: float = ...) -> str: ...  # a sentence; raises HubError with the reason


class FileDownloader(Protocol):
    def download(
        self, repo_id: str, files: Sequence[RemoteFile], progress: Callable[[int, int], None], stop: Callable[[], bool]
    ) -> list[Path]: ...

    def discard(self, repo_id: str, files: Sequence[RemoteFile]) -> None: ...

    def bytes_on_disk(self, repo_id: str, files: Sequence[RemoteFile]) -> int: ...


class DownloadRepository(Protocol):
    def add(self, repo_id: str, name: str, files: tuple[RemoteFile, ...]) -> DownloadRecord: ...

    def update(
        self, record_id: int, status: DownloadStatus | None = None, done_bytes: int | None = None,
        error: str | None = None, path: str | None = None,
    ) -> None: ...

    def get(self, record_id: int) -> DownloadRecord: ...

    def all(self) -> list[DownloadRecord]: ...

    def remove(self, record_id: int) -> None: ...


class DocumentServices(Protocol):
    """Documents, summaries and translations (services/documents/document_jobs.py). The jobs run on a worker
    thread: `progress` and the streaming callbacks are called there, and `cancel` is checked between requests."""

    def load_document(self, path: Path) -> Document: ...

    # A PDF's text with its pages without a text layer read by the loaded vision model (issue 17): progress stage
    # "reading", one step a scanned page; Cancelled between and within pages
    def read_scans(self, engine: ChatEngine, n_ctx: int, path: Path, progress: Callable[[Progress], None],
                   cancel: threading.Event) -> Document: ...

    def summarize(self, engine: ChatEngine, n_ctx: int, text: str, options: SummaryOptions,
                  progress: Callable[[Progress], None], cancel: threading.Event,
                  on_final_delta: Callable[[str], None] | None = None,
                  reasoning: ReasoningFormat | None = None) -> JobResult: ...

    def translate(self, engine: ChatEngine, n_ctx: int, text: str, options: TranslateOptions,
                  progress: Callable[[Progress], None], cancel: threading.Event,
                  on_block: Callable[[int, str], None] | None = None) -> JobResult: ...

    def translate_docx(self, engine: ChatEngine, n_ctx: int, source: Path, target: Path, options: TranslateOptions,
                       progress: Callable[[Progress], None], cancel: threading.Event) -> JobResult: ...

    def detect_language(self, text: str) -> str: ...

    def add_history(self, kind: JobKind, source_name: str, source_text: str, options: dict[str, Any],
                    result: str) -> HistoryEntry: ...

    def history(self, kind: JobKind) -> list[HistoryEntry]: ...


class SettingsRepository(Protocol):
    def load(self) -> AppSettings: ...

    def save(self, settings: AppSettings) -> None: ...


class TrainingService(Protocol):
    """Training runs: start, follow, stop and resume worker processes (services/training_runner.py)."""

    def unavailable(self) -> str: ...

    def all_runs(self) -> list[TrainingRun]: ...

    def get(self, run_id: int) -> TrainingRun: ...

    def adapters_for(self, base_model: str) -> list[TrainingRun]: ...

    def start(self, config: TrainConfig, name: str) -> TrainingRun: ...

    def resume(self, run_id: int) -> TrainingRun: ...

    def poll(self, run_id: int) -> tuple[RunState, bool]: ...

    def is_alive(self, run: TrainingRun) -> bool: ...

    def reconcile(self) -> list[TrainingRun]: ...

    def request_stop(self, run_id: int) -> None: ...

    def terminate(self, run_id: int, hard: bool = False) -> None: ...

    def release(self, run_id: int) -> None: ...

    def delete(self, run_id: int, remove_files: bool) -> None: ...


class KnowledgeBase(Protocol):
    """Collections of the user's documents, their index and search (services/knowledge/knowledge_base.py, issue
    12). Any thread: `index` runs on a worker thread while the GUI thread lists and searches."""

    def collections(self) -> list[Collection]: ...

    def create(self, name: str, sources: Sequence[str], embedding_model: str = "") -> Collection: ...

    def add_sources(self, collection_id: int, sources: Sequence[str]) -> Collection: ...

    def remove_sources(self, collection_id: int, sources: Sequence[str]) -> Collection: ...

    def delete(self, collection_id: int) -> None: ...

    def set_embedding_model(self, collection_id: int, model: str) -> Collection: ...

    def files(self, collection_id: int) -> list[IndexedFile]: ...  # indexed and failed (with the reason), by path

    def stats(self, collection_id: int) -> tuple[int, int, int]: ...  # files indexed, files failed, chunks

    def index(self, collection_id: int, progress: Callable[[IndexProgress], None],
              stop: threading.Event, embed: bool = True) -> IndexReport: ...  # embed=False: keywords only, at once

    def search(self, collection_ids: Sequence[int], query: str, k: int = 5) -> SearchResult: ...

    def attach(self, conversation_id: int, collection_ids: Sequence[int], only_documents: bool = False) -> None: ...

    def attached(self, conversation_id: int) -> list[Collection]: ...

    def only_documents(self, conversation_id: int) -> bool: ...

    def add_chat_file(self, conversation_id: int, path: str) -> Collection: ...  # a file dropped into the chat

    def forget_conversation(self, conversation_id: int) -> None: ...  # the chat was deleted

    def passage_context(self, chunk_id: int, around: int = 2) -> list[Passage]: ...  # [] once the store lost it

    def watch(self, on_changed: Callable[[int], None]) -> None: ...  # called on a watcher thread: a collection id

    def embedding_models(self, library_paths: Sequence[str]) -> list[str]: ...

    def rerankers(self, library_paths: Sequence[str]) -> list[str]: ...  # the library's reranker GGUFs

    @property
    def reranker(self) -> str: ...  # the reranker GGUF every search is re-ranked with, "" for none

    def set_reranker(self, model: str) -> None: ...  # KnowledgeError: not a reranker

    def close(self) -> None: ...
