from __future__ import annotations

from collections.abc import Sequence

import pytest

from desktop_llm.core.context_budget import fit_messages, reply_reserve
from desktop_llm.core.errors import ContextOverflowError
from desktop_llm.core.events import ChatMessage


def count(messages: Sequence[ChatMessage]) -> int:
    # 4 tokens of template per message plus one per word
    return sum(4 + len(m.content.split()) for m in messages)


def chat(turns: int, words: int = 10) -> list[ChatMessage]:
    messages = [ChatMessage("system", "be nice")]
    for i in range(turns):
        messages.append(ChatMessage("user", " ".join(["q"] * words) + f" {i}"))
        messages.append(ChatMessage("assistant", " ".join(["a"] * words) + f" {i}"))
    messages.append(ChatMessage("user", "last question"))
    return messages


def test_everything_kept_when_it_fits() -> None:
    messages = chat(3)
    result = fit_messages(messages, count, n_ctx=1000, reserve=100)
    assert result.messages == messages and result.dropped == 0


def test_oldest_turns_dropped_system_prompt_and_newest_kept() -> None:
    messages = chat(20)
    result = fit_messages(messages, count, n_ctx=200, reserve=50)
    assert result.messages[0] == messages[0]
    assert result.messages[-1] == messages[-1]
    assert result.prompt_tokens == count(result.messages) <= 150
    assert result.dropped == len(messages) - len(result.messages) > 0
    assert result.messages[1].role == "user"  # never starts with an orphaned reply
    # dropping one message fewer would not have fitted: the fewest messages are dropped
    first_kept = messages.index(result.messages[1])
    assert count([messages[0], *messages[first_kept - 2 :]]) > 150


def test_overflow_when_the_newest_message_alone_is_too_long() -> None:
    messages = [ChatMessage("system", "s"), ChatMessage("user", "w " * 500)]
    with pytest.raises(ContextOverflowError, match="newest message"):
        fit_messages(messages, count, n_ctx=256, reserve=64)


def test_reply_reserve_never_takes_more_than_half() -> None:
    assert reply_reserve(4096, 1024) == 1024
    assert reply_reserve(1024, 4096) == 512
