"""The public API server's policy on the stand-in engine: keys, CORS, limits, refusals, errors, queue, log.

Real HTTP over loopback to a real PublicServer whose engine is a real child process (the stand-in worker, which
speaks the engine's wire schema without llama.cpp); the real model on the real engine is in
tests/integration/test_public_server.py.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_llm.core.errors import RequestInvalidError, ServerStartError
from desktop_llm.core.server_types import RequestRecord, ServerSettings, is_loopback, model_id
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.models.model_library import ModelLibrary
from desktop_llm.services.server.public_server import PublicServer
from tests.standin_engine import standin_command

KEY = "sk-test-0123456789abcdef"
STARTER_ID = "smollm2-135m-instruct.q4_1"


class Served:
    def __init__(self, server: PublicServer, host: EngineHost, records: list[RequestRecord]) -> None:
        self.server = server
        self.host = host
        self.records = records

    def request(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None,
                ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        payload = json.dumps(body).encode() if body is not None else None
        try:
            connection.request(method, path, body=payload, headers={"Content-Type": "application/json",
                                                                     **(headers or {})})
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def json(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None,
             ) -> tuple[int, Any]:
        status, _, raw = self.request(method, path, body, headers)
        return status, json.loads(raw)


@pytest.fixture
def serve(tmp_path: Path, starter_model: Path) -> Iterator[Any]:
    started: list[tuple[PublicServer, EngineHost]] = []

    def start(**changes: Any) -> Served:
        host = EngineHost(tmp_path / "logs", standin_command())
        library = ModelLibrary(tmp_path / "models", tmp_path / "index.json", starter=starter_model)
        records: list[RequestRecord] = []
        settings = ServerSettings(port=0, **{"idle_unload_s": 0, **changes})
        server = PublicServer(host, library, settings, records.append)
        server.start()
        started.append((server, host))
        return Served(server, host, records)

    yield start
    for server, host in started:
        server.stop()
        host.shutdown()


CHAT = {"model": STARTER_ID, "messages": [{"role": "user", "content": "hello there"}]}


def test_settings_refuse_the_network_without_a_key_and_bad_values() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    with pytest.raises(RequestInvalidError, match="API key"):
        ServerSettings(host="0.0.0.0").validated()
    assert ServerSettings(host="0.0.0.0", api_key=KEY).validated().key_required
    assert not ServerSettings().validated().key_required
    with pytest.raises(RequestInvalidError, match="port"):
        ServerSettings(port=70000).validated()
    with pytest.raises(RequestInvalidError, match="origin"):
        ServerSettings(cors_origins=("http://example.com/path",)).validated()
    assert model_id("/x/SmolLM2-135M-Instruct.Q4_1.gguf") == STARTER_ID
    assert model_id("Qwen2.5-7B-Instruct-Q4_K_M-00001-of-00003.gguf") == "qwen2.5-7b-instruct-q4_k_m"


def test_models_list_the_library_by_id_and_never_a_path(serve: Any, starter_model: Path) -> None:
    served = serve()
    status, body = served.json("GET", "/v1/models")
    assert status == 200
    assert [m["id"] for m in body["data"]] == [STARTER_ID]
    assert str(starter_model) not in json.dumps(body)
    status, one = served.json("GET", f"/v1/models/{STARTER_ID}")
    assert status == 200 and one["id"] == STARTER_ID
    status, missing = served.json("GET", "/v1/models/nope")
    assert status == 404 and missing["error"]["code"] == "model_not_found"


def test_models_leave_out_vision_projectors(serve: Any, tmp_path: Path) -> None:
    """A projector in the models folder is half of a vision model (issue 17): never listed, never resolvable."""
    from tests.vision_fixtures import vision_projector

    vision_projector(tmp_path / "models")
    served = serve()
    status, body = served.json("GET", "/v1/models")
    assert status == 200 and [m["id"] for m in body["data"]] == [STARTER_ID]
    status, missing = served.json("GET", "/v1/models/mmproj-test-mlp-f16")
    assert status == 404 and missing["error"]["code"] == "model_not_found"


def test_a_chat_loads_the_named_model_and_answers_in_openai_shape(serve: Any) -> None:
    served = serve()
    status, body = served.json("POST", "/v1/chat/completions", {**CHAT, "max_tokens": 50})
    assert status == 200, body
    assert body["object"] == "chat.completion" and body["model"] == STARTER_ID
    assert body["choices"][0]["message"]["content"].startswith("This is the stand-in engine's reply to: hello there")
    assert body["choices"][0]["finish_reason"] == "stop"
    assert body["usage"]["completion_tokens"] > 0
    record = served.records[-1]
    assert (record.endpoint, record.model, record.status) == ("/v1/chat/completions", STARTER_ID, 200)
    assert record.completion_tokens == body["usage"]["completion_tokens"] and record.client.startswith("127.0.0.1:")


def test_a_stream_ends_with_usage_when_asked_and_done(serve: Any) -> None:
    served = serve()
    status, headers, raw = served.request("POST", "/v1/chat/completions", {
        **CHAT, "stream": True, "stream_options": {"include_usage": True}})
    assert status == 200 and headers["content-type"] == "text/event-stream"
    events = [line[6:] for line in raw.decode().splitlines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text.startswith("This is the stand-in engine's reply")
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] > 0


def test_the_key_is_required_beyond_loopback_and_when_set(serve: Any) -> None:
    served = serve(api_key=KEY)
    status, body = served.json("POST", "/v1/chat/completions", CHAT)
    assert status == 401 and body["error"]["code"] == "invalid_api_key"
    assert set(body["error"]) == {"message", "type", "param", "code"}
    status, _ = served.json("GET", "/v1/models", headers={"Authorization": "Bearer wrong"})
    assert status == 401
    status, _ = served.json("GET", "/v1/models", headers={"Authorization": f"Bearer {KEY}"})
    assert status == 200
    status, _ = served.json("GET", "/v1/models", headers={"x-api-key": KEY})
    assert status == 200
    status, body = served.json("POST", "/v1/messages", {"model": STARTER_ID, "max_tokens": 5, "messages": []})
    assert status == 401 and body["type"] == "error" and body["error"]["type"] == "authentication_error"


def test_adapter_paths_and_private_endpoints_are_refused(serve: Any) -> None:
    served = serve()
    status, body = served.json("POST", "/v1/chat/completions", {**CHAT, "lora": [{"path": "/etc/shadow"}]})
    assert status == 400 and body["error"]["param"] == "lora"
    assert "/etc/shadow" not in body["error"]["message"]
    for path in ("/load", "/unload", "/cancel", "/tokenize", "/status"):
        status, body = served.json("POST", path, {"path": "/etc/shadow", "id": None})
        assert status == 404, path
    status, body = served.json("POST", "/v1/chat/completions", {**CHAT, "model": "../../etc/passwd"})
    assert status == 404 and body["error"]["code"] == "model_not_found"
    status, body = served.json("POST", "/v1/chat/completions", {**CHAT, "temperature": "hot"})
    assert status == 400 and "temperature" in body["error"]["message"]
    status, body = served.json("POST", "/v1/chat/completions", {**CHAT, "n": 3})
    assert status == 400 and body["error"]["param"] == "n"
    status, _ = served.json("DELETE", "/v1/models")
    assert status == 405


def test_cors_headers_only_for_allowed_origins(serve: Any) -> None:
    plain = serve()
    status, headers, _ = plain.request("GET", "/v1/models", headers={"Origin": "http://localhost:3000"})
    assert status == 200 and "access-control-allow-origin" not in headers
    status, headers, _ = plain.request("OPTIONS", "/v1/chat/completions", headers={"Origin": "http://evil.example"})
    assert status == 403 and "access-control-allow-origin" not in headers
    allowed = serve(cors_origins=("http://localhost:3000",))
    status, headers, _ = allowed.request("OPTIONS", "/v1/chat/completions", headers={
        "Origin": "http://localhost:3000", "Access-Control-Request-Headers": "authorization, content-type"})
    assert status == 204 and headers["access-control-allow-origin"] == "http://localhost:3000"
    status, headers, _ = allowed.request("GET", "/v1/models", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in headers


def test_body_limit_and_framing_refusals_close_the_connection(serve: Any) -> None:
    served = serve(max_body_bytes=2048)
    status, headers, _ = served.request("POST", "/v1/chat/completions",
                                        {**CHAT, "messages": [{"role": "user", "content": "x" * 5000}]})
    assert status == 413 and headers.get("connection") == "close"
    with socket.create_connection(("127.0.0.1", served.server.port), timeout=10) as sock:
        smuggled = b'{"model": "x"}GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n'
        sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: "
                     + str(len(smuggled)).encode() + b"\r\n\r\n" + smuggled)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 400") and answer.count(b"HTTP/1.1") == 1
    with socket.create_connection(("127.0.0.1", served.server.port), timeout=10) as sock:
        sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 411")


def test_anthropic_messages_whole_and_streamed(serve: Any) -> None:
    served = serve()
    request = {"model": STARTER_ID, "max_tokens": 40, "system": "Be brief.",
               "messages": [{"role": "user", "content": [{"type": "text", "text": "hello there"}]}]}
    status, body = served.json("POST", "/v1/messages", request)
    assert status == 200, body
    assert body["type"] == "message" and body["role"] == "assistant" and body["stop_reason"] == "end_turn"
    assert body["content"][0]["type"] == "text" and "stand-in" in body["content"][0]["text"]
    assert body["usage"]["output_tokens"] > 0 and body["usage"]["input_tokens"] > 0
    status, _, raw = served.request("POST", "/v1/messages", {**request, "stream": True})
    kinds = [line[7:] for line in raw.decode().splitlines() if line.startswith("event: ")]
    assert kinds[0] == "message_start" and kinds[-2:] == ["message_delta", "message_stop"]
    assert "content_block_delta" in kinds and "content_block_stop" in kinds
    status, body = served.json("POST", "/v1/messages", {**request, "max_tokens": None})
    assert status == 400 and body["error"]["type"] == "invalid_request_error"


def test_a_client_that_goes_away_cancels_its_generation(serve: Any) -> None:
    served = serve()
    # the stand-in replies a word at a time; a "long" request runs on to max_tokens
    body = json.dumps({**CHAT, "messages": [{"role": "user", "content": "tell a long story"}], "max_tokens": 100000,
                       "stream": True}).encode()
    with socket.create_connection(("127.0.0.1", served.server.port), timeout=10) as sock:
        sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        assert b"200 OK" in sock.recv(4096)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not served.records:
        time.sleep(0.05)
    assert served.records and served.records[-1].finish_reason == "cancelled"
    status, _ = served.json("POST", "/v1/chat/completions", {**CHAT, "max_tokens": 5})
    assert status == 200  # the engine is free again


def test_requests_queue_first_come_first_served(serve: Any) -> None:
    served = serve()
    order: list[int] = []

    def ask(n: int) -> None:
        status, _ = served.json("POST", "/v1/chat/completions", {**CHAT, "max_tokens": 30})
        assert status == 200
        order.append(n)

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
        time.sleep(0.2)
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(order) == [0, 1, 2]


def test_a_taken_port_is_a_typed_error(serve: Any, tmp_path: Path, starter_model: Path) -> None:
    served = serve()
    library = ModelLibrary(tmp_path / "m2", tmp_path / "i2.json", starter=starter_model)
    other = PublicServer(served.host, library, ServerSettings(port=served.server.port))
    with pytest.raises(ServerStartError, match="in use"):
        other.start()


def test_template_kwargs_and_tool_fields_reach_the_engine(serve: Any) -> None:
    """chat_template_kwargs pass through to the engine (the stand-in honours enable_thinking as a template would);
    malformed tools are refused here before any engine turn."""
    served = serve()
    think = {**CHAT, "messages": [{"role": "user", "content": "think about it"}], "max_tokens": 80}
    status, on = served.json("POST", "/v1/chat/completions", think)
    assert status == 200 and on["choices"][0]["message"]["content"].startswith("<think>")
    status, off = served.json("POST", "/v1/chat/completions",
                              {**think, "chat_template_kwargs": {"enable_thinking": False}})
    assert status == 200 and off["choices"][0]["message"]["content"].startswith("This is the stand-in")
    status, bad = served.json("POST", "/v1/chat/completions", {**CHAT, "tools": [{"type": "function"}]})
    assert status == 400 and bad["error"]["param"] == "tools"
    status, bad = served.json("POST", "/v1/chat/completions", {**CHAT, "tools": [
        {"type": "function", "function": {"name": "f"}}], "tool_choice": {"type": "function", "function": {"name": "g"}}})
    assert status == 400 and bad["error"]["param"] == "tool_choice"
