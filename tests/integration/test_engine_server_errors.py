"""The engine server's error answers without a model (issue 19, item 6): an in-process server whose model host
fails on purpose. Only a request's own faults are a 400; a failure inside the server is a 500 with its
traceback logged. No model is loaded, so these run in the fast subset."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator

import pytest

from desktop_llm.core.errors import EngineRequestError, ModelNotLoadedError
from desktop_llm.core.events import ChatMessage
from desktop_llm.services.engine.engine_client import EngineClient
from tests.hostile.http import post

QUESTION = [ChatMessage("user", "What is the capital of France? Answer in one word.")]


@contextlib.contextmanager
def broken_server(failure: Exception) -> Iterator[tuple[EngineClient, int]]:
    """An in-process server whose model host fails inside /tokenize with `failure`; no model is loaded."""
    from desktop_llm.engine.http_api import EngineServer
    from desktop_llm.engine.log_capture import LlamaLogCapture
    from desktop_llm.engine.model_host import ModelHost

    class BrokenHost(ModelHost):
        def tokenize(self, text: str, special: bool = True) -> list[int]:
            raise failure

    server = EngineServer(0, "t" * 32, BrokenHost(LlamaLogCapture(echo_errors=False)))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        yield EngineClient(f"http://127.0.0.1:{port}", "t" * 32, timeout=30), port
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.parametrize("failure", [KeyError("n_vocab"), ValueError("bad token id"), TypeError("NoneType")],
                         ids=["KeyError", "ValueError", "TypeError"])
@pytest.mark.allow_error_logs
def test_an_internal_error_is_a_logged_500_not_a_400(failure: Exception, caplog: pytest.LogCaptureFixture) -> None:
    with broken_server(failure) as (client, _):
        with pytest.raises(EngineRequestError) as caught:
            client.tokenize("hello")
    assert caught.value.status == 500 and caught.value.code == "engine_error"
    assert type(failure).__name__ in str(caught.value)
    logged = [r for r in caplog.records if r.name == "desktop_llm.engine.http_api" and r.levelno >= logging.ERROR]
    assert len(logged) == 1 and "/tokenize" in logged[0].getMessage()
    assert logged[0].exc_info is not None and logged[0].exc_info[1] is failure  # the traceback goes to engine.log


@pytest.mark.parametrize(("path", "body", "named"), [
    ("/tokenize", "{}", "content"),
    ("/tokenize", '{"messages": "hi"}', "messages"),
    ("/load", '{"n_ctx": 512}', "path"),
    ("/load", '{"path": "m.gguf", "n_ctx": "big"}', "n_ctx"),
    ("/load", '{"path": "m.gguf", "lora": 5}', "lora"),
    ("/v1/chat/completions", '{"messages": [], "top_k": "x"}', "top_k"),
])
def test_a_request_fault_is_a_400_without_an_error_log(
    path: str, body: str, named: str, caplog: pytest.LogCaptureFixture
) -> None:
    with broken_server(RuntimeError("not reached")) as (_, port):
        status, answer = post(port, "t" * 32, path, body)
    assert status == 400, answer
    assert answer["error"]["code"] == "invalid_request" and named in answer["error"]["message"]
    assert answer["error"]["message"].startswith("invalid request: ")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_protocol_error_keeps_its_code_and_status() -> None:
    with broken_server(RuntimeError("not reached")) as (client, port):
        status, answer = post(port, "t" * 32, "/v1/chat/completions", '{"messages": []}')
        assert status == 409 and answer["error"]["code"] == "model_not_loaded"  # no model in this server
        with pytest.raises(ModelNotLoadedError):
            client.count_chat(QUESTION)
        assert client.status().loaded is False and client.status().process is not None
