"""What every engine worker promises its client, as one class of tests run against each worker (issue 19, item 7).

tests/integration/test_engine_contract.py runs it against the stand-in (tests/standin_engine) and the real
worker on the starter model (slow), so the stand-in the fast tests use cannot drift from the real thing.
Assertions are about the wire (shapes, codes, counts, finish reasons), never the wording of a reply.
"""

from __future__ import annotations

import http.client
import json
import threading
from pathlib import Path
from typing import Any

import pytest

from desktop_llm.core.errors import ContextOverflowError, EngineRequestError, ModelLoadError, ModelNotLoadedError
from desktop_llm.core.events import ChatMessage, GenerationFinished, StreamEvent, TextDelta
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.ipc.engine_wire import EngineStatus
from desktop_llm.services.engine.engine_client import EngineClient
from desktop_llm.services.engine.engine_host import EngineHost
from tests.gguf_fixtures import truncated

GREEDY = SamplingParams(temperature=0.0, top_k=1, seed=0, max_tokens=48, repeat_penalty=1.0)
QUESTION = [ChatMessage("user", "What is the capital of France? Answer in one word.")]
LONG_ASK = [ChatMessage("user", "Write a very long essay about the history of Rome.")]
N_CTX = 2048


def collect(events: Any) -> tuple[str, GenerationFinished, int]:
    """The reply's text, its final event, and how many text events it came in."""
    text: list[str] = []
    final: GenerationFinished | None = None
    for event in events:
        if isinstance(event, TextDelta):
            text.append(event.text)
        else:
            final = event
    assert final is not None
    return "".join(text), final, len(text)


def raw(engine: EngineHost, method: str, path: str, body: bytes | None, token: str | None = None) -> tuple[int, Any]:
    """One request with http.client, to see status codes and error bodies as they are on the wire."""
    process = engine._process
    assert process is not None
    connection = http.client.HTTPConnection("127.0.0.1", process.port, timeout=30)
    try:
        headers = {"Authorization": f"Bearer {process.token if token is None else token}",
                   "Content-Type": "application/json"}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def status_of(engine: EngineHost) -> EngineStatus:
    """/status as the wire schema parses it (ipc/engine_wire.py): a field of the wrong type fails here."""
    code, data = raw(engine, "GET", "/status", None)
    assert code == 200
    return EngineStatus.from_dict(data)


def load_params(path: Path, **changes: Any) -> LoadParams:
    return LoadParams(path=str(path), n_ctx=N_CTX, **changes)


