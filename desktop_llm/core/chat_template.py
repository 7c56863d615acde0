"""Rendering a model's own Jinja chat template safely.

GGUF chat templates are untrusted code. They compile and render in a sandbox process (core/template_process.py
and core/template_worker.py) with jinja2's ImmutableSandboxedEnvironment plus size, loop and output budgets
(core/template_sandbox.py), a wall-clock timeout, and CPU-time and memory limits: a template that fails to
parse, raises, touches something the sandbox forbids or exhausts a limit is replaced by the documented
fallback, ChatML, and the caller gets a warning to show (issue 10, items 6-9). A template that exhausted a
hard limit (time, memory) is not run again: the model uses ChatML from then on, and `load_warning` says why.

Inside the sandbox a template renders exactly as transformers' `apply_chat_template` renders it (issue 13,
part 1: the same extensions, filters and globals, and the same variables: core/template_context.py). Besides the
messages, `render` takes what templates read beyond them: `tools` (JSON schemas in OpenAI's shape),
`documents` (RAG templates), extra template variables such as `enable_thinking`, and per-message fields
(ChatMessage's reasoning_content, tool_calls, tool_call_id, name). tests/core/test_template_parity.py checks
every template of tests/fixtures/chat_templates against transformers itself.

Renders are cached (a chat is rendered several times while its context budget is fitted), and each result
says where the messages' contents lie in the text, so that the engine can tokenize message text without
turning `<|im_end|>` typed by a user or found in a document into a control token (item 10).
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from desktop_llm.core.chat_formats import DEFAULT_CHOICE, FormatChoice
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.message_parts import template_content
from desktop_llm.core.template_context import RESERVED_NAMES
from desktop_llm.core.template_process import SandboxReply, TemplateLimits, TemplateSandbox

FALLBACK_NAME = "ChatML"
CACHE_ENTRIES = 64
CACHE_CHARS = 16_000_000  # rendered characters kept in the cache at most

# Everything a render depends on: each message's fields (tool calls as JSON), the prompt flag, and the JSON of
# tools, documents and kwargs. Tuples of strings: a cache hit on a long chat costs hashing, no serializing.
_CacheKey = tuple[tuple[tuple[str, ...], ...], bool, str]


@dataclass(frozen=True)
class RenderedPrompt:
    text: str
    warning: str = ""  # non-empty when the fallback template was used
    # (start, end) of each located message content in `text`, in message order; contents the template
    # transformed beyond recognition have no span (see locate_contents)
    content_spans: tuple[tuple[int, int], ...] = ()


class ChatTemplate:
    """A compiled chat template; `render` never runs the template in this process. Thread-safe.

    Holds a sandbox process while it has a usable template: `close()` (or `with`) ends it at once, garbage
    collection and interpreter exit end it otherwise; a render after `close()` starts it again.
    """

    def __init__(
        self,
        source: str | None,
        bos_token: str = "",
        eos_token: str = "",
        *,
        limits: TemplateLimits | None = None,
        fallback: FormatChoice | None = None,
    ) -> None:
        # The format used when this template cannot be (issue 13): the engine passes the closest one to the
        # model's family (core/chat_formats.closest_format); ChatML when nothing better is known.
        self.fallback = fallback or DEFAULT_CHOICE
        self._bos_token = bos_token
        self.load_warning = ""
        self._lock = threading.Lock()
        self._cache: OrderedDict[_CacheKey, RenderedPrompt] = OrderedDict()
        self._cached_chars = 0
        self._sandbox: TemplateSandbox | None = None
        if not source:
            self.load_warning = f"This model's file has no chat template; {self.fallback.using}."
            return
        self._limits = limits or TemplateLimits()
        sandbox = TemplateSandbox(source, bos_token, eos_token, self._limits)
        reply = sandbox.compile()
        if reply.ok:
            self._sandbox = sandbox
        else:
            sandbox.close()
            self.load_warning = _warning(reply, self.fallback.using, compiling=True)

    @property
    def uses_fallback(self) -> bool:
        return self._sandbox is None

    def close(self) -> None:
        """End the sandbox process now (it starts again if this template renders again)."""
        sandbox = self._sandbox
        if sandbox is not None:
            sandbox.close()

    def __enter__(self) -> ChatTemplate:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def render(
        self,
        messages: Sequence[ChatMessage],
        add_generation_prompt: bool = True,
        *,
        tools: Sequence[Mapping[str, Any]] | None = None,
        documents: Sequence[Mapping[str, Any]] | None = None,
        template_kwargs: Mapping[str, Any] | None = None,
    ) -> RenderedPrompt:
        """The prompt for `messages`, as transformers' apply_chat_template(messages, tools=tools,
        documents=documents, add_generation_prompt=..., **template_kwargs) renders it.

        `tools`, `documents` and the kwargs' values must be JSON data. No tools (None or empty) reach the template
        as None: templates such as Llama 3.1's test `tools is not none` and would announce an empty tool list.
        """
        tool_list = [dict(tool) for tool in tools] if tools else None
        document_list = [dict(document) for document in documents] if documents else None
        kwargs = _checked_kwargs(template_kwargs)
        key: _CacheKey = (
            tuple(_message_key(m) for m in messages),
            add_generation_prompt,
            json.dumps([tool_list, document_list, kwargs], sort_keys=True) if tool_list or document_list or kwargs else "",
        )
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
            inputs = _RenderInputs([_template_dict(m) for m in messages], add_generation_prompt, tool_list, document_list,
                                   kwargs)
            rendered = self._render(inputs)
            self._remember(key, rendered)
            return rendered

    def _render(self, inputs: _RenderInputs) -> RenderedPrompt:
        plain = inputs.messages
        sandbox = self._sandbox
        if sandbox is None:
            return self._fallback(inputs, self.load_warning)
        started = time.monotonic()
        reply = inputs.render_in(sandbox, plain)
        if reply.ok and time.monotonic() - started > self._limits.slow_seconds:
            self._disable(SandboxReply("slow", message=f"it took {time.monotonic() - started:.1f} s to render one chat"))
            return _rendered(reply.text, plain)
        if reply.kind == "refused":
            # Templates such as Gemma's refuse a system role: fold it into the first user turn and retry.
            # Whatever the retry does (issue 10, item 9: not only a refusal), the chat gets the fallback and a notice.
            merged = _merge_system_into_user(plain)
            retry = inputs.render_in(sandbox, merged)
            if retry.ok:
                return _rendered(retry.text, merged)
            if retry.fatal:
                self._disable(retry)
            return self._fallback(inputs, f"{reply.message}; {self.fallback.using}.")
        if reply.ok:
            return _rendered(reply.text, plain)
        if reply.fatal:
            self._disable(reply)
            return self._fallback(inputs, self.load_warning)
        return self._fallback(inputs, _warning(reply, self.fallback.using))

    def _fallback(self, inputs: _RenderInputs, warning: str) -> RenderedPrompt:
        """The one place a chat leaves the model's own template: the closest known format, rendered by our own
        code (core/chat_formats.py; issue 13: not always ChatML). Tools and documents have no place in it."""
        formatted = self.fallback.format.render(inputs.messages, inputs.add_generation_prompt, self._bos_token)
        return RenderedPrompt(formatted.text, warning, formatted.content_spans)

    def _disable(self, reply: SandboxReply) -> None:
        """The template exhausted a hard limit: never run it again, and say so in load_warning."""
        if self._sandbox is not None:
            self._sandbox.close()
            self._sandbox = None
        self.load_warning = _warning(reply, self.fallback.using)

    def _remember(self, key: _CacheKey, rendered: RenderedPrompt) -> None:
        self._cache[key] = rendered
        self._cached_chars += len(rendered.text)
        while len(self._cache) > CACHE_ENTRIES or (self._cached_chars > CACHE_CHARS and len(self._cache) > 1):
            _, dropped = self._cache.popitem(last=False)
            self._cached_chars -= len(dropped.text)


@dataclass(frozen=True)
class _RenderInputs:
    """Everything one render depends on, as JSON data ready for the sandbox."""

    messages: list[dict[str, Any]]
    add_generation_prompt: bool
    tools: list[dict[str, Any]] | None
    documents: list[dict[str, Any]] | None
    kwargs: dict[str, Any]

    def render_in(self, sandbox: TemplateSandbox, messages: list[dict[str, Any]]) -> SandboxReply:
        return sandbox.render(messages, self.add_generation_prompt, self.tools, self.documents, self.kwargs)


def _message_key(message: ChatMessage) -> tuple[str, ...]:
    calls = json.dumps(list(message.tool_calls), sort_keys=True) if message.tool_calls else ""
    return (message.role, message.content, message.reasoning_content, calls, message.tool_call_id, message.name,
            str(len(message.images)))


def _template_dict(message: ChatMessage) -> dict[str, Any]:
    """The message as a template reads it: its images as media markers before the text (issue 17), where mtmd
    puts each image's embeddings; the wire's content parts (ChatMessage.to_dict) are not for templates."""
    plain = message.to_dict()
    if message.images:
        plain["content"] = template_content(message.content, len(message.images))
    return plain


def _checked_kwargs(template_kwargs: Mapping[str, Any] | None) -> dict[str, Any]:
    kwargs = dict(template_kwargs or {})
    clashing = sorted(RESERVED_NAMES & kwargs.keys())
    if clashing:
        raise ValueError(f"template_kwargs may not set {', '.join(clashing)}: they are render()'s own arguments")
    return kwargs


def _warning(reply: SandboxReply, using_format: str, compiling: bool = False) -> str:
    using = f"{using_format}."
    kind, message = reply.kind, reply.message
    if kind == "syntax":
        return f"The model's chat template is invalid (line {reply.line}: {message}); {using}"
    if kind == "unsafe":
        return f"The model's chat template tried an unsafe operation ({message}); {using}"
    if kind == "budget":
        return f"The model's chat template went over a limit ({message}); {using}"
    if kind in ("timeout", "slow"):
        return f"The model's chat template took too long ({message}); {using}"
    if kind in ("memory", "crashed"):
        return f"The model's chat template was stopped ({message}); {using}"
    if kind == "unavailable":
        return f"The model's chat template could not be run ({message}); {using}"
    if kind == "refused":
        return f"{message}; {using}"
    step = "could not be compiled" if compiling else "failed"
    return f"The model's chat template {step} ({message}); {using}"


def render_chatml(messages: Sequence[Mapping[str, Any]], add_generation_prompt: bool, warning: str = "") -> RenderedPrompt:
    """The fallback, ChatML, rendered here (it is our own template: nothing untrusted runs)."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    size = 0
    for message in messages:
        head = f"<|im_start|>{message['role']}\n"
        content = message["content"]
        spans.append((size + len(head), size + len(head) + len(content)))
        part = f"{head}{content}<|im_end|>\n"
        parts.append(part)
        size += len(part)
    if add_generation_prompt:
        parts.append("<|im_start|>assistant\n")
    return RenderedPrompt("".join(parts), warning, tuple(spans))


def _rendered(text: str, messages: Sequence[Mapping[str, Any]]) -> RenderedPrompt:
    return RenderedPrompt(text, "", locate_contents(text, [m["content"] for m in messages]))


def locate_contents(text: str, contents: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Where each content lies in `text`, searched in order after the previous one.

    Templates usually write a message's content as it is, or trimmed; a content found neither way is
    looked for line by line (templates that cut a reasoning block off keep the lines they keep intact).
    """
    spans: list[tuple[int, int]] = []
    cursor = 0
    for content in contents:
        found = False
        for candidate in (content, content.strip()):
            start = text.find(candidate, cursor) if candidate else -1
            if start >= 0:
                spans.append((start, start + len(candidate)))
                cursor = start + len(candidate)
                found = True
                break
        if found:
            continue
        for line in content.splitlines():
            line = line.strip()
            start = text.find(line, cursor) if line else -1
            if start >= 0:
                spans.append((start, start + len(line)))
                cursor = start + len(line)
    return tuple(spans)


def _merge_system_into_user(messages: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    if system and rest and rest[0]["role"] == "user":
        rest[0] = {**rest[0], "content": f"{system}\n\n{rest[0]['content']}"}
    return rest
