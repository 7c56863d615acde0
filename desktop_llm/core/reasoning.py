"""Reasoning models: telling a reply's reasoning from its answer while it streams (issue 13, part 2).

Qwen3, DeepSeek-R1 distills, GPT-OSS and similar models write their reasoning first, between markers their chat
template knows: `<think>…</think>`, GPT-OSS harmony's `<|channel|>analysis<|message|>…<|end|>`, Command A's
`<|START_THINKING|>…<|END_THINKING|>`, Kimi-VL's `◁think▷…◁/think▷`, Magistral's `[THINK]…[/THINK]`, … Some
templates open the block in the generation prompt (DeepSeek-R1's `<｜Assistant｜><think>\\n`), so the reply holds
only the closing marker. Which markers a model uses and whether its prompt opens the block is decided from its
template: the source says which markers it writes or strips (`reasoning_format`), and rendering it says what the
generation prompt writes, whether it reads `enable_thinking` and whether it keeps past reasoning (`probe_format`).

`ReasoningSplitter` takes the streamed text piece by piece and yields reasoning and answer parts: a marker split
across pieces is held back until it is whole, a reply with no closing marker is all reasoning so far, and once
the answer has started nothing in it is read as a marker (a code block that spells `</think>` stays as written).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

PartKind = Literal["reasoning", "answer"]


@dataclass(frozen=True)
class ReasoningMarkers:
    """One family's markers. `answer_open`/`answer_close` wrap the answer where the family marks it too (harmony's
    final channel, Command A's response block): they are dropped, never shown."""

    name: str
    open: str
    close: str
    answer_open: str = ""
    answer_close: str = ""


THINK_TAGS = ReasoningMarkers("think tags", "<think>", "</think>")
# Most specific first: a template is matched to the first family whose markers it writes.
FAMILIES: tuple[ReasoningMarkers, ...] = (
    # https://cookbook.openai.com/articles/openai-harmony: analysis channel, then the final channel.
    ReasoningMarkers("GPT-OSS harmony", "<|channel|>analysis<|message|>", "<|end|>",
                     "<|channel|>final<|message|>", "<|return|>"),
    ReasoningMarkers("Command", "<|START_THINKING|>", "<|END_THINKING|>", "<|START_RESPONSE|>", "<|END_RESPONSE|>"),
    ReasoningMarkers("Seed", "<seed:think>", "</seed:think>"),
    ReasoningMarkers("Kimi", "◁think▷", "◁/think▷"),
    ReasoningMarkers("Magistral", "[THINK]", "[/THINK]"),
    ReasoningMarkers("Gemma", "<|channel>thought", "<channel|>"),
    ReasoningMarkers("Solar", "<|think|>", "<|end|>", "<|begin|>assistant", ""),
    ReasoningMarkers("Apriel", "<thinking>", "[BEGIN FINAL RESPONSE]", "", "[END FINAL RESPONSE]"),
    ReasoningMarkers("Granite", "<think>", "</think>", "<response>", "</response>"),
    THINK_TAGS,
)
_AFTER_CLOSE_LIMIT = 96  # characters looked through for `answer_open` after the reasoning closed


@dataclass(frozen=True)
class ReasoningFormat:
    """How one model's replies carry reasoning.

    markers: the family's markers (think tags when the template names none: a reply that starts with `<think>` is
    still read as reasoning). opened_by_prompt: the generation prompt already opened the block. reads_enable_thinking:
    the template renders differently with `enable_thinking` false (a "Think" switch is offered). keeps_reasoning:
    the template writes a past reply's `reasoning_content` back into the prompt (most drop it)."""

    markers: ReasoningMarkers = THINK_TAGS
    named_by_template: bool = False
    opened_by_prompt: bool = False
    reads_enable_thinking: bool = False
    keeps_reasoning: bool = False

    @property
    def is_reasoning_model(self) -> bool:
        return self.named_by_template or self.opened_by_prompt


def reasoning_format(template: str | None) -> ReasoningFormat:
    """The markers a template's source writes or strips (before it is rendered: `probe_format` refines the rest)."""
    source = template or ""
    for family in FAMILIES:
        if family.open in source or family.close in source:
            if family.name == "Granite" and family.answer_open not in source:
                continue  # plain think tags
            return ReasoningFormat(family, named_by_template=True)
    return ReasoningFormat()


