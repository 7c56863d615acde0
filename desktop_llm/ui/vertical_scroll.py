"""A scroll area that only ever scrolls vertically: it asks its container (a dock, a splitter) for at least its
content's minimum width, so a narrow container never cuts a field mid-word behind a horizontal scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class VerticalScrollArea(QScrollArea):
    """GUI thread only. Holds `content` at the viewport's width (never narrower than the content's minimum);
    its own minimum width is that minimum plus the vertical scroll bar, kept in step as the content changes
    (a section folded open, a longer label, a font change)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        hint = super().minimumSizeHint()
        if content is None:
            return hint
        width = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
        return QSize(width + self._chrome_width(), hint.height())

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = super().sizeHint()
        if content is None:
            return hint
        width = max(content.sizeHint().width() + self._chrome_width(), self.minimumSizeHint().width())
        return QSize(width, hint.height())

    def _chrome_width(self) -> int:
        """What the area takes beside its content: the frame, margins, and the vertical scroll bar, whose room is
        reserved even while it is hidden, so it showing up later (the content grew taller) takes no width from
        the content."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        margins = self.viewportMargins()
        return bar + 2 * self.frameWidth() + margins.left() + margins.right()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange,
                                                         QEvent.Type.StyleChange):
            self.updateGeometry()  # the container asks minimumSizeHint again
        return super().eventFilter(watched, event)
