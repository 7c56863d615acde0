"""Summarize: a document of any length, in a chosen style, length and language, with progress and cancel."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.document_controller import DocumentController
from desktop_llm.controllers.i18n import QT_TR_NOOP, tr, translated
from desktop_llm.core.document_types import Document, HistoryEntry, JobResult
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.core.summary_prompts import LENGTH_TOKENS, STYLE_LABELS, SummaryOptions
from desktop_llm.ui import design
from desktop_llm.ui.document_columns import build_document_columns, language_choices
from desktop_llm.ui.document_source_view import PASTED_TEXT, source_label
from desktop_llm.ui.export_dialog import ask_save_path, file_name_from, write_text_or_warn
from desktop_llm.ui.icons import icon
from desktop_llm.ui.job_binding import JobBinding
from desktop_llm.ui.job_progress_view import (
    NEEDS_TEXT,
    JobProgressView,
    duration_text,
    ending_text,
    notice_text,
    with_note,
)
from desktop_llm.ui.page_chrome import PageHeader, page_body

NEEDS_INSTRUCTION = QT_TR_NOOP("Write the custom instruction first.")
_LENGTH_LABELS = {"short": QT_TR_NOOP("Short"), "medium": QT_TR_NOOP("Medium"), "long": QT_TR_NOOP("Long")}


class SummarizePanel(QWidget):
    """GUI thread only."""

    def __init__(self, controller: DocumentController, renderer: MarkdownRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._renderer = renderer
        self._result = ""
        self._tokens = 0
        self.header = PageHeader(tr("Summarize"), tr("Condense a document of any length in the style, length and "
                                                     "language you choose."), icon_name="file-text")
        layout = page_body(self, self.header)
        options = QHBoxLayout()
        options.setSpacing(design.SPACE["s"])
        self.style_combo = QComboBox()
        for style_key, label in STYLE_LABELS.items():
            self.style_combo.addItem(translated(label), style_key)
        self.style_combo.setAccessibleName(tr("Summary style"))
        self.length = QComboBox()
        for length_key in LENGTH_TOKENS:
            self.length.addItem(translated(_LENGTH_LABELS.get(length_key, length_key)), length_key)
        self.length.setCurrentIndex(1)
        self.length.setAccessibleName(tr("Summary length"))
        self.language = QComboBox()
        self.language.addItem(tr("Same as the document"), "")
        for code, name in language_choices():
            self.language.addItem(name, code)
        self.language.setAccessibleName(tr("Summary language"))
        # Sized for their usual choices, not their longest ("Detailed, with section headings"): the row fits a
        # small window beside the Settings panel, and an open list still shows every item whole.
        for combo, letters in ((self.style_combo, 15), (self.language, 20)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        self.custom = QLineEdit()
        self.custom.setPlaceholderText(tr("Custom instruction, e.g. “List the action items with owners”"))
        self.custom.setVisible(False)
        self.style_combo.currentIndexChanged.connect(lambda _: self.custom.setVisible(self.style_combo.currentData() == "custom"))
        # Each choice under its muted caption: the row fits a 1024-pixel window beside the Settings panel.
        for label, widget in ((tr("Style"), self.style_combo), (tr("Length"), self.length),
                              (tr("Language"), self.language)):
            field = QVBoxLayout()
            field.setSpacing(2)
            caption = QLabel(label)
            caption.setProperty("kind", "muted")
            caption.setBuddy(widget)
            field.addWidget(caption)
            field.addWidget(widget)
            options.addLayout(field)
        options.addWidget(self.custom, 3, Qt.AlignmentFlag.AlignBottom)
        options.addStretch(1)  # the labels stay beside their fields while the custom instruction is hidden
        self.run_button = QPushButton(tr("Summarize"))
        self.run_button.setProperty("kind", "primary")
        self.run_button.setIcon(icon("sparkles", "on-accent"))
        self.run_button.setDefault(True)
        options.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(options)
        # Opt-in, since each page costs an image prompt and a long reply (issue 17); follows the chosen model.
        self.read_scans = QCheckBox(tr("Read scanned pages with the vision model (slow)"))
        layout.addWidget(self.read_scans)
        self._opened: Path | None = None  # the file last chosen, until its document arrives
        self.progress = JobProgressView()
        layout.addWidget(self.progress)

        self.result_view = QTextBrowser()
        self.result_view.setOpenLinks(False)
        self.result_view.setAccessibleName(tr("Summary"))
        self.result_view.setPlaceholderText(tr("The summary appears here."))
        self.history = QListWidget()
        self.history.setAccessibleName(tr("Earlier summaries"))
        self.history.setMaximumHeight(130)
        # One line per summary, cut with "…" at the list's width (the whole summary is the tooltip).
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)
        columns = build_document_columns(tr("Paste text to summarize, or open a document (any length)."),
                                         self.result_view, tr("Earlier summaries"), self.history, empty_icon="file-text")
        self.source, self.copy_button, self.export_button = columns.source, columns.copy_button, columns.export_button
        self.splitter = columns.splitter
        layout.addWidget(columns.splitter, 1)

        self.job = JobBinding(controller, "summary", self.progress, self.run_button, self)
        self.source.file_chosen.connect(self._on_source_file_chosen)
        controller.selection.changed.connect(self._update_read_scans)
        controller.scans_only.connect(self._on_controller_scans_only)
        self.source.editor.textChanged.connect(self._update_estimate)
        self.length.currentIndexChanged.connect(self._update_estimate)
        self.custom.textChanged.connect(lambda _: self.progress.clear_message(translated(NEEDS_INSTRUCTION)))
        self.run_button.clicked.connect(self.start)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._result))
        self.export_button.clicked.connect(self._export)
        self.history.itemActivated.connect(self._on_history_activated)
        self.history.itemClicked.connect(self._on_history_activated)
        controller.document_loaded.connect(self._on_controller_document_loaded)
        controller.document_failed.connect(self._on_controller_document_failed)
        controller.text_streamed.connect(self._on_controller_text_streamed)
        controller.job_finished.connect(self._on_controller_job_finished)
        self.refresh_history()
        self._update_read_scans()

    def _update_read_scans(self) -> None:
        can_see = self._controller.can_see
        self.read_scans.setEnabled(can_see)
        self.read_scans.setToolTip(
            tr("Pages without a text layer (scans) are shown to the model as images and read page by page, before "
               "the summary.") if can_see else
            tr("The chosen model cannot see images: pair it with its vision projector in the Library (Projector…) "
               "to read scanned pages."))

    def _wants_scans(self) -> bool:
        return self.read_scans.isChecked() and self.read_scans.isEnabled()

    def _on_source_file_chosen(self, path: Path) -> None:
        self._opened = path
        self._controller.open_file(path, "summary", read_scans=self._wants_scans())

    def _on_controller_scans_only(self, requester: str, path: Path) -> None:
        """A PDF with no text layer at all, opened with the box ticked: the model reads it, then summarizes it."""
        if requester != "summary" or self._controller.busy:
            return
        self._tokens = 0
        self.source.set_document(path.name, "", path)
        self._run(path.name, "", path)

    def options(self) -> SummaryOptions:
        return SummaryOptions(style=self.style_combo.currentData(), length=self.length.currentData(),
                              language=self.language.currentData(), custom_instruction=self.custom.text())

    def start(self) -> None:
        text = self.source.text()
        if not text.strip():
            self.progress.show_message(translated(NEEDS_TEXT))
            return
        if self.style_combo.currentData() == "custom" and not self.custom.text().strip():
            self.progress.show_message(translated(NEEDS_INSTRUCTION))
            return
        path = self.source.source_path
        scans = path if path is not None and path.suffix.lower() == ".pdf" and self._wants_scans() else None
        self._run(self.source.source_name, text, scans)

    def _run(self, name: str, text: str, scans_from: Path | None) -> None:
        self._result = ""
        self.result_view.clear()
        self.job.claim()
        self._controller.summarize(name, text, self.options(), scans_from=scans_from)

    def _update_estimate(self) -> None:
        text = self.source.text()
        if not text.strip():
            self.source.reset_info()
            return
        self.progress.clear_message(translated(NEEDS_TEXT))
        tokens = self._tokens if self.source.source_path else max(1, len(text) // 4)
        params = self._controller.load_params
        n_ctx = params.n_ctx if params else 4096
        seconds = self._controller.estimate_seconds(tokens, n_ctx, self.options().answer_tokens)
        counted = tr("%Ln token(s)", None, tokens) if self.source.source_path else "≈" + tr("%Ln token(s)", None, tokens)
        self.source.info.setText(tr("{name}: {characters}, {tokens} · about {time} on this computer").format(
            name=html.escape(source_label(self.source.source_name)), characters=tr("%Ln character(s)", None, len(text)),
            tokens=counted, time=duration_text(seconds)))

    def _on_controller_document_loaded(self, requester: str, document: Document, tokens: int) -> None:
        if requester != "summary":
            return
        self._tokens = tokens
        opened = self._opened if self._opened is not None and self._opened.name == document.name else None
        self.source.set_document(document.name, document.text, opened or Path(document.name))
        self._update_estimate()
        if document.warnings:
            self.progress.show_message(" ".join(notice_text(notice) for notice in document.warnings))

    def _on_controller_document_failed(self, requester: str, message: str) -> None:
        if requester != "summary":
            return
        self.progress.show_message(message)
        QMessageBox.warning(self, tr("Cannot open the document"), message)

    def _on_controller_text_streamed(self, text: str) -> None:
        if self.job.mine:
            self.result_view.setPlainText(text)

    def _on_controller_job_finished(self, kind: str, entry: HistoryEntry, result: JobResult) -> None:
        if not self.job.owns(kind):
            return
        self._show_result(result.text)
        if entry.options.get("read_scans") and entry.source_text != self.source.text():  # the pages the model read
            self._tokens = result.source_tokens
            self.source.set_document(entry.source_name, entry.source_text, self.source.source_path)
        how = tr("in one pass") if result.chunks <= 1 else tr("{parts}, {requests} to the model").format(
            parts=tr("%Ln part(s)", None, result.chunks), requests=tr("%Ln request(s)", None, len(result.requests)))
        # A piece cut at its length limit was continued or trimmed to a full sentence: said here (issue 13 part 5).
        note = ending_text(result)
        done = tr("Done in {time} ({how}).").format(time=duration_text(result.seconds), how=how)
        warnings = [notice_text(notice) for notice in result.warnings]  # the scanned pages read or skipped
        self.progress.show_done(" ".join([with_note(done, note), *warnings]))
        self.progress.label.setToolTip("\n".join([*warnings, note]).strip())
        self.refresh_history()

    def _show_result(self, text: str) -> None:
        self._result = text
        self.result_view.setHtml(self._renderer.render(text))
        self.copy_button.setEnabled(bool(text))
        self.export_button.setEnabled(bool(text))

    def refresh_history(self) -> None:
        self.history.clear()
        for entry in self._controller.history("summary"):
            style = translated(STYLE_LABELS.get(entry.options.get("style", ""), str(entry.options.get("style", ""))))
            start = " ".join(entry.result.split())  # one line: a summary's newlines would break the row
            item = QListWidgetItem(f"{source_label(entry.source_name)} · {style} · {start[:80]}")
            item.setToolTip(entry.result[:1000])
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.history.addItem(item)

    def _on_history_activated(self, item: QListWidgetItem) -> None:
        entry: HistoryEntry | None = item.data(Qt.ItemDataRole.UserRole)
        if entry is None:
            return
        # The options it was made with, so the page shows what produced it (and Summarize repeats it).
        options = entry.options
        for combo, key in ((self.style_combo, "style"), (self.length, "length"), (self.language, "language")):
            index = combo.findData(options.get(key, combo.currentData()))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.custom.setText(str(options.get("custom_instruction", "")))
        self.source.set_document(entry.source_name, entry.source_text, None)
        self._show_result(entry.result)

    def _export(self) -> None:
        path = ask_save_path(self, tr("Export summary"), f"{self._export_name()}.md",
                             tr("Markdown (*.md);;Text (*.txt)"))
        if path is not None:
            write_text_or_warn(self, path, self._result + "\n")

    def _export_name(self) -> str:
        """'<document> summary' for an opened file, the first words of pasted text otherwise."""
        name = self.source.source_name
        if name != PASTED_TEXT:
            stem = file_name_from(Path(name).stem, tr("document"))
        else:
            stem = file_name_from(" ".join(self.source.text().split()[:6]), tr("text"), 40)
        return tr("{name} summary").format(name=stem)