class EngineContract:
    """Needs a module-scoped `contract_engine` fixture: an EngineHost with the starter model loaded at N_CTX, and
    `contract_command` (None for the real worker) for tests that need a worker of their own."""

    def test_a_streamed_chat_reply_finishes_with_usage_and_timings(self, contract_engine: EngineHost) -> None:
        text, final, deltas = collect(contract_engine.client().chat_stream(QUESTION, GREEDY))
        assert text.strip() and "\ufffd" not in text and deltas >= 1
        assert final.finish_reason in ("stop", "length")
        stats = final.stats
        assert stats.prompt_tokens > 10 and 0 < stats.completion_tokens <= 48
        assert stats.tokens_per_s > 0 and stats.ttft_ms > 0 and stats.n_ctx == N_CTX

    def test_greedy_replies_are_deterministic(self, contract_engine: EngineHost) -> None:
        first, _, _ = collect(contract_engine.client().chat_stream(QUESTION, GREEDY))
        second, _, _ = collect(contract_engine.client().chat_stream(QUESTION, GREEDY))
        assert first == second

    def test_max_tokens_ends_a_reply_with_length(self, contract_engine: EngineHost) -> None:
        events = contract_engine.client().chat_stream(LONG_ASK, SamplingParams(max_tokens=7, seed=1))
        _, final, _ = collect(events)
        assert final.finish_reason == "length" and final.stats.completion_tokens == 7

    def test_a_stop_string_ends_the_reply_before_it(self, contract_engine: EngineHost) -> None:
        client = contract_engine.client()
        first, _, _ = collect(client.chat_stream(QUESTION, GREEDY))
        stop = first.strip()[1:4]  # from inside the reply: it must be cut before its first occurrence
        text, final, _ = collect(client.chat_stream(QUESTION, SamplingParams(
            temperature=0.0, top_k=1, seed=0, max_tokens=48, repeat_penalty=1.0, stop=(stop,))))
        assert final.finish_reason == "stop" and stop not in text
        assert text == first[: first.index(stop)]

    def test_multibyte_characters_arrive_intact(self, contract_engine: EngineHost) -> None:
        prompt = [ChatMessage("user", "Repeat exactly: 日本語のテキスト 🙂 ünïcödé")]
        text, _, _ = collect(contract_engine.client().chat_stream(prompt, SamplingParams(max_tokens=60, seed=3)))
        assert "\ufffd" not in text
        text.encode("utf-8")

    def test_cancelling_mid_stream_stops_and_frees_the_worker(self, contract_engine: EngineHost) -> None:
        client = contract_engine.client()
        cancel = threading.Event()
        received = 0
        final = None
        for event in client.chat_stream(LONG_ASK, SamplingParams(max_tokens=1500, seed=2), cancel.is_set):
            if isinstance(event, TextDelta):
                received += 1
                if received == 5:
                    cancel.set()
            else:
                final = event
        assert final is not None and final.finish_reason == "cancelled" and received <= 6
        _, after, _ = collect(client.chat_stream(QUESTION, GREEDY))
        assert after.finish_reason in ("stop", "length")

    def test_the_cancel_endpoint_stops_a_request_by_id(self, contract_engine: EngineHost) -> None:
        client = contract_engine.client()
        events = client.chat_stream(LONG_ASK, SamplingParams(max_tokens=1500, seed=2), request_id="rome-1")
        assert isinstance(next(events), TextDelta)
        assert client.cancel("rome-1") == 1
        _, final, _ = collect(events)
        assert final.finish_reason == "cancelled" and final.stats.completion_tokens < 1500

    def test_a_cancel_sent_before_its_request_still_stops_it(self, contract_engine: EngineHost) -> None:
        client = contract_engine.client()
        assert client.cancel("early-bird") == 0
        prompt = [ChatMessage("user", "Summarize: " + "The river rose slowly over the fields. " * 150)]
        _, final, _ = collect(client.chat_stream(prompt, SamplingParams(max_tokens=500), request_id="early-bird"))
        assert final.finish_reason == "cancelled" and final.stats.completion_tokens == 0

    def test_the_oldest_turns_are_dropped_to_fit_the_context(self, contract_engine: EngineHost) -> None:
        turns: list[ChatMessage] = [ChatMessage("system", "You are terse.")]
        for i in range(40):
            turns += [ChatMessage("user", f"Fact {i}: " + "blah " * 40), ChatMessage("assistant", "Noted.")]
        turns.append(ChatMessage("user", "What is the capital of France?"))
        _, final, _ = collect(contract_engine.client().chat_stream(turns, GREEDY))
        assert final.stats.dropped_messages > 0 and final.stats.prompt_tokens + 48 <= N_CTX

    def test_a_message_larger_than_the_context_is_refused(self, contract_engine: EngineHost) -> None:
        with pytest.raises(ContextOverflowError, match="newest message"):
            collect(contract_engine.client().chat_stream([ChatMessage("user", "word " * 5000)], GREEDY))

    def test_a_plain_completion_streams_and_a_too_long_prompt_is_refused(self, contract_engine: EngineHost) -> None:
        client = contract_engine.client()
        text, final, _ = collect(client.completion_stream("Once upon a time", SamplingParams(max_tokens=8, seed=1)))
        assert "\ufffd" not in text and final.finish_reason in ("stop", "length") and final.stats.completion_tokens <= 8
        with pytest.raises(ContextOverflowError):
            collect(client.completion_stream("word " * 5000, GREEDY))

    def test_a_whole_reply_without_streaming(self, contract_engine: EngineHost) -> None:
        body = json.dumps({"messages": [m.to_dict() for m in QUESTION], "max_tokens": 8, "temperature": 0}).encode()
        status, reply = raw(contract_engine, "POST", "/v1/chat/completions", body)
        assert status == 200 and reply["object"] == "chat.completion"
        choice = reply["choices"][0]
        assert choice["message"]["role"] == "assistant" and choice["finish_reason"] in ("stop", "length")
        assert 0 < reply["usage"]["completion_tokens"] <= 8 and reply["usage"]["total_tokens"] > 8

    def test_tokenize_status_and_models(self, contract_engine: EngineHost, starter_model: Path) -> None:
        client = contract_engine.client()
        assert len(client.tokenize("Hello world")) >= 2 and client.count("Hello world") >= 2
        assert client.count_chat(QUESTION) > client.count(QUESTION[0].content)  # the template adds its frame
        status = status_of(contract_engine)
        assert status.process is not None and status.model is not None and status.busy is False
        assert status.process.backend in ("CPU", "CUDA", "Metal", "Vulkan") and status.process.llama_cpp_version
        model = status.model
        assert model.n_layers == 30 and model.model_size_bytes > 50_000_000 and model.n_ctx == N_CTX
        assert model.path == str(starter_model) and model.architecture == "llama" and model.adapters == ()
        assert client.models() == [str(starter_model)]
        assert client.health()

    def test_errors_come_in_the_engines_body_format(self, contract_engine: EngineHost) -> None:
        for method, path, body, token, status, code in [
            ("GET", "/status", None, "wrong-token", 401, "unauthorized"),
            ("GET", "/nowhere", None, None, 404, "not_found"),
            ("POST", "/v1/chat/completions", b"{not json", None, 400, "invalid_json"),
            ("POST", "/v1/chat/completions", b"[1, 2]", None, 400, "invalid_json"),
            ("POST", "/v1/chat/completions", b'{"messages": "hi"}', None, 400, "invalid_request"),
            ("POST", "/v1/chat/completions", b'{"messages": [], "max_tokens": -1}', None, 400, "invalid_request"),
        ]:
            got, reply = raw(contract_engine, method, path, body, token)
            assert got == status, (path, body, reply)
            error = reply["error"]
            assert error["code"] == error["type"] == code and error["status"] == status and error["message"]
        stranger = EngineClient(contract_engine._process.base_url, "wrong-token")  # type: ignore[union-attr]
        with pytest.raises(EngineRequestError, match="bearer token"):
            stranger.status()

    def test_bad_model_files_are_refused_and_unload_means_no_model(
        self, contract_command: list[str] | None, starter_model: Path, tmp_path: Path
    ) -> None:
        host = EngineHost(tmp_path / "logs", contract_command)
        try:
            with pytest.raises(ModelLoadError, match="truncated"):
                host.ensure_loaded(load_params(truncated(starter_model, tmp_path / "cut.gguf", 60_000_000)))
            garbage = tmp_path / "notes.gguf"
            garbage.write_bytes(b"This is a text file renamed to .gguf\n" * 100)
            with pytest.raises(ModelLoadError, match="not a GGUF file"):
                host.ensure_loaded(load_params(garbage))
            with pytest.raises(ModelLoadError, match="not found"):
                host.ensure_loaded(load_params(tmp_path / "missing.gguf"))
            client = host.client()
            with pytest.raises(ModelNotLoadedError):
                collect(client.chat_stream(QUESTION, GREEDY))
            host.ensure_loaded(load_params(starter_model))
            assert status_of(host).loaded
            client.unload()
            assert not status_of(host).loaded and client.models() == []
            with pytest.raises(ModelNotLoadedError):
                client.tokenize("Hello")
        finally:
            host.shutdown()


__all__ = ["EngineContract", "StreamEvent", "collect", "load_params"]
