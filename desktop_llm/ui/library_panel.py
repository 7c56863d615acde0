"""Library: local models with their metadata and disk usage; import, delete, inspect, set default, chat."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_llm.controllers.i18n import error_text, number_text, size_text, tr
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.gguf_header import GGUFFormatError
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.protocols import ModelCatalog
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.ui import design
from desktop_llm.ui.export_dialog import ask_open_path
from desktop_llm.ui.icons import icon
from desktop_llm.ui.model_inspector_dialog import ModelInspectorDialog
from desktop_llm.ui.page_chrome import EmptyState, PageHeader, page_body

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" (not exported by PySide6)

# Page-wide actions go in the header; those on the selected model stay under the table, beside it.
HEADER_ACTIONS = ("Import .gguf…", "Open folder")
ACTION_ICONS = {"Chat with it": ("message-square", "on-accent"), "Set as default": ("star", "text"),
                "Inspect…": ("info", "text"), "Import .gguf…": ("plus", "text"), "Open folder": ("folder-open", "text"),
                "Delete…": ("trash-2", "text"), "Projector…": ("sparkles", "text")}
COLUMNS = ("Name", "Architecture", "Parameters", "Quantization", "Context", "Chat template", "Size", "Source")


def source_label(source: str) -> str:
    """Where a model came from (core.model_info.ModelSource) in the user's language."""
    return {"starter": tr("starter"), "imported": tr("imported"), "downloaded": tr("downloaded"),
            "folder": tr("folder")}.get(source, source)


