"""The sidebar's list of conversations, newest first, filtered by a search string."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_llm.core.conversation import Conversation
from desktop_llm.core.protocols import ConversationRepository

ConversationIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ConversationListModel(QAbstractListModel):
    """GUI thread only; refreshed from the store when the chat controller says the list changed."""

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

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conversation = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return conversation.title
        if role == Qt.ItemDataRole.ToolTipRole:
            when = datetime.datetime.fromtimestamp(conversation.updated_at).strftime("%Y-%m-%d %H:%M")
            return f"{conversation.title}\nLast message: {when}"
        if role == ConversationIdRole:
            return conversation.id
        return None

    def row_of(self, conversation_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == conversation_id), -1)

    def conversation_at(self, row: int) -> Conversation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
