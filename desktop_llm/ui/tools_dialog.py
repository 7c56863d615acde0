"""Tools and MCP servers (issue 14, Settings): every tool the chat can offer, with its source and whether it may
run without asking ("Always allow", for tools that only read), and the MCP servers of mcp.json, each with its
status (Starting…, Ready · N tools, Failed with the reason and the end of what it wrote to stderr), added,
edited, removed, retried and reloaded here or in the user's own editor ("Open mcp.json").

Opened from the chat's tools chip ("Manage tools…") and the File menu; `add_tools_dialog` wires it to a window."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import tr
from desktop_llm.controllers.tools_controller import ServerRow, ToolsController
from desktop_llm.core.tool_types import ToolSpec
from desktop_llm.ui import design
from desktop_llm.ui.mcp_server_form import McpServerForm
from desktop_llm.ui.page_chrome import Banner, restyle

STDERR_LINES_SHOWN = 8  # the box's height; the whole tail (20 lines) scrolls


def source_label(spec: ToolSpec) -> str:
    """"Built-in", or the MCP server's name."""
    return spec.source.removeprefix("mcp:") if spec.source.startswith("mcp:") else tr("Built-in")


def status_label(row: ServerRow) -> tuple[str, str]:
    """The chip's text and tone ("" for a plain one)."""
    if row.state == "ready":
        return tr("Ready · %n tool(s)", None, row.tool_count), "success"
    return {"starting": (tr("Starting…"), "info"), "failed": (tr("Failed"), "danger"),
            "invalid": (tr("Cannot be read"), "danger"), "disabled": (tr("Disabled"), ""),
            }.get(row.state, (tr("Not started"), ""))


