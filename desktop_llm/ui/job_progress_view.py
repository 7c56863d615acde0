"""Progress of a document job: a bar, "chunk 3 of 12, about 1 min left", and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_llm.controllers.i18n import QT_TR_NOOP, number_text, tr, translated
from desktop_llm.core.document_types import JobResult, JobStage, Notice, Progress
from desktop_llm.ui.icons import icon

NEEDS_TEXT = QT_TR_NOOP("Open a document or paste some text first.")  # shown as translated(NEEDS_TEXT)


def duration_text(seconds: float | None) -> str:
    """'45 s', '2 min 05 s', '1 h 07 min' in the user's language (core's format_eta, translated)."""
    if seconds is None:
        return "—"
    whole = int(seconds)
    if whole < 60:
        return tr("{seconds} s").format(seconds=whole)
    if whole < 3600:
        return tr("{minutes} min {seconds} s").format(minutes=whole // 60, seconds=f"{whole % 60:02d}")
    return tr("{hours} h {minutes} min").format(hours=whole // 3600, minutes=f"{whole % 3600 // 60:02d}")


def ending_text(result: JobResult) -> str:
    """JobResult.ending_note in the user's language: how the pieces cut at the length limit were made to end."""
    endings = result.cut_endings
    if not endings:
        return ""
    kinds = ((endings.count("continued"), tr("{count} continued")),
             (endings.count("trimmed"), tr("{count} trimmed to its last full sentence")),
             (endings.count("ellipsis"), tr("{count} ended with '…' (no full sentence to keep)")))
    ways = tr(", ").join(text.format(count=number_text(n)) for n, text in kinds if n)
    return tr("%n piece(s) cut at the length limit: {ways}", None, len(endings)).format(ways=ways)


def notice_text(notice: Notice) -> str:
    """A warning from reading a document or from a job, in the user's language (its template translated, then
    filled in)."""
    return notice.text(translated(notice.template))


def with_note(sentence: str, note: str) -> str:
    """A sentence, then a note made a sentence of its own ('Done in 4 s. 1 piece was cut …')."""
    return tr("{sentence} {note}.").format(sentence=sentence, note=note) if note else sentence


def result_buttons() -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """The Copy and Export row under a result; both start disabled until there is a result."""
    row = QHBoxLayout()
    copy_button = QPushButton(tr("Copy"))
    copy_button.setIcon(icon("copy"))
    export_button = QPushButton(tr("Export…"))
    export_button.setIcon(icon("download"))
    for button in (copy_button, export_button):
        button.setEnabled(False)
        row.addWidget(button)
    row.addStretch(1)
    return row, copy_button, export_button


# What a job is doing; a part or block counted "3 of 12" while there are more to go.
_STAGES: dict[JobStage, str] = {
    "reading": QT_TR_NOOP("Reading"), "summarizing": QT_TR_NOOP("Summarizing part"),
    "combining": QT_TR_NOOP("Combining summaries"), "writing": QT_TR_NOOP("Writing the summary"),
    "translating": QT_TR_NOOP("Translating block"),
}
_COUNTED_STAGES: dict[JobStage, str] = {
    "summarizing": QT_TR_NOOP("Summarizing part {done} of {total}"),
    "translating": QT_TR_NOOP("Translating block {done} of {total}"),
}


class JobProgressView(QWidget):
    """GUI thread only. Sits right under the button that starts a job; it shows only while it has something to
    say (a job running, its outcome, a hint), so an idle page has no empty bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("Progress"))
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)  # the label beside it says more than a percentage
        row.addWidget(self.bar, 1)
        self.label = QLabel()
        self.label.setAccessibleName(tr("Progress details"))
        self.label.setWordWrap(True)
        row.addWidget(self.label, 2)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.setVisible(False)
        row.addWidget(self.cancel_button)
        self.setVisible(False)

    def show_progress(self, progress: Progress) -> None:
        self.bar.setRange(0, max(1, progress.total))
        self.bar.setValue(min(progress.done, progress.total))
        stage = translated(_STAGES.get(progress.stage, progress.stage))
        if progress.stage in _COUNTED_STAGES and progress.done < progress.total:
            stage = translated(_COUNTED_STAGES[progress.stage]).format(done=progress.done + 1, total=progress.total)
        if progress.eta_s:
            stage = tr("{stage} · about {time} left").format(stage=stage, time=duration_text(progress.eta_s))
        self._show(stage, bar=True)

    def set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.cancel_button.setVisible(running)
        if running:
            self.bar.setRange(0, 0)  # busy until the first progress report
            self._show(tr("Starting…"), bar=True)

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
