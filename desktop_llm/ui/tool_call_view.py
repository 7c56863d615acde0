"""A reply's tool calls (issue 14): a compact block per call (tool, status, time) that opens on a click, Space or
Enter to show the arguments, the result and the user's decision; live while the call runs; the approval card under
the call that waits for it. The text the model wrote before its calls sits above them, quieter than the answer."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import number_text, tr
from desktop_llm.core.tool_meta import ToolCallRecord, rounds_from_meta
from desktop_llm.core.tool_types import ToolCallRequest, ToolOutcome, ToolSpec
from desktop_llm.ui import design
from desktop_llm.ui.disclosure import disclosure_layout
from desktop_llm.ui.icons import icon
from desktop_llm.ui.tool_approval_view import ToolApprovalCard, decision_text, pretty_arguments

SHOWN_CHARS = 8_000  # a long result is shown this far in the block (the model read it whole, up to its bound)


def status_text(status: str) -> str:
    return {"running": tr("running…"), "waiting": tr("waiting for you"), "ok": tr("done"), "error": tr("failed"),
            "denied": tr("denied"), "timeout": tr("timed out"), "cancelled": tr("stopped")}.get(status, status)


class ToolCallView(QFrame):
    """One call. GUI thread only; folded by default."""

    def __init__(self, record: ToolCallRecord, running: str = "", parent: QWidget | None = None) -> None:
        """`running`: "running" or "waiting" for a live call; "" for a finished one."""
        super().__init__(parent)
        layout, self.header = disclosure_layout(self)  # the quiet rule on the left, as the reasoning block has
        self.header.toggled.connect(self._apply)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(self.font().pointSizeF() * design.TYPE["small"], 6.0))
        self.details.setFont(font)
        layout.addWidget(self.details)
        self.card: ToolApprovalCard | None = None
        self.show_record(record, running)
        self._apply(False)

    def show_record(self, record: ToolCallRecord, running: str = "") -> None:
        self.record = record
        self.state = running or record.status
        seconds = number_text(max(record.seconds, 0.1), 1)  # a quick call says 0.1 s, not 0.0 s
        took = tr("{seconds} s").format(seconds=seconds) if record.seconds and not running else ""
        self.header.setText(" · ".join(p for p in (record.name, status_text(self.state), took) if p))
        lines = [tr("Arguments:"), pretty_arguments(record.arguments)]
        if not running:
            result = record.content if len(record.content) <= SHOWN_CHARS else record.content[:SHOWN_CHARS] + " …"
            lines += ["", tr("Result:"), result or tr("(no output)")]
            if record.truncated:
                lines.append(tr("(cut to fit the context)"))
        if record.decision:
            lines += ["", decision_text(record.decision)]
        self.details.setText("\n".join(lines))
        self.header.setAccessibleDescription(tr("Tool call, expanded") if self.expanded else tr("Tool call, collapsed"))

    @property
    def expanded(self) -> bool:
        return self.header.isChecked()

    def _apply(self, expanded: bool) -> None:
        self.details.setVisible(expanded)
        self.header.setIcon(icon("chevron-down" if expanded else "chevron-right", "muted"))
        self.header.setAccessibleDescription(tr("Tool call, expanded") if expanded else tr("Tool call, collapsed"))


class ToolCallsView(QWidget):
    """GUI thread only. Hidden for a reply that made no call."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Tool calls"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(design.SPACE["xs"])
        self.calls: dict[str, ToolCallView] = {}
        self.setVisible(False)

    def show_meta(self, meta: Mapping[str, object]) -> None:
        """The rounds a reply's meta records (again: a finished, regenerated or reopened reply)."""
        self.clear()
        for round_ in rounds_from_meta(meta):
            self.add_text(round_.text)
            for record in round_.calls:
                self._add_call(ToolCallView(record))
        self.setVisible(bool(self.calls))

    def clear(self) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.calls = {}

    def add_text(self, text: str) -> None:
        """What the model wrote before its calls, quieter than the answer."""
        if not text.strip():
            return
        label = QLabel(text.strip())
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setProperty("kind", "muted")
        self._layout.addWidget(label)

    def _add_call(self, view: ToolCallView) -> None:
        self.calls[view.record.id] = view
        self._layout.addWidget(view)

    # live, while the reply runs

    def start(self, call: ToolCallRequest, spec: ToolSpec | None) -> ToolCallView:
        view = ToolCallView(ToolCallRecord(call.id, call.name, call.arguments), "running")
        self._add_call(view)
        self.setVisible(True)
        return view

    def finish(self, outcome: ToolOutcome, decision: str) -> None:
        view = self.calls.get(outcome.call.id) or self.start(outcome.call, None)
        self._close_card(view)
        view.show_record(ToolCallRecord.of(outcome, decision))

    def ask(self, call: ToolCallRequest, spec: ToolSpec | None) -> ToolApprovalCard:
        """The approval card, under the call's block (opened so the arguments are in view)."""
        view = self.calls.get(call.id) or self.start(call, spec)
        view.show_record(view.record, "waiting")
        card = view.card = ToolApprovalCard(call, spec)
        self._layout.insertWidget(self._layout.indexOf(view) + 1, card)
        self.setVisible(True)
        return card

    def answered(self, call_id: str, decision: str) -> None:
        view = self.calls.get(call_id)
        if view is not None:
            self._close_card(view)
            view.show_record(ToolCallRecord(view.record.id, view.record.name, view.record.arguments,
                                            decision=decision), "running" if decision != "deny" else "denied")

    def _close_card(self, view: ToolCallView) -> None:
        if view.card is not None:
            self._layout.removeWidget(view.card)
            view.card.hide()
            view.card.deleteLater()
            view.card = None

    def cards(self) -> list[ToolApprovalCard]:
        return [view.card for view in self.calls.values() if view.card is not None]
