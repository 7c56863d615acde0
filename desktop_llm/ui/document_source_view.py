"""The source side of the summarize and translate pages: open, drop or paste a document, see its size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop_llm.ui.export_dialog import ask_open_path

EMPTY_INFO = "Drop a document here, open one, or paste text below."
FILE_FILTER = "Documents (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;All files (*)"


class DocumentSourceView(QWidget):
    """GUI thread only. Accepts dropped files; pasted or typed text works too."""

    file_chosen = Signal(Path)  # a file to load (dropped or picked)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.source_name = "pasted text"
        self.source_path: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.open_button = QPushButton("Open file…")
        self.open_button.setToolTip("txt, md, pdf, docx, html or rtf (or drop a file here)")
        self.open_button.clicked.connect(self._pick)
        row.addWidget(self.open_button)
        self.info = QLabel(EMPTY_INFO)
        self.info.setWordWrap(True)
        self.info.setAccessibleName("Document information")
        row.addWidget(self.info, 1)
        layout.addLayout(row)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setAccessibleName("Source text")
        self.editor.textChanged.connect(self._on_editor_text_changed)
        layout.addWidget(self.editor, 1)
        self._setting = False

    def _pick(self) -> None:
        path = ask_open_path(self, "Open a document", FILE_FILTER)
        if path is not None:
            self.file_chosen.emit(path)

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
            self.source_name = "pasted text"
            self.source_path = None

    def reset_info(self) -> None:
        """The empty page's line, once the text is gone (the last document's size would be stale)."""
        self.info.setText(EMPTY_INFO)

    def text(self) -> str:
        return self.editor.toPlainText()
