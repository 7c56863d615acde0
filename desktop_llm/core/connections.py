"""Connections to other OpenAI-compatible servers (issue 11, part B): what one is, what a server says about
itself, and how tokens are estimated where a server cannot count them. Pure: the HTTP is services/backends/."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit, urlunsplit

from desktop_llm.core.errors import ConnectionConfigError
from desktop_llm.core.ui_text import QT_TR_NOOP

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
# The tokenize endpoints servers have, in the order they are tried: ours and llama-server's `/tokenize`
# {"content"}, vLLM's `/tokenize` {"model", "prompt"|"messages"}, llama-cpp-python's `/extras/tokenize`.
TokenizeDialect = Literal["desktop-llm", "llama-server", "vllm", "llama-cpp-python", ""]
ReachState = Literal["reachable", "unauthorized", "offline", "error", "unknown"]

# Without a tokenizer, a token is guessed at this many UTF-8 bytes (BPE vocabularies of current models average
# 3.5-4.5 bytes a token on English prose, 2-3 on code and most other scripts), then the guess is raised by the
# margin, so a guessed prompt overshoots rather than overflows; a server that still says "context exceeded" gets
# the request again in smaller pieces (services/documents).
ESTIMATE_BYTES_PER_TOKEN = 3.0
ESTIMATE_MARGIN = 1.2
# An English-centred byte-level BPE spends 1-3 tokens on a CJK character (SmolLM2: 1.84 per character of
# Chinese prose, where bytes/3 would guess 1.0): characters beyond ASCII are counted on their own.
ESTIMATE_TOKENS_PER_WIDE_CHAR = 2.0
ESTIMATE_PER_MESSAGE = 8  # role markers and separators a chat template adds around each message
DEFAULT_REMOTE_CONTEXT = 4096  # a server that says nothing about its context, and the user said nothing either


@dataclass(frozen=True)
class Connection:
    """A named OpenAI-compatible server. The API key is not here: it lives in the keychain (or a private file),
    looked up by the name. `context_length` and `concurrency` override what the server says (0: ask it)."""

    name: str
    base_url: str
    context_length: int = 0
    concurrency: int = 0
    stall_timeout_s: float = 60.0  # no byte for this long mid-request: the server is stalled

    def validated(self) -> Connection:
        if not NAME_PATTERN.match(self.name or ""):
            raise ConnectionConfigError(
                QT_TR_NOOP("a connection name is letters, digits, '.', '_' or '-' (at most 64), got {name}"),
                name=repr(self.name))
        if self.context_length < 0 or self.concurrency < 0 or not 0 < self.stall_timeout_s <= 3600:
            raise ConnectionConfigError(
                QT_TR_NOOP("context length and concurrency must be 0 or more, the stall timeout 0-3600 s"))
        return Connection(self.name, normalize_base_url(self.base_url), self.context_length, self.concurrency,
                          self.stall_timeout_s)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "base_url": self.base_url, "context_length": self.context_length,
                "concurrency": self.concurrency, "stall_timeout_s": self.stall_timeout_s}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Connection:
        try:
            return cls(str(data["name"]), str(data["base_url"]), int(data.get("context_length") or 0),
                       int(data.get("concurrency") or 0), float(data.get("stall_timeout_s") or 60.0)).validated()
        except (KeyError, TypeError, ValueError) as exc:
            raise ConnectionConfigError(QT_TR_NOOP("a saved connection is malformed: {reason}"), reason=exc) from exc


def normalize_base_url(url: str) -> str:
    """`url` as the base that `/v1/...` paths hang from: http(s) only, no query, no trailing slash, and without a
    trailing `/v1` (users paste either form: `http://host:8000/v1` is what OpenAI clients want)."""
    text = (url or "").strip()
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConnectionConfigError(QT_TR_NOOP("a server address is http:// or https:// and a host, got {url}"), url=repr(url))
    try:
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError as exc:
        raise ConnectionConfigError(QT_TR_NOOP("the port in {url} is not a number"), url=repr(url)) from exc
    path = parts.path.rstrip("/")
    if path.endswith("/v1"):
        path = path[:-3]
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def is_url(text: str) -> bool:
    """Whether a --backend value is an address rather than a connection's name."""
    return "://" in text or (":" in text and not NAME_PATTERN.match(text))


@dataclass(frozen=True)
class ServerInfo:
    """What a server said about itself when probed: its models, context length, and what it can do."""

    models: tuple[str, ...] = ()
    n_ctx: int = 0  # 0: it did not say (vLLM's max_model_len, llama-server's /props n_ctx)
    tokenize: TokenizeDialect = ""  # how it counts tokens; "" when it cannot (then tokens are estimated)
    counts_chat: bool = False  # it counts a whole chat with its template (vLLM, desktop-llm)
    parallel_slots: int = 1  # requests it runs at once (llama-server's total_slots; vLLM batches many)
    embeddings: bool | None = None  # None: unknown until asked
    kind: str = ""  # what answered, as far as it can be told: "vllm", "llama-server", "llama-cpp-python", ...
    model_ctx: dict[str, int] = field(default_factory=dict)  # per-model context where the server lists it


@dataclass(frozen=True)
class ConnectionStatus:
    """A connection as the model picker and the Connections dialog show it."""

    name: str
    base_url: str
    state: ReachState
    models: tuple[str, ...] = ()
    message: str = ""  # why it is not reachable, in the user's words

    @property
    def label(self) -> str:
        return {"reachable": "reachable", "unauthorized": "401: key refused", "offline": "offline",
                "error": "error", "unknown": "checking…"}[self.state]


def estimate_tokens(text: str) -> int:
    """A generous guess at `text`'s token count for a server that cannot count (see ESTIMATE_*)."""
    if not text:
        return 0
    wide = sum(1 for ch in text if ord(ch) > 0x7F)
    narrow = len(text) - wide
    return math.ceil((narrow / ESTIMATE_BYTES_PER_TOKEN + wide * ESTIMATE_TOKENS_PER_WIDE_CHAR) * ESTIMATE_MARGIN)


def estimate_chat_tokens(contents: list[str]) -> int:
    """A generous guess at a chat prompt's tokens: its messages plus what a template adds around each."""
    return sum(estimate_tokens(text) + ESTIMATE_PER_MESSAGE for text in contents) + ESTIMATE_PER_MESSAGE


class ConnectionService(Protocol):
    """The saved connections and their servers' state (services/backends/remote_backend.RemoteBackends). Calls
    may block on the network for seconds: controllers run them off the GUI thread."""

    def all(self) -> list[Connection]: ...

    def add(self, connection: Connection, api_key: str = "", replace: bool = False) -> Connection: ...

    def remove(self, name: str) -> None: ...

    def statuses(self) -> list[ConnectionStatus]: ...

    def test(self, connection: Connection, api_key: str) -> ConnectionStatus: ...
