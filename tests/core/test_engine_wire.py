"""The engine's wire schema: statuses and error answers round-trip, and every code has one typed meaning."""

from __future__ import annotations

import json
from http import HTTPStatus
from pathlib import Path

import pytest

from desktop_llm.core.errors import (
    ChatTemplateError,
    ContextOverflowError,
    DesktopLlmError,
    EngineRequestError,
    ModelLoadError,
    ModelNotLoadedError,
    RequestInvalidError,
)
from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.ipc.engine_wire import (
    EngineApiError,
    EngineStatus,
    ErrorBody,
    ErrorCode,
    ModelStatus,
    ProcessInfo,
    error_for,
    exception_from,
    load_body,
    load_params_from,
)
from desktop_llm.ipc.error_nesting import MAX_NESTED_DEPTH, MAX_NESTED_ERRORS

PROCESS = ProcessInfo("CPU", False, "0.3.16", 100, 200, 42)
MODEL = ModelStatus(
    path="/m/a.gguf", n_ctx=2048, n_gpu_layers=-1, layers_offloaded=0, n_layers=30, model_size_bytes=93_000_000,
    load_ms=12.5, chat_template_warning="", architecture="llama", adapters=(("/a/lora.gguf", 0.5),),
    quantization="Q8_0", kv_cache_bytes=1024, compute_bytes=None,
)

# What the worker sent before the schema had types (engine/model_host.py's dict): the bytes must not change.
LEGACY_LOADED = {
    "loaded": True, "backend": "CPU", "gpu_offload_supported": False, "llama_cpp_version": "0.3.16", "rss_bytes": 100,
    "peak_rss_bytes": 200, "pid": 42, "model": "/m/a.gguf", "n_ctx": 2048, "n_gpu_layers": -1, "layers_offloaded": 0,
    "n_layers": 30, "model_size_bytes": 93_000_000, "load_ms": 12.5, "chat_template_warning": "",
    "architecture": "llama", "adapters": [{"path": "/a/lora.gguf", "scale": 0.5}], "quantization": "Q8_0",
    "kv_cache_bytes": 1024,
}


def test_a_loaded_status_is_the_same_json_as_before() -> None:
    status = EngineStatus(PROCESS, MODEL)
    assert json.dumps(status.to_dict()) == json.dumps(LEGACY_LOADED)
    assert EngineStatus.from_dict(LEGACY_LOADED) == status
    assert status.loaded


def test_statuses_round_trip() -> None:
    for status in (
        EngineStatus(PROCESS),
        EngineStatus(PROCESS, loading="/m/b.gguf", busy=True),
        EngineStatus(PROCESS, unloading=True, busy=True),
        EngineStatus(PROCESS, MODEL, busy=False),
        EngineStatus(),
    ):
        assert EngineStatus.from_dict(json.loads(json.dumps(status.to_dict()))) == status
    assert EngineStatus().to_dict() == {"loaded": False}  # the answer to /unload
    assert EngineStatus(PROCESS, loading="/m/b.gguf", busy=True).to_dict()["loading"] == "/m/b.gguf"


def test_a_status_ignores_unknown_keys_and_refuses_wrong_types() -> None:
    assert EngineStatus.from_dict({**LEGACY_LOADED, "slots": 4}).model == MODEL
    with pytest.raises(RequestInvalidError, match="n_ctx"):
        EngineStatus.from_dict({**LEGACY_LOADED, "n_ctx": "big"})
    with pytest.raises(RequestInvalidError, match="loaded"):
        EngineStatus.from_dict({"loaded": "yes"})
    with pytest.raises(RequestInvalidError):
        EngineStatus.from_dict([1, 2])


