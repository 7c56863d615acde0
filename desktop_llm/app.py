"""Composition root: builds every object once and passes dependencies in. Nothing else constructs services."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from desktop_llm.core.errors import ProcessLockHeldError, StoreError
from desktop_llm.ipc.engine_wire import EngineStatus
from desktop_llm.services.documents.document_history import DocumentHistory
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.models.download_records import DownloadRecords
from desktop_llm.services.models.downloader import Downloader
from desktop_llm.services.models.hub_client import HubClient, hub_endpoint
from desktop_llm.services.models.model_library import ModelLibrary, starter_model_path
from desktop_llm.services.storage.conversation_store import ConversationStore
from desktop_llm.services.storage.paths import AppPaths, make_private
from desktop_llm.services.storage.settings_store import SettingsStore
from desktop_llm.services.storage.startup import StartupError, explain_store_error, move_aside, prepare_folders
from desktop_llm.services.training.training_runner import TrainingRunner
from desktop_llm.services.training.training_runs import TrainingRuns

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
        """Stop the engine, then close the databases whatever the engine did: a worker that will not die must not
        keep the user's data open (issue 19, item 5)."""
        try:
            self.engine.shutdown()  # not meant to raise (it logs a worker that survives the kill); if it does, log
        except Exception:
            log.exception("the engine did not shut down cleanly")
        for table in (self.store, self.downloads, self.history, self.training_runs):
            try:
                table.close()
            except Exception:  # one table failing to close must not keep the others open
                log.exception("closing %s failed", type(table).__name__)


def build_services(paths: AppPaths, engine_command: Sequence[str] | None = None) -> Services:
    """Every service on `paths`. Raises StartupError (one sentence, with the way out) when the folders or the
    database cannot be used, never a traceback (issue 10, item 15)."""
    paths = prepare_folders(paths)
    chosen = (stored := SettingsStore(paths.settings_file).load()).models_dir
    if chosen:
        try:
            paths = replace(paths, models_override=Path(chosen)).ensure()
        except OSError as exc:
            raise StartupError(
                f"cannot use the model folder {chosen} chosen in Settings: {exc.strerror or exc}. Reconnect its "
                f"drive, or remove \"models_dir\" from {paths.settings_file}"
            ) from exc
    opened: list[Any] = []
    try:
        # The conversations open the database first: a damaged, locked or newer one fails here.
        for kind in (ConversationStore, TrainingRuns, DownloadRecords, DocumentHistory):
            opened.append(kind(paths.database_file))
    except StoreError as exc:
        for table in opened:
            table.close()  # a file left open cannot be moved aside on Windows
        raise explain_store_error(exc) from exc
    store, training_runs, downloads, history = opened
    hub = HubClient(hub_endpoint(stored.hub_endpoint))  # the mirror chosen in Settings; HF_ENDPOINT wins (issue 21)
    return Services(
        paths=paths,
        settings=SettingsStore(paths.settings_file),
        store=store,
        library=ModelLibrary(paths.models_dir, paths.library_index, starter_model_path()),
        engine=EngineHost(paths.log_dir, engine_command),
        hub=hub,
        downloader=Downloader(hub, paths.models_dir),
        downloads=downloads,
        history=history,
        training_runs=training_runs,
        training=TrainingRunner(paths, training_runs),
    )


def open_services(
    paths: AppPaths, ask: Callable[[StartupError], str], engine_command: Sequence[str] | None = None
) -> Services | None:
    """build_services, asking `ask` (the startup dialog) for the way out of each StartupError: move the database
    aside and start fresh, try again, or quit (None)."""
    from desktop_llm.ui.startup_dialog import MOVE_ASIDE, RETRY

    while True:
        try:
            return build_services(paths, engine_command)
        except StartupError as exc:
            log.error("cannot start: %s", exc)
            error = exc
        choice = ask(error)
        if choice == MOVE_ASIDE and error.database is not None:
            try:
                move_aside(error.database)
            except StartupError as exc:
                log.error("%s", exc)
                ask(exc)  # it offers nothing but Quit
                return None
        elif not (choice == RETRY and error.retry_may_help):
            return None


