"""The selected collection on the Knowledge page: its folders and files, its embedding model, its index status
with progress and Pause/Cancel/Re-index, the files that could not be read (with why), and a search to try."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import number_text, tr, translated
from desktop_llm.controllers.knowledge_controller import CollectionRow, KnowledgeController
from desktop_llm.core.knowledge_types import FailedFile, IndexedFile, IndexProgress, IndexReport, SearchResult
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon
from desktop_llm.ui.knowledge_items import DETAIL_ROLE, FittedList, TwoLineDelegate, style_list
from desktop_llm.ui.knowledge_results import PassageList
from desktop_llm.ui.page_chrome import icon_button


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("kind", "section")
    return label


def eta_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 60:
        return tr("about %n second(s) left", None, max(1, round(seconds)))
    return tr("about %n minute(s) left", None, round(seconds / 60))


def progress_text(progress: IndexProgress) -> str:
    """"12 of 40 files · 310 chunks · about 2 minutes left"."""
    parts = [tr("{done} of {total} files").format(done=number_text(progress.files_done),
                                                   total=number_text(progress.files_total)),
             tr("%n chunk(s)", None, progress.chunks_done)]
    if eta := eta_text(progress.eta_s):
        parts.append(eta)
    return " · ".join(parts)


def report_text(report: IndexReport) -> str:
    if report.paused:
        return tr("Paused: what is indexed so far is kept")
    changes = report.added + report.changed + report.removed
    if not changes and not report.failed:
        text = tr("Up to date")
    else:
        text = tr("Indexed: {added} new, {changed} changed, {removed} removed, {failed} not read").format(
            added=number_text(report.added), changed=number_text(report.changed),
            removed=number_text(report.removed), failed=number_text(len(report.failed)))
    if report.warnings:
        text += " · " + tr("%n file(s) read in part", None, len(report.warnings))
    return text


def failure_text(failure: FailedFile) -> str:
    """Why a file could not be read (or what of it was skipped), in the user's language: its template translated,
    then filled; a reason stored before there were templates is looked up as it is."""
    if failure.template:
        return failure.text(translated(failure.template))
    return translated(failure.reason) if failure.reason else tr("unknown reason")


class KnowledgeDetailPanel(QWidget):
    """GUI thread only. Shows one collection (`show_row`) and asks the controller for everything it changes."""

    def __init__(self, knowledge: KnowledgeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self.row: CollectionRow | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(design.SPACE["s"])
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("kind", "title")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.delete_button = icon_button(name="trash-2", tip=tr("Delete this collection and its index"), on_click=self._delete)
        top.addWidget(self.delete_button)
        column.addLayout(top)

        column.addWidget(_section(tr("Folders and files")))
        self.sources = FittedList(max_rows=4)  # a folder or file a row: its icon, its name, the folder it is in
        style_list(self.sources, TwoLineDelegate(self.sources, title_lines=1, detail_lines=1,
                                                 icon_size=design.ICON["m"]), "knowledge-sources")
        self.sources.setAccessibleName(tr("Folders and files of the collection"))
        self.sources.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self._files: set[str] = set()  # the indexed files: a source among them is a file, the others folders
        column.addWidget(self.sources)
        buttons = QHBoxLayout()
        for name, text, slot in (("folder-plus", tr("Add folder…"), self._add_folder),
                                 ("file-plus", tr("Add files…"), self._add_files),
                                 ("trash-2", tr("Remove"), self._remove_sources)):
            button = icon_button(name, text, slot)
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)

        model_row = QHBoxLayout()
        model_label = QLabel(tr("Embedding model"))
        model_row.addWidget(model_label)
        self.model = QComboBox()
        self.model.setAccessibleName(tr("Embedding model"))
        self.model.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model.setMinimumContentsLength(16)
        self.model.activated.connect(self._on_model_activated)
        model_row.addWidget(self.model, 1)
        column.addLayout(model_row)

        column.addWidget(_section(tr("Index")))
        self.status = QLabel()
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        status_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        status_row.addWidget(self.progress, 1)
        status_row.addStretch(0)  # the progress bar hidden (up to date), the buttons keep their width on the right
        self.pause_button = QPushButton(tr("Pause"))
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(lambda _checked=False: self._with_id(self._knowledge.cancel))
        self.reindex_button = QPushButton(tr("Re-index"))
        self.reindex_button.setToolTip(tr("Read new and changed files again and drop deleted ones"))
        self.reindex_button.clicked.connect(lambda _checked=False: self._with_id(self._knowledge.index))
        for action in (self.pause_button, self.cancel_button, self.reindex_button):
            status_row.addWidget(action)
        column.addLayout(status_row)

        self.failed_label = _section(tr("Couldn't read"))
        column.addWidget(self.failed_label)
        self.failed = FittedList(max_rows=4)  # the file's name once, in bold; the reason under it
        style_list(self.failed, TwoLineDelegate(self.failed, title_lines=1, detail_lines=3, bold_title=True),
                   "knowledge-failed")
        self.failed.setAccessibleName(tr("Files that could not be read, with the reason"))
        column.addWidget(self.failed)

        column.addWidget(_section(tr("Try a search")))
        search_row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Ask something the documents answer…"))
        self.query.setAccessibleName(tr("Search query"))
        self.query.returnPressed.connect(self.search)
        search_row.addWidget(self.query, 1)
        self.search_button = QPushButton(tr("Search"))
        self.search_button.clicked.connect(lambda _checked=False: self.search())
        search_row.addWidget(self.search_button)
        column.addLayout(search_row)
        self.search_note = QLabel()
        self.search_note.setProperty("kind", "muted")
        self.search_note.setWordWrap(True)
        column.addWidget(self.search_note)
        self.results = PassageList()
        self.results.setAccessibleName(tr("Passages found"))
        self.results.setAccessibleDescription(tr("Press Enter on a passage to read it in its file's context"))
        self.results.setMinimumHeight(260)
        column.addWidget(self.results, 1)
        self._last_report: dict[int, IndexReport] = {}
        self._show_failed([])

    # What the page hands in ---------------------------------------------------------------------------------------
    def show_row(self, row: CollectionRow, models: list[str]) -> None:
        changed = self.row is None or self.row.collection.id != row.collection.id
        self.row = row
        self.title.setText(row.collection.name)
        self.set_models(models)
        if changed:
            self._files = set()
            self.results.clear()
            self.search_note.clear()
            self._show_failed([])
            self._knowledge.list_files(row.collection.id)
        self._show_sources()
        self.show_status()

    def _show_sources(self) -> None:
        """The collection's folders and files, each with its icon (a file where the index has it as one; no
        look at the disk from here: a stat on a dead network share would stall the GUI)."""
        self.sources.clear()
        for source in self.row.collection.sources if self.row else ():
            path = Path(source)
            is_file = source in self._files
            item = QListWidgetItem(icon("file-text" if is_file else "folder-open"), path.name or source)
            item.setData(DETAIL_ROLE, str(path.parent) if path.name else "")
            item.setData(Qt.ItemDataRole.UserRole, source)
            item.setToolTip(source)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, (tr("File: {path}") if is_file
                                                              else tr("Folder: {path}")).format(path=source))
            self.sources.addItem(item)
        self.sources.refit()

    def set_models(self, models: list[str]) -> None:
        self.model.clear()
        self.model.addItem(tr("Keyword search only (BM25)"), "")
        current = self.row.collection.embedding_model if self.row else ""
        for path in [*models, *([current] if current and current not in models else [])]:
            self.model.addItem(Path(path).name, path)
            self.model.setItemData(self.model.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        self.model.setCurrentIndex(max(0, self.model.findData(current)))

    def show_status(self) -> None:
        if self.row is None:
            return
        collection_id = self.row.collection.id
        running = self._knowledge.indexing(collection_id)
        paused = collection_id in self._knowledge.paused
        progress = self._knowledge.progress.get(collection_id)
        if running:
            text = progress_text(progress) if progress else tr("Looking for new and changed files…")
            self.progress.setRange(0, max(progress.files_total, 1) if progress else 0)
            self.progress.setValue(progress.files_done if progress else 0)
        else:
            report = self._last_report.get(collection_id)
            text = report_text(report) if report else " · ".join(
                (tr("%n file(s)", None, self.row.files), tr("%n chunk(s)", None, self.row.chunks)))
            self.progress.setRange(0, 1)
            self.progress.setValue(0 if paused else 1)
        self.status.setText(text)
        self.progress.setVisible(running or paused)
        self.pause_button.setVisible(running or paused)
        self.pause_button.setText(tr("Resume") if paused and not running else tr("Pause"))
        self.cancel_button.setVisible(running)
        self.reindex_button.setEnabled(not running)

    def show_files(self, collection_id: int, files: list[IndexedFile]) -> None:
        if self.row is not None and collection_id == self.row.collection.id:
            self._files = {f.path for f in files}
            self._show_sources()
            # the files that failed, then those read in part (a PDF's pages without text) with what was skipped
            self._show_failed([f for f in files if f.status == "failed"] + [f for f in files if f.error
                                                                             and f.status != "failed"])

    def show_report(self, collection_id: int, report: IndexReport) -> None:
        self._last_report[collection_id] = report
        self.show_status()

    def show_error(self, collection_id: int, message: str) -> None:
        if self.row is not None and collection_id == self.row.collection.id:
            self.show_status()
            self.status.setText(tr("Indexing failed: {reason}").format(reason=message))

    def show_result(self, result: SearchResult) -> None:
        self.results.clear()
        self.search_button.setEnabled(True)
        if not result.passages:
            self.search_note.setText(tr("Nothing found."))
            return
        mode = tr("Keyword search only (BM25)") if result.mode == "bm25" else tr("Keywords and meaning")
        note = tr("%n passage(s)", None, len(result.passages)) + " · " + mode
        if not result.relevant:
            note += " · " + tr("none looks relevant: the documents may not say")
        if result.bm25_fallback:
            note += " · " + tr("by keywords only: the embedding model could not be used")
        if result.reranked:
            note += " · " + tr("re-ranked")
        self.search_note.setText(note + " · " + tr("click a passage to read it in context"))
        self.results.show_passages(list(result.passages))

    def show_search_error(self, message: str) -> None:
        self.search_button.setEnabled(True)
        self.results.clear()
        self.search_note.setText(tr("Search failed: {reason}").format(reason=message))

    # User actions -------------------------------------------------------------------------------------------------
    def search(self) -> None:
        if self.row is not None and self.query.text().strip():
            self.search_button.setEnabled(False)
            self.search_note.setText(tr("Searching…"))
            self._knowledge.search([self.row.collection.id], self.query.text())

    def _show_failed(self, failed: list[IndexedFile]) -> None:
        self.failed.clear()
        for file in failed:
            reason = failure_text(file.failure)
            item = QListWidgetItem(Path(file.path).name)
            item.setData(DETAIL_ROLE, reason)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, reason)
            item.setToolTip(f"{file.path}\n{reason}")
            self.failed.addItem(item)
        self.failed.refit()
        self.failed_label.setVisible(bool(failed))
        self.failed.setVisible(bool(failed))

    def _with_id(self, action: object) -> None:
        if self.row is not None and callable(action):
            action(self.row.collection.id)
            self.show_status()

    def _pause_or_resume(self) -> None:
        if self.row is None:
            return
        if self._knowledge.indexing(self.row.collection.id):
            self._knowledge.pause(self.row.collection.id)
        else:
            self._knowledge.index(self.row.collection.id)
        self.show_status()

    def _on_model_activated(self, index: int) -> None:
        model = str(self.model.itemData(index) or "")
        if self.row is not None and model != self.row.collection.embedding_model:
            self._knowledge.set_embedding_model(self.row.collection.id, model)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Add a folder to the collection"))
        if folder and self.row is not None:
            self._knowledge.add_sources(self.row.collection.id, [folder])

    def _add_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, tr("Add files to the collection"))
        if files and self.row is not None:
            self._knowledge.add_sources(self.row.collection.id, files)

    def _remove_sources(self) -> None:
        chosen = [str(item.data(Qt.ItemDataRole.UserRole)) for item in self.sources.selectedItems()]
        if chosen and self.row is not None:
            self._knowledge.remove_sources(self.row.collection.id, chosen)

    def _delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.row is None:
            return
        answer = QMessageBox.question(self, tr("Delete collection"), tr(
            "Delete “{name}” and its index? Your files stay where they are.").format(name=self.row.collection.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._knowledge.delete(self.row.collection.id)