class LibraryPanel(QWidget):
    """GUI thread only. Metadata is shown as plain text: it comes from files and the hub, both untrusted."""

    library_changed = Signal()
    chat_requested = Signal(str)  # model path
    default_requested = Signal(str)  # model path
    adapter_chat_requested = Signal(str, str)  # base model path, adapter GGUF path
    discover_requested = Signal()  # "Browse models" while only the starter is here: show Discover

    def __init__(self, catalog: ModelCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._models: list[ModelInfo] = []
        self._rows: list[ModelInfo | TrainingRun] = []  # each model, then the LoRA adapters trained on it
        self.adapters_for: Callable[[str], list[TrainingRun]] | None = None
        self.default_path = ""
        self.header = PageHeader(tr("Library"), tr("The models on this computer: chat with one, make it the default, "
                                                   "inspect its details."), icon_name="library")
        layout = page_body(self, self.header)
        self._layout = layout
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Architecture"), tr("Parameters"), tr("Quantization"),
                                              tr("Context"), tr("Chat template"), tr("Size"), tr("Source")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(tr("Local models"))
        self.table.doubleClicked.connect(lambda _: self._inspect())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        # Only the starter model: say what more there is and where to get it (the table above still lists it).
        self.empty = EmptyState(icon_name="library", title=tr("Only the starter model so far"),
                                text=tr("It is small and quick, made for trying things out; larger models answer better. "
                                   "Find one in Discover, or import a .gguf file you already have."))
        self.browse_button = self.empty.add_button(tr("Browse models"), self.discover_requested.emit, primary=True)
        self.browse_button.setIcon(icon("compass", "on-accent"))
        self.empty.finish()
        layout.addWidget(self.empty)
        layout.addStretch(0)
        # The disk usage on its own line above the buttons: beside them (with Projector… for vision models) the
        # row needed 780 px, wider than the page in a 1024-px window with the chat settings open.
        self.usage = QLabel()
        self.usage.setProperty("kind", "muted")
        self.usage.setWordWrap(True)
        self.usage.setAccessibleName(tr("Disk usage"))
        layout.addWidget(self.usage)
        row = QHBoxLayout()
        row.setSpacing(design.SPACE["s"])
        # Keyed by the English text (code and tests name the buttons by it), shown in the user's language.
        actions = (("Chat with it", tr("Chat with it"), self._chat),
                   ("Set as default", tr("Set as default"), self._set_default),
                   ("Inspect…", tr("Inspect…"), self._inspect), ("Import .gguf…", tr("Import .gguf…"), self._import),
                   ("Open folder", tr("Open folder"), self._open_folder), ("Projector…", tr("Projector…"), self._projector),
                   ("Delete…", tr("Delete…"), self._delete))
        self.buttons: dict[str, QPushButton] = {}
        for text, shown, slot in actions:
            button = QPushButton(shown)
            name, role = ACTION_ICONS[text]
            button.setIcon(icon(name, role))
            button.setAccessibleName(shown.rstrip("…"))
            button.clicked.connect(slot)
            if text in HEADER_ACTIONS:
                self.header.add_action(button)
            else:
                row.addWidget(button)
            self.buttons[text] = button
        self.buttons["Chat with it"].setProperty("kind", "primary")
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def _update_buttons(self) -> None:
        """Offer only what the selected row allows: the starter model and adapters cannot be deleted here, so
        Delete… is off for them rather than enabled and then refusing (issue 20, item 10)."""
        info, adapter = self.selected(), self.selected_adapter()
        delete = self.buttons["Delete…"]
        delete.setEnabled(info is not None and info.source != "starter")
        delete.setToolTip(
            tr("The starter model is part of the app and stays.") if info is not None and info.source == "starter" else
            tr("Adapters are deleted with their run, in the Train tab.") if adapter is not None else
            tr("Remove the selected model from the library")
        )
        usable = (info is not None and not info.error) or adapter is not None
        self.buttons["Chat with it"].setEnabled(usable)
        self.buttons["Set as default"].setEnabled(info is not None and not info.error)
        self.buttons["Inspect…"].setEnabled(info is not None)
        chat = info is not None and not info.error and info.role == "chat"
        self.buttons["Projector…"].setEnabled(chat)
        self.buttons["Projector…"].setToolTip(
            tr("Sees images with {file}").format(file=Path(info.mmproj).name) if chat and info is not None and info.vision
            else tr("Choose the vision projector (mmproj) that lets this model see images"))

    def refresh(self) -> None:
        self._models = self._catalog.models()
        self._rows = []
        for info in self._models:
            self._rows.append(info)
            if self.adapters_for is not None and not info.error:
                self._rows.extend(self.adapters_for(info.path))
        self.table.setRowCount(len(self._rows))
        self.table.clearSpans()
        for row, entry in enumerate(self._rows):
            cells, tooltip = self._model_cells(entry) if isinstance(entry, ModelInfo) else self._adapter_cells(entry)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip)
                self.table.setItem(row, column, item)
            if isinstance(entry, ModelInfo) and entry.error:
                self.table.setSpan(row, 1, 1, 5)  # the reason across the metadata it has none of
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A long Hugging Face file name keeps its start and its quantization ("Meta-Llama-3.1…Q4_K_M.gguf");
        # the whole name is each row's tooltip.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setProperty("elided", True)
        total = sum(m.size_bytes for m in self._models)
        self.usage.setText(tr("%n model(s), {size} on disk · {folder}", None, len(self._models)).format(
            size=size_text(total), folder=self._catalog.models_dir))
        self._show_empty(all(m.source == "starter" for m in self._models))
        self._update_buttons()

    def is_empty_shown(self) -> bool:
        return not self.empty.isHidden()

    def _show_empty(self, empty: bool) -> None:
        """With only the starter, the table hugs its row and the empty state sits under it; otherwise the table
        takes the page."""
        self.empty.setVisible(empty)
        stretch_index = self._layout.indexOf(self.empty) + 1
        self._layout.setStretch(self._layout.indexOf(self.table), 0 if empty else 1)
        self._layout.setStretch(stretch_index, 1 if empty else 0)
        if empty:
            rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
            header = self.table.horizontalHeader().sizeHint().height()
            scroll = self.table.horizontalScrollBar().sizeHint().height()  # room for it at a narrow width
            self.table.setMaximumHeight(header + rows + scroll + 2 * self.table.frameWidth() + 2)
        else:
            self.table.setMaximumHeight(QWIDGETSIZE_MAX)

    def _model_cells(self, info: ModelInfo) -> tuple[list[str], str]:
        default = " " + tr("(default)") if info.path == self.default_path else ""
        source = source_label(info.source)
        cells = [
            info.name + default + (" · " + tr("vision") if info.vision else ""),
            tr("projector: {kind}").format(kind=info.projector_type or "?") if info.role == "projector" else
            info.architecture, info.parameter_label, info.quantization,
            number_text(info.context_length) if info.context_length else "?",
            tr("yes") if info.has_chat_template else tr("no"),
            size_text(info.size_bytes), f"{source}: {info.repo_id}" if info.repo_id else source,
        ]
        if info.error:  # listed, never hidden or fatal (issue 10, item 4): the reason, and Delete… removes it
            reason = info.error if len(info.error) <= 140 else info.error[:140] + "…"
            cells[1:6] = [tr("broken: {reason}").format(reason=reason), "", "", "", ""]
            return cells, f"{info.path}\n{info.error}\n" + tr("Delete… removes it from the library.")
        if info.vision:
            return cells, info.path + "\n" + tr("Vision projector: {path}").format(path=info.mmproj)
        return cells, info.path

    @staticmethod
    def _adapter_cells(run: TrainingRun) -> tuple[list[str], str]:
        size = Path(run.adapter_gguf).stat().st_size if Path(run.adapter_gguf).is_file() else 0
        loss = ""
        if run.val_loss_before is not None and run.val_loss_after is not None:
            loss = " · " + tr("val loss {before} → {after}").format(before=number_text(run.val_loss_before, 2),
                                                                    after=number_text(run.val_loss_after, 2))
        cells = ["    ↳ " + tr("LoRA adapter: {name}").format(name=run.name), tr("adapter"), f"r{run.config.rank}", "F32",
                 "", "", size_text(size), tr("trained here, %n step(s)", None, run.step) + loss]
        return cells, run.adapter_gguf

    def selected(self) -> ModelInfo | None:
        entry = self._selected_entry()
        return entry if isinstance(entry, ModelInfo) else None

    def selected_adapter(self) -> TrainingRun | None:
        entry = self._selected_entry()
        return entry if isinstance(entry, TrainingRun) else None

    def _selected_entry(self) -> ModelInfo | TrainingRun | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def select_path(self, path: str) -> None:
        for row, entry in enumerate(self._rows):
            if isinstance(entry, ModelInfo) and entry.path == path:
                self.table.selectRow(row)

    def _chat(self) -> None:
        adapter = self.selected_adapter()
        if adapter is not None:
            self.adapter_chat_requested.emit(adapter.base_model, adapter.adapter_gguf)
            return
        info = self.selected()
        if info is not None and not info.error:
            self.chat_requested.emit(info.path)

    def _set_default(self) -> None:
        info = self.selected()
        if info is not None and not info.error:
            self.default_path = info.path
            self.default_requested.emit(info.path)
            self.refresh()
            self.select_path(info.path)

    def _inspect(self) -> None:
        info = self.selected()
        if info is not None:
            ModelInspectorDialog(info, self).exec()

    def _projector(self) -> None:
        """The selected model's projector: a file chosen by hand, the automatic pairing, or none (issue 17)."""
        info = self.selected()
        if info is None:
            return
        menu = QMenu(self)
        choose = menu.addAction(tr("Choose a projector file…"))
        automatic = menu.addAction(tr("Pair automatically (a projector in the model's folder)"))
        none = menu.addAction(tr("None: text only"))
        picked = menu.exec(self.buttons["Projector…"].mapToGlobal(self.buttons["Projector…"].rect().bottomLeft()))
        if picked is choose:
            path = ask_open_path(self, tr("Choose a vision projector"), tr("Vision projectors (*.gguf)"))
            if path is not None:
                self.set_projector(info.path, str(path))
        elif picked is automatic:
            self.set_projector(info.path, None)
        elif picked is none:
            self.set_projector(info.path, "")

    def set_projector(self, model_path: str, projector_path: str | None) -> bool:
        """Pair and show it; a file that does not fit is refused with the reason (nothing changes)."""
        try:
            self._catalog.set_projector(model_path, projector_path)
        except (OSError, DesktopLlmError) as exc:
            QMessageBox.warning(self, tr("Projector not used"), error_text(exc))
            return False
        self.refresh()
        self.select_path(model_path)
        self.library_changed.emit()
        return True

    def _import(self) -> None:
        path = ask_open_path(self, tr("Import a GGUF model"), tr("GGUF models (*.gguf)"))
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        try:
            info = self._catalog.import_file(path)
        except (GGUFFormatError, OSError, DesktopLlmError) as exc:
            QMessageBox.warning(self, tr("Import failed"),
                                tr("{file} cannot be used: {reason}").format(file=path.name, reason=error_text(exc)))
            return
        self.refresh()
        self.select_path(info.path)
        self.library_changed.emit()

    def _open_folder(self) -> None:
        info = self.selected()
        folder = Path(info.path).parent if info else self._catalog.models_dir
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _delete(self) -> None:
        if self.selected_adapter() is not None:
            QMessageBox.information(self, tr("LoRA adapter"), tr("Adapters are deleted with their run, in the Train tab."))
            return
        info = self.selected()
        if info is None:
            return
        if info.source == "starter":
            QMessageBox.information(self, tr("Starter model"), tr("The starter model is part of the app and stays."))
            return
        removes_file = info.source in ("downloaded", "folder")
        question = (tr("Remove {name} ({size}) from the library and delete its file?") if removes_file else
                    tr("Remove {name} ({size}) from the library (the file itself stays where it is)?"))
        answer = QMessageBox.question(
            self, tr("Delete model"), question.format(name=info.name, size=size_text(info.size_bytes)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_model(info.path)

    def delete_model(self, path: str) -> None:
        try:
            self._catalog.delete(path)
        except (GGUFFormatError, OSError) as exc:
            QMessageBox.warning(self, tr("Delete failed"), error_text(exc))
        self.refresh()
        self.library_changed.emit()


__all__ = ["LibraryPanel", "Qt"]
