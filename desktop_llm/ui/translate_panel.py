"""Translate: text or a document between languages, side by side, structure and code kept, glossary applied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop_llm.controllers.document_controller import DocumentController
from desktop_llm.controllers.i18n import tr, translated
from desktop_llm.core.document_types import Document, HistoryEntry, JobResult
from desktop_llm.core.languages import default_target, language_name
from desktop_llm.core.translation import TranslateOptions, parse_glossary
from desktop_llm.ui import design
from desktop_llm.ui.document_columns import build_document_columns, language_choices
from desktop_llm.ui.document_source_view import PASTED_TEXT, TRANSLATION_TEXT, source_label
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

AUTO = "auto"


def shown_language(code: str) -> str:
    """A language's name in the user's language ("German" -> "德语")."""
    return translated(language_name(code))


class TranslatePanel(QWidget):
    """GUI thread only."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._result = ""
        self._docx_source: Path | None = None
        self.header = PageHeader(tr("Translate"), tr("Translate text or documents between languages, side by side; "
                                                     "structure and code are kept."), icon_name="languages")
        layout = page_body(self, self.header)
        bar = QHBoxLayout()
        bar.setSpacing(design.SPACE["s"])
        self.source_language = QComboBox()
        self.source_language.addItem(tr("Auto-detect"), AUTO)
        self.target_language = QComboBox()
        for code, name in language_choices():
            self.source_language.addItem(name, code)
            self.target_language.addItem(name, code)
        # Into the UI's language (a Chinese reader translates into Chinese, issue 21), else English.
        self.target_language.setCurrentIndex(max(0, self.target_language.findData(default_target(QLocale().name()))))
        self.source_language.setAccessibleName(tr("Source language"))
        self.target_language.setAccessibleName(tr("Target language"))
        self.swap_button = QPushButton(tr("Swap"))
        self.swap_button.setIcon(icon("arrow-left-right"))
        self.swap_button.setToolTip(tr("Swap the languages (and put the translation on the left)"))
        self.swap_button.setAccessibleName(tr("Swap languages"))
        self.run_button = QPushButton(tr("Translate"))
        self.run_button.setProperty("kind", "primary")
        self.run_button.setIcon(icon("languages", "on-accent"))
        self.run_button.setDefault(True)
        bar.addWidget(QLabel(tr("From", "source language")))
        bar.addWidget(self.source_language)
        bar.addWidget(self.swap_button)
        bar.addWidget(QLabel(tr("To", "target language")))
        bar.addWidget(self.target_language)
        bar.addStretch(1)
        bar.addWidget(self.run_button)
        layout.addLayout(bar)
        self.progress = JobProgressView()
        layout.addWidget(self.progress)
        self.detected = QLabel()
        self.detected.setProperty("kind", "muted")
        self.detected.setVisible(False)  # shown with a detection: an empty line would push the result down
        self.result_view = QPlainTextEdit()
        self.result_view.setReadOnly(True)
        self.result_view.setAccessibleName(tr("Translation"))
        self.result_view.setPlaceholderText(tr("The translation appears here."))
        self.glossary = QPlainTextEdit()
        self.glossary.setMaximumHeight(90)
        self.glossary.setPlaceholderText(tr("AcmeSync\ncloud = Wolke", "a glossary example: a name kept, a term fixed"))
        self.glossary.setAccessibleName(tr("Glossary"))
        columns = build_document_columns(
            tr("Text to translate, or open a document. Code blocks are never translated."), self.result_view,
            tr("Glossary: one term a line; “term” keeps it as is, “term = translation” fixes it"), self.glossary,
            above_result=self.detected, empty_icon="languages")
        self.source, self.copy_button, self.export_button = columns.source, columns.copy_button, columns.export_button
        self.splitter = columns.splitter
        layout.addWidget(columns.splitter, 1)

        self.job = JobBinding(controller, "translation", self.progress, self.run_button, self)
        self.source.file_chosen.connect(self._on_source_file_chosen)
        self.swap_button.clicked.connect(self.swap)
        self.source.editor.textChanged.connect(self._on_source_text_changed)
        self.source_language.currentIndexChanged.connect(lambda _: self._forget_detection())
        self.run_button.clicked.connect(self.start)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._result))
        self.export_button.clicked.connect(self._export)
        controller.document_loaded.connect(self._on_controller_document_loaded)
        controller.document_failed.connect(self._on_controller_document_failed)
        controller.text_streamed.connect(self._on_controller_text_streamed)
        controller.job_finished.connect(self._on_controller_job_finished)

    def _forget_detection(self) -> None:
        """"Detected: German" is about the text it was detected on, with Auto-detect chosen: after a swap, an edit
        or another source language it would be stale."""
        self.detected.clear()
        self.detected.setVisible(False)

    def _on_source_text_changed(self) -> None:
        self._forget_detection()
        if self.source.text().strip():
            self.progress.clear_message(translated(NEEDS_TEXT))

    def _on_controller_text_streamed(self, text: str) -> None:
        if self.job.mine:
            self.result_view.setPlainText(text)

    def options(self, text: str) -> TranslateOptions:
        source = self.source_language.currentData()
        if source == AUTO:
            source = self._controller.detect_language(text) or AUTO
            self.detected.setText(tr("Detected: {language}").format(language=shown_language(source)) if source != AUTO
                                  else tr("Language not recognised"))
            self.detected.setVisible(True)
        return TranslateOptions(source, self.target_language.currentData(), tuple(parse_glossary(self.glossary.toPlainText())))

    def start(self) -> None:
        text = self.source.text()
        if not text.strip():
            self.progress.show_message(translated(NEEDS_TEXT))
            return
        options = self.options(text)
        if options.source == options.target:
            self.progress.show_message(tr("The text is already in {language}.").format(
                language=shown_language(options.target)))
            return
        self.job.claim()
        self.result_view.clear()
        self._result = ""
        self._controller.translate(self.source.source_name, text, options)

    def swap(self) -> None:
        source, target = self.source_language.currentData(), self.target_language.currentData()
        if source == AUTO:
            source = self._controller.detect_language(self.source.text()) or "en"
        self.source_language.setCurrentIndex(self.source_language.findData(target))
        self.target_language.setCurrentIndex(self.target_language.findData(source))
        if self._result:
            translated = self._result
            self.source.set_document(TRANSLATION_TEXT, translated, None)
            self.result_view.clear()
            self._result = ""

    def _on_source_file_chosen(self, path: Path) -> None:
        self._docx_source = path if path.suffix.lower() == ".docx" else None
        self._controller.open_file(path, "translation")

    def _on_controller_document_failed(self, requester: str, message: str) -> None:
        if requester == "translation":
            self.progress.show_message(message)
            QMessageBox.warning(self, tr("Cannot open the document"), message)

    def _on_controller_document_loaded(self, requester: str, document: Document, tokens: int) -> None:
        if requester != "translation":
            return
        self.source.set_document(document.name, document.text, Path(document.name))
        seconds = self._controller.estimate_seconds(tokens or len(document.text) // 4, 0, 0, translate=True)
        self.source.info.setText(tr("{name}: {characters}, {tokens} · about {time} on this computer").format(
            name=source_label(document.name), characters=tr("%Ln character(s)", None, len(document.text)),
            tokens=tr("%Ln token(s)", None, tokens), time=duration_text(seconds)))
        if document.warnings:  # pages without a text layer, skipped
            self.progress.show_message(" ".join(notice_text(notice) for notice in document.warnings))

    def _on_controller_job_finished(self, kind: str, entry: HistoryEntry, result: JobResult) -> None:
        if not self.job.owns(kind):
            return
        self._result = result.text
        self.result_view.setPlainText(result.text)
        for button in (self.copy_button, self.export_button):
            button.setEnabled(True)
        time = duration_text(result.seconds)
        done = tr("Done in {time} (%n warning(s)).", None, len(result.warnings)).format(time=time) if result.warnings \
            else tr("Done in {time}.").format(time=time)
        # A block cut at its length limit was continued or trimmed to a full sentence: said here (issue 13 part 5).
        ending = ending_text(result)
        self.progress.show_done(with_note(done, ending))
        self.progress.label.setToolTip("\n".join([*map(notice_text, result.warnings), ending]).strip())

    def _export(self) -> None:
        filters = tr("Markdown (*.md);;Text (*.txt)") + (";;" + tr("Word document (*.docx)") if self._docx_source else "")
        path = ask_save_path(self, tr("Export translation"), f"{self._export_name()}.md", filters)
        if path is None:
            return
        if path.suffix.lower() == ".docx" and self._docx_source is not None:
            self.job.claim()
            self._controller.translate_docx(self._docx_source, path, self.options(self.source.text()))
            return
        write_text_or_warn(self, path, self._result + "\n")

    def _export_name(self) -> str:
        """'<document> (German)' for an opened file, the first words of pasted text otherwise."""
        name = self.source.source_name
        stem = file_name_from(Path(name).stem, tr("document")) if name not in (PASTED_TEXT, TRANSLATION_TEXT) else \
            file_name_from(" ".join(self.source.text().split()[:6]), tr("text"), 40)
        return tr("{name} ({language})", "an exported translation's file name").format(
            name=stem, language=shown_language(self.target_language.currentData()))
