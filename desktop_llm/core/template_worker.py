"""The chat-template sandbox process: compiles one untrusted template and renders it on request.

Started by core/template_process.py as `python -m desktop_llm.core.template_worker` (the frozen app:
`desktop-llm --worker template`). JSON lines in on stdin, one JSON line out per request on stdout:
  {"op": "compile", "source": ..., "bos_token": ..., "eos_token": ...}  -> {"ok": true} or an error
  {"op": "render", "messages": [...], "add_generation_prompt": bool,   -> {"ok": true, "text": ...} or an error
   "tools": [...] | null, "documents": [...] | null, "kwargs": {...}}
where an error is {"ok": false, "kind": "syntax" | "refused" | "unsafe" | "budget" | "error" | "memory",
"message": ..., "line": ...}. Messages are dicts with role and content and any other field a template may read
(reasoning_content, tool_calls, tool_call_id, name); `kwargs` are extra template variables (enable_thinking, ...).
They are handed to the template as transformers hands them (core/template_context.py).

Why a process (issue 10, items 6-8): only the operating system can bound what a template costs. Here the
address space is capped (RLIMIT_AS) and every request gets a CPU-time allowance (RLIMIT_CPU, raised by that
much before each request), so even an orphaned sandbox whose parent died cannot spin or grow for long; the
parent adds a wall-clock timeout and kills the process. Windows has no `resource`: there a Job Object caps the
committed memory (core/job_object.py), and the parent's timeout and the budgets of core/template_sandbox.py bound
the time.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Any

from jinja2 import Template, TemplateSyntaxError
from jinja2.exceptions import SecurityError

from desktop_llm.core.errors import ChatTemplateError
from desktop_llm.core.job_object import limit_process_memory
from desktop_llm.core.template_context import template_context
from desktop_llm.core.template_sandbox import BudgetedEnvironment, TemplateBudgetError

try:  # POSIX only
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

EXIT_OUT_OF_MEMORY = 3


def limit_memory(max_bytes: int) -> None:
    if sys.platform == "win32":
        limit_process_memory(max_bytes)
        return
    if resource is None or max_bytes <= 0:
        return
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (max_bytes if hard < 0 else min(max_bytes, hard), hard))
    except (ValueError, OSError):  # macOS refuses RLIMIT_AS below what is mapped; the timeout still holds
        pass


def allow_cpu(seconds: float) -> None:
    """Let the next request use `seconds` of CPU time on top of what this process has used so far."""
    if resource is None or seconds <= 0:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime + seconds) + 1
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        resource.setrlimit(resource.RLIMIT_CPU, (soft if hard < 0 else min(soft, hard), hard))
    except (ValueError, OSError):
        pass


class TemplateServer:
    """The state of one sandbox process: the environment and the compiled template."""

    def __init__(self) -> None:
        self._env = BudgetedEnvironment()
        self._template: Template | None = None
        self._bos = ""
        self._eos = ""

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        op = request.get("op")
        if op == "compile":
            self._bos = str(request.get("bos_token", ""))
            self._eos = str(request.get("eos_token", ""))
            self._template = self._env.compile_untrusted(str(request["source"]))
            return {"ok": True}
        if op == "render":
            if self._template is None:
                return _error("error", "no template was compiled")
            context = template_context(
                request["messages"],
                bool(request.get("add_generation_prompt", True)),
                {"bos_token": self._bos, "eos_token": self._eos},
                tools=request.get("tools"),
                documents=request.get("documents"),
                extra=request.get("kwargs"),
            )
            return {"ok": True, "text": self._env.render_untrusted(self._template, context)}
        return _error("error", f"unknown request {op!r}")


def _error(kind: str, message: str, line: int | None = None) -> dict[str, Any]:
    return {"ok": False, "kind": kind, "message": message, "line": line}


def answer(server: TemplateServer, request: dict[str, Any]) -> dict[str, Any]:
    """Every failure of the untrusted template becomes a typed answer; only MemoryError ends the process."""
    try:
        return server.handle(request)
    except TemplateSyntaxError as exc:
        return _error("syntax", exc.message or str(exc), exc.lineno)
    except ChatTemplateError as exc:
        return _error("refused", str(exc))
    except TemplateBudgetError as exc:
        return _error("budget", str(exc))
    except SecurityError as exc:
        return _error("unsafe", str(exc))
    except MemoryError:
        raise
    except Exception as exc:  # anything else the untrusted template did
        return _error("error", f"{type(exc).__name__}: {exc}")


def serve(stdin: IO[bytes], stdout: IO[bytes], cpu_seconds: float) -> int:
    server = TemplateServer()
    _write(stdout, {"ready": True})
    for line in stdin:  # EOF: the parent closed the pipe or died
        try:
            request = json.loads(line)
        except ValueError:
            _write(stdout, _error("error", "the request is not JSON"))
            continue
        allow_cpu(cpu_seconds)
        try:
            reply = answer(server, request)
        except MemoryError:
            _write(stdout, _error("memory", "the template used more memory than the sandbox allows"))
            return EXIT_OUT_OF_MEMORY  # the heap may be in any state: start afresh
        _write(stdout, reply)
    return 0


def _write(stdout: IO[bytes], reply: dict[str, Any]) -> None:
    stdout.write(json.dumps(reply).encode("utf-8") + b"\n")
    stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="desktop-llm --worker template")
    parser.add_argument("--memory-bytes", type=int, default=0)
    parser.add_argument("--cpu-seconds", type=float, default=0.0)
    args = parser.parse_args(argv)
    limit_memory(args.memory_bytes)
    try:
        return serve(sys.stdin.buffer, sys.stdout.buffer, args.cpu_seconds)
    except BrokenPipeError:  # the parent went away
        return 0


if __name__ == "__main__":
    sys.exit(main())
