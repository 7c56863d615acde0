"""The Train tab: the list of runs, a form for a new one, and the live view of a run (curve, figures,
Stop / Resume / Use in chat). Without torch installed it explains how to enable training instead."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
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
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.training_controller import TrainingController
from desktop_llm.core.conversation import Conversation
from desktop_llm.core.errors import TrainingError
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.ipc.training_events import RunState, format_duration, perplexity
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.ui.loss_chart import LossChart
from desktop_llm.ui.training_form import TrainingForm

# Icons from the style, not symbol characters: "⏸" and its kin are missing from the fonts of a plain Linux
# install and showed as empty boxes (issue 20, item 9).
SP = QStyle.StandardPixmap
STATUS_ICON = {"running": SP.SP_MediaPlay, "completed": SP.SP_DialogApplyButton, "stopped": SP.SP_MediaPause,
               "failed": SP.SP_MessageBoxCritical}
PHASE_TEXT = {"starting": "Starting…", "loading": "Loading…", "training": "Training", "exporting": "Writing the adapter…"}


def style_icon(widget: QWidget, pixmap: QStyle.StandardPixmap) -> QIcon:
    return widget.style().standardIcon(pixmap)


def run_label(run: TrainingRun, state: RunState | None) -> str:
    """A run in the list: its name, and where it stands (live from its events while the app follows it)."""
    if state is None:
        return f"{run.name} — {run.status}, step {run.step}"
    total = state.total_steps or run.total_steps
    where = f"step {state.step} of {total}" if total else f"step {state.step}"
    return f"{run.name} — {state.phase}, {where}"


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
        banner_row = QHBoxLayout()
        self.banner_icon = QLabel()
        self.banner_icon.setFixedSize(20, 20)
        banner_row.addWidget(self.banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Run message")
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_row.addWidget(self.banner, 1)
        layout.addLayout(banner_row)
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
        icon: QStyle.StandardPixmap | None = None
        if state.phase == "failed":
            icon, text = SP.SP_MessageBoxCritical, state.error
            self.banner.setStyleSheet("background:#fde7e9; color:#a4262c; padding:6px; border-radius:4px;")
        elif state.phase == "completed":
            icon, text = SP.SP_DialogApplyButton, "Finished. Switch the adapter on under the chat, or press “Use in chat”."
            self.banner.setStyleSheet("background:#dff6dd; color:#0b5a0b; padding:6px; border-radius:4px;")
        elif state.phase == "stopped":
            icon, text = SP.SP_MediaPause, f"Stopped at step {state.step}; its checkpoint is kept. Resume continues from it."
            self.banner.setStyleSheet("background:#fff4ce; color:#5c4400; padding:6px; border-radius:4px;")
        else:
            # While training, the phase speaks (the last "loading …" message would be stale); before, the message.
            now = f"Training on {state.device}" if state.phase == "training" and state.device else PHASE_TEXT[state.phase]
            if state.phase != "training" and state.message:
                now = state.message
            icon = SP.SP_MessageBoxWarning if state.warnings else None
            text = " · ".join([*state.warnings, now])
            self.banner.setStyleSheet("")
        self.banner.setText(text)
        self.banner_icon.setPixmap(style_icon(self, icon).pixmap(16, 16) if icon is not None else QPixmap())
        total = max(state.total_steps, run.total_steps)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(state.step, total))
            self.progress.setFormat(f"step %v of %m · {state.phase}")
        elif state.finished:  # ended before it knew its steps
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat(state.phase)
        else:  # the steps are not known until the data is prepared: a busy bar, not "step 0 of 1"
            self.progress.setRange(0, 0)
            self.progress.setFormat(PHASE_TEXT[state.phase])
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
        self.new_button.setIcon(style_icon(self, SP.SP_FileIcon))
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
        for button, slot, icon in ((self.stop_button, self._stop, SP.SP_MediaStop),
                                   (self.resume_button, self._resume, SP.SP_MediaPlay),
                                   (self.use_button, self._use, SP.SP_ArrowForward),
                                   (self.delete_button, self._delete, SP.SP_TrashIcon)):
            button.setAccessibleName(button.text().rstrip("…"))
            button.setIcon(style_icon(self, icon))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)
        self.stack = QStackedWidget()
        self.form = TrainingForm(budget)  # scrolls its own fields; its Train button stays in view
        self.form.start_requested.connect(self._start)
        self.form.dataset_from_conversations_requested.connect(self._dataset_from_conversations)
        self.stack.addWidget(self.form)
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
            live = self.controller.state(run.id) if self.controller.is_running(run.id) else None
            item = QListWidgetItem(run_label(run, live))
            item.setIcon(style_icon(self, STATUS_ICON.get(run.status, SP.SP_MessageBoxQuestion)))
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
        # The list follows the live step: the database row is written only on milestones (every few seconds).
        for row in range(self.run_list.count()):
            item = self.run_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == run_id:
                state = self.controller.state(run_id)
                run = self.controller.run(run_id)
                item.setText(run_label(run, state))
                item.setIcon(style_icon(self, STATUS_ICON.get(state.phase if state.finished else "running",
                                                             SP.SP_MessageBoxQuestion)))
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
        except TrainingError as exc:  # a setting out of range, no run folder, a worker that cannot start
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
        except TrainingError as exc:  # still running, finished, deleted meanwhile, or the worker cannot start
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
        try:
            written = self.controller.write_conversation_dataset([c.id for c in chats[:count]], Path(target))
        except TrainingError as exc:
            QMessageBox.warning(self, "Cannot save the dataset", str(exc))
            return
        self.form.set_data_path(target)
        self.form.data_report.setText(self.form.data_report.text() + f" ({written} conversations written)")
