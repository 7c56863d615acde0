"""The model picker's popup: a search field that filters as you type, the models (name, size, quantization, a fit
badge, the current one checked), the connections' models under their headers, and a way to Discover.

It shows the rows of the picker's combo box model through a filter, so the popup and the combo can never
disagree about what is listed or chosen."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon

NameRole = Qt.ItemDataRole.UserRole + 10  # the model's name (a connection's model: its id)
DetailRole = Qt.ItemDataRole.UserRole + 11  # "1.7B · Q4_K_M · 1.1 GB", or the connection's name
FitRole = Qt.ItemDataRole.UserRole + 12  # "fits" | "tight" | "too big" | "" (unknown, a connection's model)
_FIT_TONES = {"fits": ("success_bg", "success_text"), "tight": ("warning_bg", "warning_text"),
              "too big": ("danger_bg", "danger_text")}
_Index = QModelIndex | QPersistentModelIndex


class _Filter(QSortFilterProxyModel):
    """The combo's rows without its separators; while searching, only the models whose label holds every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_words(self, text: str) -> None:
        self.beginFilterChange()  # Qt 6.10's pair; invalidateFilter() is deprecated
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "separator":
            return False
        if not self._words:
            return True
        if not index.flags() & Qt.ItemFlag.ItemIsSelectable:
            return False  # a connection's header: its models, when they match, say which connection they are on
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").lower()
        return all(word in text for word in self._words)


