"""The toolbar's model picker: the library's usable models and, grouped by connection with its status, the models
of other servers (issue 11, part B), showing the one model selection."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.core.connections import ConnectionStatus
from desktop_llm.core.model_info import ModelInfo, human_size
from desktop_llm.core.sampling import LoadParams


class ModelPickerBar(QToolBar):
    """GUI thread only. Follows `selection` (whoever chose: this picker, the Library, Use in chat); the choice
    itself is the window's, which hears `model_picked`."""

    model_picked = Signal(str)  # model path the user picked here (the one already chosen included)
    remote_picked = Signal(str, str)  # connection name, model id: a model of another server picked here

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
        self._remote: list[ConnectionStatus] = []
        self._backend = ""  # the connection of the model shown; "" for a local one

    def list_remote(self, statuses: list[ConnectionStatus]) -> None:
        """Show the connections' models after the local ones, under a header per connection with its status."""
        current = self.combo.currentData()
        self._remote = list(statuses)
        for index in reversed(range(self.combo.count())):
            data = self.combo.itemData(index)
            if data is None or str(data).startswith(_REMOTE):
                self.combo.removeItem(index)
        self._add_remote()
        if current is not None:
            index = self.combo.findData(current)
            if index >= 0:
                self.combo.setCurrentIndex(index)

    def _add_remote(self) -> None:
        model = self.combo.model()
        for status in self._remote:
            self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(f"{status.name} · {status.label}")
            header = model.index(self.combo.count() - 1, 0)
            model.setData(header, 0, Qt.ItemDataRole.UserRole - 1)  # no flags: a header, not a choice
            self.combo.setItemData(self.combo.count() - 1, status.message or status.base_url,
                                   Qt.ItemDataRole.ToolTipRole)
            for model_id in status.models:
                self.combo.addItem(f"    {model_id} · {status.name}", _remote_key(status.name, model_id))

    def list_models(self, models: list[ModelInfo], wanted: str) -> str:
        """List `models` and show `wanted`, or the first when it is not among them; returns the path shown ("" for
        an empty list)."""
        self.combo.clear()
        for info in models:
            label = f"{info.name} · {info.parameter_label} · {info.quantization} · {human_size(info.size_bytes)}"
            self.combo.addItem(label, info.path)
        self._add_remote()
        if not self.show_model(wanted) and models:
            self.combo.setCurrentIndex(0)
        shown = str(self.combo.currentData() or "")
        # A connection's model shown: its model id, which is what the selection holds as its path.
        return shown[len(_REMOTE):].partition(_SEP)[2] if shown.startswith(_REMOTE) else shown

    def show_model(self, path: str) -> bool:
        """Show `path` as the current entry; False when it is not listed."""
        index = self.combo.findData(path) if path and not self._backend else -1
        if index < 0 and path:  # a model of a connection: the selection's path is its model id
            index = self.combo.findData(_remote_key(self._backend, path)) if self._backend else -1
            for status in self._remote if index < 0 else ():
                if path in status.models:
                    index = self.combo.findData(_remote_key(status.name, path))
                    break
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def _on_combo_activated(self, index: int) -> None:
        data = str(self.combo.itemData(index))
        if data.startswith(_REMOTE):
            name, _, model_id = data[len(_REMOTE):].partition(_SEP)
            self.remote_picked.emit(name, model_id)
        else:
            self.model_picked.emit(data)

    def _on_selection_changed(self, params: LoadParams) -> None:
        self._backend = params.backend
        self.show_model(params.path)


_REMOTE, _SEP = "remote\x1f", "\x1f"  # an item's data for a connection's model: remote␟NAME␟MODEL


def _remote_key(name: str, model_id: str) -> str:
    return f"{_REMOTE}{name}{_SEP}{model_id}"
