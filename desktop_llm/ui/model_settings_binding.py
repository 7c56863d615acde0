"""The chosen model's own settings (issue 13, part 4): its defaults and the user's changes for it, shown in the
settings panel with their sources, given to the chat, and remembered per model file."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.i18n import tr
from desktop_llm.controllers.model_defaults_controller import ModelDefaultsController
from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.core.model_defaults import Family, ModelDefaults, ModelSettings, Source, changes_from, model_settings
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.protocols import ModelCatalog
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.core.settings_schema import LOAD_FIELDS, SAMPLING_FIELDS, AppSettings, LoadDefaults, ModelOverrides
from desktop_llm.ui.settings_panel import SettingsPanel


class SettingsHost(Protocol):
    """Where settings live (the main window): read, saved, and the model reloaded after a load change."""

    @property
    def settings(self) -> AppSettings: ...
    def save_settings(self, settings: AppSettings) -> None: ...
    def reload_model(self) -> None: ...


class SamplingTarget(Protocol):
    """What replies take their sampling and Think switch from: the chat controller's attributes."""

    sampling: SamplingParams
    thinking: bool


class ModelSettingsBinding(QObject):
    """GUI thread only. Follows the model selection: shows that model's settings (its file's recommendations, else
    its family's, with the user's changes for it) and sets them on the chat; a change in the panel is remembered
    for that model alone; Reset forgets them. The Think switch is remembered per model the same way."""

    thinking_shown = Signal(bool)  # the chosen model's Think switch as remembered for it (True: on)

    def __init__(self, panel: SettingsPanel, selection: ModelSelection, chat: SamplingTarget,
                 reader: ModelDefaultsController, catalog: ModelCatalog, host: SettingsHost,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panel, self._chat, self._reader, self._catalog, self._host = panel, chat, reader, catalog, host
        self._path = ""
        self._defaults = ModelDefaults()
        self._thinking = True  # Qwen3-style models reason unless told not to; their defaults differ by mode
        selection.changed.connect(self._on_selection_changed)
        reader.defaults_read.connect(self._on_reader_defaults_read)
        panel.sampling_changed.connect(self._on_panel_sampling_changed)
        panel.load_settings_applied.connect(self._on_panel_load_settings_applied)
        panel.reset_requested.connect(self._on_panel_reset_requested)

    def load_for(self, path: str) -> LoadDefaults:
        """How `path` is loaded: the load settings for all models, the context capped at what the model was
        trained for, and the user's changes for this model. Answered at once (the library knows the context)."""
        defaults = self._reader.cached(path) or ModelDefaults(context_length=self._info(path).context_length)
        return model_settings(defaults, self._overrides(path), self._host.settings.sampling,
                              self._host.settings.load).load

    def current(self) -> ModelSettings:
        """The chosen model's settings, with where each value came from."""
        return self._resolved(self._overrides(self._path))

    def set_thinking(self, thinking: bool) -> None:
        """The Think switch for the chosen model, remembered for it (on is the template's default, so only off is
        kept): the model answers with (or without) its reasoning, and a family whose settings differ by mode
        (Qwen3) gets that mode's defaults."""
        if self._path and (self._overrides(self._path).thinking is not False) != thinking:
            self._remember(replace(self._overrides(self._path), thinking=None if thinking else False))
        if thinking != self._thinking:
            self._thinking = thinking
            self._show()

    def _info(self, path: str) -> ModelInfo:
        found = next((m for m in self._catalog.models() if m.path == path), None)
        return found or ModelInfo(path, "", "imported", 0, 0.0)

    def _overrides(self, path: str) -> ModelOverrides:
        return self._host.settings.overrides_for(path, self._info(path).size_bytes)

    def _resolved(self, overrides: ModelOverrides) -> ModelSettings:
        settings = self._host.settings
        return model_settings(self._defaults, overrides, settings.sampling, settings.load, self._thinking)

    def _show(self) -> None:
        chosen = self.current()
        self._panel.set_sampling(chosen.sampling)
        self._panel.set_load_defaults(chosen.load)
        self._show_sources(chosen)
        self._chat.sampling = chosen.sampling
        self._chat.thinking = self._thinking
        self.thinking_shown.emit(self._thinking)

    def _show_sources(self, chosen: ModelSettings) -> None:
        family = chosen.family
        labels = {name: source_text(chosen.sources.get(name, "app"), family) for name in (*SAMPLING_FIELDS, *LOAD_FIELDS)}
        where = tr("{name}'s settings: {source}").format(name=family.name, source=family.source) if family else ""
        self._panel.set_sources(labels, summary_text(chosen), self._defaults.notes, where,
                                changed="user" in chosen.sources.values())

    def _remember(self, overrides: ModelOverrides) -> None:
        size = self._info(self._path).size_bytes
        self._host.save_settings(self._host.settings.with_overrides(self._path, replace(overrides, size_bytes=size)))

    def _on_selection_changed(self, params: LoadParams) -> None:
        self._path = params.path
        cached = self._reader.cached(params.path)
        self._defaults = cached or ModelDefaults(context_length=self._info(params.path).context_length)
        self._thinking = self._overrides(params.path).thinking is not False
        self._show()
        self._reader.read(params.path)  # the file's recommendations, read off the GUI thread

    def _on_reader_defaults_read(self, path: str, defaults: ModelDefaults) -> None:
        if path != self._path or defaults == self._defaults:
            return
        self._defaults = defaults
        self._show()

    def _on_panel_sampling_changed(self, params: SamplingParams) -> None:
        if not self._path:
            self._chat.sampling = params
            return
        changes = changes_from(params, None, self._resolved(ModelOverrides()))
        self._remember(replace(self._overrides(self._path), sampling=changes.sampling))
        chosen = self.current()
        self._chat.sampling = chosen.sampling  # the file's 0.123 stays 0.123 though the panel shows 0.12
        self._show_sources(chosen)

    def _on_panel_load_settings_applied(self, load: LoadDefaults) -> None:
        if not self._path:
            return
        defaults = self._resolved(ModelOverrides())
        self._remember(replace(self._overrides(self._path), load=changes_from(defaults.sampling, load, defaults).load))
        self._host.reload_model()  # the selection follows, and with it the panel

    def _on_panel_reset_requested(self) -> None:
        before = self.current().load
        self._remember(ModelOverrides())
        self._thinking = True
        if self.current().load != before:
            self._host.reload_model()
        else:
            self._show()


def source_text(source: Source, family: Family | None) -> str:
    """Where a value came from, in the user's language (core's ModelSettings.label, translated)."""
    if source == "family" and family is not None:
        return tr("{name}'s published default").format(name=family.name)
    return {"user": tr("your change"), "file": tr("from the model file"), "family": tr("the family's published default"),
            "global": tr("your setting for all models"), "app": tr("desktop-llm's default")}[source]


def summary_text(chosen: ModelSettings) -> str:
    """One line on what the defaults are based on (core's ModelSettings.summary, translated)."""
    kinds = set(chosen.sources.values())
    said = [tr("the model file")] if "file" in kinds else []
    if "family" in kinds and chosen.family is not None:
        said.append(tr("{name}'s published defaults").format(name=chosen.family.name))
    if "user" in kinds:
        said.append(tr("your changes"))
    if not said:
        return tr("Based on desktop-llm's defaults")
    if len(said) == 1:
        parts = said[0]
    elif len(said) == 2:
        parts = tr("{first} and {second}").format(first=said[0], second=said[1])
    else:
        parts = tr("{first}, {second} and {third}").format(first=said[0], second=said[1], third=said[2])
    return tr("Based on {sources}").format(sources=parts)
