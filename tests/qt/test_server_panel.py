"""The Server page on the real app with the stand-in engine: start, the base URL, requests from an HTTP client in
the live log, the key (shown, regenerated, required beyond loopback), the network toggle, stop; the log's model."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.request_log_model import COLUMNS, RequestLogModel
from desktop_llm.controllers.server_controller import RUNNING, STOPPED, ServerController
from desktop_llm.core.server_options import NETWORK_HOST, ServerOptions
from desktop_llm.core.server_types import RequestRecord
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.storage.settings_store import SettingsStore
from desktop_llm.ui.main_window import MainWindow
from desktop_llm.ui.server_panel import ServerPanel
from tests.qt.conftest import OpenWindow


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def call(url: str, method: str = "GET", path: str = "/v1/models", body: dict[str, Any] | None = None,
         key: str = "") -> tuple[int, Any]:
    """One request over loopback, as any HTTP client sends it."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection("127.0.0.1", parts.port, timeout=30)
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    try:
        connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"null")
    finally:
        connection.close()


def server_page(window: MainWindow) -> ServerPanel:
    page = window.page("Server")
    assert isinstance(page, ServerPanel)
    window.show_page(page)
    return page


def start(qtbot: QtBot, page: ServerPanel) -> str:
    with qtbot.waitSignal(page.controller.started, timeout=30_000) as started:
        page.start_button.click()
    assert page.controller.state == RUNNING
    return str(started.args[0])


def stop(qtbot: QtBot, page: ServerPanel) -> None:
    with qtbot.waitSignal(page.controller.stopped, timeout=30_000):
        page.start_button.click()
    assert page.controller.state == STOPPED


def use_port(page: ServerPanel, port: int) -> None:
    page.port_spin.setValue(port)
    page.port_spin.editingFinished.emit()


