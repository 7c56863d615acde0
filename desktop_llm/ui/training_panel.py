"""The Train tab: the list of runs, a form for a new one, and the live view of a run (curve, figures,
Stop / Resume / Use in chat). Without torch installed it explains how to enable training instead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
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
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import error_text, number_text, tr, translated
from desktop_llm.controllers.training_controller import TrainingController
from desktop_llm.core.conversation import Conversation
from desktop_llm.core.errors import TrainingError
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.ipc.training_events import RunState, format_duration
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon
from desktop_llm.ui.loss_chart import LossChart
from desktop_llm.ui.page_chrome import Banner, EmptyState, PageHeader, page_body
from desktop_llm.ui.training_form import TrainingForm
from desktop_llm.ui.training_plan_text import finished_text
from desktop_llm.ui.training_text import FIELD_NAMES, loss_change, phase_text, run_label, status_text

# Icons from the bundled set, not symbol characters: "⏸" and its kin are missing from the fonts of a plain Linux
# install and showed as empty boxes (issue 20, item 9).
STATUS_ICON = {"running": "play", "completed": "check", "stopped": "pause", "failed": "circle-alert"}


def status_icon(status: str) -> QIcon:
    return icon(STATUS_ICON.get(status, "info"), "accent" if status == "running" else "text")


class RunView(QWidget):
    """One run: its curve and figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(design.SPACE["s"], 0, 0, 0)
        layout.setSpacing(design.SPACE["s"])
        heading = QVBoxLayout()
        heading.setSpacing(2)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # run names are the user's, file names anyone's
        self.title.setProperty("kind", "title")
        self.title.setWordWrap(True)
        heading.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setProperty("kind", "muted")
        self.subtitle.setWordWrap(True)  # a base model's file name can be longer than a small window
        heading.addWidget(self.subtitle)
        layout.addLayout(heading)
        # The run's own buttons (Stop, Resume, Train longer, Use in chat, More, Delete) on their own row under its
        # name: beside it they made the page 720 px wide, more than a 1024-px window leaves with the chat settings.
        self.run_actions = QHBoxLayout()
        self.run_actions.setSpacing(design.SPACE["s"])
        self.run_actions.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.run_actions)
        banner_row = QHBoxLayout()
        self.banner_icon = QLabel()
        self.banner_icon.setFixedSize(design.ICON["m"], design.ICON["m"])
        banner_row.addWidget(self.banner_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        self.banner = Banner()
        self.banner.setAccessibleName(tr("Run message"))
        banner_row.addWidget(self.banner, 1)
        layout.addLayout(banner_row)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Training progress"))
        layout.addWidget(self.progress)
        self.chart = LossChart()
        layout.addWidget(self.chart, 1)
        # The figures in three columns (muted names over values), so the chart keeps the height on a small window.
        figures = QGridLayout()
        figures.setHorizontalSpacing(design.SPACE["l"])
        figures.setVerticalSpacing(2)
        self.fields: dict[str, QLabel] = {}
        for index, name in enumerate(FIELD_NAMES):  # the English name is the key; the caption is translated
            row, column = divmod(index, 3)
            caption = QLabel(translated(name))
            caption.setProperty("kind", "muted")
            label = QLabel("—")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(translated(name))
            label.setWordWrap(name in ("Validation loss", "Adapter"))  # long: a path, two losses and perplexities
            figures.addWidget(caption, 2 * row, column)
            figures.addWidget(label, 2 * row + 1, column, Qt.AlignmentFlag.AlignTop)
            self.fields[name] = label
        for column in range(3):
            figures.setColumnStretch(column, 1)
        layout.addLayout(figures)

    def show_run(self, run: TrainingRun, state: RunState) -> None:
        self.longer_offered = False
        self.title.setText(run.name)
        self.subtitle.setText(f"{Path(run.base_model).name} · {Path(run.config.data_path).name} · r{run.config.rank}")
        glyph: str | None = None
        if state.phase == "failed":
            glyph, tone, text = "circle-alert", "danger", state.error
        elif state.phase == "completed":  # learned, or still high: then Train longer is offered (issue 16)
            text, tone, self.longer_offered = finished_text(state)
            glyph = "check" if tone == "success" else "circle-alert"
        elif state.phase == "stopped":
            glyph, tone = "pause", "warning"
            text = tr("Stopped at step {step}; its checkpoint is kept. Resume continues from it.").format(step=state.step)
        else:
            # While training, the phase speaks (the last "loading …" message would be stale); before, the message.
            now = (tr("Training on {device}").format(device=state.device) if state.phase == "training" and state.device
                   else phase_text(state.phase))
            if state.phase != "training" and state.message:
                now = state.message
            glyph, tone = ("circle-alert", "warning") if state.warnings else ("info", "info")
            text = " · ".join([*state.warnings, now])
        self.show_message(text, tone, glyph)
        total = max(state.total_steps, run.total_steps)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(state.step, total))
            self.progress.setFormat(tr("step %v of %m · {phase}").format(phase=status_text(state.phase)))
        elif state.finished:  # ended before it knew its steps
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat(status_text(state.phase))
        else:  # the steps are not known until the data is prepared: a busy bar, not "step 0 of 1"
            self.progress.setRange(0, 0)
            self.progress.setFormat(phase_text(state.phase))
        self.chart.set_data(state.train_loss, state.val_loss, state.total_steps)
        self._show_figures(run, state)

    def show_message(self, text: str, tone: str, glyph: str | None) -> None:
        self.banner.show_message(text, tone)
        self.banner_icon.setPixmap(icon(glyph, "accent").pixmap(design.ICON["s"], design.ICON["s"])
                                   if glyph is not None and text else QPixmap())

    def _show_figures(self, run: TrainingRun, state: RunState) -> None:
        train = state.train_loss[-1][1] if state.train_loss else None
        self.fields["Step"].setText(tr("{step} / {total} (epoch {epoch})").format(
            step=state.step, total=state.total_steps or "?", epoch=number_text(state.epoch, 2)))
        self.fields["Train loss"].setText(number_text(train, 4) if train is not None else "—")
        self.fields["Validation loss"].setText(loss_change(state))
        self.fields["Learning rate"].setText(f"{state.learning_rate:.2e}" if state.learning_rate else "—")
        self.fields["Speed"].setText(tr("{speed} tokens/s").format(speed=number_text(state.tokens_per_s))
                                     if state.tokens_per_s else "—")
        self.fields["Memory"].setText(tr("{size} GiB peak").format(size=number_text(state.memory_bytes / 1024**3, 2))
                                      if state.memory_bytes else "—")
        self.fields["ETA"].setText(format_duration(state.eta_s) if state.phase == "training" else "—")
        self.fields["Device"].setText(state.device or "—")
        adapter = state.adapter_gguf or run.adapter_gguf
        # The file's name fits the column; its whole path (in the run's folder) is the tooltip.
        self.fields["Adapter"].setText(Path(adapter).name if adapter else "—")
        self.fields["Adapter"].setToolTip(adapter or "")


