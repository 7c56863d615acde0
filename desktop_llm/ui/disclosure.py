"""A block that folds open under its header (a reply's reasoning, a tool call): the quiet rule on the left and a
focusable, checkable header button that Space, Enter and Return toggle, as screen readers expect of a disclosure."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QToolButton, QVBoxLayout

from desktop_llm.ui import design


class DisclosureHeader(QToolButton):
    """Space toggles it as any button; Enter and Return do too (a disclosure's keys)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("thinking-header")
        self.setIconSize(QSize(design.ICON["s"], design.ICON["s"]))
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; Space toggles a QToolButton
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle()
            return
        super().keyPressEvent(event)


def disclosure_layout(frame: QFrame) -> tuple[QVBoxLayout, DisclosureHeader]:
    """Makes `frame` a disclosure block: its column, with the header (connect its `toggled`) at the top left."""
    frame.setObjectName("thinking")  # the stylesheet draws the rule on the left (QFrame#thinking)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(design.SPACE["s"], 0, 0, 0)  # the text keeps clear of the rule
    layout.setSpacing(design.SPACE["xs"] // 2)
    header = DisclosureHeader()
    layout.addWidget(header, 0, Qt.AlignmentFlag.AlignLeft)
    return layout, header
