"""The download queue in the app database, so a restart resumes what was running."""

from __future__ import annotations

import time

from desktop_llm.core.downloads import DownloadRecord, DownloadStatus, files_from_json, files_to_json
from desktop_llm.core.hub_types import RemoteFile
from desktop_llm.services.storage.database import DatabaseTable

_COLUMNS = "id, repo_id, name, files, total_bytes, done_bytes, status, error, path"


class DownloadRecords(DatabaseTable):
    """Thread-safe (one lock around one connection)."""

    def add(self, repo_id: str, name: str, files: tuple[RemoteFile, ...]) -> DownloadRecord:
        now = time.time()
        total = sum(f.size for f in files)
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO downloads (repo_id, name, files, total_bytes, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, 'queued', ?, ?)",
                (repo_id, name, files_to_json(files), total, now, now),
            )
            new_id = int(cursor.lastrowid or 0)
        return self.get(new_id)

    def update(
        self, record_id: int, status: DownloadStatus | None = None, done_bytes: int | None = None,
        error: str | None = None, path: str | None = None,
    ) -> None:
        changes = {"status": status, "done_bytes": done_bytes, "error": error, "path": path}
        self._update_row("downloads", record_id, {k: v for k, v in changes.items() if v is not None})

    def get(self, record_id: int) -> DownloadRecord:
        with self._lock:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM downloads WHERE id=?", (record_id,)).fetchone()
        if row is None:
            raise KeyError(record_id)
        return _record(row)

    def all(self) -> list[DownloadRecord]:
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM downloads ORDER BY id").fetchall()
        return [_record(r) for r in rows]

    def remove(self, record_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM downloads WHERE id=?", (record_id,))


def _record(row: tuple[object, ...]) -> DownloadRecord:
    rid, repo, name, files, total, done, status, error, path = row
    return DownloadRecord(int(rid), str(repo), str(name), files_from_json(str(files)), int(total),  # type: ignore[call-overload]
                          int(done), status, str(error), str(path))  # type: ignore[call-overload, arg-type]
