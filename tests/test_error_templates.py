"""Every error raised from a translatable template names exactly the fields its template uses (issue 21).

A placeholder without its field would show the raw template to the user, a field without its placeholder is a
fact the sentence lost; either is a typo no other test would see, since most of these errors are rare.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "desktop_llm"


def _templated_raises() -> list[tuple[str, int, set[str], set[str] | None]]:
    """(file, line, placeholders, keyword fields or None when **fields are passed) of each `XError(QT_TR_NOOP(…))`."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Call)):
                continue
            marker = node.args[0]
            if not (isinstance(marker.func, ast.Name) and marker.func.id == "QT_TR_NOOP"):
                continue
            if not (isinstance(node.func, ast.Name) and node.func.id.endswith("Error")):
                continue
            template = marker.args[0]
            assert isinstance(template, ast.Constant) and isinstance(template.value, str), f"{path}:{node.lineno}"
            placeholders = {name for _, name, _, _ in string.Formatter().parse(template.value) if name is not None}
            keywords = None if any(k.arg is None for k in node.keywords) else {str(k.arg) for k in node.keywords}
            found.append((str(path.relative_to(ROOT.parent)), node.lineno, placeholders, keywords))
    return found


TEMPLATED = _templated_raises()


def test_templated_errors_are_found() -> None:
    assert len(TEMPLATED) > 50  # the scan sees the converted modules (engine, storage, hub, downloads, remote)


@pytest.mark.parametrize(("where", "line", "placeholders", "keywords"), TEMPLATED,
                         ids=[f"{where}:{line}" for where, line, _, _ in TEMPLATED])
def test_each_template_gets_its_fields(where: str, line: int, placeholders: set[str], keywords: set[str] | None) -> None:
    if keywords is None:  # **fields: checked where they are built
        return
    assert placeholders <= keywords, f"{where}:{line}: no field for {placeholders - keywords}"
    # beyond its fields, only the error type's own keyword arguments
    own = {"detail", "code", "status", "retry_after", "database", "retry_may_help"}
    assert keywords - placeholders <= own, f"{where}:{line}: unused {keywords - placeholders - own}"
