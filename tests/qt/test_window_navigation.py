"""The window's navigation and top bar (issue 15): the page rail, the settings dock's toggle and first-run state,
the sidebar's date groups, and the searchable model picker."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop_llm.services.storage.conversation_store import ConversationStore
from desktop_llm.services.storage.paths import AppPaths
from tests.qt.conftest import OpenWindow


def _page(window, title: str):  # type: ignore[no-untyped-def]
    return next(window.tabs.widget(i) for i in range(window.tabs.count()) if window.tabs.tabText(i) == title)


def test_the_rail_switches_pages_and_back_by_mouse_shortcut_and_keyboard(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    rail = window.pages.rail
    titles = [button.defaultAction().text() for button in rail.buttons]
    # Knowledge is wired last (app_knowledge) but goes with the document pages (page_stack.PAGE_ORDER).
    assert titles == ["Chat", "Summarize", "Translate", "Knowledge", "Discover", "Downloads", "Library", "Train",
                      "Server"]
    assert not window.tabs.tabBar().isVisible()  # the rail is the only navigation
    assert all(b.accessibleName() == f"{t} page" and b.toolTip() for b, t in zip(rail.buttons, titles, strict=True))
    qtbot.mouseClick(rail.buttons[1], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is _page(window, "Summarize")
    assert rail.buttons[1].isChecked() and not rail.buttons[0].isChecked()
    qtbot.mouseClick(rail.buttons[0], Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 0 and rail.buttons[0].isChecked()
    # Ctrl+number, as the View menu lists them, renumbered when a page came in between (Server is Ctrl+9 now)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is _page(window, "Server") and rail.buttons[8].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.page("Knowledge") and rail.buttons[3].isChecked()
    assert [b.toolTip() for b in rail.buttons[3:5]] == ["Knowledge (Ctrl+4)", "Discover (Ctrl+5)"]
    view = [a.text() for a in window.view_menu.actions()]
    assert view[:9] == titles and view[9] == ""  # then the separator before the menu's own entries
    # The keyboard alone: focus the rail, move down with the arrow key, Enter opens the page; and back.
    rail.buttons[0].setFocus()
    qtbot.keyClick(rail.buttons[0], Qt.Key.Key_Down)
    assert rail.buttons[1].hasFocus()
    qtbot.keyClick(rail.buttons[1], Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is _page(window, "Summarize")
    qtbot.keyClick(rail.buttons[1], Qt.Key.Key_Up)
    qtbot.keyClick(rail.buttons[0], Qt.Key.Key_Space)
    assert window.tabs.currentIndex() == 0
    # Whoever changes the page, the rail follows.
    window.show_page(window.models_page.library_panel)
    assert rail.buttons[6].isChecked() and window.action("settings_panel").isEnabled()


def test_the_settings_dock_is_hidden_on_a_first_run_and_remembered(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    assert window.settings_dock.isHidden() and not window.settings_button.isChecked()
    assert window.settings_button.accessibleName() == "Chat settings" and window.settings_button.toolTip()
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    assert window.settings_dock.isVisible() and window.settings_button.isChecked()
    window.show_page(_page(window, "Translate"))  # the dock is about chat: it steps aside on other pages
    assert window.settings_dock.isHidden()
    window.close()  # closed on another page: kept as the user left it on the chat page
    again = open_window()
    assert again.settings_dock.isVisible() and again.settings_button.isChecked()
    again.action("settings_panel").trigger()  # F9
    assert again.settings_dock.isHidden() and not again.settings_button.isChecked()
    again.close()
    third = open_window()
    assert third.settings_dock.isHidden() and third.settings.window_state


def _write_conversation(store: ConversationStore, title: str, days_ago: float) -> int:
    conversation = store.create_conversation(title)
    store.add_message(conversation.id, None, "user", f"about {title}")
    with store._transaction() as db:  # the time a chat was last written to, set as a test needs it
        db.execute("UPDATE conversations SET updated_at=? WHERE id=?", (time.time() - days_ago * 86400, conversation.id))
    return conversation.id


def test_the_sidebar_groups_conversations_by_date_under_headers_that_cannot_be_selected(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    store = ConversationStore(app_paths.database_file)
    for title, days in (("now", 0), ("earlier today", 0.001), ("yesterday", 1), ("last week", 4), ("ages ago", 40)):
        _write_conversation(store, title, days)
    store.close()
    window = open_window()
    sidebar, model = window.sidebar, window.conversations
    assert sidebar.objectName() == "sidebar" and sidebar.new_button.property("kind") == "primary"
    titles = [model.index(row).data() for row in range(model.rowCount())]
    assert titles == ["now", "earlier today", "yesterday", "last week", "ages ago"]
    headers = [sidebar.list.header_for(row) for row in range(model.rowCount())]
    assert headers == ["Today", "", "Yesterday", "Previous 7 days", "Older"]
    # A header's band is not part of its row: a click on it selects nothing.
    yesterday = model.index(2)
    rect = sidebar.list.visualRect(yesterday)
    band = QPoint(rect.center().x(), rect.top() - sidebar.list.band_height() // 2)
    assert not sidebar.list.indexAt(band).isValid() and sidebar.list.indexAt(rect.center()) == yesterday
    qtbot.mouseClick(sidebar.list.viewport(), Qt.MouseButton.LeftButton, pos=band)
    assert window.chat.conversation.title != "yesterday"
    # The keyboard goes from the last chat of today straight to yesterday's, then opens it.
    sidebar.list.setFocus()
    sidebar.list.setCurrentIndex(model.index(1))
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Down)
    assert sidebar.list.currentIndex() == yesterday
    with qtbot.waitSignal(window.chat.conversation_opened, timeout=5_000):
        qtbot.keyClick(sidebar.list, Qt.Key.Key_Return)
    assert window.chat.conversation.title == "yesterday"
    # Search still works, and the groups follow what it finds.
    sidebar.search.setText("ages")
    assert model.rowCount() == 1 and sidebar.list.header_for(0) == "Older"


def test_the_picker_searches_as_you_type_enter_picks_and_recent_comes_first(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, starter_model: Path
) -> None:
    other = app_paths.models_dir / "Other-Model-Q8_0.gguf"
    shutil.copy(starter_model, other)
    window = open_window()
    combo = window.model_combo
    qtbot.waitUntil(lambda: combo.findData(str(other)) >= 0, timeout=30_000)
    popup = combo.popup
    combo.showPopup()
    assert popup.isVisible() and popup.search.hasFocus()
    current = popup.filter.mapToSource(popup.list.currentIndex()).row()
    assert current == combo.currentIndex()  # the chosen model is the one marked
    badges = {combo.itemData(i, Qt.ItemDataRole.UserRole + 12) for i in range(combo.count())}
    assert badges <= {"fits", "tight", "too big"} and badges
    qtbot.keyClicks(popup.search, "other")
    assert popup.filter.rowCount() == 1
    with qtbot.waitSignal(window.picker.model_picked, timeout=5_000) as picked:
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert picked.args == [str(other)] and not popup.isVisible()
    assert combo.currentData() == str(other) and window.settings.recent_models[0] == str(other)
    qtbot.waitUntil(lambda: window.model_status.text().startswith("Ready"), timeout=30_000)
    # A search that finds nothing says so; arrow keys move through the list from the search field.
    combo.showPopup()
    qtbot.keyClicks(popup.search, "zebra")
    assert popup.filter.rowCount() == 0 and popup.empty.isVisible()
    popup.search.clear()
    qtbot.keyClick(popup.search, Qt.Key.Key_Down)
    assert popup.filter.mapToSource(popup.list.currentIndex()).row() == 1
    qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    assert not popup.isVisible() and combo.currentData() == str(other)
    window.close()
    again = open_window()
    qtbot.waitUntil(lambda: again.model_combo.findData(str(starter_model)) >= 0, timeout=30_000)
    assert again.model_combo.itemData(0) == str(other)  # recent first


def test_the_pickers_discover_link_opens_discover(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.model_combo.showPopup()
    popup = window.model_combo.popup
    assert popup.discover_button.text() == "Find more models in Discover"
    qtbot.mouseClick(popup.discover_button, Qt.MouseButton.LeftButton)
    assert not popup.isVisible()
    assert window.tabs.currentWidget() is window.models_page.hub_panel
    assert window.pages.rail.buttons[4].isChecked()


def test_a_page_takes_its_place_in_the_order_whenever_it_is_added(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop_llm.ui.page_stack import PageStack

    pages = PageStack()
    qtbot.addWidget(pages)
    for key in ("Server", "Extra", "Chat", "Knowledge", "Summarize"):  # any order, one page the order does not know
        pages.add_page(key, QLabel(key))
    assert pages.keys == ["Chat", "Summarize", "Knowledge", "Server", "Extra"]
    assert [pages.tabs.tabText(i) for i in range(pages.tabs.count())] == pages.keys
    assert [b.defaultAction().text() for b in pages.rail.buttons] == pages.keys
    assert [a.shortcut().toString() for a in pages.actions_by_page] == [f"Ctrl+{n}" for n in range(1, 6)]
    assert pages.actions_by_page[pages.tabs.currentIndex()].isChecked()  # the rail follows the shifted tabs
    pages.actions_by_page[2].trigger()
    assert pages.tabs.currentWidget() is pages.page("Knowledge") and pages.rail.buttons[2].isChecked()
