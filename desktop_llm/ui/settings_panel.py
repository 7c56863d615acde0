"""Per-conversation system prompt, sampling settings with presets, and the model's load settings; each value shows
where it came from (the model file, its family's published default, the user's change: issue 13, part 4)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.core.sampling import KV_CACHE_TYPES, SAMPLING_PRESETS, SamplingParams, preset_name_for
from desktop_llm.core.settings_schema import LoadDefaults

CUSTOM = "Custom"


class SettingsPanel(QWidget):
    """GUI thread only. Emits whole settings values; the window decides where they are stored."""

    system_prompt_edited = Signal(str)
    sampling_changed = Signal(object)  # SamplingParams
    load_settings_applied = Signal(object)  # LoadDefaults
    reset_requested = Signal()  # none: the user asked for the model's own defaults back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)

        prompt_box = QGroupBox("System prompt (this chat)")
        prompt_layout = QVBoxLayout(prompt_box)
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setAccessibleName("System prompt")
        self.system_prompt.setPlaceholderText("Empty: the model's own default")
        self.system_prompt.setMaximumHeight(100)
        prompt_layout.addWidget(self.system_prompt)
        self.save_prompt = QPushButton("Use this prompt")
        self.save_prompt.clicked.connect(lambda: self.system_prompt_edited.emit(self.system_prompt.toPlainText()))
        prompt_layout.addWidget(self.save_prompt)
        layout.addWidget(prompt_box)

        sampling_box = QGroupBox("Sampling")
        form = QFormLayout(sampling_box)
        self.sources: dict[str, QLabel] = {}  # field name -> where its value came from
        self.defaults_info = QLabel()
        self.defaults_info.setWordWrap(True)
        self.defaults_info.setAccessibleName("Model defaults")
        form.addRow(self.defaults_info)
        self.preset = QComboBox()
        self.preset.addItems([*SAMPLING_PRESETS, CUSTOM])
        self.preset.setAccessibleName("Preset")
        form.addRow("Preset", self.preset)
        self.temperature = self._double(
            0.0, 5.0, 0.05, "Temperature: higher is more varied, 0 always picks the likeliest"
        )
        form.addRow("Temperature", self._with_source(self.temperature, "temperature"))
        self.top_k = self._int(0, 1000, "Top-k: consider only the k likeliest tokens (0: all)")
        form.addRow("Top-k", self._with_source(self.top_k, "top_k"))
        self.top_p = self._double(0.01, 1.0, 0.01, "Top-p: smallest set of tokens whose probabilities add up to p")
        form.addRow("Top-p", self._with_source(self.top_p, "top_p"))
        self.min_p = self._double(0.0, 0.99, 0.01, "Min-p: drop tokens below this fraction of the likeliest")
        form.addRow("Min-p", self._with_source(self.min_p, "min_p"))
        self.repeat_penalty = self._double(0.5, 3.0, 0.05, "Repeat penalty: above 1 discourages repetition")
        form.addRow("Repeat penalty", self._with_source(self.repeat_penalty, "repeat_penalty"))
        self.max_tokens = self._int(1, 32768, "Longest reply, in tokens")
        form.addRow("Max reply tokens", self._with_source(self.max_tokens, "max_tokens"))
        self.seed = self._int(-1, 2**31 - 1, "Random seed (-1: different every time)")
        form.addRow("Seed", self._with_source(self.seed, "seed"))
        self.reset_defaults = QPushButton("Reset to the model's defaults")
        self.reset_defaults.setToolTip("Forget your changes for this model: sampling and loading go back to what "
                                       "the model file or its family recommends")
        self.reset_defaults.clicked.connect(self.reset_requested.emit)
        form.addRow(self.reset_defaults)
        layout.addWidget(sampling_box)

        load_box = QGroupBox("Model loading")
        load_form = QFormLayout(load_box)
        self.n_ctx = self._int(256, 1_048_576, "Context window in tokens: how much of the chat the model sees")
        self.n_ctx.setSingleStep(1024)
        load_form.addRow("Context length", self._with_source(self.n_ctx, "n_ctx"))
        self.gpu_layers = self._int(-1, 999, "Layers on the GPU (-1: all that fit, 0: CPU only)")
        load_form.addRow("GPU layers", self._with_source(self.gpu_layers, "n_gpu_layers"))
        self.flash_attn = QCheckBox("Flash attention")
        self.flash_attn.setToolTip("Faster and leaner attention where the backend supports it")
        load_form.addRow(self._with_source(self.flash_attn, "flash_attn"))
        self.kv_type = QComboBox()
        self.kv_type.addItems(list(KV_CACHE_TYPES))
        self.kv_type.setToolTip("KV-cache precision: q8_0 and q4_0 save memory (q4_0 needs flash attention)")
        self.kv_type.setAccessibleName("KV-cache type")
        load_form.addRow("KV cache", self._with_source(self.kv_type, "kv_cache_type"))
        self.threads = self._int(0, 256, "CPU threads (0: automatic)")
        load_form.addRow("Threads", self._with_source(self.threads, "n_threads"))
        self.apply_load = QPushButton("Reload model with these settings")
        self.apply_load.clicked.connect(lambda: self.load_settings_applied.emit(self.load_defaults()))
        load_form.addRow(self.apply_load)
        layout.addWidget(load_box)
        self.engine_info = QLabel()
        self.engine_info.setWordWrap(True)
        self.engine_info.setAccessibleName("Engine information")
        layout.addWidget(self.engine_info)
        layout.addStretch(1)

        self._updating = False
        self.preset.currentTextChanged.connect(self._on_preset_changed)
        for box in (self.temperature, self.top_p, self.min_p, self.repeat_penalty):
            box.valueChanged.connect(self._on_value_changed)
        for spin in (self.top_k, self.max_tokens, self.seed):
            spin.valueChanged.connect(self._on_value_changed)

    def scrollable(self) -> QScrollArea:
        """This panel in a scroll area, as a dock holds it (the panel is taller than a small screen)."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self)
        return scroll

    def _with_source(self, field: QWidget, name: str) -> QWidget:
        """`field` with a small label after it saying where its value came from."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field, 1)
        source = self.sources[name] = QLabel()
        source.setEnabled(False)  # drawn dimmed: a caption, not a control
        source.setAccessibleName(f"Source of {name}")
        line.addWidget(source)
        return row

    def set_sources(self, labels: dict[str, str], summary: str, notes: tuple[str, ...] = (), where: str = "") -> None:
        """Where each value came from (field name -> "from the model file", "your change" ...); a heading that
        sums it up, with `notes` (recommendations not applied) under it and `where` (the published source) as
        its tooltip. Reset is on only while the model has changes of the user's."""
        for name, label in self.sources.items():
            label.setText(labels.get(name, ""))
        self.defaults_info.setText("\n".join([summary, *notes]))
        self.defaults_info.setToolTip(where)
        self.reset_defaults.setEnabled("your change" in labels.values())

    def _double(self, low: float, high: float, step: float, tip: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setDecimals(2)
        box.setToolTip(tip)
        box.setAccessibleName(tip.split(":")[0])
        return box

    def _int(self, low: int, high: int, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setToolTip(tip)
        box.setAccessibleName(tip.split(":")[0].split("(")[0].strip())
        return box

    def set_sampling(self, params: SamplingParams) -> None:
        self._updating = True
        try:
            self.temperature.setValue(params.temperature)
            self.top_k.setValue(params.top_k)
            self.top_p.setValue(params.top_p)
            self.min_p.setValue(params.min_p)
            self.repeat_penalty.setValue(params.repeat_penalty)
            self.max_tokens.setValue(params.max_tokens)
            self.seed.setValue(params.seed)
            self.preset.setCurrentText(preset_name_for(params) or CUSTOM)
        finally:
            self._updating = False

    def sampling(self) -> SamplingParams:
        return SamplingParams(
            temperature=round(self.temperature.value(), 2),
            top_k=self.top_k.value(),
            top_p=round(self.top_p.value(), 2),
            min_p=round(self.min_p.value(), 2),
            repeat_penalty=round(self.repeat_penalty.value(), 2),
            max_tokens=self.max_tokens.value(),
            seed=self.seed.value(),
        )

    def set_load_defaults(self, load: LoadDefaults) -> None:
        self.n_ctx.setValue(load.n_ctx)
        self.gpu_layers.setValue(load.n_gpu_layers)
        self.flash_attn.setChecked(load.flash_attn)
        self.kv_type.setCurrentText(load.kv_cache_type)
        self.threads.setValue(load.n_threads)

    def load_defaults(self) -> LoadDefaults:
        return LoadDefaults(
            n_ctx=self.n_ctx.value(),
            n_gpu_layers=self.gpu_layers.value(),
            flash_attn=self.flash_attn.isChecked(),
            kv_cache_type=self.kv_type.currentText(),
            n_threads=self.threads.value(),
        )

    def _on_preset_changed(self, name: str) -> None:
        if self._updating or name not in SAMPLING_PRESETS:
            return
        current = self.sampling()
        self.set_sampling(replace(SAMPLING_PRESETS[name], max_tokens=current.max_tokens))
        self.sampling_changed.emit(self.sampling())

    def _on_value_changed(self) -> None:
        if self._updating:
            return
        params = self.sampling()
        self._updating = True
        self.preset.setCurrentText(preset_name_for(params) or CUSTOM)
        self._updating = False
        self.sampling_changed.emit(params)
