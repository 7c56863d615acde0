"""The download queue: background downloads with pause, resume, cancel and retry, surviving restarts.

Progress lives in memory for the UI (signals a few times a second) and reaches the database only from the
download's own thread, at most every PERSIST_INTERVAL_S and when it pauses, fails or finishes: every write is
a synchronous SQLite commit, which must never sit on the GUI thread (issue 10 item 21).

Each download runs through BackgroundOps on a lane of its own (`download-<record id>`), reporting progress as it
goes; its cancel flag is the downloader's stop.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, Failed, Outcome, Succeeded
from desktop_llm.controllers.i18n import error_text
from desktop_llm.core.downloads import ACTIVE, DownloadRecord, DownloadStatus, same_files
from desktop_llm.core.errors import Cancelled, DesktopLlmError, DownloadError
from desktop_llm.core.hub_types import GGUFChoice
from desktop_llm.core.protocols import DownloadRepository, FileDownloader, ModelCatalog
from desktop_llm.core.vision_projector import is_projector_name

log = logging.getLogger(__name__)
MAX_PARALLEL = 2
PROGRESS_INTERVAL_S = 0.25  # how often the UI hears of progress
PERSIST_INTERVAL_S = 5.0  # how often a running download's progress is saved (a restart resumes from the disk anyway)


@dataclass
class _Running:
    cancel: bool = False  # stop and delete the partial file, rather than pause
    speed: float = 0.0
    done: int | None = None  # bytes done as last reported by the download thread


@dataclass(frozen=True)
class _Progressed:
    done: int
    total: int
    speed: float  # bytes per second since this run started


def _lane(record_id: int) -> str:
    return f"download-{record_id}"


class DownloadController(QObject):
    """Lives on the GUI thread; each download runs on its own BackgroundOps lane and reports through signals."""

    changed = Signal(int)  # record id: status, error or path changed (re-read it)
    progressed = Signal(int, int, int, float)  # record id, bytes done, bytes total, bytes per second
    finished = Signal(int, str)  # record id, the model's path in the library
    failed = Signal(int, str)  # record id, message

    def __init__(
        self, records: DownloadRepository, downloader: FileDownloader, library: ModelCatalog,
        parent: QObject | None = None, persist_interval_s: float = PERSIST_INTERVAL_S,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._downloader = downloader
        self._library = library
        self._persist_interval = persist_interval_s
        self._running: dict[int, _Running] = {}
        self._ops = BackgroundOps(self)

    def records(self) -> list[DownloadRecord]:
        return [self._live(r) for r in self._records.all()]

    def record(self, record_id: int) -> DownloadRecord:
        return self._live(self._records.get(record_id))

    def _live(self, record: DownloadRecord) -> DownloadRecord:
        """The stored record with what only memory knows yet: running, and how far it has come."""
        running = self._running.get(record.id)
        if running is None:
            return record
        done = record.done_bytes if running.done is None else running.done
        return replace(record, status="downloading", done_bytes=done)

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
        # Keyed by the files' repo-relative paths: `Q4/model.gguf` and `Q8/model.gguf` share a name (issue 10 item 3).
        existing = next((r for r in self._records.all() if r.repo_id == repo_id and same_files(r.files, choice.files)
                         and r.status not in ("done", "cancelled")), None)
        if existing is not None:
            self.resume(existing.id)
            return self.record(existing.id)
        record = self._records.add(repo_id, choice.name, choice.files)
        self.changed.emit(record.id)
        self._schedule()
        return record

    def pause(self, record_id: int) -> None:
        if record_id in self._running:
            self._ops.cancel(_lane(record_id))
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
            self._ops.cancel(_lane(record_id))
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
        for record_id in self._running:
            self._ops.cancel(_lane(record_id))
        self._ops.wait(timeout=5)

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
        self._running[record.id] = running  # shows as downloading at once; the thread saves the status
        self.changed.emit(record.id)
        # The outcome is saved before it is delivered, so a pause that comes too late to stop a finished download
        # must not turn it into "cancelled": cancel_drops_result=False.
        self._ops.run_reporting(
            _lane(record.id), lambda flag, report: self._run(record, running, flag, report),
            lambda outcome: self._on_download_done(record.id, outcome), self._on_download_progressed(record.id),
            cancel_drops_result=False,
        )

    def _run(self, record: DownloadRecord, running: _Running, flag: CancelFlag,
             report: Callable[[_Progressed], None]) -> str:
        """On the download's own thread: download, save the outcome, then hand it to BackgroundOps (the model's
        path in the library; Cancelled for a pause or a cancel; a DownloadError with the saved message)."""
        started = time.monotonic()
        first_done: list[int] = []
        last_shown, last_saved = [0.0], [started]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if not first_done:
                first_done.append(done)
            running.done = done
            running.speed = (done - first_done[0]) / max(now - started, 1e-6)
            if now - last_shown[0] >= PROGRESS_INTERVAL_S or done >= total:
                last_shown[0] = now
                report(_Progressed(done, total, running.speed))
            if now - last_saved[0] >= self._persist_interval:
                last_saved[0] = now
                self._records.update(record.id, done_bytes=done)

        try:
            self._records.update(record.id, status="downloading", error="")
            paths = self._downloader.download(record.repo_id, record.files, progress, lambda: flag.cancelled)
            # A vision model's projector comes in the same download, after the model's files (issue 17).
            projector = next((p for p in paths[1:] if is_projector_name(p.name)), None)
            info = (self._library.register_download(paths[0], record.repo_id, record.name.removesuffix(".gguf"),
                                                    projector=projector) if projector is not None else
                    self._library.register_download(paths[0], record.repo_id, record.name.removesuffix(".gguf")))
        except Cancelled:
            if running.cancel:
                self._downloader.discard(record.repo_id, record.files)
                self._save_outcome(record, "cancelled", "")
            else:
                self._save_outcome(record, "paused", "")
            raise
        except DesktopLlmError as exc:
            self._save_outcome(record, "failed", error_text(exc))
            raise
        except OSError as exc:  # a full disk, a folder gone: the user's to fix, not a bug to log
            self._save_outcome(record, "failed", str(exc))
            raise DownloadError(str(exc)) from exc
        except Exception as exc:  # saved as failed; BackgroundOps logs it and labels it unexpected
            self._save_outcome(record, "failed", Failed(exc).message)
            raise
        self._save_outcome(record, "done", info.path)
        return info.path

    def _save_outcome(self, record: DownloadRecord, kind: DownloadStatus, payload: str) -> None:
        """The outcome reaches the database from the download's thread; the GUI hears of it only afterwards."""
        try:
            if kind == "done":
                self._records.update(record.id, status="done", done_bytes=record.total_bytes, path=payload)
            else:
                done = self._downloader.bytes_on_disk(record.repo_id, record.files)
                self._records.update(record.id, status=kind, done_bytes=done,
                                     error=payload if kind == "failed" else "")
        except Exception:
            log.exception("could not save the outcome of download %s", record.id)

    def _on_download_progressed(self, record_id: int) -> Callable[[_Progressed], None]:
        def show(progress: _Progressed) -> None:
            self.progressed.emit(record_id, progress.done, progress.total, progress.speed)

        return show

    def _on_download_done(self, record_id: int, outcome: Outcome) -> None:
        """GUI thread: only signals here; the download thread has already saved what changed."""
        self._running.pop(record_id, None)
        self.changed.emit(record_id)
        if isinstance(outcome, Succeeded):
            self.finished.emit(record_id, str(outcome.value))
        elif isinstance(outcome, Failed):
            self.failed.emit(record_id, outcome.message)
        self._schedule()

    @property
    def active_count(self) -> int:
        return sum(1 for r in self.records() if r.status in ACTIVE)
