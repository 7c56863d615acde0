"""The toolbar's model picker: the library's usable models, recent first, and, grouped by connection with its
status, the models of other servers (issue 11, part B), showing the one model selection. A click opens a
searchable popup (ui/model_picker_popup.py) instead of a long drop-down list (issue 15)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QStyleOptionComboBox, QStylePainter, QToolBar, QWidget

from desktop_llm.controllers.i18n import size_text, tr
from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.core.connections import ConnectionStatus
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.quick_fit import QuickFit, quick_fit
from desktop_llm.core.sampling import LoadParams
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon
from desktop_llm.ui.model_picker_popup import DetailRole, FitRole, ModelPickerPopup, NameRole


class PickerCombo(QComboBox):
    """A combo box whose popup is the searchable picker: it keeps QComboBox's items, current entry, `activated`
    and accessibility (a screen reader hears "Model, combo box, <the model>"). Arrow keys and the mouse wheel open
    the popup instead of switching models one by one: each switch loads a model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.popup = ModelPickerPopup(self, self)
        self.popup.row_picked.connect(self._on_popup_row_picked)

    def showPopup(self) -> None:
        self.popup.open_under(self)

    def hidePopup(self) -> None:
        self.popup.close()
        super().hidePopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.showPopup()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()

    def paintEvent(self, event: QPaintEvent) -> None:
        # The model's name, not its whole label: the popup shows the details.
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        name = self.currentData(NameRole)
        if name:
            option.currentText = str(name)
        option.currentIcon = icon("cpu")
        option.iconSize = QSize(design.ICON["s"], design.ICON["s"])
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _on_popup_row_picked(self, row: int) -> None:
        self.setCurrentIndex(row)
        self.activated.emit(row)  # what choosing in the native drop-down list would have said


class ModelPickerBar(QToolBar):
    """GUI thread only. Follows `selection` (whoever chose: this picker, the Library, Use in chat); the choice
    itself is the window's, which hears `model_picked`."""

    model_picked = Signal(str)  # model path the user picked here (the one already chosen included)
    remote_picked = Signal(str, str)  # connection name, model id: a model of another server picked here
    discover_requested = Signal()  # none: the user asked for more models ("Find more models in Discover")

    def __init__(self, selection: ModelSelection, parent: QWidget | None = None,
                 budget: MemoryBudget | None = None) -> None:
        super().__init__(tr("Model"), parent)
        self.setObjectName("model-toolbar")
        self.setMovable(False)
        self._budget = budget  # None: no fit badges
        self.combo = PickerCombo()
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setAccessibleName(tr("Model"))
        self.combo.setToolTip(tr("The model that answers in chat: click to search your models"))
        self.combo.setPlaceholderText(tr("Choose a model"))
        self.combo.popup.discover_requested.connect(self.discover_requested)
        self.addWidget(self.combo)
        self.backend_label = QLabel()
        self.backend_label.setAccessibleName(tr("Backend"))
        self.backend_label.setProperty("kind", "muted")
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
            state = _state_label(status)
            self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(f"{status.name} · {state}")
            header = model.index(self.combo.count() - 1, 0)
            model.setData(header, 0, Qt.ItemDataRole.UserRole - 1)  # no flags: a header, not a choice
            self.combo.setItemData(self.combo.count() - 1, status.message or status.base_url,
                                   Qt.ItemDataRole.ToolTipRole)
            for model_id in status.models:
                self.combo.addItem(f"    {model_id} · {status.name}", _remote_key(status.name, model_id))
                row = self.combo.count() - 1
                self.combo.setItemData(row, model_id, NameRole)
                self.combo.setItemData(row, tr("on {connection} · {state}").format(connection=status.name, state=state),
                                       DetailRole)

    def list_models(self, models: list[ModelInfo], wanted: str, recent: Sequence[str] = ()) -> str:
        """List `models`, the `recent` paths first in their order and then the newest files, and show `wanted`, or
        the first when it is not among them; returns the path shown ("" for an empty list)."""
        self.combo.clear()
        for info in sorted(models, key=lambda m: _recency(m, list(recent))):
            details = f"{info.parameter_label} · {info.quantization} · {size_text(info.size_bytes)}"
            if info.vision:  # loads with its projector: it can read images (issue 17)
                details += " · " + tr("vision")
            self.combo.addItem(f"{info.name} · {details}", info.path)
            row = self.combo.count() - 1
            self.combo.setItemData(row, info.name, NameRole)
            self.combo.setItemData(row, details, DetailRole)
            if self._budget is not None:
                fit = quick_fit(info.size_bytes, self._budget)
                self.combo.setItemData(row, fit.badge, FitRole)
                self.combo.setItemData(row, f"{info.path}\n{_fit_explanation(fit)}", Qt.ItemDataRole.ToolTipRole)
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


def _state_label(status: ConnectionStatus) -> str:
    """A connection's state in the user's language (ConnectionStatus.label in English)."""
    return {"reachable": tr("reachable"), "unauthorized": tr("401: key refused"), "offline": tr("offline"),
            "error": tr("error"), "unknown": tr("checking…")}.get(status.state, status.label)


def _fit_explanation(fit: QuickFit) -> str:
    """QuickFit.explanation in the user's language, sizes as the locale writes them."""
    says = {"fits": tr("It should run comfortably."),
            "tight": tr("It should load, but slowly or with little room left (part of it on the CPU, or most of the RAM)."),
            "too big": tr("It is unlikely to load on this computer.")}[fit.badge]
    return tr("About {needed} needed with a default context, {available} available. {verdict}").format(
        needed=size_text(fit.needed_bytes), available=size_text(fit.available_bytes), verdict=says)


def _recency(info: ModelInfo, recent: list[str]) -> tuple[int, float]:
    """Sort key: the models picked lately in that order, then the others newest file first."""
    return (recent.index(info.path) if info.path in recent else len(recent), -info.mtime)


def _remote_key(name: str, model_id: str) -> str:
    return f"{_REMOTE}{name}{_SEP}{model_id}"
