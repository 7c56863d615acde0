"""A new fine-tune: base model, data (checked line by line, previewed with the model's own chat template),
hyperparameters with presets, and the memory estimate that decides whether Train is allowed.

Reading the model's header, checking the data file and rendering the preview run off the GUI thread
(controllers/background.py): a data file can be large and hostile, and a chat template is untrusted. The
fields scroll; the memory estimate and the Train button stay in a footer below them, always in view.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.background import BackgroundOps, Failed, Outcome, Succeeded
from desktop_llm.controllers.i18n import error_text, number_text, tr, translated
from desktop_llm.core.errors import TrainingConfigError
from desktop_llm.core.fit_estimate import MemoryBudget, ModelShape
from desktop_llm.core.gguf_header import GGUFHeader
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.training_config import DEVICES, SCHEDULES, TARGET_CHOICES, TRAIN_PRESETS, TrainConfig, with_preset
from desktop_llm.core.training_data import Dataset
from desktop_llm.core.training_memory import ExampleLengths, estimate_training_memory, fitting_config
from desktop_llm.core.training_plan import AUTO_PRESET
from desktop_llm.core.training_preview import InputsCheck, check_inputs
from desktop_llm.ui.icons import icon
from desktop_llm.ui.page_chrome import restyle
from desktop_llm.ui.spin_boxes import double_box, spin_box
from desktop_llm.ui.training_plan_text import auto_settings, plan_text
from desktop_llm.ui.training_scale import ScaleOptions
from desktop_llm.ui.training_text import line_error_text
from desktop_llm.ui.vertical_scroll import VerticalScrollArea

CHECK_LANE = "train-form-inputs"


class TrainingForm(QWidget):
    """Lives on the GUI thread; its checks run through `background`."""

    start_requested = Signal(object, str)  # TrainConfig, run name
    dataset_from_conversations_requested = Signal()

    def __init__(self, budget: MemoryBudget, background: BackgroundOps | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._budget = budget
        self.background = background or BackgroundOps(self)
        self._header: GGUFHeader | None = None
        self._header_path: str | None = None
        self._dataset: Dataset | None = None
        self._lengths: ExampleLengths | None = None
        self._planned = TrainConfig(base_model="", data_path="")  # the last settings given (set_config)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        fields = QWidget()
        self.fields_scroll = VerticalScrollArea(fields)  # never sideways: the page asks for the fields' width
        outer.addWidget(self.fields_scroll, 1)
        layout = QVBoxLayout(fields)

        source = QGroupBox(tr("Model and data"))
        form = QFormLayout(source)
        model_row = QHBoxLayout()
        self.model_combo = QComboBox()
        self.model_combo.setAccessibleName(tr("Base model"))
        self.model_combo.currentIndexChanged.connect(self._on_inputs_changed)
        model_row.addWidget(self.model_combo, 1)
        browse_model = QPushButton(tr("Other…"))
        browse_model.setToolTip(tr("A GGUF file, or a Hugging Face model folder (safetensors) of the same model"))
        browse_model.clicked.connect(self._browse_model)
        model_row.addWidget(browse_model)
        form.addRow(tr("Base model:"), model_row)
        data_row = QHBoxLayout()
        self.data_edit = QLineEdit()
        self.data_edit.setAccessibleName(tr("Training data file"))
        self.data_edit.setPlaceholderText(tr("A JSONL or plain text file"))
        self.data_edit.setToolTip(tr("JSONL (chat messages, or instruction/input/output records) or a plain text file"))
        self.data_edit.editingFinished.connect(self._load_data)
        data_row.addWidget(self.data_edit, 1)
        browse_data = QPushButton(tr("Browse…"))
        browse_data.clicked.connect(self._browse_data)
        data_row.addWidget(browse_data)
        from_chats = QPushButton(tr("From conversations…"))
        from_chats.setToolTip(tr("Build a dataset from your saved conversations"))
        from_chats.clicked.connect(self.dataset_from_conversations_requested)
        data_row.addWidget(from_chats)
        form.addRow(tr("Data:"), data_row)
        self.data_report = QLabel(tr("Choose a data file."))
        self.data_report.setWordWrap(True)
        self.data_report.setAccessibleName(tr("Data check"))
        form.addRow("", self.data_report)
        self.errors_view = QPlainTextEdit()
        self.errors_view.setReadOnly(True)
        self.errors_view.setMaximumHeight(80)
        self.errors_view.setAccessibleName(tr("Bad lines"))
        self.errors_view.setVisible(False)
        form.addRow("", self.errors_view)
        self.skip_bad = QCheckBox(tr("Skip bad lines and train on the rest"))
        self.skip_bad.setVisible(False)
        self.skip_bad.toggled.connect(self._update_state)
        form.addRow("", self.skip_bad)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("Preview with the chat template"))
        self.preview.setPlaceholderText(tr("The first examples, formatted with the model's chat template"))
        self.preview.setMaximumHeight(150)
        form.addRow(tr("Preview:"), self.preview)
        layout.addWidget(source)

        settings = QGroupBox(tr("Settings"))
        grid = QFormLayout(settings)
        self.preset, self.targets, self.schedule, self.device = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        for combo, keys in ((self.preset, TRAIN_PRESETS), (self.targets, TARGET_CHOICES), (self.schedule, SCHEDULES),
                            (self.device, DEVICES)):
            for key in keys:
                combo.addItem(translated(key), key)  # shown translated (QT_TR_NOOP), the key as data
        self.preset.insertItem(0, translated(AUTO_PRESET), AUTO_PRESET)  # issue 16: chosen from the data and model
        self.preset.setCurrentIndex(0)
        self.preset.currentIndexChanged.connect(lambda: self._apply_preset(self.preset.currentData()))
        grid.addRow(tr("Preset:"), self.preset)
        self.rank = spin_box(1, 512, tr("LoRA rank"))
        self.alpha = double_box(1, 4096, 1, tr("LoRA alpha"), 0)
        self.dropout = double_box(0, 0.9, 0.05, tr("Dropout"), 2)
        self.lr = double_box(1e-6, 1.0, 1e-5, tr("Learning rate"), 6)
        self.epochs = double_box(0.1, 100, 0.5, tr("Epochs"), 1)
        self.steps = spin_box(0, 1_000_000, tr("Steps (0: use epochs)"))
        self.steps.setSpecialValueText(tr("auto (from epochs)"))
        self.steps.setToolTip(tr("The number of optimizer steps. 0 (auto): as many as the epochs take."))
        self.batch = spin_box(1, 1024, tr("Batch size"))
        self.accum = spin_box(1, 1024, tr("Gradient accumulation"))
        self.seq_len = spin_box(16, 131072, tr("Maximum sequence length"))
        self.seed = spin_box(0, 2**31 - 1, tr("Seed"))
        self.val_fraction = double_box(0, 0.5, 0.05, tr("Validation fraction"), 2)
        self.eval_every = spin_box(0, 1_000_000, tr("Evaluate every N steps (0: about 10 times)"))
        self.eval_every.setSuffix(tr(" steps"))
        self.eval_every.setSpecialValueText(tr("auto (about 10 times)"))
        self.eval_every.setToolTip(tr("How often the validation loss is measured. 0 (auto): about ten times over the run."))
        self.scale = ScaleOptions(budget, self._update_state, self)  # GPUs, memory savers (issue 16)
        rows = ((tr("Rank / alpha:"), (self.rank, self.alpha)), (tr("Dropout:"), (self.dropout,)),
                (tr("Target modules:"), (self.targets,)), (tr("Learning rate / schedule:"), (self.lr, self.schedule)),
                (tr("Epochs / steps:"), (self.epochs, self.steps)), (tr("Batch / accumulation:"), (self.batch, self.accum)),
                (tr("Max sequence length:"), (self.seq_len,)), (tr("Seed / validation:"), (self.seed, self.val_fraction)),
                (tr("Evaluate every:"), (self.eval_every,)), (tr("Device:"), (self.device,)))
        for label, widgets in (*rows, *self.scale.rows()):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            grid.addRow(label, row)
        for spin in (self.rank, self.batch, self.accum, self.seq_len, self.lr, self.epochs, self.steps, self.val_fraction):
            spin.valueChanged.connect(self._update_state)
        self.targets.currentIndexChanged.connect(self._update_state)
        self.device.currentIndexChanged.connect(self._update_state)
        layout.addWidget(settings)
        layout.addStretch(1)

        footer = QWidget()
        outer.addWidget(footer)
        layout = QVBoxLayout(footer)
        self.plan = QLabel()  # the run in plain words, before it starts (issue 16)
        self.plan.setWordWrap(True)
        self.plan.setAccessibleName(tr("Training plan"))
        layout.addWidget(self.plan)
        self.memory = QLabel()
        self.memory.setWordWrap(True)
        self.memory.setAccessibleName(tr("Memory estimate"))
        layout.addWidget(self.memory)
        bottom = QHBoxLayout()
        self.suggest_button = QPushButton(tr("Use smaller settings"))
        self.suggest_button.setVisible(False)
        self.suggest_button.clicked.connect(self._apply_suggestion)
        bottom.addWidget(self.suggest_button)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(tr("Run name:")))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(tr("Run name"))
        bottom.addWidget(self.name_edit)
        self.train_button = QPushButton(tr("Start training"))
        self.train_button.setAccessibleName(tr("Start training"))
        self.train_button.setProperty("kind", "primary")
        self.train_button.setIcon(icon("play", "on-accent"))
        self.train_button.clicked.connect(self._start)
        bottom.addWidget(self.train_button)
        layout.addLayout(bottom)
        self._suggestion: TrainConfig | None = None
        self._apply_preset(AUTO_PRESET)

    # inputs

    def set_models(self, models: list[ModelInfo], current: str = "") -> None:
        keep = current or self.model_path()
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for info in models:
            if not info.error:
                self.model_combo.addItem(f"{info.name} ({info.architecture}, {info.parameter_label})", info.path)
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(keep)))
        self.model_combo.blockSignals(False)
        self._on_inputs_changed()

    def model_path(self) -> str:
        return str(self.model_combo.currentData() or "")

    def set_data_path(self, path: str) -> None:
        self.data_edit.setText(path)
        self._load_data()

    def _browse_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Base model (GGUF)"), "", tr("GGUF models (*.gguf);;All files (*)"))
        if not path:
            path = QFileDialog.getExistingDirectory(self, tr("Or a Hugging Face model folder"))
        if path:
            self.model_combo.addItem(Path(path).name, path)
            self.model_combo.setCurrentIndex(self.model_combo.count() - 1)

    def _browse_data(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Training data"), "",
                                              tr("Data (*.jsonl *.json *.txt *.md);;All files (*)"))
        if path:
            self.set_data_path(path)

    @property
    def checking(self) -> bool:
        """A check of the model or the data is under way (Train waits for it)."""
        return self.background.busy(CHECK_LANE)

    def _on_inputs_changed(self) -> None:
        self._check(reload_data=False)

    def _load_data(self) -> None:
        self._check(reload_data=True)

    def _check(self, reload_data: bool) -> None:
        """Read the header (if the model changed) and the data (when asked), render the preview and measure the
        examples, on a background thread; a newer check replaces an older one."""
        model_path, data_path = self.model_path(), self.data_edit.text().strip()
        header, read_header = self._header, model_path != self._header_path
        dataset = None if reload_data else self._dataset
        if reload_data:
            self._dataset, self._lengths = None, None
            self.errors_view.setVisible(False)
            self.skip_bad.setVisible(False)
            self.data_report.setText(tr("Checking {file}…").format(file=Path(data_path).name) if data_path
                                     else tr("Choose a data file."))
            self.preview.clear()
        self.background.run(CHECK_LANE, lambda flag: check_inputs(  # translated: the preview's words, thread-safe
            model_path, data_path, header, read_header, dataset, flag.raise_if_cancelled, translated), self._on_check_done)
        self._update_state()

    def _on_check_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Failed):
            self.data_report.setText(tr("Cannot check the data: {reason}").format(reason=outcome.message))
        elif isinstance(outcome, Succeeded):
            self._apply_check(outcome.value)
        self._update_state()

    def _apply_check(self, check: InputsCheck) -> None:
        self._header, self._header_path = check.header, check.model_path
        self._dataset, self._lengths = check.dataset, check.lengths
        self.errors_view.setVisible(False)
        self.skip_bad.setVisible(False)
        if not check.data_path:
            self.data_report.setText(tr("Choose a data file."))
        elif check.read_error:
            self.data_report.setText(check.read_error)
        elif check.dataset is not None:
            self._report(check.dataset, Path(check.data_path))
            if not self.name_edit.text():
                self.name_edit.setText(Path(check.data_path).stem)
        self.preview.setPlainText(check.preview)
        if self.preset.currentData() == AUTO_PRESET and check.dataset is not None and check.dataset.examples:
            self._apply_preset(AUTO_PRESET)  # the plan follows the data and the model

    def _report(self, dataset: Dataset, path: Path) -> None:
        count = len(dataset.examples)
        counts = {"chat": tr("%n chat example(s)", None, count), "instruction": tr("%n instruction example(s)", None, count),
                  }.get(dataset.format) or tr("%n text example(s)", None, count)
        if not dataset.errors:
            self.data_report.setText(tr("✓ {file}: {examples}, every line is valid.").format(file=path.name, examples=counts))
            return
        self.data_report.setText(tr("⚠ {file}: {examples}, %n bad line(s):", None, len(dataset.errors)).format(
            file=path.name, examples=counts))
        self.errors_view.setPlainText("\n".join(line_error_text(e) for e in dataset.errors[:500]))
        self.errors_view.setVisible(True)
        self.skip_bad.setVisible(bool(dataset.examples))

    def _apply_preset(self, name: str) -> None:
        """A preset resets every setting to the defaults plus the preset's own values (Automatic: the plan's)."""
        base = TrainConfig(base_model="", data_path="")
        planned = auto_settings(base, self._dataset, self._lengths, self._header) if name == AUTO_PRESET else None
        self.set_config(planned or (base if name == AUTO_PRESET else with_preset(base, name)))

    def set_config(self, config: TrainConfig) -> None:
        self.rank.setValue(config.rank)
        self.alpha.setValue(config.alpha)
        self.dropout.setValue(config.dropout)
        key = next((k for k, v in TARGET_CHOICES.items() if v == config.target_modules), None)
        if key:
            self.targets.setCurrentIndex(self.targets.findData(key))
        self.lr.setValue(config.learning_rate)
        self.schedule.setCurrentIndex(self.schedule.findData(config.schedule))
        self.epochs.setValue(config.epochs)
        self.steps.setValue(config.max_steps)
        self.batch.setValue(config.batch_size)
        self.accum.setValue(config.grad_accum)
        self.seq_len.setValue(config.max_seq_len)
        self.seed.setValue(config.seed)
        self.val_fraction.setValue(config.validation_fraction)
        self.eval_every.setValue(config.eval_every)
        self.device.setCurrentIndex(self.device.findData(config.device))
        self.skip_bad.setChecked(config.skip_bad_lines)
        self._planned = self.scale.show(config)  # what the form cannot show (early stopping, patience) comes back in config()

    def config(self) -> TrainConfig:
        return self.scale.applied(TrainConfig(
            base_model=self.model_path(), data_path=self.data_edit.text().strip(), rank=self.rank.value(),
            alpha=self.alpha.value(), dropout=self.dropout.value(), target_modules=TARGET_CHOICES[self.targets.currentData()],
            learning_rate=self.lr.value(), schedule=self.schedule.currentData(),
            epochs=self.epochs.value(), max_steps=self.steps.value(), batch_size=self.batch.value(),
            grad_accum=self.accum.value(), max_seq_len=self.seq_len.value(), seed=self.seed.value(),
            validation_fraction=self.val_fraction.value(), eval_every=self.eval_every.value(),
            skip_bad_lines=self.skip_bad.isChecked() and self.skip_bad.isVisible(), device=self.device.currentData(),
            early_stopping=self._planned.early_stopping, patience=self._planned.patience,
        ))

    # memory and the Train button

    def _update_state(self) -> None:
        self._suggestion = None
        self.suggest_button.setVisible(False)
        fits = True
        if self._header is not None:
            config = self.config()
            on_gpu = self._budget.vram_bytes > 0 and config.device != "cpu"
            available = self._budget.vram_bytes if on_gpu else self._budget.ram_bytes
            shape = ModelShape.from_header(self._header)
            lengths = self._lengths
            estimate = estimate_training_memory(shape, self._header.parameter_count, config, on_gpu, lengths)
            where = self.scale.each_gpu(self._budget.gpu_name or tr("GPU")) if on_gpu else tr("RAM (CPU training: slow)")
            fits = estimate.total <= available
            if lengths is not None and lengths.tokens:
                batch, tokens = min(config.batch_size, len(lengths.tokens)), min(lengths.longest, config.max_seq_len)
                basis = tr("for the longest batch, {batch} × {tokens} tokens (estimated from the data's characters)").format(
                    batch=batch, tokens=number_text(tokens))
            else:
                basis = tr("for full batches of {tokens} tokens (no data yet)").format(tokens=number_text(config.max_seq_len))
            text = (tr("Memory: {estimate}, {basis} — fits in {available} GiB of {where}.") if fits
                    else tr("Memory: {estimate}, {basis} — does not fit in {available} GiB of {where}."))
            figures = {name: number_text(getattr(estimate, name) / 1024**3, digits) for name, digits in (
                ("total", 1), ("weights", 2), ("lora", 3), ("optimizer", 3), ("activations", 2), ("runtime", 2))}  # describe()
            described = tr("≈ {total} GiB: weights {weights}, LoRA {lora}, optimizer {optimizer}, "
                           "activations {activations}, runtime {runtime}").format(**figures)
            self.memory.setText(text.format(estimate=described, basis=basis, where=where,
                                            available=number_text(available / 1024**3, 1)))
            self._set_memory_tone(fits)
            if not fits:
                self._suggestion = fitting_config(shape, self._header.parameter_count, config, on_gpu, available, lengths)
                self.suggest_button.setVisible(self._suggestion is not None)
        elif self.checking and self.model_path() != self._header_path:
            self.memory.setText(tr("Memory: reading the model…"))
            self._set_memory_tone(True)
        else:
            self.memory.setText(tr("Memory: no estimate for this model (not a GGUF file).") if self.model_path() else "")
            self._set_memory_tone(True)
        self.plan.setText(plan_text(self.config(), self._dataset, self._lengths, self._header, self._budget))
        data_ok = self._dataset is not None and bool(self._dataset.examples) and self._dataset.usable(
            self.skip_bad.isChecked())
        self.train_button.setEnabled(bool(self.model_path()) and data_ok and fits and not self.checking)

    def _set_memory_tone(self, fits: bool) -> None:
        """An estimate that does not fit is said in the danger colour (it is why Train is off)."""
        self.memory.setProperty("tone", None if fits else "error")
        restyle(self.memory)

    def _apply_suggestion(self) -> None:
        if self._suggestion is not None:
            self.set_config(replace(self._suggestion))
            self._update_state()

    def _start(self) -> None:
        config = self.config()
        try:
            config.validated()
        except TrainingConfigError as exc:
            self.memory.setText(error_text(exc))
            return
        self.start_requested.emit(config, self.name_edit.text().strip() or Path(config.data_path).stem)
