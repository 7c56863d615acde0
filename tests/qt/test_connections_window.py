"""The window with a connection (issue 11, part B): its models in the picker under the connection with its status,
a pick makes it the selection, a chat reply comes from that server, a reply cut by a fault keeps what arrived, and
File → Connections… adds and tests a server. The server is the scripted loopback one (tests/fake_openai.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.core.connections import Connection
from desktop_llm.services.backends.connection_store import ConnectionStore, KeyStore
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui.connections_dialog import ConnectionsDialog
from tests.fake_openai import FakeOpenAI
from tests.qt.conftest import OpenWindow


@pytest.fixture
def fake(app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # never the developer's keychain
    server = FakeOpenAI(models=("remote-tiny",), reply="Greetings from the other machine.", key="sk-lab")
    store = ConnectionStore(app_paths.config_dir, KeyStore(app_paths.config_dir / "connection-keys.json"))
    store.add(Connection("lab", server.url), api_key="sk-lab")
    store.add(Connection("down", "http://127.0.0.1:9"))
    yield server
    server.close()


def _labels(window: object) -> list[str]:
    combo = window.picker.combo  # type: ignore[attr-defined]
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_connections_model_is_picked_and_answers_in_chat(qtbot: QtBot, open_window: OpenWindow,
                                                           fake: FakeOpenAI) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: "lab · reachable" in _labels(window), timeout=10_000)
    labels = _labels(window)
    assert "down · offline" in labels and "    remote-tiny · lab" in labels
    combo = window.picker.combo
    index = labels.index("    remote-tiny · lab")
    with qtbot.waitSignal(window.engine.model_loaded, timeout=10_000):
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
    params = window.chat.load_params
    assert params is not None and (params.backend, params.path) == ("lab", "remote-tiny")
    assert "remote: lab" in window.backend_label.text()
    window.chat_panel.composer.setPlainText("Hello over there")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=10_000):
        window.send()
    assert window.chat_panel.message_views()[-1].text == "Greetings from the other machine."
    # A connection reset mid-reply: what arrived stays, the reply is marked as cut.
    fake.script("/v1/chat", lambda h, _b: h.stream(["Partial", "answer", "lost"], cut_after=2) or True)
    window.chat_panel.composer.setPlainText("Again")
    with qtbot.waitSignal(window.chat.reply_failed, timeout=10_000) as failed:
        window.send()
    assert "what arrived is kept" in failed.args[1]
    assert "asks the server again" in failed.args[1] and "engine restarts" not in failed.args[1]
    path = window.chat.visible_path()
    assert (path[-1].content, path[-1].status) == ("Partial answer", "error")
    # The picker's list refreshes (the library rescans): the remote choice stays chosen.
    window.refresh_models()
    assert window.chat.load_params.backend == "lab"  # type: ignore[union-attr]


def test_the_connections_dialog_tests_and_adds(qtbot: QtBot, open_window: OpenWindow, fake: FakeOpenAI) -> None:
    window = open_window()
    dialog = window.app_menus.open_connections()
    assert isinstance(dialog, ConnectionsDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    dialog.name_edit.setText("second")
    dialog.url_edit.setText(fake.url)
    dialog.key_edit.setText("sk-wrong")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "401" in dialog.note.text(), timeout=10_000)
    dialog.key_edit.setText("sk-lab")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10_000)
    assert dialog.table.item(2, 2).text() == "reachable"
    qtbot.waitUntil(lambda: "    remote-tiny · second" in _labels(window), timeout=10_000)
    dialog.table.selectRow(2)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    dialog.close()