def test_the_error_body_is_the_same_json_as_before() -> None:
    body = ErrorBody.of(ErrorCode.BUSY, "the engine is busy with another request")
    assert body.to_dict() == {"error": {"message": "the engine is busy with another request", "type": "busy",
                                        "code": "busy", "status": 503}}
    assert ErrorBody.parse(503, json.dumps(body.to_dict()).encode()) == body
    event = body.sse_event()
    assert event.startswith(b"event: error\ndata: ") and event.endswith(b"\n\n")
    assert ErrorBody.parse_event(event[len(b"event: error\ndata: "):-2].decode()) == body


def test_a_foreign_error_body_is_kept_as_text() -> None:
    assert ErrorBody.parse(502, b"<html>Bad gateway</html>") == ErrorBody("error", "<html>Bad gateway</html>", 502)
    assert ErrorBody.parse(502, b"") == ErrorBody("error", "HTTP 502", 502)
    assert ErrorBody.parse_event("not json").status == 500


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_code_has_one_status(code: ErrorCode) -> None:
    assert isinstance(code.status, HTTPStatus)
    assert ErrorBody.of(code, "x").status == int(code.status)


@pytest.mark.parametrize(
    ("error", "code", "raised_as"),
    [
        (ModelNotLoadedError("no model is loaded"), ErrorCode.MODEL_NOT_LOADED, ModelNotLoadedError),
        (ModelLoadError("truncated"), ErrorCode.MODEL_LOAD_FAILED, ModelLoadError),
        (ContextOverflowError("too long"), ErrorCode.CONTEXT_OVERFLOW, ContextOverflowError),
        (ChatTemplateError("escaped"), ErrorCode.CHAT_TEMPLATE, ChatTemplateError),
        (RequestInvalidError("top_k must be an integer"), ErrorCode.INVALID_REQUEST, EngineRequestError),
        (DesktopLlmError("something of ours"), ErrorCode.ENGINE_ERROR, EngineRequestError),
        (EngineApiError(ErrorCode.BUSY, "busy"), ErrorCode.BUSY, EngineRequestError),
    ],
)
def test_errors_cross_the_wire_typed(error: Exception, code: ErrorCode, raised_as: type[Exception]) -> None:
    body = error_for(error)
    assert body is not None and body.code == code.value and body.message.endswith(str(error))
    # through the bytes, as the client sees them
    back = exception_from(ErrorBody.parse(body.status, json.dumps(body.to_dict()).encode()))
    assert type(back) is raised_as and str(back) == body.message
    if isinstance(back, EngineRequestError):
        assert back.code == code.value and back.status == int(code.status)


def test_a_request_error_reads_as_before() -> None:
    body = error_for(RequestInvalidError("top_k must be an integer, got 'x'"))
    assert body is not None and body.message == "invalid request: top_k must be an integer, got 'x'"


def test_an_internal_error_is_not_a_protocol_error() -> None:
    for error in (KeyError("n_ctx"), ValueError("bad"), TypeError("none"), RuntimeError("llama_decode")):
        assert error_for(error) is None  # the server logs these and answers engine_error (500)


def test_an_unknown_code_is_a_request_error() -> None:
    back = exception_from(ErrorBody("rate_limited", "slow down", 429))
    assert isinstance(back, EngineRequestError) and back.code == "rate_limited" and back.status == 429


def test_sampling_and_load_validation_raise_request_invalid() -> None:
    with pytest.raises(RequestInvalidError, match="top_k"):
        SamplingParams(top_k="many").validated()  # type: ignore[arg-type]
    with pytest.raises(ValueError):  # still a ValueError for callers that validate settings
        SamplingParams(temperature=float("nan")).validated()
    with pytest.raises(RequestInvalidError, match="path"):
        load_params_from({"n_ctx": 512})
    with pytest.raises(RequestInvalidError, match="n_ctx"):
        load_params_from({"path": "/m/a.gguf", "n_ctx": "huge"})
    params = LoadParams(path="/m/a.gguf", n_ctx=512, lora=(("/a/l.gguf", 1.0),))
    assert load_params_from(json.loads(json.dumps(load_body(params)))) == params


