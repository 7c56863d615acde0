"""The tools a chat offers, and running one call safely: arguments checked against the tool's JSON Schema, the
tool run on a worker thread with a time limit and the user's Stop, its output bounded before it reaches the model.

Nothing a call does can break the loop: an unknown tool, arguments that are not a JSON object or break the
schema, a tool that fails, hangs or is stopped each end as a ToolOutcome whose content the model reads back.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Collection, Mapping, Sequence
from typing import Any, Protocol

import jsonschema

from desktop_llm.core.errors import ToolError
from desktop_llm.core.tool_types import TOOL_NAME, ToolCallRequest, ToolOutcome, ToolSpec, ToolStatus
from desktop_llm.core.tool_types import Tool as Tool

log = logging.getLogger(__name__)
MAX_RESULT_CHARS = 16_000  # ~4k tokens: a result must leave room for the conversation
MAX_ARGUMENT_CHARS = 200_000
_POLL_S = 0.05  # how often a waiting call looks at the user's Stop


class ToolProvider(Protocol):
    """A source of tools found at run time (P3's MCP servers)."""

    def tools(self) -> Sequence[Tool]: ...


class ToolRegistry:
    """Built-in tools and the providers' tools under unique names. A provider is asked for its tools each time
    the specs are read (an MCP server may have started or stopped meanwhile); one that raises loses its tools
    for that time, logged, and the others stay."""

    def __init__(self, tools: Sequence[Tool] = (), providers: Sequence[ToolProvider] = ()) -> None:
        self._own: dict[str, Tool] = {}
        for tool in tools:
            name = tool.spec.name
            if not TOOL_NAME.fullmatch(name):
                raise ValueError(f"tool name {name!r} is not 1-64 letters, digits, _ or -")
            if name in self._own:
                raise ValueError(f"two tools are named {name!r}")
            self._own[name] = tool
        self._providers = tuple(providers)
        self._lock = threading.Lock()
        self._tools = dict(self._own)

    def refresh(self) -> dict[str, Tool]:
        """The built-in tools and the providers' tools now; a name taken already is refused (logged)."""
        merged = dict(self._own)
        for provider in self._providers:
            try:
                offered = list(provider.tools())
            except Exception as exc:  # a provider is outside code (an MCP server): it costs its tools, not ours
                log.warning("a tool provider failed to list its tools: %s", exc)
                continue
            for tool in offered:
                name = tool.spec.name
                if not TOOL_NAME.fullmatch(name) or name in merged:
                    log.warning("tool %r refused: its name is invalid or taken", name[:80])
                    continue
                merged[name] = tool
        with self._lock:
            self._tools = merged
        return merged

    def specs(self, enabled: Collection[str] | None = None) -> list[ToolSpec]:
        """The tools' specs, in registration order; only the `enabled` names when given."""
        tools = self.refresh()
        return [tool.spec for name, tool in tools.items() if enabled is None or name in enabled]

    def spec(self, name: str) -> ToolSpec | None:
        with self._lock:
            tool = self._tools.get(name)
        return tool.spec if tool is not None else None

    def problem(self, call: ToolCallRequest) -> str:
        """What is wrong with a call before it runs (an unknown tool, arguments that do not fit), "" if nothing:
        the loop asks the user only about calls that can run."""
        with self._lock:
            tool = self._tools.get(call.name)
            names = ", ".join(sorted(self._tools)) or "none"
        if tool is None:
            return f"There is no tool named {call.name[:80]!r}. The tools are: {names}."
        return _arguments(call.arguments, tool.spec)[1]

    def run(self, call: ToolCallRequest, cancel: threading.Event, timeout_s: float = 60.0) -> ToolOutcome:
        """Run one call; every failure becomes an outcome the model can read (never raises)."""
        started = time.monotonic()
        with self._lock:
            tool = self._tools.get(call.name)
        if tool is None:
            return _outcome(call, "error", self.problem(call), started)
        arguments, problem = _arguments(call.arguments, tool.spec)
        if arguments is None:
            return _outcome(call, "error", problem, started)
        if cancel.is_set():
            return _outcome(call, "cancelled", "The user stopped the call before it ran.", started)
        status, text = _run_bounded(tool, arguments, cancel, timeout_s)
        return _outcome(call, status, text, started)


def _arguments(text: str, spec: ToolSpec) -> tuple[dict[str, Any] | None, str]:
    """The call's arguments as an object that matches the tool's schema, or None and what is wrong with them."""
    if len(text) > MAX_ARGUMENT_CHARS:
        return None, f"The arguments for {spec.name} are over {MAX_ARGUMENT_CHARS:,} characters."
    try:
        value = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as exc:
        return None, f"The arguments for {spec.name} are not valid JSON ({exc.msg} at character {exc.pos})."
    except RecursionError:  # json.loads' answer to nesting past the recursion limit (a model can write that)
        return None, f"The arguments for {spec.name} are not valid JSON (nested too deeply)."
    if not isinstance(value, dict):
        return None, f"The arguments for {spec.name} must be a JSON object, not {type(value).__name__}."
    try:
        schema = dict(spec.parameters)
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
        errors = sorted(validator_class(schema).iter_errors(value), key=lambda e: list(e.absolute_path))
    except jsonschema.SchemaError as exc:
        return None, f"The tool {spec.name} has an invalid parameters schema ({exc.message[:200]}); it cannot be called."
    if errors:
        problems = "; ".join(_where(error) + error.message[:300] for error in errors[:5])
        return None, f"The arguments for {spec.name} do not match its parameters: {problems}. Fix them and call again."
    return value, ""


def _where(error: jsonschema.ValidationError) -> str:
    path = "".join(f"[{part!r}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
    return f"{path.lstrip('.')}: " if path else ""


def _run_bounded(tool: Tool, arguments: Mapping[str, Any], cancel: threading.Event,
                 timeout_s: float) -> tuple[ToolStatus, str]:
    """The tool run on a worker thread; the caller waits at most timeout_s and stops waiting at the user's Stop.
    Either way the tool's own event is set, so a well-behaved tool ends soon after; one that does not is left
    to finish on its daemon thread (its result is dropped)."""
    own = threading.Event()
    done = threading.Event()
    result: list[tuple[ToolStatus, str]] = []

    def work() -> None:
        try:
            result.append(("ok", tool.run(arguments, own, timeout_s)))
        except ToolError as exc:
            result.append(("error", str(exc)))
        except Exception as exc:  # the tool's own bug: the model reads what happened, the log keeps the trace
            log.warning("tool %s failed", tool.spec.name, exc_info=True)
            result.append(("error", f"The tool {tool.spec.name} failed: {type(exc).__name__}: {str(exc)[:500]}"))
        finally:
            done.set()

    worker = threading.Thread(target=work, name=f"tool-{tool.spec.name}", daemon=True)
    worker.start()
    deadline = time.monotonic() + max(timeout_s, 0.0)
    while not done.wait(min(_POLL_S, max(deadline - time.monotonic(), 0.0))):
        if cancel.is_set():
            own.set()
            worker.join(1.0)
            return "cancelled", "The user stopped this call."
        if time.monotonic() >= deadline:
            own.set()
            worker.join(1.0)
            return "timeout", f"The tool {tool.spec.name} did not finish within {timeout_s:g} seconds and was stopped."
    worker.join()
    return result[0] if result else ("error", f"The tool {tool.spec.name} returned nothing.")


def bounded(text: str, limit: int = MAX_RESULT_CHARS) -> tuple[str, bool]:
    """`text` cut to `limit` characters with a note saying how much was left out."""
    if len(text) <= limit:
        return text, False
    rest = len(text) - limit
    return f"{text[:limit]}\n[… {rest:,} more characters cut: ask for a smaller part]", True


def _outcome(call: ToolCallRequest, status: ToolStatus, content: str, started: float) -> ToolOutcome:
    text, truncated = bounded(content)
    return ToolOutcome(call, status, text, time.monotonic() - started, truncated)
