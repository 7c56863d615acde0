"""What an endpoint sees of its request (PublicHandler implements it): the body, the answer, the log record.

The endpoints (openai_routes.py, anthropic_routes.py) depend on this Protocol rather than on the handler, so the
handler and the endpoints do not import each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from desktop_llm.core.server_types import ServerSettings
from desktop_llm.services.server.engine_gate import EngineGate


class Exchange(Protocol):
    path: str  # the request's path, with its query
    record: dict[str, Any]  # the request log's fields: model, prompt_tokens, completion_tokens, tokens_per_s, ...

    @property
    def gate(self) -> EngineGate: ...

    @property
    def settings(self) -> ServerSettings: ...

    def body(self) -> dict[str, Any]: ...

    def send_json(self, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> None: ...

    def start_stream(self) -> None: ...

    def sse(self, data: Any, event: str | None = None) -> None: ...

    def client_gone(self) -> bool: ...


Route = Callable[[Exchange], None]
