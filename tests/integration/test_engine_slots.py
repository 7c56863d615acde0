"""Slots (issue 18): several requests at once in one context, through the real engine server on the starter model.

One in-process server holds the model loaded with 4 slots for the whole module (its scheduler thread lives as long
as the model: module_engine)."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.core.fan_out import concurrency_of
from desktop_llm.core.fit_estimate import MemoryBudget, ModelShape, estimate_fit
from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.ipc.engine_wire import EngineStatus
from desktop_llm.services.engine.engine_client import EngineClient
from tests.document_fixtures import long_report

TOKEN = "s" * 32
SLOTS = 4
N_CTX = 1024
PROMPTS = ["The capital of France is", "Once upon a time, in a small village,", "def fibonacci(n):",
           "The three primary colors are"]


# pure parts


def test_load_params_slots_are_checked_and_stay_off_the_wire_when_one() -> None:
    assert LoadParams(path="m.gguf", n_parallel=4).validated().n_parallel == 4
    for bad in (0, 17, "2", True):
        with pytest.raises(RequestInvalidError, match="n_parallel"):
            LoadParams(path="m.gguf", n_parallel=bad).validated()  # type: ignore[arg-type]
    assert "n_parallel" not in LoadParams(path="m.gguf").to_dict()
    assert LoadParams.from_dict(LoadParams(path="m.gguf", n_parallel=3).to_dict()).n_parallel == 3


def test_the_memory_estimate_holds_a_kv_cache_per_slot(starter_model: Path) -> None:
    shape = ModelShape.from_header(read_file_header(str(starter_model)))
    budget = MemoryBudget(ram_bytes=64 << 30, vram_bytes=0)
    one = estimate_fit(shape, 100 << 20, budget, 2048)
    four = estimate_fit(shape, 100 << 20, budget, 2048, n_parallel=4)
    assert four.kv_cache_bytes == 4 * one.kv_cache_bytes > 0
    assert four.total_bytes - one.total_bytes == 3 * one.kv_cache_bytes


def test_the_slots_setting_is_kept_and_a_bad_one_falls_back() -> None:
    from desktop_llm.core.settings_schema import LoadDefaults, ModelOverrides, settings_from_dict

    assert settings_from_dict({"version": 3, "load": {"n_parallel": 4}}).load.n_parallel == 4
    assert settings_from_dict({"version": 3, "load": {"n_parallel": 99}}).load == LoadDefaults()
    assert ModelOverrides.from_dict({"load": {"n_parallel": 2}}).load == {"n_parallel": 2}
    assert ModelOverrides.from_dict({"load": {"n_parallel": 0}}).load == {}


# the real engine


@pytest.fixture(scope="module")
def slots_server(starter_model: Path) -> Iterator[Any]:
    from desktop_llm.engine.http_api import EngineServer
    from desktop_llm.engine.log_capture import LlamaLogCapture
    from desktop_llm.engine.model_host import ModelHost

    host = ModelHost(LlamaLogCapture(echo_errors=False))
    # One thread: on a CPU shared with other test runs, llama.cpp's OpenMP threads spin and crawl (70x slower)
    host.load(LoadParams(path=str(starter_model), n_ctx=N_CTX, n_parallel=SLOTS, n_threads=1))
    server = EngineServer(0, TOKEN, host)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        host.unload()


def _post(server: Any, path: str, body: dict[str, Any], request_id: str = "") -> tuple[int, Any]:
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=600)
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    if request_id:
        headers["X-Request-Id"] = request_id
    try:
        connection.request("POST", path, json.dumps(body), headers)
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def _complete(server: Any, prompt: str, max_tokens: int = 24, request_id: str = "") -> tuple[int, Any]:
    return _post(server, "/v1/completions", {"prompt": prompt, "max_tokens": max_tokens, "temperature": 0,
                                             "repeat_penalty": 1.0}, request_id)


def _wait_for(check: Any, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _batcher(server: Any) -> Any:
    return server.host.model.batcher


@pytest.mark.slow
@pytest.mark.module_engine
def test_status_reports_the_slots_and_a_slots_context(slots_server: Any) -> None:
    client = EngineClient(f"http://127.0.0.1:{slots_server.server_address[1]}", TOKEN, timeout=30)
    model = client.status().model
    assert model is not None and model.n_parallel == SLOTS and model.n_ctx == N_CTX
    assert EngineStatus.from_dict(client.status().to_dict()).model.n_parallel == SLOTS  # type: ignore[union-attr]
    assert concurrency_of(client) == SLOTS and concurrency_of(client, 9) == SLOTS and concurrency_of(client, 2) == 2


@pytest.mark.slow
@pytest.mark.module_engine
def test_four_concurrent_clients_get_the_text_they_get_one_at_a_time(slots_server: Any) -> None:
    alone = [_complete(slots_server, prompt) for prompt in PROMPTS]
    together: dict[int, tuple[int, Any]] = {}
    seen_running: list[int] = []
    threads = [threading.Thread(target=lambda i=i: together.__setitem__(i, _complete(slots_server, PROMPTS[i])))
               for i in range(len(PROMPTS))]
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        seen_running.append(_batcher(slots_server).slots_in_use())
        time.sleep(0.01)
    for index, (status, answer) in enumerate(alone):
        assert status == 200, answer
        assert together[index][0] == 200, together[index][1]
        assert together[index][1]["choices"][0]["text"] == answer["choices"][0]["text"]
        assert together[index][1]["usage"] == answer["usage"]
        assert answer["choices"][0]["text"].strip()
    assert max(seen_running) >= 2  # they did run side by side


@pytest.mark.slow
@pytest.mark.module_engine
def test_a_cancel_frees_its_slot(slots_server: Any) -> None:
    answers: list[tuple[int, Any]] = []
    worker = threading.Thread(target=lambda: answers.append(
        _complete(slots_server, "1, 2, 3, 4, 5,", max_tokens=900, request_id="slot-cancel")))
    worker.start()
    _wait_for(lambda: _batcher(slots_server).slots_in_use() == 1)
    assert _post(slots_server, "/cancel", {"id": "slot-cancel"})[1] == {"cancelled": 1}
    worker.join(timeout=60)
    status, answer = answers[0]
    assert status == 200 and answer["choices"][0]["finish_reason"] == "cancelled"
    _wait_for(lambda: _batcher(slots_server).slots_in_use() == 0, timeout=10)
    assert _complete(slots_server, PROMPTS[0], max_tokens=4)[0] == 200


@pytest.mark.slow
@pytest.mark.module_engine
def test_busy_when_every_slot_stays_taken_past_the_wait(slots_server: Any) -> None:
    batcher = _batcher(slots_server)
    batcher.slot_wait_s = 0.5
    long_ones = [threading.Thread(target=_complete, args=(slots_server, "1, 2, 3, 4, 5,", 900, f"long-{i}"))
                 for i in range(SLOTS)]
    try:
        for thread in long_ones:
            thread.start()
        _wait_for(lambda: batcher.slots_in_use() == SLOTS)
        status, answer = _complete(slots_server, PROMPTS[0], max_tokens=4)
        assert status == 503 and answer["error"]["code"] == "busy", answer
    finally:
        batcher.slot_wait_s = 30.0
        _post(slots_server, "/cancel", {})
        for thread in long_ones:
            thread.join(timeout=60)
    assert _complete(slots_server, PROMPTS[0], max_tokens=4)[0] == 200


@pytest.mark.slow
@pytest.mark.module_engine
def test_a_summarys_map_phase_runs_through_the_slots(slots_server: Any) -> None:
    from desktop_llm.services.documents.summarizer import summarize

    client = EngineClient(f"http://127.0.0.1:{slots_server.server_address[1]}", TOKEN, timeout=600)
    seen: list[int] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            seen.append(_batcher(slots_server).slots_in_use())
            time.sleep(0.01)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        result = summarize(client, N_CTX, long_report(pages=2), SummaryOptions(length="short"), lambda p: None,
                           threading.Event())
    finally:
        done.set()
        watcher.join()
    assert result.chunks >= 2 and result.text.strip()
    assert max(seen) >= 2  # map requests ran side by side in the slots
