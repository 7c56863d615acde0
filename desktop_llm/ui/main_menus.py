"""Menus and the window-level dialogs: settings, about, first run. Shortcuts appear in the menus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.core.recommendations import suggest_model
from desktop_llm.ui.about_dialog import AboutDialog, about_text
from desktop_llm.ui.first_run_dialog import FirstRunDialog
from desktop_llm.ui.settings_dialog import SettingsDialog
from desktop_llm.ui.theme import THEMES, ThemeManager

if TYPE_CHECKING:
    from desktop_llm.ui.main_window import MainWindow


def add_action(window: MainWindow, menu: QMenu, text: str, shortcut: Any, slot: Callable[..., Any],
               tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip or text)
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    """File, Chat and View menus; the actions are kept on the window for tests and other menus."""
    menus = window.menuBar()
    window.file_menu = file_menu = menus.addMenu("&File")
    window.new_action = add_action(window, file_menu, "&New chat", QKeySequence.StandardKey.New,
                                   window.chat.new_conversation)
    file_menu.addSeparator()
    add_action(window, file_menu, "Export as &Markdown…", None, lambda: window._export("md"))
    add_action(window, file_menu, "Export as &JSON…", None, lambda: window._export("json"))
    file_menu.addSeparator()
    window.quit_action = add_action(window, file_menu, "&Quit", QKeySequence.StandardKey.Quit, window.close)
    chat_menu = menus.addMenu("&Chat")
    window.send_action = add_action(window, chat_menu, "&Send", "Ctrl+Return", window.chat_panel._on_composer_submitted)
    window.stop_action = add_action(window, chat_menu, "S&top", "Esc", window.chat.stop)
    window.regenerate_action = add_action(window, chat_menu, "&Regenerate", "Ctrl+R", lambda: window.chat.regenerate())
    chat_menu.addSeparator()
    window.search_action = add_action(window, chat_menu, "Searc&h chats", QKeySequence.StandardKey.Find,
                                      window._focus_search)
    add_action(window, chat_menu, "Rena&me chat…", "F2", window._rename_current)
    add_action(window, chat_menu, "&Delete chat…", None, window._delete_current)
    window.view_menu = view_menu = menus.addMenu("&View")
    toggle = window.settings_dock.toggleViewAction()
    toggle.setText("Chat &settings panel")
    toggle.setShortcut(QKeySequence("F9"))
    view_menu.addAction(toggle)
    window.settings_action = toggle


class AppMenus(QObject):
    """The Settings dialog, About, Help and the first-run welcome; GUI thread only."""

    def __init__(self, window: MainWindow, theme: ThemeManager, budget: MemoryBudget,
                 folders: dict[str, str]) -> None:
        super().__init__(window)
        self._window = window
        self._theme = theme
        self._budget = budget
        self._folders = folders
        self.first_run: FirstRunDialog | None = None
        window.preferences_action = add_action(window, window.file_menu, "&Settings…", "Ctrl+,", self.open_settings)
        window.file_menu.insertAction(window.quit_action, window.preferences_action)
        self._renderers = {False: MarkdownRenderer(dark=False), True: MarkdownRenderer(dark=True)}
        # The theme where people look for it (View), not only in Settings (issue 20, item 12).
        theme_menu = window.view_menu.addMenu("&Theme")
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            action = QAction("&" + name.capitalize(), window, checkable=True)
            action.triggered.connect(lambda _=False, n=name: self.choose_theme(n))
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[name] = action
        help_menu = window.menuBar().addMenu("&Help")
        window.about_action = add_action(window, help_menu, "&About desktop-llm", "F1", self.open_about)
        add_action(window, help_menu, "Open the &log folder", None,
                   lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folders.get("Logs", ""))))
        self.apply_theme(window.settings.theme)

    def apply_theme(self, name: str) -> None:
        self._theme.apply(name)
        self._window.chat_panel.set_renderer(self._renderers[self._theme.is_dark])
        if self._theme.current in self.theme_actions:
            self.theme_actions[self._theme.current].setChecked(True)

    def choose_theme(self, name: str) -> None:
        """View → Theme: applied at once and kept, as the Settings dialog does."""
        self.apply_theme(name)
        window = self._window
        window._save_settings(replace(window.settings, theme=self._theme.current))

    def open_settings(self) -> SettingsDialog:
        window = self._window
        models = [m for m in window._catalog.models() if not m.error]
        dialog = SettingsDialog(window.settings, models, self._folders.get("Models", ""), window)
        dialog.accepted.connect(lambda: self._apply(dialog))
        dialog.open()
        return dialog

    def _apply(self, dialog: SettingsDialog) -> None:
        window = self._window
        before = window.settings
        after = dialog.result_settings()
        window._save_settings(after)
        self.apply_theme(after.theme)
        window.settings_panel.set_load_defaults(after.load)
        if window.models_page is not None:
            window.models_page.library_panel.default_path = after.default_model_path
            window.models_page.library_panel.refresh()
        if after.load != before.load and window.chat.load_params is not None:
            window._select_model(window.chat.load_params.path)

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(about_text(self._window.engine.status, self._budget, self._folders), self._window)
        dialog.open()
        return dialog

    def show_first_run_if_needed(self) -> FirstRunDialog | None:
        window = self._window
        if window.settings.first_run_done:
            return None
        dialog = FirstRunDialog(self._folders.get("Models", ""), suggest_model(self._budget), window)
        dialog.discover_requested.connect(self._on_first_run_discover_requested)
        dialog.finished.connect(lambda _: window._save_settings(replace(window.settings, first_run_done=True)))
        dialog.show()
        self.first_run = dialog
        return dialog

    def _on_first_run_discover_requested(self, repo_id: str) -> None:
        page = self._window.models_page
        if page is not None:
            self._window.tabs.setCurrentWidget(page.hub_panel)
            page.hub_panel.open_repo(repo_id)