class _PrivateLogHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read: logs quote prompts and paths (issue 10, item 17)."""

    def _open(self) -> Any:
        make_private(Path(self.baseFilename), create=True)
        return super()._open()


def configure_logging(paths: AppPaths, verbose: bool = False) -> None:
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    handler = _PrivateLogHandler(paths.app_log, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)


def build_main_window(services: Services):  # type: ignore[no-untyped-def]
    """The window and its controllers, wired to `services` (tests call this too)."""
    from PySide6.QtWidgets import QApplication

    from desktop_llm.controllers.chat_controller import ChatController
    from desktop_llm.controllers.compare_controller import CompareController
    from desktop_llm.controllers.conversation_list_model import ConversationListModel
    from desktop_llm.controllers.document_controller import DocumentController
    from desktop_llm.controllers.download_controller import DownloadController
    from desktop_llm.controllers.engine_controller import EngineController
    from desktop_llm.controllers.hub_controller import HubController
    from desktop_llm.controllers.library_controller import LibraryController
    from desktop_llm.controllers.model_defaults_controller import ModelDefaultsController
    from desktop_llm.controllers.model_selection import ModelSelection
    from desktop_llm.controllers.training_controller import TrainingController
    from desktop_llm.core.markdown_html import MarkdownRenderer
    from desktop_llm.services.documents.document_jobs import DocumentJobs
    from desktop_llm.services.models.system_memory import detect_budget
    from desktop_llm.ui.main_window import MainWindow
    from desktop_llm.ui.models_page import ModelsPage
    from desktop_llm.ui.summarize_panel import SummarizePanel
    from desktop_llm.ui.training_binding import TrainingBinding
    from desktop_llm.ui.training_panel import TrainingPanel
    from desktop_llm.ui.translate_panel import TranslatePanel
    from desktop_llm.ui.translators import install as install_translators

    settings = services.settings.load()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, settings.ui_language)  # before any widget takes its text
    # What the selection runs on: the local engine or a connection (issue 11, part B), behind one router.
    from desktop_llm.controllers.connections_controller import ConnectionsController
    from desktop_llm.services.backends.router import router_with_connections
    from desktop_llm.ui.connections_dialog import ConnectionsDialog

    backends = router_with_connections(services.engine, services.paths.config_dir)
    connections = ConnectionsController(backends.remotes)
    # The one model selection, read by the chat and the documents and set by the window and the Train tab.
    selection = ModelSelection()
    engine = EngineController(backends)
    chat = ChatController(services.store, backends, settings.default_system_prompt, selection=selection)
    conversations = ConversationListModel(services.store)
    hub = HubController(services.hub, detect_budget())
    downloads = DownloadController(services.downloads, services.downloader, services.library)
    # The window lists models through this: scans run off the GUI thread (issue 10, item 4).
    library = LibraryController(services.library)
    models_page = ModelsPage(hub, downloads, library, hub.curated())
    documents = DocumentController(DocumentJobs(services.history), backends, selection=selection)
    document_tabs = [("Summarize", SummarizePanel(documents, MarkdownRenderer())), ("Translate", TranslatePanel(documents))]
    from desktop_llm.app_features import add_knowledge_and_tools, add_training_tools
    from desktop_llm.ui.main_menus import MenuContext
    from desktop_llm.ui.theme import ThemeManager
    folders = {"Models": str(services.paths.models_dir), "Data": str(services.paths.data_dir),
               "Settings": str(services.paths.settings_file), "Logs": str(services.paths.log_dir)}
    model_defaults = ModelDefaultsController()  # each model's own sampling, read from its file off the GUI thread
    window = MainWindow(chat, engine, conversations, library, selection, services.settings, settings,
                        MenuContext(ThemeManager(app), hub.budget, folders, partial(ConnectionsDialog.open_for, connections),
                                    hub),
                        models_page, document_tabs,
                        open_document=lambda path: documents.open_file(path, "summary"),
                        model_defaults=model_defaults)
    training = TrainingController(services.training, services.store)
    compare = CompareController(backends)
    panel = TrainingPanel(training, hub.budget, chat.conversations)
    TrainingBinding(window, training, panel, compare, library, selection)  # a child of the window
    # Keep the controllers alive with the window.
    for owned in (engine, chat, conversations, hub, downloads, models_page, documents, training, compare, library,
                  selection, model_defaults, connections):
        owned.setParent(window)
    # Background work still running when the window closes is dropped before the stores close.
    for closing in (library, hub, documents, model_defaults, connections):
        window.closed.connect(closing.shutdown)
    connections.statuses_listed.connect(window.picker.list_remote)
    window.picker.remote_picked.connect(lambda name, model: selection.select(connections.params_for(name, model)))
    connections.refresh()
    training.restore()
    downloads.restore()
    add_server_page(window, services, library)
    add_knowledge_and_tools(window, services, library, downloads, chat)
    add_training_tools(window, services, backends, selection, panel, library)  # after Knowledge: datasets use it
    library.refresh()  # the window shows what the index knows until the folder has been read
    return window


def add_server_page(window: Any, services: Services, library: Any) -> Any:
    """The Server page (issue 11, part A): the public API server on the app's engine and library, its options
    saved with the settings, stopped when the window closes (before the engine), started with the app when it
    was running at the last close. Returns its ServerController."""
    from desktop_llm.controllers.server_controller import ServerController
    from desktop_llm.core.sampling import LoadParams
    from desktop_llm.services.server.public_server import PublicServer
    from desktop_llm.ui.server_panel import ServerPanel

    def load_for(path: str, mmproj: str = "") -> LoadParams:  # with the projector the library paired (issue 17)
        params: LoadParams = window.settings.load.params_for(path, mmproj=mmproj)
        return params

    def make_server(options: Any, model: LoadParams | None, on_request: Any) -> PublicServer:
        n_ctx = model.n_ctx if model is not None else window.settings.load.n_ctx
        settings = options.server_settings(model.path if model is not None else "", n_ctx)
        return PublicServer(services.engine, services.library, settings, on_request=on_request,
                            load_settings=lambda info: load_for(info.path, info.mmproj))

    saved = window.settings.server
    server = ServerController(make_server, saved, load_for, parent=window)
    server.options_changed.connect(lambda options: window.save_settings(replace(window.settings, server=options)))
    if server.options != saved:  # a key was generated: keep it, so clients configured with it go on working
        window.save_settings(replace(window.settings, server=server.options))
    panel = ServerPanel(server)
    window.add_page("Server", panel)
    library.models_listed.connect(panel.set_models)
    panel.set_models(library.models())
    window.closed.connect(server.shutdown)
    if saved.enabled:
        server.start()
    return server


def make_excepthook(log_file: Path) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """An uncaught exception in a Qt slot is logged and shown; the event loop (and the app) carries on."""

    def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop_llm.controllers.i18n import tr

        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        QMessageBox.critical(None, tr("Unexpected error"), tr("{kind}: {error}\n\nThe app keeps running. Details are in {log}.")
                             .format(kind=kind.__name__, error=value, log=log_file))

    return excepthook


@dataclass
class Instance:
    """This launch owns its data folder: the lock (kept open for the life of the process) and the socket that
    later launches reach it by (issue 10, item 14)."""

    lock: IO[bytes]
    server: Any  # controllers.single_instance.InstanceServer
    early_files: list[str]  # asked for by later launches before the window existed (e.g. during a startup dialog)

    def remember(self, files: list[str]) -> None:
        self.early_files.extend(files)

    def close(self) -> None:
        self.server.close()
        self.lock.close()


def claim_instance(paths: AppPaths, files: Sequence[str] = (), answer_timeout_s: float = 10.0) -> Instance | int:
    """Take this data folder's instance, or, when a running app holds it, hand that app `files`, bring its window
    forward, and return this launch's exit code (0 once it answered). Needs a QCoreApplication."""
    from desktop_llm.controllers.single_instance import InstanceServer, instance_name, send_activation
    from desktop_llm.ipc.process_lock import hold

    name = instance_name(paths.data_dir)
    try:
        lock = hold(paths.instance_lock)
    except ProcessLockHeldError:  # another app runs on this data folder
        lock = None
    if lock is None:
        if send_activation(name, files, answer_timeout_s):
            print("desktop-llm is already running: its window was brought to the front")
            return 0
        print(f"desktop-llm: another desktop-llm is using {paths.data_dir} but did not answer; "
              "close it, or wait for it to finish starting", file=sys.stderr)
        return 1
    server = InstanceServer(name)
    server.listen()
    instance = Instance(lock, server, [])
    server.activation_requested.connect(instance.remember)
    return instance


