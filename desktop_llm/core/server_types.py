"""The public API server's settings, request records and error answers (pure: services/server/ serves them).

The public server (issue 11, part A) is not the private engine API: it has its own port, key, CORS allow-list
and limits, and speaks OpenAI's and Anthropic's formats to programs the user did not write. Everything here
is plain data shared by the server, the Server page and `desktop-llm serve`.
"""

from __future__ import annotations

import ipaddress
import math
import re
from dataclasses import dataclass, replace
from typing import Any, Literal

from desktop_llm.core.errors import RequestInvalidError

DEFAULT_PORT = 1234  # LM Studio's: tools that know "a local OpenAI server" try it first
MAX_PORT = 65535
ApiFlavor = Literal["openai", "anthropic"]


def is_loopback(host: str) -> bool:
    """True when `host` only accepts connections from this machine (127.0.0.0/8, ::1, "localhost")."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything: treat it as the network


@dataclass(frozen=True)
class ServerSettings:
    """How the public server listens and what it allows. `validated()` checks every value (the Server page and
    the command line pass what a user typed)."""

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT  # 0: any free port (tests)
    api_key: str = ""  # required from clients whenever `host` is not loopback; optional (but enforced if set) on loopback
    cors_origins: tuple[str, ...] = ()  # empty: no CORS headers at all, browsers' pages cannot call the server
    idle_unload_s: float = 600.0  # a model the server loaded and nobody used for this long is unloaded; 0: never
    default_model: str = ""  # the model id that answers a request naming none ("" : the loaded one, else the first)
    max_body_bytes: int = 16 * 1024 * 1024
    max_connections: int = 32
    queue_wait_s: float = 300.0  # how long a request may wait for the engine before a 503
    idle_timeout_s: float = 15.0  # how long a connection may take to send a request head
    n_ctx: int = 4096  # the context a model loads with when the caller has no saved load settings for it

    @property
    def key_required(self) -> bool:
        return bool(self.api_key) or not is_loopback(self.host)

    def validated(self) -> ServerSettings:
        host = self.host.strip() if isinstance(self.host, str) else ""
        if not host:
            raise RequestInvalidError("host must be an address to listen on, such as 127.0.0.1 or 0.0.0.0")
        if isinstance(self.port, bool) or not isinstance(self.port, int) or not 0 <= self.port <= MAX_PORT:
            raise RequestInvalidError(f"port must be a whole number from 0 to {MAX_PORT}, got {self.port!r}")
        if not isinstance(self.api_key, str) or any(ch.isspace() for ch in self.api_key):
            raise RequestInvalidError("the API key must be text without spaces")
        if not is_loopback(host) and len(self.api_key) < 16:
            raise RequestInvalidError(
                "serving beyond this computer needs an API key of at least 16 characters: anyone on the network "
                "could otherwise use the model")
        origins = tuple(_origin(o) for o in self.cors_origins)
        for name in ("idle_unload_s", "queue_wait_s", "idle_timeout_s"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
                raise RequestInvalidError(f"{name} must be a non-negative number of seconds, got {value!r}")
        if self.idle_timeout_s <= 0:
            raise RequestInvalidError("idle_timeout_s must be more than 0 seconds")
        for name, low in (("max_body_bytes", 1024), ("max_connections", 1), ("n_ctx", 128)):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise RequestInvalidError(f"{name} must be a whole number of at least {low}, got {value!r}")
        return replace(self, host=host, cors_origins=origins)


def _origin(value: object) -> str:
    """A CORS origin as browsers send it: scheme://host[:port] with no path, or "*" for any page."""
    if not isinstance(value, str):
        raise RequestInvalidError(f"a CORS origin must be text, got {value!r}")
    text = value.strip().rstrip("/")
    if text == "*" or re.fullmatch(r"https?://[A-Za-z0-9.\-\[\]:]+", text):
        return text.lower()
    raise RequestInvalidError(f"a CORS origin looks like http://localhost:3000 (scheme, host and port), got {value!r}")


@dataclass(frozen=True)
class RequestRecord:
    """One request the public server answered, for the live request log. Delivered on the server's threads."""

    started: float  # time.time() when the request head arrived
    client: str  # "address:port"
    method: str
    endpoint: str  # the path without its query
    model: str  # the model id the request named or got ("" when none was involved)
    status: int  # the HTTP status answered (200 for a stream that later failed: see `error`)
    duration_s: float
    prompt_tokens: int = 0
    completion_tokens: int = 0
    tokens_per_s: float = 0.0
    stream: bool = False
    finish_reason: str = ""  # stop, length, tool_calls, cancelled (the client went away), error
    error: str = ""  # the error's message, when the request failed

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


class PublicError(Exception):
    """An error answer of the public server, raised where it is found and rendered in OpenAI's or Anthropic's
    shape (an exception, not an error of core/errors.py: it is an HTTP answer, like ipc's EngineApiError)."""

    def __init__(self, status: int, message: str, type: str = "invalid_request_error", code: str | None = None,
                 param: str | None = None, retry_after_s: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type  # OpenAI's type; Anthropic's is derived from the status
        self.code = code
        self.param = param
        self.retry_after_s = retry_after_s  # sent as Retry-After on 429 and 503

    def openai(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}

    def anthropic(self) -> dict[str, Any]:
        return {"type": "error", "error": {"type": _ANTHROPIC_TYPES.get(self.status, "api_error"),
                                           "message": self.message}}

    def body(self, flavor: ApiFlavor) -> dict[str, Any]:
        return self.anthropic() if flavor == "anthropic" else self.openai()


_ANTHROPIC_TYPES = {
    400: "invalid_request_error", 401: "authentication_error", 403: "permission_error", 404: "not_found_error",
    405: "invalid_request_error", 409: "invalid_request_error", 413: "request_too_large", 422: "invalid_request_error",
    429: "rate_limit_error", 500: "api_error", 501: "invalid_request_error", 503: "overloaded_error",
}


def model_id(file_name: str) -> str:
    """A model's public id: its file name without `.gguf` (and without a split model's part suffix), lower-case,
    with anything but letters, digits, `.`, `_` and `-` turned into `-`. Stable across restarts and machines, and
    never a path: clients name models by it."""
    stem = re.sub(r"\.gguf$", "", file_name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1], flags=re.IGNORECASE)
    stem = re.sub(r"-\d{5}-of-\d{5}$", "", stem)
    slug = re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-.")
    return slug or "model"
