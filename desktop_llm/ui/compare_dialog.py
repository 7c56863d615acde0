"""Side by side: the base model's answer and the adapter's answer to the same prompt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.compare_controller import ADAPTER, BASE, CompareController
from desktop_llm.controllers.i18n import number_text, tr
from desktop_llm.core.events import ChatMessage, GenerationFinished
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon


class CompareDialog(QDialog):
    def __init__(
        self, controller: CompareController, load: LoadParams, sampling: SamplingParams, adapters: Adapters,
        adapter_name: str, system_prompt: str = "", parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Compare base model and adapter"))
        self.resize(1000, 600)
        self._controller = controller
        self._load, self._sampling, self._adapters = load, sampling, adapters
        self._system_prompt = system_prompt
        layout = QVBoxLayout(self)
        self.prompt = QPlainTextEdit()
        self.prompt.setAccessibleName(tr("Prompt"))
        self.prompt.setPlaceholderText(tr("A prompt to send to both"))
        self.prompt.setMaximumHeight(90)
        layout.addWidget(self.prompt)
        row = QHBoxLayout()
        self.run_button = QPushButton(tr("Run both"))
        self.run_button.setProperty("kind", "primary")
        self.run_button.setIcon(icon("play", "on-accent"))
        self.run_button.clicked.connect(self.run)
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.setIcon(icon("square"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(controller.stop)
        row.addStretch(1)
        row.addWidget(self.run_button)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        columns = QHBoxLayout()
        columns.setSpacing(design.SPACE["m"])
        self.outputs: dict[int, QPlainTextEdit] = {}
        self.stats: dict[int, QLabel] = {}
        with_adapter = (tr("With adapter: {name} (×{scale})").format(name=adapter_name, scale=f"{adapters[0][1]:g}")
                        if adapters else tr("Adapter"))
        titles = {BASE: tr("Base model"), ADAPTER: with_adapter}
        for side in (BASE, ADAPTER):
            # Each answer as a chat reply looks: a card with its author's name, its stats muted beside it.
            card = QFrame()
            card.setObjectName("card")
            # Two equal columns whatever their titles (a long adapter name made the base model's column narrow).
            card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
            column = QVBoxLayout(card)
            column.setContentsMargins(design.SPACE["m"], design.SPACE["s"], design.SPACE["m"], design.SPACE["s"])
            header = QHBoxLayout()
            title = QLabel(titles[side])
            title.setTextFormat(Qt.TextFormat.PlainText)  # an adapter's name is shown as typed
            title.setProperty("kind", "author")
            title.setWordWrap(True)
            header.addWidget(title)
            stats = QLabel()
            stats.setProperty("kind", "muted")
            stats.setAccessibleName(tr("{title}: stats").format(title=titles[side]))
            header.addWidget(stats, 1, Qt.AlignmentFlag.AlignRight)
            column.addLayout(header)
            output = QPlainTextEdit()
            output.setReadOnly(True)
            output.setAccessibleName(titles[side])
            output.setFrameShape(QFrame.Shape.NoFrame)
            column.addWidget(output, 1)
            columns.addWidget(card, 1)
            self.outputs[side], self.stats[side] = output, stats
        layout.addLayout(columns, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setProperty("tone", "error")
        self.error.setAccessibleName(tr("Error"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        controller.chunk.connect(self._on_chunk)
        controller.side_finished.connect(self._on_side_finished)
        controller.failed.connect(self._on_controller_failed)
        controller.done.connect(self._on_done)

    def run(self) -> None:
        text = self.prompt.toPlainText().strip()
        if not text or self._controller.busy:
            return
        for side in (BASE, ADAPTER):
            self.outputs[side].clear()
            self.stats[side].clear()
        self.error.clear()
        self.error.hide()
        messages = [ChatMessage("system", self._system_prompt)] if self._system_prompt else []
        messages.append(ChatMessage("user", text))
        self.run_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self._controller.run(messages, self._sampling, self._load, self._adapters)

    def _on_chunk(self, side: int, text: str) -> None:
        output = self.outputs[side]
        output.moveCursor(output.textCursor().MoveOperation.End)
        output.insertPlainText(text)

    def _on_side_finished(self, side: int, finished: GenerationFinished) -> None:
        stats = finished.stats
        self.stats[side].setText(tr("%n token(s) · {speed} tok/s", None, stats.completion_tokens).format(
            speed=number_text(stats.tokens_per_s, 1)))

    def _on_controller_failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _on_done(self) -> None:
        self.run_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    def done(self, result: int) -> None:
        self._controller.stop()
        super().done(result)
