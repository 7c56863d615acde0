"""Connections against a real third-party OpenAI-compatible server (issue 11, part B): llama-cpp-python's own
`python -m llama_cpp.server` (the `[server]` extra of the same wheel, not our code) on the starter model, started
once for the module, with a fault-injecting loopback proxy in front (tests/fault_proxy.py)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.core.connections import Connection
from desktop_llm.core.errors import (
    RemoteAuthError,
    RemoteModelNotFoundError,
    RemoteStalledError,
    RemoteStreamCutError,
    RemoteUnavailableError,
)
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.translation import TranslateOptions
from desktop_llm.services.backends.connection_store import ConnectionStore, KeyStore
from desktop_llm.services.backends.remote_backend import RemoteBackend, RemoteBackends
from desktop_llm.services.documents.summarizer import summarize
from desktop_llm.services.documents.translator import translate
from tests.fault_proxy import Fault, FaultProxy, wait_for_port

pytestmark = pytest.mark.slow
N_CTX = 2048
GREEDY = SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0, seed=0, max_tokens=40)
DOC_SAMPLING = SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.1, seed=0)
ESSAY = "\n\n".join(
    f"Section {i}. The river town of Millbrook grew around a mill built in {1800 + 7 * i}. Its farmers sold wheat, "
    f"its smiths made tools, and its school taught {20 + i} children to read. A flood in year {i} of the story "
    "washed away the old bridge, and the townspeople rebuilt it in stone within one summer." for i in range(40))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def third_party(starter_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultProxy]:
    """llama_cpp.server on the starter model behind the fault proxy; yields the proxy (its `url` is the server's)."""
    port = _free_port()
    log = (tmp_path_factory.mktemp("llama-cpp-server") / "server.log").open("w")
    # interrupt_requests false: by default a new request cuts the stream in progress (it sends [DONE] early).
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(starter_model), "--model_alias", "smollm2",
         "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(N_CTX), "--interrupt_requests", "false",
         "--verbose", "false"], stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port)
        proxy = FaultProxy([("127.0.0.1", port)])
        yield proxy
        proxy.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture
def backend(third_party: FaultProxy) -> RemoteBackend:
    third_party.clear()
    remote = RemoteBackend(Connection("llama-cpp", third_party.url + "/v1", context_length=N_CTX), "")
    remote.ensure_loaded(LoadParams(path="smollm2", backend="llama-cpp"))
    return remote


def _stream(remote: RemoteBackend, received: list[str]) -> GenerationFinished:
    end = None
    for event in remote.client().chat_stream([ChatMessage("user", "Name three colours.")], GREEDY):
        if isinstance(event, TextDelta):
            received.append(event.text)
        else:
            end = event
    assert end is not None
    return end


def test_chat_through_a_saved_connection(third_party: FaultProxy, app_paths: object, tmp_path: Path) -> None:
    store = ConnectionStore(tmp_path, KeyStore(tmp_path / "keys.json", None))
    store.add(Connection("lab", third_party.url + "/v1", context_length=N_CTX))
    statuses = RemoteBackends(store).statuses()
    assert [(s.state, s.models) for s in statuses] == [("reachable", ("smollm2",))]
    remote = RemoteBackends(store).backend("lab")
    status = remote.ensure_loaded(LoadParams(path="smollm2", backend="lab"))
    assert status.model is not None and status.model.n_ctx == N_CTX
    client = remote.client()
    assert client.info.tokenize == "llama-cpp-python" and client.count("Hello world") > 0
    received: list[str] = []
    end = _stream(remote, received)
    assert "".join(received).strip() and end.finish_reason in ("stop", "length")


