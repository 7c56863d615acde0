"""The Knowledge page's lists drawn as the rest of the app draws its lists (the conversation list, the model
picker): a row is a title in the body font and a muted second line under it, an optional Lucide icon before them,
the selection in the design system's tint (ui/design.py) rather than a solid accent block. Used for the collections,
the folders and files of one, and the files that could not be read (the file's name once, the reason under it).

Rows are plain QListWidget items (keyboard navigation, selection and the accessibility tree stay Qt's own); the
delegate only paints them: `DETAIL_ROLE` holds the second line, the item's text the title."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QResizeEvent, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_llm.ui import design

ItemIndex = QModelIndex | QPersistentModelIndex
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # the muted second line of a row


def theme_colors() -> design.Colors:
    """The design system's colours for the theme in use (the application's palette: a style sheet hands item
    views a palette of their own)."""
    app = QApplication.palette()
    dark = app.color(QPalette.ColorRole.Window).lightness() < app.color(QPalette.ColorRole.WindowText).lightness()
    return design.colors(dark)


def small_font(font: QFont, weight: QFont.Weight | None = None) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * design.TYPE["small"])
    if weight is not None:
        small.setWeight(weight)
    return small


def wrapped(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """`text` broken into lines that fit `width` in `font`, at most `max_lines`, the last one elided with "…"
    when the text goes on (a long word is broken where it must: no line is ever wider than `width`)."""
    text = " ".join(text.split())
    if not text or width <= 0:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart(): line.textStart() + line.textLength()].rstrip())
        if len(lines) == max_lines and line.textStart() + line.textLength() < len(text):
            rest = text[line.textStart():]
            lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    layout.endLayout()
    return lines


def paint_row_background(painter: QPainter, option: QStyleOptionViewItem, rect: QRect) -> None:
    """The selection tint or the hover colour, rounded, as the conversation list and the model picker draw them;
    a focus ring in the accent where the keyboard is."""
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
    colors = theme_colors()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if selected or hovered:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.user_turn if selected else colors.surface_alt))
        painter.drawRoundedRect(rect, design.RADIUS["s"], design.RADIUS["s"])
    if option.state & QStyle.StateFlag.State_HasFocus and option.state & QStyle.StateFlag.State_Active:
        painter.setPen(QColor(colors.accent))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), design.RADIUS["s"], design.RADIUS["s"])


class TwoLineDelegate(QStyledItemDelegate):
    """A row: [icon] title (wrapped to `title_lines`) and the muted second line (wrapped to `detail_lines`)."""

    def __init__(self, view: QListView, title_lines: int = 2, detail_lines: int = 2, bold_title: bool = False,
                 icon_size: int = 0) -> None:
        super().__init__(view)
        self._view = view
        self._title_lines, self._detail_lines = title_lines, detail_lines
        self._bold, self._icon = bold_title, icon_size

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        if self._bold:
            title.setWeight(QFont.Weight.DemiBold)
        return title, small_font(option.font)

    def _text_width(self) -> int:
        space = design.SPACE
        return self._view.viewport().width() - 2 * space["s"] - (self._icon + space["s"] if self._icon else 0) - 2

    def _lines(self, option: QStyleOptionViewItem, index: ItemIndex) -> tuple[list[str], list[str]]:
        title_font, detail_font = self._fonts(option)
        width = self._text_width()
        title = wrapped(str(index.data() or ""), title_font, width, self._title_lines)
        detail = wrapped(str(index.data(DETAIL_ROLE) or ""), detail_font, width, self._detail_lines)
        return title, detail

    def sizeHint(self, option: QStyleOptionViewItem, index: ItemIndex) -> QSize:
        title_font, detail_font = self._fonts(option)
        title, detail = self._lines(option, index)
        height = (QFontMetrics(title_font).height() * max(1, len(title))
                  + QFontMetrics(detail_font).height() * len(detail))
        return QSize(max(1, self._text_width()), max(height, self._icon) + 2 * design.SPACE["s"])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ItemIndex) -> None:
        space = design.SPACE
        painter.save()
        rect = option.rect.adjusted(1, 1, -1, -1)
        paint_row_background(painter, option, rect)
        inner = rect.adjusted(space["s"], space["s"], -space["s"], -space["s"])
        left = inner.left()
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        if self._icon and isinstance(decoration, QIcon):
            decoration.paint(painter, QRect(left, inner.top(), self._icon, self._icon))
            left += self._icon + space["s"]
        title_font, detail_font = self._fonts(option)
        title, detail = self._lines(option, index)
        y = inner.top()
        palette = option.palette
        for font, lines, color in ((title_font, title, palette.color(QPalette.ColorRole.Text)),
                                   (detail_font, detail, palette.color(QPalette.ColorRole.PlaceholderText))):
            painter.setFont(font)
            painter.setPen(color)
            height = QFontMetrics(font).height()
            for line in lines:
                painter.drawText(QRect(left, y, inner.right() - left + 1, height),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
                y += height
        painter.restore()


def style_list(view: QListWidget, delegate: QStyledItemDelegate, name: str) -> None:
    """A list drawn by `delegate`: rows as tall as their text at the list's width (laid out again on a resize),
    never scrolled sideways, hover shown."""
    view.setObjectName(name)
    view.setItemDelegate(delegate)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setMouseTracking(True)  # the hover colour
    view.setSpacing(1)


class FittedList(QListWidget):
    """A list as tall as its first `max_rows` rows (scrolling past them), so a short list leaves no empty box; the
    height is measured again when the width changes (rows wrap) and after `refit` (rows changed)."""

    def __init__(self, max_rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_rows = max_rows

    def refit(self) -> None:
        rows = min(self.count(), self._max_rows)
        height = sum(self.sizeHintForRow(i) + 2 * self.spacing() for i in range(rows))
        self.setFixedHeight(max(height, self.fontMetrics().height()) + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.refit()
