"""Per-conversation system prompt, sampling settings with presets, and the model's load settings; each value shows
where it came from (the model file, its family's published default, the user's change: issue 13, part 4).

The sections fold (issue 15): Sampling is what people change most, so it starts open; Model loading, rarely
touched and applied only by a reload, starts folded. The panel never needs a horizontal scroll bar: the scroll area
asks the dock for the width of the widest row, and below the width of a label beside its field the rows reflow
with the field under its label."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import QT_TR_NOOP, tr, translated
from desktop_llm.core.sampling import KV_CACHE_TYPES, MAX_PARALLEL, SAMPLING_PRESETS, SamplingParams, preset_name_for
from desktop_llm.core.settings_schema import LoadDefaults
from desktop_llm.ui import design
from desktop_llm.ui.collapsible_section import CollapsibleSection
from desktop_llm.ui.icons import icon
from desktop_llm.ui.vertical_scroll import VerticalScrollArea

CUSTOM = "Custom"
# The presets' names as shown (core/sampling.py's SAMPLING_PRESETS keys, and CUSTOM), for translation.
PRESET_LABELS = (QT_TR_NOOP("Balanced"), QT_TR_NOOP("Precise"), QT_TR_NOOP("Creative"), QT_TR_NOOP("Deterministic"),
                 QT_TR_NOOP("Custom"))


class SettingsPanel(QWidget):
    """GUI thread only. Emits whole settings values; the window decides where they are stored."""

    system_prompt_edited = Signal(str)
    sampling_changed = Signal(object)  # SamplingParams
    load_settings_applied = Signal(object)  # LoadDefaults
    reset_requested = Signal()  # none: the user asked for the model's own defaults back
    sections_toggled = Signal(dict)  # section key (its English title) -> expanded, after the user folded or opened one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._column = QVBoxLayout(self)
        layout.setContentsMargins(design.SPACE["m"], design.SPACE["s"], design.SPACE["m"], design.SPACE["m"])
        layout.setSpacing(design.SPACE["xs"])
        self.sources: dict[str, QLabel] = {}  # field name -> where its value came from
        self.sections: dict[str, CollapsibleSection] = {}  # key (English title, saved) -> section, in order
        # Every form row's label and field, kept one width each across the sections: the fields line up, and
        # when the panel is narrow every row puts its field under its label at the same width, not just some.
        self._captions: list[QWidget] = []
        self._fields: list[QWidget] = []
        self._side_by_side = 0  # the panel's width with every label beside its field (_align_columns)

        prompt = self._section("System prompt", tr("System prompt"), expanded=True)
        prompt.add_help(tr("For this chat only. Empty: the model's own default."))
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setAccessibleName(tr("System prompt"))
        self.system_prompt.setPlaceholderText(tr("You are a helpful assistant…"))
        self.system_prompt.setTabChangesFocus(True)  # Tab moves on to the button, as in every other field here
        lines = self.system_prompt.fontMetrics().lineSpacing()
        self.system_prompt.setMinimumHeight(3 * lines + 2 * design.SPACE["s"])
        self.system_prompt.setMaximumHeight(6 * lines + 2 * design.SPACE["s"])
        prompt.content.addWidget(self.system_prompt)
        self.save_prompt = QPushButton(tr("Use this prompt"))
        self.save_prompt.setToolTip(tr("Save this system prompt for this chat: its next replies follow it"))
        self.save_prompt.clicked.connect(lambda: self.system_prompt_edited.emit(self.system_prompt.toPlainText()))
        prompt.content.addWidget(self.save_prompt, 0, Qt.AlignmentFlag.AlignRight)

        sampling = self._section("Sampling", tr("Sampling"), expanded=True)
        self.defaults_info = sampling.add_help("")
        self.defaults_info.setAccessibleName(tr("Model defaults"))
        self.defaults_info.hide()  # until a model is chosen
        form = self._form(sampling)
        self.preset = QComboBox()
        for name in [*SAMPLING_PRESETS, CUSTOM]:
            self.preset.addItem(translated(name), name)  # the name (a key of SAMPLING_PRESETS) is the item's data
        self.preset.setAccessibleName(tr("Preset"))
        self.preset.setToolTip(tr("A named set of the values below; changing a value makes it Custom"))
        self._row(form, tr("Preset"), self.preset, None)
        self.temperature = self._double(0.0, 5.0, 0.05, tr("Temperature"),
                                        tr("Temperature: higher is more varied, 0 always picks the likeliest"))
        self._row(form, tr("Temperature"), self.temperature, "temperature")
        self.top_k = self._int(0, 1000, tr("Top-k"), tr("Top-k: consider only the k likeliest tokens (0: all)"))
        self._row(form, tr("Top-k"), self.top_k, "top_k")
        self.top_p = self._double(0.01, 1.0, 0.01, tr("Top-p"),
                                  tr("Top-p: smallest set of tokens whose probabilities add up to p"))
        self._row(form, tr("Top-p"), self.top_p, "top_p")
        self.min_p = self._double(0.0, 0.99, 0.01, tr("Min-p"),
                                  tr("Min-p: drop tokens below this fraction of the likeliest"))
        self._row(form, tr("Min-p"), self.min_p, "min_p")
        self.repeat_penalty = self._double(0.5, 3.0, 0.05, tr("Repeat penalty"),
                                           tr("Repeat penalty: above 1 discourages repetition"))
        self._row(form, tr("Repeat penalty"), self.repeat_penalty, "repeat_penalty")
        self.max_tokens = self._int(1, 32768, tr("Longest reply, in tokens"), tr("Longest reply, in tokens"))
        self._row(form, tr("Max reply tokens"), self.max_tokens, "max_tokens")
        self.seed = self._int(-1, 2**31 - 1, tr("Random seed"), tr("Random seed (-1: different every time)"))
        self._row(form, tr("Seed"), self.seed, "seed")
        self.reset_defaults = QPushButton(tr("Reset to defaults"))
        self.reset_defaults.setIcon(icon("refresh-cw"))
        self.reset_defaults.setToolTip(tr("Forget your changes for this model: sampling and loading go back to what "
                                          "the model file or its family recommends"))
        self.reset_defaults.clicked.connect(self.reset_requested.emit)
        sampling.content.addWidget(self.reset_defaults, 0, Qt.AlignmentFlag.AlignRight)

        loading = self._section("Model loading", tr("Model loading"), expanded=False)
        loading.add_help(tr("Takes effect when the model is loaded again."))
        load_form = self._form(loading)
        self.n_ctx = self._int(256, 1_048_576, tr("Context window in tokens"),
                               tr("Context window in tokens: how much of the chat the model sees"))
        self.n_ctx.setSingleStep(1024)
        self._row(load_form, tr("Context length"), self.n_ctx, "n_ctx")
        self.gpu_layers = self._int(-1, 999, tr("Layers on the GPU"),
                                    tr("Layers on the GPU (-1: all that fit, 0: CPU only)"))
        self._row(load_form, tr("GPU layers"), self.gpu_layers, "n_gpu_layers")
        self.flash_attn = QCheckBox(tr("On"))
        self.flash_attn.setAccessibleName(tr("Flash attention"))
        self.flash_attn.setToolTip(tr("Faster and leaner attention where the backend supports it"))
        self._row(load_form, tr("Flash attention"), self.flash_attn, "flash_attn")
        self.kv_type = QComboBox()
        self.kv_type.addItems(list(KV_CACHE_TYPES))
        self.kv_type.setToolTip(tr("KV-cache precision: q8_0 and q4_0 save memory (q4_0 needs flash attention)"))
        self.kv_type.setAccessibleName(tr("KV-cache type"))
        self._row(load_form, tr("KV cache"), self.kv_type, "kv_cache_type")
        self.threads = self._int(0, 256, tr("CPU threads"), tr("CPU threads (0: automatic)"))
        self._row(load_form, tr("Threads"), self.threads, "n_threads")
        self.parallel = self._int(1, MAX_PARALLEL, tr("Parallel requests"),
                                  tr("Requests answered at once (the API server's clients, a document's pieces): each "
                                     "holds a whole context window of memory"))
        self._row(load_form, tr("Parallel requests"), self.parallel, "n_parallel")
        self.apply_load = QPushButton(tr("Reload model"))
        self.apply_load.setToolTip(tr("Load the model again with these settings"))
        self.apply_load.setProperty("kind", "primary")  # the one action here that changes what runs
        self.apply_load.setIcon(icon("refresh-cw", "on-accent"))
        self.apply_load.clicked.connect(lambda: self.load_settings_applied.emit(self.load_defaults()))
        loading.content.addWidget(self.apply_load, 0, Qt.AlignmentFlag.AlignRight)

        engine = self._section("Engine", tr("Engine"), expanded=True)
        self.engine_info = QLabel(tr("No model loaded yet."))
        self.engine_info.setProperty("kind", "muted")
        self.engine_info.setWordWrap(True)
        self.engine_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.engine_info.setAccessibleName(tr("Engine information"))
        engine.content.addWidget(self.engine_info)
        layout.addStretch(1)
        self._align_columns()

        self._updating = False
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        for box in (self.temperature, self.top_p, self.min_p, self.repeat_penalty):
            box.valueChanged.connect(self._on_value_changed)
        for spin in (self.top_k, self.max_tokens, self.seed):
            spin.valueChanged.connect(self._on_value_changed)

    def scrollable(self) -> VerticalScrollArea:
        """This panel in a vertical-only scroll area, as a dock holds it (the panel is taller than a small screen);
        the area's minimum width is the panel's, so the dock never cuts a field off."""
        return VerticalScrollArea(self)

    def expanded_sections(self) -> dict[str, bool]:
        """Section key (its English title, whatever the language) -> whether it is open (for the window to
        remember, with restore_sections)."""
        return {title: section.is_expanded() for title, section in self.sections.items()}

    def restore_sections(self, expanded: dict[str, bool]) -> None:
        """Open or fold the sections named in `expanded` (keys not in this panel are ignored)."""
        for title, is_open in expanded.items():
            if title in self.sections:
                self.sections[title].set_expanded(is_open)

    def _section(self, key: str, title: str, expanded: bool) -> CollapsibleSection:
        section = self.sections[key] = CollapsibleSection(title, expanded)
        section.toggled.connect(self._on_section_toggled)
        self._column.addWidget(section)
        return section

    def _form(self, section: CollapsibleSection) -> QFormLayout:
        """A form whose rows put the field under its label when the panel is too narrow for both side by side."""
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(design.SPACE["m"])
        form.setVerticalSpacing(design.SPACE["s"])
        section.content.addLayout(form)
        return form

    def _row(self, form: QFormLayout, text: str, field: QWidget, name: str | None) -> None:
        """A form row: the field's name with a muted caption under it saying where its value came from (`name`:
        the field's name in the settings; None for a field without a source)."""
        caption = QWidget()
        column = QVBoxLayout(caption)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        label = QLabel(text)
        label.setBuddy(field)
        column.addWidget(label)
        if name is not None:
            source = self.sources[name] = QLabel()
            source.setProperty("kind", "muted")
            source.setAccessibleName(tr("Source of {name}").format(name=text))
            source.hide()  # until a model's settings say where the value came from: no empty line under the name
            column.addWidget(source)
        self._captions.append(caption)
        self._fields.append(field)
        form.addRow(caption, field)

    def _align_columns(self) -> None:
        """Give every row's label column the width of the widest, and every field the minimum of the widest (each
        section has its own form). Measured from the text, so it follows fonts and captions."""
        for widget in (*self._captions, *self._fields):
            widget.setMinimumWidth(0)
            for child in (widget, *widget.findChildren(QWidget)):
                child.ensurePolished()  # the stylesheet's smaller caption font counts
        labels = max(caption.sizeHint().width() for caption in self._captions)
        fields = max(field.minimumSizeHint().width() for field in self._fields)
        for caption in self._captions:
            caption.setMinimumWidth(labels)
        for field in self._fields:
            field.setMinimumWidth(fields)
        margins, body = self._column.contentsMargins(), next(iter(self.sections.values())).content.contentsMargins()
        self._side_by_side = (margins.left() + margins.right() + body.left() + body.right()
                              + labels + design.SPACE["m"] + fields)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """Wide enough for every label beside its field (narrower, the rows put fields under labels)."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._side_by_side), hint.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and getattr(self, "_captions", None):
            self._align_columns()

    def set_sources(self, labels: dict[str, str], summary: str, notes: tuple[str, ...] = (), where: str = "",
                    changed: bool = False) -> None:
        """Where each value came from (field name -> "from the model file", "your change" ...); a heading that
        sums it up, with `notes` (recommendations not applied) under it and `where` (the published source) as
        its tooltip. Reset is on only while the model has changes of the user's (`changed`)."""
        for name, label in self.sources.items():
            label.setText(labels.get(name, ""))
            label.setHidden(not label.text())
        self.defaults_info.setText("\n".join([summary, *notes]))
        self.defaults_info.setToolTip(where)
        self.defaults_info.setHidden(not self.defaults_info.text())
        self._align_columns()
        self.reset_defaults.setEnabled(changed)

    def _double(self, low: float, high: float, step: float, name: str, tip: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setDecimals(2)
        box.setToolTip(tip)
        box.setAccessibleName(name)
        return box

    def _int(self, low: int, high: int, name: str, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setToolTip(tip)
        box.setAccessibleName(name)
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
            self._show_preset(params)
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
        self.parallel.setValue(load.n_parallel)

    def load_defaults(self) -> LoadDefaults:
        return LoadDefaults(
            n_ctx=self.n_ctx.value(),
            n_gpu_layers=self.gpu_layers.value(),
            flash_attn=self.flash_attn.isChecked(),
            kv_cache_type=self.kv_type.currentText(),
            n_threads=self.threads.value(),
            n_parallel=self.parallel.value(),
        )

    def _show_preset(self, params: SamplingParams) -> None:
        self.preset.setCurrentIndex(self.preset.findData(preset_name_for(params) or CUSTOM))

    def _on_preset_changed(self, _index: int) -> None:
        name = str(self.preset.currentData())
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
        self._show_preset(params)
        self._updating = False
        self.sampling_changed.emit(params)

    def _on_section_toggled(self, _expanded: bool) -> None:
        self.sections_toggled.emit(self.expanded_sections())
