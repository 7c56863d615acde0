"""The passages a search on the Knowledge page found, each a card: the file's name and its place (page, heading
path) on the header line with the scores small and muted beside it, then the passage as plain readable text
(markdown syntax taken out, the headings the header already shows left out) cut to a few lines; the whole passage
in the tooltip. A click, Enter or Space opens the passage in its file's context (ui/passage_dialog.py, as the
chat's sources do: ui/sources_view.py)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_llm.controllers.i18n import number_text, tr
from desktop_llm.core.knowledge_types import Passage
from desktop_llm.core.sources_meta import Source
from desktop_llm.ui import design
from desktop_llm.ui.knowledge_items import ItemIndex, paint_row_background, small_font, style_list, theme_colors, wrapped
from desktop_llm.ui.passage_dialog import OpenPassage, PassageDialog, place_text

PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 2  # the Passage a card shows
CARD_LINES = 3  # lines of the passage on a card; the tooltip and the dialog have all of it
TOOLTIP_CHARS = 1500

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: their text
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"</?[A-Za-z][^>]{0,200}>"), ""),  # stray HTML tags
)


def plain_passage(text: str, heading: tuple[str, ...] = ()) -> str:
    """The passage as readable text: headings, emphasis, links, code marks, quotes and table rules of markdown
    taken out (a bullet kept as "•"); the heading lines at its start that `heading` (the card's header) already
    names left out. Paragraphs stay separated by a blank line."""
    lines: list[str] = []
    in_fence = False
    leading = True
    for raw in text.splitlines():
        line = raw.rstrip()
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            lines.append(line)
            continue
        if match := _HEADING.match(line):
            if leading and match.group(1) in heading:
                continue
            line = match.group(1)
        if _TABLE_RULE.match(line) and "-" in line:
            continue
        if line.strip():
            leading = False
        line = re.sub(r"^\s*>\s?", "", line)
        line = re.sub(r"^(\s*)[-*+]\s+", r"\1• ", line)
        if line.lstrip().startswith("|"):
            line = " · ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        for pattern, replacement in _INLINE:
            line = pattern.sub(replacement, line)
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def score_text(passage: Passage) -> str:
    """"score 0.016 · rerank 0.93" (the reranker's own scale: its order is what counts)."""
    score = tr("score {score}").format(score=number_text(passage.score, 3))
    if passage.rerank_score is not None:
        score += " · " + tr("rerank score {score}").format(score=number_text(passage.rerank_score, 3))
    return score


def source_of(passage: Passage, number: int) -> Source:
    """The passage as the passage dialog takes it (a chat's source, numbered as the search listed it)."""
    place = passage.place
    return Source(n=number, collection=passage.collection, path=passage.path, text=passage.text, page=place.page,
                  heading=place.heading, start=place.start, end=place.end, score=passage.score,
                  chunk_id=passage.chunk_id)


def _tooltip(passage: Passage, text: str) -> str:
    shown = text if len(text) <= TOOLTIP_CHARS else text[:TOOLTIP_CHARS - 1] + "…"
    body = "<br>".join(html.escape(line) for line in shown.splitlines())
    return f"<p><b>{html.escape(passage.path)}</b></p><p>{body}</p>"


class _CardDelegate(QStyledItemDelegate):
    """A card: the header line (file name in the body font, semibold; its place muted; the scores small and muted
    on the right), then up to CARD_LINES lines of the passage; a border in the design system's colour."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _width(self) -> int:
        return self._view.viewport().width() - 2 * design.SPACE["m"] - 2 * self._view.spacing() - 2

    def _body(self, option: QStyleOptionViewItem, index: ItemIndex) -> list[str]:
        return wrapped(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), option.font, self._width(), CARD_LINES)

    def sizeHint(self, option: QStyleOptionViewItem, index: ItemIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        lines = max(1, len(self._body(option, index)))
        return QSize(max(1, self._width()), line * (1 + lines) + design.SPACE["xs"] + 2 * design.SPACE["m"])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ItemIndex) -> None:
        passage = index.data(PASSAGE_ROLE)
        if not isinstance(passage, Passage):
            return
        space, palette = design.SPACE, option.palette
        painter.save()
        rect = option.rect.adjusted(1, 1, -1, -1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(theme_colors().border))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, design.RADIUS["m"], design.RADIUS["m"])
        paint_row_background(painter, option, rect)
        inner = rect.adjusted(space["m"], space["m"], -space["m"], -space["m"])
        line = QFontMetrics(option.font).height()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        small = small_font(option.font)
        scores = score_text(passage)
        painter.setFont(small)  # measured with the painter's own metrics: those it draws with
        scores_width = min(painter.fontMetrics().horizontalAdvance(scores) + 2, inner.width() // 3)
        header = QRect(inner.left(), inner.top(), inner.width() - scores_width - space["s"], line)
        name_font = QFont(option.font)
        name_font.setWeight(QFont.Weight.DemiBold)
        name = QFontMetrics(name_font).elidedText(Path(passage.path).name, Qt.TextElideMode.ElideMiddle,
                                                  header.width())
        painter.setFont(name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        name_width = QFontMetrics(name_font).horizontalAdvance(name) + space["s"]
        painter.setFont(small)
        painter.setPen(muted)
        place = place_text(source_of(passage, 1))
        if place and header.width() - name_width > space["xl"]:
            painter.drawText(header.adjusted(name_width, 0, 0, 0), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignVCenter, painter.fontMetrics().elidedText(
                                 place, Qt.TextElideMode.ElideRight, header.width() - name_width))
        painter.drawText(QRect(inner.right() - scores_width + 1, inner.top(), scores_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(scores, Qt.TextElideMode.ElideRight, scores_width))
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        y = inner.top() + line + space["xs"]
        for text in self._body(option, index):
            painter.drawText(QRect(inner.left(), y, inner.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += line
        painter.restore()


class PassageList(QListWidget):
    """GUI thread only. The cards of one search; `opened` with the passage's number when one is opened."""

    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_list(self, _CardDelegate(self), "knowledge-passages")
        self.setSpacing(design.SPACE["xs"])
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._passage = OpenPassage()
        self.clicked.connect(lambda index: self.open_passage(index.row()))

    def show_passages(self, passages: list[Passage]) -> None:
        self.clear()
        for number, passage in enumerate(passages, 1):
            text = plain_passage(passage.text, passage.place.heading)
            item = QListWidgetItem(text)
            item.setData(PASSAGE_ROLE, passage)
            item.setToolTip(_tooltip(passage, text))
            place = place_text(source_of(passage, number))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, tr("Passage {n}: {name}").format(
                n=number, name=" · ".join(part for part in (Path(passage.path).name, place) if part)))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, score_text(passage) + ". " + text[:400])
            self.addItem(item)

    def passage(self, row: int) -> Passage | None:
        item = self.item(row)
        value = item.data(PASSAGE_ROLE) if item is not None else None
        return value if isinstance(value, Passage) else None

    def open_passage(self, row: int) -> PassageDialog | None:
        """The passage in its file's context, in a window of its own (not modal), as a chat's source opens."""
        passage = self.passage(row)
        if passage is None:
            return None
        dialog = self._passage.open(source_of(passage, row + 1), self.window(), cited=False)
        self.opened.emit(row + 1)
        return dialog

    @property
    def dialog(self) -> PassageDialog | None:
        return self._passage.dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentRow() >= 0:
            self.open_passage(self.currentRow())
            return
        super().keyPressEvent(event)
