"""The Python sandbox (issue 14, P2) with real child processes: it runs code and reports what it did, and it
refuses the network, files outside its scratch folder and new processes, and is killed at its limits."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_llm.core.errors import ToolError, ToolTimeoutError
from desktop_llm.core.tool_types import ToolCallRequest
from desktop_llm.ipc.process_group import signal_tree
from desktop_llm.services.tools import python_sandbox
from desktop_llm.services.tools.python_sandbox import PythonSandboxTool, SandboxLimits, child_environment
from desktop_llm.services.tools.registry import ToolRegistry

LIMITS = SandboxLimits(seconds=60, cpu_seconds=10, memory_bytes=512 * 2**20, output_bytes=4096)


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    return tmp_path / "chats" / "42" / "scratch"


@pytest.fixture
def sandbox(scratch: Path) -> PythonSandboxTool:
    return PythonSandboxTool(scratch, LIMITS)


def run(tool: PythonSandboxTool, code: str, cancel: threading.Event | None = None, timeout_s: float = 60) -> str:
    return tool.run({"code": code}, cancel or threading.Event(), timeout_s)


def test_it_prints_a_result_and_lists_the_files_it_wrote(sandbox: PythonSandboxTool, scratch: Path) -> None:
    text = run(sandbox, "import json, math\nprint(json.dumps({'x': math.factorial(5)}))\n"
                        "open('out.txt', 'w').write('hello')\nprint(open('out.txt').read())")
    assert text.startswith("exit code: 0\nstdout:\n")
    assert '{"x": 120}\nhello' in text
    assert "- out.txt (5 bytes)" in text
    assert (scratch / "out.txt").read_text() == "hello"
    assert stat.S_IMODE(scratch.stat().st_mode) == 0o700 or os.name == "nt"
    # a second call of the same chat sees the folder as it was, and lists only what it wrote itself
    again = run(sandbox, "print(open('out.txt').read())")
    assert "hello" in again and "files written in the scratch folder: none" in again


def test_an_error_in_the_code_is_a_result_the_model_reads(sandbox: PythonSandboxTool) -> None:
    text = run(sandbox, "print('before')\n1 / 0")
    assert text.startswith("exit code: 1\n")
    assert "before" in text and "ZeroDivisionError: division by zero" in text
    assert run(sandbox, "import sys\nsys.exit(3)").startswith("exit code: 3\n")
    assert "SyntaxError" in run(sandbox, "def (:")


def test_the_environment_is_stripped_and_stdin_closed(sandbox: PythonSandboxTool, scratch: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "secret-token")
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    text = run(sandbox, "import os, json, sys\nprint(json.dumps(sorted(os.environ)))\n"
                        "print(os.getcwd())\nprint(sys.flags.isolated, sys.flags.no_site)\n"
                        "try:\n    input()\nexcept EOFError:\n    print('stdin closed')")
    names = json.loads(text.split("stdout:\n")[1].splitlines()[0])
    assert "HF_TOKEN" not in names and "HTTPS_PROXY" not in names
    assert set(names) <= set(child_environment(scratch)) | {"LC_CTYPE"}
    assert str(scratch.resolve()) in text and "1 1" in text and "stdin closed" in text


@pytest.fixture
def loopback_server() -> Iterator[tuple[int, list[object]]]:
    """A TCP server on 127.0.0.1 that records every connection it accepts."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    accepted: list[object] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, peer = server.accept()
            except (TimeoutError, OSError):
                continue
            accepted.append(peer)
            connection.close()

    thread = threading.Thread(target=serve, name="loopback-server")
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join()
    server.close()


def test_the_network_is_refused(sandbox: PythonSandboxTool, loopback_server: tuple[int, list[object]]) -> None:
    port, accepted = loopback_server
    # the test process reaches the server, so a refusal below is the sandbox's doing
    socket.create_connection(("127.0.0.1", port), timeout=5).close()
    probe = f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=5)\nprint('connected')"
    text = run(sandbox, probe)
    assert "connected" not in text.split("stderr:")[0]
    assert "PermissionError: sandbox: network access is not allowed" in text
    raw = f"import _socket\ns = _socket.socket()\ns.connect(('127.0.0.1', {port}))\nprint('connected')"
    assert "network access is not allowed" in run(sandbox, raw)
    assert "network access is not allowed" in run(sandbox, "import socket\nsocket.getaddrinfo('localhost', 80)")
    assert len(accepted) == 1  # the test's own connection only


