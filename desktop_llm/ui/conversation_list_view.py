"""The sidebar's list of conversations with date section headers (Today, Yesterday, Previous 7 days, Older).

A header is drawn in a band above the first conversation of its group, not stored as a row: the list model stays
one row per conversation (the rows the chat's change records move, issue 19 item 6), so a header can never be
selected, keyboard navigation never stops on one, and a click on it selects nothing (`visualRect` leaves the
band out, and Qt's `indexAt` asks `visualRect`).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.date_groups import date_group
from desktop_llm.ui import design

_Index = QModelIndex | QPersistentModelIndex


class ConversationListView(QListView):
    """GUI thread only. `updated_at(row)` gives a row's last-updated time (seconds since the epoch); `clock` is
    the time the groups are measured from."""

    def __init__(self, updated_at: Callable[[int], float | None], clock: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updated_at = updated_at
        self._clock = clock
        self.setObjectName("conversations")
        self.setItemDelegate(_BandDelegate(self))
        # "Today" becomes "Yesterday" at midnight with the app open: look again now and then.
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.relayout)
        self._tick.start(10 * 60 * 1000)

    def header_for(self, row: int) -> str:
        """The section header drawn above `row`: its group when it starts one (in the user's language), else ""."""
        when = self._updated_at(row)
        if when is None:
            return ""
        now = self._clock()
        group = date_group(when, now)
        before = self._updated_at(row - 1) if row > 0 else None
        if before is not None and date_group(before, now) == group:
            return ""
        return {"Today": tr("Today"), "Yesterday": tr("Yesterday"), "Previous 7 days": tr("Previous 7 days"),
                "Older": tr("Older")}.get(group, group)

    def band_height(self) -> int:
        return QFontMetrics(self._header_font()).height() + design.SPACE["l"]

    def relayout(self) -> None:
        """Lay the rows out again (a row's band comes or goes when rows move between groups)."""
        delegate = self.itemDelegate()
        model = self.model()
        if isinstance(delegate, _BandDelegate) and model is not None and model.rowCount() > 0:
            delegate.sizeHintChanged.emit(model.index(0, 0))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.modelReset, model.layoutChanged,
                       model.dataChanged):
            signal.connect(self.relayout)

    def visualRect(self, index: _Index) -> QRect:
        rect = super().visualRect(index)
        if rect.isValid() and index.isValid() and self.header_for(index.row()):
            rect.setTop(rect.top() + self.band_height())
        return rect

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None:
            return
        painter = QPainter(self.viewport())
        painter.setFont(self._header_font())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))  # the design system's muted text
        band = self.band_height()
        for row in range(model.rowCount()):
            header = self.header_for(row)
            if not header:
                continue
            item = self.visualRect(model.index(row, 0))
            area = QRect(item.left() + design.SPACE["s"], item.top() - band, item.width() - design.SPACE["s"], band)
            if area.intersects(event.rect()):
                painter.drawText(area.adjusted(0, 0, 0, -design.SPACE["xs"]),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, header)
        painter.end()

    def _header_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * design.TYPE["small"])
        font.setWeight(QFont.Weight.DemiBold)
        return font


class _BandDelegate(QStyledItemDelegate):
    """Rows that start a group are taller by the header's band; the view paints the header into it."""

    def __init__(self, view: ConversationListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        if self._view.header_for(index.row()):
            size.setHeight(size.height() + self._view.band_height())
        return size
