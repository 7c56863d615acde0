"""The downloads panel's table: name, progress, speed, ETA and status of every download."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_llm.controllers.download_controller import DownloadController
from desktop_llm.controllers.i18n import size_text, tr
from desktop_llm.core.downloads import DownloadRecord, eta_seconds

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Model", "Progress", "Speed", "ETA", "Status")
RecordIdRole = Qt.ItemDataRole.UserRole + 1
FractionRole = Qt.ItemDataRole.UserRole + 2


def column_titles() -> tuple[str, ...]:
    """COLUMNS in the user's language."""
    return tr("Model"), tr("Progress"), tr("Speed"), tr("ETA"), tr("Status")


def status_text(status: str) -> str:
    """A download's status (core.downloads.DownloadStatus) in the user's language."""
    return {"queued": tr("Waiting"), "downloading": tr("Downloading"), "paused": tr("Paused"), "failed": tr("Failed"),
            "done": tr("Done"), "cancelled": tr("Cancelled")}.get(status, status)


def eta_text(seconds: float | None) -> str:
    """core.downloads.format_eta in the user's language: "42 s", "3 min 05 s", "1 h 02 min"."""
    if seconds is None:
        return "—"
    whole = int(seconds)
    if whole < 60:
        return tr("{seconds} s").format(seconds=whole)
    if whole < 3600:
        return tr("{minutes} min {seconds} s").format(minutes=whole // 60, seconds=f"{whole % 60:02d}")
    return tr("{hours} h {minutes} min").format(hours=whole // 3600, minutes=f"{whole % 3600 // 60:02d}")


class DownloadListModel(QAbstractTableModel):
    """GUI thread only; follows the download controller's signals."""

    def __init__(self, controller: DownloadController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._rows: list[DownloadRecord] = []
        self._live: dict[int, tuple[int, int, float]] = {}
        controller.changed.connect(self._on_controller_changed)
        controller.progressed.connect(self._on_controller_progressed)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = list(reversed(self._controller.records()))
        self.endResetModel()

    def record_at(self, row: int) -> DownloadRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return column_titles()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        done, total, speed = self._live.get(record.id, (record.done_bytes, record.total_bytes, 0.0))
        if record.status != "downloading":
            speed = 0.0
        if role == RecordIdRole:
            return record.id
        if role == FractionRole:
            return done / total if total else 0.0
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.error or f"{record.repo_id}/{record.name}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return f"{record.name}  ({record.repo_id})"
        if column == 1:
            return f"{size_text(done)} / {size_text(total)}"
        if column == 2:
            return tr("{size}/s").format(size=size_text(int(speed))) if speed else ""
        if column == 3:
            return eta_text(eta_seconds(total - done, speed)) if record.status == "downloading" else ""
        text = status_text(record.status)
        return tr("{status}: {error}").format(status=text, error=record.error) if record.error else text

    def _on_controller_changed(self, record_id: int) -> None:
        self._live.pop(record_id, None)
        self.refresh()

    def _on_controller_progressed(self, record_id: int, done: int, total: int, speed: float) -> None:
        self._live[record_id] = (done, total, speed)
        for row, record in enumerate(self._rows):
            if record.id == record_id:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return
