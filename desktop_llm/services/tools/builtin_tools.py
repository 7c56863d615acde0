"""Built-in tools that need nothing but the machine (issue 14): the date and time, a calculator, and the
Knowledge collections attached to the chat. Files in granted folders are in file_tools.py.

The calculator evaluates the expression's syntax tree itself (never eval): numbers, + - * / // % **,
parentheses and a list of math functions; sizes are bounded before each operation, so `9**9**9` or a
factorial of a million is refused at once instead of freezing the chat.
"""

from __future__ import annotations

import ast
import datetime as dt
import math
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from desktop_llm.core.errors import DesktopLlmError, ToolError
from desktop_llm.core.knowledge_types import Passage, SearchResult
from desktop_llm.core.tool_types import ToolSpec
from desktop_llm.core.ui_text import QT_TR_NOOP

MAX_EXPRESSION_CHARS = 1_000
MAX_INT_BITS = 12_000  # ~3,600 digits: under Python's 4,300-digit limit for printing an int
MAX_FACTORIAL = 1_000
_OBJECT: dict[str, Any] = {"type": "object", "properties": {}, "additionalProperties": False}


class CurrentDatetime:
    spec = ToolSpec("current_datetime", "The current local date, time, time zone and weekday.", _OBJECT,
                    read_only=True)

    def run(self, arguments: Mapping[str, Any], cancel: threading.Event, timeout_s: float) -> str:
        now = dt.datetime.now().astimezone()
        offset = now.strftime("%z")
        return (f"{now:%A}, {now:%Y-%m-%d} {now:%H:%M:%S}, time zone {now.tzname()} "
                f"(UTC{offset[:3]}:{offset[3:]})")


_FUNCTIONS: dict[str, Callable[..., Any]] = {
    name: getattr(math, name) for name in (
        "sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh",
        "tanh", "floor", "ceil", "fabs", "hypot", "degrees", "radians", "gcd", "isqrt", "comb", "perm", "trunc")}
_FUNCTIONS.update(abs=abs, round=round, min=min, max=max, factorial=math.factorial)
_CONSTANTS = {"pi": math.pi, "e": math.e, "tau": math.tau, "inf": math.inf}
_BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b, ast.FloorDiv: lambda a, b: a // b, ast.Mod: lambda a, b: a % b,
    ast.Pow: lambda a, b: a ** b}


class Calculator:
    spec = ToolSpec(
        "calculator",
        "Evaluates an arithmetic expression exactly: numbers, + - * / // % ** and parentheses, the constants pi, "
        "e, tau and the functions " + ", ".join(sorted(_FUNCTIONS)) + ". Example: sqrt(2) * (3 + 4) ** 2",
        {"type": "object", "required": ["expression"], "additionalProperties": False,
         "properties": {"expression": {"type": "string", "description": "the expression, e.g. 12 * (3 + 4.5)"}}},
        read_only=True)

    def run(self, arguments: Mapping[str, Any], cancel: threading.Event, timeout_s: float) -> str:
        return calculate(str(arguments["expression"]))


def calculate(expression: str) -> str:
    """The value of `expression`, as text; ToolError naming what is not allowed or cannot be computed."""
    if len(expression) > MAX_EXPRESSION_CHARS:
        raise ToolError(QT_TR_NOOP("the expression is over {limit} characters"), limit=MAX_EXPRESSION_CHARS)
    try:
        tree = ast.parse(expression.strip().replace("^", "**"), mode="eval")
        value = _evaluate(tree.body)
    except SyntaxError as exc:
        raise ToolError(QT_TR_NOOP("the expression is not valid arithmetic ({problem})"), problem=exc.msg) from exc
    except ZeroDivisionError as exc:
        raise ToolError(QT_TR_NOOP("division by zero")) from exc
    except (OverflowError, MemoryError, RecursionError) as exc:
        raise ToolError(QT_TR_NOOP("the result is too large to compute")) from exc
    except (ValueError, TypeError) as exc:
        raise ToolError(QT_TR_NOOP("cannot compute this: {problem}"), problem=str(exc)[:200]) from exc
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def _evaluate(node: ast.AST) -> Any:
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.Name) and node.id in _CONSTANTS:
        return _CONSTANTS[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.UAdd, ast.USub)):
        operand = _evaluate(node.operand)
        return -operand if isinstance(node.op, ast.USub) else +operand
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        left, right = _evaluate(node.left), _evaluate(node.right)
        if isinstance(node.op, ast.Pow):
            _check_power(left, right)
        return _checked(_BINARY[type(node.op)](left, right))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCTIONS \
            and not node.keywords:
        values = [_evaluate(arg) for arg in node.args]
        if node.func.id in ("factorial", "comb", "perm") and any(abs(v) > MAX_FACTORIAL for v in values):
            raise OverflowError
        return _checked(_FUNCTIONS[node.func.id](*values))
    what = type(node).__name__
    if isinstance(node, ast.Call):
        what = node.func.id if isinstance(node.func, ast.Name) else type(node.func).__name__
    elif isinstance(node, ast.Name):
        what = node.id
    raise ToolError(QT_TR_NOOP("{what} is not allowed in a calculation (numbers, + - * / // % **, parentheses "
                               "and math functions only)"), what=what)


