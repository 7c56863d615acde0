"""A reply's source in context (issue 12): the passage the prompt carried, with its file and place, and a button
that opens the file in the system's viewer (a PDF at its page). While the knowledge store still has the passage, the
text around it in its file is shown too, the passage itself emphasised (show_context; read off the GUI thread by
controllers/passage_context.py). Whether the file is still there is asked off the GUI thread too (a dead network
share can stall a stat for long): the Open button is enabled until the answer says it is gone (set_file_found)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QTextCharFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.knowledge_types import Passage
from desktop_llm.core.sources_meta import Source
from desktop_llm.ui import design


def place_text(source: Source) -> str:
    """"p. 4 · Results › Table 2" in the user's language; "" where nothing is known."""
    parts = [tr("p. {page}").format(page=source.page)] if source.page is not None else []
    if source.heading:
        parts.append(" › ".join(source.heading))
    return " · ".join(parts)


def file_url(source: Source) -> QUrl:
    """The file as a URL for the system's viewer; a PDF's page as `#page=N`, which PDF viewers and browsers read."""
    url = QUrl.fromLocalFile(source.path)
    if source.page is not None and source.path.lower().endswith(".pdf"):
        url.setFragment(f"page={source.page}")
    return url


class PassageDialog(QDialog):
    """GUI thread only. Shows the stored passage (what the model read), never the file as it is now: the file may
    have changed or gone since the reply was written; the passages around it only while the store has that very
    passage (show_context)."""

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(tr("Source [{n}]: {name}").format(n=source.n, name=source.file_name))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setSpacing(design.SPACE["s"])
        self.title = QLabel(source.file_name)
        self.title.setProperty("kind", "title")
        layout.addWidget(self.title)
        where = [part for part in (place_text(source), source.collection) if part]
        self.place = QLabel(" · ".join(where))
        self.place.setProperty("kind", "muted")
        self.place.setVisible(bool(where))
        layout.addWidget(self.place)
        self.path = QLabel(source.path)
        self.path.setProperty("kind", "muted")
        self.path.setWordWrap(True)
        layout.addWidget(self.path)
        for label in (self.title, self.place, self.path):  # file names are shown as they are, never as HTML
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.passage = QPlainTextEdit(source.text)
        self.passage.setReadOnly(True)
        self.in_context = False  # the neighbours are shown around the passage
        self.passage.setAccessibleName(tr("Passage"))
        layout.addWidget(self.passage, 1)
        cited = tr("The reply cites this passage.") if source.cited else tr("The reply does not cite this passage.")
        self.cited_label = QLabel(cited)
        self.cited_label.setProperty("kind", "muted")
        layout.addWidget(self.cited_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_button = QPushButton(tr("Open file"))
        self.set_file_found(True)
        self.open_button.clicked.connect(self.open_file)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def set_file_found(self, found: bool) -> None:
        """Whether the file is still there (controllers/passage_context.py asks, off the GUI thread)."""
        self.open_button.setEnabled(found)
        self.open_button.setToolTip(tr("Open the file in the system's viewer") if found
                                    else tr("The file is no longer there"))

    def show_context(self, passages: Sequence[Passage]) -> None:
        """The passage with the text before and after it in its file (`passages` in order, the source's among them):
        the neighbours in plain text, the passage in bold, scrolled into view."""
        own = next((i for i, p in enumerate(passages) if p.chunk_id == self.source.chunk_id), None)
        if own is None:
            return
        self.passage.clear()
        cursor = self.passage.textCursor()
        plain, strong = QTextCharFormat(), QTextCharFormat()
        strong.setFontWeight(QFont.Weight.Bold)
        start = 0
        for i, passage in enumerate(passages):
            if i:
                cursor.insertText("\n\n", plain)
            if i == own:
                start = cursor.position()
            cursor.insertText(passage.text.strip(), strong if i == own else plain)
        cursor.setPosition(start)
        self.passage.setTextCursor(cursor)
        self.passage.ensureCursorVisible()
        self.in_context = True

    def emphasised(self) -> str:
        """The text shown in bold (the passage itself), for tests and assistive checks."""
        document, found = self.passage.document(), []
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().fontWeight() == QFont.Weight.Bold:
                    found.append(fragment.text())
                it += 1
            block = block.next()
        return "".join(found)

    def open_file(self) -> bool:
        """Hand the file to the system's viewer; False where none would take it."""
        return QDesktopServices.openUrl(file_url(self.source))


class OpenPassage:
    """The one passage dialog a view keeps open (the chat's sources, the Knowledge page's results): opening another
    closes it. The text around the passage and whether its file is still there are read off the GUI thread by the
    window's controllers/passage_context.py (where the window has one) and shown only while that dialog is open."""

    def __init__(self) -> None:
        self.dialog: PassageDialog | None = None

    def open(self, source: Source, parent: QWidget, cited: bool = True) -> PassageDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = self.dialog = PassageDialog(source, parent)
        if not cited:  # a search's result: no reply, so "cited" means nothing
            dialog.cited_label.hide()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.show()
        if (context := getattr(parent, "passage_context", None)) is not None:
            context.read(source, lambda found: dialog.show_context(found) if self.dialog is dialog else None)
            context.check_file(source, lambda there: dialog.set_file_found(there) if self.dialog is dialog else None)
        return dialog

    def _forget(self, dialog: PassageDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
