"""Composition root: builds every object once and passes dependencies in. Nothing else constructs services."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType

from desktop_llm.services.conversation_store import ConversationStore
from desktop_llm.services.document_history import DocumentHistory
from desktop_llm.services.download_records import DownloadRecords
from desktop_llm.services.downloader import Downloader
from desktop_llm.services.engine_host import EngineHost
from desktop_llm.services.hub_client import HubClient
from desktop_llm.services.model_library import ModelLibrary, starter_model_path
from desktop_llm.services.paths import AppPaths
from desktop_llm.services.settings_store import SettingsStore
from desktop_llm.services.training_runner import TrainingRunner
from desktop_llm.services.training_runs import TrainingRuns

log = logging.getLogger(__name__)


@dataclass
class Services:
    paths: AppPaths
    settings: SettingsStore
    store: ConversationStore
    library: ModelLibrary
    engine: EngineHost
    hub: HubClient
    downloader: Downloader
    downloads: DownloadRecords
    history: DocumentHistory
    training_runs: TrainingRuns
    training: TrainingRunner

    def close(self) -> None:
        self.engine.shutdown()
        self.store.close()
        self.downloads.close()
        self.history.close()
        self.training_runs.close()


def build_services(paths: AppPaths, engine_command: Sequence[str] | None = None) -> Services:
    paths.ensure()
    chosen = SettingsStore(paths.settings_file).load().models_dir
    if chosen:
        paths = replace(paths, models_override=Path(chosen)).ensure()
    hub = HubClient()
    training_runs = TrainingRuns(paths.database_file)
    return Services(
        paths=paths,
        settings=SettingsStore(paths.settings_file),
        store=ConversationStore(paths.database_file),
        library=ModelLibrary(paths.models_dir, paths.library_index, starter_model_path()),
        engine=EngineHost(paths.log_dir, engine_command),
        hub=hub,
        downloader=Downloader(hub, paths.models_dir),
        downloads=DownloadRecords(paths.database_file),
        history=DocumentHistory(paths.database_file),
        training_runs=training_runs,
        training=TrainingRunner(paths, training_runs),
    )


def configure_logging(paths: AppPaths, verbose: bool = False) -> None:
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / "desktop-llm.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)


def build_main_window(services: Services):  # type: ignore[no-untyped-def]
    """The window and its controllers, wired to `services` (tests call this too)."""
    from desktop_llm.controllers.chat_controller import ChatController
    from desktop_llm.controllers.compare_controller import CompareController
    from desktop_llm.controllers.conversation_list_model import ConversationListModel
    from desktop_llm.controllers.document_controller import DocumentController
    from desktop_llm.controllers.download_controller import DownloadController
    from desktop_llm.controllers.engine_controller import EngineController
    from desktop_llm.controllers.hub_controller import HubController
    from desktop_llm.controllers.training_controller import TrainingController
    from desktop_llm.core.markdown_html import MarkdownRenderer
    from desktop_llm.services.document_jobs import DocumentJobs
    from desktop_llm.services.hub_client import RECOMMENDED
    from desktop_llm.services.system_memory import detect_budget
    from desktop_llm.ui.main_window import MainWindow
    from desktop_llm.ui.models_page import ModelsPage
    from desktop_llm.ui.summarize_panel import SummarizePanel
    from desktop_llm.ui.training_binding import TrainingBinding
    from desktop_llm.ui.training_panel import TrainingPanel
    from desktop_llm.ui.translate_panel import TranslatePanel

    settings = services.settings.load()
    engine = EngineController(services.engine)
    chat = ChatController(services.store, services.engine, settings.default_system_prompt)
    conversations = ConversationListModel(services.store)
    hub = HubController(services.hub, detect_budget())
    downloads = DownloadController(services.downloads, services.downloader, services.library)
    models_page = ModelsPage(hub, downloads, services.library, RECOMMENDED)
    documents = DocumentController(DocumentJobs(services.history), services.engine)
    renderer = MarkdownRenderer()
    document_tabs = [("Summarize", SummarizePanel(documents, renderer)), ("Translate", TranslatePanel(documents))]
    # The model must be known before the window's first model selection, which happens in its constructor.
    window = MainWindow(chat, engine, conversations, services.library, services.settings, settings, models_page,
                        document_tabs)
    documents.load_params = chat.load_params
    window.model_selected.connect(lambda params: setattr(documents, "load_params", params))
    from PySide6.QtWidgets import QApplication

    from desktop_llm.ui.main_menus import AppMenus
    from desktop_llm.ui.theme import ThemeManager

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folders = {"Models": str(services.paths.models_dir), "Data": str(services.paths.data_dir),
               "Settings": str(services.paths.settings_file), "Logs": str(services.paths.log_dir)}
    window.app_menus = AppMenus(window, ThemeManager(app), hub.budget, folders)
    training = TrainingController(services.training, services.store)
    compare = CompareController(services.engine)
    panel = TrainingPanel(training, hub.budget, chat.conversations)
    window.training_binding = TrainingBinding(window, training, panel, compare)
    # Keep the controllers alive with the window.
    for owned in (engine, chat, conversations, hub, downloads, models_page, documents, training, compare):
        owned.setParent(window)
    training.restore()
    downloads.restore()
    return window


def make_excepthook(log_file: Path) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """An uncaught exception in a Qt slot is logged and shown; the event loop (and the app) carries on."""

    def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        QMessageBox.critical(
            None, "Unexpected error",
            f"{kind.__name__}: {value}\n\nThe app keeps running. Details are in {log_file}.",
        )

    return excepthook


def run_gui(argv: Sequence[str], check: bool = False) -> int:
    """Open the window. With `check`, quit with 0 once the default model is loaded (1 if it fails): a smoke test
    of the whole GUI start for packaging CI."""
    from PySide6.QtWidgets import QApplication

    paths = AppPaths.default()
    configure_logging(paths)
    app = QApplication(list(argv))
    app.setApplicationName("desktop-llm")
    app.setApplicationDisplayName("desktop-llm")
    app.setOrganizationName("desktop-llm")
    app.setDesktopFileName("desktop-llm")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(Path(__file__).parent / "resources" / "desktop-llm.svg")))
    services = build_services(paths)

    sys.excepthook = make_excepthook(paths.log_dir / "desktop-llm.log")
    window = build_main_window(services)
    window.show()
    window.app_menus.show_first_run_if_needed()
    outcome = [0]
    if check:
        from PySide6.QtCore import QTimer

        def failed(_path: str, message: str) -> None:
            print(f"desktop-llm: GUI check failed: {message}", file=sys.stderr)
            outcome[0] = 1
            app.quit()

        def loaded(status: dict[str, object]) -> None:
            print(f"desktop-llm: GUI check passed ({status.get('backend')}, model {status.get('model')})")
            app.quit()

        window.engine.model_loaded.connect(loaded)
        window.engine.model_load_failed.connect(failed)
        QTimer.singleShot(120_000, lambda: failed("", "timed out"))
    try:
        code = app.exec()
        return outcome[0] or code
    finally:
        # Destroy widgets while QApplication still exists; leaving it to interpreter shutdown crashes PySide6.
        window.deleteLater()
        app.processEvents()
        services.close()
