"""The menus as data (one list of action specs, turned into a menu bar in one place) and the window-level dialogs:
settings, about, first run. Shortcuts appear in the menus.

This module never imports the main window (issue 19, item 3: the two imported each other); it works through
`MenuHost`, the part of the window's public API that the menus call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from desktop_llm.controllers.chat_controller import ChatController
from desktop_llm.controllers.engine_controller import EngineController
from desktop_llm.controllers.hub_controller import HubController
from desktop_llm.controllers.i18n import tr
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.core.protocols import ModelCatalog
from desktop_llm.core.recommendations import suggest_model
from desktop_llm.core.settings_schema import AppSettings
from desktop_llm.ui.about_dialog import AboutDialog, about_text
from desktop_llm.ui.chat_panel import ChatPanel
from desktop_llm.ui.first_run_dialog import FirstRunDialog
from desktop_llm.ui.models_page import ModelsPage
from desktop_llm.ui.settings_dialog import SettingsDialog, show_language_notice
from desktop_llm.ui.settings_panel import SettingsPanel
from desktop_llm.ui.theme import THEMES, ThemeManager

Shortcut = QKeySequence.StandardKey | str | None
# The menus' paths, in English: the keys of build_menu_bar's menus (`menus[VIEW]`); shown translated.
FILE, CHAT, VIEW, THEME, HELP = "&File", "&Chat", "&View", "&View/&Theme", "&Help"


def menu_titles() -> dict[str, str]:
    """Each menu's English title and its title in the user's language."""
    return {"&File": tr("&File"), "&Chat": tr("&Chat"), "&View": tr("&View"), "&Theme": tr("&Theme"),
            "&Help": tr("&Help")}


@dataclass(frozen=True)
class ActionSpec:
    """One menu entry. `menu` is a path ("&View/&Theme" is the Theme submenu of View); `key` names the action for
    `MainWindow.action`; an entry without text is a separator. `action` places an action Qt made (a dock's toggle)
    instead of making one."""

    menu: str
    text: str = ""
    handler: Callable[[], object] | None = None
    shortcut: Shortcut = None
    key: str = ""
    tip: str = ""
    checkable: bool = False
    group: str = ""  # checkable actions of one group exclude each other
    action: QAction | None = None


def separator(menu: str) -> ActionSpec:
    return ActionSpec(menu)


def build_menu_bar(window: QMainWindow, specs: Sequence[ActionSpec]) -> tuple[dict[str, QMenu], dict[str, QAction]]:
    """The window's menu bar from `specs`, in their order; returns the menus by path and the actions by key.
    Actions made here are also added to the window, so their shortcuts work wherever the focus is."""
    menus: dict[str, QMenu] = {}
    groups: dict[str, QActionGroup] = {}
    actions: dict[str, QAction] = {}
    titles = menu_titles()

    def menu_at(path: str) -> QMenu:
        if path not in menus:
            parent, _, key = path.rpartition("/")
            title = titles.get(key, key)
            menus[path] = menu_at(parent).addMenu(title) if parent else window.menuBar().addMenu(title)
        return menus[path]

    for spec in specs:
        menu = menu_at(spec.menu)
        if not spec.text and spec.action is None:
            menu.addSeparator()
            continue
        action = spec.action
        if action is None:
            action = QAction(spec.text, window, checkable=spec.checkable)
            action.setToolTip(spec.tip or spec.text)
            if spec.handler is not None:
                handler = spec.handler
                action.triggered.connect(lambda _checked=False, run=handler: run())
            window.addAction(action)
        elif spec.text:
            action.setText(spec.text)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        menu.addAction(action)
        if spec.key:
            actions[spec.key] = action
    return menus, actions


class MenuHost(Protocol):
    """What the menus and dialogs use of the main window: its public API only."""

    @property
    def settings(self) -> AppSettings: ...
    @property
    def chat_panel(self) -> ChatPanel: ...
    @property
    def settings_panel(self) -> SettingsPanel: ...
    @property
    def models_page(self) -> ModelsPage | None: ...
    @property
    def engine(self) -> EngineController: ...
    def save_settings(self, settings: AppSettings) -> None: ...
    def reload_model(self) -> None: ...
    def show_page(self, widget: QWidget) -> None: ...
    def action(self, key: str) -> QAction: ...
    def window(self) -> QWidget: ...


@dataclass(frozen=True)
class MenuContext:
    """What the dialogs show beyond the window's own state (built by the composition root)."""

    theme: ThemeManager
    budget: MemoryBudget
    folders: dict[str, str]  # "Models", "Data", "Settings", "Logs" -> path
    # File → Connections… (issue 11, part B): opens the dialog with the window as its parent; None: no entry works
    open_connections: Callable[[QWidget], object] | None = None
    # The model source (issue 21): the Settings dialog tests it through this, and a change applies here at once
    hub: HubController | None = None


class AppMenus(QObject):
    """The Settings dialog, About, Help, the theme and the first-run welcome; GUI thread only."""

    def __init__(self, host: MenuHost, context: MenuContext, catalog: ModelCatalog) -> None:
        super().__init__(host.window())
        self._host = host
        self._theme = context.theme
        self._budget = context.budget
        self._folders = context.folders
        self._open_connections = context.open_connections
        self._hub = context.hub
        self._catalog = catalog
        self.first_run: FirstRunDialog | None = None
        self._renderers = {False: MarkdownRenderer(dark=False), True: MarkdownRenderer(dark=True)}

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self._folders.get("Logs", "")))

    @property
    def theme_actions(self) -> dict[str, QAction]:
        return {name: self._host.action(f"theme.{name}") for name in THEMES}

    def apply_theme(self, name: str) -> None:
        self._theme.apply(name)
        self._host.chat_panel.set_renderer(self._renderers[self._theme.is_dark])
        if self._theme.current in THEMES:
            self._host.action(f"theme.{self._theme.current}").setChecked(True)

    def choose_theme(self, name: str) -> None:
        """View → Theme: applied at once and kept, as the Settings dialog does."""
        self.apply_theme(name)
        self._host.save_settings(replace(self._host.settings, theme=self._theme.current))

    def open_settings(self) -> SettingsDialog:
        host = self._host
        models = [m for m in self._catalog.models() if not m.error]
        dialog = SettingsDialog(host.settings, models, self._folders.get("Models", ""), host.window(), self._hub)
        dialog.accepted.connect(lambda: self._apply(dialog))
        dialog.open()
        return dialog

    def _apply(self, dialog: SettingsDialog) -> None:
        host = self._host
        before = host.settings
        after = dialog.result_settings()
        host.save_settings(after)
        self.apply_theme(after.theme)
        host.settings_panel.set_load_defaults(after.load)
        if self._hub is not None:
            self._hub.use_endpoint_setting(after.hub_endpoint)
        if host.models_page is not None:
            host.models_page.show_default_model(after.default_model_path)
        if after.load != before.load:
            host.reload_model()
        if after.ui_language != before.ui_language:
            show_language_notice(host.window())  # it applies at the next start

    def open_connections(self) -> object:
        """The Connections dialog: other OpenAI-compatible servers and their keys."""
        return self._open_connections(self._host.window()) if self._open_connections is not None else None

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(about_text(self._host.engine.status, self._budget, self._folders), self._host.window())
        dialog.open()
        return dialog

    def show_first_run_if_needed(self) -> FirstRunDialog | None:
        host = self._host
        if host.settings.first_run_done:
            return None
        # The suggestion follows the UI's language (issue 21: a Qwen model for Chinese); QLocale() is the system's
        # unless the app set another default.
        suggestion = suggest_model(self._budget, QLocale().name())
        dialog = FirstRunDialog(self._folders.get("Models", ""), suggestion, host.window())
        dialog.discover_requested.connect(self._on_first_run_discover_requested)
        dialog.finished.connect(lambda _: host.save_settings(replace(host.settings, first_run_done=True)))
        dialog.show()
        self.first_run = dialog
        return dialog

    def _on_first_run_discover_requested(self, repo_id: str) -> None:
        page = self._host.models_page
        if page is not None:
            self._host.show_page(page.hub_panel)
            page.hub_panel.open_repo(repo_id)


