"""Lint and types are part of the suite, so CI enforces them: ruff everywhere, mypy (strict on core/services)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests import platform_names

ROOT = Path(__file__).resolve().parent.parent


def test_ruff() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "desktop_llm", "tests", "benchmarks", "scripts", "packaging", "dev.py"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "desktop_llm"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _minimum(requirement: str) -> tuple[int, ...]:
    _, _, version = requirement.partition(">=")
    return tuple(int(part) for part in version.split(",")[0].strip().split("."))


def test_parsers_of_untrusted_input_are_floored_at_safe_releases() -> None:
    """Older jinja2 has known sandbox escapes and older pypdf known endless loops on crafted files (issue 10, item 21)."""
    import tomllib

    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    floors = {d.split(">=")[0].strip().lower(): _minimum(d) for d in dependencies if ">=" in d}
    assert floors["jinja2"] >= (3, 1, 6)
    assert floors["pypdf"] >= (6, 4)


# Portability (issue 19, item 8): what one operating system lacks may appear only where a guard keeps the
# other from reaching it: under `if sys.platform ...`/`os.name`/`hasattr(...)` (either branch), after an early
# `if <that>: return` in the same block, or in a `try` whose handler catches the error the other system raises
# (ImportError for a module, AttributeError for an attribute, OSError for a Linux-only path).

_CAUGHT = {"ImportError": "import", "ModuleNotFoundError": "import", "AttributeError": "attribute", "OSError": "path",
           "IOError": "path", "EnvironmentError": "path", "FileNotFoundError": "path", "PermissionError": "path"}
_ALL_KINDS = frozenset({"import", "attribute", "path"})


def _platform_specific(node: ast.AST) -> list[tuple[str, str]]:
    """(kind, what) for each platform-specific name `node` itself uses."""
    names = platform_names
    modules = names.UNIX_MODULES | names.WINDOWS_MODULES
    attributes = {m: names.UNIX_ATTRIBUTES.get(m, frozenset()) | names.WINDOWS_ATTRIBUTES.get(m, frozenset())
                  for m in {*names.UNIX_ATTRIBUTES, *names.WINDOWS_ATTRIBUTES}}
    found: list[tuple[str, str]] = []
    if isinstance(node, ast.Import):
        found += [("import", f"import {a.name}") for a in node.names if a.name.split(".")[0] in modules]
    elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        if node.module.split(".")[0] in modules:
            found.append(("import", f"from {node.module} import ..."))
        found += [("import", f"from {node.module} import {a.name}") for a in node.names
                  if a.name in attributes.get(node.module, ())]
    elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        if node.attr in attributes.get(node.value.id, ()):
            found.append(("attribute", f"{node.value.id}.{node.attr}"))
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        if node.value.startswith(names.LINUX_PATH_PREFIXES):
            found.append(("path", repr(node.value)))
    return found


def _is_platform_test(test: ast.AST) -> bool:
    """`sys.platform`, `os.name`, `platform.system()` or `hasattr(...)` anywhere in the condition."""
    for node in ast.walk(test):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and (node.value.id, node.attr) in {
            ("sys", "platform"), ("os", "name"), ("platform", "system")
        }:
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "hasattr":
            return True
    return False


def _caught(handlers: list[ast.ExceptHandler]) -> frozenset[str]:
    kinds: set[str] = set()
    for handler in handlers:
        if handler.type is None:
            return _ALL_KINDS
        types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        for name in (t.id for t in types if isinstance(t, ast.Name)):
            if name in ("Exception", "BaseException"):
                return _ALL_KINDS
            kinds.update({_CAUGHT[name]} if name in _CAUGHT else set())
    return frozenset(kinds)


def unguarded_platform_uses(source: str, filename: str = "<source>") -> list[str]:
    """`file:line: what` for each platform-specific use in `source` that no guard covers."""
    offenders: list[str] = []

    def visit(node: ast.AST, guarded: frozenset[str]) -> None:
        offenders.extend(f"{filename}:{getattr(node, 'lineno', '?')}: {what}"
                         for kind, what in _platform_specific(node) if kind not in guarded)
        if isinstance(node, ast.If | ast.IfExp) and _is_platform_test(node.test):
            visit(node.test, guarded)
            for branch in (node.body, node.orelse):
                block(branch if isinstance(branch, list) else [branch], _ALL_KINDS)
            return
        if isinstance(node, ast.Try | ast.TryStar):
            block(node.body, guarded | _caught(node.handlers))
            for part in (node.handlers, node.orelse, node.finalbody):
                block(part, guarded)
            return
        for value in ast.iter_fields(node):
            field = value[1]
            if isinstance(field, list):
                block([item for item in field if isinstance(item, ast.AST)], guarded)
            elif isinstance(field, ast.AST):
                visit(field, guarded)

    def block(statements: list[ast.AST], guarded: frozenset[str]) -> None:
        for statement in statements:
            visit(statement, guarded)
            if (  # `if sys.platform != "win32": return ...` guards the rest of the block
                isinstance(statement, ast.If) and not statement.orelse and _is_platform_test(statement.test)
                and isinstance(statement.body[-1], ast.Return | ast.Raise | ast.Continue | ast.Break)
            ):
                guarded = _ALL_KINDS

    block([ast.parse(source, filename)], frozenset())
    return offenders


def test_the_platform_check_tells_guarded_from_unguarded() -> None:
    source = '''
import fcntl
import sys, os, signal, ctypes
try:
    import resource
except ImportError:
    resource = None
if sys.platform == "win32":
    import msvcrt
else:
    import termios
def peak():
    if sys.platform != "win32":
        return 0
    return ctypes.windll.kernel32
def kill(pid, hard):
    os.kill(pid, signal.SIGKILL if hard and hasattr(signal, "SIGKILL") else signal.SIGTERM)
    os.kill(pid, signal.SIGKILL)
def statm():
    try:
        return open("/proc/self/statm").read(), os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return os.uname()
def guarded_attribute():
    try:
        return os.getuid()
    except AttributeError:
        return open("/proc/meminfo")
'''
    assert unguarded_platform_uses(source, "x.py") == [
        "x.py:2: import fcntl",
        "x.py:18: signal.SIGKILL",
        "x.py:21: os.sysconf",
        "x.py:23: os.uname",
        "x.py:28: '/proc/meminfo'",
    ]


def test_platform_specific_code_is_guarded() -> None:
    """Windows lacks resource, fcntl, os.uname, signal.SIGKILL, /proc...; POSIX lacks msvcrt, ctypes.windll...:
    each use must sit where the other system cannot reach it, with a fallback (tests/test_portability.py runs
    the fallbacks)."""
    package = ROOT / "desktop_llm"
    offenders = [
        line
        for path in sorted(package.rglob("*.py"))
        for line in unguarded_platform_uses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert not offenders, "platform-specific code outside a platform guard:\n" + "\n".join(offenders)
