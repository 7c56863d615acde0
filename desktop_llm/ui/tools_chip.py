"""The chat's tools switch (issue 14): a chip under the composer ("Tools", or "3 tools" once some are on) that opens
the list of tools with checkboxes for the open conversation, the folders granted to the file tools ("Grant a
folder…"), and the tools allowed without asking in this chat. Disabled, with the reason in its tooltip, when the
chosen model's template has no place for tools."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.tool_meta import ChatToolState
from desktop_llm.core.tool_types import ToolSpec
from desktop_llm.ui.chip_menu import MenuChip
from desktop_llm.ui.tool_approval_view import source_text

if TYPE_CHECKING:
    from desktop_llm.controllers.chat_tools import ChatTools

FOLDER_CHARS = 36  # a granted folder is shown this wide at most in the menu


class ToolsChip(MenuChip):
    """GUI thread only. Says what the user changed; shows what the controller says (`set_state`)."""

    enabled_requested = Signal(list)  # tool names to switch on for the open chat (empty: tools off)
    folder_granted = Signal(str)
    folder_revoked = Signal(str)
    forget_allowed_requested = Signal()  # ask again for every call in this chat
    manage_requested = Signal()  # "Manage tools and MCP servers…": the Tools dialog (ui/tools_dialog.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("sliders-horizontal", tr("Tools for this chat"), parent)  # "on" while tools are on
        self.specs: list[ToolSpec] = []
        self.state = ChatToolState()
        self.supported = True
        self.reason = ""
        self.boxes: dict[str, QCheckBox] = {}
        self._show_state()

    def bind(self, tools: ChatTools) -> None:
        """Follow the chat's tools controller and send it what the user chooses."""
        tools.state_changed.connect(self.set_state)
        tools.support_changed.connect(self.set_supported)
        self.enabled_requested.connect(tools.set_enabled)
        self.folder_granted.connect(tools.grant_folder)
        self.folder_revoked.connect(tools.revoke_folder)
        self.forget_allowed_requested.connect(tools.forget_allowed)
        self.set_specs(tools.specs())
        self.set_state(tools.state)
        self.set_supported(tools.supported, "")

    def set_specs(self, specs: Sequence[ToolSpec]) -> None:
        self.specs = list(specs)
        self._show_state()

    def set_state(self, state: ChatToolState) -> None:
        self.state = state
        self._show_state()

    def set_supported(self, supported: bool, reason: str) -> None:
        self.supported, self.reason = supported, reason
        self._show_state()

    def active(self) -> list[str]:
        known = {spec.name for spec in self.specs}
        return [name for name in self.state.enabled if name in known]

    def _show_state(self) -> None:
        on = self.active() if self.supported else []
        self.setText(tr("%n tool(s)", None, len(on)) if on else tr("Tools"))
        self._show_on(bool(on))
        self.setEnabled(self.supported and bool(self.specs))
        if not self.supported:
            self.setToolTip(self.reason)
            self.setAccessibleDescription(self.reason)
        else:
            self.setToolTip(tr("Let the model call tools in this chat; every call asks you first"))
            self.setAccessibleDescription(", ".join(on) if on else tr("No tool is on"))

    def _fill_menu(self) -> None:
        panel, column = self._start_panel(tr("Tools the model may call in this chat:"))
        self.boxes = {}
        for spec in self.specs:
            box = QCheckBox(spec.name if spec.source == "builtin" else f"{spec.name} ({source_text(spec)})")
            box.setToolTip(spec.description)
            box.setChecked(spec.name in self.state.enabled)
            box.toggled.connect(lambda _on: self._request())
            column.addWidget(box)
            self.boxes[spec.name] = box
        folders = QLabel(tr("Folders the file tools may read:") if self.state.folders else
                         tr("No folder is shared with the file tools."))
        folders.setProperty("kind", "muted")
        column.addWidget(folders)
        for folder in self.state.folders:
            # A deep path would make the menu wider than the screen: its middle elided, all of it in the tooltip.
            shown = self.fontMetrics().elidedText(folder, Qt.TextElideMode.ElideMiddle,
                                                  self.fontMetrics().averageCharWidth() * FOLDER_CHARS)
            shared = QCheckBox(shown)
            shared.setChecked(True)
            shared.setToolTip(f"{folder}\n{tr('Untick to stop sharing this folder')}")
            shared.toggled.connect(lambda on, f=folder: None if on else self.folder_revoked.emit(f))
            column.addWidget(shared)
        self._add_link(column, tr("Grant a folder…")).clicked.connect(self._on_grant_clicked)
        if self.state.allowed:
            allowed = QLabel(tr("Allowed without asking here: {tools}").format(tools=", ".join(self.state.allowed)))
            allowed.setProperty("kind", "muted")
            allowed.setWordWrap(True)
            column.addWidget(allowed)
            self._add_link(column, tr("Ask again for every call")).clicked.connect(self.forget_allowed_requested)
        self._add_link(column, tr("Manage tools and MCP servers…")).clicked.connect(self._on_manage_clicked)
        self._finish_panel(panel)

    def _on_manage_clicked(self) -> None:
        self.popup.close()
        self.manage_requested.emit()

    def _request(self) -> None:
        self.enabled_requested.emit([name for name, box in self.boxes.items() if box.isChecked()])

    def _on_grant_clicked(self) -> None:
        self.popup.close()
        folder = QFileDialog.getExistingDirectory(self, tr("Grant a folder to the file tools"))
        if folder:
            self.folder_granted.emit(folder)
