"""The chat's composer: a rounded box whose text field grows with what is typed, with Send inside it that turns
into Stop while a reply is written (issue 15, "Chat")."""

from __future__ import annotations

import math
import os

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QResizeEvent, QTextLayout
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPlainTextEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon

MAX_LINES = 8  # past this the field scrolls instead of pushing the conversation up


def local_files(mime: QMimeData) -> list[str]:
    """The local files (not folders) a drag carries."""
    urls = mime.urls() if mime.hasUrls() else []
    return [path for u in urls if u.isLocalFile() and os.path.isfile(path := u.toLocalFile())]


class GrowingTextEdit(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line; as tall as its text from one line up to MAX_LINES, then it
    scrolls. GUI thread only."""

    submitted = Signal()  # Enter pressed (the text is read from the field)
    files_dropped = Signal(list)  # list[str]: local files dropped on the field, while `takes_files`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.takes_files = False  # a dropped file goes to the chat (files_dropped), not its path into the text
        # Tab leaves the field (keyboard users reach Send and the rest); a tab character is rarely wanted in chat.
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The plain-text layout reports its height in lines, wrapped lines included, and says when that changes
        # (typing, pasting, or a narrower window re-wrapping the text).
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.takes_files and local_files(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.takes_files and local_files(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData()) if self.takes_files else []
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
            return
        super().dropEvent(event)

    def visible_lines(self) -> int:
        """The lines the field is tall enough to show now (1 to MAX_LINES)."""
        return max(1, min(MAX_LINES, math.ceil(self.document().documentLayout().documentSize().height())))

    def height_for_lines(self, lines: int) -> int:
        margins = self.contentsMargins()
        chrome = 2 * self.frameWidth() + margins.top() + margins.bottom()
        text = lines * self.line_height() + 2 * self.document().documentMargin()
        return math.ceil(text + chrome)

    def line_height(self) -> int:
        """A line as tall as it is drawn: Chinese or Japanese comes from a fallback font whose lines can be taller
        than the UI font's (QFontMetrics knows only the UI font; a text layout merges the fallbacks)."""
        layout = QTextLayout("Ag中文あ한" + self.placeholderText(), self.font())
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        return max(self.fontMetrics().lineSpacing(), math.ceil(line.height()))

    def _fit(self) -> None:
        lines = math.ceil(self.document().documentLayout().documentSize().height())
        # Up to MAX_LINES the field shows every line, so a scroll bar would only take room (QPlainTextEdit counts
        # its range in lines and offers one even when the last line fits exactly).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if lines > MAX_LINES
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = self.height_for_lines(self.visible_lines())
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        self._fit()  # a font change (system font size, a theme's stylesheet) changes the line height


def _round_button(name: str, tip: str, accessible: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(name, "on-accent"))
    button.setIconSize(QSize(design.ICON["s"], design.ICON["s"]))
    button.setProperty("kind", "send")
    button.setToolTip(tip)
    button.setAccessibleName(accessible)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ComposerView(QFrame):
    """The rounded box (QFrame#composer): the text field and, at its lower right, Send or, while a reply is
    written, Stop. GUI thread only."""

    send_clicked = Signal()  # Send clicked or Enter pressed (the text is in `editor`)
    stop_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        row = QHBoxLayout(self)
        s = design.SPACE
        row.setContentsMargins(s["m"], s["s"], s["s"], s["s"])
        row.setSpacing(s["s"])
        self.editor = GrowingTextEdit()
        self.editor.setPlaceholderText(tr("Message the model (Shift+Enter: new line)"))
        self.editor.setAccessibleName(tr("Message"))
        self.editor.setAccessibleDescription(tr("Enter sends; Shift+Enter starts a new line"))
        self.editor.submitted.connect(self.send_clicked)
        row.addWidget(self.editor, 1, Qt.AlignmentFlag.AlignVCenter)
        buttons = QVBoxLayout()
        buttons.addStretch(1)  # the button stays at the bottom as the text grows, where the eye ends a message
        self.send_button = _round_button("send", tr("Send (Enter)"), tr("Send"))
        self.send_button.clicked.connect(self.send_clicked)
        self.stop_button = _round_button("square", tr("Stop the reply (Esc)"), tr("Stop"))
        self.stop_button.clicked.connect(self.stop_clicked)
        for button in (self.send_button, self.stop_button):
            buttons.addWidget(button)
        row.addLayout(buttons)
        self._busy = False
        self.editor.textChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        """While a reply is written Stop takes Send's place."""
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        # Send is off for an empty message as well, so it reads as "nothing to send yet".
        self.send_button.setEnabled(not self._busy and bool(self.editor.toPlainText().strip()))
        self.send_button.setVisible(not self._busy)
        self.stop_button.setEnabled(self._busy)
        self.stop_button.setVisible(self._busy)
