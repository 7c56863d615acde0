"""Downloads: progress, speed and ETA of each download, with pause, resume, cancel, retry and remove."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.download_controller import DownloadController
from desktop_llm.controllers.download_list_model import DownloadListModel, FractionRole, RecordIdRole
from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon
from desktop_llm.ui.page_chrome import EmptyState, PageHeader, page_body

_ACTION_ICONS = {"Pause": "pause", "Resume": "play", "Retry": "rotate-ccw", "Cancel": "x", "Remove": "trash-2"}


class _ProgressDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 4, -2, -4)
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = int(1000 * float(index.data(FractionRole) or 0.0))
        bar.text = str(index.data() or "")
        bar.textVisible = True
        style = QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class DownloadsPanel(QWidget):
    """GUI thread only."""

    discover_requested = Signal()  # "Browse models" on the empty page: show Discover

    def __init__(self, controller: DownloadController, model: DownloadListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._model = model
        # The header says what the bottom hint used to: downloads go on in the background and survive a restart.
        self.header = PageHeader(tr("Downloads"), tr("Models on their way to this computer. Downloads continue in the "
                                                     "background and resume after a restart."), icon_name="download")
        layout = page_body(self, self.header)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(1, _ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(1, 260)
        self.table.setAccessibleName(tr("Downloads"))
        # An empty table says nothing; the page says there is nothing yet and where downloads come from.
        self.empty = EmptyState(icon_name="download", title=tr("No downloads yet"),
                                text=tr("Find a model in Discover and press Download: it appears here with its progress, "
                                   "and lands in the Library when it is done."))
        self.empty.setAccessibleName(tr("No downloads"))
        self.browse_button = self.empty.add_button(tr("Browse models"), self.discover_requested.emit, primary=True)
        self.browse_button.setIcon(icon("compass", "on-accent"))
        self.empty.finish()
        empty_page = QWidget()  # the card at the top, the way a table's first rows would be
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty_page)
        layout.addWidget(self.stack, 1)
        self.actions_row = QWidget()
        row = QHBoxLayout(self.actions_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(design.SPACE["s"])
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        # Keyed by the English name (code and tests name the actions by it); text and accessible name translated.
        texts = {"Pause": (tr("Pause"), tr("Pause download")), "Resume": (tr("Resume"), tr("Resume download")),
                 "Retry": (tr("Retry"), tr("Retry download")), "Cancel": (tr("Cancel"), tr("Cancel download")),
                 "Remove": (tr("Remove"), tr("Remove download"))}
        for name, (text, accessible) in texts.items():
            button = QPushButton(text)
            button.setIcon(icon(_ACTION_ICONS[name]))
            button.setAccessibleName(accessible)
            button.clicked.connect(lambda _=False, n=name: self._act(n))
            row.addWidget(button)
            self.buttons[name] = button
        layout.addWidget(self.actions_row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._kept_selection: int | None = None
        model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        model.modelReset.connect(self._on_model_reset)
        model.dataChanged.connect(self._update_buttons)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_empty)
        self._update_buttons()
        self._update_empty()

    def _update_empty(self) -> None:
        has_rows = self._model.rowCount() > 0
        self.stack.setCurrentIndex(0 if has_rows else 1)
        self.actions_row.setVisible(has_rows)  # nothing to pause or remove on an empty page

    def is_empty_shown(self) -> bool:
        return self.stack.currentIndex() == 1

    def _on_model_about_to_be_reset(self) -> None:
        self._kept_selection = self.selected_id()

    def _on_model_reset(self) -> None:
        if self._kept_selection is not None:
            self.select_record(self._kept_selection)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(RecordIdRole)
        return int(value) if value is not None else None

    def select_record(self, record_id: int) -> None:
        for row in range(self._model.rowCount()):
            if self._model.index(row, 0).data(RecordIdRole) == record_id:
                self.table.selectRow(row)
                return

    def _act(self, name: str) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        action = {"Pause": self._controller.pause, "Resume": self._controller.resume, "Retry": self._controller.retry,
                  "Cancel": self._controller.cancel, "Remove": self._controller.remove}[name]
        action(record_id)
        if name != "Remove":
            self.select_record(record_id)

    def _update_buttons(self) -> None:
        record_id = self.selected_id()
        try:
            status = self._controller.record(record_id).status if record_id is not None else ""
        except KeyError:
            status = ""
        enabled = {
            "Pause": status in ("downloading", "queued"),
            "Resume": status == "paused",
            "Retry": status == "failed",
            "Cancel": status in ("downloading", "queued", "paused", "failed"),
            "Remove": status in ("done", "cancelled", "failed", "paused"),
        }
        for name, button in self.buttons.items():
            button.setEnabled(enabled[name])
