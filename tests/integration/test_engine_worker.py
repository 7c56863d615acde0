"""The real engine worker on the starter model."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from desktop_llm.core.errors import (
    ContextOverflowError,
    EngineCrashedError,
    EngineUnavailableError,
    ModelLoadError,
)
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.services.engine.engine_client import EngineClient
from desktop_llm.services.engine.engine_host import EngineHost
from tests.gguf_fixtures import truncated, with_chat_template
from tests.integration.conftest import starter_params

pytestmark = pytest.mark.module_engine
GREEDY = SamplingParams(temperature=0.0, top_k=1, seed=0, max_tokens=48, repeat_penalty=1.0)
QUESTION = [ChatMessage("user", "What is the capital of France? Answer in one word.")]


def collect(events: object) -> tuple[str, GenerationFinished]:
    text, final = [], None
    for event in events:  # type: ignore[attr-defined]
        if isinstance(event, TextDelta):
            text.append(event.text)
        else:
            final = event
    assert final is not None
    return "".join(text), final


@pytest.mark.slow
def test_streamed_chat_reply_with_usage_and_timings(engine: EngineHost) -> None:
    text, final = collect(engine.client().chat_stream(QUESTION, GREEDY))
    assert "Paris" in text
    assert final.finish_reason == "stop"
    stats = final.stats
    assert stats.prompt_tokens > 10 and 0 < stats.completion_tokens <= 48
    assert stats.tokens_per_s > 0 and stats.ttft_ms > 0 and stats.n_ctx == 2048


@pytest.mark.slow
def test_greedy_decoding_is_deterministic_and_matches_non_streaming(engine: EngineHost) -> None:
    first, _ = collect(engine.client().chat_stream(QUESTION, GREEDY))
    second, _ = collect(engine.client().chat_stream(QUESTION, GREEDY))
    assert first == second


@pytest.mark.slow
def test_max_tokens_and_stop_strings(engine: EngineHost) -> None:
    story = [ChatMessage("user", "Tell me a long story about a dragon.")]
    _, final = collect(engine.client().chat_stream(story, SamplingParams(max_tokens=7, seed=1)))
    assert final.finish_reason == "length" and final.stats.completion_tokens == 7
    text, final = collect(engine.client().chat_stream(QUESTION, SamplingParams(temperature=0, top_k=1, stop=("ari",))))
    assert final.finish_reason == "stop" and "ari" not in text and text.endswith("P")


@pytest.mark.slow
def test_multibyte_characters_arrive_intact(engine: EngineHost) -> None:
    prompt = [ChatMessage("user", "Repeat exactly: 日本語のテキスト 🙂 ünïcödé")]
    text, _ = collect(engine.client().chat_stream(prompt, SamplingParams(max_tokens=60, seed=3)))
    assert "\ufffd" not in text
    text.encode("utf-8")


@pytest.mark.slow
def test_cancellation_mid_stream_stops_generation(engine: EngineHost) -> None:
    client = engine.client()
    cancel = threading.Event()
    received = 0
    final = None
    story = [ChatMessage("user", "Write a very long essay about the history of Rome.")]
    for event in client.chat_stream(story, SamplingParams(max_tokens=1500, seed=2), cancel.is_set):
        if isinstance(event, TextDelta):
            received += 1
            if received == 5:
                cancel.set()
        else:
            final = event
    assert final is not None and final.finish_reason == "cancelled"
    assert received <= 6
    # The worker noticed and is free again right away: the next request is answered normally.
    text, after = collect(client.chat_stream(QUESTION, GREEDY))
    assert after.finish_reason == "stop" and text


@pytest.mark.slow
def test_cancel_endpoint_stops_a_request_by_id(engine: EngineHost) -> None:
    client = engine.client()
    story = [ChatMessage("user", "Write a very long essay about the history of Rome.")]
    events = client.chat_stream(story, SamplingParams(max_tokens=1500, seed=2), request_id="rome-1")
    first = next(events)
    assert isinstance(first, TextDelta)
    assert client.cancel("rome-1") == 1
    _, final = collect(events)
    assert final.finish_reason == "cancelled" and final.stats.completion_tokens < 1500


@pytest.mark.slow
def test_oldest_turns_are_dropped_to_fit_the_context(engine: EngineHost) -> None:
    long_turns: list[ChatMessage] = [ChatMessage("system", "You are terse.")]
    for i in range(40):
        long_turns += [ChatMessage("user", f"Fact {i}: " + "blah " * 40), ChatMessage("assistant", "Noted.")]
    long_turns.append(ChatMessage("user", "What is the capital of France?"))
    _, final = collect(engine.client().chat_stream(long_turns, GREEDY))
    assert final.stats.dropped_messages > 0
    assert final.stats.prompt_tokens + 48 <= 2048


@pytest.mark.slow
def test_a_single_message_larger_than_the_context_is_refused(engine: EngineHost) -> None:
    with pytest.raises(ContextOverflowError, match="newest message"):
        collect(engine.client().chat_stream([ChatMessage("user", "word " * 5000)], GREEDY))


@pytest.mark.slow
def test_tokenize_status_models_and_auth(engine: EngineHost, starter_model: Path) -> None:
    client = engine.client()
    assert len(client.tokenize("Hello world")) >= 2
    status = client.status()
    assert status.model is not None and status.process is not None
    assert status.loaded and status.process.backend in ("CPU", "CUDA", "Metal", "Vulkan")
    assert status.model.n_layers == 30 and status.model.model_size_bytes > 50_000_000
    assert client.models() == [str(starter_model)]
    stranger = EngineClient(engine._process.base_url, "wrong-token")  # type: ignore[union-attr]
    with pytest.raises(Exception, match="bearer token"):
        stranger.status()


@pytest.mark.slow
def test_truncated_and_garbage_files_are_rejected_clearly(tmp_path: Path, starter_model: Path) -> None:
    host = EngineHost(tmp_path / "logs")
    try:
        cut = truncated(starter_model, tmp_path / "cut.gguf", 60_000_000)
        with pytest.raises(ModelLoadError, match="truncated"):
            host.ensure_loaded(starter_params(cut))
        garbage = tmp_path / "notes.gguf"
        garbage.write_bytes(b"This is a text file renamed to .gguf\n" * 100)
        with pytest.raises(ModelLoadError, match="not a GGUF file"):
            host.ensure_loaded(starter_params(garbage))
        with pytest.raises(ModelLoadError, match="not found"):
            host.ensure_loaded(starter_params(tmp_path / "missing.gguf"))
        # The worker survived all three and still loads a good model.
        assert host.ensure_loaded(starter_params(starter_model)).loaded
    finally:
        host.shutdown()


@pytest.mark.parametrize(
    ("template", "warning"),
    [
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "unsafe"),
        ("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}", "loops too much"),
        ("{% if %}", "invalid"),
    ],
)
@pytest.mark.slow
def test_hostile_or_broken_chat_template_falls_back_to_chatml(
    tmp_path: Path, starter_model: Path, template: str, warning: str
) -> None:
    model = with_chat_template(starter_model, tmp_path / "evil.gguf", template)
    host = EngineHost(tmp_path / "logs")
    try:
        host.ensure_loaded(starter_params(model))
        text, final = collect(host.client().chat_stream(QUESTION, GREEDY))
        loaded = host.status().model
        assert loaded is not None
        assert warning in final.warning or warning in loaded.chat_template_warning
        assert "ChatML" in (final.warning or loaded.chat_template_warning)
        assert "Paris" in text  # SmolLM2 speaks ChatML, so the fallback still works
    finally:
        host.shutdown()


@pytest.mark.allow_error_logs
@pytest.mark.slow
def test_worker_killed_mid_stream_is_reported_and_restarted(tmp_path: Path, starter_model: Path) -> None:
    host = EngineHost(tmp_path / "logs")
    try:
        host.ensure_loaded(starter_params(starter_model))
        first_pid = host.pid
        story = [ChatMessage("user", "Write a very long essay about the history of Rome.")]
        events = host.client().chat_stream(story, SamplingParams(max_tokens=1500, seed=2))
        assert isinstance(next(events), TextDelta)
        host.kill_for_test()
        with pytest.raises(EngineUnavailableError) as caught:
            collect(events)
        explained = host.explain(caught.value)
        assert isinstance(explained, EngineCrashedError) and "SIGKILL" in str(explained)
        # The next request restarts the worker and reloads the same model by itself.
        text, final = collect(host.client().chat_stream(QUESTION, GREEDY))
        assert host.pid != first_pid and host.restarts == 1
        assert "Paris" in text and final.finish_reason == "stop"
    finally:
        host.shutdown()


@pytest.mark.slow
def test_shutdown_leaves_no_process(tmp_path: Path, starter_model: Path) -> None:
    host = EngineHost(tmp_path / "logs")
    host.client()
    pid = host.pid
    host.shutdown()
    assert pid is not None
    time.sleep(0.1)
    with pytest.raises(ProcessLookupError):
        import os

        os.kill(pid, 0)


@pytest.mark.slow
def test_fit_estimate_matches_what_llama_cpp_allocates(engine: EngineHost, starter_model: Path) -> None:
    from desktop_llm.core.fit_estimate import ModelShape, compute_bytes, kv_cache_bytes
    from desktop_llm.core.gguf_header import read_file_header

    loaded = engine.status().model
    assert loaded is not None and loaded.compute_bytes
    shape = ModelShape.from_header(read_file_header(str(starter_model)))
    assert loaded.kv_cache_bytes == kv_cache_bytes(shape, loaded.n_ctx)
    estimated = compute_bytes(shape, loaded.n_ctx)
    assert abs(estimated - loaded.compute_bytes) / loaded.compute_bytes < 0.05


@pytest.mark.slow
def test_a_cancel_sent_before_the_request_arrives_still_stops_it(engine: EngineHost) -> None:
    client = engine.client()
    assert client.cancel("early-bird") == 0  # nothing running yet: remembered
    long_prompt = [ChatMessage("user", "Summarize: " + "The river rose slowly over the fields. " * 150)]
    _, final = collect(client.chat_stream(long_prompt, SamplingParams(max_tokens=500), request_id="early-bird"))
    assert final.finish_reason == "cancelled" and final.stats.completion_tokens == 0


# issue 10, item 21: the engine log is rotated, and a crash report shows this run's meaningful lines only

EARLIER_RUN = "\n--- engine start 2026-01-01 00:00:00 ---\nTraceback (most recent call last):\nOldRunError: from an earlier run\n"
LLAMA_CPP_PYTHON_NOISE = [
    "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | LLAMAFILE = 1 | OPENMP = 1 |",
    "Model metadata: {" + ", ".join(f"'key.{i}': '{i}'" for i in range(200)) + "}",
    "Available chat formats from metadata: chat_template.default",
    "Using chat eos_token: <|im_end|>",
    "Using fallback chat format: llama-2",
    "Llama.generate: 30 prefix-match hit, remaining 1 prompt tokens to eval",
    "llama_perf_context_print:        load time =     123.45 ms",
    "2026-12-01 06:57:02,123 desktop_llm.engine.http_api INFO client went away during /v1/chat/completions",
]
NOISE_MARKS = ("Model metadata", "prefix-match", "fallback chat format", "AVX", "OldRunError", "chat formats",
               "eos_token", "llama_perf", "client went away")


def fake_worker(tmp_path: Path, lines: list[str], exit_code: int | None) -> list[str]:
    """A real child process that writes `lines` to stderr, then exits (or answers the handshake and waits)."""
    script = tmp_path / "fake_worker.py"
    tail = f"sys.exit({exit_code})" if exit_code is not None else (
        "print(json.dumps({'event': 'listening', 'port': 1}), flush=True); sys.stdin.read()")
    script.write_text(f"import json, sys\nsys.stderr.write({chr(10).join(lines)!r} + '\\n')\nsys.stderr.flush()\n{tail}\n")
    return [sys.executable, str(script)]


def test_crash_report_shows_this_runs_meaningful_lines_without_llama_cpp_python_noise(tmp_path: Path) -> None:
    from desktop_llm.services.engine.engine_process import EngineProcess

    log_path = tmp_path / "engine.log"
    log_path.write_text(EARLIER_RUN)
    crash = ["Traceback (most recent call last):", '  File "server_worker.py", line 40, in main',
             "MemoryError: cannot allocate the KV cache"]
    lines = LLAMA_CPP_PYTHON_NOISE[:4] + crash[:2] + LLAMA_CPP_PYTHON_NOISE[4:] + crash[2:]
    process = EngineProcess(log_path, fake_worker(tmp_path, lines, exit_code=3))
    with pytest.raises(EngineCrashedError) as caught:
        process.start(timeout=30)
    process.stop()
    assert "exited with code 3" in str(caught.value)
    assert caught.value.detail.splitlines() == crash
    assert "OldRunError" in log_path.read_text()  # the earlier run is still in the file, just not in the report


@pytest.mark.allow_error_logs
@pytest.mark.slow
def test_a_real_crash_report_leaves_out_the_load_dump_and_earlier_runs(tmp_path: Path, starter_model: Path) -> None:
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "engine.log").write_text(EARLIER_RUN)
    host = EngineHost(tmp_path / "logs")
    try:
        host.ensure_loaded(starter_params(starter_model))
        for _ in range(2):  # the second request prints llama-cpp-python's prefix-match line
            collect(host.client().chat_stream(QUESTION, SamplingParams(max_tokens=4, seed=1)))
        host.kill_for_test()
        explained = host.explain(EngineUnavailableError("the connection broke"))
        assert isinstance(explained, EngineCrashedError) and "SIGKILL" in str(explained)
        logged = (tmp_path / "logs" / "engine.log").read_text()
        assert "Model metadata" in logged and "prefix-match" in logged  # the noise is there to be left out
        assert not [mark for mark in NOISE_MARKS if mark in explained.detail], explained.detail
    finally:
        host.shutdown()


def test_engine_log_is_rotated_once_it_is_large(tmp_path: Path) -> None:
    from desktop_llm.services.engine.engine_process import EngineProcess

    log_path = tmp_path / "engine.log"
    log_path.write_bytes(b"x" * 20_000)
    (tmp_path / "engine.log.1").write_text("older")
    (tmp_path / "engine.log.2").write_text("oldest")
    process = EngineProcess(log_path, fake_worker(tmp_path, ["hello"], exit_code=None), log_max_bytes=10_000)
    process.start(timeout=30)
    process.stop()
    assert (tmp_path / "engine.log.1").stat().st_size == 20_000
    assert (tmp_path / "engine.log.2").read_text() == "older"  # the oldest is gone: two backups at most
    assert log_path.stat().st_size < 1000 and "hello" in log_path.read_text()
    # A small log is appended to, not rotated.
    process = EngineProcess(log_path, fake_worker(tmp_path, ["again"], exit_code=None), log_max_bytes=10_000)
    process.start(timeout=30)
    process.stop()
    assert "hello" in log_path.read_text() and "again" in log_path.read_text()
