"""Connections (issue 11, part B), fast: the key store (keychain and private file), the saved connections, the
remote client's typed faults against a scripted loopback server, the retry policy, the ordered fan-out, and the
router the controllers use. The real third-party server is in tests/integration/test_connections.py."""

from __future__ import annotations

import os
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring.backend
import keyring.backends.fail
import pytest
from keyring.testing.backend import BackendBasicTests

from desktop_llm.core.connections import Connection, estimate_tokens, normalize_base_url
from desktop_llm.core.errors import (
    Cancelled,
    ConnectionConfigError,
    EngineRequestError,
    RemoteAuthError,
    RemoteModelNotFoundError,
    RemoteRateLimitedError,
    RemoteServerError,
    RemoteStalledError,
    RemoteStreamCutError,
    RemoteUnavailableError,
    RemoteUnsupportedError,
)
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.fan_out import concurrency_of, map_ordered
from desktop_llm.core.retry_policy import RetryPolicy
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.ipc.engine_wire import EngineStatus
from desktop_llm.services.backends.connection_store import (
    SERVICE,
    ConnectionStore,
    KeyStore,
    PrivateFileKeyring,
    usable_keychain,
)
from desktop_llm.services.backends.remote_backend import RemoteBackend, RemoteBackends
from desktop_llm.services.backends.router import BackendRouter
from tests.fake_openai import FakeOpenAI, Handler


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain that exists: what macOS, Windows and Linux desktops have."""

    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


class TestPrivateFileKeyring(BackendBasicTests):  # type: ignore[misc]
    """keyring's own backend tests, run against the file used where no keychain exists."""

    @pytest.fixture(autouse=True)
    def _init_properties(self, request: pytest.FixtureRequest, tmp_path: Path) -> None:
        self.path = tmp_path / "keys.json"
        self.keyring = PrivateFileKeyring(self.path)
        self.credentials_created: set[tuple[str, str]] = set()

    def init_keyring(self) -> PrivateFileKeyring:
        return self.keyring

    def test_the_file_is_private(self) -> None:
        self.keyring.set_password("s", "u", "secret")
        if os.name == "posix":
            assert stat.S_IMODE(self.path.stat().st_mode) == 0o600


def test_no_keychain_on_this_machine_means_the_private_file(tmp_path: Path) -> None:
    assert usable_keychain(keyring.backends.fail.Keyring()) is None
    store = ConnectionStore(tmp_path, KeyStore(tmp_path / "keys.json", None))
    store.add(Connection("lab", "http://10.0.0.5:8000/v1"), api_key="sk-123")
    assert store.api_key("lab") == "sk-123"
    assert "sk-123" not in store.path.read_text()
    assert "sk-123" in (tmp_path / "keys.json").read_text()
    store.remove("lab")
    assert store.api_key("lab") == ""
    assert "sk-123" not in (tmp_path / "keys.json").read_text()


def test_with_a_keychain_keys_go_there_and_never_to_a_file(tmp_path: Path) -> None:
    chain = MemoryKeyring()
    assert usable_keychain(chain) is chain
    store = ConnectionStore(tmp_path, KeyStore(tmp_path / "keys.json", chain))
    store.add(Connection("lab", "http://10.0.0.5:8000"), api_key="sk-abc")
    assert chain.store == {(SERVICE, "lab"): "sk-abc"}
    assert not (tmp_path / "keys.json").exists()
    assert store.api_key("lab") == "sk-abc"
    store.remove("lab")
    assert chain.store == {}


def test_saved_connections(tmp_path: Path) -> None:
    store = ConnectionStore(tmp_path, KeyStore(tmp_path / "keys.json", None))
    store.add(Connection("vllm", "gpu-box:8000/v1/", context_length=32768))
    store.add(Connection("ollama", "http://127.0.0.1:11434/v1"))
    assert [(c.name, c.base_url) for c in store.all()] == [("vllm", "http://gpu-box:8000"),
                                                          ("ollama", "http://127.0.0.1:11434")]
    assert store.get("vllm").context_length == 32768
    with pytest.raises(ConnectionConfigError, match="exists already"):
        store.add(Connection("vllm", "http://other"))
    with pytest.raises(ConnectionConfigError, match="no connection named 'nope'"):
        store.get("nope")
    with pytest.raises(ConnectionConfigError, match="http:// or https://"):
        store.add(Connection("bad", "ftp://x"))
    with pytest.raises(ConnectionConfigError, match="connection name"):
        store.add(Connection("has space", "http://x"))
    # One damaged entry is skipped, the others stay.
    store.path.write_text('{"connections": [{"name": "ok", "base_url": "http://a"}, {"base_url": 3}]}')
    assert [c.name for c in store.all()] == ["ok"]


def test_base_urls_are_normalized() -> None:
    assert normalize_base_url("http://h:1/v1/") == "http://h:1"
    assert normalize_base_url("https://api.example.com/openai/v1") == "https://api.example.com/openai"
    assert normalize_base_url("localhost:8080") == "http://localhost:8080"
    with pytest.raises(ConnectionConfigError, match="port"):
        normalize_base_url("http://h:port")