def test_start_shows_the_url_logs_requests_and_stops(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    page = server_page(window)
    port = free_port()
    use_port(page, port)
    assert page.controller.state == STOPPED and page.start_button.text() == "Start server"
    url = start(qtbot, page)
    assert url == f"http://127.0.0.1:{port}/v1"
    assert page.url_edit.text() == url and url in page.state_label.text()
    assert page.start_button.text() == "Stop server"
    on_gui_thread: list[bool] = []  # the server calls back on its connection threads; the log hears it here
    page.controller.request_logged.connect(
        lambda _record: on_gui_thread.append(threading.current_thread() is threading.main_thread()))
    page.copy_url_button.click()
    assert QGuiApplication.clipboard().text() == url

    # A plain HTTP client: the models, then a chat reply from the (stand-in) engine.
    status, models = call(url)
    assert status == 200 and models["object"] == "list" and models["data"]
    model = models["data"][0]["id"]
    status, reply = call(url, "POST", "/v1/chat/completions",
                         {"model": model, "messages": [{"role": "user", "content": "Say hi"}], "max_tokens": 8})
    assert status == 200, reply
    assert reply["choices"][0]["message"]["role"] == "assistant"
    log = page.controller.log_model
    qtbot.waitUntil(lambda: log.rowCount() == 2, timeout=10_000)
    newest = log.record_at(0)
    assert newest is not None and newest.endpoint == "/v1/chat/completions" and newest.status == 200
    assert newest.model == model and newest.completion_tokens == reply["usage"]["completion_tokens"] > 0
    assert newest.client.startswith("127.0.0.1:")
    shown = [log.index(0, column).data() for column in range(len(COLUMNS))]
    assert shown[2] == "POST /v1/chat/completions" and shown[3] == model and shown[6] == "200"
    older = log.record_at(1)
    assert older is not None and (older.endpoint, older.status) == ("/v1/models", 200)
    assert page.log_view.model() is log
    assert on_gui_thread == [True, True]

    # Saved as running, so it starts again with the app.
    assert window.settings.server.enabled and window.settings.server.port == port
    stop(qtbot, page)
    assert not window.settings.server.enabled
    with pytest.raises(OSError):
        call(url)


def test_the_key_is_shown_copied_regenerated_and_enforced_when_asked(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    page = server_page(window)
    use_port(page, free_port())
    key = page.key_edit.text()
    assert key.startswith("dllm-") and key == window.settings.server.api_key  # generated once, and saved
    page.copy_key_button.click()
    assert QGuiApplication.clipboard().text() == key
    url = start(qtbot, page)
    assert call(url)[0] == 200  # loopback: no key asked for by default

    with qtbot.waitSignal(page.controller.started, timeout=30_000):
        page.require_key_box.setChecked(True)  # a running server restarts with the new options
    assert call(url)[0] == 401
    assert call(url, key=key)[0] == 200

    with qtbot.waitSignal(page.controller.started, timeout=30_000):
        page.regenerate_button.click()
    new_key = page.key_edit.text()
    assert new_key != key and new_key == window.settings.server.api_key
    assert "new API key" in page.notice_label.text()
    status, error = call(url, key=key)
    assert status == 401 and error["error"]["message"]
    assert call(url, key=new_key)[0] == 200
    stop(qtbot, page)


def test_the_network_toggle_requires_a_key_and_warns(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    page = server_page(window)
    use_port(page, free_port())
    assert not page.network_box.isChecked() and not page.network_warning.isEnabled()
    assert "never on public Wi-Fi" in page.network_warning.text()
    page.network_box.setChecked(True)
    options = window.settings.server
    assert options.on_network and options.host == NETWORK_HOST and options.key_in_use == options.api_key
    assert page.require_key_box.isChecked() and not page.require_key_box.isEnabled()  # not optional any more
    assert page.network_warning.isEnabled()
    url = start(qtbot, page)
    assert call(url)[0] == 401  # even from this computer: the listener is on every interface
    assert call(url, key=options.api_key)[0] == 200
    stop(qtbot, page)
    page.network_box.setChecked(False)
    assert window.settings.server.host == "127.0.0.1" and window.settings.server.key_in_use == ""


def test_network_options_without_a_usable_key_do_not_start(qtbot: QtBot, open_window: OpenWindow) -> None:
    page = server_page(open_window())
    controller = page.controller
    controller.set_options(ServerOptions(on_network=True, port=free_port()))
    assert len(controller.options.api_key) >= 16  # the network never goes unguarded: a key was made

    def never(*_args: Any) -> Any:
        raise AssertionError("a server was built for options without a usable key")

    guarded = ServerController(never, ServerOptions(on_network=True, api_key="short"), lambda path: None,  # type: ignore[arg-type,return-value]
                               parent=page)
    with qtbot.waitSignal(guarded.failed) as failed:
        guarded.start()
    assert "API key" in failed.args[0] and guarded.state == STOPPED


def test_a_bad_cors_entry_is_named_and_a_good_list_saved(qtbot: QtBot, open_window: OpenWindow,
                                                          app_paths: AppPaths) -> None:
    window = open_window()
    page = server_page(window)
    page.cors_edit.setText("localhost:3000")
    page.cors_edit.editingFinished.emit()
    assert page.error_label.isVisible() and "localhost:3000" in page.error_label.text()
    assert window.settings.server.cors_origins == ()
    page.cors_edit.setText("HTTP://LocalHost:3000/, https://chat.example.org")
    page.cors_edit.editingFinished.emit()
    assert not page.error_label.isVisible()
    assert window.settings.server.cors_origins == ("http://localhost:3000", "https://chat.example.org")
    assert SettingsStore(app_paths.settings_file).load().server.cors_origins == window.settings.server.cors_origins


def test_a_port_in_use_is_explained(qtbot: QtBot, open_window: OpenWindow) -> None:
    page = server_page(open_window())
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        use_port(page, taken.getsockname()[1])
        with qtbot.waitSignal(page.controller.failed, timeout=30_000) as failed:
            page.start_button.click()
    assert "in use" in failed.args[0] and page.error_label.text() == failed.args[0]
    assert page.controller.state == STOPPED and page.start_button.text() == "Start server"


def test_a_stop_right_after_start_leaves_nothing_listening(qtbot: QtBot, open_window: OpenWindow) -> None:
    page = server_page(open_window())
    port = free_port()
    use_port(page, port)
    controller = page.controller
    controller.start()
    with qtbot.waitSignal(controller.stopped, timeout=30_000):
        controller.stop()
    controller.wait()
    with socket.socket() as probe:  # the port is free again: no listener was left behind
        probe.bind(("127.0.0.1", port))


def test_the_server_starts_with_the_app_when_it_was_running(qtbot: QtBot, open_window: OpenWindow) -> None:
    first = open_window()
    page = server_page(first)
    use_port(page, free_port())
    url = start(qtbot, page)
    first.close()  # closing stops the listener before the engine, and keeps 'enabled'
    with pytest.raises(OSError):
        call(url)
    second = open_window()
    again = server_page(second)
    qtbot.waitUntil(lambda: again.controller.state == RUNNING, timeout=30_000)
    assert again.controller.base_url == url and call(url)[0] == 200
    stop(qtbot, again)


def record(n: int, **changes: Any) -> RequestRecord:
    fields: dict[str, Any] = {"started": time.time(), "client": f"127.0.0.1:{5000 + n}", "method": "POST",
                              "endpoint": "/v1/chat/completions", "model": "m", "status": 200, "duration_s": 0.5,
                              "prompt_tokens": 10, "completion_tokens": n, "tokens_per_s": 20.0}
    fields.update(changes)
    return RequestRecord(**fields)


def test_request_log_model(qtmodeltester: Any) -> None:
    model = RequestLogModel(max_rows=3)
    qtmodeltester.check(model)
    for n in range(1, 6):
        model.add(record(n))
        qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert [model.record_at(row).completion_tokens for row in range(3)] == [5, 4, 3]  # type: ignore[union-attr]
    assert model.index(0, 4).data() == "10 + 5" and model.index(0, 5).data() == "20.0"
    model.add(record(6, status=401, error="missing API key", prompt_tokens=0, completion_tokens=0, tokens_per_s=0.0))
    assert model.index(0, 6).data() == "401 missing API key" and model.index(0, 4).data() == ""
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_the_model_that_answers_is_the_chats_or_a_chosen_library_model(qtbot: QtBot, open_window: OpenWindow,
                                                                        starter_model: Any) -> None:
    window = open_window()
    page = server_page(window)
    combo = page.model_combo
    assert combo.itemText(0) == "The chat's model" and combo.currentIndex() == 0
    assert page.controller.answering_model() is None  # the loaded one: whatever the chat chose
    index = combo.findData(str(starter_model))
    assert index > 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.settings.server.model == str(starter_model)
    chosen = page.controller.answering_model()
    assert chosen is not None and chosen.path == str(starter_model) and chosen.n_ctx == window.settings.load.n_ctx
    page.set_models([])  # the library changed (the file was deleted): the choice stays, marked
    assert combo.currentData() == str(starter_model) and "not in the library" in combo.currentText()
