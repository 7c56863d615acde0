"""The parent's side of the chat-template sandbox: one child process per template, killed when it overruns.

See core/template_worker.py for the child and why templates run in a process at all (issue 10, items 6-8).
Each request waits at most `TemplateLimits.seconds` of wall-clock time; past that the child is killed and
the request answers "timeout". A child that dies (its memory or CPU limit, a crash) answers "crashed". A
child found dead between requests is started again, and the template recompiled, on the next request.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import weakref
from dataclasses import dataclass
from typing import IO, Any

START_TIMEOUT_S = 60.0  # starting Python and importing jinja2 on a busy machine; no template runs yet


@dataclass(frozen=True)
class TemplateLimits:
    """What one template request may cost in the sandbox process."""

    seconds: float = 5.0  # wall clock per compile or render (the starter template renders in well under 1 ms)
    # A render slower than this succeeds, but the template is not run again: a chat renders several times per
    # message (fitting the context), under the engine's lock, so a template tuned to stay just under `seconds`
    # would still hold the engine for tens of seconds a message.
    slow_seconds: float = 2.0
    # the whole sandbox process's address space (POSIX, RLIMIT_AS) or committed memory (Windows, a Job Object)
    memory_bytes: int = 512 * 1024 * 1024


@dataclass(frozen=True)
class SandboxReply:
    """`kind`: ok | syntax | refused | unsafe | budget | error | memory | timeout | slow | crashed | unavailable."""

    kind: str
    text: str = ""
    message: str = ""
    line: int | None = None

    @property
    def ok(self) -> bool:
        return self.kind == "ok"

    @property
    def fatal(self) -> bool:
        """The template exhausted a hard limit: rendering it again would cost the same."""
        return self.kind in ("memory", "timeout", "crashed")


def sandbox_command(limits: TemplateLimits) -> list[str]:
    """The child's command line; a frozen app re-runs its own executable in worker mode."""
    options = ["--memory-bytes", str(limits.memory_bytes), "--cpu-seconds", str(limits.seconds * 2)]
    if getattr(sys, "frozen", False):
        return [sys.executable, "--worker", "template", *options]
    return [sys.executable, "-m", "desktop_llm.core.template_worker", *options]


class _Child:
    """One running sandbox process and the thread that reads its replies (pipes cannot be polled on Windows)."""

    def __init__(self, limits: TemplateLimits) -> None:
        self.process = subprocess.Popen(
            sandbox_command(limits),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        self.replies: queue.Queue[dict[str, Any] | None] = queue.Queue()
        assert self.process.stdout is not None
        threading.Thread(
            target=_read_replies, args=(self.process.stdout, self.replies), name="template-sandbox-reader", daemon=True
        ).start()

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        _stop(self.process)


def _read_replies(stream: IO[bytes], replies: queue.Queue[dict[str, Any] | None]) -> None:
    try:
        for line in stream:
            try:
                replies.put(json.loads(line))
            except ValueError:
                replies.put({"ok": False, "kind": "error", "message": "the sandbox wrote something that is not JSON"})
    except (OSError, ValueError):
        pass
    finally:
        replies.put(None)  # end of stream: the child is gone


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Kill and reap: a sandbox holds nothing worth a graceful exit, and a hung one would not take one."""
    if process.poll() is None:
        process.kill()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:  # pragma: no cover - the OS did not deliver SIGKILL in time
        pass
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            try:
                stream.close()
            except OSError:
                pass


class TemplateSandbox:
    """Compiles one untrusted template in a child process and renders it there. Thread-safe (one request at a
    time); the child is killed when this object is closed or garbage-collected, or when the app exits."""

    def __init__(self, source: str, bos_token: str, eos_token: str, limits: TemplateLimits) -> None:
        self._compile_request = {"op": "compile", "source": source, "bos_token": bos_token, "eos_token": eos_token}
        self._limits = limits
        self._lock = threading.Lock()
        self._child: _Child | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None

    def compile(self) -> SandboxReply:
        with self._lock:
            return self._started()

    def render(
        self,
        messages: list[dict[str, Any]],
        add_generation_prompt: bool,
        tools: list[Any] | None = None,
        documents: list[Any] | None = None,
        template_kwargs: dict[str, Any] | None = None,
    ) -> SandboxReply:
        """Render in the child; the arguments must be JSON data (see core/template_worker.py for the request)."""
        request = {
            "op": "render",
            "messages": messages,
            "add_generation_prompt": add_generation_prompt,
            "tools": tools,
            "documents": documents,
            "kwargs": template_kwargs or {},
        }
        with self._lock:
            started = self._started()
            if not started.ok:
                return started
            return self._request(request)

    def close(self) -> None:
        with self._lock:
            self._discard()

    # with the lock held

    def _started(self) -> SandboxReply:
        """A live child with the template compiled in it (starting and compiling it when needed)."""
        if self._child is not None and self._child.alive():
            return SandboxReply("ok")
        self._discard()
        try:
            child = _Child(self._limits)
        except OSError as exc:
            return SandboxReply("unavailable", message=f"the template sandbox could not start ({exc})")
        self._child = child
        self._finalizer = weakref.finalize(self, child.stop)
        try:
            ready = child.replies.get(timeout=START_TIMEOUT_S)
        except queue.Empty:
            ready = None
        if not ready or not ready.get("ready"):
            self._discard()
            return SandboxReply("unavailable", message="the template sandbox did not start")
        reply = self._request(self._compile_request)
        if not reply.ok:
            self._discard()
        return reply

    def _request(self, request: dict[str, Any]) -> SandboxReply:
        child = self._child
        assert child is not None and child.process.stdin is not None
        try:
            child.process.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            child.process.stdin.flush()
            reply = child.replies.get(timeout=self._limits.seconds)
        except (BrokenPipeError, OSError):
            reply = None
        except queue.Empty:
            self._discard()
            return SandboxReply("timeout", message=f"the template ran for more than {self._limits.seconds:g} s")
        if reply is None:
            try:
                code = child.process.wait(timeout=5)
            except subprocess.TimeoutExpired:  # it closed its output but lives on: end it
                child.stop()
                code = child.process.wait()
            self._discard()
            return SandboxReply("crashed", message=_describe_exit(code))
        if reply.get("ok"):
            return SandboxReply("ok", text=str(reply.get("text", "")))
        if reply.get("kind") == "memory":
            self._discard()
        line = reply.get("line")
        return SandboxReply(
            str(reply.get("kind", "error")), message=str(reply.get("message", "")), line=line if isinstance(line, int) else None
        )

    def _discard(self) -> None:
        if self._finalizer is not None:
            self._finalizer()  # runs child.stop once, and no more at exit
            self._finalizer = None
        self._child = None


def _describe_exit(code: int) -> str:
    if code < 0:
        import signal

        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        reason = "its CPU-time limit" if name == "SIGXCPU" else name
        return f"the template sandbox was stopped by {reason} (the template used too much time or memory)"
    return f"the template sandbox exited with code {code} (the template probably used too much memory)"