def test_the_estimate_errs_on_the_generous_side() -> None:
    text = "The quick brown fox jumps over the lazy dog. " * 20
    assert estimate_tokens(text) >= len(text) / 4  # a BPE tokenizer makes about a token per 4 bytes of English
    chinese = (Path(__file__).parent.parent / "fixtures" / "chinese").glob("*.txt")
    prose = next(chinese).read_text(encoding="utf-8")
    assert estimate_tokens(prose) >= 1.84 * len(prose)  # what the starter model's tokenizer spends on it


# the remote client against a scripted server


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI(models=("tiny", "big"), key="sk-good")
    yield server
    server.close()


def _backend(fake: FakeOpenAI, key: str = "sk-good", stall: float = 30.0) -> RemoteBackend:
    return RemoteBackend(Connection("lab", fake.url, stall_timeout_s=stall), key)


def _reply(backend: RemoteBackend, model: str = "tiny") -> tuple[str, GenerationFinished]:
    backend.ensure_loaded(LoadParams(path=model, backend="lab"))
    events = list(backend.client().chat_stream([ChatMessage("user", "hi")], SamplingParams(max_tokens=10)))
    assert isinstance(events[-1], GenerationFinished)
    return "".join(e.text for e in events if isinstance(e, TextDelta)), events[-1]


def test_a_reply_streams_with_the_servers_context_and_counts(fake: FakeOpenAI) -> None:
    fake.props = {"default_generation_settings": {"n_ctx": 8192}, "total_slots": 4}
    backend = _backend(fake)
    status = backend.ensure_loaded(LoadParams(path="big", backend="lab"))
    assert isinstance(status, EngineStatus) and status.model is not None
    assert (status.model.path, status.model.n_ctx) == ("big", 8192)
    client = backend.client()
    assert client.parallel_requests == 4 and concurrency_of(client) == 4
    assert client.count("one two three") == 3  # llama-server's /tokenize
    # the API server forwards non-generating requests (embeddings, token counts) through post_json
    assert client.post_json("/tokenize", {"content": "one two three"}, request_id="r0")["tokens"]
    text, end = _reply(backend, "big")
    assert text == "Hello there, friend." and end.finish_reason == "stop"
    assert end.stats.completion_tokens == 3 and end.stats.prompt_tokens == 7
    chat = [b for b in fake.bodies if b["path"] == "/v1/chat/completions"][-1]
    assert chat["model"] == "big" and chat["stream"] is True


def test_each_fault_is_its_own_error(fake: FakeOpenAI, tmp_path: Path) -> None:
    with pytest.raises(RemoteAuthError, match="refused the API key"):
        _backend(fake, key="sk-wrong").ensure_loaded(LoadParams(path="tiny", backend="lab"))
    with pytest.raises(RemoteModelNotFoundError, match="does not serve 'huge'"):
        _backend(fake).ensure_loaded(LoadParams(path="huge", backend="lab"))
    backend = _backend(fake)
    backend.ensure_loaded(LoadParams(path="tiny", backend="lab"))
    fake.script("/v1/chat", lambda h, _b: h.error(429, "slow down", "rate_limit", {"Retry-After": "7"}) or True)
    with pytest.raises(RemoteRateLimitedError) as limited:
        _reply(backend)
    assert limited.value.retry_after == 7.0
    fake.script("/v1/chat", lambda h, _b: h.error(503, "overloaded") or True)
    with pytest.raises(RemoteServerError, match="503"):
        _reply(backend)
    fake.script("/v1/chat", lambda h, _b: h.error(400, "bad temperature") or True)
    with pytest.raises(EngineRequestError, match="bad temperature"):
        _reply(backend)
    with pytest.raises(RemoteUnsupportedError, match="LoRA"):
        list(backend.client().chat_stream([ChatMessage("user", "hi")], SamplingParams(), adapters=(("a.gguf", 1.0),)))
    closed = RemoteBackend(Connection("down", "http://127.0.0.1:9"), "")
    with pytest.raises(RemoteUnavailableError, match="cannot reach down"):
        closed.ensure_loaded(LoadParams(path="tiny", backend="down"))


def test_a_cut_or_stalled_reply_keeps_what_arrived(fake: FakeOpenAI) -> None:
    backend = _backend(fake, stall=0.5)
    backend.ensure_loaded(LoadParams(path="tiny", backend="lab"))
    received: list[str] = []
    for script, error, kept in (
            (lambda h, _b: h.stream(["a", "b", "c"], cut_after=2) or True, RemoteStreamCutError, ["a", " b"]),
            (lambda h, _b: h.stream(["a", "b", "c"], stall_after=2) or True, RemoteStalledError, ["a", " b"]),
            # [DONE] without a finish_reason: what llama-cpp-python's server sends when another request cuts in
            (lambda h, _b: h.stream(["a", "b", "c"], finish=None) or True, RemoteStreamCutError, ["a", " b", " c"])):
        fake.script("/v1/chat", script)
        received.clear()
        with pytest.raises(error, match="what arrived is kept"):
            for event in backend.client().chat_stream([ChatMessage("user", "hi")], SamplingParams()):
                if isinstance(event, TextDelta):
                    received.append(event.text)
        assert received == kept


