"""`desktop-llm chat --tools … --mcp … [--yes] [--tool-choice …]` (issue 14, "Command line").

The same registry and loop as the window (services/tools): the tools named in --tools and the MCP servers of the
--mcp file, each call confirmed on the terminal unless --yes (y = once, a = always for this run, n = deny), shown
compactly on stderr as it happens (→ name(args) … status, time), the answer streamed to stdout.

The loop runs on a thread of its own, so Ctrl-C in the main thread can stop it the way the window's Stop does: the
running tool is told (the Python sandbox kills its child, an MCP call is cancelled), the engine stops the reply,
and the command ends with "interrupted". Answers are read from file descriptor 0 directly (no buffered reader a
thread could still hold at exit); at the end of stdin every further call is denied, with a message.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.tool_types import Decision, Tool, ToolCallRequest, ToolSpec
from desktop_llm.services.tools.registry import ToolProvider, ToolRegistry
from desktop_llm.services.tools.tool_loop import CallFinished, CallStarted, LoopResult, LoopText, ToolLoopEvent

MAX_ROUNDS = 8  # as the window (app_tools.py)
TIMEOUT_S = 60.0
TOOL_WORDS = {"calculator": "calculator", "datetime": "current_datetime", "python": "run_python"}
KINDS = "calculator, datetime, python, files:FOLDER, knowledge:COLLECTION"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # what the model wrote must not steer the terminal
_STOP_WAIT_S = 15.0  # after Ctrl-C: how long the loop may take to stop its tool and the engine's reply


def add_tool_options(chat: argparse.ArgumentParser) -> None:
    chat.add_argument("--tools", action="append", default=[], metavar="LIST",
                      help=f"tools the model may call, comma-separated: {KINDS} (files: and knowledge: may be "
                           "repeated); may be repeated")
    chat.add_argument("--mcp", metavar="MCP_JSON",
                      help="an mcp.json (Claude Desktop's shape): every enabled server's tools, named SERVER__TOOL")
    chat.add_argument("--yes", action="store_true", help="run every tool call without asking")
    chat.add_argument("--tool-choice", default="auto", metavar="auto|none|required|NAME",
                      help="auto (default), none (no tools offered), required (some call first), or a tool's name "
                           "(that call first, its arguments constrained by a grammar)")


def wants_tools(args: argparse.Namespace) -> bool:
    if not (args.tools or args.mcp):
        if args.tool_choice != "auto" or args.yes:
            raise DesktopLlmError("--tool-choice and --yes apply with --tools or --mcp")
        return False
    return True


@dataclass(frozen=True)
class ToolRequest:
    """--tools read: the built-in tools by their word, the folders granted, the collections attached."""

    words: tuple[str, ...] = ()
    folders: tuple[Path, ...] = ()
    collections: tuple[str, ...] = ()


def parse_tools(items: Sequence[str]) -> ToolRequest:
    """--tools values read and checked before anything starts; DesktopLlmError naming what is wrong."""
    words: list[str] = []
    folders: list[Path] = []
    collections: list[str] = []
    for item in items:
        parts = [part.strip() for part in item.split(",")]
        for index, part in enumerate(parts):
            if not part:
                continue
            kind, _, value = part.partition(":")
            if kind == "files":
                # A folder whose name holds a comma was cut by the split: the next parts belong to it while the
                # joined name is a folder and the part alone is no tool.
                while index + 1 < len(parts) and parts[index + 1] and ":" not in parts[index + 1] \
                        and parts[index + 1] not in TOOL_WORDS and Path(f"{value},{parts[index + 1]}").is_dir():
                    value = f"{value},{parts.pop(index + 1)}"
                folders.append(_folder(value))
            elif kind == "knowledge":
                if not value.strip():
                    raise DesktopLlmError("knowledge: needs a collection's name (knowledge:NAME)")
                collections.append(value.strip())
            elif part in TOOL_WORDS or part in TOOL_WORDS.values():
                words.append(part if part in TOOL_WORDS else _word_of(part))
            else:
                raise DesktopLlmError(f"unknown tool {part!r} in --tools; the tools are {KINDS}")
    return ToolRequest(tuple(dict.fromkeys(words)), tuple(dict.fromkeys(folders)), tuple(dict.fromkeys(collections)))


def _word_of(name: str) -> str:
    return next(word for word, tool in TOOL_WORDS.items() if tool == name)


def _folder(value: str) -> Path:
    if not value.strip():
        raise DesktopLlmError("files: needs a folder (files:PATH)")
    folder = Path(value).expanduser()
    if not folder.is_dir():
        raise DesktopLlmError(f"files:{value}: no such folder")
    return folder.resolve()


@dataclass
class ToolSession:
    """The registry for one run and what the user should know about it."""

    registry: ToolRegistry
    servers: Any = None  # McpServers, when --mcp was given
    scratch: Path | None = None


@contextmanager
def tool_session(request: ToolRequest, mcp_file: str | None) -> Iterator[ToolSession]:
    """The registry; the Python sandbox's scratch folder, the Knowledge base and the MCP servers are closed (and
    the folder removed) when the run ends."""
    from desktop_llm.services.tools.builtin_tools import Calculator, CurrentDatetime

    with ExitStack() as stack:
        tools: list[Tool] = []
        scratch: Path | None = None
        for word in request.words:
            if word == "calculator":
                tools.append(Calculator())
            elif word == "datetime":
                tools.append(CurrentDatetime())
            else:
                from desktop_llm.services.tools.python_sandbox import PythonSandboxTool

                scratch = Path(tempfile.mkdtemp(prefix="desktop-llm-python-"))
                stack.callback(shutil.rmtree, scratch, True)
                tools.append(PythonSandboxTool(scratch / "scratch"))
        if request.folders:
            from desktop_llm.services.tools.file_tools import FolderGrant, ListFolder, ReadFile

            grant = FolderGrant(request.folders)
            tools += [ListFolder(grant), ReadFile(grant)]
        if request.collections:
            tools += _knowledge_tools(stack, request.collections)
        providers: list[ToolProvider] = []
        servers = None
        if mcp_file:
            servers = _mcp_servers(mcp_file)
            stack.callback(servers.close)
            providers.append(servers)
        yield ToolSession(ToolRegistry(tools, providers), servers, scratch)


def _knowledge_tools(stack: ExitStack, names: Sequence[str]) -> list[Tool]:
    from desktop_llm.cli.knowledge import open_knowledge
    from desktop_llm.services.tools.builtin_tools import ReadPassage, SearchKnowledge, StoreKnowledge

    knowledge = stack.enter_context(open_knowledge())
    collections = [knowledge.collection(name) for name in names]  # an unknown name is its own clear error
    source = StoreKnowledge(knowledge)
    return [SearchKnowledge(source, [c.id for c in collections]), ReadPassage(source, [c.name for c in collections])]


def _mcp_servers(mcp_file: str) -> Any:
    from desktop_llm.services.tools.mcp_client import McpServers
    from desktop_llm.services.tools.mcp_config import load_mcp_config

    path = Path(mcp_file).expanduser()
    if not path.is_file():
        raise DesktopLlmError(f"--mcp {mcp_file}: no such file")
    config = load_mcp_config(path)
    for problem in config.problems:
        print(f"desktop-llm: MCP server {problem.name!r} left out: {problem.error}", file=sys.stderr)
    return McpServers(config)


def offered(session: ToolSession, tool_choice: str) -> list[ToolSpec]:
    """The tools offered (MCP servers started now, those that fail reported with their stderr's tail); the tool
    a named --tool-choice forces must be one of them."""
    specs = session.registry.specs()
    if session.servers is not None:
        for status in session.servers.status():
            if status.state == "failed":
                tail = "".join(f"\n  {line}" for line in status.stderr_tail[-5:])
                print(f"desktop-llm: MCP server {status.name!r} failed: {status.reason}{tail}", file=sys.stderr)
    names = [spec.name for spec in specs]
    if tool_choice not in ("auto", "none", "required") and tool_choice not in names:
        raise DesktopLlmError(f"--tool-choice {tool_choice}: no such tool; the tools are {', '.join(names) or 'none'}")
    if not specs and tool_choice != "none":
        raise DesktopLlmError("no tools to offer: the MCP servers gave none")
    return specs


def choice_name(tool_choice: str) -> str:
    """--tool-choice as the loop takes it: the words of --tools stand for their tools' names."""
    return TOOL_WORDS.get(tool_choice, tool_choice)


def shown(text: str, limit: int = 0) -> str:
    """Model-written text safe for a terminal (control characters escaped), cut to `limit` when given."""
    safe = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return safe if not limit or len(safe) <= limit else safe[:limit - 1] + "…"


class CallLines:
    """The compact call lines on stderr (on the loop's thread); the approver asks on the same terminal."""

    def __init__(self, stdout_tty: bool) -> None:
        self.stdout_tty = stdout_tty
        self.text_open = False  # the answer's last line on stdout has no newline yet
        self.interrupted = False  # something was written after "→ name(args) …"

    def on_event(self, event: ToolLoopEvent) -> None:
        if isinstance(event, LoopText):
            sys.stdout.write(event.text)
            sys.stdout.flush()
            self.text_open = not event.text.endswith("\n")
        elif isinstance(event, CallStarted):
            if self.text_open and self.stdout_tty:  # the call line starts a line of its own on a shared terminal
                sys.stderr.write("\n")
            self.text_open = False
            self.interrupted = False
            sys.stderr.write(f"→ {_call_text(event.call, 200)} …")
            sys.stderr.flush()
        elif isinstance(event, CallFinished):
            outcome = event.outcome
            first = outcome.content.strip().splitlines()[0] if outcome.content.strip() else ""
            lead = "  … " if self.interrupted else " "
            sys.stderr.write(f"{lead}{outcome.status}, {outcome.seconds:.2f} s"
                             f"{': ' + shown(first, 120) if first else ''}\n")
            sys.stderr.flush()


def _call_text(call: ToolCallRequest, limit: int = 0) -> str:
    return f"{call.name}({shown(call.arguments.strip(), limit)})"


class TerminalApprover:
    """Asks on the terminal (Approver protocol; called on the loop's thread). Reads lines from fd 0 itself."""

    def __init__(self, lines: CallLines, stdin_fd: int = 0) -> None:
        self._lines = lines
        self._fd = stdin_fd
        self._pending = b""
        self._ended = False

    def approve(self, call: ToolCallRequest, spec: ToolSpec, cancel: threading.Event) -> Decision:
        self._lines.interrupted = True
        sys.stderr.write("\n" + _full_call(call) + "\n")
        for _attempt in range(3):
            if self._ended or cancel.is_set():
                break
            sys.stderr.write(f"  run {spec.name}? [y] yes once, [a] always in this run, [n] no: ")
            sys.stderr.flush()
            answer = self._line()
            if answer is None:
                self._ended = True
                break
            if not os.isatty(self._fd):  # nothing echoed the piped answer: the line shows what was read
                sys.stderr.write(shown(answer, 40) + "\n")
            decision = {"y": "allow_once", "yes": "allow_once", "a": "allow_chat", "always": "allow_chat",
                        "n": "deny", "no": "deny"}.get(answer.strip().lower())
            if decision is not None:
                return decision  # type: ignore[return-value]
        if self._ended:
            sys.stderr.write("\ndesktop-llm: no answer (end of input): call denied; pass --yes to run tool calls "
                             "without asking\n")
        return "deny"

    def _line(self) -> str | None:
        """One line from fd 0; None at its end (or when it cannot be read)."""
        while b"\n" not in self._pending:
            try:
                chunk = os.read(self._fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                if self._pending:
                    line, self._pending = self._pending, b""
                    return line.decode("utf-8", "replace")
                return None
            self._pending += chunk
        line, _, self._pending = self._pending.partition(b"\n")
        return line.decode("utf-8", "replace")


def _full_call(call: ToolCallRequest) -> str:
    """The whole call, as the user must see it before it runs; Python code as the code itself."""
    try:
        arguments = json.loads(call.arguments)
    except json.JSONDecodeError:
        arguments = None
    if isinstance(arguments, dict) and isinstance(arguments.get("code"), str) and len(arguments) == 1:
        body = "\n".join("    " + shown(line) for line in arguments["code"].splitlines())
        return f"  {call.name}, code:\n{body}"
    if isinstance(arguments, dict):
        return f"  {call.name} " + shown(json.dumps(arguments, ensure_ascii=False, indent=2)).replace("\n", "\n  ")
    return f"  {_call_text(call)}"


def run_tools_reply(engine: Any, messages: Sequence[ChatMessage], sampling: SamplingParams, session: ToolSession,
                    tool_choice: str, assume_yes: bool) -> LoopResult:
    """The tool loop on a thread of its own, the answer streamed; Ctrl-C stops it as the window's Stop does."""
    from desktop_llm.services.tools.tool_loop import run_tool_loop

    lines = CallLines(sys.stdout.isatty())
    approver = TerminalApprover(lines)
    cancel = threading.Event()
    outcome: list[LoopResult | BaseException] = []

    def work() -> None:
        try:
            outcome.append(run_tool_loop(engine, messages, sampling, session.registry, None, approver,
                                         lines.on_event, cancel, max_rounds=MAX_ROUNDS, tool_choice=tool_choice,
                                         timeout_s=TIMEOUT_S, policy=lambda spec: assume_yes))
        except BaseException as exc:  # handed to the main thread, which reports it as the command's error
            outcome.append(exc)

    thread = threading.Thread(target=work, name="chat-tool-loop", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.2)
    except KeyboardInterrupt:
        cancel.set()
        thread.join(_STOP_WAIT_S)
        raise
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result