class ModelPickerPopup(QFrame):
    """GUI thread only. Opened under the picker's combo by `open_under`; `row_picked` carries the combo's row."""

    row_picked = Signal(int)  # the combo row the user chose (Enter, a click)
    discover_requested = Signal()  # none: "Find more models in Discover"

    def __init__(self, combo: QComboBox, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("model-popup")
        self.setAccessibleName(tr("Choose a model"))
        self._combo = combo
        column = QVBoxLayout(self)
        space = design.SPACE
        column.setContentsMargins(space["s"], space["s"], space["s"], space["s"])
        column.setSpacing(space["s"])
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search models"))
        self.search.setAccessibleName(tr("Search models"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(QAction(icon("search"), "", self.search), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)
        column.addWidget(self.search)
        self.filter = _Filter(self)
        self.filter.setSourceModel(combo.model())
        self.list = QListView()
        self.list.setObjectName("model-list")
        self.list.setAccessibleName(tr("Models"))
        self.list.setModel(self.filter)
        self.list.setItemDelegate(_ModelDelegate(combo, self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys go to the search field, which passes them on
        self.list.clicked.connect(self._pick)
        self.list.activated.connect(self._pick)
        column.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setProperty("kind", "muted")
        self.empty.setWordWrap(True)
        self.empty.hide()
        column.addWidget(self.empty)
        self.discover_button = QPushButton(icon("compass", "accent"), tr("Find more models in Discover"))
        self.discover_button.setObjectName("popup-link")
        self.discover_button.setFlat(True)
        self.discover_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.discover_button.setAccessibleName(tr("Find more models in Discover"))
        self.discover_button.clicked.connect(self._on_discover_clicked)
        column.addWidget(self.discover_button)

    def open_under(self, anchor: QWidget) -> None:
        self.search.clear()
        self._select_row(self._combo.currentIndex())
        # As tall as its rows, up to nine of them; more scroll.
        shown = sum(self.list.sizeHintForRow(row) for row in range(min(9, self.filter.rowCount())))
        self.list.setFixedHeight(max(shown, QFontMetrics(self.font()).height() * 3) + 2 * self.list.frameWidth())
        width = max(anchor.width(), QFontMetrics(self.font()).averageCharWidth() * 56)
        self.resize(width, self.sizeHint().height())
        below = anchor.mapToGlobal(QPoint(0, anchor.height() + 2))
        screen = anchor.screen().availableGeometry()
        self.move(min(below.x(), screen.right() - width), below.y())
        self.show()
        self.search.setFocus(Qt.FocusReason.PopupFocusReason)

    def _select_row(self, combo_row: int) -> None:
        index = self.filter.mapFromSource(self._combo.model().index(combo_row, 0)) if combo_row >= 0 else QModelIndex()
        if not index.isValid():
            index = self._first_choice()
        self.list.setCurrentIndex(index)
        if index.isValid():
            self.list.scrollTo(index)

    def _first_choice(self) -> QModelIndex:
        for row in range(self.filter.rowCount()):
            index = self.filter.index(row, 0)
            if index.flags() & Qt.ItemFlag.ItemIsSelectable:
                return index
        return QModelIndex()

    def _on_search_text_changed(self, text: str) -> None:
        self.filter.set_words(text)
        self._select_row(self._combo.currentIndex() if not text.strip() else -1)
        none = self.filter.rowCount() == 0
        self.empty.setText(tr("No model matches “{words}”. Discover finds models to download.").format(words=text.strip())
                           if none else "")
        self.empty.setVisible(none)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QApplication.sendEvent(self.list, QKeyEvent(event.type(), key, event.modifiers()))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._pick(self.list.currentIndex())
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)

    def _pick(self, index: QModelIndex) -> None:
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsSelectable:
            return
        row = self.filter.mapToSource(index).row()
        self.close()
        self.row_picked.emit(row)

    def _on_discover_clicked(self) -> None:
        self.close()
        self.discover_requested.emit()


class _ModelDelegate(QStyledItemDelegate):
    """A model in two lines (its name; size and quantization, muted), its fit as a badge, the chosen one checked;
    a connection's header as a small muted line."""

    def __init__(self, combo: QComboBox, parent: QWidget) -> None:
        super().__init__(parent)
        self._combo = combo

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = QFontMetrics(option.font).height()
        if not index.flags() & Qt.ItemFlag.ItemIsSelectable:
            return QSize(0, line + design.SPACE["m"])
        return QSize(0, 2 * line + design.SPACE["m"] + design.SPACE["xs"])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        palette, rect = option.palette, option.rect
        space = design.SPACE
        painter.save()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if not index.flags() & Qt.ItemFlag.ItemIsSelectable:  # a connection's header
            font = QFont(option.font)
            font.setPointSizeF(font.pointSizeF() * design.TYPE["small"])
            font.setWeight(QFont.Weight.DemiBold)
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(rect.adjusted(space["s"], 0, -space["s"], -space["xs"]),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, str(index.data() or ""))
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected or option.state & QStyle.StateFlag.State_MouseOver:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            colors = _colors(palette)
            painter.setBrush(QColor(colors.user_turn if selected else colors.surface_alt))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), design.RADIUS["s"], design.RADIUS["s"])
        proxy = index.model()
        source = proxy.mapToSource(index) if isinstance(proxy, QSortFilterProxyModel) else index
        check = design.ICON["s"]
        inner = rect.adjusted(space["s"], space["xs"] + 2, -space["s"], -space["xs"] - 2)
        if source.row() == self._combo.currentIndex():
            icon("check", "accent").paint(painter, QRect(inner.left(), inner.center().y() - check // 2, check, check))
        text_left = inner.left() + check + space["s"]
        badge = str(index.data(FitRole) or "")
        badge_width = self._paint_badge(painter, option, inner, badge) if badge else 0
        text = QRect(text_left, inner.top(), inner.right() - text_left - badge_width, inner.height())
        line = QFontMetrics(option.font).height()
        name = str(index.data(NameRole) or index.data() or "").strip()
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(option.font)
        painter.drawText(QRect(text.left(), text.top(), text.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(option.font).elidedText(name, Qt.TextElideMode.ElideMiddle, text.width()))
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * design.TYPE["small"])
        painter.setFont(small)
        painter.setPen(muted)
        detail = str(index.data(DetailRole) or "")
        painter.drawText(QRect(text.left(), text.top() + line, text.width(), text.height() - line),
                         Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight, text.width()))
        painter.restore()

    def _paint_badge(self, painter: QPainter, option: QStyleOptionViewItem, inner: QRect, badge: str) -> int:
        """The fit badge at the right, in its tone's colours; returns the width it took. `badge` is the FitRole key
        ("fits", "tight", "too big"); the badge says it in the user's language."""
        tone = _FIT_TONES.get(badge, ("surface_alt", "muted"))
        badge = {"fits": tr("fits", "fit badge"), "tight": tr("tight", "fit badge"),
                 "too big": tr("too big", "fit badge")}.get(badge, badge)
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * design.TYPE["small"])
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        width, height = metrics.horizontalAdvance(badge) + 2 * design.SPACE["s"], metrics.height() + 4
        box = QRect(inner.right() - width, inner.center().y() - height // 2, width, height)
        colors = _colors(option.palette)
        background, foreground = (getattr(colors, name) for name in tone)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor(foreground))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
        return width + design.SPACE["s"]


def _colors(_palette: QPalette) -> design.Colors:
    """The design system's colours for the theme in use (dark when the application's window colour is darker than
    its text); the application's palette, as a style sheet hands item views a palette of its own."""
    app = QApplication.palette()
    dark = app.color(QPalette.ColorRole.Window).lightness() < app.color(QPalette.ColorRole.WindowText).lightness()
    return design.colors(dark)