def test_cancel_hangs_up_and_ends_as_cancelled(fake: FakeOpenAI) -> None:
    fake.reply = " ".join(["word"] * 200)
    fake.delay_s = 0.01
    backend = _backend(fake)
    backend.ensure_loaded(LoadParams(path="tiny", backend="lab"))
    client = backend.client()
    events = []
    for event in client.chat_stream([ChatMessage("user", "hi")], SamplingParams(), request_id="r1"):
        events.append(event)
        if len(events) == 3:
            client.cancel("r1")
    assert isinstance(events[-1], GenerationFinished) and events[-1].finish_reason == "cancelled"
    assert len(events) < 50


# retry policy and fan-out


def test_retry_policy() -> None:
    policy = RetryPolicy(attempts=3, base_delay_s=1.0, max_delay_s=4.0)
    assert policy.delay(1, RemoteServerError("x", 502), lambda: 1.0) == 1.0
    assert policy.delay(2, RemoteServerError("x", 502), lambda: 1.0) == 2.0
    assert policy.delay(3, RemoteServerError("x", 502), lambda: 1.0) is None  # attempts used up
    assert policy.delay(1, RemoteRateLimitedError("x", retry_after=9.0), lambda: 1.0) == 9.0
    assert policy.delay(1, RemoteRateLimitedError("x", retry_after=600.0)) is None  # longer than worth waiting
    assert policy.delay(1, RemoteAuthError("x", "invalid_api_key", 401)) is None  # a wrong key stays wrong
    calls = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise RemoteStreamCutError("reset")
        return "ok"

    waits: list[float] = []
    assert policy.call(flaky, lambda s: waits.append(s) or False) == "ok" and len(waits) == 2
    with pytest.raises(Cancelled):
        policy.call(lambda: (_ for _ in ()).throw(RemoteServerError("x")), lambda _s: True)
    with pytest.raises(RemoteServerError):  # text already reached the user: not asked again
        policy.call(lambda: (_ for _ in ()).throw(RemoteServerError("x")), lambda _s: False, retry_if=lambda: False)


def test_fan_out_keeps_order_and_bounds_concurrency() -> None:
    running, peak, lock = [0], [0], threading.Lock()

    def work(index: int, item: int) -> int:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.02 * ((7 * index) % 5))
        with lock:
            running[0] -= 1
        return item * item

    items = list(range(12))
    assert map_ordered(work, items, 4) == [i * i for i in items] == map_ordered(work, items, 1)
    assert peak[0] == 4

    def failing(index: int, item: int) -> int:
        if index == 5:
            raise RemoteAuthError("no", "401", 401)
        return item

    with pytest.raises(RemoteAuthError):
        map_ordered(failing, items, 3)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        map_ordered(work, items, 3, cancel)


# the router


class FakeLocal:
    """The local engine supervisor, as the router sees it."""

    def __init__(self) -> None:
        self.loaded: list[LoadParams] = []
        self.shut = False

    def client(self) -> Any:
        return "local-client"

    def ensure_loaded(self, params: LoadParams) -> EngineStatus:
        self.loaded.append(params)
        return EngineStatus()

    def explain(self, error: Any) -> Any:
        return error

    def shutdown(self) -> None:
        self.shut = True


def test_the_router_sends_each_selection_to_its_backend(fake: FakeOpenAI, tmp_path: Path) -> None:
    store = ConnectionStore(tmp_path, KeyStore(tmp_path / "keys.json", None))
    store.add(Connection("lab", fake.url), api_key="sk-good")
    local = FakeLocal()
    router = BackendRouter(local, RemoteBackends(store))
    router.ensure_loaded(LoadParams(path="/models/a.gguf"))
    assert local.loaded and router.client() == "local-client"
    status = router.ensure_loaded(LoadParams(path="tiny", backend="lab"))
    assert status.model is not None and status.process is not None and status.process.backend == "remote: lab"
    assert router.client().model == "tiny"  # type: ignore[attr-defined]
    assert router.remotes.backend("lab") is router.remotes.backend("lab")  # one backend while nothing changed
    statuses = router.remotes.statuses()
    assert [(s.name, s.state, s.models) for s in statuses] == [("lab", "reachable", ("tiny", "big"))]
    store.add(Connection("lab", fake.url), api_key="sk-bad", replace=True)
    store.add(Connection("gone", "http://127.0.0.1:9"))
    assert [(s.name, s.state) for s in router.remotes.statuses()] == [("lab", "unauthorized"), ("gone", "offline")]
    router.ensure_loaded(LoadParams(path="/models/a.gguf"))
    assert router.client() == "local-client"
    router.shutdown()
    assert local.shut


def test_fake_handler_is_importable() -> None:
    assert Handler.protocol_version == "HTTP/1.1"
