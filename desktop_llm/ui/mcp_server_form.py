"""The small form behind the Tools dialog's "Add server…" and "Edit…" (issue 14, "MCP"): a name, then either a
command with its arguments (a server run as a child process, stdio) or an address with its headers (Streamable
HTTP), and the environment of the command. It gives the entry in mcp.json's own shape; the file's parser checks
it again when it is saved (services/tools/mcp_setup.py), so what it accepts here is only a first check."""

from __future__ import annotations

import html
import shlex
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import tr

MAX_PAIRS = 200  # lines of env or headers: far more than any server needs


def pairs_text(values: Mapping[str, Any], separator: str) -> str:
    return "\n".join(f"{key}{separator}{value}" for key, value in values.items())


def parse_pairs(text: str, separator: str) -> tuple[dict[str, str], int]:
    """"KEY=value" (or "Name: value") lines as a dict, and the number of the first line that is not one (0: none).
    Blank lines are skipped; a value may hold the separator again (only the first one splits)."""
    found: dict[str, str] = {}
    for number, line in enumerate(text.splitlines()[:MAX_PAIRS], start=1):
        if not line.strip():
            continue
        key, sep, value = line.partition(separator)
        if not sep or not key.strip():
            return found, number
        found[key.strip()] = value.strip()
    return found, 0


class McpServerForm(QDialog):
    """GUI thread only. After accept, `result_entry()` is (name, entry as mcp.json holds it)."""

    def __init__(self, name: str = "", entry: Mapping[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        entry = entry or {}
        self.setWindowTitle(tr("Edit MCP server") if name else tr("Add MCP server"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(name, placeholderText="files")
        offered = tr("Its tools are offered as <name>__<tool>")
        self.name_edit.setToolTip(f"<p>{html.escape(offered)}</p>")  # else Qt reads <name> as a tag and hides it
        form.addRow(tr("Name"), self.name_edit)
        kinds = QVBoxLayout()  # one under the other: side by side, a longer translation cut them (layout check)
        self.stdio_radio = QRadioButton(tr("Command (runs on this computer)"))
        self.http_radio = QRadioButton(tr("Address (Streamable HTTP)"))
        group = QButtonGroup(self)
        for radio in (self.stdio_radio, self.http_radio):
            group.addButton(radio)
            kinds.addWidget(radio)
        form.addRow(tr("Kind"), kinds)
        args = entry.get("args", [])
        self.command_edit = QLineEdit(str(entry.get("command", "")), placeholderText="npx")
        self.args_edit = QLineEdit(shlex.join(str(a) for a in args) if isinstance(args, list) else "",
                                   placeholderText="-y @modelcontextprotocol/server-filesystem /home/me/notes")
        self.args_edit.setToolTip(tr("Separated by spaces; quote an argument that holds spaces"))
        self.env_edit = QPlainTextEdit(pairs_text(_mapping(entry.get("env")), "="), placeholderText="API_KEY=…")
        self.url_edit = QLineEdit(str(entry.get("url", "")), placeholderText="https://example.com/mcp")
        self.headers_edit = QPlainTextEdit(pairs_text(_mapping(entry.get("headers")), ": "),
                                           placeholderText="Authorization: Bearer …")
        for box in (self.env_edit, self.headers_edit):
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
            box.setTabChangesFocus(True)
        form.addRow(tr("Command"), self.command_edit)
        form.addRow(tr("Arguments"), self.args_edit)
        form.addRow(tr("Environment"), self.env_edit)
        form.addRow(tr("Address"), self.url_edit)
        form.addRow(tr("Headers"), self.headers_edit)
        self._form = form
        layout.addLayout(form)
        self.note = QLabel(wordWrap=True)
        self.note.setProperty("tone", "error")
        self.note.hide()
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.http_radio if "url" in entry else self.stdio_radio).setChecked(True)
        self.stdio_radio.toggled.connect(lambda _on: self._show_kind())
        self._show_kind()
        self._entry: tuple[str, dict[str, Any]] | None = None

    def result_entry(self) -> tuple[str, dict[str, Any]] | None:
        return self._entry

    def _show_kind(self) -> None:
        stdio = self.stdio_radio.isChecked()
        for widget, shown in ((self.command_edit, stdio), (self.args_edit, stdio), (self.env_edit, stdio),
                              (self.url_edit, not stdio), (self.headers_edit, not stdio)):
            self._form.setRowVisible(widget, shown)

    def entry(self) -> tuple[str, dict[str, Any]] | str:
        """(name, entry), or what is wrong with the form in a sentence."""
        name = self.name_edit.text().strip()
        if not name:
            return tr("Give the server a name.")
        if self.stdio_radio.isChecked():
            command = self.command_edit.text().strip()
            if not command:
                return tr("Give the command that starts the server.")
            try:
                args = shlex.split(self.args_edit.text())
            except ValueError as exc:
                return tr("The arguments cannot be read: {error}").format(error=exc)
            env, bad = parse_pairs(self.env_edit.toPlainText(), "=")
            if bad:
                return tr("Environment, line {line}: write NAME=value").format(line=bad)
            entry: dict[str, Any] = {"command": command}
            if args:
                entry["args"] = args
            if env:
                entry["env"] = env
            return name, entry
        url = self.url_edit.text().strip()
        if not url.lower().startswith(("http://", "https://")):
            return tr("The address must start with http:// or https://")
        headers, bad = parse_pairs(self.headers_edit.toPlainText(), ":")
        if bad:
            return tr("Headers, line {line}: write Name: value").format(line=bad)
        entry = {"url": url}
        if headers:
            entry["headers"] = headers
        return name, entry

    def _on_save_clicked(self) -> None:
        result = self.entry()
        if isinstance(result, str):
            self.note.setText(result)
            self.note.show()
            return
        self._entry = result
        self.accept()


def _mapping(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, dict) else {}
