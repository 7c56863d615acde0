"""The download queue: background downloads with pause, resume, cancel and retry, surviving restarts."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import QObject, Signal

from desktop_llm.core.downloads import ACTIVE, DownloadRecord
from desktop_llm.core.errors import Cancelled, DesktopLlmError
from desktop_llm.core.hub_types import GGUFChoice
from desktop_llm.core.protocols import DownloadRepository, FileDownloader, ModelCatalog

log = logging.getLogger(__name__)
MAX_PARALLEL = 2
PROGRESS_INTERVAL_S = 0.25


@dataclass
class _Running:
    stop: threading.Event = field(default_factory=threading.Event)
    cancel: bool = False  # stop and delete the partial file, rather than pause
    speed: float = 0.0
    thread: threading.Thread | None = None


class DownloadController(QObject):
    """Lives on the GUI thread; each download runs on its own daemon thread and reports through signals."""

    changed = Signal(int)  # record id: status, error or path changed (re-read it)
    progressed = Signal(int, int, int, float)  # record id, bytes done, bytes total, bytes per second
    finished = Signal(int, str)  # record id, the model's path in the library
    failed = Signal(int, str)  # record id, message

    def __init__(
        self, records: DownloadRepository, downloader: FileDownloader, library: ModelCatalog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._downloader = downloader
        self._library = library
        self._running: dict[int, _Running] = {}
        self._event.connect(self._on_event)

    _event = Signal(int, str, object)  # record id, kind, payload: from download threads to the GUI thread

    def records(self) -> list[DownloadRecord]:
        return self._records.all()

    def record(self, record_id: int) -> DownloadRecord:
        return self._records.get(record_id)

    def speed(self, record_id: int) -> float:
        running = self._running.get(record_id)
        return running.speed if running else 0.0

    def restore(self) -> None:
        """After a restart: what was queued or running carries on from its partial files."""
        for record in self._records.all():
            if record.status == "downloading":
                self._records.update(record.id, status="queued")
        self._schedule()

    def start(self, repo_id: str, choice: GGUFChoice) -> DownloadRecord:
        existing = next((r for r in self._records.all() if r.repo_id == repo_id and r.name == choice.name
                         and r.status not in ("done", "cancelled")), None)
        if existing is not None:
            self.resume(existing.id)
            return self._records.get(existing.id)
        record = self._records.add(repo_id, choice.name, choice.files)
        self.changed.emit(record.id)
        self._schedule()
        return record

    def pause(self, record_id: int) -> None:
        running = self._running.get(record_id)
        if running is not None:
            running.stop.set()
        else:
            self._set(record_id, "paused")

    def resume(self, record_id: int) -> None:
        if record_id not in self._running:
            self._records.update(record_id, status="queued", error="")
            self.changed.emit(record_id)
            self._schedule()

    retry = resume

    def cancel(self, record_id: int) -> None:
        running = self._running.get(record_id)
        if running is not None:
            running.cancel = True
            running.stop.set()
            return
        record = self._records.get(record_id)
        self._downloader.discard(record.repo_id, record.files)
        self._set(record_id, "cancelled")

    def remove(self, record_id: int) -> None:
        if record_id in self._running:
            self.cancel(record_id)
            return
        record = self._records.get(record_id)
        if record.status not in ("done",):
            self._downloader.discard(record.repo_id, record.files)
        self._records.remove(record_id)
        self.changed.emit(record_id)

    def shutdown(self) -> None:
        """Pause every running download (partial files stay for the next start)."""
        for running in self._running.values():
            running.stop.set()
        for running in list(self._running.values()):
            if running.thread is not None:
                running.thread.join(timeout=5)

    def _set(self, record_id: int, status: str, **kwargs: str) -> None:
        self._records.update(record_id, status=status, **kwargs)  # type: ignore[arg-type]
        self.changed.emit(record_id)

    def _schedule(self) -> None:
        for record in self._records.all():
            if len(self._running) >= MAX_PARALLEL:
                return
            if record.status == "queued" and record.id not in self._running:
                self._launch(record)

    def _launch(self, record: DownloadRecord) -> None:
        running = _Running()
        self._running[record.id] = running
        self._records.update(record.id, status="downloading", error="")
        self.changed.emit(record.id)
        running.thread = threading.Thread(
            target=self._run, args=(record, running), daemon=True, name=f"download-{record.id}"
        )
        running.thread.start()

    def _run(self, record: DownloadRecord, running: _Running) -> None:
        started = time.monotonic()
        first_done: list[int] = []
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if not first_done:
                first_done.append(done)
            running.speed = (done - first_done[0]) / max(now - started, 1e-6)
            if now - last[0] >= PROGRESS_INTERVAL_S or done >= total:
                last[0] = now
                self._event.emit(record.id, "progress", (done, total, running.speed))

        try:
            paths = self._downloader.download(record.repo_id, record.files, progress, running.stop.is_set)
            info = self._library.register_download(paths[0], record.repo_id, record.name.removesuffix(".gguf"))
            self._event.emit(record.id, "done", info.path)
        except Cancelled:
            if running.cancel:
                self._downloader.discard(record.repo_id, record.files)
                self._event.emit(record.id, "cancelled", None)
            else:
                self._event.emit(record.id, "paused", None)
        except (DesktopLlmError, OSError) as exc:
            self._event.emit(record.id, "failed", str(exc))
        except Exception as exc:  # never let a background failure vanish
            log.exception("download %s failed", record.id)
            self._event.emit(record.id, "failed", f"unexpected error: {exc}")

    def _on_event(self, record_id: int, kind: str, payload: object) -> None:
        if kind == "progress":
            done, total, speed = cast("tuple[int, int, float]", payload)
            self._records.update(record_id, done_bytes=done)
            self.progressed.emit(record_id, done, total, speed)
            return
        self._running.pop(record_id, None)
        if kind == "done":
            record = self._records.get(record_id)
            self._records.update(record_id, status="done", done_bytes=record.total_bytes, path=str(payload))
            self.changed.emit(record_id)
            self.finished.emit(record_id, str(payload))
        elif kind == "failed":
            self._set(record_id, "failed", error=str(payload))
            self.failed.emit(record_id, str(payload))
        else:
            record = self._records.get(record_id)
            self._records.update(record_id, done_bytes=self._downloader.bytes_on_disk(record.repo_id, record.files))
            self._set(record_id, kind)
        self._schedule()

    @property
    def active_count(self) -> int:
        return sum(1 for r in self._records.all() if r.status in ACTIVE)