def test_a_templated_error_crosses_the_wire_with_its_template_and_fields() -> None:
    # issue 21: the UI translates the template and fills it; the English message is unchanged for everyone else
    error = ModelLoadError("{name} is not a GGUF file (it starts with {magic})", name="a.bin", magic="'PK'")
    body = error_for(error)
    assert body is not None
    wire = body.to_dict()
    assert wire["error"]["message"] == "a.bin is not a GGUF file (it starts with 'PK')"
    assert wire["error"]["template"] == error.template and wire["error"]["fields"] == {"name": "a.bin", "magic": "'PK'"}
    back = exception_from(ErrorBody.parse(body.status, json.dumps(wire).encode()))
    assert type(back) is ModelLoadError and str(back) == str(error)
    assert back.template == error.template and back.fields == error.fields
    streamed = exception_from(ErrorBody.parse_event(body.sse_event()[len(b"event: error\ndata: "):-2].decode()))
    assert streamed.template == error.template and streamed.fields == error.fields


def test_a_templated_request_error_keeps_its_prefix_and_a_field_named_like_a_keyword() -> None:
    body = error_for(RequestInvalidError("{code} must be an integer", code="top_k"))
    assert body is not None and body.message == "invalid request: top_k must be an integer"
    back = exception_from(ErrorBody.parse(body.status, json.dumps(body.to_dict()).encode()))
    assert isinstance(back, EngineRequestError) and back.code == "invalid_request"  # the field did not clash
    assert back.template == "invalid request: {code} must be an integer" and back.fields == {"code": "top_k"}


def test_an_error_without_fields_sends_no_template_keys() -> None:
    body = error_for(ModelLoadError("truncated {braces}"))
    assert body is not None and set(body.to_dict()["error"]) == {"message", "type", "code", "status"}
    assert exception_from(body).template == "truncated {braces}"


@pytest.mark.parametrize(
    "extra",
    [
        {"template": "{name} broke", "fields": {"name": "b"}},  # fills in to another message than the one sent
        {"template": "{name} broke", "fields": {"other": "a"}},  # a placeholder with no field
        {"template": "{name} broke", "fields": {"name": 3}},  # not text
        {"template": ["x"], "fields": {"name": "a"}},
        {"template": "{name} broke", "fields": "name=a"},
        {"template": "{0} broke", "fields": {"name": "a"}},
    ],
)
def test_a_malformed_template_from_the_wire_is_ignored(extra: dict[str, object]) -> None:
    raw = json.dumps({"error": {"message": "a broke", "code": "model_load_failed", **extra}}).encode()
    back = exception_from(ErrorBody.parse(422, raw))
    assert type(back) is ModelLoadError and str(back) == "a broke"
    assert back.template == "a broke" and back.fields == {}


def _through_the_bytes(body: ErrorBody | None) -> DesktopLlmError:
    assert body is not None
    return exception_from(ErrorBody.parse(body.status, json.dumps(body.to_dict()).encode()))


def _not_gguf(tmp_path: Path) -> ModelLoadError:
    """The worker's error for a text file named .gguf, as engine/model_host.py raises it around the reader's."""
    path = tmp_path / "notes.gguf"
    path.write_text("# notes\n", encoding="utf-8")
    with pytest.raises(GGUFFormatError) as caught:
        read_file_header(str(path))
    return ModelLoadError("{name}: {reason}", name=path.name, reason=caught.value)


def test_an_error_inside_another_crosses_the_wire_with_its_own_template(tmp_path: Path) -> None:
    error = _not_gguf(tmp_path)
    body = error_for(error)
    assert body is not None
    wire = body.to_dict()["error"]
    reason = 'not a GGUF file (it starts with "# no"; a GGUF file starts with "GGUF")'
    assert wire["message"] == f"notes.gguf: {reason}"  # other servers' clients and the CLI read English, as before
    assert wire["fields"] == {"name": "notes.gguf", "reason": reason}  # still plain text
    assert wire["inner"] == {"reason": {"template": error.inner["reason"].template, "fields": {"shown": '"# no"'}}}
    for back in (_through_the_bytes(body),
                 exception_from(ErrorBody.parse_event(body.sse_event()[len(b"event: error\ndata: "):-2].decode()))):
        assert type(back) is ModelLoadError and str(back) == str(error) and back.fields == error.fields
        inner = back.inner["reason"]
        assert inner.template == error.inner["reason"].template and inner.fields == {"shown": '"# no"'}
        assert str(inner) == reason


