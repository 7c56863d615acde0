"""Installs the app's translation and Qt's own (standard buttons, file dialogs) for the chosen language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_llm.controllers.i18n import LANGUAGES

# Built from translations/<language>/*.ts by `scripts/i18n.py build` (dev.py setup and the bundle run it).
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
_INSTALLED: list[QTranslator] = []  # the app's current translators, removed when the language changes


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show for a Settings choice ("system" or a code of LANGUAGES): the first of the
    system's UI languages the app has, else English."""
    if choice in LANGUAGES:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("-", "_")
        if code.startswith("zh"):
            # Simplified Chinese for the mainland and Singapore scripts; it is the one Chinese we ship.
            return "zh_CN"
        base = code.split("_")[0]
        if base in LANGUAGES:
            return base
    return "en"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"desktop_llm_{language}.qm"


def uninstall(app: QApplication) -> None:
    """Remove the translators `install` put in (tests: the next test starts from the source strings)."""
    for translator in _INSTALLED:
        app.removeTranslator(translator)
    _INSTALLED.clear()


def install(app: QApplication, choice: str) -> str:
    """Load the translators for `choice` into `app` and make its locale the default one (number and date
    formats follow it). Returns the language shown. A missing .qm leaves the English source strings."""
    language = resolve(choice)
    QLocale.setDefault(QLocale(language))
    uninstall(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (qm_file(language).stem, str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _INSTALLED.append(translator)
    return language
