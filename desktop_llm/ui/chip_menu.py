"""A chip under the composer (the chat's knowledge and tools controls): an icon and a short text, drawn "on" while
something is switched on, opening a menu whose one item is a panel of checkboxes and links, built afresh each
time it opens so it shows the state as it is then."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget, QWidgetAction

from desktop_llm.ui import design
from desktop_llm.ui.icons import icon


class MenuChip(QToolButton):
    """GUI thread only. A subclass shows its state in `_show_state` and builds its panel in `_fill_menu`
    (`_start_panel`, its widgets, `_finish_panel`)."""

    def __init__(self, icon_name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(icon(icon_name))
        self.setIconSize(QSize(design.ICON["s"], design.ICON["s"]))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setProperty("kind", "icon")
        self.setCheckable(True)  # drawn "on" while something is on
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(accessible_name)
        self.popup = QMenu(self)
        self.popup.aboutToShow.connect(self._fill_menu)
        self.setMenu(self.popup)
        # A checkable tool button with a menu toggles itself on click; its state is what is on, nothing else.
        self.toggled.connect(lambda _on: self._show_state())

    def _show_state(self) -> None:
        raise NotImplementedError

    def _fill_menu(self) -> None:
        raise NotImplementedError

    def _show_on(self, on: bool) -> None:
        """Drawn on or off, without `toggled`: the check mirrors the controller's state, it asks for nothing."""
        blocked = self.blockSignals(True)
        self.setChecked(on)
        self.blockSignals(blocked)

    def _start_panel(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        """Empties the menu; a new panel and its column, a muted `title` at the top."""
        self.popup.clear()
        panel = QWidget()
        column = QVBoxLayout(panel)
        s = design.SPACE
        column.setContentsMargins(s["m"], s["s"], s["m"], s["s"])
        column.setSpacing(s["xs"])
        heading = QLabel(title)
        heading.setProperty("kind", "muted")
        column.addWidget(heading)
        return panel, column

    def _add_link(self, column: QVBoxLayout, text: str) -> QPushButton:
        """A flat button at the left of the panel (connect its `clicked`)."""
        link = QPushButton(text)
        link.setFlat(True)
        column.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
        return link

    def _finish_panel(self, panel: QWidget) -> None:
        """Puts the filled `panel` into the menu, as its one item."""
        action = QWidgetAction(self.popup)
        action.setDefaultWidget(panel)
        self.popup.addAction(action)
