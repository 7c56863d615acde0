"""A reply's tool rounds in its meta (issue 14): the calls a reply made live in the reply node's meta, the reply's
content is its final answer. So branches, regenerate, edit and export keep them without any change to the tree.

meta["tools"] = [{"text": the assistant's text before its calls,
                  "calls": [{"id", "name", "arguments", "status", "content", "seconds", "truncated", "decision"}]}]

Read tolerantly: meta is stored JSON that an older or newer app (or a damaged file) may have written, so anything
malformed is skipped rather than failing the view or the next prompt. When the next prompt is built, a reply with
rounds is expanded back into what the model wrote and read: assistant(text, tool_calls) -> tool(result) … ->
the final assistant answer, so the model sees its earlier calls.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, get_args

from desktop_llm.core.conversation import MessageNode
from desktop_llm.core.conversation import prompt_messages as plain_prompt_messages
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.tool_types import ToolOutcome, ToolStatus

TOOLS_KEY = "tools"
MAX_ROUNDS_READ = 64  # a damaged meta with thousands of rounds is read only this far
MAX_CALLS_READ = 64
EXPORT_CHARS = 2_000  # a result in a Markdown export is cut here (the JSON export has it whole)
_STATUSES: tuple[str, ...] = get_args(ToolStatus)


@dataclass(frozen=True)
class ToolCallRecord:
    """One call as the reply keeps it: what the model asked, what the user decided, what the tool answered."""

    id: str
    name: str
    arguments: str  # JSON text, as the model wrote it
    status: ToolStatus = "ok"
    content: str = ""  # what the model read back
    seconds: float = 0.0
    truncated: bool = False
    decision: str = ""  # "allow_once", "allow_chat", "always" (Settings), "deny"; "" when nobody was asked

    @classmethod
    def of(cls, outcome: ToolOutcome, decision: str = "") -> ToolCallRecord:
        call = outcome.call
        return cls(call.id, call.name, call.arguments, outcome.status, outcome.content, round(outcome.seconds, 2),
                   outcome.truncated, decision)


@dataclass(frozen=True)
class ToolRound:
    """One round: the text the model wrote before its calls, and the calls."""

    text: str
    calls: tuple[ToolCallRecord, ...]


def rounds_to_meta(rounds: Sequence[ToolRound]) -> list[dict[str, Any]]:
    return [{"text": r.text, "calls": [_call_to_meta(c) for c in r.calls]} for r in rounds]


def _call_to_meta(call: ToolCallRecord) -> dict[str, Any]:
    data: dict[str, Any] = {"id": call.id, "name": call.name, "arguments": call.arguments, "status": call.status,
                            "content": call.content, "seconds": call.seconds, "truncated": call.truncated}
    if call.decision:
        data["decision"] = call.decision
    return data


def rounds_from_meta(meta: Mapping[str, object]) -> tuple[ToolRound, ...]:
    """The rounds a reply's meta records; () when there are none or they are unreadable."""
    raw = meta.get(TOOLS_KEY)
    if not isinstance(raw, list):
        return ()
    rounds: list[ToolRound] = []
    for item in raw[:MAX_ROUNDS_READ]:
        if not isinstance(item, dict):
            continue
        calls = item.get("calls")
        listed = (calls if isinstance(calls, list) else [])[:MAX_CALLS_READ]
        records = tuple(r for r in (_call_from_meta(c, f"call_{len(rounds)}_{i}") for i, c in enumerate(listed))
                        if r is not None)
        text = item.get("text")
        if records or (isinstance(text, str) and text):
            rounds.append(ToolRound(text if isinstance(text, str) else "", records))
    return tuple(rounds)


def _call_from_meta(raw: object, fallback_id: str) -> ToolCallRecord | None:
    if not isinstance(raw, dict):
        return None
    name, call_id = raw.get("name"), raw.get("id")
    if not isinstance(name, str) or not name:
        return None
    arguments = raw.get("arguments")
    if not isinstance(arguments, str):  # a newer writer might keep them as an object
        arguments = json.dumps(arguments, ensure_ascii=False) if isinstance(arguments, dict) else "{}"
    status = raw.get("status")
    seconds = raw.get("seconds")
    content = raw.get("content")
    decision = raw.get("decision")
    return ToolCallRecord(
        id=call_id if isinstance(call_id, str) and call_id else fallback_id,
        name=name,
        arguments=arguments,
        status=status if isinstance(status, str) and status in _STATUSES else "error",  # type: ignore[arg-type]
        content=content if isinstance(content, str) else "",
        seconds=float(seconds) if isinstance(seconds, (int, float)) and not isinstance(seconds, bool) else 0.0,
        truncated=raw.get("truncated") is True,
        decision=decision if isinstance(decision, str) else "",
    )


