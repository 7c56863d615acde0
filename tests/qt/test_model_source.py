"""The model source in Settings and Discover (issue 21): checked as typed, tested with a real request in the
background, applied to every hub request at once, and shown in Discover; HF_ENDPOINT wins and the field says so."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.hub_controller import HubController
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.settings_schema import AppSettings
from desktop_llm.services.models.hub_client import RECOMMENDED, HubClient
from desktop_llm.ui.hub_panel import HubPanel
from desktop_llm.ui.settings_dialog import CANCEL_TEST_TEXT, TEST_TEXT, SettingsDialog

BUDGET = MemoryBudget(ram_bytes=16 * 1024**3, vram_bytes=0)
LEFT = Qt.MouseButton.LeftButton


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


@pytest.fixture
def mirror(fake_hub, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    return fake_hub


def make_dialog(qtbot: QtBot, tmp_path: Path, hub: HubController, settings: AppSettings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings or AppSettings(), [], str(tmp_path / "models"), None, hub)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_address_is_checked_as_it_is_typed(qtbot: QtBot, tmp_path: Path, mirror) -> None:  # type: ignore[no-untyped-def]
    hub = HubController(HubClient(), BUDGET)
    dialog = make_dialog(qtbot, tmp_path, hub)
    assert dialog.hub_endpoint.currentText() == "https://huggingface.co"
    assert dialog.hub_endpoint.findText("https://hf-mirror.com") >= 0  # the common mirror is one click away
    dialog.hub_endpoint.setEditText("hf-mirror.com")
    assert dialog.endpoint_error.isVisible() and "https://" in dialog.endpoint_error.text()
    assert not dialog.save_button.isEnabled() and not dialog.test_endpoint_button.isEnabled()
    dialog.accept()
    assert dialog.isVisible()  # not saved with a broken address
    dialog.hub_endpoint.setEditText("https://hf-mirror.com/")
    assert not dialog.endpoint_error.isVisible() and dialog.save_button.isEnabled()
    assert dialog.result_settings().hub_endpoint == "https://hf-mirror.com"
    dialog.hub_endpoint.setEditText("https://huggingface.co")
    assert dialog.result_settings().hub_endpoint == ""  # the default is stored as the default


def test_test_says_ok_for_the_mirror_and_why_not_for_a_dead_address(qtbot: QtBot, tmp_path: Path, mirror) -> None:  # type: ignore[no-untyped-def]
    hub = HubController(HubClient(), BUDGET)
    dialog = make_dialog(qtbot, tmp_path, hub)
    dialog.hub_endpoint.setEditText(mirror.url)
    with qtbot.waitSignal(hub.endpoint_tested, timeout=15_000) as tested:
        qtbot.mouseClick(dialog.test_endpoint_button, LEFT)
        assert dialog.test_endpoint_button.text() == CANCEL_TEST_TEXT  # while it runs, the button stops it
    assert tested.args[:2] == [mirror.url, True]
    assert dialog.endpoint_status.isVisible() and dialog.endpoint_status.property("tone") == "success"
    assert dialog.endpoint_status.text().startswith("OK: 127.0.0.1 answered in")
    assert dialog.test_endpoint_button.text() == TEST_TEXT
    assert ("GET", "/api/models") in [r[:2] for r in mirror.requests]
    assert hub.endpoint == "https://huggingface.co"  # a test is not a change: Save applies it
    dead = closed_port_url()
    dialog.hub_endpoint.setEditText(dead)
    assert not dialog.endpoint_status.isVisible()  # the OK was about the address before the edit
    with qtbot.waitSignal(hub.endpoint_tested, timeout=15_000):
        qtbot.mouseClick(dialog.test_endpoint_button, LEFT)
    assert dialog.endpoint_status.property("tone") == "danger"
    assert "cannot be reached (the connection was refused" in dialog.endpoint_status.text()
    hub.wait()


def test_a_cancelled_or_outdated_test_says_nothing(qtbot: QtBot, tmp_path: Path, mirror) -> None:  # type: ignore[no-untyped-def]
    mirror.faults.status["/api/models"] = 500
    hub = HubController(HubClient(), BUDGET)
    dialog = make_dialog(qtbot, tmp_path, hub)
    dialog.hub_endpoint.setEditText(mirror.url)
    qtbot.mouseClick(dialog.test_endpoint_button, LEFT)
    qtbot.mouseClick(dialog.test_endpoint_button, LEFT)  # Cancel test
    assert dialog.endpoint_status.text() == "Test cancelled." and dialog.test_endpoint_button.text() == TEST_TEXT
    with qtbot.assertNotEmitted(hub.endpoint_tested, wait=300):
        hub.wait()
    assert dialog.endpoint_status.text() == "Test cancelled."
    qtbot.mouseClick(dialog.test_endpoint_button, LEFT)
    dialog.reject()  # closing the dialog drops the test it started
    with qtbot.assertNotEmitted(hub.endpoint_tested, wait=300):
        hub.wait()


def test_hf_endpoint_wins_and_the_field_says_so(qtbot: QtBot, tmp_path: Path, mirror,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", mirror.url)
    hub = HubController(HubClient(), BUDGET)
    dialog = make_dialog(qtbot, tmp_path, hub, AppSettings(hub_endpoint="https://hf-mirror.com"))
    assert not dialog.hub_endpoint.isEnabled() and dialog.hub_endpoint.currentText() == mirror.url
    assert "HF_ENDPOINT is set" in dialog.endpoint_note.text() and mirror.url in dialog.endpoint_note.text()
    assert dialog.save_button.isEnabled() and dialog.test_endpoint_button.isEnabled()
    assert dialog.result_settings().hub_endpoint == "https://hf-mirror.com"  # the saved choice is kept for later
    hub.use_endpoint_setting("https://hf-mirror.com")
    assert hub.endpoint == mirror.url


def test_saving_a_mirror_applies_it_and_discover_shows_it(qtbot: QtBot, tmp_path: Path, mirror) -> None:  # type: ignore[no-untyped-def]
    hub = HubController(HubClient(), BUDGET)
    panel = HubPanel(hub, RECOMMENDED)
    qtbot.addWidget(panel)
    assert panel.source.text() == "Models from https://huggingface.co"
    with qtbot.waitSignal(hub.endpoint_changed, timeout=1_000) as changed:
        hub.use_endpoint_setting(mirror.url)
    assert changed.args == [mirror.url] and panel.source.text() == f"Models from {mirror.url}"
    with qtbot.assertNotEmitted(hub.endpoint_changed):
        hub.use_endpoint_setting(mirror.url + "/")  # the same source: nothing to tell
    panel.query.setText("tiny")
    with qtbot.waitSignal(hub.search_finished, timeout=10_000):
        panel.search_button.click()
    assert ("GET", "/api/models") in [r[:2] for r in mirror.requests]
    hub.wait()


def test_the_window_applies_a_saved_mirror_at_once_and_keeps_it(qtbot: QtBot, open_window, mirror) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    panel = window.models_page.hub_panel
    dialog = window.app_menus.open_settings()
    assert dialog.test_endpoint_button.isEnabled()  # the window gives the dialog its hub
    dialog.hub_endpoint.setEditText(mirror.url)
    dialog.accept()
    assert window.settings.hub_endpoint == mirror.url
    assert panel.source.text() == f"Models from {mirror.url}"
    panel.query.setText("tiny")
    with qtbot.waitSignal(panel._hub.search_finished, timeout=10_000):
        panel.search_button.click()
    assert "Tiny-GGUF" in panel.results.item(0).text()
    window.close()
    again = open_window()  # the next start reads it from the settings file
    assert again.models_page.hub_panel.source.text() == f"Models from {mirror.url}"
