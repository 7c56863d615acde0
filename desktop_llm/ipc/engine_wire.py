"""The engine worker's wire schema, defined once: its status, its load request, its error codes and error body.

The worker (engine/http_api.py) produces these and the client (services/engine/engine_client.py) parses them
here, so the two ends cannot drift apart, and a stand-in worker in the tests speaks the same schema by
importing this module. Error codes map to the typed errors of core/errors.py in one table (the role of Anki's
`backend_exception_to_pylib`): the server turns an exception into a code with `error_for`, the client turns a
code back into an exception with `exception_from`.

The JSON on the socket is what it was before this module existed (issue 19, item 4): the same keys, the same
values, keys that have nothing to say left out.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from enum import StrEnum
from http import HTTPStatus
from typing import Any

from desktop_llm.core.errors import (
    ChatTemplateError,
    ContextOverflowError,
    DesktopLlmError,
    EngineRequestError,
    ModelLoadError,
    ModelNotLoadedError,
    RequestInvalidError,
)
from desktop_llm.core.sampling import Adapters, LoadParams
from desktop_llm.ipc.error_nesting import NestedError, NestingBudget, nested_from, nested_of


class ErrorCode(StrEnum):
    """The `code` (and `type`) of an error answer; each has one HTTP status (see `ErrorCode.status`)."""

    UNAUTHORIZED = "unauthorized"
    NOT_FOUND = "not_found"
    UNSUPPORTED = "unsupported"
    TOO_LARGE = "too_large"
    INVALID_REQUEST = "invalid_request"
    INVALID_JSON = "invalid_json"
    BUSY = "busy"
    MODEL_NOT_LOADED = "model_not_loaded"
    MODEL_LOAD_FAILED = "model_load_failed"
    CONTEXT_OVERFLOW = "context_overflow"
    CHAT_TEMPLATE = "chat_template"
    ENGINE_ERROR = "engine_error"

    @property
    def status(self) -> HTTPStatus:
        return _STATUS[self]


_STATUS: dict[ErrorCode, HTTPStatus] = {
    ErrorCode.UNAUTHORIZED: HTTPStatus.UNAUTHORIZED,
    ErrorCode.NOT_FOUND: HTTPStatus.NOT_FOUND,
    ErrorCode.UNSUPPORTED: HTTPStatus.NOT_IMPLEMENTED,
    ErrorCode.TOO_LARGE: HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    ErrorCode.INVALID_REQUEST: HTTPStatus.BAD_REQUEST,
    ErrorCode.INVALID_JSON: HTTPStatus.BAD_REQUEST,
    ErrorCode.BUSY: HTTPStatus.SERVICE_UNAVAILABLE,
    ErrorCode.MODEL_NOT_LOADED: HTTPStatus.CONFLICT,
    ErrorCode.MODEL_LOAD_FAILED: HTTPStatus.UNPROCESSABLE_ENTITY,
    ErrorCode.CONTEXT_OVERFLOW: HTTPStatus.BAD_REQUEST,
    ErrorCode.CHAT_TEMPLATE: HTTPStatus.BAD_REQUEST,
    ErrorCode.ENGINE_ERROR: HTTPStatus.INTERNAL_SERVER_ERROR,
}

# The one table between typed errors and codes. Server side, the first entry the exception is an instance of
# wins (subclasses before their bases); any other DesktopLlmError is ENGINE_ERROR. Client side, a code in
# `_RAISED_AS` comes back as that type, any other code as EngineRequestError carrying the code and status.
_CODE_OF: tuple[tuple[type[DesktopLlmError], ErrorCode], ...] = (
    (ModelNotLoadedError, ErrorCode.MODEL_NOT_LOADED),
    (ModelLoadError, ErrorCode.MODEL_LOAD_FAILED),
    (ContextOverflowError, ErrorCode.CONTEXT_OVERFLOW),
    (ChatTemplateError, ErrorCode.CHAT_TEMPLATE),
    (RequestInvalidError, ErrorCode.INVALID_REQUEST),
)
# invalid_request stays an EngineRequestError on the client (with .code and .status), as it always was: the
# request came from this process, so the caller's bug is reported, not re-raised as the caller's own input error.
_RAISED_AS: dict[ErrorCode, type[DesktopLlmError]] = {
    code: error_type for error_type, code in _CODE_OF if code is not ErrorCode.INVALID_REQUEST
}


class EngineApiError(Exception):
    """Raised inside the server for an answer that is an error by protocol (auth, routing, framing, busy)."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ErrorBody:
    """An error answer: `{"error": {"message", "type", "code", "status"}}` (OpenAI's shape plus the status).

    The same JSON is an HTTP error's body and, once a stream's 200 is out, the data of its `error` event.
    `code` is a str: another server may send codes this app does not know. An error made from a translatable
    template (core/errors.py) also carries `template` and `fields`, so the UI can show it in the user's
    language; both keys are optional (left out when there are no fields, and other servers never send them).
    A field that held another of our errors also has it in `inner` (NestedError), translated in turn.
    """

    code: str
    message: str
    status: int
    template: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    inner: dict[str, NestedError] = field(default_factory=dict)

    @classmethod
    def of(cls, code: ErrorCode, message: str, template: str = "", fields: dict[str, str] | None = None,
           inner: dict[str, NestedError] | None = None) -> ErrorBody:
        return cls(code.value, message, int(code.status), template if fields else "", dict(fields or {}),
                   dict(inner or {}) if fields else {})

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.code, "code": self.code, "status": self.status}
        if self.template and self.fields:
            error.update(template=self.template, fields=self.fields)
            if self.inner:
                error["inner"] = {key: nested.to_dict() for key, nested in self.inner.items()}
        return {"error": error}

    def sse_event(self) -> bytes:
        """The stream's `error` event carrying this body (issue 10, item 12)."""
        return b"event: error\ndata: " + json.dumps(self.to_dict()).encode("utf-8") + b"\n\n"

    @classmethod
    def parse(cls, status: int, raw: bytes) -> ErrorBody:
        """Whatever an error answer holds; a body that is not ours (a proxy's HTML page) becomes its text."""
        try:
            error = json.loads(raw).get("error", {})
            message = str(error.get("message") or raw.decode("utf-8", "replace"))
            code = str(error.get("code") or error.get("type") or "error")
            template, fields = _template_of(error, message)
            inner = nested_from(error.get("inner"), fields, NestingBudget()) if template else {}
        except (ValueError, AttributeError):
            message, code = raw.decode("utf-8", "replace")[:500] or f"HTTP {status}", "error"
            template, fields, inner = "", {}, {}
        return cls(code, message, status, template, fields, inner)

    @classmethod
    def parse_event(cls, data: str) -> ErrorBody:
        """The body of a stream's `error` event, with the status it carries (500 when it has none)."""
        try:
            status = int(json.loads(data).get("error", {}).get("status") or 500)
        except (ValueError, AttributeError, TypeError):
            status = 500
        return cls.parse(status, data.encode("utf-8"))


