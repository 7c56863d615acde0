"""The toolbar's model picker: the library's usable models, showing the one model selection."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.core.model_info import ModelInfo, human_size
from desktop_llm.core.sampling import LoadParams


class ModelPickerBar(QToolBar):
    """GUI thread only. Follows `selection` (whoever chose: this picker, the Library, Use in chat); the choice
    itself is the window's, which hears `model_picked`."""

    model_picked = Signal(str)  # model path the user picked here (the one already chosen included)

    def __init__(self, selection: ModelSelection, parent: QWidget | None = None) -> None:
        super().__init__("Model", parent)
        self.setObjectName("model-toolbar")
        self.setMovable(False)
        self.addWidget(QLabel(" Model: "))
        self.combo = QComboBox()
        self.combo.setMinimumWidth(360)
        self.combo.setAccessibleName("Model")
        self.combo.setToolTip("The model that answers in chat")
        self.addWidget(self.combo)
        self.backend_label = QLabel()
        self.backend_label.setAccessibleName("Backend")
        self.addWidget(self.backend_label)
        self.combo.activated.connect(self._on_combo_activated)
        selection.changed.connect(self._on_selection_changed)

    def list_models(self, models: list[ModelInfo], wanted: str) -> str:
        """List `models` and show `wanted`, or the first when it is not among them; returns the path shown ("" for
        an empty list)."""
        self.combo.clear()
        for info in models:
            label = f"{info.name} · {info.parameter_label} · {info.quantization} · {human_size(info.size_bytes)}"
            self.combo.addItem(label, info.path)
        if not self.show_model(wanted) and models:
            self.combo.setCurrentIndex(0)
        return str(self.combo.currentData() or "")

    def show_model(self, path: str) -> bool:
        """Show `path` as the current entry; False when it is not listed."""
        index = self.combo.findData(path) if path else -1
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def _on_combo_activated(self, index: int) -> None:
        self.model_picked.emit(str(self.combo.itemData(index)))

    def _on_selection_changed(self, params: LoadParams) -> None:
        self.show_model(params.path)
