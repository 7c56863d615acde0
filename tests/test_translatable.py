"""Every user-visible string of ui/, controllers/ and app.py goes through translation (issue 21), and the .ts
sources hold every string the code has.

The scan is of the calls that put text in front of a user (a label's text, a tooltip, a window title, a
message box, an accessible name): a string literal or f-string with letters as their argument is a string
a translator never sees. `tr("…")` wraps it; `tr` must get a literal (lupdate reads the source) and must not
run at import time (the translator is installed later).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_llm"
_spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
assert _spec is not None and _spec.loader is not None
i18n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n)

# Methods and constructors whose string arguments a user reads (or hears, from a screen reader).
TEXT_METHODS = {
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "addItem", "addItems", "insertItem", "setTabText",
    "addTab", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "showMessage",
    "setLabelText", "setSpecialValueText", "setSuffix", "setPrefix", "setFormat", "addRow", "information",
    "warning", "critical", "question", "about", "getText", "getItem", "getOpenFileName", "getOpenFileNames",
    "getSaveFileName", "getExistingDirectory", "setInformativeText", "setDetailedText", "addButton", "addAction",
    "addMenu", "show_message", "add_button", "add_action", "setCancelButtonText", "setOkButtonText",
    "setDescription", "setWindowIconText",
}
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMenu",
    "QMessageBox", "QProgressDialog", "QInputDialog", "PageHeader", "EmptyState", "ActionSpec", "icon_button",
    "QCommandLinkButton", "QWidgetAction", "QDockWidget",
}
LETTERS = re.compile(r"[A-Za-z]{2,}")


def scanned_files() -> list[Path]:
    files = [PACKAGE / "app.py"]
    for layer in ("ui", "controllers"):
        files += sorted(p for p in (PACKAGE / layer).rglob("*.py") if p.name != "__init__.py")
    return files


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _visible_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(LETTERS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_visible_literal(part) for part in node.values)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_visible_literal(item) for item in node.elts)
    if isinstance(node, ast.BinOp):  # "a" + b, "%s" % x
        return _visible_literal(node.left) or _visible_literal(node.right)
    if isinstance(node, ast.IfExp):
        return _visible_literal(node.body) or _visible_literal(node.orelse)
    return False


def _is_log_call(node: ast.Call) -> bool:
    """log.warning("…"), logger.warning("…"): a log message is for the developer, never translated."""
    func = node.func
    return (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            and func.value.id in ("log", "logger", "logging"))


class _Scan(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path, self.depth, self.found = path, 0, []  # type: ignore[var-annotated]

    def _where(self, node: ast.AST) -> str:
        path = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path.name
        return f"{path}:{node.lineno}"  # type: ignore[attr-defined]

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node)
        if name == "tr":
            # A literal, or a name holding QT_TR_NOOP-marked text; never text built on the spot (f-string, +, call),
            # which lupdate cannot read.
            if not node.args or isinstance(node.args[0], (ast.JoinedStr, ast.BinOp, ast.Call)) or (
                    isinstance(node.args[0], ast.Constant) and not isinstance(node.args[0].value, str)):
                self.found.append(f"{self._where(node)}: tr() needs a string literal (lupdate reads the source)")
            elif any(k.arg == "n" for k in node.keywords):  # lupdate sees a plural only as the third argument
                self.found.append(f"{self._where(node)}: write tr('%n …', None, count): lupdate misses n=")
            elif self.depth == 0:
                self.found.append(f"{self._where(node)}: tr() at import time runs before the translator is installed")
        elif name == "translated" and node.args and _visible_literal(node.args[0]):
            self.found.append(f"{self._where(node)}: translated() is for QT_TR_NOOP-marked values; lupdate reads a "
                              f"literal only in tr()")
        elif (name in TEXT_METHODS or name in TEXT_CLASSES) and not _is_log_call(node):
            arguments = [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "title", "tip", "subtitle",
                                                                                  "toolTip", "placeholderText"))]
            for argument in arguments:
                if _visible_literal(argument):
                    self.found.append(f"{self._where(argument)}: {name}(…) shows untranslated text: "
                                      f"{ast.unparse(argument)[:60]}")
        self.generic_visit(node)


def untranslated(paths: list[Path]) -> list[str]:
    found: list[str] = []
    for path in paths:
        scan = _Scan(path)
        scan.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += scan.found
    return found


def test_every_module_of_the_ui_belongs_to_one_translation_area() -> None:
    listed = [PACKAGE / name for files in i18n.AREAS.values() for name in files]
    assert len(listed) == len(set(listed)), "a module is in two areas"
    missing = sorted(str(p.relative_to(PACKAGE)) for p in scanned_files() if p not in listed)
    assert not missing, f"add these to scripts/i18n.py AREAS: {missing}"


def test_every_module_marking_templates_belongs_to_a_translation_area() -> None:
    """A QT_TR_NOOP template outside every area is never extracted: the user reads it in English whatever the
    language (issue 17's image and projector errors, issue 18's slot errors were found so)."""
    listed = {PACKAGE / name for files in (*i18n.AREAS.values(), *i18n.CORE_AREAS.values()) for name in files}
    exempt = {PACKAGE / "core" / "ui_text.py", PACKAGE / "core" / "errors.py"}  # the marker itself; a docstring
    missing = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                     if p not in listed | exempt and "QT_TR_NOOP(" in p.read_text(encoding="utf-8"))
    assert not missing, f"add these to scripts/i18n.py CORE_AREAS: {missing}"


def test_no_user_visible_string_escapes_translation() -> None:
    found = untranslated(scanned_files())
    assert not found, f"{len(found)} untranslated string(s):\n" + "\n".join(found)


def test_the_scan_finds_each_kind_of_escape(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "TITLE = tr('at import')\n"
        "def f(label, name, n):\n"
        "    label.setText('Hello')\n"
        "    label.setToolTip(f'{name} is ready')\n"
        "    QPushButton('Send')\n"
        "    label.setText(tr(f'{name}!'))\n"
        "    label.setText(tr(LABELS[name]))\n"
        "    label.setText(tr('Fine'))\n"
        "    label.setText('—')\n"
        "    label.setText(tr('%n file(s)', None, n))\n"
        "    label.setText(tr('%n file(s)', n=n))\n"
        "    label.setText(translated(LABELS[name]))\n"
        "    label.setText(translated('Hello'))\n",
        encoding="utf-8")
    found = untranslated([sample])
    assert [line.split(":")[1] for line in found] == ["1", "3", "4", "5", "6", "11", "13"], found


def _messages(path: Path) -> set[tuple[str, str]]:
    return {(m.findtext("source") or "", m.findtext("comment") or "") for m in ET.parse(path).iter("message")}


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
                    reason="pyside6-lupdate comes with PySide6")
def test_the_translation_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    for area in i18n.AREAS:
        fresh = tmp_path / f"{area}.ts"
        files = [str(p) for p in i18n.area_files(area) if p.exists()]
        subprocess.run([lupdate, *files, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
        for language in i18n.LANGUAGES:
            kept = _messages(i18n.ts_file(language, area))
            assert kept == _messages(fresh), (
                f"{language}/{area}.ts is out of date: run `python scripts/i18n.py extract {area}` "
                f"(new: {sorted(_messages(fresh) - kept)[:5]}, gone: {sorted(kept - _messages(fresh))[:5]})")


def test_simplified_chinese_is_complete_and_english_has_its_plurals() -> None:
    for area in i18n.AREAS:
        for message in ET.parse(i18n.ts_file("zh_CN", area)).iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, (
                f"zh_CN/{area}.ts: {message.findtext('source')!r} is not translated")
        for message in ET.parse(i18n.ts_file("en", area)).iter("message"):
            if message.get("numerus") == "yes":
                forms = [f.text for f in message.iter("numerusform")]
                assert len(forms) == 2 and all(forms), f"en/{area}.ts: {message.findtext('source')!r} needs 1 and n"
