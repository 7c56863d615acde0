"""Finished summaries and translations, kept with their source so they can be reopened and exported."""

from __future__ import annotations

import json
import time
from typing import Any

from desktop_llm.core.document_types import HistoryEntry
from desktop_llm.services.storage.database import DatabaseTable


class DocumentHistory(DatabaseTable):
    """Thread-safe (one lock around one connection)."""

    def add(self, kind: str, source_name: str, source_text: str, options: dict[str, Any], result: str) -> HistoryEntry:
        now = time.time()
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO document_jobs (kind, source_name, source_text, options, result, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (kind, source_name, source_text, json.dumps(options), result, now),
            )
            new_id = int(cursor.lastrowid or 0)
        return HistoryEntry(new_id, kind, source_name, source_text, options, result, now)

    def entries(self, kind: str, limit: int = 200) -> list[HistoryEntry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, kind, source_name, source_text, options, result, created_at FROM document_jobs "
                "WHERE kind=? ORDER BY created_at DESC LIMIT ?",
                (kind, limit),
            ).fetchall()
        return [HistoryEntry(int(r[0]), str(r[1]), str(r[2]), str(r[3]), _options(r[4]), str(r[5]), float(r[6]))
                for r in rows]

    def delete(self, entry_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM document_jobs WHERE id=?", (entry_id,))


def _options(text: object) -> dict[str, Any]:
    try:
        value = json.loads(str(text))
        return value if isinstance(value, dict) else {}
    except ValueError:
        return {}
