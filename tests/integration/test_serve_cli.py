"""`desktop-llm serve` as a user runs it: a real child process on the starter model, answering the official
`openai` client over loopback, stopped by SIGINT or SIGTERM with exit 0 and its engine worker gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop_llm.cli.entry import main
from desktop_llm.core.server_types import model_id
from desktop_llm.services.storage.paths import HOME_ENV

KEY = "test-key-0123456789abcdef"
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT/SIGTERM to a child is a POSIX thing")


@dataclass
class Served:
    process: subprocess.Popen[str]
    base_url: str = ""
    lines: list[str] = field(default_factory=list)  # stdout, as it arrives
    reader: threading.Thread | None = None

    def wait_for(self, text: str, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if text in line:
                    return line
            if self.process.poll() is not None and not (self.reader and self.reader.is_alive()):
                break
            time.sleep(0.05)
        raise AssertionError(f"no {text!r} in the output of serve:\n" + "".join(self.lines))

    def children(self) -> set[int]:
        """The serve process's own child processes (the engine worker), from /proc."""
        found: set[int] = set()
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as handle:
                        fields = handle.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if fields[1] == str(self.process.pid) and fields[0] != "Z":
                    found.add(int(entry))
        return found


def start_serve(home: Path, *args: str) -> Served:
    env = {**os.environ, HOME_ENV: str(home)}
    process = subprocess.Popen([sys.executable, "-m", "desktop_llm", "serve", *args], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    served = Served(process)

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            served.lines.append(line)

    served.reader = threading.Thread(target=read, daemon=True, name="serve-stdout")
    served.reader.start()
    line = served.wait_for(" at http://")
    served.base_url = line.rsplit(" at ", 1)[1].strip()
    return served


def stop_with(served: Served, number: int) -> int:
    engine = served.children()
    served.process.send_signal(number)
    code = served.process.wait(timeout=60)
    if served.reader is not None:
        served.reader.join(10)
    deadline = time.monotonic() + 10
    while engine and time.monotonic() < deadline:  # the worker exits with the app's end of its stdin
        engine = {pid for pid in engine if os.path.exists(f"/proc/{pid}")}
        time.sleep(0.05)
    assert not engine, f"the engine worker outlived serve: {engine}"
    return code


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Iterator[Served]:
    home = tmp_path_factory.mktemp("serve-home")
    process = start_serve(home, "--model", str(starter_model), "--port", "0", "--api-key", KEY, "--ctx", "2048")
    yield process
    if process.process.poll() is None:
        process.process.kill()
        process.process.wait(30)


def client(served: Served, key: str = KEY):  # type: ignore[no-untyped-def]
    import openai

    return openai.OpenAI(base_url=served.base_url, api_key=key, max_retries=0, timeout=120)


@pytest.mark.slow
@pytest.mark.module_engine
def test_serve_says_where_and_how_to_pass_the_key(served: Served, starter_model: Path) -> None:
    assert served.base_url.startswith("http://127.0.0.1:") and served.base_url.endswith("/v1")
    output = "".join(served.lines)
    assert f"serving {model_id(starter_model.name)} at" in output
    assert "Authorization: Bearer" in output and "x-api-key" in output and "Ctrl+C" in output
    assert KEY not in output  # a key the user gave is not echoed to the terminal or a log


@pytest.mark.slow
@pytest.mark.module_engine
def test_the_openai_client_lists_models_and_chats(served: Served, starter_model: Path) -> None:
    api = client(served)
    ids = [model.id for model in api.models.list()]
    assert model_id(starter_model.name) in ids
    question = [{"role": "user", "content": "What is the capital of France? Answer in one word."}]
    reply = api.chat.completions.create(model=model_id(starter_model.name), messages=question, max_tokens=16,
                                        temperature=0, seed=0)
    assert "Paris" in (reply.choices[0].message.content or "")
    assert reply.usage is not None and reply.usage.completion_tokens > 0
    pieces: list[str] = []
    usage = None
    for chunk in api.chat.completions.create(model=model_id(starter_model.name), messages=question, max_tokens=16,
                                             temperature=0, seed=0, stream=True,
                                             stream_options={"include_usage": True}):
        if chunk.choices and chunk.choices[0].delta.content:
            pieces.append(chunk.choices[0].delta.content)
        if chunk.usage is not None:
            usage = chunk.usage
    assert "".join(pieces) == reply.choices[0].message.content
    assert usage is not None and usage.completion_tokens == reply.usage.completion_tokens
    served.wait_for("POST /v1/chat/completions 200")  # each request is a line of the request log


@pytest.mark.slow
@pytest.mark.module_engine
def test_the_key_is_required(served: Served) -> None:
    import openai

    with pytest.raises(openai.AuthenticationError):
        client(served, key="wrong-key").models.list()
    served.wait_for("GET /v1/models 401")


@POSIX_ONLY
@pytest.mark.slow
@pytest.mark.module_engine
def test_sigint_stops_the_server_and_the_engine_with_exit_0(served: Served) -> None:
    assert served.children()  # the engine worker is running
    assert stop_with(served, signal.SIGINT) == 0
    assert "stopping" in "".join(served.lines) and "Traceback" not in "".join(served.lines)
    import openai

    with pytest.raises(openai.APIConnectionError):
        client(served).models.list()


@POSIX_ONLY
@pytest.mark.slow
def test_sigterm_stops_it_too(tmp_path: Path, starter_model: Path) -> None:
    served = start_serve(tmp_path / "home", "--model", str(starter_model), "--port", "0", "--ctx", "512")
    assert "No API key is asked for" in "".join(served.lines)
    assert stop_with(served, signal.SIGTERM) == 0


def test_a_network_host_without_a_key_is_refused(capsys: pytest.CaptureFixture[str], starter_model: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESKTOP_LLM_API_KEY", raising=False)
    assert main(["serve", "--model", str(starter_model), "--host", "0.0.0.0"]) == 1
    error = capsys.readouterr().err
    assert "--host 0.0.0.0 lets other computers use the model" in error and "--api-key" in error
    assert "Traceback" not in error


def test_an_unknown_model_name_lists_the_library(capsys: pytest.CaptureFixture[str], starter_model: Path) -> None:
    assert main(["serve", "--model", "no-such-model"]) == 1
    error = capsys.readouterr().err
    assert "no model file or library model named 'no-such-model'" in error
    assert model_id(starter_model.name) in error