def rounds_from_messages(messages: Sequence[ChatMessage], outcomes: Mapping[str, ToolOutcome] | None = None,
                         decisions: Mapping[str, str] | None = None) -> tuple[tuple[ToolRound, ...], str]:
    """The loop's new messages (assistant with calls -> tool results … -> final assistant) as rounds, and the final
    answer. `outcomes` (call id -> ToolOutcome) give each call its status and time; `decisions` what the user
    decided."""
    rounds: list[ToolRound] = []
    final = ""
    outcomes, decisions = outcomes or {}, decisions or {}
    index = 0
    while index < len(messages):
        message = messages[index]
        index += 1
        if message.role != "assistant":
            continue
        if not message.tool_calls:
            final = message.content
            continue
        results: dict[str, str] = {}
        while index < len(messages) and messages[index].role == "tool":
            results[messages[index].tool_call_id] = messages[index].content
            index += 1
        calls = []
        for raw in message.tool_calls:
            function = raw.get("function")
            function = function if isinstance(function, Mapping) else {}
            call_id = str(raw.get("id", ""))
            outcome = outcomes.get(call_id)
            record = ToolCallRecord(call_id, str(function.get("name", "")), str(function.get("arguments", "{}")),
                                    "ok" if outcome is None else outcome.status, results.get(call_id, ""),
                                    0.0 if outcome is None else round(outcome.seconds, 2),
                                    outcome is not None and outcome.truncated, decisions.get(call_id, ""))
            calls.append(record)
        rounds.append(ToolRound(message.content, tuple(calls)))
    return tuple(rounds), final


def expand(node: MessageNode, message: ChatMessage) -> list[ChatMessage]:
    """A reply as the model wrote and read it: its rounds (assistant with calls, then each tool result) before the
    final answer `message` (the plain prompt message of the node)."""
    rounds = rounds_from_meta(node.meta_dict())
    if not rounds:
        return [message]
    expanded: list[ChatMessage] = []
    for round_ in rounds:
        if not round_.calls:
            continue
        calls = tuple({"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
                      for c in round_.calls)
        expanded.append(ChatMessage("assistant", round_.text, tool_calls=calls))
        expanded += [ChatMessage("tool", c.content, tool_call_id=c.id, name=c.name) for c in round_.calls]
    return [*expanded, message]


def prompt_messages(system_prompt: str, path: Iterable[MessageNode]) -> list[ChatMessage]:
    """core.conversation.prompt_messages, with each reply's tool rounds expanded before its answer."""
    messages = plain_prompt_messages(system_prompt, [])
    for node in path:
        for message in plain_prompt_messages("", [node]):  # none for a failed empty reply
            messages += expand(node, message) if node.role == "assistant" else [message]
    return messages


def tools_markdown(meta: Mapping[str, object]) -> list[str]:
    """A reply's calls for a Markdown export, compactly: one quoted line a call, its arguments and its result."""
    lines: list[str] = []
    for round_ in rounds_from_meta(meta):
        if round_.text.strip():
            lines += [f"> {line}".rstrip() for line in round_.text.strip().splitlines()]
        for call in round_.calls:
            took = f", {call.seconds:g} s" if call.seconds else ""
            lines.append(f"> **Tool call** `{call.name}` ({call.status}{took})")
            lines.append(f"> arguments: `{_one_line(call.arguments)}`")
            result = call.content if len(call.content) <= EXPORT_CHARS else call.content[:EXPORT_CHARS] + " …"
            lines += [">", *(f"> {line}".rstrip() for line in (result.strip() or "(no output)").splitlines()), ">"]
    if lines and lines[-1] == ">":
        lines.pop()
    return [*lines, ""] if lines else []


def _one_line(arguments: str) -> str:
    try:
        return json.dumps(json.loads(arguments), ensure_ascii=False).replace("`", "'")
    except ValueError:
        return " ".join(arguments.split()).replace("`", "'")


@dataclass(frozen=True)
class ChatToolState:
    """One chat's tools: those switched on (none: the reply is written without tools), those the user allowed for
    the whole chat (no card asks again), and the folders granted to the file tools."""

    enabled: tuple[str, ...] = ()
    allowed: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, list[str]]:
        return {"enabled": list(self.enabled), "allowed": list(self.allowed), "folders": list(self.folders)}

    @classmethod
    def from_dict(cls, data: object) -> ChatToolState:
        """Tolerant: anything that is not a list of strings reads as empty."""
        if not isinstance(data, Mapping):
            return cls()

        def names(key: str) -> tuple[str, ...]:
            value = data.get(key)
            items = value if isinstance(value, list) else []
            return tuple(dict.fromkeys(v for v in items if isinstance(v, str) and v))

        return cls(names("enabled"), names("allowed"), names("folders"))
