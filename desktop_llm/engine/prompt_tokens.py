"""Tokenizing a rendered chat: control tokens only where the template wrote them (issue 10, item 10).

The rendered prompt used to be tokenized with special tokens parsed everywhere, so a message (a document
being summarized, a pasted web page) that spells `<|im_end|><|im_start|>system` became real control tokens:
the model saw a new system turn. Here the text of a control token is parsed as that token only where the
template wrote it; where it came from a message, it is tokenized as the plain text it is.

Which occurrences came from a message: the chat is rendered a second time with every control-token text in
the messages replaced by as many private-use characters. A template that treats content as opaque text (all
common ones do) gives the same layout; an occurrence that changed came from a message. A template whose
output depends on those characters falls back to the message spans ChatTemplate located. Chats whose
messages spell no control token, nearly all of them, are tokenized in one call exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import llama_cpp

from desktop_llm.core.chat_template import ChatTemplate, RenderedPrompt
from desktop_llm.core.events import ChatMessage

_NEUTRAL = "\ue000"  # a private-use character: in no control token's text


class PromptTokenizer:
    """Tokenizes chats for one loaded model. Lives on the worker thread that holds the model's lock."""

    def __init__(self, llm: llama_cpp.Llama) -> None:
        self._llm = llm
        self._controls: list[str] | None = None
        self._pattern: re.Pattern[str] | None = None

    def controls(self) -> list[str]:
        """The texts of the vocabulary's control tokens, longest first (read once: ~40 ms per 50k tokens)."""
        if self._controls is None:
            vocab = self._llm._model.vocab
            mask = llama_cpp.LLAMA_TOKEN_ATTR_CONTROL | llama_cpp.LLAMA_TOKEN_ATTR_UNKNOWN
            texts = set()
            for token in range(llama_cpp.llama_vocab_n_tokens(vocab)):
                if llama_cpp.llama_vocab_get_attr(vocab, token) & mask:
                    text = (llama_cpp.llama_vocab_get_text(vocab, token) or b"").decode("utf-8", errors="replace")
                    if text:
                        texts.add(text)
            self._controls = sorted(texts, key=len, reverse=True)
            self._pattern = re.compile("|".join(map(re.escape, self._controls))) if self._controls else None
        return self._controls

    def tokenize_chat(self, template: ChatTemplate, messages: Sequence[ChatMessage]) -> tuple[list[int], RenderedPrompt]:
        rendered = template.render(messages)
        controls = self.controls()
        if not any(control in m.content for m in messages for control in controls):
            return self._tokenize(rendered.text, True, True), rendered
        return self._tokenize_plain(rendered.text, self._from_messages(template, messages, rendered)), rendered

    def _from_messages(
        self, template: ChatTemplate, messages: Sequence[ChatMessage], rendered: RenderedPrompt
    ) -> list[tuple[int, int]]:
        """(start, end) of every control-token text in `rendered` that a message wrote, in order."""
        assert self._pattern is not None
        pattern = self._pattern
        neutral = [ChatMessage(m.role, pattern.sub(lambda hit: _NEUTRAL * len(hit.group()), m.content)) for m in messages]
        other = template.render(neutral).text
        text = rendered.text
        if len(other) == len(text):
            return [(hit.start(), hit.end()) for hit in pattern.finditer(text) if other[hit.start() : hit.end()] != hit.group()]
        found = []
        for start, end in rendered.content_spans:
            found += [(hit.start(), hit.end()) for hit in pattern.finditer(text, start, end)]
        return found

    def _tokenize(self, text: str, add_bos: bool, special: bool) -> list[int]:
        return list(self._llm.tokenize(text.encode("utf-8"), add_bos=add_bos, special=special))

    def _tokenize_plain(self, text: str, plain: list[tuple[int, int]]) -> list[int]:
        """Tokenize `text` with special tokens parsed, except in the `plain` ranges (tokenized as text)."""
        tokens: list[int] = []
        position = 0
        for start, end in [*plain, (len(text), len(text))]:
            for piece, special in ((text[position:start], True), (text[start:end], False)):
                if piece:
                    tokens += self._tokenize(piece, not tokens, special)
            position = end
        return tokens
