"""The parts every page shares: its header, its empty state, a banner, an icon button. Styled by ui/design.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon

TONES = ("info", "warning", "danger", "success")


def restyle(widget: QWidget) -> None:
    """Apply the stylesheet again after a `kind`/`tone` property changed (Qt does not on its own)."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # Polishing again redraws colours but keeps the padding the widget was first polished with (a Banner first
    # polished without a tone showed its text flush against the coloured edge); only a change of the widget's own
    # style sheet makes Qt compute its box again.
    own = widget.styleSheet()
    widget.setStyleSheet(own + " ")
    widget.setStyleSheet(own)


def is_dark(widget: QWidget) -> bool:
    """Whether `widget` is drawn on a dark palette (for the few things painted by hand: charts, table colours)."""
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def page_body(page: QWidget, header: PageHeader) -> QVBoxLayout:
    """Lay `page` out as every page is: its header on top, then the layout returned here, with the same margins
    and spacing on every page."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(header)
    body = QVBoxLayout()
    body.setContentsMargins(design.SPACE["l"], design.SPACE["m"], design.SPACE["l"], design.SPACE["l"])
    body.setSpacing(design.SPACE["m"])
    outer.addLayout(body, 1)
    return body


def icon_button(name: str, tip: str, on_click: Callable[[], object] | None = None,
                parent: QWidget | None = None) -> QToolButton:
    """A flat icon button with its tooltip and accessible name (screen readers read the name, not the icon)."""
    button = QToolButton(parent)
    button.setIcon(icon(name))
    button.setIconSize(QSize(design.ICON["s"], design.ICON["s"]))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setProperty("kind", "icon")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if on_click is not None:
        button.clicked.connect(lambda _checked=False: on_click())
    return button


class Banner(QLabel):
    """A one-line message in a tone (info, warning, danger, success); hidden while it has no text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str, tone: str = "info") -> None:
        if tone not in TONES:
            raise ValueError(f"unknown tone {tone!r}")
        self.setProperty("tone", tone)
        restyle(self)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class PageHeader(QFrame):
    """A page's title, one line saying what the page is for, and room on the right for its main actions."""

    def __init__(self, title: str, subtitle: str = "", icon_name: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-header")
        row = QHBoxLayout(self)
        row.setContentsMargins(design.SPACE["l"], design.SPACE["m"], design.SPACE["l"], design.SPACE["m"])
        row.setSpacing(design.SPACE["m"])
        if icon_name is not None:
            glyph = QLabel()
            glyph.setPixmap(icon(icon_name, "accent").pixmap(design.ICON["m"] + 4, design.ICON["m"] + 4))
            row.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = QLabel(title)
        self.title.setProperty("kind", "title")
        self.title.setAccessibleName(tr("{title} page").format(title=title))
        text.addWidget(self.title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setProperty("kind", "muted")
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        text.addWidget(self.subtitle)
        row.addLayout(text, 1)
        self._actions = QHBoxLayout()  # not `actions`: that is QWidget.actions()
        self._actions.setSpacing(design.SPACE["s"])
        row.addLayout(self._actions)

    def add_action(self, widget: QWidget) -> None:
        self._actions.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)


class EmptyState(QFrame):
    """What a page shows before it has anything: an icon, a sentence, and the buttons that get it going."""

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None,
                 compact: bool = False) -> None:
        """`compact`: smaller margins and icon, for an empty state inside a page that has more to show."""
        super().__init__(parent)
        self.setObjectName("empty-state")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(self)
        margin = design.SPACE["m" if compact else "xl"]
        column.setContentsMargins(margin, margin, margin, margin)
        column.setSpacing(design.SPACE["xs" if compact else "s"])
        glyph = QLabel()
        size = design.ICON["m"] if compact else 32
        glyph.setPixmap(icon(icon_name, "accent").pixmap(size, size))
        glyph.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(glyph)
        self.title = QLabel(title)
        self.title.setProperty("kind", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.text = QLabel(text)
        self.text.setProperty("kind", "muted")
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text.setWordWrap(True)
        column.addWidget(self.text)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        column.addLayout(self.buttons)

    def sizeHint(self) -> QSize:
        """No taller than its text, but as tall as that text needs at the width it has: a narrow column wraps a
        sentence onto more lines than the hint's own width assumed (a Chinese or Japanese line was cut off)."""
        hint = super().sizeHint()
        layout = self.layout()
        if self.width() > 0 and layout is not None and layout.hasHeightForWidth():
            return QSize(hint.width(), max(hint.height(), layout.totalHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the parent asks for the hint again, at the new width

    def add_button(self, text: str, on_click: Callable[[], object], primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        if primary:
            button.setProperty("kind", "primary")
        button.clicked.connect(lambda _checked=False: on_click())
        self.buttons.insertWidget(self.buttons.count(), button)
        return button

    def finish(self) -> None:
        """Centre the buttons (call after the last add_button)."""
        self.buttons.addStretch(1)
