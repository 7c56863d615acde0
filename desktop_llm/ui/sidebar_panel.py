"""The list of conversations, grouped by date: new, search, rename, delete (with confirmation)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.conversation_list_model import ConversationIdRole, ConversationListModel
from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design
from desktop_llm.ui.conversation_list_view import ConversationListView
from desktop_llm.ui.icons import icon


class SidebarPanel(QFrame):
    """GUI thread only. QFrame#sidebar: styled as a surface by the design system."""

    new_requested = Signal()
    open_requested = Signal(int)  # conversation id
    rename_requested = Signal(int, str)  # conversation id, new title
    delete_requested = Signal(int)  # conversation id (already confirmed)

    def __init__(self, model: ConversationListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._open_id = 0  # the conversation shown in the chat: the only one the list highlights
        self.setObjectName("sidebar")
        layout = QVBoxLayout(self)
        space = design.SPACE
        layout.setContentsMargins(space["s"], space["m"], space["s"], space["s"])
        layout.setSpacing(space["s"])
        self.new_button = QPushButton(icon("plus", "on-accent"), tr("New chat"))
        self.new_button.setProperty("kind", "primary")
        self.new_button.setIconSize(QSize(design.ICON["s"], design.ICON["s"]))
        self.new_button.setToolTip(tr("Start a new conversation (Ctrl+N)"))
        self.new_button.setAccessibleName(tr("New chat"))
        self.new_button.clicked.connect(self.new_requested)
        layout.addWidget(self.new_button)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search chats (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search conversations"))
        self.search.addAction(QAction(icon("search"), "", self.search), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(model.set_search)
        layout.addWidget(self.search)
        # A search that matches nothing left an empty list that looked like no chats at all (issue 20, item 12).
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setProperty("kind", "muted")
        self.no_match.setVisible(False)
        model.modelReset.connect(self._on_model_reset)
        layout.addWidget(self.no_match)
        self.list = ConversationListView(self._updated_at)
        self.list.setModel(model)
        self.list.setAccessibleName(tr("Conversations"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu)
        self.list.clicked.connect(self._on_list_clicked)
        self.list.activated.connect(self._on_list_clicked)
        layout.addWidget(self.list, 1)

    def _updated_at(self, row: int) -> float | None:
        conversation = self._model.conversation_at(row)
        return conversation.updated_at if conversation is not None else None

    def _on_model_reset(self) -> None:
        words = self.search.text().strip()
        self.no_match.setText(tr("No chat matches “{words}”.").format(words=words))
        self.no_match.setVisible(bool(words) and self._model.rowCount() == 0)

    def select(self, conversation_id: int) -> None:
        self._open_id = conversation_id
        row = self._model.row_of(conversation_id)
        if row >= 0:
            self.list.setCurrentIndex(self._model.index(row))
        else:
            self.list.clearSelection()

    def _on_list_clicked(self, index: QModelIndex) -> None:
        conversation_id = index.data(ConversationIdRole)
        if conversation_id:
            self.open_requested.emit(int(conversation_id))

    def _on_list_context_menu(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        # The right-button press selected the row under the mouse; the menu acts on that row, but the highlight
        # stays on the open chat (issue 20, item 5: two chats looked open at once).
        self.select(self._open_id)
        if not index.isValid():
            return
        target = QPersistentModelIndex(index)
        menu = QMenu(self)
        rename = menu.addAction(tr("Rename…"))
        delete = menu.addAction(tr("Delete…"))
        chosen = menu.exec(self.list.viewport().mapToGlobal(position))
        if not target.isValid():
            return  # the list was refreshed while the menu was open
        row = self._model.index(target.row())
        if chosen is rename:
            self.ask_rename(row)
        elif chosen is delete:
            self.ask_delete(row)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def ask_rename_conversation(self, conversation_id: int) -> None:
        """Rename… from the menu: the conversation's row, if the list shows it."""
        row = self._model.row_of(conversation_id)
        if row >= 0:
            self.ask_rename(self._model.index(row))

    def ask_delete_conversation(self, conversation_id: int) -> None:
        row = self._model.row_of(conversation_id)
        if row >= 0:
            self.ask_delete(self._model.index(row))

    def ask_rename(self, index: QModelIndex) -> None:
        conversation_id = int(index.data(ConversationIdRole))
        title, ok = QInputDialog.getText(self, tr("Rename chat"), tr("Title:"), text=str(index.data()))
        if ok and title.strip():
            self.rename_requested.emit(conversation_id, title.strip())

    def ask_delete(self, index: QModelIndex) -> None:
        conversation_id = int(index.data(ConversationIdRole))
        answer = QMessageBox.question(
            self,
            tr("Delete chat"),
            tr("Delete “{title}” and all its messages? This cannot be undone.").format(title=index.data()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(conversation_id)
