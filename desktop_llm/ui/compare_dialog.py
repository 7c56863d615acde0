"""Side by side: the base model's answer and the adapter's answer to the same prompt."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.compare_controller import ADAPTER, BASE, CompareController
from desktop_llm.core.events import ChatMessage, GenerationFinished
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams


class CompareDialog(QDialog):
    def __init__(
        self, controller: CompareController, load: LoadParams, sampling: SamplingParams, adapters: Adapters,
        adapter_name: str, system_prompt: str = "", parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Compare base model and adapter")
        self.resize(1000, 600)
        self._controller = controller
        self._load, self._sampling, self._adapters = load, sampling, adapters
        self._system_prompt = system_prompt
        layout = QVBoxLayout(self)
        self.prompt = QPlainTextEdit()
        self.prompt.setAccessibleName("Prompt")
        self.prompt.setPlaceholderText("A prompt to send to both")
        self.prompt.setMaximumHeight(90)
        layout.addWidget(self.prompt)
        row = QHBoxLayout()
        self.run_button = QPushButton("Run both")
        self.run_button.clicked.connect(self.run)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(controller.stop)
        row.addStretch(1)
        row.addWidget(self.run_button)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        grid = QGridLayout()
        self.outputs: dict[int, QPlainTextEdit] = {}
        self.stats: dict[int, QLabel] = {}
        titles = {BASE: "Base model", ADAPTER: f"With adapter: {adapter_name} (×{adapters[0][1]:g})" if adapters else "Adapter"}
        for column, side in enumerate((BASE, ADAPTER)):
            grid.addWidget(QLabel(f"<b>{titles[side]}</b>"), 0, column)
            output = QPlainTextEdit()
            output.setReadOnly(True)
            output.setAccessibleName(titles[side])
            grid.addWidget(output, 1, column)
            stats = QLabel()
            stats.setStyleSheet("color: gray;")
            grid.addWidget(stats, 2, column)
            self.outputs[side], self.stats[side] = output, stats
        layout.addLayout(grid, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a4262c;")
        layout.addWidget(self.error)
        controller.chunk.connect(self._on_chunk)
        controller.side_finished.connect(self._on_side_finished)
        controller.failed.connect(self.error.setText)
        controller.done.connect(self._on_done)

    def run(self) -> None:
        text = self.prompt.toPlainText().strip()
        if not text or self._controller.busy:
            return
        for side in (BASE, ADAPTER):
            self.outputs[side].clear()
            self.stats[side].clear()
        self.error.clear()
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
        self.stats[side].setText(f"{stats.completion_tokens} tokens · {stats.tokens_per_s:.1f} tok/s")

    def _on_done(self) -> None:
        self.run_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    def done(self, result: int) -> None:
        self._controller.stop()
        super().done(result)
