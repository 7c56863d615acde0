"""Downloads: progress, speed and ETA of each download, with pause, resume, cancel, retry and remove."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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

    def __init__(self, controller: DownloadController, model: DownloadListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._model = model
        layout = QVBoxLayout(self)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(1, _ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(1, 260)
        self.table.setAccessibleName("Downloads")
        # An empty table says nothing; the page says there is nothing yet and where downloads come from.
        self.empty = QLabel("No downloads yet.\n\nFind a model in the Discover tab and press Download: it appears "
                            "here with its progress, and lands in the Library when it is done.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName("No downloads")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.hint = QLabel("Downloads continue in the background and resume after a restart.")
        self.hint.setStyleSheet("color: gray;")
        row.addWidget(self.hint, 1)
        self.buttons: dict[str, QPushButton] = {}
        for name in ("Pause", "Resume", "Retry", "Cancel", "Remove"):
            button = QPushButton(name)
            button.setAccessibleName(f"{name} download")
            button.clicked.connect(lambda _=False, n=name: self._act(n))
            row.addWidget(button)
            self.buttons[name] = button
        layout.addLayout(row)
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
        self.stack.setCurrentWidget(self.table if self._model.rowCount() else self.empty)

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
