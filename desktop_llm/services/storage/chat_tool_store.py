"""Each chat's tool state (issue 14): the tools switched on, those allowed for the chat, the granted folders; one
JSON row per conversation in the app database (schema v7), deleted with the conversation."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from desktop_llm.core.tool_meta import ChatToolState
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.storage.database import DatabaseTable, classify, immediate_transaction

log = logging.getLogger(__name__)


class ChatToolStore(DatabaseTable):
    """Thread-safe (one connection, one lock). A row that cannot be read gives the empty state (tools off)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._path = path

    def state(self, conversation_id: int) -> ChatToolState:
        with self._lock:
            try:
                row = self._db.execute("SELECT state FROM chat_tools WHERE conversation_id=?",
                                       (conversation_id,)).fetchone()
            except sqlite3.Error as exc:
                raise classify(exc, self._path, QT_TR_NOOP("cannot read the chat's tools")) from exc
        if row is None:
            return ChatToolState()
        try:
            return ChatToolState.from_dict(json.loads(row[0]))
        except ValueError:
            log.warning("the tool state of conversation %s is not JSON: read as off", conversation_id)
            return ChatToolState()

    def save(self, conversation_id: int, state: ChatToolState) -> None:
        """Keep the state; a conversation deleted meanwhile has none to keep (nothing is written)."""
        text = json.dumps(state.to_dict(), ensure_ascii=False)
        with self._lock, immediate_transaction(self._db, self._path, QT_TR_NOOP("cannot save the chat's tools")) as db:
            if db.execute("SELECT 1 FROM conversations WHERE id=?", (conversation_id,)).fetchone() is None:
                return
            db.execute("INSERT INTO chat_tools (conversation_id, state) VALUES (?, ?) ON CONFLICT(conversation_id) "
                       "DO UPDATE SET state=excluded.state", (conversation_id, text))