class WindowCommands(Protocol):
    """The window's commands that the File, Chat and View menus trigger."""

    @property
    def chat(self) -> ChatController: ...
    def export_chat(self, kind: str) -> None: ...
    def close(self) -> bool: ...
    def send(self) -> None: ...
    def focus_search(self) -> None: ...
    def rename_current_chat(self) -> None: ...
    def delete_current_chat(self) -> None: ...


def menu_specs(window: WindowCommands, settings_toggle: QAction, dialogs: AppMenus) -> list[ActionSpec]:
    """Every menu entry of the window, in menu order: the one place the menus are listed."""
    chat = window.chat
    themes = {"system": tr("&System"), "light": tr("&Light"), "dark": tr("&Dark")}
    return [
        ActionSpec(FILE, tr("&New chat"), chat.new_conversation, QKeySequence.StandardKey.New, key="new"),
        separator(FILE),
        ActionSpec(FILE, tr("Export as &Markdown…"), lambda: window.export_chat("md")),
        ActionSpec(FILE, tr("Export as Markdown with &reasoning…"), lambda: window.export_chat("md+reasoning")),
        ActionSpec(FILE, tr("Export as &JSON…"), lambda: window.export_chat("json")),
        separator(FILE),
        ActionSpec(FILE, tr("&Settings…"), dialogs.open_settings, shortcut="Ctrl+,", key="preferences"),
        ActionSpec(FILE, tr("&Connections…"), dialogs.open_connections, key="connections",
                   tip=tr("Other servers: vLLM, llama-server, Ollama, LM Studio, a hosted provider")),
        ActionSpec(FILE, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, key="quit"),
        ActionSpec(CHAT, tr("&Send"), window.send, shortcut="Ctrl+Return", key="send"),
        ActionSpec(CHAT, tr("S&top"), chat.stop, shortcut="Esc", key="stop"),
        ActionSpec(CHAT, tr("&Regenerate"), lambda: chat.regenerate(), shortcut="Ctrl+R", key="regenerate"),
        separator(CHAT),
        ActionSpec(CHAT, tr("Searc&h chats"), window.focus_search, QKeySequence.StandardKey.Find, key="search"),
        ActionSpec(CHAT, tr("Rena&me chat…"), window.rename_current_chat, shortcut="F2"),
        ActionSpec(CHAT, tr("&Delete chat…"), window.delete_current_chat),
        ActionSpec(VIEW, tr("Chat &settings panel"), shortcut="F9", key="settings_panel", action=settings_toggle),
        # The theme where people look for it (View), not only in Settings (issue 20, item 12).
        *(ActionSpec(THEME, themes.get(name, name), partial(dialogs.choose_theme, name), key=f"theme.{name}",
                     checkable=True, group="theme") for name in THEMES),
        ActionSpec(HELP, tr("&About desktop-llm"), dialogs.open_about, shortcut="F1", key="about"),
        ActionSpec(HELP, tr("Open the &log folder"), dialogs.open_log_folder),
    ]
