"""The interfaces controllers depend on; services implement them and tests may fake them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

from desktop_llm.core.conversation import Conversation, MessageNode, MessageStatus
from desktop_llm.core.errors import EngineUnavailableError
from desktop_llm.core.events import ChatMessage, Role, StreamEvent
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.core.settings_schema import AppSettings


class ChatEngine(Protocol):
    def chat_stream(
        self,
        messages: Sequence[ChatMessage],
        sampling: SamplingParams,
        cancelled: Callable[[], bool] = ...,
        request_id: str | None = None,
    ) -> Iterator[StreamEvent]: ...

    def cancel(self, request_id: str | None = None) -> int: ...

    def tokenize(self, text: str) -> list[int]: ...


class EngineSupervisor(Protocol):
    def client(self) -> ChatEngine: ...

    def ensure_loaded(self, params: LoadParams) -> dict[str, Any]: ...

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
    ) -> MessageNode: ...

    def update_message(
        self, message_id: int, content: str, status: MessageStatus, meta: dict[str, Any] | None = None
    ) -> None: ...

    def messages(self, conversation_id: int) -> list[MessageNode]: ...


class ModelCatalog(Protocol):
    def models(self) -> list[ModelInfo]: ...


class SettingsRepository(Protocol):
    def load(self) -> AppSettings: ...

    def save(self, settings: AppSettings) -> None: ...
