"""About: versions, the llama.cpp backend, GPU detection, and where things are kept."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_llm import __version__
from desktop_llm.controllers.i18n import QT_TR_NOOP, size_text, tr
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.ipc.engine_wire import EngineStatus

# The folders' names (the keys of the composition root's `folders`), translated where they are shown.
FOLDER_NAMES = (QT_TR_NOOP("Models"), QT_TR_NOOP("Data"), QT_TR_NOOP("Settings"), QT_TR_NOOP("Logs"))


def about_text(status: EngineStatus | None, budget: MemoryBudget, folders: dict[str, str]) -> str:
    """`status`: the engine's after the last load (None before one: versions show as "?")."""
    process = status.process if status else None
    gpu = f"{budget.gpu_name}, {size_text(budget.vram_bytes)}" if budget.vram_bytes else tr("none detected")
    offload = tr("available") if process and process.gpu_offload_supported else tr("not in this build")
    lines = [
        f"desktop-llm {__version__}",
        tr("Runs language models entirely on this computer."),
        "",
        f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__}",
        tr("llama-cpp-python {version} · backend {backend} · GPU offload {offload}").format(
            version=process.llama_cpp_version if process else "?", backend=process.backend if process else "?",
            offload=offload),
        tr("GPU: {gpu} · RAM: {ram}").format(gpu=gpu, ram=size_text(budget.ram_bytes)),
        "",
        *(tr("{folder}: {path}").format(folder=tr(name) if name in FOLDER_NAMES else name, path=path)
          for name, path in folders.items()),
    ]
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About desktop-llm"))
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
