"""The "run_python" tool: the model's Python code run in a confined child process (issue 14, P2).

Each call starts `python -I -S` (isolated: no site-packages, no PYTHON* variables, no user folders) on
services/tools/sandbox_child.py, in a group of its own (ipc/process_group.py), with the chat's scratch folder as
its working directory, a stripped environment, the code on stdin (then /dev/null) and its output captured up to
a bound per stream. The child confines itself before the code runs: a network namespace where Linux allows one,
rlimits (POSIX) or a Job Object (Windows, core/job_object.py) for memory and CPU, and an audit hook refusing
network, processes, native code and files outside the scratch folder; sandbox_child.py's docstring says what
that hook can and cannot stop. Here the parent adds the wall-clock limit and the user's Stop, both of which kill
the whole group, and reports what the run did: exit code, stdout, stderr and the files it wrote.

The user sees the code before it runs: the tool is not read-only, so every call goes through approval (P4).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NoReturn

from desktop_llm.core.errors import ToolError, ToolTimeoutError
from desktop_llm.core.tool_types import ToolSpec
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc.process_group import own_group_options, signal_tree
from desktop_llm.services.tools import sandbox_child

CHILD = Path(sandbox_child.__file__).resolve()
JOB_OBJECT = Path(__file__).resolve().parents[2] / "core" / "job_object.py"
MAX_CODE_CHARS = 100_000
MAX_FILES_LISTED = 50
_POLL_S = 0.05

SPEC = ToolSpec(
    name="run_python",
    description=(
        "Run Python 3 code in a sandbox and get its exit code, stdout, stderr and the files it wrote. The "
        "standard library only; no network, no other processes; files only in the current folder (a scratch "
        "folder kept for this chat). Limited memory, CPU time and output: print what you need to see."
    ),
    parameters={
        "type": "object",
        "properties": {"code": {"type": "string", "description": "The Python source to run, as a script."}},
        "required": ["code"],
        "additionalProperties": False,
    },
    read_only=False,
)


@dataclass(frozen=True)
class SandboxLimits:
    """What one run may cost."""

    seconds: float = 30.0  # wall clock; the registry's timeout_s lowers it
    cpu_seconds: int = 20
    memory_bytes: int = 512 * 1024 * 1024  # address space (POSIX) or committed memory (Windows)
    file_bytes: int = 64 * 1024 * 1024  # each file written
    open_files: int = 64
    output_bytes: int = 64 * 1024  # each of stdout and stderr


@dataclass(frozen=True)
class _Run:
    returncode: int
    stdout: str
    stderr: str
    cut: bool


class _Capture:
    """Reads a pipe to its end on a thread (pipes cannot be polled on Windows), keeping the first `limit` bytes."""

    def __init__(self, stream: IO[bytes], limit: int, name: str) -> None:
        self._stream, self._limit = stream, limit
        self.data = bytearray()
        self.cut = False
        self.thread = threading.Thread(target=self._read, name=f"python-sandbox-{name}", daemon=True)
        self.thread.start()

    def _read(self) -> None:
        try:
            while chunk := self._stream.read1(65536):  # type: ignore[attr-defined]
                room = self._limit - len(self.data)
                self.data += chunk[: max(room, 0)]
                self.cut = self.cut or len(chunk) > room
        except (OSError, ValueError):
            pass
        finally:
            try:
                self._stream.close()
            except OSError:
                pass

    def text(self) -> str:
        return self.data.decode("utf-8", "replace")


class PythonSandboxTool:
    """The tool; `run` is called on the registry's worker thread, one process per call. `scratch` is the chat's
    own folder: created (private to the user) on first use and kept between calls of the chat."""

    def __init__(self, scratch: Path, limits: SandboxLimits = SandboxLimits()) -> None:
        self._scratch = Path(scratch)
        self._limits = limits

    @property
    def spec(self) -> ToolSpec:
        return SPEC

    @property
    def scratch(self) -> Path:
        return self._scratch

    def run(self, arguments: Mapping[str, Any], cancel: threading.Event, timeout_s: float) -> str:
        code = arguments.get("code")
        if not isinstance(code, str) or not code.strip():
            raise ToolError(QT_TR_NOOP("the code to run is missing: pass it as the string argument \"code\""))
        if len(code) > MAX_CODE_CHARS:
            raise ToolError(QT_TR_NOOP("the code is over {limit} characters"), limit=f"{MAX_CODE_CHARS:,}")
        folder = self._prepared_folder()
        seconds = max(0.1, min(self._limits.seconds, timeout_s))
        before = _snapshot(folder)
        run, ending = self._run(code, folder, cancel, seconds)
        output = _describe(run)
        if ending == "cancelled":
            raise ToolError(QT_TR_NOOP("the user stopped the Python code{output}"), output=output)
        if ending == "timeout":
            raise ToolTimeoutError(QT_TR_NOOP("the Python code ran for more than {seconds} seconds and was "
                                              "stopped{output}"), seconds=f"{seconds:g}", output=output)
        if run.returncode == sandbox_child.EXIT_MEMORY or sandbox_child.MEMORY_MARKER in run.stderr:
            raise ToolError(QT_TR_NOOP("the Python code was stopped at the memory limit of the sandbox "
                                       "({megabytes} MB){output}"),
                            megabytes=str(self._limits.memory_bytes // 2**20), output=output)
        if _killed_by_cpu_limit(run.returncode):
            raise ToolError(QT_TR_NOOP("the Python code was stopped at the CPU time limit of the sandbox "
                                       "({seconds} seconds){output}"),
                            seconds=str(self._limits.cpu_seconds), output=output)
        if run.returncode == sandbox_child.EXIT_SETUP:
            raise ToolError(QT_TR_NOOP("the sandbox could not run the code{output}"), output=output)
        return f"exit code: {run.returncode}{output}\n{_files_written(folder, before)}"

    def _prepared_folder(self) -> Path:
        try:
            self._scratch.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name != "nt":
                os.chmod(self._scratch, 0o700)  # private, whatever the umask made of an older folder
            return self._scratch.resolve()
        except OSError as exc:
            raise ToolError(QT_TR_NOOP("the sandbox's scratch folder {folder} cannot be used ({problem})"),
                            folder=str(self._scratch), problem=exc.strerror or str(exc)) from exc

    def _run(self, code: str, folder: Path, cancel: threading.Event, seconds: float) -> tuple[_Run, str]:
        """The child run to its end, or killed with its group at the deadline or the user's Stop."""
        try:
            process = subprocess.Popen(
                child_command(self._limits), cwd=folder, env=child_environment(folder),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, close_fds=True,
                **own_group_options(),
            )
        except OSError as exc:
            raise ToolError(QT_TR_NOOP("the Python sandbox could not start ({problem})"),
                            problem=exc.strerror or str(exc)) from exc
        assert process.stdin is not None and process.stdout is not None and process.stderr is not None
        captures = (_Capture(process.stdout, self._limits.output_bytes, "stdout"),
                    _Capture(process.stderr, self._limits.output_bytes, "stderr"))
        # The code is written from a thread of its own: a child stuck before reading it leaves the pipe full and
        # the write blocked, and the deadline and Stop below must still apply (the kill breaks the pipe).
        feeder = threading.Thread(target=_feed, args=(process.stdin, code.encode("utf-8")),
                                  name="python-sandbox-stdin", daemon=True)
        feeder.start()
        deadline = time.monotonic() + seconds
        ending = "exited"
        while not _ended(process):
            if cancel.is_set():
                ending = "cancelled"
                break
            if time.monotonic() >= deadline:
                ending = "timeout"
                break
            cancel.wait(_POLL_S)
        # Kill the group even after a normal exit: nothing it started may outlive the call. The child is not
        # reaped yet (a zombie keeps its id, the group's), so the id cannot be another program's group by now.
        signal_tree(process.pid, hard=True)
        try:
            returncode = process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - the OS did not deliver the kill
            returncode = -9
        for thread in (feeder, *(capture.thread for capture in captures)):
            thread.join(timeout=5)
        out, err = captures
        return _Run(returncode, out.text(), err.text(), out.cut or err.cut), ending


