"""The engine server against hostile and careless clients (issue 10, items 11, 12, 13 and 21): real sockets
against the real worker on the starter model, with small connection limits so the bounds show quickly."""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.core.errors import ContextOverflowError, EngineRequestError
from desktop_llm.core.events import ChatMessage, TextDelta
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.ipc.engine_wire import EngineStatus
from desktop_llm.services.engine.engine_client import EngineClient
from desktop_llm.services.engine.engine_host import EngineHost
from tests.hostile import http as hostile
from tests.hostile.http import post
from tests.integration.conftest import starter_params

pytestmark = [pytest.mark.slow, pytest.mark.module_engine, pytest.mark.timeout(120)]
MAX_CONNECTIONS = 8
IDLE_TIMEOUT_S = 1.0
QUESTION = [ChatMessage("user", "What is the capital of France? Answer in one word.")]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Iterator[EngineHost]:
    command = [sys.executable, "-m", "desktop_llm.engine", "--watch-stdin",
               "--max-connections", str(MAX_CONNECTIONS), "--idle-timeout", str(IDLE_TIMEOUT_S)]
    host = EngineHost(tmp_path_factory.mktemp("engine-logs"), command)
    host.ensure_loaded(starter_params(starter_model))
    yield host
    host.shutdown()


def address(host: EngineHost) -> tuple[int, str]:
    process = host._process
    assert process is not None
    return process.port, process.token


def exchange(port: int, raw: bytes, limit_s: float = 10.0) -> tuple[bytes, bool]:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(raw)
        return hostile.read_until_closed(sock, limit_s)


