"""Fitting a conversation into the model's context window: the explicit overflow policy.

Policy (shown to the user in the chat view): the system prompt and the newest message are always kept;
the oldest turns are dropped, whole, until the prompt plus the room reserved for the reply fits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_llm.core.errors import ContextOverflowError
from desktop_llm.core.events import ChatMessage

OVERFLOW_POLICY_TEXT = "When a chat outgrows the context, the oldest messages are left out (the system prompt stays)."


@dataclass(frozen=True)
class BudgetResult:
    messages: list[ChatMessage]
    prompt_tokens: int
    dropped: int  # messages left out, counted from the oldest


def reply_reserve(n_ctx: int, max_tokens: int) -> int:
    """Tokens kept free for the answer: what was asked for, but never more than half the window."""
    return max(1, min(max_tokens, n_ctx // 2))


def fit_messages(
    messages: Sequence[ChatMessage],
    count_tokens: Callable[[Sequence[ChatMessage]], int],
    n_ctx: int,
    reserve: int,
) -> BudgetResult:
    """Drop the oldest non-system messages until `count_tokens(kept) + reserve <= n_ctx`.

    count_tokens renders the whole prompt (template included), so the count is exact; it is called
    O(log n) times thanks to a binary search over how many messages to drop.
    """
    system = [m for m in messages if m.role == "system"][:1]
    turns = [m for m in messages if m.role != "system"]
    budget = n_ctx - reserve

    def kept(drop: int) -> list[ChatMessage]:
        rest = turns[drop:]
        # A conversation should not start with an orphaned assistant reply.
        while len(rest) > 1 and rest[0].role == "assistant":
            rest = rest[1:]
        return system + rest

    full = kept(0)
    tokens = count_tokens(full)
    if tokens <= budget:
        return BudgetResult(full, tokens, len(messages) - len(full))
    low, high = 1, max(0, len(turns) - 1)  # never drop the newest message
    best: tuple[list[ChatMessage], int] | None = None
    while low <= high:
        mid = (low + high) // 2
        candidate = kept(mid)
        count = count_tokens(candidate)
        if count <= budget:
            best = (candidate, count)
            high = mid - 1
        else:
            low = mid + 1
    if best is None:
        raise ContextOverflowError(
            f"The newest message needs {count_tokens(kept(len(turns) - 1))} tokens, but the context window "
            f"holds {n_ctx} with {reserve} kept for the reply. Shorten the message or raise the context length."
        )
    return BudgetResult(best[0], best[1], len(messages) - len(best[0]))
