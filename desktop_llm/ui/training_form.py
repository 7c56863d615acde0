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
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.background import BackgroundOps, Failed, Outcome, Succeeded
from desktop_llm.core.errors import TrainingConfigError
from desktop_llm.core.fit_estimate import MemoryBudget, ModelShape
from desktop_llm.core.gguf_header import GGUFHeader
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.training_config import DEVICES, SCHEDULES, TARGET_CHOICES, TRAIN_PRESETS, TrainConfig, with_preset
from desktop_llm.core.training_data import Dataset
from desktop_llm.core.training_memory import ExampleLengths, estimate_training_memory, fitting_config
from desktop_llm.core.training_preview import InputsCheck, check_inputs
from desktop_llm.ui.icons import icon
from desktop_llm.ui.page_chrome import restyle
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
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        fields = QWidget()
        self.fields_scroll = VerticalScrollArea(fields)  # never sideways: the page asks for the fields' width
        outer.addWidget(self.fields_scroll, 1)
        layout = QVBoxLayout(fields)

        source = QGroupBox("Model and data")
        form = QFormLayout(source)
        model_row = QHBoxLayout()
        self.model_combo = QComboBox()
        self.model_combo.setAccessibleName("Base model")
        self.model_combo.currentIndexChanged.connect(self._on_inputs_changed)
        model_row.addWidget(self.model_combo, 1)
        browse_model = QPushButton("Other…")
        browse_model.setToolTip("A GGUF file, or a Hugging Face model folder (safetensors) of the same model")
        browse_model.clicked.connect(self._browse_model)
        model_row.addWidget(browse_model)
        form.addRow("Base model:", model_row)
        data_row = QHBoxLayout()
        self.data_edit = QLineEdit()
        self.data_edit.setAccessibleName("Training data file")
        self.data_edit.setPlaceholderText("A JSONL or plain text file")
        self.data_edit.setToolTip("JSONL (chat messages, or instruction/input/output records) or a plain text file")
        self.data_edit.editingFinished.connect(self._load_data)
        data_row.addWidget(self.data_edit, 1)
        browse_data = QPushButton("Browse…")
        browse_data.clicked.connect(self._browse_data)
        data_row.addWidget(browse_data)
        from_chats = QPushButton("From conversations…")
        from_chats.setToolTip("Build a dataset from your saved conversations")
        from_chats.clicked.connect(self.dataset_from_conversations_requested)
        data_row.addWidget(from_chats)
        form.addRow("Data:", data_row)
        self.data_report = QLabel("Choose a data file.")
        self.data_report.setWordWrap(True)
        self.data_report.setAccessibleName("Data check")
        form.addRow("", self.data_report)
        self.errors_view = QPlainTextEdit()
        self.errors_view.setReadOnly(True)
        self.errors_view.setMaximumHeight(80)
        self.errors_view.setAccessibleName("Bad lines")
        self.errors_view.setVisible(False)
        form.addRow("", self.errors_view)
        self.skip_bad = QCheckBox("Skip bad lines and train on the rest")
        self.skip_bad.setVisible(False)
        self.skip_bad.toggled.connect(self._update_state)
        form.addRow("", self.skip_bad)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName("Preview with the chat template")
        self.preview.setPlaceholderText("The first examples, formatted with the model's chat template")
        self.preview.setMaximumHeight(150)
        form.addRow("Preview:", self.preview)
        layout.addWidget(source)

        settings = QGroupBox("Settings")
        grid = QFormLayout(settings)
        self.preset = QComboBox()
        self.preset.addItems(list(TRAIN_PRESETS))
        self.preset.setCurrentText("Balanced")
        self.preset.currentTextChanged.connect(self._apply_preset)
        grid.addRow("Preset:", self.preset)
        self.rank = self._spin(1, 512, "LoRA rank")
        self.alpha = self._double(1, 4096, 1, "LoRA alpha", 0)
        self.dropout = self._double(0, 0.9, 0.05, "Dropout", 2)
        self.targets = QComboBox()
        self.targets.addItems(list(TARGET_CHOICES))
        self.lr = self._double(1e-6, 1.0, 1e-5, "Learning rate", 6)
        self.schedule = QComboBox()
        self.schedule.addItems(list(SCHEDULES))
        self.epochs = self._double(0.1, 100, 0.5, "Epochs", 1)
        self.steps = self._spin(0, 1_000_000, "Steps (0: use epochs)")
        self.steps.setSpecialValueText("auto (from epochs)")
        self.steps.setToolTip("The number of optimizer steps. 0 (auto): as many as the epochs take.")
        self.batch = self._spin(1, 1024, "Batch size")
        self.accum = self._spin(1, 1024, "Gradient accumulation")
        self.seq_len = self._spin(16, 131072, "Maximum sequence length")
        self.seed = self._spin(0, 2**31 - 1, "Seed")
        self.val_fraction = self._double(0, 0.5, 0.05, "Validation fraction", 2)
        self.eval_every = self._spin(0, 1_000_000, "Evaluate every N steps (0: about 10 times)")
        self.eval_every.setSuffix(" steps")
        self.eval_every.setSpecialValueText("auto (about 10 times)")
        self.eval_every.setToolTip("How often the validation loss is measured. 0 (auto): about ten times over the run.")
        self.device = QComboBox()
        self.device.addItems(list(DEVICES))
        rows = (("Rank / alpha:", (self.rank, self.alpha)), ("Dropout:", (self.dropout,)), ("Target modules:", (self.targets,)),
                ("Learning rate / schedule:", (self.lr, self.schedule)), ("Epochs / steps:", (self.epochs, self.steps)),
                ("Batch / accumulation:", (self.batch, self.accum)), ("Max sequence length:", (self.seq_len,)),
                ("Seed / validation:", (self.seed, self.val_fraction)), ("Evaluate every:", (self.eval_every,)),
                ("Device:", (self.device,)))
        for label, widgets in rows:
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            grid.addRow(label, row)
        for spin in (self.rank, self.batch, self.accum, self.seq_len):
            spin.valueChanged.connect(self._update_state)
        self.targets.currentIndexChanged.connect(self._update_state)
        self.device.currentIndexChanged.connect(self._update_state)
        layout.addWidget(settings)
        layout.addStretch(1)

        footer = QWidget()
        outer.addWidget(footer)
        layout = QVBoxLayout(footer)
        self.memory = QLabel()
        self.memory.setWordWrap(True)
        self.memory.setAccessibleName("Memory estimate")
        layout.addWidget(self.memory)
        bottom = QHBoxLayout()
        self.suggest_button = QPushButton("Use smaller settings")
        self.suggest_button.setVisible(False)
        self.suggest_button.clicked.connect(self._apply_suggestion)
        bottom.addWidget(self.suggest_button)
        bottom.addStretch(1)
        bottom.addWidget(QLabel("Run name:"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Run name")
        bottom.addWidget(self.name_edit)
        self.train_button = QPushButton("Start training")
        self.train_button.setAccessibleName("Start training")
        self.train_button.setProperty("kind", "primary")
        self.train_button.setIcon(icon("play", "on-accent"))
        self.train_button.clicked.connect(self._start)
        bottom.addWidget(self.train_button)
        layout.addLayout(bottom)
        self._suggestion: TrainConfig | None = None
        self._apply_preset("Balanced")

    def _spin(self, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        return spin

    def _double(self, low: float, high: float, step: float, name: str, decimals: int) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setDecimals(decimals)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setAccessibleName(name)
        return spin

    # inputs

    def set_models(self, models: list[ModelInfo], current: str = "") -> None:
        keep = current or self.model_path()
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for info in models:
            if not info.error:
                self.model_combo.addItem(f"{info.name} ({info.architecture}, {info.parameter_label})", info.path)
        index = self.model_combo.findData(keep)
        self.model_combo.setCurrentIndex(max(0, index))
        self.model_combo.blockSignals(False)
        self._on_inputs_changed()

    def model_path(self) -> str:
        return str(self.model_combo.currentData() or "")

    def set_data_path(self, path: str) -> None:
        self.data_edit.setText(path)
        self._load_data()

    def _browse_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Base model (GGUF)", "", "GGUF models (*.gguf);;All files (*)")
        if not path:
            path = QFileDialog.getExistingDirectory(self, "Or a Hugging Face model folder")
        if path:
            self.model_combo.addItem(Path(path).name, path)
            self.model_combo.setCurrentIndex(self.model_combo.count() - 1)

    def _browse_data(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Training data", "", "Data (*.jsonl *.json *.txt *.md);;All files (*)")
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
            self.data_report.setText(f"Checking {Path(data_path).name}…" if data_path else "Choose a data file.")
            self.preview.clear()
        self.background.run(
            CHECK_LANE, lambda flag: check_inputs(model_path, data_path, header, read_header, dataset, flag.raise_if_cancelled),
            self._on_check_done,
        )
        self._update_state()

    def _on_check_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Failed):
            self.data_report.setText(f"Cannot check the data: {outcome.message}")
        elif isinstance(outcome, Succeeded):
            self._apply_check(outcome.value)
        self._update_state()

    def _apply_check(self, check: InputsCheck) -> None:
        self._header, self._header_path = check.header, check.model_path
        self._dataset, self._lengths = check.dataset, check.lengths
        self.errors_view.setVisible(False)
        self.skip_bad.setVisible(False)
        if not check.data_path:
            self.data_report.setText("Choose a data file.")
        elif check.read_error:
            self.data_report.setText(check.read_error)
        elif check.dataset is not None:
            self._report(check.dataset, Path(check.data_path))
            if not self.name_edit.text():
                self.name_edit.setText(Path(check.data_path).stem)
        self.preview.setPlainText(check.preview)

    def _report(self, dataset: Dataset, path: Path) -> None:
        counts = f"{len(dataset.examples)} {dataset.format} example{'s' if len(dataset.examples) != 1 else ''}"
        if not dataset.errors:
            self.data_report.setText(f"✓ {path.name}: {counts}, every line is valid.")
            return
        self.data_report.setText(f"⚠ {path.name}: {counts}, {len(dataset.errors)} bad line(s):")
        self.errors_view.setPlainText("\n".join(str(e) for e in dataset.errors[:500]))
        self.errors_view.setVisible(True)
        self.skip_bad.setVisible(bool(dataset.examples))

    def _apply_preset(self, name: str) -> None:
        """A preset resets every setting to the defaults plus the preset's own values."""
        self.set_config(with_preset(TrainConfig(base_model="", data_path=""), name))

    def set_config(self, config: TrainConfig) -> None:
        self.rank.setValue(config.rank)
        self.alpha.setValue(config.alpha)
        self.dropout.setValue(config.dropout)
        label = next((k for k, v in TARGET_CHOICES.items() if v == config.target_modules), None)
        if label:
            self.targets.setCurrentText(label)
        self.lr.setValue(config.learning_rate)
        self.schedule.setCurrentText(config.schedule)
        self.epochs.setValue(config.epochs)
        self.steps.setValue(config.max_steps)
        self.batch.setValue(config.batch_size)
        self.accum.setValue(config.grad_accum)
        self.seq_len.setValue(config.max_seq_len)
        self.seed.setValue(config.seed)
        self.val_fraction.setValue(config.validation_fraction)
        self.eval_every.setValue(config.eval_every)
        self.device.setCurrentText(config.device)
        self.skip_bad.setChecked(config.skip_bad_lines)

    def config(self) -> TrainConfig:
        return TrainConfig(
            base_model=self.model_path(), data_path=self.data_edit.text().strip(), rank=self.rank.value(),
            alpha=self.alpha.value(), dropout=self.dropout.value(), target_modules=TARGET_CHOICES[self.targets.currentText()],
            learning_rate=self.lr.value(), schedule=self.schedule.currentText(),  # type: ignore[arg-type]
            epochs=self.epochs.value(), max_steps=self.steps.value(), batch_size=self.batch.value(),
            grad_accum=self.accum.value(), max_seq_len=self.seq_len.value(), seed=self.seed.value(),
            validation_fraction=self.val_fraction.value(), eval_every=self.eval_every.value(),
            skip_bad_lines=self.skip_bad.isChecked() and self.skip_bad.isVisible(), device=self.device.currentText(),
        )

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
            where = (self._budget.gpu_name or "GPU") if on_gpu else "RAM (CPU training: slow)"
            gib = 1024**3
            fits = estimate.total <= available
            verdict = "fits" if fits else "does not fit"
            if lengths is not None and lengths.tokens:
                basis = (f"for the longest batch, {min(config.batch_size, len(lengths.tokens))} × "
                         f"{min(lengths.longest, config.max_seq_len):,} tokens (estimated from the data's characters)")
            else:
                basis = f"for full batches of {config.max_seq_len:,} tokens (no data yet)"
            self.memory.setText(
                f"Memory: {estimate.describe()}, {basis} — {verdict} in {available / gib:.1f} GiB of {where}.")
            self._set_memory_tone(fits)
            if not fits:
                self._suggestion = fitting_config(shape, self._header.parameter_count, config, on_gpu, available, lengths)
                self.suggest_button.setVisible(self._suggestion is not None)
        elif self.checking and self.model_path() != self._header_path:
            self.memory.setText("Memory: reading the model…")
            self._set_memory_tone(True)
        else:
            self.memory.setText("Memory: no estimate for this model (not a GGUF file)." if self.model_path() else "")
            self._set_memory_tone(True)
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
            self.memory.setText(str(exc))
            return
        self.start_requested.emit(config, self.name_edit.text().strip() or Path(config.data_path).stem)
