"""The variables a chat template renders with, passed exactly as transformers passes them (issue 13, part 1).

transformers' `apply_chat_template` (tokenization_utils_base.py, 5.23) and `render_jinja_template`
(utils/chat_template_utils.py) drop a message's None values, copy its reasoning under the names templates read,
and render with the special tokens, then the caller's extra kwargs, then messages/tools/documents/
add_generation_prompt. Our sandbox process builds its context here, and so must anyone comparing with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# The names a message's reasoning arrives under; templates read the first (transformers 5.23, _REASONING_FIELDS).
REASONING_FIELDS = ("reasoning_content", "thinking", "reasoning")
# Variables the renderer sets itself: extra template kwargs may not replace them.
RESERVED_NAMES = frozenset({"messages", "tools", "documents", "add_generation_prompt"})


def template_messages(messages: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Messages as transformers hands them to a template: keys whose value is None dropped (apply_chat_template:
    "many chat templates crash or render 'None' on them, while they handle a missing key"), and a message's
    reasoning copied to `reasoning_content` and `thinking` (gpt-oss templates read `thinking`) from whichever of
    the names it came under (`_alias_reasoning_fields`)."""
    prepared: list[dict[str, Any]] = []
    for message in messages:
        plain = {key: value for key, value in message.items() if value is not None}
        reasoning = next((plain[key] for key in REASONING_FIELDS if plain.get(key) is not None), None)
        if reasoning is not None:
            plain = {"thinking": reasoning, **plain, "reasoning_content": reasoning}
        prepared.append(plain)
    return prepared


def template_context(
    messages: Iterable[Mapping[str, Any]],
    add_generation_prompt: bool,
    special_tokens: Mapping[str, str],
    tools: list[Any] | None = None,
    documents: list[Any] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The variables a template renders with, as transformers passes them: the special tokens, then the extra
    template kwargs (`enable_thinking`, ...) over them, then messages, tools and documents (None when not given:
    templates test `tools is not none`) and add_generation_prompt."""
    extra = dict(extra or {})
    clashing = sorted(RESERVED_NAMES & extra.keys())
    if clashing:
        raise ValueError(f"template kwargs may not set {', '.join(clashing)}")
    return {
        **special_tokens,
        **extra,
        "messages": template_messages(messages),
        "tools": tools,
        "documents": documents,
        "add_generation_prompt": add_generation_prompt,
    }
