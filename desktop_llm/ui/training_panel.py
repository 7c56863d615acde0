"""The Train tab: the list of runs, a form for a new one, and the live view of a run (curve, figures,
Stop / Resume / Use in chat). Without torch installed it explains how to enable training instead."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.training_controller import TrainingController
from desktop_llm.core.conversation import Conversation
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.core.training_events import RunState, format_duration, perplexity
from desktop_llm.core.training_run import TrainingRun
from desktop_llm.ui.loss_chart import LossChart
from desktop_llm.ui.training_form import TrainingForm

STATUS_MARK = {"running": "▶", "completed": "✓", "stopped": "⏸", "failed": "✗"}


def _loss_change(state: RunState) -> str:
    before, after = state.val_loss_before, state.val_loss_after
    if before is None:
        return "—"
    text = f"{before:.4f} (perplexity {perplexity(before):.2f})"
    if after is not None and state.step > 0:
        text += f" → {after:.4f} (perplexity {perplexity(after):.2f})"
    return text


class RunView(QWidget):
    """One run: its curve and figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Run message")
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.banner)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Training progress")
        layout.addWidget(self.progress)
        self.chart = LossChart()
        layout.addWidget(self.chart, 1)
        figures = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for name in ("Step", "Train loss", "Validation loss", "Learning rate", "Speed", "Memory", "ETA", "Device", "Adapter"):
            label = QLabel("—")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(name)
            figures.addRow(f"{name}:", label)
            self.fields[name] = label
        layout.addLayout(figures)

    def show_run(self, run: TrainingRun, state: RunState) -> None:
        self.title.setText(f"<h3>{html.escape(run.name)}</h3><span style='color:gray'>{html.escape(Path(run.base_model).name)}"
                           f" · {html.escape(Path(run.config.data_path).name)} · r{run.config.rank}</span>")
        if state.phase == "failed":
            self.banner.setText(f"✗ {state.error}")
            self.banner.setStyleSheet("background:#fde7e9; color:#a4262c; padding:6px; border-radius:4px;")
        elif state.phase == "completed":
            self.banner.setText("✓ Finished. Switch the adapter on under the chat, or press “Use in chat”.")
            self.banner.setStyleSheet("background:#dff6dd; color:#0b5a0b; padding:6px; border-radius:4px;")
        elif state.phase == "stopped":
            self.banner.setText(f"⏸ Stopped at step {state.step}; its checkpoint is kept. Resume continues from it.")
            self.banner.setStyleSheet("background:#fff4ce; color:#5c4400; padding:6px; border-radius:4px;")
        else:
            self.banner.setText(" · ".join(["⚠ " + w for w in state.warnings] + [state.message or "Starting…"]))
            self.banner.setStyleSheet("")
        total = max(state.total_steps, run.total_steps, 1)
        self.progress.setRange(0, total)
        self.progress.setValue(min(state.step, total))
        self.progress.setFormat(f"step %v of %m · {state.phase}")
        self.chart.set_data(state.train_loss, state.val_loss, state.total_steps)
        train = state.train_loss[-1][1] if state.train_loss else None
        self.fields["Step"].setText(f"{state.step} / {state.total_steps or '?'} (epoch {state.epoch:.2f})")
        self.fields["Train loss"].setText(f"{train:.4f}" if train is not None else "—")
        self.fields["Validation loss"].setText(_loss_change(state))
        self.fields["Learning rate"].setText(f"{state.learning_rate:.2e}" if state.learning_rate else "—")
        self.fields["Speed"].setText(f"{state.tokens_per_s:,.0f} tokens/s" if state.tokens_per_s else "—")
        self.fields["Memory"].setText(f"{state.memory_bytes / 1024**3:.2f} GiB peak" if state.memory_bytes else "—")
        self.fields["ETA"].setText(format_duration(state.eta_s) if state.phase == "training" else "—")
        self.fields["Device"].setText(state.device or "—")
        self.fields["Adapter"].setText(state.adapter_gguf or run.adapter_gguf or "—")


