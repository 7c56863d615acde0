"""A reply's tool rounds in its meta (issue 14): the round trip, damaged meta read tolerantly, the expansion into
the next prompt's messages, the Markdown export's compact lines, and the per-chat tool state."""

from __future__ import annotations

import json

from desktop_llm.core.conversation import Conversation, MessageNode
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.export import to_json, to_markdown
from desktop_llm.core.tool_meta import (
    TOOLS_KEY,
    ChatToolState,
    ToolCallRecord,
    ToolRound,
    prompt_messages,
    rounds_from_messages,
    rounds_from_meta,
    rounds_to_meta,
)
from desktop_llm.core.tool_types import ToolCallRequest, ToolOutcome

CALL = ToolCallRequest("call_abc", "calculator", '{"expression": "6*7"}')
ROUNDS = (ToolRound("Let me compute that.", (ToolCallRecord.of(ToolOutcome(CALL, "ok", "42", 0.0123), "allow_once"),)),)


def node(node_id: int, role: str, content: str, meta: dict[str, object] | None = None, status: str = "complete",
         parent: int | None = None) -> MessageNode:
    return MessageNode(node_id, 1, parent, role, content, float(node_id), status,  # type: ignore[arg-type]
                       json.dumps(meta or {}))


def test_rounds_survive_the_meta_round_trip_through_json() -> None:
    meta = json.loads(json.dumps({TOOLS_KEY: rounds_to_meta(ROUNDS)}))
    assert rounds_from_meta(meta) == ROUNDS
    assert meta[TOOLS_KEY][0]["calls"][0] == {"id": "call_abc", "name": "calculator", "arguments": CALL.arguments,
                                              "status": "ok", "content": "42", "seconds": 0.01, "truncated": False,
                                              "decision": "allow_once"}


def test_damaged_meta_reads_as_far_as_it_makes_sense() -> None:
    assert rounds_from_meta({}) == () and rounds_from_meta({TOOLS_KEY: "nonsense"}) == ()
    damaged = {TOOLS_KEY: [7, {"calls": "x"}, {"text": 3, "calls": [None, {"name": ""}, {
        "name": "read_file", "arguments": {"path": "a.txt"}, "status": "exploded", "seconds": True, "content": 5}]}]}
    (round_,) = rounds_from_meta(damaged)
    (call,) = round_.calls
    assert round_.text == "" and call.name == "read_file" and json.loads(call.arguments) == {"path": "a.txt"}
    assert call.status == "error" and call.seconds == 0.0 and call.content == "" and call.id == "call_0_2"
    assert len(rounds_from_meta({TOOLS_KEY: [{"text": "t", "calls": []}] * 1000})) == 64


def test_the_loops_messages_become_rounds_and_the_final_answer() -> None:
    messages = (ChatMessage("assistant", "Let me compute that.", tool_calls=(
                    {"id": "call_abc", "type": "function", "function": {"name": "calculator",
                                                                        "arguments": CALL.arguments}},)),
                ChatMessage("tool", "42", tool_call_id="call_abc", name="calculator"),
                ChatMessage("assistant", "It is 42."))
    rounds, final = rounds_from_messages(messages, {"call_abc": ToolOutcome(CALL, "ok", "42", 0.0123)},
                                         {"call_abc": "allow_once"})
    assert rounds == ROUNDS and final == "It is 42."
    assert rounds_from_messages((ChatMessage("assistant", "Plain."),)) == ((), "Plain.")


def test_the_next_prompt_carries_the_earlier_calls_before_the_answer() -> None:
    path = [node(1, "user", "What is 6*7?"), node(2, "assistant", "It is 42.", {TOOLS_KEY: rounds_to_meta(ROUNDS)}, parent=1),
            node(3, "user", "Thanks", parent=2), node(4, "assistant", "", status="error", parent=3)]
    messages = prompt_messages("Be brief.", path)
    assert [m.role for m in messages] == ["system", "user", "assistant", "tool", "assistant", "user"]
    assert messages[2].content == "Let me compute that." and messages[2].tool_calls[0]["id"] == "call_abc"
    assert messages[2].tool_calls[0]["function"] == {"name": "calculator", "arguments": CALL.arguments}
    assert (messages[3].content, messages[3].tool_call_id, messages[3].name) == ("42", "call_abc", "calculator")
    assert messages[4].content == "It is 42."


def test_exports_keep_the_calls() -> None:
    conversation = Conversation(1, "Maths", "", 0.0, 0.0, 2)
    path = [node(1, "user", "What is 6*7?"), node(2, "assistant", "It is 42.", {TOOLS_KEY: rounds_to_meta(ROUNDS)}, parent=1)]
    markdown = to_markdown(conversation, path)
    assert '> **Tool call** `calculator` (ok, 0.01 s)' in markdown
    assert '> arguments: `{"expression": "6*7"}`' in markdown and "> 42" in markdown
    assert markdown.index("Tool call") < markdown.index("It is 42.")
    assert json.loads(to_json(conversation, path))["messages"][1]["meta"][TOOLS_KEY][0]["calls"][0]["content"] == "42"


def test_the_chat_tool_state_reads_tolerantly() -> None:
    state = ChatToolState(("calculator",), ("calculator",), ("/tmp/docs",))
    assert ChatToolState.from_dict(json.loads(json.dumps(state.to_dict()))) == state
    assert ChatToolState.from_dict({"enabled": ["a", 3, "a", ""], "allowed": "x"}) == ChatToolState(("a",))
    assert ChatToolState.from_dict(None) == ChatToolState()