class TrainingPanel(QWidget):
    use_in_chat_requested = Signal(str, str)  # base model path, adapter GGUF path
    make_dataset_requested = Signal()  # "Make a dataset…": the dataset dialog opens (app_dataset.py)

    def __init__(
        self, controller: TrainingController, budget: MemoryBudget,
        conversations: Callable[[], list[Conversation]] = list, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._conversations = conversations
        self.header = PageHeader(tr("Train"), tr("Fine-tune a LoRA adapter on your own examples, then use it in chat."),
                                 icon_name="graduation-cap")
        self.new_button = QPushButton(tr("New run"))
        self.new_button.setIcon(icon("plus"))
        self.new_button.clicked.connect(self.show_form)
        self.dataset_button = QPushButton(icon("sparkles"), tr("Make a dataset…"))
        self.dataset_button.clicked.connect(self.make_dataset_requested)
        self.header.add_action(self.dataset_button)
        self.header.add_action(self.new_button)
        layout = page_body(self, self.header)
        missing = controller.unavailable()
        self.unavailable_label = Banner()
        if missing:
            self.unavailable_label.show_message(tr("Training is not enabled. {reason}").format(reason=missing), tone="warning")
        layout.addWidget(self.unavailable_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        runs_label = QLabel(tr("Runs"))
        runs_label.setProperty("kind", "section")
        left_layout.addWidget(runs_label)
        self.run_list = QListWidget()
        self.run_list.setAccessibleName(tr("Training runs"))
        # A long run name is cut with "…" (its row's tooltip has the folder): never a sideways scroll bar.
        self.run_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.run_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.run_list.currentItemChanged.connect(lambda *_: self._show_selected())
        left_layout.addWidget(self.run_list, 1)
        self.empty = EmptyState(icon_name="graduation-cap", title=tr("No runs yet"),
                                text=tr("Choose a base model and a data file in the form, then press Start training. "
                                        "Each run is listed here with its progress."))
        left_layout.addWidget(self.empty)
        left_layout.addStretch(0)
        self._left_layout = left_layout
        self.stop_button = QPushButton(tr("Stop"))
        self.resume_button = QPushButton(tr("Resume"))
        self.use_button = QPushButton(tr("Use in chat"))
        self.use_button.setProperty("kind", "primary")
        self.delete_button = QPushButton(tr("Delete…"))
        self.longer_button = QPushButton(tr("Train longer"))
        self.longer_button.setToolTip(tr("Continue from this run's best adapter for as many steps again, as a new run"))
        for button, slot, glyph, role in ((self.stop_button, self._stop, "square", "text"),
                                          (self.resume_button, self._resume, "play", "text"),
                                          (self.longer_button, self._train_longer, "play", "text"),
                                          (self.use_button, self._use, "message-square", "on-accent"),
                                          (self.delete_button, self._delete, "trash-2", "text")):
            button.setAccessibleName(button.text().rstrip("…"))
            button.setIcon(icon(glyph, role))
            button.clicked.connect(slot)
        splitter.addWidget(left)
        self.stack = QStackedWidget()
        self.form = TrainingForm(budget)  # scrolls its own fields; its Train button stays in view
        self.form.start_requested.connect(self._start)
        self.form.dataset_from_conversations_requested.connect(self._dataset_from_conversations)
        self.stack.addWidget(self.form)
        self.run_view = RunView()
        for button in (self.stop_button, self.resume_button, self.longer_button, self.use_button, self.delete_button):
            self.run_view.run_actions.addWidget(button)
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
            item.setIcon(status_icon(run.status))
            item.setData(Qt.ItemDataRole.UserRole, run.id)
            item.setToolTip(run.error or str(run.run_dir))
            self.run_list.addItem(item)
            if run.id == selected:
                self.run_list.setCurrentItem(item)
        self.run_list.blockSignals(False)
        self._show_empty(self.run_list.count() == 0)
        self._update_buttons()

    def is_empty_shown(self) -> bool:
        return not self.empty.isHidden()

    def _show_empty(self, empty: bool) -> None:
        """No runs: the column says what it will hold instead of an empty list (the form beside it is the way)."""
        self.empty.setVisible(empty)
        self.run_list.setVisible(not empty)
        self._left_layout.setStretch(self._left_layout.count() - 1, 1 if empty else 0)

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
                item.setIcon(status_icon(state.phase if state.finished else "running"))
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
        self.longer_button.setVisible(run is not None and run.status == "completed" and not running)

    def _start(self, config: TrainConfig, name: str) -> None:
        try:
            run_id = self.controller.start(config, name)
        except TrainingError as exc:  # a setting out of range, no run folder, a worker that cannot start
            QMessageBox.warning(self, tr("Cannot start training"), error_text(exc))
            return
        self.select_run(run_id)

    def _stop(self) -> None:
        run_id = self.selected_run_id()
        if run_id:
            self.controller.stop(run_id)
            self.run_view.show_message(tr("Stopping at the end of this step (a checkpoint is kept)…"), tone="info", glyph="pause")

    def _resume(self) -> None:
        run_id = self.selected_run_id()
        try:
            self.controller.resume(run_id)
        except TrainingError as exc:  # still running, finished, deleted meanwhile, or the worker cannot start
            QMessageBox.warning(self, tr("Cannot resume"), error_text(exc))
        self._show_selected()

    def _train_longer(self) -> None:
        try:
            run_id = self.controller.train_longer(self.selected_run_id())
        except TrainingError as exc:  # not finished, deleted meanwhile, or the worker cannot start
            QMessageBox.warning(self, tr("Cannot train longer"), error_text(exc))
            return
        self.select_run(run_id)

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
            self, tr("Delete run"), tr("Delete the run “{name}” and its files (checkpoints and adapter)?\n{folder}").format(
                name=run.name, folder=run.run_dir),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete(run_id, remove_files=True)
            self.show_form()

    def _dataset_from_conversations(self) -> None:
        chats: list[Conversation] = list(self._conversations())
        if not chats:
            QMessageBox.information(self, tr("No conversations"), tr("There are no saved conversations yet."))
            return
        question = tr("Use the most recent how many conversations (of {count})?").format(count=len(chats))
        count, ok = QInputDialog.getInt(self, tr("Dataset from conversations"), question, len(chats), 1, len(chats))
        if not ok:
            return
        target, _ = QFileDialog.getSaveFileName(self, tr("Save dataset"), tr("conversations.jsonl"),
                                                tr("JSONL (*.jsonl)"))
        if not target:
            return
        try:
            written = self.controller.write_conversation_dataset([c.id for c in chats[:count]], Path(target))
        except TrainingError as exc:
            QMessageBox.warning(self, tr("Cannot save the dataset"), error_text(exc))
            return
        self.form.set_data_path(target)
        self.form.data_report.setText(self.form.data_report.text() + tr(" (%n conversation(s) written)", None, written))
