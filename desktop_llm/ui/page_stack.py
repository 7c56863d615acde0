"""The window's pages and the navigation rail on their left: an icon above a short label per page, one checked.

The pages stay in a QTabWidget (its tab bar hidden) so `window.tabs` keeps its API; the rail drives it. Each page
has one checkable QAction (in an exclusive group) shared by its rail button and the View menu, so the rail, the
menu's check mark, Ctrl+1…Ctrl+9 and the page shown can never disagree.

A page is added by its English title, its key (`window.page("Summarize")` finds it in any language); the rail, the
menu and the tab show the translation. A title that comes translated already is mapped back to its key.

Pages take their place from PAGE_ORDER, not from when they were added: the composition root adds some pages late
(Server, Knowledge: each wired in its own function), and the user should find the document pages together. A page
not in the list goes after those that are, in the order added. Ctrl+1…Ctrl+9 follow the order shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QTabWidget, QToolButton, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon

# Where each page goes on the rail, in the View menu and under Ctrl+number: the chat, the pages that work on the
# user's documents, the model pages, then Train and Server (issue 12: Knowledge among the document pages).
PAGE_ORDER = ("Chat", "Summarize", "Translate", "Knowledge", "Discover", "Downloads", "Library", "Train", "Server")
SHORTCUT_PAGES = 9  # Ctrl+1…Ctrl+9

# The icon of each page the app has; a page added later without one gets a generic icon.
PAGE_ICONS = {
    "Chat": "message-square", "Summarize": "file-text", "Translate": "languages", "Discover": "compass",
    "Downloads": "download", "Library": "library", "Train": "graduation-cap", "Server": "server",
    "Knowledge": "library-big",
}


def page_titles() -> dict[str, str]:
    """Each known page's key and its title in the user's language (made when asked: tr runs after the translator
    is installed)."""
    return {"Chat": tr("Chat"), "Summarize": tr("Summarize"), "Translate": tr("Translate"), "Discover": tr("Discover"),
            "Downloads": tr("Downloads"), "Library": tr("Library"), "Train": tr("Train"), "Server": tr("Server"),
            "Knowledge": tr("Knowledge")}


class NavigationRail(QFrame):
    """GUI thread only. A column of checkable tool buttons; Up/Down move between them as in a tab list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nav-rail")
        self.setAccessibleName(tr("Pages"))
        self._column = QVBoxLayout(self)
        # Tight vertically: nine pages must fit the height of a 1024x640 window (menu, toolbar and status bar
        # take about 100 px of it), or the rail alone would make the window taller than the screen.
        self._column.setContentsMargins(design.SPACE["xs"], design.SPACE["xs"], design.SPACE["xs"], design.SPACE["xs"])
        self._column.setSpacing(2)
        self._column.addStretch(1)
        self.buttons: list[QToolButton] = []

    def add(self, action: QAction, index: int = -1) -> QToolButton:
        """A button for `action` at `index` among the buttons (-1: last)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setObjectName("nav-button")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(QSize(design.ICON["m"], design.ICON["m"]))
        button.setAutoRaise(True)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # one width: the widest label's
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setAccessibleName(tr("{page} page").format(page=action.text().replace("&", "")))
        button.installEventFilter(self)
        index = len(self.buttons) if index < 0 else min(index, len(self.buttons))
        self._column.insertWidget(index, button)  # the stretch stays last
        self.buttons.insert(index, button)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and watched in self.buttons:
            key = event.key()
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(key), 0)
            if step:
                index = (self.buttons.index(watched) + step) % len(self.buttons)
                self.buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                watched.click()
                return True
        return super().eventFilter(watched, event)


class PageStack(QWidget):
    """GUI thread only. The rail and the pages side by side; `tabs` is the QTabWidget holding the pages."""

    page_added = Signal(QAction)  # the new page's navigation action (for the View menu)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.rail = NavigationRail()
        row.addWidget(self.rail)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().hide()  # the rail is the navigation; the tab bar would be a second one
        row.addWidget(self.tabs, 1)
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions_by_page: list[QAction] = []
        self.keys: list[str] = []  # each page's English title, in the order of the tabs
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def add_page(self, title: str, widget: QWidget, icon_name: str | None = None) -> QAction:
        """`title`: the page's English key (or its translation); everything shows the translation. The page goes
        to its place in PAGE_ORDER whenever it is added; the shortcuts and tooltips are numbered again."""
        titles = page_titles()
        key = next((k for k, shown in titles.items() if title == shown), title) if title not in titles else title
        shown = titles.get(key, title)
        index = place_of(key, self.keys)
        self.keys.insert(index, key)
        self.tabs.insertTab(index, widget, shown)
        action = QAction(icon(icon_name or PAGE_ICONS.get(key, "sparkles")), shown, self, checkable=True)
        action.triggered.connect(lambda _checked=False, page=widget: self.tabs.setCurrentWidget(page))
        self._group.addAction(action)
        self.actions_by_page.insert(index, action)
        self.rail.add(action, index)
        self._number_shortcuts()
        current = self.tabs.currentIndex()
        if 0 <= current < len(self.actions_by_page):
            self.actions_by_page[current].setChecked(True)
        self.page_added.emit(action)
        return action

    def _number_shortcuts(self) -> None:
        """Ctrl+1…Ctrl+9 on the first nine pages as they are shown now, and each tooltip naming its shortcut."""
        for index, action in enumerate(self.actions_by_page):
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}") if index < SHORTCUT_PAGES else QKeySequence())
            shown = action.text()
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(tr("{page} ({shortcut})").format(page=shown, shortcut=shortcut) if shortcut else shown)

    def page(self, title: str) -> QWidget | None:
        """The page of `title`: its English key or the title shown."""
        index = next((i for i, key in enumerate(self.keys) if title in (key, self.tabs.tabText(i))), -1)
        return self.tabs.widget(index) if index >= 0 else None

    def _on_tabs_current_changed(self, index: int) -> None:
        # Whoever changed the page (the rail, a shortcut, a test, show_page), the rail follows.
        if 0 <= index < len(self.actions_by_page):
            self.actions_by_page[index].setChecked(True)


def place_of(key: str, keys: list[str]) -> int:
    """Where a page with `key` goes among pages `keys` (in the order shown): after every page that PAGE_ORDER puts
    before it; a page PAGE_ORDER does not know goes last."""
    if key not in PAGE_ORDER:
        return len(keys)
    rank = PAGE_ORDER.index(key)
    return sum(1 for k in keys if k in PAGE_ORDER and PAGE_ORDER.index(k) < rank)