def test_nesting_crosses_three_deep_and_no_deeper() -> None:
    error = DesktopLlmError("innermost")
    for depth in range(MAX_NESTED_DEPTH + 2):
        error = DesktopLlmError("level {n} ({why})", n=str(depth), why=error)
    back = _through_the_bytes(error_for(error))
    assert str(back) == str(error)
    seen = 0
    while "why" in back.inner:
        back, seen = back.inner["why"], seen + 1
    assert seen == MAX_NESTED_DEPTH and back.inner == {}


def test_nested_errors_are_bounded_in_number() -> None:
    fields = {f"f{i}": DesktopLlmError("inner {i}", i=str(i)) for i in range(MAX_NESTED_ERRORS + 5)}
    error = DesktopLlmError(" ".join("{" + key + "}" for key in fields), **fields)
    back = _through_the_bytes(error_for(error))
    assert str(back) == str(error) and len(back.fields) == len(fields)
    assert len(back.inner) == MAX_NESTED_ERRORS


def test_a_body_without_inner_reads_as_before() -> None:
    raw = json.dumps({"error": {"message": "a.gguf: truncated", "code": "model_load_failed",
                                "template": "{name}: {reason}", "fields": {"name": "a.gguf", "reason": "truncated"}}})
    back = exception_from(ErrorBody.parse(422, raw.encode()))
    assert type(back) is ModelLoadError and back.template == "{name}: {reason}" and back.inner == {}


@pytest.mark.parametrize(
    "inner",
    [
        "not a dict",
        ["x"],
        {"reason": "text"},
        {"reason": {"template": 3, "fields": {}}},
        {"reason": {"template": "", "fields": {}}},
        {"reason": {"template": "{why}", "fields": {"why": 7}}},
        {"reason": {"template": "{why}", "fields": ["why"]}},
        {"reason": {"template": "{why}", "fields": {"why": "another text"}}},  # fills in to another reason
        {"reason": {"template": "{0}", "fields": {"why": "truncated"}}},
        {"reason": {"template": "{why.real}", "fields": {"why": "truncated"}}},
        {"other": {"template": "truncated", "fields": {}}},  # no such field
        {"reason": {"template": "truncated"}, "name": {"template": "x", "fields": {}}},
    ],
)
def test_a_malformed_inner_error_from_the_wire_is_dropped(inner: object) -> None:
    raw = json.dumps({"error": {"message": "a.gguf: truncated", "code": "model_load_failed",
                                "template": "{name}: {reason}", "fields": {"name": "a.gguf", "reason": "truncated"},
                                "inner": inner}}).encode()
    back = exception_from(ErrorBody.parse(422, raw))
    assert type(back) is ModelLoadError and str(back) == "a.gguf: truncated" and back.template == "{name}: {reason}"
    assert all(str(nested) == back.fields[key] for key, nested in back.inner.items())
    assert set(back.inner) <= {"reason"}  # only a well-formed one that reads as its field survives


def test_an_inner_error_needs_the_outer_template() -> None:
    # the outer template is dropped (it fills in to another message): its inner errors go with it
    raw = json.dumps({"error": {"message": "a.gguf: truncated", "code": "model_load_failed",
                                "template": "{name} broke", "fields": {"name": "a.gguf", "reason": "truncated"},
                                "inner": {"reason": {"template": "truncated", "fields": {}}}}}).encode()
    back = exception_from(ErrorBody.parse(422, raw))
    assert back.template == "a.gguf: truncated" and back.inner == {}
