"""Rendering a model's own Jinja chat template safely.

GGUF chat templates are untrusted code. They render in jinja2's ImmutableSandboxedEnvironment (the fix
for CVE-2024-34359 in llama-cpp-python); a template that fails to parse, raises, or touches something the
sandbox forbids is replaced by the documented fallback, ChatML, and the caller gets a warning to show.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop_llm.core.errors import ChatTemplateError
from desktop_llm.core.events import ChatMessage

# Rendering a template could otherwise be made to produce gigabytes (e.g. nested loops over range()).
MAX_RENDERED_CHARS = 4_000_000
MAX_RANGE_ITEMS = 200_000

CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
FALLBACK_NAME = "ChatML"


@dataclass(frozen=True)
class RenderedPrompt:
    text: str
    warning: str = ""  # non-empty when the fallback template was used


def _raise_exception(message: str) -> None:
    raise ChatTemplateError(f"the chat template refused the conversation: {message}")


def _strftime_now(fmt: str) -> str:
    return datetime.datetime.now().strftime(fmt)


class ChatTemplate:
    """A compiled chat template; `render` never runs code outside the sandbox."""

    def __init__(self, source: str | None, bos_token: str = "", eos_token: str = "") -> None:
        self._bos = bos_token
        self._eos = eos_token
        self._env = ImmutableSandboxedEnvironment(
            trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined
        )
        self._env.globals.update(raise_exception=_raise_exception, strftime_now=_strftime_now)
        self._fallback = self._env.from_string(CHATML_TEMPLATE)
        self.load_warning = ""
        self._template: jinja2.Template | None = None
        if not source:
            self.load_warning = f"The model has no chat template; using {FALLBACK_NAME}."
            return
        try:
            # StrictUndefined would reject templates that probe optional variables; be lenient here.
            lenient = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
            lenient.globals.update(raise_exception=_raise_exception, strftime_now=_strftime_now)
            self._template = lenient.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            self.load_warning = (
                f"The model's chat template is invalid (line {exc.lineno}: {exc.message}); using {FALLBACK_NAME}."
            )

    @property
    def uses_fallback(self) -> bool:
        return self._template is None

    def render(self, messages: Sequence[ChatMessage], add_generation_prompt: bool = True) -> RenderedPrompt:
        context: dict[str, Any] = {
            "messages": [m.to_dict() for m in messages],
            "add_generation_prompt": add_generation_prompt,
            "bos_token": self._bos,
            "eos_token": self._eos,
        }
        if self._template is None:
            return RenderedPrompt(self._fallback.render(context), self.load_warning)
        try:
            text = self._render_untrusted(self._template, context)
        except ChatTemplateError as refusal:
            # Templates such as Gemma's refuse a system role: fold it into the first user turn and retry.
            merged = _merge_system_into_user(messages)
            try:
                text = self._render_untrusted(self._template, {**context, "messages": merged})
            except ChatTemplateError:
                return RenderedPrompt(self._fallback.render(context), f"{refusal}; using {FALLBACK_NAME}.")
        except SecurityError as exc:
            warning = f"The model's chat template tried an unsafe operation ({exc}); using {FALLBACK_NAME}."
            return RenderedPrompt(self._fallback.render(context), warning)
        except Exception as exc:  # any failure inside an untrusted template must not reach the user as a crash
            warning = f"The model's chat template failed ({type(exc).__name__}: {exc}); using {FALLBACK_NAME}."
            return RenderedPrompt(self._fallback.render(context), warning)
        return RenderedPrompt(text)

    @staticmethod
    def _render_untrusted(template: jinja2.Template, context: dict[str, Any]) -> str:
        """Render with bounded output and a bounded total of range() items (nested loops included)."""
        budget = [MAX_RANGE_ITEMS]

        def bounded_range(*args: int) -> range:
            items = range(*args)
            budget[0] -= len(items)
            if budget[0] < 0:
                raise SecurityError("the template loops too much")
            return items

        parts: list[str] = []
        size = 0
        for part in template.generate({**context, "range": bounded_range}):
            size += len(part)
            if size > MAX_RENDERED_CHARS:
                raise SecurityError("the template produced an oversized prompt")
            parts.append(part)
        return "".join(parts)


def _merge_system_into_user(messages: Sequence[ChatMessage]) -> list[dict[str, str]]:
    system = "\n\n".join(m.content for m in messages if m.role == "system")
    rest = [m.to_dict() for m in messages if m.role != "system"]
    if system and rest and rest[0]["role"] == "user":
        rest[0] = {"role": "user", "content": f"{system}\n\n{rest[0]['content']}"}
    return rest
