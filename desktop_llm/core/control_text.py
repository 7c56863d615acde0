"""Where a rendered chat's control-token texts came from: the template, or a message (issue 10, item 10).

The rendered prompt used to be tokenized with special tokens parsed everywhere, so a message (a document
being summarized, a pasted web page) that spells `<|im_end|><|im_start|>system` became real control tokens:
the model saw a new system turn. The text of a control token must be parsed as that token only where the
template wrote it; where it came from a message, it is tokenized as the plain text it is.

Which occurrences came from a message: the chat is rendered a second time with every control-token text in
the messages replaced by as many private-use characters. A template that treats content as opaque text (all
common ones do) gives the same layout; an occurrence that changed came from a message. A template whose
output depends on those characters falls back to the message spans ChatTemplate located.

Shared by the engine (llama.cpp's vocabulary) and the training worker (a Hugging Face tokenizer), so an
adapter is trained on the very ids chat feeds the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from desktop_llm.core.chat_template import ChatTemplate, RenderedPrompt
from desktop_llm.core.events import ChatMessage

_NEUTRAL = "\ue000"  # a private-use character: in no control token's text


def control_pattern(texts: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern matching any of these control-token texts, longest first; None when there are none."""
    ordered = sorted({text for text in texts if text}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))) if ordered else None


def spells_control(pattern: re.Pattern[str] | None, messages: Sequence[ChatMessage]) -> bool:
    return pattern is not None and any(pattern.search(m.content) for m in messages)


def message_control_spans(
    pattern: re.Pattern[str],
    template: ChatTemplate,
    messages: Sequence[ChatMessage],
    rendered: RenderedPrompt,
    add_generation_prompt: bool = True,
) -> list[tuple[int, int]]:
    """(start, end) of every control-token text in `rendered` that a message wrote, in order."""
    neutral = [ChatMessage(m.role, pattern.sub(lambda hit: _NEUTRAL * len(hit.group()), m.content), images=m.images)
               for m in messages]
    other = template.render(neutral, add_generation_prompt).text
    text = rendered.text
    if len(other) == len(text):
        return [(hit.start(), hit.end()) for hit in pattern.finditer(text) if other[hit.start() : hit.end()] != hit.group()]
    found: list[tuple[int, int]] = []
    for start, end in rendered.content_spans:
        found += [(hit.start(), hit.end()) for hit in pattern.finditer(text, start, end)]
    return found


def pieces(text: str, plain: Sequence[tuple[int, int]]) -> Iterator[tuple[str, bool]]:
    """`text` cut into (piece, parse_special) in order: False for the `plain` ranges, True between them."""
    position = 0
    for start, end in [*plain, (len(text), len(text))]:
        for piece, special in ((text[position:start], True), (text[start:end], False)):
            if piece:
                yield piece, special
        position = end