def test_files_outside_the_scratch_folder_are_refused(sandbox: PythonSandboxTool, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    for code in (f"print(open({str(secret)!r}).read())", "print(open('/etc/passwd').read())",
                 "print(open('../../../secret.txt').read())", "import os\nprint(os.listdir('/'))",
                 "import pathlib\nprint(pathlib.Path.home().parent.joinpath('secret.txt').read_text())"):
        text = run(sandbox, code)
        assert "top secret" not in text and "root:" not in text, code
        assert "PermissionError: sandbox: reading" in text, code
    target = tmp_path / "written.txt"
    for code in (f"open({str(target)!r}, 'w').write('x')", "open('../../../written.txt', 'a').write('x')",
                 f"import os\nos.open({str(target)!r}, os.O_CREAT | os.O_WRONLY)",
                 f"import shutil\nopen('a.txt', 'w').write('x')\nshutil.copy('a.txt', {str(target)!r})",
                 f"import os\nos.symlink({str(secret)!r}, 'link.txt')",
                 f"import os\nos.remove({str(secret)!r})"):
        text = run(sandbox, code)
        assert "PermissionError: sandbox:" in text, code
        assert not target.exists() and secret.exists(), code


def test_the_standard_library_is_readable_and_site_packages_are_not(sandbox: PythonSandboxTool) -> None:
    text = run(sandbox, "import json, os, inspect\nprint(len(inspect.getsource(json)) > 100)")
    assert "True" in text
    assert "No module named 'pytest'" in run(sandbox, "import pytest")
    site = str(Path(pytest.__file__).parents[1])
    # the import system takes the refused listing of the folder for an empty one
    assert "No module named 'pytest'" in run(sandbox, f"import sys\nsys.path.append({site!r})\nimport pytest")
    assert "PermissionError: sandbox: reading" in run(sandbox, f"import os\nprint(os.listdir({site!r}))")
    assert "sandbox_child" not in run(sandbox, "1 / 0")


def test_new_processes_and_native_code_are_refused(sandbox: PythonSandboxTool) -> None:
    for code, refusal in (("import subprocess\nsubprocess.run(['echo', 'hi'])", "importing _posixsubprocess"),
                          ("import os\nos.system('echo hi')", "starting a process"),
                          ("import os\nos.execv('/bin/echo', ['echo', 'hi'])", "starting a process"),
                          ("import os\nprint(os.fork())", "starting a process"),
                          ("import ctypes", "importing ctypes"), ("import sqlite3", "importing _sqlite3"),
                          ("import os\nos.kill(os.getppid(), 9)", "signalling another process"),
                          ("import resource\nresource.setrlimit(resource.RLIMIT_AS, (-1, -1))", "setrlimit")):
        text = run(sandbox, code)
        assert f"sandbox: {refusal}" in text, code
        assert "hi\n" not in text.split("stderr:")[0], code


def test_a_memory_bomb_is_stopped_at_the_memory_limit(sandbox: PythonSandboxTool) -> None:
    with pytest.raises(ToolError, match=r"memory limit of the sandbox \(512 MB\)") as raised:
        run(sandbox, "print('start')\nblocks = []\nwhile True:\n    blocks.append(bytearray(50 * 2**20))")
    assert "start" in str(raised.value)


def test_a_busy_loop_is_stopped_at_the_cpu_limit(scratch: Path) -> None:
    tool = PythonSandboxTool(scratch, SandboxLimits(seconds=120, cpu_seconds=1))
    with pytest.raises(ToolError, match=r"CPU time limit of the sandbox \(1 seconds\)") as raised:
        run(tool, "while True:\n    pass", timeout_s=120)
    assert not isinstance(raised.value, ToolTimeoutError)


def test_a_sleeping_run_is_stopped_at_the_wall_clock_limit(scratch: Path) -> None:
    tool = PythonSandboxTool(scratch, SandboxLimits(seconds=60))
    with pytest.raises(ToolTimeoutError, match=r"more than 1 seconds") as raised:
        run(tool, "import time\nprint('waiting', flush=True)\ntime.sleep(600)", timeout_s=1)
    assert "waiting" in str(raised.value)


def test_huge_output_is_cut_at_the_bound(sandbox: PythonSandboxTool) -> None:
    text = run(sandbox, "import os, sys\nprint('x' * 1_000_000)\nos.write(1, b'y' * 1_000_000)\n"
                        "print('e' * 1_000_000, file=sys.stderr)")
    stdout, stderr = text.split("stdout:\n")[1].split("\nstderr:\n")
    assert 4096 <= len(stdout) <= 4096 + 10 and stdout.startswith("x" * 4000)
    assert len(stderr) < 4096 + 200 and "[output cut at the sandbox's limit]" in stderr


def test_cancel_kills_the_run(sandbox: PythonSandboxTool, scratch: Path) -> None:
    cancel = threading.Event()
    outcome: list[BaseException | str] = []

    def work() -> None:
        try:
            outcome.append(run(sandbox, "open('started', 'w').close()\nwhile True:\n    pass", cancel))
        except ToolError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=work, name="sandbox-call")
    worker.start()
    while not (scratch / "started").exists() and worker.is_alive():
        worker.join(0.05)
    cancel.set()
    worker.join(30)
    assert not worker.is_alive()
    assert isinstance(outcome[0], ToolError) and "the user stopped the Python code" in str(outcome[0])