def _template_of(error: dict[str, Any], message: str) -> tuple[str, dict[str, str]]:
    """An answer's template and fields, kept only when they are well formed and fill in to the very message
    (the body is untrusted: a mismatch would show the user a different text in their language)."""
    template, fields = error.get("template"), error.get("fields")
    if not isinstance(template, str) or not isinstance(fields, dict) or not fields:
        return "", {}
    if not all(isinstance(key, str) and isinstance(value, str) for key, value in fields.items()):
        return "", {}
    try:
        filled = template.format(**fields)
    except (KeyError, IndexError, ValueError, AttributeError):
        return "", {}
    return (template, dict(fields)) if filled == message else ("", {})


def error_for(exc: BaseException) -> ErrorBody | None:
    """The answer the server gives for an exception, or None when it is not an error the protocol knows: that
    is an internal failure, which the server logs and answers with ENGINE_ERROR."""
    if isinstance(exc, EngineApiError):
        return ErrorBody.of(exc.code, str(exc))
    for error_type, code in _CODE_OF:
        if isinstance(exc, error_type):
            # "invalid request: top_k must be ..." as the answer always read (the field is named after it)
            prefix = "invalid request: " if code is ErrorCode.INVALID_REQUEST else ""
            return ErrorBody.of(code, prefix + str(exc), prefix + exc.template, exc.fields, nested_of(exc, NestingBudget()))
    if isinstance(exc, DesktopLlmError):
        return ErrorBody.of(ErrorCode.ENGINE_ERROR, str(exc), exc.template, exc.fields, nested_of(exc, NestingBudget()))
    return None


