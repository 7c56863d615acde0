"""The connections to other servers for the window (issue 11, part B): their status and models for the model
picker, and add/test/remove for the Connections dialog; every network call on BackgroundOps."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, Failed, Outcome, Succeeded
from desktop_llm.controllers.i18n import tr
from desktop_llm.core.connections import Connection, ConnectionService, ConnectionStatus
from desktop_llm.core.sampling import LoadParams

_REFRESH, _EDIT, _TEST = "connections-refresh", "connections-edit", "connections-test"


def status_label(status: ConnectionStatus) -> str:
    """ConnectionStatus.label in the user's language ("reachable", "401: key refused", "offline", …)."""
    return {"reachable": tr("reachable"), "unauthorized": tr("401: key refused"), "offline": tr("offline"),
            "error": tr("error"), "unknown": tr("checking…")}.get(status.state, status.label)


class ConnectionsController(QObject):
    """Lives on the GUI thread; its signals are emitted there."""

    statuses_listed = Signal(list)  # list[ConnectionStatus]: every saved connection, probed just now
    tested = Signal(object)  # ConnectionStatus of a connection tested before saving
    failed = Signal(str)  # message: a connection could not be saved or removed

    def __init__(self, service: ConnectionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ops = BackgroundOps(self)

    def refresh(self) -> None:
        """Probe every saved connection (the newest refresh wins); `statuses_listed` follows."""
        self._ops.run(_REFRESH, lambda _flag: self._service.statuses(), self._on_refresh_done)

    def add(self, connection: Connection, api_key: str, replace: bool = False) -> None:
        self._ops.run(_EDIT, lambda _flag: self._service.add(connection, api_key, replace), self._on_edit_done)

    def remove(self, name: str) -> None:
        self._ops.run(_EDIT, lambda _flag: self._service.remove(name), self._on_edit_done)

    def test(self, connection: Connection, api_key: str) -> None:
        self._ops.run(_TEST, lambda _flag: self._service.test(connection, api_key), self._on_test_done)

    @staticmethod
    def params_for(name: str, model: str) -> LoadParams:
        """The selection for `model` of connection `name` (its context comes from the server when chosen)."""
        return LoadParams(path=model, backend=name)

    def wait(self, timeout: float = 10.0) -> None:
        self._ops.wait(timeout)

    def shutdown(self) -> None:
        self._ops.shutdown()

    def _on_refresh_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self.statuses_listed.emit(list(outcome.value))
        elif isinstance(outcome, Failed):
            self.failed.emit(outcome.message)

    def _on_edit_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Failed):
            self.failed.emit(outcome.message)
        self.refresh()

    def _on_test_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self.tested.emit(outcome.value)
        elif isinstance(outcome, Failed):
            self.failed.emit(outcome.message)
