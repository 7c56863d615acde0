"""Ties one page to the shared document controller: which job is this page's, and its progress display."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from desktop_llm.controllers.document_controller import DocumentController
from desktop_llm.controllers.i18n import tr
from desktop_llm.core.document_types import JobKind, Progress
from desktop_llm.ui.job_progress_view import JobProgressView


class JobBinding(QObject):
    """GUI thread only. The summarize and translate pages share one controller (one engine, one job at a
    time); each page reacts only to the job it started."""

    def __init__(self, controller: DocumentController, kind: JobKind, progress: JobProgressView,
                 run_button: QPushButton, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.mine = False
        self._progress = progress
        self._run_button = run_button
        progress.cancel_button.clicked.connect(controller.cancel)
        controller.progressed.connect(self._on_controller_progressed)
        controller.job_failed.connect(self._on_controller_job_failed)
        controller.job_cancelled.connect(self._on_controller_job_cancelled)
        controller.busy_changed.connect(self._on_controller_busy_changed)

    def claim(self) -> None:
        """Call right before starting a job from this page."""
        self.mine = True

    def owns(self, kind: str) -> bool:
        return kind == self.kind and self.mine

    def _on_controller_progressed(self, progress: Progress) -> None:
        if self.mine:
            self._progress.show_progress(progress)

    def _on_controller_job_failed(self, kind: str, message: str) -> None:
        if self.owns(kind):
            self._progress.show_message(tr("Failed: {message}").format(message=message))

    def _on_controller_job_cancelled(self, kind: str) -> None:
        if self.owns(kind):
            self._progress.show_message(tr("Cancelled."))

    def _on_controller_busy_changed(self, busy: bool) -> None:
        self._run_button.setEnabled(not busy)
        if self.mine:
            self._progress.set_running(busy)
        if not busy:
            self.mine = False
