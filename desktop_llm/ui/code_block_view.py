"""A fenced code block in a reply: its language, a copy button, and the highlighted code (issue 15).

Long lines scroll sideways inside the block (a scroll bar of its own) instead of wrapping or widening the
conversation; the block takes no width from its text, so the page never scrolls sideways because of it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon
from desktop_llm.ui.page_chrome import icon_button

COPIED_FOR_MS = 1500


def show_copied(button: QToolButton, tip: str) -> None:
    """A copy button's feedback: a check mark and "Copied" for a moment, then its own icon and tooltip again."""
    button.setIcon(icon("check", "accent"))
    button.setToolTip(tr("Copied"))

    def restore() -> None:
        button.setIcon(icon("copy"))
        button.setToolTip(tip)

    QTimer.singleShot(COPIED_FOR_MS, button, restore)


class CodeText(QTextBrowser):
    """The code itself: never wrapped, as tall as its lines (plus the sideways scroll bar when one is needed);
    a vertical wheel goes on to the conversation, a sideways one scrolls the code. GUI thread only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)  # the block's background shows through
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(self.font().pointSizeF() * design.TYPE["small"], 6.0))
        self.setFont(font)
        self.document().setDocumentMargin(design.SPACE["m"])
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.horizontalScrollBar().rangeChanged.connect(self._fit_height)

    def _fit_height(self) -> None:
        document = self.document()
        height = math.ceil(document.size().height()) + 2 * self.frameWidth()
        if document.size().width() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if abs(delta.x()) > abs(delta.y()):
            super().wheelEvent(event)
        else:
            event.ignore()  # up and down belong to the conversation around it


class CodeBlockView(QFrame):
    """One code block: a header (language, copy) over the highlighted code. GUI thread only."""

    copied = Signal(str)  # the code that went to the clipboard

    def __init__(self, code: str, language: str, code_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code-block")
        self.setAccessibleName(tr("{language} code").format(language=language) if language else tr("Code"))
        self.code = code
        self.language = language
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        header = QFrame()
        header.setObjectName("code-block-header")
        row = QHBoxLayout(header)
        row.setContentsMargins(design.SPACE["m"], design.SPACE["xs"] // 2, design.SPACE["xs"], design.SPACE["xs"] // 2)
        self.language_label = QLabel(language or tr("code"))
        self.language_label.setProperty("kind", "muted")
        self.language_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.language_label)
        row.addStretch(1)
        self.copy_button = icon_button(name="copy", tip=tr("Copy code"), on_click=self._on_copy_button_clicked)
        row.addWidget(self.copy_button)
        column.addWidget(header)
        self.text = CodeText()
        self.text.setAccessibleName(self.accessibleName())
        self.text.setHtml(code_html)
        column.addWidget(self.text)

    def focus_widgets(self) -> list[QWidget]:
        """Its keyboard stops in reading order (the message puts them in its Tab order)."""
        return [self.copy_button, self.text]

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        show_copied(self.copy_button, tr("Copy code"))
        self.copied.emit(self.code)
