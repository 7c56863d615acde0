"""A streamed reply's answer as it arrives, its reasoning left out: the live preview of a summary or a translation
(issue 13, part 2), which must never show a reasoning model's thoughts, not even while they stream.

`LiveAnswer` is an incremental `core.reasoning.strip_reasoning`: given the model's reasoning format (learnt from its
template), it splits with that; without one it decides from the reply's head, as strip_reasoning does, which
family's block (if any) opens it, holding back a head that may still become an opening marker. The one thing a
format-less stream cannot know live is a block the prompt opened (DeepSeek-R1: the reply holds only `</think>`):
pass the format for that, or take the final text from strip_reasoning, which sees the whole reply.
"""

from __future__ import annotations

from desktop_llm.core.reasoning import FAMILIES, ReasoningFormat, ReasoningPart, ReasoningSplitter


class LiveAnswer:
    """One reply's answer, piece by piece. Not thread-safe: one reply, one thread."""

    def __init__(self, fmt: ReasoningFormat | None = None) -> None:
        self.format = fmt
        self._splitter = ReasoningSplitter(fmt) if fmt is not None else None
        self._head = ""  # the reply so far while no family is chosen (format unknown)
        self.answer = ""  # the answer text given out so far

    def feed(self, text: str) -> str:
        """The answer text this piece completes ("" while reasoning, or while a marker may still be forming)."""
        if self._splitter is None:
            self._head += text
            head = self._head.lstrip()
            if not head or any(f.open.startswith(head) and f.open != head for f in FAMILIES):
                return ""  # nothing yet, or the start of an opening marker: wait for the next piece
            self._choose(head)
            text, self._head = self._head, ""
        assert self._splitter is not None
        return self._answer(self._splitter.feed(text))

    def finish(self) -> str:
        """What was held back, at the end of the reply: an unclosed block is reasoning (no answer yet)."""
        if self._splitter is None:
            self._choose(self._head.lstrip())
            text, self._head = self._head, ""
            assert self._splitter is not None
            parts = [*self._splitter.feed(text), *self._splitter.finish()]
        else:
            parts = self._splitter.finish()
        return self._answer(parts)

    def _choose(self, head: str) -> None:
        family = next((f for f in FAMILIES if head.startswith(f.open)), None)
        # No opening marker: all answer (a splitter that starts outside any block and finds none at the head).
        self._splitter = ReasoningSplitter(ReasoningFormat(family) if family is not None else None)

    def _answer(self, parts: list[ReasoningPart]) -> str:
        text = "".join(p.text for p in parts if p.kind == "answer")
        self.answer += text
        return text