def worker_threads(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/task"))


# item 11: connections and idle time are bounded


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads through /proc")
def test_idle_connections_are_bounded_closed_and_never_lock_the_app_out(server: EngineHost) -> None:
    port, _ = address(server)
    assert server.pid is not None
    before = worker_threads(server.pid)
    with hostile.idle_sockets(port, 40) as idle:
        # An authenticated request still gets through: the longest-waiting idle socket makes room for it.
        assert server.client().status().loaded
        # Evicted connections' threads end as soon as they are scheduled; allow them that moment.
        deadline = time.monotonic() + 10
        while worker_threads(server.pid) > before + MAX_CONNECTIONS and time.monotonic() < deadline:
            time.sleep(0.05)
        assert worker_threads(server.pid) <= before + MAX_CONNECTIONS
        # Every idle socket is closed by the server: evicted for newer ones, or after its idle timeout.
        closed = [hostile.read_until_closed(sock, limit_s=IDLE_TIMEOUT_S * 5)[1] for sock in idle]
        assert all(closed), f"{closed.count(False)} idle connections are still open"
    assert server.client().status().loaded


def test_an_unfinished_request_head_is_dropped(server: EngineHost) -> None:
    port, _ = address(server)
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        assert hostile.trickle(sock, seconds=IDLE_TIMEOUT_S * 8), "a slowloris client kept its connection"


def test_an_unauthenticated_request_is_answered_and_keep_alive_still_works(server: EngineHost) -> None:
    port, token = address(server)
    # A stranger gets its answer and the connection is closed: it cannot keep a slot with one 401 after another.
    strangers = hostile.request("GET", "/status", None) + hostile.request("GET", "/status", None)
    data, closed = exchange(port, strangers, limit_s=IDLE_TIMEOUT_S * 5)
    assert hostile.status_codes(data) == [401] and b"Connection: close" in data and closed
    # Two requests on one keep-alive connection are both answered.
    twice = hostile.request("GET", "/health", token) + hostile.request("GET", "/health", token)
    data, _ = exchange(port, twice, limit_s=IDLE_TIMEOUT_S * 5)
    assert hostile.status_codes(data) == [200, 200]


# item 12: request framing


@pytest.mark.parametrize(("length", "status"), hostile.HOSTILE_CONTENT_LENGTHS,
                         ids=[f"{length[:8]}-{status}" for length, status in hostile.HOSTILE_CONTENT_LENGTHS])
def test_hostile_content_length_is_refused_and_the_connection_closed(
    server: EngineHost, length: str, status: int
) -> None:
    port, token = address(server)
    raw = hostile.request("POST", "/tokenize", token, body=b'{"content": "hi"}', length=length)
    data, closed = exchange(port, raw + hostile.smuggled(token))
    assert hostile.status_codes(data) == [status], data[:300]
    assert b"Connection: close" in data and closed


def test_two_content_length_headers_are_refused_and_the_connection_closed(server: EngineHost) -> None:
    port, token = address(server)
    body = b'{"content": "hi"}'
    raw = hostile.request("POST", "/tokenize", token, body=body, extra=f"Content-Length: {len(body) + 40}\r\n")
    data, closed = exchange(port, raw + hostile.smuggled(token))
    assert hostile.status_codes(data) == [400] and b"one Content-Length header" in data and closed


def test_chunked_request_bodies_are_refused_and_the_connection_closed(server: EngineHost) -> None:
    port, token = address(server)
    raw = hostile.request("POST", "/tokenize", token, extra="Transfer-Encoding: chunked\r\n")
    data, closed = exchange(port, raw + b"5\r\nhello\r\n0\r\n\r\n" + hostile.smuggled(token))
    assert hostile.status_codes(data) == [501] and closed


@pytest.mark.parametrize(("path", "authorized", "status"), [
    ("/status", False, 401),
    ("/no-such-endpoint", True, 404),
    ("/v1/models", True, 200),  # a GET that has no use for the body it was sent
])
def test_an_answer_that_leaves_the_body_unread_does_not_desync_the_connection(
    server: EngineHost, path: str, authorized: bool, status: int
) -> None:
    """The smuggled second request in the body must never be answered as a request of its own."""
    port, token = address(server)
    body = hostile.smuggled(token)
    raw = hostile.request("GET" if path != "/status" else "POST", path, token if authorized else None, body=body)
    data, closed = exchange(port, raw)
    assert hostile.status_codes(data) == [status], data[:300]
    assert closed


# item 12: an error after the stream's headers


@pytest.mark.parametrize(("error", "expected"), [
    (RuntimeError("llama_decode returned -3"), EngineRequestError),
    (ContextOverflowError("the context window is full"), ContextOverflowError),
])
@pytest.mark.allow_error_logs
def test_an_error_after_the_stream_started_reaches_the_client_as_a_typed_error(
    starter_model: Path, error: Exception, expected: type[Exception]
) -> None:
    from desktop_llm.engine.http_api import EngineServer
    from desktop_llm.engine.log_capture import LlamaLogCapture
    from desktop_llm.engine.model_host import ModelHost

    def failing(*_args: object) -> Iterator[str]:
        yield "Par"  # the reply has begun: the 200 and the event-stream headers are out
        raise error

    host = ModelHost(LlamaLogCapture(echo_errors=False))
    host.load(starter_params(starter_model))
    server = EngineServer(0, "t" * 32, host, generate=failing)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        client = EngineClient(f"http://127.0.0.1:{server.server_address[1]}", "t" * 32, timeout=30)
        received: list[object] = []
        with pytest.raises(expected) as caught:
            for event in client.chat_stream(QUESTION, SamplingParams(max_tokens=8)):
                received.append(event)
        assert received == [TextDelta("Par")]
        assert str(error) in str(caught.value)
        if isinstance(caught.value, EngineRequestError):
            assert caught.value.code == "engine_error" and caught.value.status == 500
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        host.unload()


# item 13: status during a load, and values that must be refused


def test_status_during_a_load_is_consistent(server: EngineHost, starter_model: Path) -> None:
    client = server.client()
    seen: list[EngineStatus] = []
    models: list[list[str]] = []
    for _ in range(5):  # a load of the starter model is short: try until one poll lands inside it
        loader = threading.Thread(target=client.load, args=(starter_params(starter_model),))
        loader.start()
        while loader.is_alive():
            seen.append(client.status())
            models.append(client.models())
        loader.join()
        if any(status.loading for status in seen):
            break
    assert any(status.loading == str(starter_model) and not status.loaded for status in seen)
    for status in seen:
        wire = status.to_dict()
        if status.model is not None:
            assert status.model.path == str(starter_model) and status.model.n_ctx == 2048
        else:
            assert "model" not in wire and "n_ctx" not in wire
        assert status.process is not None  # the process part stays true while the model is swapped
    assert all(listed in ([], [str(starter_model)]) for listed in models)
    final = client.status()
    assert final.loaded and final.busy is False


@pytest.mark.parametrize(("body", "field"), hostile.HOSTILE_SAMPLING,
                         ids=[f"{field}-{i}" for i, (_, field) in enumerate(hostile.HOSTILE_SAMPLING)])
def test_hostile_sampling_values_are_a_400_naming_the_field(server: EngineHost, body: str, field: str) -> None:
    port, token = address(server)
    for stream in (False, True):
        streamed = body[:-1] + f', "stream": {json.dumps(stream)}}}'
        status, answer = post(port, token, "/v1/chat/completions", streamed)
        assert status == 400, answer
        assert field in answer["error"]["message"]


@pytest.mark.parametrize(("body", "field"), hostile.HOSTILE_LOADS,
                         ids=[f"{field}-{i}" for i, (_, field) in enumerate(hostile.HOSTILE_LOADS)])
def test_hostile_load_values_are_a_400_naming_the_field_and_keep_the_model(
    server: EngineHost, starter_model: Path, body: str, field: str
) -> None:
    port, token = address(server)
    status, answer = post(port, token, "/load", body % starter_model)
    assert status == 400, answer
    assert field in answer["error"]["message"]
    assert server.client().status().loaded


def test_whole_float_counts_are_accepted(server: EngineHost) -> None:
    port, token = address(server)
    status, answer = post(port, token, "/v1/chat/completions",
                          hostile.chat_body('"max_tokens": 3.0, "seed": 1.0, "top_k": 1.0'))
    assert status == 200 and answer["usage"]["completion_tokens"] <= 3


# item 21: the command line checks its options before it starts anything


@pytest.mark.parametrize(("option", "value", "named"), [
    ("--temperature", "9", "--temperature"),
    ("--temperature", "nan", "--temperature"),
    ("--max-tokens", "0", "--max-tokens"),
    ("--seed", "-7", "--seed"),
    ("--ctx", "64", "--ctx"),
    ("--gpu-layers", "99999999999", "--gpu-layers"),
    ("--lora-scale", "inf", "--lora-scale"),
])
def test_cli_chat_refuses_a_bad_option_with_one_line(
    capsys: pytest.CaptureFixture[str], option: str, value: str, named: str
) -> None:
    from desktop_llm.cli.entry import main

    assert main(["chat", "hello", "--model", "missing.gguf", option, value]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and named in err and "Traceback" not in err, err