def show_main_window(services: Services, instance: Instance, files: Sequence[str] = ()):  # type: ignore[no-untyped-def]
    """Build and show the window; later launches bring it forward and open their files in it."""
    window = build_main_window(services)
    window.show()
    instance.server.activation_requested.disconnect(instance.remember)
    instance.server.activation_requested.connect(lambda _files: window.bring_to_front())
    instance.server.activation_requested.connect(window.open_files)
    window.open_files([*files, *instance.early_files])
    window.app_menus.show_first_run_if_needed()
    return window


def _cannot_start(error: StartupError, log_file: Path) -> str:
    """Show the startup dialog for `error`; the command line gets its one line too."""
    from desktop_llm.controllers.i18n import error_text
    from desktop_llm.ui.startup_dialog import ask_startup_choice

    print(f"desktop-llm: {error}", file=sys.stderr)
    return ask_startup_choice(error_text(error), error.database is not None, error.retry_may_help, str(log_file))


def run_gui(argv: Sequence[str], check: bool = False, files: Sequence[str] = ()) -> int:
    """Open the window (and `files` in it), or bring forward the one already open on this data folder. With
    `check`, quit with 0 once the default model is loaded (1 if it fails): a smoke test of the whole GUI start
    for packaging CI."""
    from PySide6.QtWidgets import QApplication

    paths = AppPaths.default()
    app = QApplication(list(argv))
    app.setApplicationName("desktop-llm")
    app.setApplicationDisplayName("desktop-llm")
    app.setOrganizationName("desktop-llm")
    app.setDesktopFileName("desktop-llm")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(Path(__file__).parent / "resources" / "desktop-llm.svg")))
    try:
        paths = prepare_folders(paths)
        instance = claim_instance(paths, files)
        if isinstance(instance, int):
            return instance  # a later launch: the running app has its request; this one never opens the log
        configure_logging(paths)
        from desktop_llm.ui.translators import install  # the startup dialog in the user's language too
        install(app, SettingsStore(paths.settings_file).load().ui_language)
    except (StartupError, OSError) as exc:
        error = exc if isinstance(exc, StartupError) else StartupError(f"cannot use {paths.data_dir}: {exc}")
        _cannot_start(error, paths.app_log)
        return 1
    # Installed before anything else can fail, so even an unforeseen error is a dialog, not a silent exit.
    sys.excepthook = make_excepthook(paths.app_log)
    services = open_services(paths, lambda error: _cannot_start(error, paths.app_log))
    if services is None:
        instance.close()
        return 1
    window = show_main_window(services, instance, files)
    outcome = [0]
    if check:
        from PySide6.QtCore import QTimer

        def failed(_path: str, message: str) -> None:
            print(f"desktop-llm: GUI check failed: {message}", file=sys.stderr)
            outcome[0] = 1
            app.quit()

        def loaded(status: EngineStatus) -> None:
            backend = status.process.backend if status.process else None
            print(f"desktop-llm: GUI check passed ({backend}, model {status.model.path if status.model else None})")
            app.quit()

        window.engine.model_loaded.connect(loaded)
        window.engine.model_load_failed.connect(failed)
        QTimer.singleShot(120_000, lambda: failed("", "timed out"))
    try:
        code = app.exec()
        return outcome[0] or code
    finally:
        # Stop the engine first: it returns at once even mid-load, and the load's late outcome is dropped.
        window.engine.shutdown()
        # Destroy widgets while QApplication still exists; leaving it to interpreter shutdown crashes PySide6.
        window.deleteLater()
        app.processEvents()
        services.close()
        instance.close()
