"""A reply's reasoning: a collapsible "Thinking" block above the answer (issue 13, part 2).

It streams open while the model reasons, folds away when the answer starts ("Thought for 12 s"), and opens
again on a click or with Space/Enter on its header, which is a focusable button that screen readers announce
as expanded or collapsed. Saved replies show it folded.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QWidget

from desktop_llm.controllers.i18n import number_text, tr
from desktop_llm.ui.disclosure import disclosure_layout
from desktop_llm.ui.icons import icon
from desktop_llm.ui.message_body import MessageBody


def thought_text(seconds: float | None) -> str:
    """ "Thought for 12 s" (under ten seconds with a decimal: "Thought for 1.4 s"); "Thoughts" when not timed."""
    if seconds is None:
        return tr("Thoughts")
    if seconds < 10:
        return tr("Thought for {seconds} s").format(seconds=number_text(max(seconds, 0.1), 1))
    if seconds < 120:
        return tr("Thought for {seconds} s").format(seconds=round(seconds))
    return tr("Thought for {minutes} min {seconds} s").format(minutes=int(seconds // 60), seconds=round(seconds % 60))


class ThinkingView(QFrame):
    """GUI thread only. Hidden until there is reasoning to show."""

    toggled = Signal(bool)  # expanded: the reader opened (True) or folded (False) the block

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout, self.header = disclosure_layout(self)
        self.header.setAutoRaise(True)
        self.header.toggled.connect(self._on_header_toggled)
        self.body = MessageBody()
        self.body.setAccessibleName(tr("Reasoning text"))
        layout.addWidget(self.body)
        self._text = ""
        self._label = tr("Thinking…")
        self._live = False
        self.setVisible(False)
        self._set_expanded(False)

    @property
    def text(self) -> str:
        return self._text

    @property
    def expanded(self) -> bool:
        return self.header.isChecked()

    @property
    def live(self) -> bool:
        """The model is reasoning now: the block is open and growing."""
        return self._live

    def append(self, text: str) -> None:
        """Reasoning streamed in: shown open as it grows (plain text, cheap at 30 updates a second)."""
        if not self._live:
            self._live = True
            self._label = tr("Thinking…")
            self.setVisible(True)
            self._set_expanded(True)
        self._text += text
        self.body.append_plain(text)

    def finish(self, seconds: float | None) -> None:
        """The answer started (or the reply ended): fold the block and say how long it took."""
        self._live = False
        self._label = thought_text(seconds)
        self._set_expanded(False)

    def show_saved(self, reasoning: str, seconds: float | None) -> None:
        """A saved reply: folded, or hidden when it has no reasoning."""
        self._live = False
        self._text = reasoning
        self.body.set_plain(reasoning)
        self._label = thought_text(seconds)
        self.setVisible(bool(reasoning))
        self._set_expanded(False)

    def _on_header_toggled(self, expanded: bool) -> None:
        self._apply(expanded)
        self.toggled.emit(expanded)

    def _set_expanded(self, expanded: bool) -> None:
        self.header.blockSignals(True)
        self.header.setChecked(expanded)
        self.header.blockSignals(False)
        self._apply(expanded)

    def _apply(self, expanded: bool) -> None:
        self.header.setIcon(icon("chevron-down" if expanded else "chevron-right"))
        self.header.setText(self._label)
        name = tr("{label} (expanded)") if expanded else tr("{label} (collapsed)")
        self.header.setAccessibleName(name.format(label=self._label))
        self.header.setToolTip(tr("Hide the model's reasoning") if expanded else tr("Show the model's reasoning"))
        self.body.setVisible(expanded)