class ToolsDialog(QDialog):
    """GUI thread only. Every file edit and server start goes through the controller; its answers fill the
    tables, the selected server's details and the note."""

    def __init__(self, controller: ToolsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Tools and MCP servers"))
        self.setMinimumSize(780, 620)
        self._controller = controller
        self.confirm: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(design.SPACE["s"])
        intro = QLabel(tr("Tools the model may call in a chat, once you switch them on under the message box. Every "
                          "call asks you first; a tool that only reads may be allowed always."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(_section(tr("Tools")))
        self.tools_table = _table([tr("Tool"), tr("Source"), tr("Approval"), tr("Description")])
        self.tools_table.setAccessibleName(tr("Tools"))
        # A description is written for the model (often a paragraph): its start in one line, all of it in the
        # cell's tooltip; the other columns are sized to their contents.
        self.tools_table.setProperty("elided", True)
        layout.addWidget(self.tools_table, 3)
        layout.addWidget(_section(tr("MCP servers")))
        self.servers_table = _table([tr("Name"), tr("Status"), tr("Command or address")])
        self.servers_table.setAccessibleName(tr("MCP servers"))
        # A command is an absolute path as long as the user's folders make it: cut in the middle (the program's
        # and the script's names stay), all of it in the cell's tooltip. CI's deeper checkout cut it at the end.
        self.servers_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.servers_table.setProperty("elided", True)
        self.servers_table.itemSelectionChanged.connect(self._show_details)
        layout.addWidget(self.servers_table, 2)
        self.reason = QLabel(wordWrap=True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason.setProperty("tone", "error")
        layout.addWidget(self.reason)
        self.stderr_box = QPlainTextEdit(readOnly=True)
        self.stderr_box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.stderr_box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.stderr_box.setAccessibleName(tr("What the server wrote to stderr"))
        self.stderr_box.setFixedHeight(self.stderr_box.fontMetrics().lineSpacing() * STDERR_LINES_SHOWN + 12)
        layout.addWidget(self.stderr_box)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add server…"))
        self.edit_button = QPushButton(tr("&Edit…"))
        self.remove_button = QPushButton(tr("&Remove"))
        self.retry_button = QPushButton(tr("Re&try"))
        self.open_button = QPushButton(tr("&Open mcp.json"))
        self.open_button.setToolTip(controller.config_path.as_posix())
        self.reload_button = QPushButton(tr("Re&load"))
        self.reload_button.setToolTip(tr("Apply mcp.json as it is now: the servers are stopped and started again"))
        for button in (self.add_button, self.edit_button, self.remove_button, self.retry_button, None,
                       self.open_button, self.reload_button):
            if button is None:
                buttons.addStretch(1)
                continue
            button.setAutoDefault(False)  # Enter must not remove or reload a server
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.note = Banner()
        layout.addWidget(self.note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.add_button.clicked.connect(lambda: self._open_form(None))
        self.edit_button.clicked.connect(lambda: self._open_form(self.selected()))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.open_button.clicked.connect(controller.open_file)
        self.reload_button.clicked.connect(self._on_reload_clicked)
        controller.tools_listed.connect(self.show_tools)
        controller.servers_listed.connect(self.show_servers)
        controller.server_changed.connect(self.show_server)
        controller.file_ready.connect(self._on_controller_file_ready)
        controller.failed.connect(self._on_controller_failed)
        self.show_tools(controller.specs)
        self.show_servers(list(controller.rows.values()))
        controller.refresh()

    @classmethod
    def open_for(cls, controller: ToolsController, parent: QWidget) -> ToolsDialog:
        """Open the dialog (non-modal) over `parent`: the chat's "Manage tools…" and File → Tools…."""
        dialog = cls(controller, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- what the controller says --------------------------------------------------------------------------------

    def show_tools(self, specs: list[ToolSpec]) -> None:
        table = self.tools_table
        table.setRowCount(len(specs))
        for row, spec in enumerate(specs):
            table.setItem(row, 0, _item(spec.name))
            table.setItem(row, 1, _item(source_label(spec)))
            table.setItem(row, 3, _item(spec.description))
            if spec.read_only:
                box = QCheckBox(tr("Always allow"))
                box.setChecked(spec.name in self._controller.always_allowed)
                box.setToolTip(tr("This tool only reads: let it run without asking"))
                box.setAccessibleName(tr("Always allow {tool}").format(tool=spec.name))
                box.toggled.connect(lambda on, name=spec.name: self._controller.set_always_allowed(name, on))
                table.setItem(row, 2, _item(""))
                table.setCellWidget(row, 2, _padded(box))
            else:
                table.removeCellWidget(row, 2)
                asks = _item(tr("Asks every time"))
                asks.setToolTip(tr("This tool can change things: every call asks you first"))
                table.setItem(row, 2, asks)
        table.resizeColumnsToContents()
        _fit_widgets(table, 2)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def show_servers(self, rows: list[ServerRow]) -> None:
        chosen = self.selected()
        table = self.servers_table
        blocked = table.blockSignals(True)
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._fill_server(index, row)
        table.blockSignals(blocked)
        names = [row.name for row in rows]
        table.selectRow(names.index(chosen.name) if chosen is not None and chosen.name in names else 0)
        table.resizeColumnsToContents()
        _fit_widgets(table, 1)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._show_details()

    def show_server(self, row: ServerRow) -> None:
        for index in range(self.servers_table.rowCount()):
            item = self.servers_table.item(index, 0)
            if item is not None and item.text() == row.name:
                self._fill_server(index, row)
                _fit_widgets(self.servers_table, 1)
                self._show_details()
                return

    def selected(self) -> ServerRow | None:
        index = self.servers_table.currentRow()
        item = self.servers_table.item(index, 0) if index >= 0 else None
        return self._controller.rows.get(item.text()) if item is not None else None

    def _fill_server(self, index: int, row: ServerRow) -> None:
        self.servers_table.setItem(index, 0, _item(row.name))
        text, tone = status_label(row)
        chip = QLabel()
        chip.setProperty("tone", tone or None)
        if not tone:
            chip.setProperty("kind", "muted")
        chip.setAccessibleName(tr("Status of {name}: {status}").format(name=row.name, status=text))
        restyle(chip)
        chip.setText(text)  # after the tone's padding is applied: a label keeps the size its text was measured at
        self.servers_table.setItem(index, 1, _item(""))
        self.servers_table.setCellWidget(index, 1, _padded(chip))
        self.servers_table.setItem(index, 2, _item(row.summary))

    def _show_details(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.remove_button, self.retry_button):
            button.setEnabled(row is not None)
        self.retry_button.setEnabled(row is not None and row.state in ("failed", "stopped"))
        failed = row is not None and row.state in ("failed", "invalid")
        self.reason.setText(row.reason if row is not None and failed else "")
        self.reason.setVisible(failed)
        tail = "\n".join(row.stderr_tail) if row is not None and failed else ""
        if self.stderr_box.toPlainText() != tail:
            self.stderr_box.setPlainText(tail)
            bar = self.stderr_box.verticalScrollBar()
            bar.setValue(bar.maximum())  # the last lines say why it stopped
        self.stderr_box.setVisible(bool(tail))

    # -- what the user does --------------------------------------------------------------------------------------

    def _open_form(self, row: ServerRow | None) -> McpServerForm:
        form = McpServerForm(row.name if row else "", row.entry if row else None, self)
        form.accepted.connect(lambda: self._on_form_accepted(form, row))
        form.open()
        return form

    def _on_form_accepted(self, form: McpServerForm, row: ServerRow | None) -> None:
        result = form.result_entry()
        if result is None:
            return
        name, entry = result
        self.note.show_message(tr("Saving {name} and starting it…").format(name=name))
        if row is None:
            self._controller.add_server(name, entry)
        else:
            self._controller.edit_server(row.name, name, entry)

    def _on_remove_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("Remove MCP server"),
                          tr('Remove "{name}" from mcp.json? Its tools leave every chat.').format(name=row.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.accepted.connect(lambda: self._controller.remove_server(row.name))
        self.confirm = box
        box.open()

    def _on_retry_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.note.show_message(tr("Starting {name}…").format(name=row.name))
            self._controller.retry(row.name)

    def _on_reload_clicked(self) -> None:
        self.note.show_message(tr("Reading mcp.json and starting its servers again…"))
        self._controller.reload()

    def _on_controller_file_ready(self, path: str) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.note.show_message(tr("No editor opened {path}; open it yourself, then press Reload.")
                                   .format(path=path), tone="warning")

    def _on_controller_failed(self, message: str) -> None:
        self.note.show_message(message, tone="danger")


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("kind", "section")
    return label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if text:
        item.setToolTip(text)
    return item


def _fit_widgets(table: QTableWidget, column: int) -> None:
    """Room for the cell widgets of `column` (resizeColumnsToContents measures items only: a chip was cut)."""
    widest = table.columnWidth(column)
    for row in range(table.rowCount()):
        widget = table.cellWidget(row, column)
        if widget is not None:
            widget.ensurePolished()  # the chip's padding comes from the stylesheet, applied at polish
            hint = widget.sizeHint()
            widest = max(widest, hint.width())
            table.setRowHeight(row, max(table.rowHeight(row), hint.height()))
    table.setColumnWidth(column, widest)


def _padded(widget: QWidget) -> QWidget:
    """A cell widget with a little room around it (a chip flush with the grid reads as part of the line)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(design.SPACE["xs"], 1, design.SPACE["xs"], 1)
    row.addWidget(widget)
    row.addStretch(1)
    return holder


def add_tools_dialog(window: Any, controller: ToolsController, chat_tools: Any = None) -> None:
    """Wire the Tools dialog to `window` (a MainWindow: its settings, save_settings, closed, chat panel, actions):
    the always-allowed tools saved with the settings and told to `chat_tools` (controllers/chat_tools.ChatTools:
    set_always_allowed, specs), the chat's tools chip refreshed when the tools change and its "Manage tools…"
    opening the dialog, a File → Tools and MCP servers… entry, and the servers stopped when the window closes."""

    def open_dialog() -> ToolsDialog:
        return ToolsDialog.open_for(controller, window)

    def saved(names: list[str]) -> None:
        window.save_settings(replace(window.settings, tools_always_allow=tuple(names)))
        if chat_tools is not None:
            chat_tools.set_always_allowed(names)

    controller.always_allowed_changed.connect(saved)
    chip = getattr(getattr(window, "chat_panel", None), "tools_chip", None)
    if chat_tools is not None:
        chat_tools.set_always_allowed(controller.always_allowed)
        if chip is not None:
            controller.tools_listed.connect(lambda _specs: chip.set_specs(chat_tools.specs()))
    manage = getattr(chip, "manage_requested", None)  # the chip's "Manage tools…" (P4's ui/tools_chip.py)
    if manage is not None:
        manage.connect(open_dialog)
    _add_menu_entry(window, open_dialog)
    window.closed.connect(controller.shutdown)


def _add_menu_entry(window: Any, open_dialog: Any) -> None:
    """File → Tools and MCP servers…, right after Connections… (the menu that holds it)."""
    try:
        connections = window.action("connections")
    except (AttributeError, KeyError):
        return
    menus = [menu for menu in connections.associatedObjects() if isinstance(menu, QMenu)]
    if not menus:
        return
    menu = menus[0]
    actions = menu.actions()
    after = actions.index(connections) + 1 if connections in actions else len(actions)
    entry = menu.addAction(tr("&Tools and MCP servers…"))
    if after < len(actions):
        menu.removeAction(entry)
        menu.insertAction(actions[after], entry)
    entry.triggered.connect(lambda _checked=False: open_dialog())
