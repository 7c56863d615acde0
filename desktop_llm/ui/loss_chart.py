"""A live loss curve: training loss per step and validation loss at its evaluations, painted directly.

QtCharts is not part of PySide6-Essentials and pyqtgraph would add a dependency for two lines; this widget
draws axes with round ticks, both series and a legend, and repaints only when new points arrive.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_llm.controllers.i18n import number_text, tr
from desktop_llm.ui import design
from desktop_llm.ui.page_chrome import is_dark

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 16, 24, 32


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high]."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [low]
    raw = (high - low) / max(1, count)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-6:
        ticks.append(round(value, 10))
        value += step
    return ticks


def series_colors(widget: QWidget) -> tuple[QColor, QColor]:
    """Training in the accent, validation in the warning tone: both from the design system, so the two lines stay
    apart and readable on a light or a dark page (the palette is read at paint time: a theme change repaints)."""
    c = design.colors(is_dark(widget))
    return QColor(c.accent), QColor(c.warning_text)


class LossChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Loss curve"))
        self.train: list[tuple[int, float]] = []
        self.val: list[tuple[int, float]] = []
        self.total_steps = 0

    def set_data(self, train: list[tuple[int, float]], val: list[tuple[int, float]], total_steps: int) -> None:
        if train == self.train and val == self.val and total_steps == self.total_steps:
            return
        self.train, self.val, self.total_steps = list(train), list(val), total_steps
        self.setToolTip(self._summary())
        self.update()

    def _summary(self) -> str:
        parts = []
        if self.train:
            step, loss = self.train[-1]
            parts.append(tr("train loss {loss} at step {step}").format(loss=number_text(loss, 4), step=step))
        if self.val:
            step, loss = self.val[-1]
            parts.append(tr("validation loss {loss} at step {step}").format(loss=number_text(loss, 4), step=step))
        return "; ".join(parts) or tr("no points yet")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(palette.ColorRole.WindowText)
        train_color, val_color = series_colors(self)
        plot = QRectF(MARGIN_LEFT, MARGIN_TOP, self.width() - MARGIN_LEFT - MARGIN_RIGHT,
                      self.height() - MARGIN_TOP - MARGIN_BOTTOM)
        points = self.train + self.val
        if not points or plot.width() < 20 or plot.height() < 20:
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("The loss curve appears when training starts"))
            return
        values = [v for _, v in points if math.isfinite(v)]
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        if high - low < 1e-6:
            low, high = low - 0.5, high + 0.5
        pad = (high - low) * 0.05
        low, high = max(0.0, low - pad), high + pad
        x_max = max(self.total_steps, max(s for s, _ in points), 1)

        def to_point(step: int, value: float) -> QPointF:
            x = plot.left() + plot.width() * step / x_max
            y = plot.bottom() - plot.height() * (value - low) / (high - low)
            return QPointF(x, y)

        grid = QColor(text_color)
        grid.setAlpha(40)
        for tick in nice_ticks(low, high):
            y = to_point(0, tick).y()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            painter.drawText(QRectF(0, y - 8, MARGIN_LEFT - 6, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{tick:g}")
        for tick in nice_ticks(0, x_max):
            x = to_point(int(tick), low).x()
            painter.drawText(QRectF(x - 30, plot.bottom() + 4, 60, 16), Qt.AlignmentFlag.AlignHCenter, f"{tick:g}")
        painter.drawText(QRectF(plot.left(), self.height() - 14, plot.width(), 14), Qt.AlignmentFlag.AlignHCenter, tr("step"))
        painter.setPen(QPen(text_color, 1))
        painter.drawRect(plot)
        for series, color, label, column in ((self.train, train_color, tr("train loss"), 0),
                                              (self.val, val_color, tr("validation"), 1)):
            if not series:
                continue
            path = QPainterPath(to_point(*series[0]))
            for step, value in series[1:]:
                path.lineTo(to_point(step, value))
            painter.setPen(QPen(color, 2))
            painter.drawPath(path)
            if len(series) < 60:
                painter.setBrush(color)
                for step, value in series:
                    painter.drawEllipse(to_point(step, value), 2.5, 2.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            legend_x = plot.left() + 8 + column * 110
            painter.drawLine(QPointF(legend_x, 12), QPointF(legend_x + 18, 12))
            painter.setPen(text_color)
            painter.drawText(QPointF(legend_x + 22, 16), label)
