"""The main window's arrangement, apart from its wiring: the settings toggle in the top bar, the pages in the View
menu, and the layout saved at close and restored at start (geometry, the sidebar's width, the docks)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QSizePolicy, QSplitter, QToolBar, QToolButton, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.settings_schema import AppSettings
from desktop_llm.ui.page_chrome import icon_button
from desktop_llm.ui.page_stack import PageStack

SETTINGS_ICON = "sliders-horizontal"  # an icon's name, not text


def add_settings_toggle(bar: QToolBar, dock: QDockWidget) -> QToolButton:
    """A sliders icon at the right end of the top bar that shows and hides the chat's settings dock; checked
    while the dock is shown (it follows the dock however it was shown: F9, the menu, its close button)."""
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    toggle = dock.toggleViewAction()
    button = icon_button(SETTINGS_ICON, tr("Chat settings (F9)"))
    button.setAccessibleName(tr("Chat settings"))
    button.setCheckable(True)
    button.setChecked(toggle.isChecked())
    toggle.toggled.connect(button.setChecked)
    button.clicked.connect(lambda checked: dock.setVisible(checked))
    bar.addWidget(button)
    return button


def list_pages_in_view_menu(menu: QMenu, pages: PageStack) -> None:
    """Every page at the top of the View menu, checked as the rail is (the same actions, Ctrl+1…9), pages added
    later (Train, Server) included."""
    first = menu.actions()[0] if menu.actions() else None
    separator = menu.insertSeparator(first) if first is not None else menu.addSeparator()

    def add(action: QAction) -> None:
        # In the pages' order: before the next page already listed (a page added late may belong in the middle).
        listed = menu.actions()
        later = pages.actions_by_page[pages.actions_by_page.index(action) + 1:]
        menu.insertAction(next((a for a in later if a in listed), separator), action)

    for action in pages.actions_by_page:
        add(action)
    pages.page_added.connect(add)


def restore_layout(window: QMainWindow, settings: AppSettings, splitter: QSplitter, dock: QDockWidget) -> None:
    """The size, the sidebar's width and the docks as they were at the last close. A first run (nothing saved)
    starts with the settings dock hidden: a new user sees the chat, not a form (issue 15)."""
    if settings.window_geometry:
        window.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode()))
    if settings.splitter_state:
        splitter.restoreState(QByteArray.fromBase64(settings.splitter_state.encode()))
    if not settings.window_state or not window.restoreState(QByteArray.fromBase64(settings.window_state.encode())):
        dock.hide()
    # Before the window is first shown the dock's toggle action does not hear of this: F9 would first "hide" it.
    dock.toggleViewAction().setChecked(not dock.isHidden())


def saved_layout(window: QMainWindow, settings: AppSettings, splitter: QSplitter, dock: QDockWidget,
                 dock_wanted: bool) -> AppSettings:
    """`settings` with the layout as it is now; the dock saved as the user wants it on the chat page, even when
    another page hid it (`dock_wanted`)."""
    shown = not dock.isHidden()
    if shown != dock_wanted:
        dock.setVisible(dock_wanted)  # the window is closing: nobody sees the change
    state = bytes(window.saveState().toBase64().data()).decode()
    if shown != dock_wanted:
        dock.setVisible(shown)
    return replace(settings, window_geometry=_b64(window.saveGeometry()), splitter_state=_b64(splitter.saveState()),
                   window_state=state)


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode()
