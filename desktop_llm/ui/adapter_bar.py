"""The chat's LoRA switch above the composer: which adapter trained on the current model is on, at what strength,
and Compare. Shown only when the current model has adapters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_llm.controllers.i18n import number_text, tr
from desktop_llm.core.sampling import Adapters
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.ui import design


def adapter_label(run: TrainingRun) -> str:
    loss = "" if run.val_loss_before is None or run.val_loss_after is None else ", " + tr(
        "val loss {before} → {after}").format(before=number_text(run.val_loss_before, 2),
                                              after=number_text(run.val_loss_after, 2))
    # n positional: pyside6-lupdate marks a message as a plural only then
    return tr("{name} (r{rank}, %n step(s){loss})", None, run.step).format(name=run.name, rank=run.config.rank, loss=loss)


class AdapterBar(QWidget):
    adapters_changed = Signal(object)  # Adapters: () for none
    adapter_chosen = Signal(str)  # adapter path the user picked ("" for none), to be remembered across restarts
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferred = ""  # the adapter chosen last time: picked again when the list offers it
        self._names: dict[str, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(design.SPACE["xs"], 0, design.SPACE["xs"], 0)
        layout.setSpacing(design.SPACE["s"])
        label = QLabel(tr("LoRA adapter"))
        label.setProperty("kind", "muted")
        layout.addWidget(label)
        self.combo = QComboBox()
        self.combo.setAccessibleName(tr("LoRA adapter"))
        self.combo.setMinimumContentsLength(24)
        self.combo.setToolTip(tr("Adapters trained on the current model in the Train tab"))
        layout.addWidget(self.combo, 1)
        scale = QLabel(tr("Scale"))
        scale.setProperty("kind", "muted")
        layout.addWidget(scale)
        self.scale = QDoubleSpinBox()
        self.scale.setAccessibleName(tr("Adapter scale"))
        self.scale.setRange(0.0, 2.0)
        self.scale.setSingleStep(0.1)
        self.scale.setValue(1.0)
        self.scale.setToolTip(tr("0 is the base model, 1 the adapter as trained"))
        layout.addWidget(self.scale)
        self.compare_button = QPushButton(tr("Compare…"))
        self.compare_button.setAccessibleName(tr("Compare with base model"))
        self.compare_button.setToolTip(tr("Send one prompt to the base model and to the adapter, side by side"))
        self.compare_button.clicked.connect(self.compare_requested)
        layout.addWidget(self.compare_button)
        self.combo.currentIndexChanged.connect(self._emit)
        self.combo.activated.connect(self._on_combo_activated)
        self.scale.valueChanged.connect(self._emit)
        self.set_adapters([])

    def set_adapters(self, runs: list[TrainingRun], keep: str = "") -> None:
        """The adapters of the current model; keeps the chosen one when it is still offered."""
        current = keep or self.current_path() or self.preferred
        self._names = {run.adapter_gguf: run.name for run in runs}
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(tr("None (base model)"), "")
        for run in runs:
            self.combo.addItem(adapter_label(run), run.adapter_gguf)
        index = self.combo.findData(current) if current else 0
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)
        self.setVisible(bool(runs))
        self._emit()

    def current_path(self) -> str:
        return str(self.combo.currentData() or "")

    def names(self) -> dict[str, str]:
        """Adapter path -> its run's name, for the adapters offered now."""
        return dict(self._names)

    def _on_combo_activated(self, _index: int) -> None:
        if not self.current_path():  # the user chose the base model (a list without the adapter is no choice)
            self._remember("")

    def _remember(self, path: str) -> None:
        if path != self.preferred:
            self.preferred = path
            self.adapter_chosen.emit(path)

    def current_name(self) -> str:
        return self.combo.currentText() if self.current_path() else ""

    def adapters(self) -> Adapters:
        path = self.current_path()
        return ((path, float(self.scale.value())),) if path else ()

    def _emit(self) -> None:
        has_adapter = bool(self.current_path())
        if has_adapter:  # picked here, or by "Use in chat" in the Train tab or the Library
            self._remember(self.current_path())
        self.scale.setEnabled(has_adapter)
        self.compare_button.setEnabled(has_adapter)
        self.adapters_changed.emit(self.adapters())