def _ended(process: subprocess.Popen[bytes]) -> bool:
    """Whether the child ended, without reaping it on POSIX (WNOWAIT): only the wait after the group kill does.
    On Windows Popen holds the process's handle, which keeps its id from being reused: poll() is safe there."""
    if os.name == "nt":
        return process.poll() is not None
    try:
        return os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:  # pragma: no cover - reaped by someone else (nothing here waits on it)
        return True


def _feed(stdin: IO[bytes], data: bytes) -> None:
    try:
        stdin.write(data)
    except (OSError, ValueError):
        pass  # it died (or was killed) before reading it all; its stderr says why
    finally:
        try:
            stdin.close()
        except OSError:
            pass


def child_command(limits: SandboxLimits) -> list[str]:
    """Isolated (-I), no site (-S), no bytecode written (-B), UTF-8 streams (-X utf8: -I ignores PYTHONIOENCODING).
    A frozen app has no Python to run a script with: it re-runs its own executable in worker mode
    (cli/entry.py `--worker python-sandbox`, then frozen_child_main below), as the template sandbox does."""
    options = [
        "--memory-bytes", str(limits.memory_bytes), "--cpu-seconds", str(limits.cpu_seconds),
        "--file-bytes", str(limits.file_bytes), "--open-files", str(limits.open_files),
        "--output-bytes", str(limits.output_bytes), "--job-object", str(JOB_OBJECT),
    ]
    if getattr(sys, "frozen", False):
        return [sys.executable, "--worker", "python-sandbox", *options]
    return [sys.executable, "-I", "-S", "-B", "-X", "utf8", str(CHILD), *options]