def exception_from(body: ErrorBody) -> DesktopLlmError:
    """The typed error an error answer stands for: the client's one mapping from the wire to core/errors.py."""
    try:
        code: ErrorCode | None = ErrorCode(body.code)
    except ValueError:
        code = None
    error_type = _RAISED_AS.get(code) if code is not None else None
    error = error_type(body.message) if error_type is not None else EngineRequestError(body.message, body.code, body.status)
    if body.template and body.fields:  # set, not passed: a field named like a keyword ("code") must not clash
        error.template, error.fields = body.template, dict(body.fields)
        error.inner = {key: nested.exception() for key, nested in body.inner.items() if key in body.fields}
    return error


# status


@dataclass(frozen=True)
class ProcessInfo:
    """What /status says about the worker process; still true while a model is being swapped."""

    backend: str
    gpu_offload_supported: bool
    llama_cpp_version: str
    rss_bytes: int
    peak_rss_bytes: int
    pid: int


@dataclass(frozen=True)
class ModelStatus:
    """The loaded model, as /status and /load report it."""

    path: str  # on the wire: `model`
    n_ctx: int
    n_gpu_layers: int
    layers_offloaded: int
    n_layers: int
    model_size_bytes: int
    load_ms: float
    chat_template_warning: str
    architecture: str
    adapters: Adapters  # the LoRA adapters applied now, (path, scale)
    quantization: str
    kv_cache_bytes: int | None = None  # as llama.cpp logged them at load time; None when it did not say
    compute_bytes: int | None = None
    reads_tools: bool | None = None  # the model's template writes offered tools (issue 14); None: not said
    n_parallel: int = 1  # slots: requests the model runs at once in one context (issue 18)
    vision: bool = False  # a vision projector is loaded beside the model: it takes images (issue 17)
    mmproj: str = ""  # that projector's path


