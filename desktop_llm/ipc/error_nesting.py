"""Errors held in other errors' fields, as they cross the engine's wire (ipc/engine_wire.py's `inner` key).

"{name}: {reason}" around the GGUF reader's own error: the worker sends the inner error's template and fields
beside the outer's, so the client translates the whole sentence (controllers.i18n.error_text), not only its
frame around an English reason. Bounded in depth, count and size, and checked against the text it stands for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_llm.core.errors import DesktopLlmError

# An error held in another's field ("{name}: {reason}" around the GGUF reader's error) crosses as its own
# template and fields, so the client translates the whole sentence. Bounded: a body is untrusted and small.
MAX_NESTED_DEPTH = 3
MAX_NESTED_ERRORS = 16  # in one body, at every depth together
MAX_NESTED_CHARS = 16_000  # their templates, field names and values together


@dataclass(frozen=True)
class NestedError:
    """One of our errors held in a field of another: its template and fields, and the errors it holds in turn.

    On the wire: `"inner": {"reason": {"template": …, "fields": {…}, "inner": {…}}}` beside the outer error's
    `template` and `fields`, whose `fields` stay plain text (the English reason), so a client that does not know
    `inner` reads the body as before.
    """

    template: str
    fields: dict[str, str] = field(default_factory=dict)
    inner: dict[str, NestedError] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"template": self.template, "fields": self.fields}
        if self.inner:
            data["inner"] = {key: nested.to_dict() for key, nested in self.inner.items()}
        return data

    def exception(self) -> DesktopLlmError:
        """The error again, for controllers.i18n.error_text (its type is not sent: only its words matter here)."""
        error = DesktopLlmError(_filled_in(self.template, self.fields) or self.template)
        error.template, error.fields = self.template, dict(self.fields)
        error.inner = {key: nested.exception() for key, nested in self.inner.items()}
        return error


class NestingBudget:
    """What is left of MAX_NESTED_ERRORS and MAX_NESTED_CHARS while one body's nested errors are read or written."""

    def __init__(self) -> None:
        self.errors, self.chars = MAX_NESTED_ERRORS, MAX_NESTED_CHARS

    def take(self, template: str, fields: dict[str, str]) -> bool:
        size = len(template) + sum(len(key) + len(value) for key, value in fields.items())
        if self.errors < 1 or size > self.chars:
            return False
        self.errors, self.chars = self.errors - 1, self.chars - size
        return True


def _filled_in(template: str, fields: dict[str, str]) -> str | None:
    """The English text of a template and its fields as core.errors fills it, or None where it does not fill."""
    if not fields:
        return template  # without fields a message is taken as written, braces and all
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return None


def nested_of(error: DesktopLlmError, budget: NestingBudget, depth: int = 1) -> dict[str, NestedError]:
    """The errors `error` holds in its fields, as they cross the wire (server side)."""
    nested: dict[str, NestedError] = {}
    if depth > MAX_NESTED_DEPTH:
        return nested
    for key, inner in getattr(error, "inner", {}).items():
        if key in error.fields and inner.template and budget.take(inner.template, inner.fields):
            nested[key] = NestedError(inner.template, dict(inner.fields), nested_of(inner, budget, depth + 1))
    return nested


def nested_from(raw: object, fields: dict[str, str], budget: NestingBudget, depth: int = 1) -> dict[str, NestedError]:
    """The nested errors an answer carries, each kept only when it is well formed and fills in to the very text
    of the field it stands for (client side: the body is untrusted, anything odd is dropped, nothing raises)."""
    nested: dict[str, NestedError] = {}
    if depth > MAX_NESTED_DEPTH or not isinstance(raw, dict):
        return nested
    for key, value in raw.items():
        if not isinstance(key, str) or key not in fields or not isinstance(value, dict):
            continue
        template, inner_fields = value.get("template"), value.get("fields", {})
        if not isinstance(template, str) or not template or not isinstance(inner_fields, dict):
            continue
        if not all(isinstance(name, str) and isinstance(text, str) for name, text in inner_fields.items()):
            continue
        if _filled_in(template, inner_fields) != fields[key] or not budget.take(template, inner_fields):
            continue
        nested[key] = NestedError(template, dict(inner_fields),
                                  nested_from(value.get("inner"), inner_fields, budget, depth + 1))
    return nested
