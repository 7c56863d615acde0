"""The Jinja environment that untrusted chat templates compile and render in (inside the sandbox process).

jinja2's ImmutableSandboxedEnvironment stops templates from reaching Python internals (CVE-2024-34359 in
llama-cpp-python) but not from burning time and memory: `'a' * 400000000`, `7 ** (7 ** 10)` folded at compile
time, `center(10**9)`, nested loops over strings (issue 10, items 6-8). The real guarantee is the process
boundary (core/template_worker.py: CPU-time and address-space limits, a wall-clock timeout in the parent);
this module makes the common hostile templates fail fast with a specific message instead of hitting it:

- no compile-time evaluation: the optimizer is off (`optimized=False`) and outputs are finalized at run time
  (a context-taking `finalize`), so nothing a template writes runs while it compiles;
- a size budget on every operator and filter that can grow a value beyond its inputs (`*`, `**`, `+`, `%`,
  `~`, center, indent, format, replace, join, batch, slice and the same str methods);
- one iteration budget for all `for` loops of a render (each loop's iterable is wrapped at parse time in a
  filter, which a template cannot redefine), plus the existing bounded `range()`;
- a bounded size of the rendered text.

Inside those bounds it is the environment transformers renders chat templates in (`_compile_jinja_template` in
transformers/utils/chat_template_utils.py, 5.23), because that is what model authors check their templates
against (issue 13, part 1): trim_blocks and lstrip_blocks, `{% break %}`/`{% continue %}` (jinja2.ext.
loopcontrols), the `{% generation %}` tag (rendered as its body: we never ask for assistant masks), a `tojson`
that does not escape HTML and takes ensure_ascii/indent/separators/sort_keys, the globals raise_exception,
strftime_now, a `dict` that only builds dicts, and a `namespace` that refuses underscore names.
core/template_context.py builds the variables the way transformers' `apply_chat_template` passes them. One
deliberate difference: `lipsum` is gone (it can write a billion words, and no chat template uses it).
"""

from __future__ import annotations

import datetime
import json
import re
import types
from collections.abc import Iterable, Iterator
from typing import Any

import jinja2
import jinja2.ext
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.parser import Parser
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from desktop_llm.core.errors import ChatTemplateError

MAX_RENDERED_CHARS = 4_000_000
MAX_VALUE_SIZE = 8_000_000  # characters of a string, items of a list: any value a template computes
MAX_INT_BITS = 100_000
MAX_RANGE_ITEMS = 200_000
MAX_LOOP_ITEMS = 1_000_000  # items taken by all `for` loops of one render together

_LOOP_FILTER = "desktop_llm_loop_budget"  # filters are resolved at compile time: a template cannot shadow it
# A width or precision in a printf-style (`%`) or str.format field.
_PERCENT_FIELD = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_FORMAT_FIELD = re.compile(r"\{[^{}]*?:[^{}]*?(\d+)(?:\.(\d+))?[^{}]*\}")


class TemplateBudgetError(SecurityError):
    """A template went over one of the budgets above; the message says which."""


def _size(value: Any) -> int:
    return len(value) if isinstance(value, (str, bytes, list, tuple, dict, set, frozenset)) else 0


def _check(size: int, what: str = "the template builds a value that is too large") -> None:
    if size > MAX_VALUE_SIZE:
        raise TemplateBudgetError(f"{what} ({size:,} > {MAX_VALUE_SIZE:,})")


def _check_int(value: int) -> None:
    if abs(value) > MAX_VALUE_SIZE:
        raise TemplateBudgetError(f"the template asks for a width or count that is too large ({value:,})")


def _check_format_string(text: str, args: Any = ()) -> None:
    widths = [int(n) for match in _PERCENT_FIELD.finditer(text) for n in match.groups() if n and n != "*"]
    widths += [int(n) for match in _FORMAT_FIELD.finditer(text) for n in match.groups() if n]
    for width in widths:
        _check_int(width)
    if "*" in text:  # `%*s`: the width comes from the arguments
        for arg in args if isinstance(args, tuple) else (args,):
            if isinstance(arg, int):
                _check_int(arg)


class _Budget:
    """What one render has spent; reset before each render (the sandbox process renders one at a time)."""

    def __init__(self) -> None:
        self.range_items = 0
        self.loop_items = 0