# render(messages, add_generation_prompt, template_kwargs) -> the prompt text, or None when it cannot be rendered
Render = Callable[[Sequence[Mapping[str, str]], bool, Mapping[str, object]], "str | None"]
_PROBE_QUESTION = "Which is larger, 9.11 or 9.9?"
_PROBE_REASONING = "Compare the decimals digit by digit: 0.9 > 0.11."


def probe_format(fmt: ReasoningFormat, render: Render) -> ReasoningFormat:
    """Render the template on a tiny chat to learn what it does rather than guess from its source: whether the
    generation prompt leaves a reasoning block open, whether `enable_thinking` changes the prompt, and whether a
    past reply's reasoning is written back (templates written for transformers read `reasoning_content`)."""
    user = [{"role": "user", "content": _PROBE_QUESTION}]
    prompt = render(user, True, {})
    if prompt is None:
        return fmt
    opened = _opens_reasoning(prompt, fmt.markers)
    without = render(user, True, {"enable_thinking": False})
    reads_switch = without is not None and without != prompt
    past = [*user, {"role": "assistant", "content": "9.9 is larger.", "reasoning_content": _PROBE_REASONING},
            {"role": "user", "content": "Thanks."}]
    history = render(past, True, {})
    keeps = history is not None and _PROBE_REASONING in history
    return replace(fmt, opened_by_prompt=opened, reads_enable_thinking=reads_switch, keeps_reasoning=keeps)


def with_thinking_off(fmt: ReasoningFormat, render: Render) -> ReasoningFormat:
    """The format when `enable_thinking` is false: the prompt may then close the block itself (Qwen3 writes an
    empty `<think></think>`), so whether it is still open is asked of the template again."""
    prompt = render([{"role": "user", "content": _PROBE_QUESTION}], True, {"enable_thinking": False})
    return fmt if prompt is None else replace(fmt, opened_by_prompt=_opens_reasoning(prompt, fmt.markers))


def _opens_reasoning(prompt: str, markers: ReasoningMarkers) -> bool:
    """The prompt's last marker is an opening one: the reply continues inside the reasoning block."""
    tail = prompt.rstrip()
    opened = tail.rfind(markers.open)
    return opened >= 0 and tail.find(markers.close, opened + len(markers.open)) < 0 and (
        not markers.answer_open or tail.find(markers.answer_open, opened) < 0)


@dataclass(frozen=True)
class ReasoningPart:
    kind: PartKind
    text: str


