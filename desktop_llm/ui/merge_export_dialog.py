"""Export a finished run as one merged model (base + adapter) at the quantization the user picks; it lands in
the model library (it then chats without the adapter), with an Ollama Modelfile beside it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import size_text, tr
from desktop_llm.controllers.run_tools_controller import RunToolsController
from desktop_llm.core.training_tools import MERGED_QUANTS, MergedExport
from desktop_llm.ipc.training_run import TrainingRun


def quant_text(quant: str) -> str:
    return {"Q4_K_M": tr("Q4_K_M — smallest, a little less exact"), "Q5_K_M": tr("Q5_K_M — small, close to exact"),
            "Q8_0": tr("Q8_0 — about half of F16, nearly exact"), "F16": tr("F16 — largest, exact")}.get(quant, quant)


class MergeExportDialog(QDialog):
    def __init__(self, controller: RunToolsController, run: TrainingRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export merged model"))
        self._controller, self._run = controller, run
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Writes the base model with the adapter “{name}” merged into it as one GGUF file in your "
                          "model library, and an Ollama Modelfile beside it.").format(name=run.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.quant = QComboBox()
        self.quant.setAccessibleName(tr("Quantization"))
        for quant in MERGED_QUANTS:
            self.quant.addItem(quant_text(quant), quant)
        self.quant.setCurrentIndex(MERGED_QUANTS.index("Q8_0"))
        form.addRow(tr("Quantization:"), self.quant)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = QPushButton(tr("Export"))
        self.export_button.setProperty("kind", "primary")
        self.export_button.clicked.connect(self._start)
        self.cancel_button = QPushButton(tr("Close"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        row.addWidget(self.export_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        controller.export_progressed.connect(self._on_progressed)
        controller.export_finished.connect(self._on_finished)
        controller.export_failed.connect(self._on_failed)
        controller.export_cancelled.connect(lambda: self._on_failed(tr("Cancelled; nothing was kept.")))

    def _start(self) -> None:
        self.export_button.setEnabled(False)
        self.quant.setEnabled(False)
        self.cancel_button.setText(tr("Cancel"))
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.status.setText(tr("Merging…"))
        self._controller.export_merged(self._run, str(self.quant.currentData()))

    def _cancel_or_close(self) -> None:
        if self._controller.exporting:
            self._controller.cancel_export()
        else:
            self.reject()

    def _on_progressed(self, phase: str, fraction: float) -> None:
        # merging is most of the work on a small model's CPU run; quantizing is shown as the last part
        value = int(fraction * 70) if phase == "merging" else 70 + int(fraction * 30)
        self.progress.setValue(value)
        self.status.setText(tr("Merging…") if phase == "merging" else tr("Quantizing…"))

    def _on_finished(self, result: MergedExport) -> None:
        self.progress.setValue(100)
        self.cancel_button.setText(tr("Close"))
        self.status.setText(tr("Saved {name} ({size}) in the model library; the Ollama Modelfile is beside it:\n"
                               "{folder}").format(name=result.path.name, size=size_text(result.size_bytes),
                                                  folder=str(result.path.parent)))

    def _on_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.quant.setEnabled(True)
        self.cancel_button.setText(tr("Close"))
        self.progress.setVisible(False)
        self.status.setText(message)

    def done(self, result: int) -> None:
        self._controller.cancel_export()
        super().done(result)
