"""The public API server as the Server page sees it: start and stop off the GUI thread, the saved options, the
API key, and the request log fed from the server's own threads."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, Failed, Outcome, Succeeded
from desktop_llm.controllers.i18n import error_text
from desktop_llm.controllers.request_log_model import RequestLogModel
from desktop_llm.core.errors import Cancelled, SettingsError
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.server_options import ServerOptions, new_api_key
from desktop_llm.core.server_types import RequestRecord

log = logging.getLogger(__name__)

STOPPED, STARTING, RUNNING, STOPPING = "stopped", "starting", "running", "stopping"


class RunningServer(Protocol):
    """What the controller uses of services/server's PublicServer."""

    @property
    def base_url(self) -> str: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...


# (options, the model that answers requests naming none (None: the loaded one, the chat's), on_request) -> a server
# not yet started. Built by the composition root, which knows the engine and the library; on_request runs on server threads.
ServerFactory = Callable[[ServerOptions, LoadParams | None, Callable[[RequestRecord], None]], RunningServer]


class ServerController(QObject):
    """Lives on the GUI thread. Start and stop run on BackgroundOps' 'server' lane (binding a port and stopping the
    listener may block); the newest of them wins. Their work runs one at a time under a lock, so a start overtaken
    by a stop stops its own server before the stop reports `stopped`: nothing is left listening."""

    state_changed = Signal(str)  # STOPPED | STARTING | RUNNING | STOPPING
    started = Signal(str)  # the base URL clients use (…/v1)
    stopped = Signal()  # none: the server is no longer listening
    failed = Signal(str)  # a sentence for the user: why it did not start (port taken, no key for the network)
    options_changed = Signal(object)  # ServerOptions: to be saved with the settings
    request_logged = Signal(object)  # RequestRecord of a finished request, on the GUI thread
    _request_arrived = Signal(object)  # RequestRecord from a server thread: marshals it to the GUI thread

    def __init__(self, factory: ServerFactory, options: ServerOptions, load_for: Callable[[str], LoadParams],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._load_for = load_for  # a model file -> how to load it (its saved load settings)
        self._options = options.with_key()  # a key exists from the start, so the page can show it
        self._ops = BackgroundOps(self)
        self._lock = threading.RLock()  # one start or stop at a time, across their threads; guards _server
        self._server: RunningServer | None = None
        self._state = STOPPED
        self._base_url = ""
        self.log_model = RequestLogModel(self)
        self._request_arrived.connect(self._on_server_request)

    @property
    def options(self) -> ServerOptions:
        return self._options

    @property
    def state(self) -> str:
        return self._state

    @property
    def running(self) -> bool:
        return self._state == RUNNING

    @property
    def base_url(self) -> str:
        """The running server's base URL, or the one it will have."""
        return self._base_url or f"http://{display_host(self._options)}:{self._options.port}/v1"

    def answering_model(self) -> LoadParams | None:
        """The model chosen to answer requests naming no library model; None: whichever model is loaded, which is
        the chat's (it follows the chat's choice without a restart of the server)."""
        return self._load_for(self._options.model) if self._options.model else None

    def set_options(self, options: ServerOptions) -> None:
        """Keep `options` (saved by whoever listens to options_changed); a running server restarts with them."""
        if options.on_network and not options.api_key:
            options = options.with_key()  # the network never goes unguarded
        if options == self._options:
            return
        self._options = options
        self.options_changed.emit(options)
        if self._state in (RUNNING, STARTING):
            self.start()

    def regenerate_key(self) -> str:
        """A new key; the old one stops working at once when the server is running (it restarts)."""
        self.set_options(replace(self._options, api_key=new_api_key()))
        return self._options.api_key

    def start(self) -> None:
        """Start (or restart with the current options); the outcome is `started` or `failed`."""
        options, model = self._options, self.answering_model()
        try:
            options.checked()
        except SettingsError as exc:
            self.failed.emit(error_text(exc))
            return
        if not options.enabled:
            self._options = replace(options, enabled=True)
            self.options_changed.emit(self._options)
        self._set_state(STARTING)
        self._ops.run("server", lambda flag: self._start_work(flag, options, model), self._on_start_done)

    def stop(self) -> None:
        if self._options.enabled:
            self._options = replace(self._options, enabled=False)
            self.options_changed.emit(self._options)
        if self._state == STOPPED and not self._ops.busy("server"):
            return
        self._set_state(STOPPING)
        self._ops.run("server", self._stop_work, self._on_stop_done)

    def shutdown(self) -> None:
        """The window is closing: stop listening now (before the engine stops), deliver nothing more. `enabled`
        stays as it was, so the server starts again with the app."""
        self._ops.shutdown()
        self._stop_work(CancelFlag())
        self._state = STOPPED

    def wait(self, timeout: float = 10.0) -> None:
        """Join a start or stop still running (tests)."""
        self._ops.wait(timeout)

    # worker threads

    def _start_work(self, flag: CancelFlag, options: ServerOptions, model: LoadParams | None) -> str:
        with self._lock:  # held throughout: a stop that overtook this start waits for it, so its `stopped` is true
            self._stop_work(flag)  # a restart: the old listener first (it holds the port)
            if flag.cancelled:
                raise Cancelled("the server start was overtaken")
            server = self._factory(options, model, self._request_arrived.emit)
            server.start()  # ServerStartError (a sentence: the port is taken, ...) reaches `failed`
            if flag.cancelled:  # a stop (or a newer start) came meanwhile, and waits on the lock for this to end
                server.stop()
                raise Cancelled("the server start was overtaken")
            self._server = server
            return server.base_url

    def _stop_work(self, _flag: CancelFlag) -> None:
        with self._lock:
            server, self._server = self._server, None
            if server is not None:
                server.stop()

    # GUI thread

    def _on_start_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            url = str(outcome.value)
            # Listening on 0.0.0.0 is not an address a client can use: show this computer's address instead.
            self._base_url = url.replace("://0.0.0.0:", f"://{display_host(self._options)}:", 1)
            self._set_state(RUNNING)
            log.info("public server listening at %s", self._base_url)
            self.started.emit(self._base_url)
            return
        self._base_url = ""
        self._set_state(STOPPED)
        if isinstance(outcome, Failed):
            log.warning("public server did not start: %s", outcome.message)
            self.failed.emit(outcome.message)

    def _on_stop_done(self, outcome: Outcome) -> None:
        self._base_url = ""
        self._set_state(STOPPED)
        if isinstance(outcome, Failed):
            log.warning("public server did not stop cleanly: %s", outcome.message)
        self.stopped.emit()

    def _on_server_request(self, record: RequestRecord) -> None:
        self.log_model.add(record)
        self.request_logged.emit(record)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)


def display_host(options: ServerOptions) -> str:
    """The host to show in a URL: loopback as 'localhost'; on the network, this computer's address if known."""
    if not options.on_network:
        return "localhost"
    return local_address() or "localhost"


def local_address() -> str:
    """This computer's address on the local network (the interface the default route uses), or "" offline.
    A UDP connect sends nothing; it only asks the OS which interface it would use."""
    import socket

    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.168.0.1", 9))  # any non-loopback address works; nothing is sent
        address = str(probe.getsockname()[0])
        return "" if address.startswith("0.") else address
    except OSError:
        return ""
    finally:
        probe.close()
