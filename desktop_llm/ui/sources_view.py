"""Under a reply written with attached knowledge (issue 12): its numbered sources, the ones it cites first, each
a chip ("[2] report.pdf · p. 4 · Results") that opens the passage in context (ui/passage_dialog.py); or, where
nothing relevant was found, a line that says so."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.sources_meta import Source, display_order, knowledge_from_meta, sources_from_meta
from desktop_llm.ui import design
from desktop_llm.ui.passage_dialog import OpenPassage, PassageDialog, place_text

CHIP_CHARS = 72  # a chip's text is cut here (a deep heading path); its tooltip has the whole place


def chip_text(source: Source) -> str:
    text = " · ".join(part for part in (f"[{source.n}] {source.file_name}", place_text(source)) if part)
    return text if len(text) <= CHIP_CHARS else text[: CHIP_CHARS - 1] + "…"


class SourcesView(QWidget):
    """GUI thread only. Empty and hidden for a reply written without knowledge."""

    source_opened = Signal(int)  # the number of the source whose passage was opened

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Sources"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, design.SPACE["xs"], 0, 0)
        self._layout.setSpacing(design.SPACE["xs"])
        self.sources: tuple[Source, ...] = ()
        self.chips: list[QPushButton] = []
        self._passage = OpenPassage()
        self.setVisible(False)

    def show_meta(self, meta: Mapping[str, object]) -> None:
        """Show the sources a reply's meta records (again: a regenerated or reopened reply)."""
        self.sources = sources_from_meta(meta)
        note = knowledge_from_meta(meta)
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
            elif (inner := item.layout()) is not None:
                _clear(inner)
        self.chips = []
        if self.sources:
            self._add_sources()
        elif note is not None and not note.relevant:
            self._add_line(tr("Nothing in the attached collections matches this question."))
        self.setVisible(bool(self.sources) or (note is not None and not note.relevant))

    def _add_sources(self) -> None:
        count = sum(1 for s in self.sources if s.cited)
        heading = tr("%n source(s) cited", None, count) if count else tr("Sources (none cited)")
        self._add_line(heading)
        for source in display_order(self.sources):
            chip = QPushButton(chip_text(source))
            chip.setProperty("kind", "chip")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setToolTip("\n".join(part for part in (source.path, place_text(source), source.collection) if part))
            chip.setAccessibleName(tr("Source {n}: {name}").format(n=source.n, name=source.file_name))
            chip.setAccessibleDescription(tr("Cited in the reply") if source.cited else tr("Not cited in the reply"))
            if not source.cited:  # what the model read but did not cite stays quieter
                chip.setFlat(True)
            chip.clicked.connect(lambda _checked=False, s=source: self.open_source(s))
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(chip)
            row.addStretch(1)
            self._layout.addLayout(row)
            self.chips.append(chip)

    def _add_line(self, text: str) -> None:
        label = QLabel(text)
        label.setProperty("kind", "muted")
        label.setWordWrap(True)
        self._layout.addWidget(label)

    def open_source(self, source: Source) -> PassageDialog:
        """The passage in context, in a window of its own (not modal: the chat stays usable beside it)."""
        dialog = self._passage.open(source, self.window())
        self.source_opened.emit(source.n)
        return dialog

    @property
    def dialog(self) -> PassageDialog | None:
        return self._passage.dialog


def _clear(layout: QLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
