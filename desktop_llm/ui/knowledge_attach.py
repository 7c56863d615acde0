"""The chat's knowledge control (issue 12): a chip under the composer ("Knowledge", or "2 collections" once some
are attached) that opens a list of the collections with checkboxes and the "Answer only from the documents"
switch, for the open conversation. Files dropped into the chat (its own collection) show by name. Hidden while
there is no collection at all."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.knowledge_types import Collection
from desktop_llm.ui.chip_menu import MenuChip

if TYPE_CHECKING:
    from desktop_llm.controllers.chat_knowledge import ChatKnowledge


class KnowledgeAttachView(MenuChip):
    """GUI thread only. Says what the user changed (`attach_requested`); shows what the controller says is attached
    (`set_attached`), so the chip is never ahead of the database."""

    attach_requested = Signal(list, bool)  # collection ids to attach to the open chat, answer only from them
    knowledge_page_requested = Signal()  # "Manage collections…": the Knowledge page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("library-big", tr("Knowledge for this chat"), parent)  # "on" while collections are attached
        self.setToolTip(tr("Answer from your collections of documents, with citations"))
        self.collections: list[Collection] = []
        self.attached_ids: list[int] = []
        self.only_documents = False
        self.chat_files: list[Collection] = []  # the open chat's own collection (files dropped into it), attached
        self.boxes: dict[int, QCheckBox] = {}
        self._show_state()
        self.setVisible(False)

    def bind(self, knowledge: ChatKnowledge) -> None:
        """Follow the chat's knowledge controller and send it what the user chooses."""
        knowledge.collections_changed.connect(self.set_collections)
        knowledge.attachment_changed.connect(self.set_attached)
        self.attach_requested.connect(knowledge.attach)
        self.set_collections(knowledge.collections)
        self.set_attached(knowledge.attached, knowledge.only_documents)

    def set_collections(self, collections: Sequence[Collection]) -> None:
        self.collections = list(collections)
        known = {c.id for c in [*self.collections, *self.chat_files]}
        self.attached_ids = [i for i in self.attached_ids if i in known]
        self._show_state()

    def set_attached(self, attached: Sequence[Collection], only_documents: bool) -> None:
        self.attached_ids = [c.id for c in attached]
        self.chat_files = [c for c in attached if c.conversation_id]
        self.only_documents = only_documents
        self._show_state()

    def file_names(self) -> list[str]:
        return [Path(source).name for c in self.chat_files for source in c.sources]

    def _show_state(self) -> None:
        files = self.file_names()
        count = len(set(self.attached_ids) - {c.id for c in self.chat_files})
        parts = [files[0] if len(files) == 1 else tr("%n file(s)", None, len(files))] if files else []
        if count:
            parts.append(tr("%n collection(s)", None, count))
        self.setText(" · ".join(parts) if parts else tr("Knowledge"))
        self._show_on(bool(self.attached_ids))
        names = [*files, *(c.name for c in self.collections if c.id in self.attached_ids)]
        self.setAccessibleDescription(", ".join(names) if names else tr("No collection attached"))
        self.setVisible(bool(self.collections or self.chat_files))

    def _fill_menu(self) -> None:
        """The list as it is now: a checkbox a collection (the menu stays open while they are ticked), the switch,
        and the way to the Knowledge page."""
        panel, column = self._start_panel(tr("Answer from these collections:"))
        self.boxes = {}
        for own in self.chat_files:  # unticked, the dropped files leave this chat's answers (kept until it is deleted)
            names = ", ".join(Path(source).name for source in own.sources)
            self.boxes[own.id] = box = QCheckBox(tr("Dropped into this chat: {files}").format(files=names))
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._request())
            column.addWidget(box)
        for collection in self.collections:
            box = QCheckBox(collection.name)
            box.setChecked(collection.id in self.attached_ids)
            box.toggled.connect(lambda _on: self._request())
            column.addWidget(box)
            self.boxes[collection.id] = box
        self.only_box = QCheckBox(tr("Answer only from the documents"))
        self.only_box.setToolTip(tr("When the collections hold nothing relevant, the reply says the documents do "
                                    "not say, instead of answering from the model's own knowledge"))
        self.only_box.setChecked(self.only_documents)
        self.only_box.setEnabled(bool(self.attached_ids))
        self.only_box.toggled.connect(lambda _on: self._request())
        column.addWidget(self.only_box)
        self._add_link(column, tr("Manage collections…")).clicked.connect(self._on_manage_clicked)
        self._finish_panel(panel)

    def _request(self) -> None:
        ids = [cid for cid, box in self.boxes.items() if box.isChecked()]
        self.only_box.setEnabled(bool(ids))
        self.attach_requested.emit(ids, self.only_box.isChecked() and bool(ids))

    def _on_manage_clicked(self) -> None:
        self.popup.close()
        self.knowledge_page_requested.emit()
