"""The review table of a dataset being made (issue 16): every question/answer pair with the passage it came from;
edit a cell in place, delete rows, or ask for a new pair from a row's passage."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.dataset_types import QAPair
from desktop_llm.ui.icons import icon

QUESTION, ANSWER, SOURCE = range(3)
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's QAPair as made (its chunk id and system message)


class DatasetReviewView(QWidget):
    """Lives on the GUI thread. `pairs()` reads the table as edited."""

    regenerate_requested = Signal(int, object, list)  # row, its QAPair, the questions it should not repeat
    pairs_changed = Signal(int)  # how many pairs the table holds now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(tr("Question and answer pairs"))
        self.table.setHorizontalHeaderLabels([tr("Question"), tr("Answer"), tr("Source")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setProperty("kind", "muted")
        row.addWidget(self.count_label, 1)
        self.regenerate_button = QPushButton(tr("Regenerate"))
        self.regenerate_button.setIcon(icon("refresh-cw"))
        self.regenerate_button.setToolTip(tr("Ask the model for a new pair from this row's passage"))
        self.regenerate_button.clicked.connect(self._regenerate)
        row.addWidget(self.regenerate_button)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setIcon(icon("trash-2"))
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        self._can_regenerate = True
        self.set_pairs([])

    def set_pairs(self, pairs: list[QAPair], can_regenerate: bool = True) -> None:
        self._can_regenerate = can_regenerate
        self.table.setRowCount(0)
        self.table.setRowCount(len(pairs))
        for index, pair in enumerate(pairs):
            self._fill(index, pair)
        self.table.resizeRowsToContents()
        self._changed()

    def pairs(self) -> list[QAPair]:
        """The pairs as the table shows them (edits included; a row emptied by editing is left out)."""
        found = []
        for index in range(self.table.rowCount()):
            made = self._made(index)
            question = self._text(index, QUESTION)
            answer = self._text(index, ANSWER)
            if question and answer:
                found.append(QAPair(question, answer, made.chunk_id, made.system))
        return found

    def replace_pair(self, row: int, pair: QAPair) -> None:
        if 0 <= row < self.table.rowCount():
            self._fill(row, pair)
            self.table.resizeRowToContents(row)
        self.regenerate_button.setText(tr("Regenerate"))
        self._update_buttons()

    def regeneration_ended(self) -> None:
        self.regenerate_button.setText(tr("Regenerate"))
        self._update_buttons()

    def delete_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)
        self._changed()

    def _regenerate(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if len(rows) != 1:
            return
        index = rows[0]
        avoid = [self._text(i, QUESTION) for i in range(self.table.rowCount())
                 if self._made(i).chunk_id == self._made(index).chunk_id]
        self.regenerate_button.setEnabled(False)
        self.regenerate_button.setText(tr("Regenerating…"))
        self.regenerate_requested.emit(index, self._made(index), avoid)

    def _fill(self, index: int, pair: QAPair) -> None:
        question = QTableWidgetItem(pair.question)
        question.setData(PAIR_ROLE, pair)
        self.table.setItem(index, QUESTION, question)
        self.table.setItem(index, ANSWER, QTableWidgetItem(pair.answer))
        source = QTableWidgetItem(pair.chunk_id)
        source.setFlags(source.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(index, SOURCE, source)

    def _made(self, index: int) -> QAPair:
        item = self.table.item(index, QUESTION)
        pair = item.data(PAIR_ROLE) if item is not None else None
        return pair if isinstance(pair, QAPair) else QAPair("", "", "")

    def _text(self, index: int, column: int) -> str:
        item = self.table.item(index, column)
        return item.text().strip() if item is not None else ""

    def _changed(self) -> None:
        count = self.table.rowCount()
        self.count_label.setText(tr("%n pair(s)", None, count))
        self._update_buttons()
        self.pairs_changed.emit(count)

    def _update_buttons(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        self.delete_button.setEnabled(bool(rows))
        busy = self.regenerate_button.text() != tr("Regenerate")
        self.regenerate_button.setVisible(self._can_regenerate)
        self.regenerate_button.setEnabled(self._can_regenerate and len(rows) == 1 and not busy)
