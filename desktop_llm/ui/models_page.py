"""The model tabs (Discover, Downloads, Library) and how they hand work to each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_llm.controllers.download_controller import DownloadController
from desktop_llm.controllers.download_list_model import DownloadListModel
from desktop_llm.controllers.hub_controller import HubController
from desktop_llm.controllers.library_controller import LibraryController
from desktop_llm.core.hub_types import GGUFChoice
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.ui.downloads_panel import DownloadsPanel
from desktop_llm.ui.hub_panel import HubPanel
from desktop_llm.ui.library_panel import LibraryPanel


class ModelsPage(QObject):
    """GUI thread only. Owns the three panels; the main window puts them in its tabs."""

    library_changed = Signal()  # a model was added or removed
    chat_requested = Signal(str)  # model path
    default_requested = Signal(str)  # model path
    download_started = Signal(int)  # record id
    discover_requested = Signal()  # an empty Downloads or Library page's "Browse models": show Discover

    def __init__(
        self, hub: HubController, downloads: DownloadController, library: LibraryController,
        recommended: tuple[str, ...], parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.downloads = downloads
        self.library = library
        self._select_when_listed = ""  # a finished download's path, selected once a scan lists it
        self.hub_panel = HubPanel(hub, recommended)
        self.download_model = DownloadListModel(downloads, self)
        self.downloads_panel = DownloadsPanel(downloads, self.download_model)
        self.library_panel = LibraryPanel(library)
        self.hub_panel.download_requested.connect(self._on_hub_download_requested)
        downloads.finished.connect(self._on_downloads_finished)
        library.models_listed.connect(self._on_library_models_listed)
        self.library_panel.library_changed.connect(self.library_changed)
        self.library_panel.chat_requested.connect(self.chat_requested)
        self.library_panel.default_requested.connect(self.default_requested)
        self.downloads_panel.discover_requested.connect(self.discover_requested)
        self.library_panel.discover_requested.connect(self.discover_requested)

    def tabs(self) -> list[tuple[str, QWidget]]:
        # English page keys: the page stack shows each in the user's language (page_stack.page_titles).
        return [("Discover", self.hub_panel), ("Downloads", self.downloads_panel), ("Library", self.library_panel)]

    def show_default_model(self, path: str) -> None:
        """Mark `path` as the default model in the Library (the default itself is kept in the settings)."""
        self.library_panel.default_path = path
        self.library_panel.refresh()

    def _on_hub_download_requested(self, repo_id: str, choice: GGUFChoice) -> None:
        record = self.downloads.start(repo_id, choice)
        self.downloads_panel.select_record(record.id)
        self.download_started.emit(record.id)

    def _on_downloads_finished(self, record_id: int, path: str) -> None:
        self._select_when_listed = path
        self.library.refresh()

    def _on_library_models_listed(self, models: list[ModelInfo]) -> None:
        self.library_panel.refresh()
        if self._select_when_listed:
            self.library_panel.select_path(self._select_when_listed)
            self._select_when_listed = ""
        self.library_changed.emit()
