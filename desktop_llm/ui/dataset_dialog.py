"""“Make a dataset” (issue 16), opened from the Train page: from a document or a knowledge collection (the
selected model writes question/answer pairs grounded in each passage), from a CSV or JSONL table (a column mapping),
or from saved conversations (the Train page's own flow). The pairs are reviewed (edit, delete, regenerate) before
they are saved as chat JSONL in the data folder's datasets; the saved file becomes the Train form's data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.dataset_controller import DatasetController
from desktop_llm.controllers.i18n import error_text, tr
from desktop_llm.core.dataset_columns import ColumnMapping, Table
from desktop_llm.core.dataset_types import MAX_PAIRS_PER_CHUNK, MakeOptions, MakeProgress, MakeResult
from desktop_llm.core.errors import DatasetError
from desktop_llm.ipc.training_events import format_duration
from desktop_llm.ui.dataset_review import DatasetReviewView
from desktop_llm.ui.icons import icon

DOCUMENT, COLLECTION, TABLE, CONVERSATIONS = range(4)


class DatasetDialog(QDialog):
    """Lives on the GUI thread; the work runs in DatasetController's background lanes."""

    dataset_saved = Signal(str)  # the saved JSONL's path
    conversations_requested = Signal()  # the user chose saved conversations: the Train page's own dialog

    def __init__(self, controller: DatasetController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(tr("Make a dataset"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        source_row = QHBoxLayout()
        source_row.addWidget(QLabel(tr("From:")))
        self.source = QComboBox()
        self.source.setAccessibleName(tr("Dataset source"))
        for text in (tr("A document"), tr("A knowledge collection"), tr("A CSV or JSONL table"),
                     tr("Saved conversations")):
            self.source.addItem(text)
        source_row.addWidget(self.source, 1)
        layout.addLayout(source_row)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._document_page())
        self.pages.addWidget(self._collection_page())
        self.pages.addWidget(self._table_page())
        self.pages.addWidget(self._conversations_page())
        layout.addWidget(self.pages)
        self.options = QWidget()
        options = QFormLayout(self.options)
        options.setContentsMargins(0, 0, 0, 0)
        self.pairs_per_chunk = QSpinBox()
        self.pairs_per_chunk.setRange(1, MAX_PAIRS_PER_CHUNK)
        self.pairs_per_chunk.setValue(MakeOptions().pairs_per_chunk)
        self.pairs_per_chunk.setAccessibleName(tr("Pairs per passage"))
        options.addRow(tr("Pairs per passage:"), self.pairs_per_chunk)
        self.max_chunks = QSpinBox()
        self.max_chunks.setRange(1, 5000)
        self.max_chunks.setValue(MakeOptions().max_chunks)
        self.max_chunks.setToolTip(tr("A longer source is sampled evenly down to this many passages"))
        self.max_chunks.setAccessibleName(tr("Passages at most"))
        options.addRow(tr("Passages at most:"), self.max_chunks)
        layout.addWidget(self.options)
        self.system_prompt = QLineEdit()
        self.system_prompt.setPlaceholderText(tr("Optional: a system message written into every example"))
        self.system_prompt.setAccessibleName(tr("System message"))
        layout.addWidget(self.system_prompt)
        run_row = QHBoxLayout()
        self.make_button = QPushButton(tr("Write pairs"))
        self.make_button.setIcon(icon("sparkles", "on-accent"))
        self.make_button.setProperty("kind", "primary")
        self.make_button.clicked.connect(self._make)
        run_row.addWidget(self.make_button)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(controller.cancel)
        self.cancel_button.setEnabled(False)
        run_row.addWidget(self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Dataset progress"))
        self.progress.setVisible(False)
        run_row.addWidget(self.progress, 1)
        layout.addLayout(run_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Dataset status"))
        layout.addWidget(self.status)
        self.review = DatasetReviewView()
        self.review.regenerate_requested.connect(lambda row, pair, avoid: controller.regenerate(row, pair, avoid))
        layout.addWidget(self.review, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(QLabel(tr("Name:")))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(tr("Dataset name"))
        save_row.addWidget(self.name_edit, 1)
        self.save_button = QPushButton(tr("Save and use"))
        self.save_button.setToolTip(tr("Save as JSONL in {folder} and use it in the Train form").format(
            folder=controller.folder))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save)
        save_row.addWidget(self.save_button)
        self.review.pairs_changed.connect(lambda count: self.save_button.setEnabled(count > 0))
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        save_row.addWidget(close)
        layout.addLayout(save_row)
        self.source.currentIndexChanged.connect(self._on_source_changed)
        controller.progressed.connect(self._on_progressed)
        controller.made.connect(self._on_made)
        controller.make_failed.connect(self._on_failed)
        controller.make_cancelled.connect(self._on_cancelled)
        controller.busy_changed.connect(self._on_busy)
        controller.pair_regenerated.connect(self.review.replace_pair)
        controller.regenerate_failed.connect(self._on_regenerate_failed)
        controller.table_read.connect(self._on_table_read)
        controller.table_failed.connect(self._on_failed)
        self._table: Table | None = None
        self._on_source_changed(DOCUMENT)

    # Pages --------------------------------------------------------------------------------------------------
    def _document_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.document_edit = QLineEdit()
        self.document_edit.setAccessibleName(tr("Document"))
        self.document_edit.setPlaceholderText(tr("A txt, md, pdf, docx or html file"))
        row.addWidget(self.document_edit, 1)
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse_document)
        row.addWidget(browse)
        return page

    def _collection_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.collection_combo = QComboBox()
        self.collection_combo.setAccessibleName(tr("Knowledge collection"))
        row.addWidget(self.collection_combo, 1)
        return page

    def _table_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        file_row = QHBoxLayout()
        self.table_edit = QLineEdit()
        self.table_edit.setAccessibleName(tr("Table file"))
        self.table_edit.setPlaceholderText(tr("A CSV file with a header row, or JSONL"))
        self.table_edit.editingFinished.connect(self._read_table)
        file_row.addWidget(self.table_edit, 1)
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse_table)
        file_row.addWidget(browse)
        form.addRow(tr("File:"), file_row)
        self.prompt_column, self.answer_column, self.system_column = QComboBox(), QComboBox(), QComboBox()
        for combo, label in ((self.prompt_column, tr("Prompt column:")), (self.answer_column, tr("Answer column:")),
                             (self.system_column, tr("System column:"))):
            combo.setAccessibleName(label.rstrip(":"))
            form.addRow(label, combo)
        return page

    def _conversations_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("Your saved conversations, each as one example (its current branch)."))
        label.setWordWrap(True)
        row.addWidget(label, 1)
        choose = QPushButton(tr("Choose conversations…"))
        choose.clicked.connect(self._conversations)
        row.addWidget(choose)
        return page

    # Actions ------------------------------------------------------------------------------------------------
    def _on_source_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.options.setVisible(index in (DOCUMENT, COLLECTION))
        self.make_button.setVisible(index != CONVERSATIONS)
        self.make_button.setText(tr("Use the rows") if index == TABLE else tr("Write pairs"))
        if index == COLLECTION:
            self.collection_combo.clear()
            for collection_id, name in self.controller.collections():
                self.collection_combo.addItem(name, collection_id)
            if not self.collection_combo.count():
                self._show_status(tr("There are no knowledge collections yet: add one on the Knowledge page."))
        self._update_make()

    def _update_make(self) -> None:
        index = self.source.currentIndex()
        ready = {DOCUMENT: True, COLLECTION: self.collection_combo.count() > 0,
                 TABLE: self._table is not None}.get(index, False)
        self.make_button.setEnabled(ready and not self.controller.busy)

    def _browse_document(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Document"), "", tr("Documents (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;All files (*)"))
        if path:
            self.document_edit.setText(path)

    def _browse_table(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Table"), "", tr("Tables (*.csv *.tsv *.jsonl *.json);;All files (*)"))
        if path:
            self.table_edit.setText(path)
            self._read_table()

    def _read_table(self) -> None:
        if self.table_edit.text().strip():
            self._show_status(tr("Reading the table…"))
            self.controller.read_table(Path(self.table_edit.text().strip()))

    def _make_options(self) -> MakeOptions:
        return MakeOptions(pairs_per_chunk=self.pairs_per_chunk.value(), max_chunks=self.max_chunks.value(),
                           system_prompt=self.system_prompt.text().strip())

    def _make(self) -> None:
        index = self.source.currentIndex()
        if index == DOCUMENT:
            text = self.document_edit.text().strip()
            if not text:
                self._show_status(tr("Choose a document first."), error=True)
                return
            self.controller.make_from_document(Path(text), self._make_options())
        elif index == COLLECTION and self.collection_combo.count():
            self.controller.make_from_collection(int(self.collection_combo.currentData()), self._make_options())
        elif index == TABLE and self._table is not None:
            self._use_table(self._table)

    def _use_table(self, table: Table) -> None:
        system = str(self.system_column.currentData() or "")
        mapping = ColumnMapping(self.prompt_column.currentText(), self.answer_column.currentText(), system)
        try:
            mapped = self.controller.map_table(table, mapping)
        except DatasetError as exc:
            self._show_status(error_text(exc), error=True)
            return
        result = self.controller.use_table_rows(mapped.pairs, Path(self.table_edit.text()).stem)
        self.review.set_pairs(result.pairs, can_regenerate=False)
        skipped = mapped.empty + mapped.too_long
        note = tr("%n row(s) used", None, len(mapped.pairs))
        if skipped:
            note += " · " + tr("%n row(s) skipped (empty or too long)", None, skipped)
        if table.more_rows:
            note += " · " + tr("%n row(s) past the limit left out", None, table.more_rows)
        self._show_status(note)
        self.name_edit.setText(result.source)

    def _conversations(self) -> None:
        self.conversations_requested.emit()
        self.accept()

    def _save(self) -> None:
        pairs = self.review.pairs()
        name = self.name_edit.text().strip() or self.controller.result.source or "dataset"
        try:
            path = self.controller.save(name, pairs, self.system_prompt.text().strip())
        except DatasetError as exc:
            QMessageBox.warning(self, tr("Cannot save the dataset"), error_text(exc))
            return
        self._show_status(tr("Saved {count} pairs to {path}").format(count=len(pairs), path=path))
        self.dataset_saved.emit(str(path))
        self.accept()

    # Controller signals --------------------------------------------------------------------------------------
    def _on_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self._show_status(tr("Loading the model and reading the source…"))
        self._update_make()

    def _on_progressed(self, progress: MakeProgress) -> None:
        self.progress.setRange(0, max(1, progress.total))
        self.progress.setValue(progress.done)
        text = tr("Passage {done} of {total} · %n pair(s)", None, progress.pairs).format(
            done=progress.done, total=progress.total)
        if progress.failed:
            text += " · " + tr("%n passage(s) skipped", None, progress.failed)
        if progress.eta_s is not None and progress.done < progress.total:
            text += " · " + tr("about {time} left").format(time=format_duration(progress.eta_s))
        self._show_status(text)

    def _on_made(self, result: MakeResult) -> None:
        self.review.set_pairs(result.pairs)
        text = tr("%n pair(s) written from {chunks} passages.", None, len(result.pairs)).format(chunks=len(result.chunks))
        if result.resumed_chunks:
            text += " " + tr("{count} passages were taken from the interrupted run.").format(count=result.resumed_chunks)
        if result.failed_chunks:
            text += " " + tr("%n passage(s) skipped: the model's reply could not be read twice.", None,
                             len(result.failed_chunks))
        self._show_status(text + " " + tr("Review them, then save."))
        if not self.name_edit.text():
            self.name_edit.setText(Path(result.source).stem if result.source else "")

    def _on_failed(self, message: str) -> None:
        self._show_status(message, error=True)

    def _on_cancelled(self) -> None:
        self._show_status(tr("Cancelled. The passages answered so far are kept: Write pairs again to go on from there."))

    def _on_regenerate_failed(self, _row: int, message: str) -> None:
        self.review.regeneration_ended()
        self._show_status(message, error=True)

    def _on_table_read(self, table: Table) -> None:
        self._table = table
        for combo in (self.prompt_column, self.answer_column, self.system_column):
            combo.clear()
        self.system_column.addItem(tr("(none)"), "")
        for column in table.columns:
            self.prompt_column.addItem(column)
            self.answer_column.addItem(column)
            self.system_column.addItem(column, column)
        guess = {c.lower(): c for c in table.columns}
        for combo, names, fallback in ((self.prompt_column, ("prompt", "question", "instruction", "input"), 0),
                                       (self.answer_column, ("answer", "response", "output", "completion"), 1)):
            found = next((guess[n] for n in names if n in guess), None)
            combo.setCurrentIndex(combo.findText(found) if found else min(fallback, combo.count() - 1))
        note = tr("%n row(s), columns: {columns}", None, len(table.rows)).format(columns=", ".join(table.columns[:12]))
        if table.bad_lines:
            note += " · " + tr("%n line(s) that are not JSON objects skipped", None, table.bad_lines)
        self._show_status(note)
        self._update_make()

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setProperty("kind", "danger" if error else "muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.cancel()  # the journal keeps what was answered; the next run resumes
        super().closeEvent(event)

    def reject(self) -> None:
        self.controller.cancel()
        super().reject()