class ReasoningSplitter:
    """Splits one streamed reply into reasoning and answer parts. Not thread-safe: one reply, one thread.

    States: "start" (is this a reasoning block?), "reasoning", "after" (the block closed; skipping to the answer)
    and "answer" (everything after is answer text, markers or not)."""

    def __init__(self, fmt: ReasoningFormat | None = None) -> None:
        self.format = fmt or ReasoningFormat()
        self._markers = self.format.markers
        self._state = "reasoning" if self.format.opened_by_prompt else "start"
        self._pending = ""
        self._reasoning_started = False
        self.reasoning = ""
        self.answer = ""

    @property
    def in_reasoning(self) -> bool:
        return self._state == "reasoning"

    @property
    def answer_started(self) -> bool:
        return self._state in ("after", "answer")

    def feed(self, text: str) -> list[ReasoningPart]:
        """The parts this piece completes; a possible marker at its end waits for the next piece."""
        self._pending += text
        parts: list[ReasoningPart] = []
        while True:
            state = self._state
            self._step(parts, final=False)
            if self._state == state:
                return parts

    def finish(self) -> list[ReasoningPart]:
        """What was held back, at the end of the reply: an unclosed block is reasoning, a partial marker text."""
        parts: list[ReasoningPart] = []
        for _ in range(4):
            state = self._state
            self._step(parts, final=True)
            if self._state == state:
                break
        if self._pending:
            self._emit(parts, "reasoning" if self._state == "reasoning" else "answer", self._pending)
            self._pending = ""
        self.reasoning = self.reasoning.strip()
        return parts

    def _step(self, parts: list[ReasoningPart], final: bool) -> None:
        markers = self._markers
        if self._state == "start":
            head = self._pending.lstrip()
            if not head and not final:
                return
            for candidate in (markers, THINK_TAGS):
                if head.startswith(candidate.open):
                    self._markers = candidate
                    self._pending = head[len(candidate.open):]
                    self._state = "reasoning"
                    return
            if markers.answer_open and head.startswith(markers.answer_open):
                self._pending = head[len(markers.answer_open):]
                self._state = "answer"
                return
            waiting = any(m and m.startswith(head) for m in (markers.open, THINK_TAGS.open, markers.answer_open))
            if not waiting or final:
                self._state = "answer"
        elif self._state == "reasoning":
            if not self._reasoning_started:  # a model that writes the opening marker the prompt already wrote
                head = self._pending.lstrip()
                if head.startswith(markers.open):
                    self._pending = head[len(markers.open):]
                elif head and markers.open.startswith(head) and not final:
                    return
            end = self._pending.find(markers.close)
            if end >= 0:
                self._emit(parts, "reasoning", self._pending[:end])
                self._pending = self._pending[end + len(markers.close):]
                self._state = "after"
                return
            keep = 0 if final else _partial_suffix(self._pending, markers.close)
            self._emit(parts, "reasoning", self._pending[:len(self._pending) - keep])
            self._pending = self._pending[len(self._pending) - keep:]
        elif self._state == "after":
            head = self._pending.lstrip()
            if markers.answer_open:
                found = head.find(markers.answer_open)
                if found >= 0:
                    self._pending = head[found + len(markers.answer_open):].lstrip()
                    self._state = "answer"
                elif final or len(head) > _AFTER_CLOSE_LIMIT:
                    self._pending = head
                    self._state = "answer"
            elif head or final:
                self._pending = head
                self._state = "answer"
        else:
            text, self._pending = self._pending, ""
            close = markers.answer_close
            if close:
                body = text.rstrip()
                if final:
                    text = body[: -len(close)] if body.endswith(close) else text
                else:  # the answer's closing marker, or the start of it, may be the very end: wait for it
                    cut = len(body) - (len(close) if body.endswith(close) else _partial_suffix(body, close))
                    text, self._pending = text[:cut], text[cut:]
            self._emit(parts, "answer", text)

    def _emit(self, parts: list[ReasoningPart], kind: PartKind, text: str) -> None:
        if kind == "reasoning":
            if not self._reasoning_started:
                text = text.lstrip()  # R1 opens with "<think>\n"
                self._reasoning_started = bool(text)
            self.reasoning += text
        else:
            self.answer += text
        if not text:
            return
        if parts and parts[-1].kind == kind:
            parts[-1] = ReasoningPart(kind, parts[-1].text + text)
        else:
            parts.append(ReasoningPart(kind, text))


def _partial_suffix(text: str, marker: str) -> int:
    """The length of the longest end of `text` that begins `marker` (a marker split across pieces)."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if marker.startswith(text[-size:]):
            return size
    return 0


def split_reasoning(text: str, fmt: ReasoningFormat | None = None) -> tuple[str, str]:
    """(reasoning, answer) of a whole reply, as the streaming splitter would have split it."""
    splitter = ReasoningSplitter(fmt)
    splitter.feed(text)
    splitter.finish()
    return splitter.reasoning, splitter.answer


def strip_reasoning(text: str) -> str:
    """A reply without its reasoning, whatever the model's family: for summaries and translations, which never
    contain it. A reply that opens a block and never closes it has no answer yet: empty. A closing marker with no
    opening one (the prompt opened it: DeepSeek-R1) ends the reasoning too."""
    head = text.lstrip()
    for family in FAMILIES:
        if head.startswith(family.open):
            return split_reasoning(head, ReasoningFormat(family))[1]
    for family in FAMILIES:
        if family.close in text and family.open not in text:
            return split_reasoning(text, ReasoningFormat(family, opened_by_prompt=True))[1]
    return text
