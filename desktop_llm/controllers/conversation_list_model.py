"""The sidebar's list of conversations, newest first, filtered by a search string."""

from __future__ import annotations

import bisect
import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_llm.controllers.i18n import date_text, tr
from desktop_llm.core.chat_changes import ConversationChange, ConversationRemoved
from desktop_llm.core.conversation import Conversation
from desktop_llm.core.protocols import ConversationRepository

ConversationIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ConversationListModel(QAbstractListModel):
    """GUI thread only. Read from the store whole when it opens or the search changes; after that it applies the
    chat controller's change records row by row (insert, move, dataChanged), so a send neither reads the list back
    nor resets the view (issue 19, item 6)."""

    def __init__(self, store: ConversationRepository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[Conversation] = []
        self._search = ""

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        self._search = text
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._store.list_conversations(self._search)
        self.endResetModel()

    def apply(self, change: ConversationChange) -> None:
        if self._search.strip():
            # Whether a chat matches a search depends on its messages' text, which only the store can tell.
            self.refresh()
        elif isinstance(change, ConversationRemoved):
            row = self.row_of(change.conversation_id)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        else:
            self._place(change.conversation)

    def _place(self, conversation: Conversation) -> None:
        """Put a new or changed conversation where the store's order (newest first) has it."""
        old = self.row_of(conversation.id)
        others = [c for c in self._rows if c.id != conversation.id]
        row = bisect.bisect_left(others, _order(conversation), key=_order)
        if old < 0:
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, conversation)
            self.endInsertRows()
            return
        if row != old:
            # Qt counts the destination before the move: below the old row it is one further down.
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), row if row < old else row + 1)
            self._rows.insert(row, self._rows.pop(old))
            self.endMoveRows()
        self._rows[row] = conversation
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conversation = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return conversation.title
        if role == Qt.ItemDataRole.ToolTipRole:
            when = date_text(datetime.datetime.fromtimestamp(conversation.updated_at))
            return conversation.title + "\n" + tr("Last message: {when}").format(when=when)
        if role == ConversationIdRole:
            return conversation.id
        return None

    def row_of(self, conversation_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == conversation_id), -1)

    def conversation_at(self, row: int) -> Conversation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


def _order(conversation: Conversation) -> tuple[float, int]:
    """The store's order, newest first: updated_at, then id, both descending."""
    return (-conversation.updated_at, -conversation.id)
