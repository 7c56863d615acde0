"""The Knowledge tab (issue 12): collections of the user's own documents, indexed in the background, to ask
questions of in chat. The list of collections on the left, the selected one on the right
(ui/knowledge_detail_panel.py); an empty state before the first collection; a banner offering the recommended
embedding model while the library has none (collections then use keyword search only). Under the list, the
reranker every search goes through (global, saved in the settings by app_knowledge), with a line offering the
recommended one while the library has none."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import size_text, tr
from desktop_llm.controllers.knowledge_controller import CollectionRow, KnowledgeController
from desktop_llm.core.knowledge_types import IndexProgress, IndexReport
from desktop_llm.ui.knowledge_detail_panel import KnowledgeDetailPanel, progress_text
from desktop_llm.ui.knowledge_items import DETAIL_ROLE, TwoLineDelegate, style_list
from desktop_llm.ui.page_chrome import Banner, EmptyState, PageHeader, page_body
from desktop_llm.ui.vertical_scroll import VerticalScrollArea


def row_text(row: CollectionRow, progress: IndexProgress | None = None) -> str:
    """"Manuals\n12 files · 340 chunks · multilingual-e5-small" (second line: what is going on, when indexing)."""
    model = row.collection.embedding_model
    shown = model.replace("\\", "/").rsplit("/", 1)[-1] if model else tr("Keyword search only")
    detail = progress_text(progress) if progress else " · ".join(
        (tr("%n file(s)", None, row.files), tr("%n chunk(s)", None, row.chunks), shown))
    return f"{row.collection.name}\n{detail}"


class KnowledgePage(QWidget):
    """GUI thread only."""

    download_requested = Signal()  # the recommended embedding model, through the download controller
    reranker_download_requested = Signal()  # the recommended reranker, the same way
    reranker_chosen = Signal(str)  # the user picked the reranker GGUF for every search ("" for none)

    def __init__(self, knowledge: KnowledgeController, recommended: tuple[str, int] | None = None,
                 parent: QWidget | None = None, recommended_reranker: tuple[str, int] | None = None) -> None:
        """`recommended`, `recommended_reranker`: the embedding model and the reranker offered while the library
        has none (its name, about how many bytes)."""
        super().__init__(parent)
        self._knowledge = knowledge
        self._recommended = recommended
        self._recommended_reranker = recommended_reranker
        self._rerankers: list[str] = []
        self._rows: list[CollectionRow] = []
        self._models: list[str] = []
        self._select_id: int | None = None
        self.header = PageHeader(tr("Knowledge"), tr("Ask questions of your own documents, with the sources cited."),
                                 icon_name="library-big")
        self.new_button = QPushButton(tr("New collection…"))
        self.new_button.setProperty("kind", "primary")
        self.new_button.clicked.connect(lambda _checked=False: self.new_collection())
        self.header.add_action(self.new_button)
        body = page_body(self, self.header)
        self.banner = Banner()
        body.addWidget(self.banner)
        offer = QWidget()
        offer_row = QHBoxLayout(offer)
        offer_row.setContentsMargins(0, 0, 0, 0)
        self.model_banner = Banner()
        offer_row.addWidget(self.model_banner, 1)
        self.download_button = QPushButton(tr("Download"))
        self.download_button.clicked.connect(lambda _checked=False: self._download())
        offer_row.addWidget(self.download_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.offer = offer
        body.addWidget(offer)

        self.stack = QStackedWidget()
        self.empty = EmptyState(icon_name="library-big", title=tr("Ask questions of your own documents"), text=tr(
            "A collection is a set of folders and files (text, Markdown, PDF, Word, HTML, RTF, source code). It is "
            "indexed on this computer, and chats can answer from it with the sources cited."))
        self.empty.add_button(tr("New collection…"), self.new_collection, primary=True)
        self.empty.finish()
        empty_holder = QWidget()
        empty_column = QVBoxLayout(empty_holder)
        empty_column.setContentsMargins(0, 0, 0, 0)
        empty_column.addWidget(self.empty)
        empty_column.addStretch(1)
        self.stack.addWidget(empty_holder)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.collection_list = QListWidget()
        # as the conversation list: the name, a muted line of counts under it, the selection in the app's tint
        style_list(self.collection_list, TwoLineDelegate(self.collection_list), "knowledge-collections")
        self.collection_list.setAccessibleName(tr("Collections"))
        self.collection_list.setMinimumWidth(180)
        self.collection_list.currentItemChanged.connect(lambda _now, _before: self._show_current())
        splitter.addWidget(self._left_column())
        self.detail = KnowledgeDetailPanel(knowledge)
        scroll = VerticalScrollArea(self.detail)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self.stack.addWidget(splitter)
        body.addWidget(self.stack, 1)

        knowledge.collections_listed.connect(self._on_knowledge_collections_listed)
        knowledge.files_listed.connect(self.detail.show_files)
        knowledge.index_started.connect(lambda _id: self._refresh_status())
        knowledge.index_progressed.connect(self._on_knowledge_index_progressed)
        knowledge.index_finished.connect(self._on_knowledge_index_finished)
        knowledge.index_failed.connect(self._on_knowledge_index_failed)
        knowledge.search_finished.connect(self.detail.show_result)
        knowledge.search_failed.connect(self.detail.show_search_error)
        knowledge.embedding_models_listed.connect(self.set_embedding_models)
        knowledge.rerankers_listed.connect(self.set_rerankers)
        knowledge.reranker_changed.connect(lambda _model: self.set_rerankers(self._rerankers))
        knowledge.action_failed.connect(lambda message: self.banner.show_message(message, tone="danger"))
        knowledge.collection_created.connect(lambda collection: setattr(self, "_select_id", collection.id))
        self.set_embedding_models([])
        self.set_rerankers([])

    def _left_column(self) -> QWidget:
        """The collections, and under them the reranker every search goes through."""
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.collection_list, 1)
        label = QLabel(tr("Re-rank results with"))
        label.setProperty("kind", "section")
        column.addWidget(label)
        self.reranker = QComboBox()
        self.reranker.setAccessibleName(tr("Re-rank results with"))
        self.reranker.setToolTip(tr("A reranker reads the question with each passage found and puts the ones that "
                                    "answer it first, in every search and chat (slower, often better)"))
        self.reranker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reranker.setMinimumContentsLength(12)
        self.reranker.activated.connect(self._on_reranker_activated)
        column.addWidget(self.reranker)
        self.reranker_offer = QLabel()
        self.reranker_offer.setProperty("kind", "muted")
        self.reranker_offer.setWordWrap(True)
        self.reranker_offer.setTextFormat(Qt.TextFormat.RichText)
        self.reranker_offer.linkActivated.connect(lambda _link: self.download_reranker())
        column.addWidget(self.reranker_offer)
        return left

    # Collections --------------------------------------------------------------------------------------------------
    def new_collection(self) -> None:
        """Ask for a name and a folder, then create and index the collection."""
        name, ok = QInputDialog.getText(self, tr("New collection"), tr("Name of the collection:"))
        if not ok or not name.strip():
            return
        folder = QFileDialog.getExistingDirectory(self, tr("Choose a folder of documents"))
        if folder:
            self.create_collection(name, [folder])

    def create_collection(self, name: str, sources: list[str]) -> None:
        self.banner.clear_message()
        default = self._models[0] if self._models else ""
        self._knowledge.create(name.strip(), sources, default)

    def selected(self) -> CollectionRow | None:
        item = self.collection_list.currentItem()
        collection_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self._rows if r.collection.id == collection_id), None)

    def _on_knowledge_collections_listed(self, rows: list[CollectionRow]) -> None:
        keep = self._select_id if self._select_id is not None else (
            current.collection.id if (current := self.selected()) else None)
        self._select_id = None
        self._rows = rows
        self.collection_list.blockSignals(True)
        self.collection_list.clear()
        for row in rows:
            item = QListWidgetItem(row.collection.name)
            item.setData(Qt.ItemDataRole.UserRole, row.collection.id)
            item.setToolTip("\n".join(row.collection.sources))
            self._set_detail(item, row)
            self.collection_list.addItem(item)
        ids = [r.collection.id for r in rows]
        self.collection_list.setCurrentRow(ids.index(keep) if keep in ids else 0 if rows else -1)
        self.collection_list.blockSignals(False)
        self.stack.setCurrentIndex(1 if rows else 0)
        self._show_current()

    def _show_current(self) -> None:
        row = self.selected()
        if row is not None:
            self.detail.show_row(row, self._models)

    def _refresh_status(self) -> None:
        for index, row in enumerate(self._rows):
            item = self.collection_list.item(index)
            if item is not None:
                self._set_detail(item, row)
        self.detail.show_status()

    def _set_detail(self, item: QListWidgetItem, row: CollectionRow) -> None:
        """The muted second line (counts and model, or the progress) and what a screen reader says of it."""
        detail = row_text(row, self._knowledge.progress.get(row.collection.id)).split("\n", 1)[1]
        item.setData(DETAIL_ROLE, detail)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, detail)

    def _on_knowledge_index_progressed(self, _collection_id: int, _progress: IndexProgress) -> None:
        self._refresh_status()

    def _on_knowledge_index_finished(self, collection_id: int, report: IndexReport) -> None:
        self.detail.show_report(collection_id, report)
        self._refresh_status()

    def _on_knowledge_index_failed(self, collection_id: int, message: str) -> None:
        self._refresh_status()
        self.detail.show_error(collection_id, message)

    # Embedding models ---------------------------------------------------------------------------------------------
    def set_embedding_models(self, models: list[str]) -> None:
        """The library's embedding GGUFs; with none, the banner offers the recommended one."""
        self._models = list(models)
        self.detail.set_models(self._models)
        offer = not models and self._recommended is not None
        if offer and self._recommended is not None:
            name, size = self._recommended
            text = tr("No embedding model in your library: collections use keyword search only. {name} (about {size}) "
                      "finds passages by meaning too, in more than 100 languages.")
            self.model_banner.show_message(text.format(name=name, size=size_text(size)), tone="info")
        self.offer.setVisible(offer)

    def _download(self) -> None:
        self.download_button.setEnabled(False)
        self.download_button.setText(tr("Downloading…"))
        self.download_requested.emit()

    def download_failed(self, message: str) -> None:
        self.download_button.setEnabled(True)
        self.download_button.setText(tr("Download"))
        self.banner.show_message(message, tone="danger")

    # The reranker ---------------------------------------------------------------------------------------------------
    def set_rerankers(self, models: list[str]) -> None:
        """The library's reranker GGUFs, the one in use chosen; with none, the line offering the recommended one."""
        self._rerankers = list(models)
        current = self._knowledge.reranker
        self.reranker.clear()
        self.reranker.addItem(tr("None"), "")
        for path in [*models, *([current] if current and current not in models else [])]:
            self.reranker.addItem(Path(path).name, path)
            self.reranker.setItemData(self.reranker.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        self.reranker.setCurrentIndex(max(0, self.reranker.findData(current)))
        offer = not models and not current and self._recommended_reranker is not None
        if offer and self._recommended_reranker is not None:
            name, size = self._recommended_reranker
            self.reranker_offer.setText(tr(  # rich text: the link starts the download
                'No reranker in your library. {name} (about {size}) puts the passages that answer the question '
                'first. <a href="download">Download</a>').format(name=html.escape(name), size=size_text(size)))
        self.reranker_offer.setVisible(offer)

    def choose_reranker(self, model: str) -> None:
        """Re-rank every search with `model` ("" for none), as picking it in the list does."""
        self.banner.clear_message()
        self.reranker_chosen.emit(model)
        self._knowledge.set_reranker(model)

    def _on_reranker_activated(self, index: int) -> None:
        model = str(self.reranker.itemData(index) or "")
        if model != self._knowledge.reranker:
            self.choose_reranker(model)

    def download_reranker(self) -> None:
        self.reranker_offer.setText(tr("Downloading the reranker…"))
        self.reranker_download_requested.emit()

    def reranker_download_failed(self, message: str) -> None:
        self.set_rerankers(self._rerankers)
        self.banner.show_message(message, tone="danger")

    def counts(self) -> dict[str, str]:
        """The collections as listed, for tests and the accessibility tree: name -> second line."""
        return {r.collection.name: row_text(r).split("\n", 1)[1] for r in self._rows}

