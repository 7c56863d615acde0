"""The source side of the summarize and translate pages: open, drop or paste a document, see its size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import QT_TR_NOOP, tr, translated
from desktop_llm.ui.export_dialog import ask_open_path
from desktop_llm.ui.icons import icon
from desktop_llm.ui.page_chrome import EmptyState, restyle

EMPTY_INFO = QT_TR_NOOP("Drop a document here, open one, or paste text below.")
FILE_PATTERNS = "*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf"
CHOOSE_TEXT = QT_TR_NOOP("Choose a document…")
OPEN_TEXT = QT_TR_NOOP("Open file…")
# The source's name when it is no file (the pages save it with the result, so it stays English; shown translated).
PASTED_TEXT = "pasted text"
TRANSLATION_TEXT = "translation"


def source_label(name: str) -> str:
    """A source's name as shown: a file's own name, or "pasted text" / "translation" in the user's language."""
    if name == PASTED_TEXT:
        return tr("pasted text")
    return tr("translation", "the text a translation swapped into the source") if name == TRANSLATION_TEXT else name


class DocumentSourceView(QWidget):
    """GUI thread only. Accepts dropped files; pasted or typed text works too.

    Until there is text it shows an empty state instead of a blank editor: what the page takes, with the open
    button as its primary action (the same button moves up beside the document's details once there is one, so
    there is never a second button doing the same thing) and a button to paste or type text instead."""

    file_chosen = Signal(Path)  # a file to load (dropped or picked)

    def __init__(self, placeholder: str, empty_icon: str = "file-text", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.source_name = PASTED_TEXT
        self.source_path: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(translated(OPEN_TEXT))
        self.open_button.setIcon(icon("folder-open"))
        self.open_button.setToolTip(tr("txt, md, pdf, docx, html or rtf (or drop a file here)"))
        self.open_button.clicked.connect(self._pick)
        self.empty = EmptyState(empty_icon, tr("Choose a document"),
                                tr("A text, Markdown, PDF, Word, HTML or RTF file of any length. Drop one here, or "
                                   "paste text."))
        self.paste_button = self.empty.add_button(tr("Paste text"), self._on_paste_button_clicked)
        self.paste_button.setIcon(icon("clipboard-paste"))
        self.paste_button.setToolTip(tr("Paste the clipboard's text, or type your own"))
        self.empty.finish()
        layout.addWidget(self.empty)
        layout.addStretch(1)  # the empty state sits at the top, like the editor it stands in for
        self.row_holder = QWidget()
        self._row = QHBoxLayout(self.row_holder)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.info = QLabel(translated(EMPTY_INFO))
        self.info.setWordWrap(True)
        self.info.setProperty("kind", "muted")
        self.info.setAccessibleName(tr("Document information"))
        self._row.addWidget(self.info, 1)
        layout.addWidget(self.row_holder)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setAccessibleName(tr("Source text"))
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.editor.installEventFilter(self)
        layout.addWidget(self.editor, 1)
        self._layout = layout
        self._setting = False
        self._empty: bool | None = None
        self._show_empty(True)

    def is_empty_shown(self) -> bool:
        return bool(self._empty)

    def _show_empty(self, empty: bool) -> None:
        """Swap the empty state and the editor, and move the one open button to where it belongs."""
        if empty == self._empty:
            return
        self._empty = empty
        had_focus = self.open_button.hasFocus()
        if empty:
            self.empty.buttons.insertWidget(1, self.open_button)
            self.open_button.setText(translated(CHOOSE_TEXT))
            self.open_button.setProperty("kind", "primary")
            self.open_button.setIcon(icon("folder-open", "on-accent"))
        else:
            self._row.insertWidget(0, self.open_button)
            self.open_button.setText(translated(OPEN_TEXT))
            self.open_button.setProperty("kind", None)
            self.open_button.setIcon(icon("folder-open"))
        restyle(self.open_button)
        self.empty.setVisible(empty)
        self.row_holder.setVisible(not empty)
        self.editor.setVisible(not empty)
        self._layout.setStretch(1, 1 if empty else 0)
        if had_focus:
            self.open_button.setFocus()

    def _pick(self) -> None:
        filters = tr("Documents ({patterns});;All files (*)").format(patterns=FILE_PATTERNS)
        path = ask_open_path(self, tr("Open a document"), filters)
        if path is not None:
            self.file_chosen.emit(path)

    def _on_paste_button_clicked(self) -> None:
        self._show_empty(False)
        self.editor.setFocus()
        if QGuiApplication.clipboard().text().strip():
            self.editor.paste()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Left empty (Paste text with nothing to paste, or everything deleted): back to the empty state.
        if watched is self.editor and event.type() == QEvent.Type.FocusOut and not self.text():
            self._show_empty(True)
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.file_chosen.emit(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()

    def set_document(self, name: str, text: str, path: Path | None) -> None:
        # Named before the text is set: the pages recount on textChanged, and read the name and path then.
        self.source_name = name
        self.source_path = path
        self._setting = True
        self.editor.setPlainText(text)
        self._setting = False

    def _on_editor_text_changed(self) -> None:
        if not self._setting:  # typed or pasted: no longer the opened file
            self.source_name = PASTED_TEXT
            self.source_path = None
        if self.text():
            self._show_empty(False)
        elif not self.editor.hasFocus():  # cleared by the page (a swap, a history entry): nothing to show
            self._show_empty(True)

    def reset_info(self) -> None:
        """The empty page's line, once the text is gone (the last document's size would be stale)."""
        self.info.setText(translated(EMPTY_INFO))

    def text(self) -> str:
        return self.editor.toPlainText()