class TrainingPanel(QWidget):
    use_in_chat_requested = Signal(str, str)  # base model path, adapter GGUF path

    def __init__(
        self, controller: TrainingController, budget: MemoryBudget,
        conversations: Callable[[], list[Conversation]] = list, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._conversations = conversations
        layout = QVBoxLayout(self)
        missing = controller.unavailable()
        self.unavailable_label = QLabel(
            f"<h3>Training is not enabled</h3><p>{html.escape(missing).replace(chr(10), '<br>')}</p>")
        self.unavailable_label.setWordWrap(True)
        self.unavailable_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unavailable_label.setVisible(bool(missing))
        layout.addWidget(self.unavailable_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton("New run")
        self.new_button.clicked.connect(self.show_form)
        left_layout.addWidget(self.new_button)
        self.run_list = QListWidget()
        self.run_list.setAccessibleName("Training runs")
        self.run_list.currentItemChanged.connect(lambda *_: self._show_selected())
        left_layout.addWidget(self.run_list, 1)
        buttons = QHBoxLayout()
        self.stop_button = QPushButton("Stop")
        self.resume_button = QPushButton("Resume")
        self.use_button = QPushButton("Use in chat")
        self.delete_button = QPushButton("Delete…")
        for button, slot in ((self.stop_button, self._stop), (self.resume_button, self._resume),
                             (self.use_button, self._use), (self.delete_button, self._delete)):
            button.setAccessibleName(button.text().rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)
        self.stack = QStackedWidget()
        self.form = TrainingForm(budget)
        self.form.start_requested.connect(self._start)
        self.form.dataset_from_conversations_requested.connect(self._dataset_from_conversations)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.stack.addWidget(scroll)
        self.run_view = RunView()
        self.stack.addWidget(self.run_view)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        layout.addWidget(splitter, 1)
        splitter.setEnabled(not missing)
        controller.runs_changed.connect(self.refresh)
        controller.run_updated.connect(self._on_run_updated)
        controller.run_ended.connect(lambda run_id, *_: self._on_run_updated(run_id))
        self.refresh()

    def set_models(self, models: list[ModelInfo], current: str = "") -> None:
        self.form.set_models(models, current)

    def refresh(self) -> None:
        selected = self.selected_run_id()
        self.run_list.blockSignals(True)
        self.run_list.clear()
        for run in self.controller.runs():
            item = QListWidgetItem(f"{STATUS_MARK.get(run.status, '?')} {run.name} — {run.status}, step {run.step}")
            item.setData(Qt.ItemDataRole.UserRole, run.id)
            item.setToolTip(run.error or str(run.run_dir))
            self.run_list.addItem(item)
            if run.id == selected:
                self.run_list.setCurrentItem(item)
        self.run_list.blockSignals(False)
        self._update_buttons()

    def selected_run_id(self) -> int:
        item = self.run_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else 0

    def select_run(self, run_id: int) -> None:
        for row in range(self.run_list.count()):
            if self.run_list.item(row).data(Qt.ItemDataRole.UserRole) == run_id:
                self.run_list.setCurrentRow(row)

    def show_form(self) -> None:
        self.run_list.clearSelection()
        self.run_list.setCurrentRow(-1)
        self.stack.setCurrentIndex(0)
        self._update_buttons()

    def _show_selected(self) -> None:
        run_id = self.selected_run_id()
        if run_id:
            self.stack.setCurrentWidget(self.run_view)
            self.run_view.show_run(self.controller.run(run_id), self.controller.state(run_id))
        self._update_buttons()

    def _on_run_updated(self, run_id: int) -> None:
        if run_id == self.selected_run_id():
            self.run_view.show_run(self.controller.run(run_id), self.controller.state(run_id))
            self._update_buttons()

    def _update_buttons(self) -> None:
        run_id = self.selected_run_id()
        run = self.controller.run(run_id) if run_id else None
        running = run is not None and self.controller.is_running(run_id)
        self.stop_button.setEnabled(running)
        self.resume_button.setEnabled(run is not None and not running and run.status in ("stopped", "failed"))
        self.use_button.setEnabled(run is not None and run.has_adapter)
        self.delete_button.setEnabled(run is not None and not running)

    def _start(self, config: TrainConfig, name: str) -> None:
        try:
            run_id = self.controller.start(config, name)
        except (OSError, RuntimeError, ValueError) as exc:
            QMessageBox.warning(self, "Cannot start training", str(exc))
            return
        self.select_run(run_id)

    def _stop(self) -> None:
        run_id = self.selected_run_id()
        if run_id:
            self.controller.stop(run_id)
            self.run_view.banner.setText("Stopping at the end of this step (a checkpoint is kept)…")

    def _resume(self) -> None:
        run_id = self.selected_run_id()
        try:
            self.controller.resume(run_id)
        except (OSError, RuntimeError, KeyError) as exc:
            QMessageBox.warning(self, "Cannot resume", str(exc))
        self._show_selected()

    def _use(self) -> None:
        run = self.controller.run(self.selected_run_id())
        if run.has_adapter:
            self.use_in_chat_requested.emit(run.base_model, run.adapter_gguf)

    def _delete(self) -> None:
        run_id = self.selected_run_id()
        if not run_id:
            return
        run = self.controller.run(run_id)
        answer = QMessageBox.question(
            self, "Delete run", f"Delete the run “{run.name}” and its files (checkpoints and adapter)?\n{run.run_dir}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete(run_id, remove_files=True)
            self.show_form()

    def _dataset_from_conversations(self) -> None:
        chats: list[Conversation] = list(self._conversations())
        if not chats:
            QMessageBox.information(self, "No conversations", "There are no saved conversations yet.")
            return
        question = f"Use the most recent how many conversations (of {len(chats)})?"
        count, ok = QInputDialog.getInt(self, "Dataset from conversations", question, len(chats), 1, len(chats))
        if not ok:
            return
        target, _ = QFileDialog.getSaveFileName(self, "Save dataset", "conversations.jsonl", "JSONL (*.jsonl)")
        if not target:
            return
        written = self.controller.write_conversation_dataset([c.id for c in chats[:count]], Path(target))
        self.form.set_data_path(target)
        self.form.data_report.setText(self.form.data_report.text() + f" ({written} conversations written)")
