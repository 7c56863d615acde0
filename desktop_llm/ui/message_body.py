"""A message's text widget: exactly as tall as its text at the width it gets (shared by messages and the
Thinking block); the reading column a message sits in, and the bubble of a user's turn."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QTextBlockFormat, QTextCursor, QTextOption, QWheelEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from desktop_llm.ui import design


class MessageBody(QTextBrowser):
    """A message's text, exactly as tall as the text is at the width the message gets; GUI thread only.

    It replaced a word-wrapped QLabel (issue 20, items 1-2): a QLabel reports a minimum height worked out for
    a narrower width than it is given, so long replies made the conversation's scroll range run far past the
    last message and auto-scroll landed on empty space; and a QLabel never breaks a word, so one long URL
    widened every message past the view. This wraps at its own width, anywhere when a word does not fit
    (code blocks too), takes no width from its text, and never scrolls itself: the conversation scrolls.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # links in model output are untrusted: never follow or open them on a click
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.viewport().setAutoFillBackground(False)  # the message's own background shows through
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def set_plain(self, text: str) -> None:
        self.setPlainText(text)

    def set_rich(self, html_text: str) -> None:
        self.setHtml(html_text)
        self._let_code_wrap()

    def append_plain(self, text: str) -> None:
        """Streaming: insert at the end instead of setting the whole text again at every chunk."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)

    def _let_code_wrap(self) -> None:
        # Qt lays out <pre> as lines that never break; a long code line would widen the message like a URL did.
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().nonBreakableLines():
                cursor = QTextCursor(block)
                wrapping = QTextBlockFormat()
                wrapping.setNonBreakableLines(False)
                cursor.mergeBlockFormat(wrapping)
            block = block.next()

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        height = math.ceil(self.document().size().height()) + margins.top() + margins.bottom()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # it never scrolls: the wheel belongs to the conversation around it


class MessageColumn(QWidget):
    """A message's column: as wide as the conversation up to the reading width (design.CHAT_COLUMN_MAX); tells
    its owner its width, which sizes the user's bubble. GUI thread only."""

    def __init__(self, on_resized: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMaximumWidth(design.CHAT_COLUMN_MAX)
        self._on_resized = on_resized

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._on_resized(event.size().width())


class UserBubble(QFrame):
    """The user's turn (QFrame#message-user): as wide as its longest line up to its maximum width, so a short
    question is a small bubble and a long one wraps inside it. GUI thread only."""

    def __init__(self, body: MessageBody, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message-user")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._body = body
        self._natural = 0
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(design.SPACE["m"], design.SPACE["s"], design.SPACE["m"], design.SPACE["s"])
        self._layout.addWidget(body)

    def text_changed(self, text: str) -> None:
        metrics = self._body.fontMetrics()
        widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        # the document's margins on both sides, and the few pixels the text layout rounds up
        self._natural = math.ceil(widest + 2 * self._body.document().documentMargin()) + 4
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        margins = self._layout.contentsMargins()
        width = self._natural + margins.left() + margins.right() + 2 * self.frameWidth()
        return QSize(width, super().sizeHint().height())
