"""The Server page's live request log: one row per request the public server answered, newest first."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_llm.controllers.i18n import QT_TR_NOOP, number_text, tr, translated
from desktop_llm.core.server_types import RequestRecord

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = (QT_TR_NOOP("Time"), QT_TR_NOOP("Client"), QT_TR_NOOP("Endpoint"), QT_TR_NOOP("Model"), QT_TR_NOOP("Tokens"),
           QT_TR_NOOP("Tokens/s"), QT_TR_NOOP("Status"), QT_TR_NOOP("Duration"))  # English: shown through tr()
RecordRole = Qt.ItemDataRole.UserRole + 1  # the row's RequestRecord
MAX_ROWS = 1000  # a busy client must not grow the log without bound; the oldest rows go first


def _status_text(record: RequestRecord) -> str:
    text = str(record.status)
    return f"{text} {record.error}" if record.error else text


class RequestLogModel(QAbstractTableModel):
    """GUI thread only: records reach it through ServerController.request_logged, already on the GUI thread."""

    def __init__(self, parent: QObject | None = None, max_rows: int = MAX_ROWS) -> None:
        super().__init__(parent)
        self._rows: list[RequestRecord] = []  # newest first
        self._max_rows = max_rows

    def add(self, record: RequestRecord) -> None:
        """A finished request at the top; past `max_rows` the oldest row is dropped."""
        if len(self._rows) >= self._max_rows:
            last = len(self._rows) - 1
            self.beginRemoveRows(QModelIndex(), last, last)
            self._rows.pop()
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, record)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self.endResetModel()

    def record_at(self, row: int) -> RequestRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return translated(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(COLUMNS):
            return None
        record = self._rows[index.row()]
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.error or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (4, 5, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            time.strftime("%H:%M:%S", time.localtime(record.started)),
            record.client,
            f"{record.method} {record.endpoint}",
            record.model or "",
            f"{record.prompt_tokens} + {record.completion_tokens}" if record.prompt_tokens or record.completion_tokens
            else "",
            number_text(record.tokens_per_s, 1) if record.tokens_per_s else "",
            _status_text(record),
            tr("{seconds} s").format(seconds=number_text(record.duration_s, 2)),
        )[index.column()]
