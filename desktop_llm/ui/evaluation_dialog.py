"""A finished run's evaluation: its validation prompts answered by the base model and by the adapter, side by
side, with an optional judge's verdict per row; the table is kept with the run and exported as Markdown or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import error_text, tr
from desktop_llm.controllers.run_tools_controller import RunToolsController
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.training_eval import EvalTable
from desktop_llm.core.training_tools import LOCAL_JUDGE, NO_JUDGE
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.ui.icons import icon


def verdict_text(verdict: str) -> str:
    return {"base": tr("base model"), "adapter": tr("adapter"), "tie": tr("tie"),
            "unparsed": tr("no clear verdict"), "": "—"}.get(verdict, "—")


class EvaluationDialog(QDialog):
    def __init__(self, controller: RunToolsController, run: TrainingRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Evaluate “{name}”").format(name=run.name))
        self.resize(1100, 640)
        self._controller, self._run = controller, run
        self._table: EvalTable | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Judge:")))
        self.judge = QComboBox()
        self.judge.setAccessibleName(tr("Judge"))
        for key, label in controller.judges():
            shown = {NO_JUDGE: tr("No judge"), LOCAL_JUDGE: tr("The run's base model (local)")}.get(key, label)
            self.judge.addItem(shown, key)
        self.judge.setToolTip(tr("A model that says which answer is closer to the dataset's answer"))
        row.addWidget(self.judge)
        row.addStretch(1)
        self.start_button = QPushButton(tr("Evaluate"))
        self.start_button.setProperty("kind", "primary")
        self.start_button.setIcon(icon("play", "on-accent"))
        self.start_button.clicked.connect(self._start)
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.setIcon(icon("square"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(controller.stop_evaluation)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setAccessibleName(tr("Export"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export)
        for button in (self.start_button, self.stop_button, self.export_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.grid = QTableWidget(0, 5)
        self.grid.setHorizontalHeaderLabels([tr("Prompt"), tr("Reference"), tr("Base model"), tr("Adapter"),
                                             tr("Closer to the reference")])
        self.grid.setAccessibleName(tr("Evaluation table"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        header = self.grid.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.grid, 1)
        controller.evaluation_progressed.connect(self._on_progressed)
        controller.evaluation_finished.connect(self._on_finished)
        controller.evaluation_failed.connect(self._on_failed)
        saved = controller.saved_evaluation(run)
        if saved is not None:
            self.show_table(saved)
        else:
            self.summary.setText(tr("Asks the validation prompts the run held out, to the base model and to the "
                                    "adapter, and shows the answers side by side."))

    def _start(self) -> None:
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.summary.setText(tr("Loading the model…"))
        self._controller.evaluate(self._run, str(self.judge.currentData()))

    def show_table(self, table: EvalTable, total: int = 0) -> None:
        self._table = table
        self.grid.setRowCount(len(table.rows))
        for number, row in enumerate(table.rows):
            for column, text in enumerate((row.prompt, row.reference, row.base, row.adapter, verdict_text(row.verdict))):
                item = QTableWidgetItem(text)
                item.setToolTip(row.judge_reply if column == 4 and row.judge_reply else text[:2000])
                self.grid.setItem(number, column, item)
        self.grid.resizeRowsToContents()
        self.export_button.setEnabled(bool(table.rows))
        parts = []
        if table.val_loss_before is not None and table.val_loss_after is not None:
            parts.append(tr("validation loss {before} → {after}").format(
                before=f"{table.val_loss_before:.3f}", after=f"{table.val_loss_after:.3f}"))
        if table.judge:
            counts = table.counts()
            parts.append(tr("judge {judge}: adapter closer {adapter}, base closer {base}, tie {tie}, no clear verdict "
                            "{unparsed}").format(judge=table.judge, **{k: str(v) for k, v in counts.items()}))
        if total:
            parts.append(tr("{done} of {total} steps").format(
                done=str(len(table.rows) + sum(1 for r in table.rows if r.verdict)), total=str(total)))
        elif not table.complete:
            parts.append(tr("stopped after {count} prompts").format(count=str(len(table.rows))))
        parts += table.notes
        self.summary.setText(" · ".join(parts))

    def _on_progressed(self, table: EvalTable, total: int) -> None:
        self.show_table(table, total)

    def _on_finished(self, table: EvalTable) -> None:
        self.show_table(table)
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    def _on_failed(self, message: str) -> None:
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.summary.setText(message)

    def _export(self) -> None:
        if self._table is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Export evaluation"),
                                              str(self._run.run_dir / "evaluation.md"),
                                              tr("Markdown (*.md);;CSV (*.csv)"))
        if not path:
            return
        try:
            self._controller.export_table(self._table, Path(path))
        except DesktopLlmError as exc:
            QMessageBox.warning(self, tr("Export evaluation"), error_text(exc))

    def done(self, result: int) -> None:
        self._controller.stop_evaluation()
        super().done(result)
