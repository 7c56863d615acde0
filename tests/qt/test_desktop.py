"""Desktop integration: theme, shortcuts, settings that survive a restart, the first-run welcome."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.qt.conftest import OpenWindow


def window_lightness() -> int:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness()  # type: ignore[union-attr]


def test_theme_switch_applies_and_persists_across_restart(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    dialog = window.app_menus.open_settings()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.n_ctx.setValue(2048)
    with qtbot.waitSignal(window.engine.model_loaded, timeout=60_000):  # the context change reloads the model
        dialog.accept()
    assert window_lightness() < 100
    assert window.settings_panel.n_ctx.value() == 2048
    window.close()
    again = open_window()
    assert again.settings.theme == "dark" and again.settings.load.n_ctx == 2048
    assert window_lightness() < 100
    assert again.engine.status is not None and again.engine.status.to_dict().get("n_ctx") == 2048
    dialog = again.app_menus.open_settings()
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.accept()
    assert window_lightness() > 150


def test_shortcuts_trigger_their_actions_and_show_in_menus(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.activateWindow()
    before = window.conversations.rowCount()
    with qtbot.waitSignal(window.chat.conversation_opened, timeout=5_000):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.conversations.rowCount() == before  # the empty chat of the first launch is reused
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search.hasFocus()
    visible = window.settings_dock.isVisible()
    window.settings_action.trigger()
    assert window.settings_dock.isVisible() != visible
    shortcuts = {a.text(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["&New chat"] == "Ctrl+N" and shortcuts["&Regenerate"] == "Ctrl+R"
    assert shortcuts["&Send"] == "Ctrl+Return" and shortcuts["S&top"] == "Esc"
    assert shortcuts["&Settings…"] == "Ctrl+," and shortcuts["Searc&h chats"] == "Ctrl+F"
    window.chat_panel.composer.setPlainText("Say hello.")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60_000):
        window.send_action.trigger()


def test_first_run_welcome_shows_once_and_leads_to_discover(qtbot: QtBot, open_window: OpenWindow, fake_hub) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    dialog = window.app_menus.show_first_run_if_needed()
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    assert "runs on this computer" in text and str(window.models_page.library_panel._catalog.models_dir) in text
    assert "GGUF" in text  # the suggested repository
    assert dialog.start_button.isDefault() and dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.mouseClick(dialog.discover_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.models_page.hub_panel
    assert window.settings.first_run_done
    window.close()
    again = open_window()
    assert again.app_menus.show_first_run_if_needed() is None


def test_about_shows_versions_backend_and_folders(open_window: OpenWindow) -> None:
    window = open_window()
    dialog = window.app_menus.open_about()
    text = dialog.findChild(type(window.model_status)).text()
    assert "desktop-llm 0.1.0" in text and "llama-cpp-python 0.3.36" in text and "backend CPU" in text
    assert "Models:" in text and "Logs:" in text
    dialog.close()


def test_dark_theme_redraws_code_blocks_dark(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.chat_panel.composer.setPlainText("Show a python hello world in a code block.")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60_000):
        window.send_action.trigger()
    window.app_menus.apply_theme("dark")
    reply = window.chat_panel.message_views()[-1]
    assert "#1e1e1e" in reply._renderer.highlight_code("x = 1", "python")
    window.app_menus.apply_theme("system")


@pytest.mark.allow_error_logs
def test_an_unexpected_error_is_logged_and_shown_and_the_app_goes_on(open_window: OpenWindow, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop_llm.app import make_excepthook

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    window = open_window()
    hook = make_excepthook(tmp_path / "desktop-llm.log")
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert shown and "RuntimeError: boom in a slot" in shown[0] and "desktop-llm.log" in shown[0]
    assert window.isVisible()


def test_model_folder_change_applies_after_restart(open_window: OpenWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    dialog = window.app_menus.open_settings()
    dialog.set_models_dir(str(tmp_path / "my-models"))
    dialog.accept()
    window.close()
    again = open_window()
    assert again.models_page.library_panel._catalog.models_dir == tmp_path / "my-models"
    assert (tmp_path / "my-models").is_dir()
    assert "my-models" in again.models_page.library_panel.usage.text()
