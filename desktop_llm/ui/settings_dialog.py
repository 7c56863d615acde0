"""Settings: model folder, default model, load defaults, theme; and the promise that nothing is sent anywhere."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.settings_schema import AppSettings, LoadDefaults
from desktop_llm.ui.theme import THEMES


class SettingsDialog(QDialog):
    """GUI thread only. `result_settings()` gives the edited settings after accept."""

    def __init__(self, settings: AppSettings, models: list[ModelInfo], models_dir: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self._models_dir = settings.models_dir
        self.folder = QLabel(models_dir)
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setToolTip("Where downloaded models go. A change applies after a restart; models already "
                               "downloaded stay where they are.")
        folder_row.addWidget(self.folder, 1)
        change = self.change_button = QPushButton("Change…")
        change.clicked.connect(self._choose_folder)
        folder_row.addWidget(change)
        open_folder = QPushButton("Open")
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text())))
        folder_row.addWidget(open_folder)
        # The first button in tab order (Change…) took the focus when the dialog opened and wore the focus frame
        # that reads as "default"; neither folder button may take Enter, which saves (issue 20, item 12).
        for button in (change, open_folder):
            button.setAutoDefault(False)
            button.setDefault(False)
        form.addRow("Model folder", folder_row)
        self.default_model = QComboBox()
        self.default_model.setAccessibleName("Default model")
        for info in models:
            self.default_model.addItem(info.name, info.path)
        index = self.default_model.findData(settings.default_model_path)
        self.default_model.setCurrentIndex(max(0, index))
        form.addRow("Default model", self.default_model)
        self.n_ctx = QSpinBox()
        self.n_ctx.setRange(256, 1_048_576)
        self.n_ctx.setSingleStep(1024)
        self.n_ctx.setValue(settings.load.n_ctx)
        form.addRow("Context length", self.n_ctx)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setValue(settings.load.n_gpu_layers)
        self.gpu_layers.setToolTip("-1: every layer that fits on the GPU; 0: CPU only")
        form.addRow("GPU layers", self.gpu_layers)
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setValue(settings.load.n_threads)
        self.threads.setToolTip("0: automatic")
        form.addRow("CPU threads", self.threads)
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for name in THEMES:
            self.theme.addItem(name.capitalize(), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form.addRow("Theme", self.theme)
        privacy = QLabel("Telemetry: none. desktop-llm sends nothing anywhere; it only contacts Hugging Face when "
                         "you search or download a model.")
        privacy.setWordWrap(True)
        form.addRow("Privacy", privacy)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        self.default_model.setFocus()  # the dialog opens on its first setting, not on a folder button
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Folder for downloaded models", self.folder.text())
        if chosen:
            self.set_models_dir(chosen)

    def set_models_dir(self, path: str) -> None:
        self._models_dir = path
        self.folder.setText(f"{path}  (after a restart)")

    def result_settings(self) -> AppSettings:
        load = replace(self._settings.load, n_ctx=self.n_ctx.value(), n_gpu_layers=self.gpu_layers.value(),
                       n_threads=self.threads.value())
        return replace(self._settings, default_model_path=str(self.default_model.currentData() or ""),
                       models_dir=self._models_dir,
                       load=LoadDefaults(**{**load.__dict__}), theme=str(self.theme.currentData()))