def _check_power(base: Any, exponent: Any) -> None:
    """Refuse a power whose result would be too large before computing it (an int power is exact and slow)."""
    if isinstance(base, int) and isinstance(exponent, int):
        if exponent > 0 and abs(base) > 1 and max(abs(base).bit_length() - 1, 1) * exponent > MAX_INT_BITS:
            raise OverflowError
        if exponent < -MAX_INT_BITS:
            raise OverflowError


def _checked(value: Any) -> Any:
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise OverflowError
    if isinstance(value, complex):
        raise ValueError("the result is a complex number")
    return value


class KnowledgeSource(Protocol):
    """What the knowledge tools need of services/knowledge/knowledge_base.KnowledgeBase."""

    def search(self, collection_ids: Sequence[int], query: str, k: int = 5) -> SearchResult: ...

    def passages(self, chunk_ids: Sequence[int]) -> dict[int, Passage]: ...

    def neighbours(self, chunk_id: int, before: int = 1, after: int = 1) -> list[Passage]: ...


class StoreKnowledge:
    """A KnowledgeBase seen as a KnowledgeSource (its passages come from its store)."""

    def __init__(self, knowledge: Any) -> None:
        self._knowledge = knowledge

    def search(self, collection_ids: Sequence[int], query: str, k: int = 5) -> SearchResult:
        result: SearchResult = self._knowledge.search(collection_ids, query, k)
        return result

    def passages(self, chunk_ids: Sequence[int]) -> dict[int, Passage]:
        found: dict[int, Passage] = self._knowledge.store.passages(chunk_ids)
        return found

    def neighbours(self, chunk_id: int, before: int = 1, after: int = 1) -> list[Passage]:
        around: list[Passage] = self._knowledge.store.neighbours(chunk_id, before, after)
        return around


class SearchKnowledge:
    """Search the collections attached to the chat; numbered passages with their file and place."""

    spec = ToolSpec(
        "search_knowledge",
        "Searches the user's documents attached to this chat. Returns numbered passages with their file and "
        "place; read_passage shows one passage with the text around it.",
        {"type": "object", "required": ["query"], "additionalProperties": False,
         "properties": {"query": {"type": "string", "minLength": 1, "description": "what to look for"},
                        "count": {"type": "integer", "minimum": 1, "maximum": 10, "description": "passages (5)"}}},
        read_only=True)

    def __init__(self, knowledge: KnowledgeSource, collection_ids: Sequence[int]) -> None:
        self._knowledge = knowledge
        self._collections = tuple(collection_ids)

    def run(self, arguments: Mapping[str, Any], cancel: threading.Event, timeout_s: float) -> str:
        if not self._collections:
            raise ToolError(QT_TR_NOOP("no documents are attached to this chat"))
        try:
            result = self._knowledge.search(self._collections, str(arguments["query"]), int(arguments.get("count", 5)))
        except DesktopLlmError as exc:
            raise ToolError(QT_TR_NOOP("the search failed: {error}"), error=exc) from exc
        if not result.passages:
            return "Nothing in the attached documents matches this query."
        lines = [] if result.relevant else ["(None of these passages is a close match.)"]
        for passage in result.passages:
            place = passage.place.label()
            lines.append(f"[passage {passage.chunk_id}] {passage.path}{' · ' + place if place else ''}\n"
                         f"{passage.text.strip()}")
        return "\n\n".join(lines)


class ReadPassage:
    """One passage by its id, with the passages before and after it in the same file."""

    spec = ToolSpec(
        "read_passage",
        "Shows a passage found by search_knowledge (by its number) with the text just before and after it.",
        {"type": "object", "required": ["passage"], "additionalProperties": False,
         "properties": {"passage": {"type": "integer", "minimum": 1, "description": "the passage number"}}},
        read_only=True)

    def __init__(self, knowledge: KnowledgeSource, collection_names: Sequence[str]) -> None:
        self._knowledge = knowledge
        self._names = frozenset(collection_names)

    def run(self, arguments: Mapping[str, Any], cancel: threading.Event, timeout_s: float) -> str:
        wanted = int(arguments["passage"])
        # Its neighbours by their place in the file (ids are not consecutive once a file was indexed again).
        around = self._knowledge.neighbours(wanted, 1, 1)
        passage = next((p for p in around if p.chunk_id == wanted), None)
        if passage is None or passage.collection not in self._names:
            raise ToolError(QT_TR_NOOP("there is no passage {number} in the documents attached to this chat"),
                            number=wanted)
        place = passage.place.label()
        return f"{passage.path}{' · ' + place if place else ''}\n\n" + "\n".join(p.text.strip() for p in around)
