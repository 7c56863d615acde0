"""Editing a question in place: the message's text in a field with Cancel and Save & send (a new version)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design


class MessageEditor(QFrame):
    """GUI thread only. Esc cancels, Ctrl+Enter sends; the field is as tall as the text (up to ten lines)."""

    submitted = Signal(str)  # the edited text
    cancelled = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")  # the same rounded field as the composer below
        column = QVBoxLayout(self)
        column.setContentsMargins(design.SPACE["s"], design.SPACE["s"], design.SPACE["s"], design.SPACE["s"])
        self.box = QPlainTextEdit(text)
        self.box.setAccessibleName(tr("Edit message"))
        lines = max(2, min(10, text.count("\n") + 2))
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * lines + 2 * design.SPACE["s"])
        column.addWidget(self.box)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Keep the message as it was (Esc)"))
        self.send_button = QPushButton(tr("Save && send"))
        self.send_button.setProperty("kind", "primary")
        self.send_button.setToolTip(tr("Send the edited message as a new version (Ctrl+Enter)"))
        row.addWidget(self.cancel_button)
        row.addWidget(self.send_button)
        column.addLayout(row)
        self.cancel_button.clicked.connect(self.cancelled)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keys in the field itself, not window shortcuts: the chat's own Esc (stop the reply) stays as it is
        # everywhere else, and only the field being edited reacts.
        if watched is not self.box or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        escape = event.key() == Qt.Key.Key_Escape
        send = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
            event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.type() == QEvent.Type.ShortcutOverride and (escape or send):
            event.accept()  # the key comes to the field (the window's Esc would stop a reply instead)
            return True
        if event.type() == QEvent.Type.KeyPress and escape:
            self.cancelled.emit()
            return True
        if event.type() == QEvent.Type.KeyPress and send:
            self._on_send_button_clicked()
            return True
        return super().eventFilter(watched, event)

    def _on_send_button_clicked(self) -> None:
        self.submitted.emit(self.box.toPlainText())