def test_through_the_registry(sandbox: PythonSandboxTool) -> None:
    registry = ToolRegistry([sandbox])
    spec = registry.specs()[0]
    assert (spec.name, spec.read_only, spec.parameters["required"]) == ("run_python", False, ["code"])
    ok = registry.run(ToolCallRequest("call_1", "run_python", json.dumps({"code": "print(2 ** 10)"})),
                      threading.Event())
    assert ok.status == "ok" and "1024" in ok.content
    refused = registry.run(ToolCallRequest("call_2", "run_python", json.dumps({"code": "open('/etc/passwd')"})),
                           threading.Event())
    assert refused.status == "ok" and "PermissionError: sandbox: reading '/etc/passwd'" in refused.content
    missing = registry.run(ToolCallRequest("call_3", "run_python", "{}"), threading.Event())
    assert missing.status == "error" and "code" in missing.content


def test_tricks_around_the_hook_are_refused(sandbox: PythonSandboxTool, tmp_path: Path) -> None:
    # the sandbox module's globals are reachable through a traceback: changing them changes nothing
    tamper = ("try:\n    raise ValueError\nexcept ValueError as e:\n    g = e.__traceback__.tb_frame.f_back.f_globals\n"
              "g['_BLOCKED_MODULES'] = frozenset()\ng['_PROCESS_EVENTS'] = ('nothing',)\nimport ctypes")
    assert "sandbox: importing ctypes is not allowed" in run(sandbox, tamper)
    # a descriptor of a folder outside would let dir_fd open files past the path checks
    assert "opening a folder outside the scratch folder" in run(
        sandbox, "import os, sysconfig\nos.open(sysconfig.get_paths()['stdlib'], os.O_RDONLY)")
    # SQLite opens its files itself (ATTACH creates one anywhere): the module is refused
    attach = f"import sqlite3\nsqlite3.connect(':memory:').execute(\"attach database '{tmp_path}/x.db' as x\")"
    assert "sandbox: importing _sqlite3 is not allowed" in run(sandbox, attach)
    assert not (tmp_path / "x.db").exists()
    assert "has no attribute 'mkfifo'" in run(sandbox, f"import os\nos.mkfifo('{tmp_path}/fifo')")
    assert "sandbox: importing posix" in run(sandbox, "import sys\ndel sys.modules['posix']\nimport posix")
    # ordinary code that uses the standard library still runs
    text = run(sandbox, "import tarfile, csv, statistics, dataclasses, urllib.parse, tempfile\n"
                        "@dataclasses.dataclass\nclass P:\n    x: int\nprint(P(3), statistics.mean([1, 2, 3]))\n"
                        "with tempfile.TemporaryDirectory() as d:\n    print('temp ok')")
    assert "P(x=3) 2" in text and "temp ok" in text


def test_stop_applies_while_a_stuck_child_leaves_its_stdin_full(scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A child that never reads its stdin (stuck before the code is read): the code does not fit in the pipe, so
    # writing it blocks until the child dies. Stop (set before the call) must still end the call.
    started: list[subprocess.Popen[bytes]] = []

    class Recorded(subprocess.Popen):  # type: ignore[type-arg]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(python_sandbox, "child_command",
                        lambda _limits: [sys.executable, "-c", "import time\ntime.sleep(300)"])
    monkeypatch.setattr(subprocess, "Popen", Recorded)  # the module python_sandbox starts the child with
    cancel = threading.Event()
    cancel.set()
    outcome: list[BaseException | str] = []

    def work() -> None:
        try:
            outcome.append(run(PythonSandboxTool(scratch, LIMITS), "#" * 90_000 + "\nprint(1)", cancel))
        except ToolError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=work, name="sandbox-call", daemon=True)
    worker.start()
    worker.join(30)  # a guard against hanging the suite, not a measurement
    try:
        assert not worker.is_alive(), "the call hung writing the code"
        assert isinstance(outcome[0], ToolError) and "the user stopped the Python code" in str(outcome[0])
    finally:
        for process in started:
            process.kill()
            process.wait()


@pytest.mark.skipif(os.name == "nt", reason="POSIX: a reaped child's id (its group's) may be reused at once")
def test_the_group_is_killed_before_the_child_is_reaped(sandbox: PythonSandboxTool,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # A child that spawns nothing and exits: when its group is killed, the child must still be unreaped (a
    # zombie holds its id), else the id may belong to another program's group by then.
    seen: list[str] = []

    def watched(pid: int, hard: bool = False) -> bool:
        try:
            os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)  # running or a zombie: ours still
            seen.append("unreaped")
        except ChildProcessError:
            seen.append("reaped")  # the id is free for anyone
        return signal_tree(pid, hard)

    monkeypatch.setattr(python_sandbox, "signal_tree", watched)
    assert run(sandbox, "print('done')").startswith("exit code: 0\n")
    assert seen == ["unreaped"]