def test_summarize_and_translate_through_a_connection(backend: RemoteBackend) -> None:
    client = backend.client()
    result = summarize(client, N_CTX, ESSAY, SummaryOptions("bullets", "short"), lambda _p: None, threading.Event(),
                       sampling=DOC_SAMPLING)
    assert result.text.strip() and result.chunks > 1
    assert all(r.prompt_tokens + r.max_tokens <= N_CTX for r in result.requests)
    translated = translate(client, N_CTX, "Good morning.\n\nThe bridge is made of stone.",
                           TranslateOptions("en", "fr"), lambda _p: None, threading.Event(), sampling=DOC_SAMPLING)
    assert translated.text.count("\n\n") == 1 and translated.text.strip()


def test_each_fault_has_its_own_error_and_keeps_what_arrived(backend: RemoteBackend, third_party: FaultProxy) -> None:
    third_party.inject("/v1/chat", Fault.answer(401, "Invalid API key", "invalid_api_key"))
    with pytest.raises(RemoteAuthError, match="refused the API key"):
        _stream(backend, [])
    third_party.inject("/v1/chat", Fault.answer(404, "model not found", "model_not_found"))
    with pytest.raises(RemoteModelNotFoundError):
        _stream(backend, [])
    with pytest.raises(RemoteModelNotFoundError, match="does not serve 'nope'"):
        RemoteBackend(backend.connection, "").ensure_loaded(LoadParams(path="nope", backend="llama-cpp"))
    received: list[str] = []
    third_party.inject("/v1/chat", Fault("reset", after_bytes=900))
    with pytest.raises(RemoteStreamCutError, match="what arrived is kept"):
        _stream(backend, received)
    assert received  # the words before the cut were delivered, and stay delivered
    # A shorter stall timeout for the stall (the prompt is short: its first words come well within it).
    impatient = RemoteBackend(Connection("llama-cpp", backend.connection.base_url, N_CTX, stall_timeout_s=5.0), "")
    impatient.ensure_loaded(LoadParams(path="smollm2", backend="llama-cpp"))
    third_party.inject("/v1/chat", Fault("stall", after_bytes=900, stall_s=60))
    received.clear()
    try:
        with pytest.raises(RemoteStalledError, match="what arrived is kept"):
            _stream(impatient, received)
        assert received
    finally:
        third_party.release_stalls()
    down = RemoteBackend(Connection("down", f"http://127.0.0.1:{_free_port()}"), "")
    with pytest.raises(RemoteUnavailableError, match="connection refused"):
        down.ensure_loaded(LoadParams(path="smollm2", backend="down"))


def test_document_requests_are_retried_after_429_and_5xx(backend: RemoteBackend, third_party: FaultProxy) -> None:
    text = "The bridge is made of stone.\n\nThe mill is old."
    expected = translate(backend.client(), N_CTX, text, TranslateOptions("en", "de"), lambda _p: None,
                         threading.Event(), sampling=DOC_SAMPLING).text
    third_party.clear()
    third_party.inject("/v1/chat", Fault.answer(429, "slow down", "rate_limit", (("Retry-After", "1"),)))
    third_party.inject("/v1/chat", Fault.answer(503, "overloaded"))
    retried = translate(backend.client(), N_CTX, text, TranslateOptions("en", "de"), lambda _p: None,
                        threading.Event(), sampling=DOC_SAMPLING)
    assert retried.text == expected
    assert third_party.requests["/v1/chat/completions"] == 2 + 2  # two blocks, two faults answered first


def test_the_map_phase_fans_out_and_gives_the_sequential_result(backend: RemoteBackend,
                                                                third_party: FaultProxy) -> None:
    options = SummaryOptions("bullets", "short")
    sequential = summarize(backend.client(), N_CTX, ESSAY, options, lambda _p: None, threading.Event(),
                           concurrency=1, sampling=DOC_SAMPLING)
    assert third_party.max_in_flight == 1
    third_party.clear()
    fanned = summarize(backend.client(), N_CTX, ESSAY, options, lambda _p: None, threading.Event(),
                       concurrency=2, sampling=DOC_SAMPLING)
    assert third_party.max_in_flight == 2  # both map requests at the server at once (it queues the second)
    assert fanned.text == sequential.text and fanned.chunks == sequential.chunks
