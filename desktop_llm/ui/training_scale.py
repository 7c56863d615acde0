"""The Train form's options for bigger models and more GPUs (issue 16): how many GPUs train data-parallel (shown
only on a machine with more than one NVIDIA GPU), gradient checkpointing, and a 4-bit base (QLoRA, offered only
with an NVIDIA GPU: bitsandbytes' 4-bit kernels need CUDA). The form's memory estimate follows all three.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.training_config import MAX_GPUS, TrainConfig
from desktop_llm.ui.spin_boxes import spin_box

Rows = tuple[tuple[str, tuple[QWidget, ...]], ...]


class ScaleOptions(QObject):
    """The widgets and their mapping to TrainConfig; lives on the GUI thread. `changed` is called on every edit."""

    def __init__(self, budget: MemoryBudget, changed: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gpu_count = budget.gpu_count
        self.gpus = spin_box(1, max(1, min(MAX_GPUS, budget.gpu_count)), tr("GPUs"))
        self.gpus.setToolTip(tr("Train on this many GPUs at once (data-parallel). Each GPU holds the whole model and "
                                "takes its own batches, so a step takes that many times more examples and an epoch "
                                "fewer steps. The memory estimate is per GPU."))
        self.checkpointing = QCheckBox(tr("Gradient checkpointing"))
        self.checkpointing.setToolTip(tr("Recompute each layer's activations in the backward pass instead of keeping "
                                         "them: much less memory for long examples, about a third slower."))
        self.quantized = QCheckBox(tr("4-bit base (QLoRA)"))
        cuda = budget.vram_bytes > 0 and not budget.unified
        self.quantized.setEnabled(cuda)
        self.quantized.setToolTip(
            tr("Load the base model in 4 bits (bitsandbytes): about a quarter of the memory of its weights, so an 8B "
               "model trains on a 24 GB GPU. The adapter still applies to the GGUF model.") if cuda else
            tr("A 4-bit base needs an NVIDIA GPU with CUDA (and bitsandbytes), which this computer does not have."))
        self.gpus.valueChanged.connect(changed)
        self.checkpointing.toggled.connect(changed)
        self.quantized.toggled.connect(changed)

    def rows(self) -> Rows:
        """The form rows: (label, widgets). No GPUs row unless there is a choice to make."""
        savers = (tr("Memory savers:"), (self.checkpointing, self.quantized))
        return ((tr("GPUs:"), (self.gpus,)), savers) if self._gpu_count > 1 else (savers,)

    def show(self, config: TrainConfig) -> TrainConfig:
        """Show `config`'s options; returns it (the form keeps what it cannot show)."""
        self.gpus.setValue(config.gpus)
        self.checkpointing.setChecked(config.gradient_checkpointing)
        self.quantized.setChecked(config.quantized_base and self.quantized.isEnabled())
        return config

    def applied(self, config: TrainConfig) -> TrainConfig:
        return replace(config, gpus=self.gpus.value() if self._gpu_count > 1 else 1,
                       gradient_checkpointing=self.checkpointing.isChecked(),
                       quantized_base=self.quantized.isChecked() and self.quantized.isEnabled())

    def each_gpu(self, name: str) -> str:
        """Where the estimate must fit: the GPU, or each of the GPUs (the estimate is per GPU)."""
        count = self.gpus.value() if self._gpu_count > 1 else 1
        return name if count == 1 else tr("each of {count} GPUs ({name})").format(count=count, name=name)