def frozen_child_main(argv: list[str]) -> NoReturn:
    """The sandbox child in a frozen app, as `python sandbox_child.py` runs it from source. The bundle's bootstrap
    has imported ctypes (PyInstaller's hooks): it is dropped from sys.modules, so the code must import it afresh,
    which the child's audit hook refuses. A bundle has no core/job_object.py to load by path on Windows: the
    memory cap is then set here from the bundled module, before the child takes over."""
    if sys.platform == "win32" and "--job-object" in argv:
        at = argv.index("--job-object")
        if not os.path.isfile(argv[at + 1] if at + 1 < len(argv) else ""):
            from desktop_llm.core.job_object import limit_process_memory

            limit_process_memory(int(argv[argv.index("--memory-bytes") + 1]))
            argv = argv[:at] + argv[at + 2:]
            sys.modules.pop("desktop_llm.core.job_object", None)
    for name in [n for n in sys.modules if n == "ctypes" or n.startswith(("ctypes.", "_ctypes"))]:
        del sys.modules[name]
    try:
        code = sandbox_child.main(argv)
    except SyntaxError as exc:
        print(f"SyntaxError: {exc.msg} (line {exc.lineno})", file=sys.stderr)
        code = 1
    sys.stdout.flush()
    os._exit(code)  # as the source child: no atexit handlers of the code's, no output after the bounds


def child_environment(folder: Path) -> dict[str, str]:
    """Nothing of the user's environment (tokens, proxies, HOME): the few variables Python needs to start."""
    env = {"HOME": str(folder), "TMPDIR": str(folder), "TEMP": str(folder), "TMP": str(folder),
           "LANG": "C.UTF-8", "PATH": os.defpath}
    for name in ("SYSTEMROOT", "WINDIR"):  # Windows' Python cannot start (or seed random) without them
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def _killed_by_cpu_limit(returncode: int) -> bool:
    if os.name == "nt" or returncode >= 0:
        return False
    import signal

    return -returncode in (getattr(signal, "SIGXCPU", -1), getattr(signal, "SIGKILL", -1))


def _describe(run: _Run) -> str:
    note = "\n[output cut at the sandbox's limit]" if run.cut else ""
    return f"\nstdout:\n{run.stdout}\nstderr:\n{run.stderr}{note}"


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """(size, mtime_ns) of each file in the scratch folder, to tell what a run wrote."""
    found: dict[str, tuple[int, int]] = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            try:
                info = os.lstat(path)
            except OSError:
                continue
            found[os.path.relpath(path, folder)] = (info.st_size, info.st_mtime_ns)
            if len(found) > 10_000:
                return found
    return found


def _files_written(folder: Path, before: dict[str, tuple[int, int]]) -> str:
    after = _snapshot(folder)
    written = sorted(name for name, stamp in after.items() if before.get(name) != stamp)
    if not written:
        return "files written in the scratch folder: none"
    lines = [f"- {name} ({after[name][0]:,} bytes)" for name in written[:MAX_FILES_LISTED]]
    if len(written) > MAX_FILES_LISTED:
        lines.append(f"- … and {len(written) - MAX_FILES_LISTED} more")
    return "files written in the scratch folder:\n" + "\n".join(lines)
