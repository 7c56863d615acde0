"""A titled section that folds away: a header row with a chevron (click, Space or Enter) above its body."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon


class SectionHeader(QPushButton):
    """The header row: a flat, checkable button (checked: expanded) so screen readers announce a button and its
    state, and Tab reaches it. Enter toggles it too: a push button outside a dialog only answers Space."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class CollapsibleSection(QFrame):
    """GUI thread only. `body` holds the section's widgets (lay them out in `content`); the header shows
    chevron-down while expanded and chevron-right while collapsed."""

    toggled = Signal(bool)  # expanded: True when the body was just shown, False when folded away

    def __init__(self, title: str, expanded: bool = True, parent: QWidget | None = None) -> None:
        """`title`: as shown, already translated."""
        super().__init__(parent)
        self.setObjectName("collapsible-section")  # a rule under each section (ui/design.py)
        self.title = title
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(design.SPACE["xs"])
        self.header = SectionHeader(title)
        self.header.setProperty("kind", "section")
        self.header.setCheckable(True)
        self.header.setFlat(True)
        self.header.setIconSize(QSize(design.ICON["s"], design.ICON["s"]))
        self.header.setCursor(Qt.CursorShape.PointingHandCursor)
        self.header.setAccessibleName(tr("{title} section").format(title=title))
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        column.addWidget(self.header)
        self.body = QWidget()
        self.content = QVBoxLayout(self.body)
        # The body's fields line up under the title's text, past the chevron.
        self.content.setContentsMargins(design.SPACE["xs"], 0, 0, design.SPACE["s"])
        self.content.setSpacing(design.SPACE["s"])
        column.addWidget(self.body)
        self.header.setChecked(expanded)
        self._show(expanded)
        self.header.toggled.connect(self._on_header_toggled)

    def is_expanded(self) -> bool:
        return self.header.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.header.setChecked(expanded)  # toggled follows only when it changes

    def add_help(self, text: str) -> QLabel:
        """A muted sentence at the top of the body saying what the section is for."""
        label = QLabel(text)
        label.setProperty("kind", "muted")
        label.setWordWrap(True)
        self.content.addWidget(label)
        return label

    def _show(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self.header.setIcon(icon("chevron-down" if expanded else "chevron-right"))
        tip = tr("{title}: click, Space or Enter to collapse") if expanded else tr(
            "{title}: click, Space or Enter to expand")
        self.header.setToolTip(tip.format(title=self.title))
        self.header.setAccessibleDescription(tr("expanded") if expanded else tr("collapsed"))

    def _on_header_toggled(self, expanded: bool) -> None:
        self._show(expanded)
        self.toggled.emit(expanded)
