"""Every GGUF key/value of a model (long arrays summarised) and its chat template, as plain text."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import error_text, number_text, size_text, tr
from desktop_llm.core.gguf_header import ArraySummary, GGUFFormatError, read_file_header
from desktop_llm.core.model_info import ModelInfo

MAX_KEY_WIDTH = 420


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as it is: Qt renders a tooltip that looks like HTML as HTML, and GGUF keys and
    values come from the file (untrusted)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


class ModelInspectorDialog(QDialog):
    """GUI thread only. Values are set as QTableWidgetItem text: never interpreted as HTML."""

    def __init__(self, info: ModelInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Model: {name}").format(name=info.name))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        summary = QLabel()
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setText(info.path + "\n" + tr("{size} · {architecture} · {parameters} parameters · {quantization}").format(
            size=size_text(info.size_bytes), architecture=info.architecture, parameters=info.parameter_label,
            quantization=info.quantization))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        tabs = QTabWidget()
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Key"), tr("Value")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.template = QPlainTextEdit()
        self.template.setReadOnly(True)
        # A template is code: its indentation and {%- -%} markers read only in a fixed-width font.
        self.template.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.template.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        tabs.addTab(self.table, tr("Metadata"))
        tabs.addTab(self.template, tr("Chat template"))
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(info)

    def _fill(self, info: ModelInfo) -> None:
        try:
            header = read_file_header(info.path, require_complete=not info.parts)
        except (GGUFFormatError, OSError) as exc:
            self.table.setRowCount(1)
            self.table.setItem(0, 0, QTableWidgetItem(tr("error")))
            self.table.setItem(0, 1, QTableWidgetItem(error_text(exc)))
            return
        items = [(k, v) for k, v in header.metadata.items() if k != "tokenizer.chat_template"]
        items.append(("tensors", tr("{tensors} ({parameters} parameters)").format(
            tensors=number_text(len(header.tensors)), parameters=number_text(header.parameter_count))))
        self.table.setRowCount(len(items))
        for row, (key, value) in enumerate(items):
            text = str(value) if isinstance(value, ArraySummary) else repr(value) if not isinstance(value, str) else value
            key_item, value_item = QTableWidgetItem(key), QTableWidgetItem(text[:2000])
            key_item.setToolTip(plain_tooltip(key))  # the full name when the dialog is too narrow for it
            value_item.setToolTip(plain_tooltip(text[:1000]))
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, value_item)
        # Keys run to 40+ characters (tokenizer.ggml.pre, general.quantization_version): the column fits them
        # instead of Qt's default 100 px, up to a bound a hostile key cannot push past; the tooltip has the rest.
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0) + 12, MAX_KEY_WIDTH))
        self.template.setPlainText(header.chat_template or tr("(this model has no chat template: ChatML is used)"))

