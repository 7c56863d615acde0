"""About: versions, the llama.cpp backend, GPU detection, and where things are kept."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_llm import __version__
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.model_info import human_size
from desktop_llm.ipc.engine_wire import EngineStatus


def about_text(status: EngineStatus | None, budget: MemoryBudget, folders: dict[str, str]) -> str:
    """`status`: the engine's after the last load (None before one: versions show as "?")."""
    process = status.process if status else None
    gpu = f"{budget.gpu_name}, {human_size(budget.vram_bytes)}" if budget.vram_bytes else "none detected"
    lines = [
        f"desktop-llm {__version__}",
        "Runs language models entirely on this computer.",
        "",
        f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__}",
        f"llama-cpp-python {process.llama_cpp_version if process else '?'} · "
        f"backend {process.backend if process else '?'} · "
        f"GPU offload {'available' if process and process.gpu_offload_supported else 'not in this build'}",
        f"GPU: {gpu} · RAM: {human_size(budget.ram_bytes)}",
        "",
        *(f"{name}: {path}" for name, path in folders.items()),
    ]
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About desktop-llm")
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
