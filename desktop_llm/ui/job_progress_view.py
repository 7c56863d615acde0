"""Progress of a document job: a bar, "chunk 3 of 12, about 1 min left", and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_llm.core.document_types import JobStage, Progress
from desktop_llm.core.downloads import format_eta
from desktop_llm.ui.icons import icon

NEEDS_TEXT = "Open a document or paste some text first."


def counted(count: int, noun: str) -> str:
    """'1 part', '3 parts': never 'part(s)'."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def result_buttons() -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """The Copy and Export row under a result; both start disabled until there is a result."""
    row = QHBoxLayout()
    copy_button = QPushButton("Copy")
    copy_button.setIcon(icon("copy"))
    export_button = QPushButton("Export…")
    export_button.setIcon(icon("download"))
    for button in (copy_button, export_button):
        button.setEnabled(False)
        row.addWidget(button)
    row.addStretch(1)
    return row, copy_button, export_button


_STAGES: dict[JobStage, str] = {
    "reading": "Reading", "summarizing": "Summarizing part", "combining": "Combining summaries",
    "writing": "Writing the summary", "translating": "Translating block",
}


class JobProgressView(QWidget):
    """GUI thread only. Sits right under the button that starts a job; it shows only while it has something to
    say (a job running, its outcome, a hint), so an idle page has no empty bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setAccessibleName("Progress")
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)  # the label beside it says more than a percentage
        row.addWidget(self.bar, 1)
        self.label = QLabel()
        self.label.setAccessibleName("Progress details")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 2)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.setVisible(False)
        row.addWidget(self.cancel_button)
        self.setVisible(False)

    def show_progress(self, progress: Progress) -> None:
        self.bar.setRange(0, max(1, progress.total))
        self.bar.setValue(min(progress.done, progress.total))
        stage = _STAGES.get(progress.stage, progress.stage)
        counter = f" {progress.done + 1} of {progress.total}" if progress.stage in ("summarizing", "translating") \
            and progress.done < progress.total else ""
        eta = f" · about {format_eta(progress.eta_s)} left" if progress.eta_s else ""
        self._show(f"{stage}{counter}{eta}", bar=True)

    def set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.cancel_button.setVisible(running)
        if running:
            self.bar.setRange(0, 0)  # busy until the first progress report
            self._show("Starting…", bar=True)

    def show_done(self, text: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self._show(text, bar=True)

    def clear_message(self, text: str) -> None:
        """Take back a hint (e.g. NEEDS_TEXT) once the user has done what it asked; anything else stays."""
        if self.label.text() == text:
            self.label.clear()
            self.setVisible(self.cancel_button.isEnabled())

    def show_message(self, text: str) -> None:
        """A hint or an outcome without a result (cancelled, failed): the text alone, no empty bar."""
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self._show(text, bar=False)

    def _show(self, text: str, bar: bool) -> None:
        self.label.setText(text)
        self.bar.setVisible(bar)
        self.setVisible(True)