@dataclass(frozen=True)
class EngineStatus:
    """The engine's state: `model` is None when no model is usable (none loaded, or one being swapped)."""

    process: ProcessInfo | None = None  # None only in the answer to /unload, which says just `loaded: false`
    model: ModelStatus | None = None
    loading: str = ""  # the model path a /load in progress is loading
    unloading: bool = False  # an /unload is in progress
    busy: bool | None = None  # /status only: true when another request holds the model (then this is its last
    # published status); None where the answer does not say

    @property
    def loaded(self) -> bool:
        return self.model is not None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"loaded": self.loaded}
        if self.process is not None:
            p = self.process
            data.update(backend=p.backend, gpu_offload_supported=p.gpu_offload_supported,
                        llama_cpp_version=p.llama_cpp_version, rss_bytes=p.rss_bytes,
                        peak_rss_bytes=p.peak_rss_bytes, pid=p.pid)
        if self.model is not None:
            m = self.model
            data.update(
                model=m.path, n_ctx=m.n_ctx, n_gpu_layers=m.n_gpu_layers, layers_offloaded=m.layers_offloaded,
                n_layers=m.n_layers, model_size_bytes=m.model_size_bytes, load_ms=m.load_ms,
                chat_template_warning=m.chat_template_warning, architecture=m.architecture,
                adapters=[{"path": path, "scale": scale} for path, scale in m.adapters], quantization=m.quantization,
            )
            if m.kv_cache_bytes is not None:
                data["kv_cache_bytes"] = m.kv_cache_bytes
            if m.compute_bytes is not None:
                data["compute_bytes"] = m.compute_bytes
            if m.reads_tools is not None:
                data["reads_tools"] = m.reads_tools
            if m.n_parallel != 1:
                data["n_parallel"] = m.n_parallel
            if m.vision:  # only then: a text model's status stays the JSON it was
                data["vision"] = True
            if m.mmproj:
                data["mmproj"] = m.mmproj
        if self.loading:
            data["loading"] = self.loading
        if self.unloading:
            data["unloading"] = True
        if self.busy is not None:
            data["busy"] = self.busy
        return data

    @classmethod
    def from_dict(cls, data: Any) -> EngineStatus:
        """Parse a status answer; RequestInvalidError naming the field when it is not one. Unknown keys are
        ignored, so a newer worker may add some."""
        if not isinstance(data, dict):
            raise RequestInvalidError(f"an engine status must be a JSON object, got {type(data).__name__}")
        process = None
        if "backend" in data:
            process = ProcessInfo(
                backend=_str(data, "backend"),
                gpu_offload_supported=_bool(data, "gpu_offload_supported"),
                llama_cpp_version=_str(data, "llama_cpp_version"),
                rss_bytes=_int(data, "rss_bytes"),
                peak_rss_bytes=_int(data, "peak_rss_bytes"),
                pid=_int(data, "pid"),
            )
        model = None
        if _bool(data, "loaded"):
            adapters = data.get("adapters") or []
            if not isinstance(adapters, list) or not all(isinstance(a, dict) for a in adapters):
                raise RequestInvalidError("status field adapters must be a list of {path, scale}")
            model = ModelStatus(
                path=_str(data, "model"),
                n_ctx=_int(data, "n_ctx"),
                n_gpu_layers=_int(data, "n_gpu_layers"),
                layers_offloaded=_int(data, "layers_offloaded"),
                n_layers=_int(data, "n_layers"),
                model_size_bytes=_int(data, "model_size_bytes"),
                load_ms=_float(data, "load_ms"),
                chat_template_warning=_str(data, "chat_template_warning"),
                architecture=_str(data, "architecture"),
                adapters=tuple((_str(a, "path"), _float(a, "scale")) for a in adapters),
                quantization=_str(data, "quantization"),
                kv_cache_bytes=_int(data, "kv_cache_bytes") if data.get("kv_cache_bytes") is not None else None,
                compute_bytes=_int(data, "compute_bytes") if data.get("compute_bytes") is not None else None,
                reads_tools=_bool(data, "reads_tools") if data.get("reads_tools") is not None else None,
                n_parallel=_int(data, "n_parallel") if data.get("n_parallel") is not None else 1,
                vision=_bool(data, "vision"),
                mmproj=_str(data, "mmproj"),
            )
        busy = data.get("busy")
        return cls(
            process=process,
            model=model,
            loading=_str(data, "loading"),
            unloading=_bool(data, "unloading"),
            busy=None if busy is None else _bool(data, "busy"),
        )


def _str(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RequestInvalidError(f"status field {key} must be a string, got {type(value).__name__}")
    return value


def _bool(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise RequestInvalidError(f"status field {key} must be true or false, got {type(value).__name__}")
    return value


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if value is None:
        return 0
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise RequestInvalidError(f"status field {key} must be an integer, got {type(value).__name__}")
    return value


def _float(data: dict[str, Any], key: str) -> float:
    value = data.get(key)
    if value is None:
        return 0.0
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RequestInvalidError(f"status field {key} must be a number, got {type(value).__name__}")
    return float(value)


# requests


def load_body(params: LoadParams) -> dict[str, Any]:
    """The body of POST /load."""
    return params.to_dict()


def load_params_from(body: dict[str, Any]) -> LoadParams:
    """A /load body as validated LoadParams; RequestInvalidError naming the field otherwise."""
    return LoadParams.from_dict(body).validated()

