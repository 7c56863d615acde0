"""Tokenizing a rendered chat: control tokens only where the template wrote them (issue 10, item 10).

Which control-token texts came from a message is decided in core/control_text.py (shared with the training
worker); chats whose messages spell no control token, nearly all of them, are tokenized in one call exactly as
before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import llama_cpp

from desktop_llm.core.chat_template import ChatTemplate, RenderedPrompt
from desktop_llm.core.control_text import control_pattern, message_control_spans, pieces, spells_control
from desktop_llm.core.events import ChatMessage


class PromptTokenizer:
    """Tokenizes chats for one loaded model. Lives on the worker thread that holds the model's lock."""

    def __init__(self, llm: llama_cpp.Llama) -> None:
        self._llm = llm
        self._read = False
        self._pattern: re.Pattern[str] | None = None

    def _control_pattern(self) -> re.Pattern[str] | None:
        """The texts of the vocabulary's control tokens (read once: ~40 ms per 50k tokens)."""
        if not self._read:
            vocab = self._llm._model.vocab
            mask = llama_cpp.LLAMA_TOKEN_ATTR_CONTROL | llama_cpp.LLAMA_TOKEN_ATTR_UNKNOWN
            texts = set()
            for token in range(llama_cpp.llama_vocab_n_tokens(vocab)):
                if llama_cpp.llama_vocab_get_attr(vocab, token) & mask:
                    texts.add((llama_cpp.llama_vocab_get_text(vocab, token) or b"").decode("utf-8", errors="replace"))
            self._pattern = control_pattern(texts)
            self._read = True
        return self._pattern

    def tokenize_chat(
        self,
        template: ChatTemplate,
        messages: Sequence[ChatMessage],
        *,
        tools: Sequence[Mapping[str, Any]] | None = None,
        template_kwargs: Mapping[str, Any] | None = None,
    ) -> tuple[list[int], RenderedPrompt]:
        """The chat rendered (with the offered tools and extra template variables, if any) and tokenized."""
        rendered = template.render(messages, tools=tools, template_kwargs=template_kwargs)
        pattern = self._control_pattern()
        if pattern is None or not spells_control(pattern, messages):
            return self._tokenize(rendered.text, True, True), rendered
        tokens: list[int] = []
        for piece, special in pieces(rendered.text, message_control_spans(pattern, template, messages, rendered)):
            tokens += self._tokenize(piece, not tokens, special)
        return tokens, rendered

    def message_spans(self, template: ChatTemplate, messages: Sequence[ChatMessage],
                      rendered: RenderedPrompt) -> list[tuple[int, int]]:
        """The (start, end) ranges of `rendered` where a message spelled a control token's text (empty: none), for a
        tokenizer that takes the text in other pieces (engine/vision.py, around images)."""
        pattern = self._control_pattern()
        if pattern is None or not spells_control(pattern, messages):
            return []
        return message_control_spans(pattern, template, messages, rendered)

    def _tokenize(self, text: str, add_bos: bool, special: bool) -> list[int]:
        return list(self._llm.tokenize(text.encode("utf-8"), add_bos=add_bos, special=special))
