"""The UI's language (issue 21): chosen in Settings (the system's, or one the app ships, each by its own name),
saved with the other settings and applied at the next start, which the dialog and a notice say; the system's
language resolved to one the app has; the Chinese translation loaded by the translators."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.i18n import LANGUAGES, tr
from desktop_llm.core.settings_schema import AppSettings
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.storage.settings_store import SettingsStore
from desktop_llm.ui import translators
from desktop_llm.ui.settings_dialog import SettingsDialog
from tests.qt.conftest import OpenWindow

ROOT = Path(__file__).resolve().parent.parent.parent


def notices() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_language_is_chosen_among_the_systems_and_each_shipped_one(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(AppSettings(ui_language="ja"), [], str(tmp_path / "models"))
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.language
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    system = LANGUAGES[translators.resolve("system")]
    assert items[0] == (f"System language ({system})", "system")
    assert items[1:] == [(name, code) for code, name in LANGUAGES.items()]  # each by its own name: 简体中文, 日本語, ...
    assert combo.currentData() == "ja"  # the saved choice is shown
    assert dialog.language_note.isVisible() and "next time" in dialog.language_note.text()
    combo.setCurrentIndex(combo.findData("zh_CN"))
    assert dialog.result_settings().ui_language == "zh_CN"
    combo.setCurrentIndex(0)
    assert dialog.result_settings().ui_language == "system"


def test_a_changed_language_is_saved_and_said_to_apply_at_the_next_start(
        qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths) -> None:
    window = open_window()
    dialog = window.app_menus.open_settings()
    dialog.accept()  # nothing changed: no notice
    assert notices() == []
    dialog = window.app_menus.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    assert window.settings.ui_language == "zh_CN"
    assert SettingsStore(app_paths.settings_file).load().ui_language == "zh_CN"  # kept for the next start
    shown = notices()
    assert len(shown) == 1 and "next time you start" in shown[0].text()
    assert shown[0].standardButtons() == QMessageBox.StandardButton.Ok  # nothing to click that pretends more
    assert window.app_menus.open_settings().language.currentData() == "zh_CN"
    shown[0].accept()


@pytest.mark.parametrize(("system", "expected"), [
    ("zh_CN", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("zh-Hans", "zh_CN"), ("zh_TW", "zh_CN"), ("zh-Hant-HK", "zh_CN"),
    ("ja_JP", "ja"), ("de_AT", "de"), ("fr_CA", "fr"), ("es_MX", "es"), ("en_GB", "en"), ("sw_KE", "en"),
    ("C", "en"),
])
def test_the_systems_language_resolves_to_one_the_app_ships(system: str, expected: str) -> None:
    assert translators.resolve("system", QLocale(system)) == expected
    assert translators.resolve("de", QLocale(system)) == "de"  # a chosen language wins over the system's


@pytest.fixture
def translations_built() -> Iterator[None]:
    """The .qm files built into the package folder, as dev.py does (they are not in git); the app's English and
    default locale back afterwards."""
    if shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("pyside6-lrelease comes with PySide6")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "build"], check=True, capture_output=True)
    before = QLocale()
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for translator in translators._INSTALLED:
        app.removeTranslator(translator)
    translators._INSTALLED.clear()
    QLocale.setDefault(before)


def test_installing_chinese_translates_the_ui(qtbot: QtBot, translations_built: None) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert translators.qm_file("zh_CN").exists()
    assert translators.install(app, "zh_CN") == "zh_CN"
    assert tr("Settings") == "设置" and tr("Start chatting") == "开始对话"
    assert tr("System language ({language})").format(language="简体中文") == "系统语言（简体中文）"
    assert QLocale().name() == "zh_CN"  # numbers and dates follow
    assert translators.install(app, "en") == "en"
    assert tr("Settings") == "Settings"  # the Chinese translator is gone when the language changes
    translators.uninstall(app)  # the English one too: later tests in this process start from the source strings