class BudgetedEnvironment(ImmutableSandboxedEnvironment):
    """ImmutableSandboxedEnvironment with size, iteration and output budgets (see the module docstring)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self) -> None:
        super().__init__(
            trim_blocks=True,
            lstrip_blocks=True,
            optimized=False,
            finalize=_finalize,
            extensions=[GenerationTag, jinja2.ext.loopcontrols],  # as transformers' environment has them
        )
        self.code_generator_class = _BudgetedCodeGenerator
        self.budget = _Budget()
        self.globals.pop("lipsum", None)  # lipsum(10**9) would write a billion words
        self.globals.update(
            range=self._range,
            raise_exception=_raise_exception,
            strftime_now=_strftime_now,
            dict=TemplateDict(),
            namespace=TemplateNamespace,
        )
        for name, check in _FILTER_CHECKS.items():
            self.filters[name] = _budgeted_filter(self.filters[name], check)
        self.filters["tojson"] = _tojson
        self.filters[_LOOP_FILTER] = self._loop

    # compile

    def compile_untrusted(self, source: str) -> jinja2.Template:
        """Parse, wrap every loop's iterable in the loop budget, compile (nothing of the template runs)."""
        tree = self.parse(source)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Filter(loop.iter, _LOOP_FILTER, [], [], None, None, lineno=loop.lineno)
        return self.from_string(tree)

    def render_untrusted(self, template: jinja2.Template, context: dict[str, Any]) -> str:
        self.budget = _Budget()
        parts: list[str] = []
        size = 0
        for part in template.generate(context):
            size += len(part)
            if size > MAX_RENDERED_CHARS:
                raise TemplateBudgetError("the template produced an oversized prompt")
            parts.append(part)
        return "".join(parts)

    # budgets

    def _range(self, *args: int) -> range:
        items = range(*args)
        self.budget.range_items += len(items)
        if self.budget.range_items > MAX_RANGE_ITEMS:
            raise TemplateBudgetError("the template loops too much")
        return items

    def _loop(self, iterable: Any) -> Iterator[Any]:
        budget = self.budget
        for item in iterable:
            budget.loop_items += 1
            if budget.loop_items > MAX_LOOP_ITEMS:
                raise TemplateBudgetError("the template loops too much")
            yield item

    def concat(self, values: Iterable[Any]) -> str:
        """The `~` operator (str_join in jinja's generated code), with the size budget."""
        parts = [str(value) for value in values]
        _check(sum(len(part) for part in parts))
        return "".join(parts)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            if isinstance(left, int) and isinstance(right, int):
                if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                    raise TemplateBudgetError("the template computes a number that is too large")
            else:
                count = left if isinstance(left, int) else right if isinstance(right, int) else 1
                _check(max(_size(left), _size(right)) * max(0, count))
        elif operator == "**":
            if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
                if left.bit_length() * right > MAX_INT_BITS:
                    raise TemplateBudgetError("the template computes a number that is too large")
        elif operator == "+":
            _check(_size(left) + _size(right))
        elif operator == "%" and isinstance(left, str):
            _check_format_string(left, right)
            _check(len(left) + (sum(map(_size, right)) if isinstance(right, tuple) else _size(right)))
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # jinja's own signature
        _check_str_method(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        _check(_size(result))
        return result


def _check_str_method(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Budget checks for the str methods that grow a string: done before they allocate."""
    wrapped = getattr(obj, "__wrapped__", obj)  # str.format arrives wrapped by the sandbox's formatter
    if not isinstance(wrapped, types.BuiltinMethodType):
        return
    owner, name = wrapped.__self__, wrapped.__name__
    if isinstance(owner, int) and name == "to_bytes" and args and isinstance(args[0], int):
        _check_int(args[0])
    if not isinstance(owner, str):
        return
    if name in ("center", "ljust", "rjust", "zfill") and args and isinstance(args[0], int):
        _check_int(args[0])
    elif name == "expandtabs":
        tab = args[0] if args and isinstance(args[0], int) else int(kwargs.get("tabsize", 8))
        _check(len(owner) + owner.count("\t") * max(0, tab))
    elif name == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        hits = len(owner) + 1 if not args[0] else owner.count(args[0])
        _check(len(owner) + hits * len(args[1]))
    elif name == "join" and args and isinstance(args[0], (list, tuple)):
        _check(sum(_size(item) for item in args[0]) + len(owner) * len(args[0]))
    elif name in ("format", "format_map"):
        _check_format_string(owner)


# filters that can grow a value beyond their inputs: their arguments are checked before they run


def _check_center(value: Any, width: Any = 80, *args: Any, **kwargs: Any) -> None:
    if isinstance(width, int):
        _check_int(width)


def _check_indent(value: Any, width: Any = 4, *args: Any, **kwargs: Any) -> None:
    text = str(value)
    per_line = width if isinstance(width, int) else len(str(width))
    _check(len(text) + (text.count("\n") + 1) * max(0, per_line))


def _check_format(value: Any, *args: Any, **kwargs: Any) -> None:
    _check_format_string(str(value), args)


def _check_replace(value: Any, old: Any = "", new: Any = "", *args: Any, **kwargs: Any) -> None:
    text, old_text = str(value), str(old)
    hits = len(text) + 1 if not old_text else text.count(old_text)
    _check(len(text) + hits * len(str(new)))


def _check_join(value: Any, separator: Any = "", *args: Any, **kwargs: Any) -> None:
    if isinstance(value, (list, tuple)):
        _check(sum(len(str(item)) for item in value) + len(str(separator)) * len(value))


def _check_count(value: Any, count: Any = 1, *args: Any, **kwargs: Any) -> None:
    if isinstance(count, int):  # batch(n, fill) and slice(n, fill) allocate n items up front
        _check_int(count)


_FILTER_CHECKS = {"center": _check_center, "indent": _check_indent, "format": _check_format,
                  "replace": _check_replace, "join": _check_join, "batch": _check_count, "slice": _check_count}
_PASS_DECORATORS = {"context": jinja2.pass_context, "eval_context": jinja2.pass_eval_context,
                    "environment": jinja2.pass_environment}


def _budgeted_filter(original: Any, check: Any) -> Any:
    """`original` with `check` run on its arguments first and the size budget on its result."""
    pass_arg = getattr(original, "jinja_pass_arg", None)  # jinja's marker for filters that take a context first
    if pass_arg is None:

        def plain(value: Any, *args: Any, **kwargs: Any) -> Any:
            check(value, *args, **kwargs)
            result = original(value, *args, **kwargs)
            _check(_size(result))
            return result

        return plain

    def passing(first: Any, value: Any, *args: Any, **kwargs: Any) -> Any:
        check(value, *args, **kwargs)
        result = original(first, value, *args, **kwargs)
        _check(_size(result))
        return result

    return _PASS_DECORATORS[pass_arg.name](passing)


@jinja2.pass_eval_context
def _finalize(eval_ctx: Any, value: Any) -> Any:
    # Only here so that jinja does not evaluate constant outputs at compile time: with a finalize that takes
    # the context, the code generator leaves every `{{ ... }}` to run time, where the budgets apply.
    return value


class _BudgetedCodeGenerator(CodeGenerator):
    """Compiles `~` to the environment's budgeted concat instead of an unbounded str.join."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class GenerationTag(jinja2.ext.Extension):
    """`{% generation %}...{% endgeneration %}` renders its body (LFM2.5, Phi-4 reasoning, Laguna mark the assistant's
    turns with it). transformers' AssistantTracker also records where those turns lie, for training masks; we
    never ask for them, so the tag is only its body here."""

    tags = {"generation"}  # noqa: RUF012 - jinja reads it from the class

    def parse(self, parser: Parser) -> nodes.Node:
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
        return nodes.CallBlock(self.call_method("_body"), [], [], body).set_lineno(lineno)

    def _body(self, caller: Any) -> str:
        return str(caller())


def _tojson(value: Any, ensure_ascii: bool = False, indent: Any = None, separators: Any = None,
            sort_keys: bool = False) -> str:
    """transformers' `tojson` (json.dumps with these keywords, no HTML escaping: jinja's own escapes `<>&'`, which
    changes tool schemas), encoded piece by piece so that an indent or a value repeated many times in a list
    stops at the size budget instead of first building the whole text."""
    if isinstance(indent, int):
        _check_int(indent)  # json builds ' ' * indent up front
    encoder = json.JSONEncoder(ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)
    parts: list[str] = []
    size = 0
    for part in encoder.iterencode(value):
        size += len(part)
        _check(size)
        parts.append(part)
    return "".join(parts)


class TemplateDict:
    """The `dict` global: builds plain dicts, and offers nothing else a template could reach through it (as in
    transformers: the `dict` type itself would expose its class attributes)."""

    def __call__(self, *args: Any, **kwargs: Any) -> dict[Any, Any]:
        return dict(*args, **kwargs)

    def fromkeys(self, *args: Any) -> dict[Any, Any]:
        return dict.fromkeys(*args)


class TemplateNamespace(Namespace):
    """jinja's `namespace`, refusing attribute names that start with an underscore (as transformers does: such a
    name could shadow the namespace's own internals)."""

    def __init__(*args: Any, **kwargs: Any) -> None:  # jinja's signature trick: `namespace(self=...)` still works
        self, args = args[0], args[1:]
        attrs = dict(*args, **kwargs)
        for name in attrs:
            _check_namespace_name(name)
        Namespace.__init__(self, attrs)

    def __setitem__(self, name: str, value: Any) -> None:
        _check_namespace_name(name)
        Namespace.__setitem__(self, name, value)


def _check_namespace_name(name: Any) -> None:
    if isinstance(name, str) and name.startswith("_"):
        raise SecurityError(f"a chat template cannot store {name!r} on a namespace (a name starting with '_')")


def _raise_exception(message: str) -> None:
    raise ChatTemplateError(f"the chat template refused the conversation: {message}")


def _strftime_now(fmt: str) -> str:
    return datetime.datetime.now().strftime(fmt)
