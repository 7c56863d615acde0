"""The typed, versioned settings schema and its migrations; the store in services/ does the file I/O."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from desktop_llm.core.errors import SettingsError
from desktop_llm.core.hub_endpoint import DEFAULT_ENDPOINT, EndpointError, check_endpoint
from desktop_llm.core.sampling import KV_CACHE_TYPES, MAX_PARALLEL, LoadParams, SamplingParams
from desktop_llm.core.server_options import ServerOptions, server_options_from_dict
from desktop_llm.core.tool_types import TOOL_NAME

SETTINGS_VERSION = 3
# The settings a user may change per model (the settings panel's fields), remembered for that model file.
SAMPLING_FIELDS = ("temperature", "top_k", "top_p", "min_p", "repeat_penalty", "max_tokens", "seed")
LOAD_FIELDS = ("n_ctx", "n_gpu_layers", "flash_attn", "kv_cache_type", "n_threads", "n_parallel")
MAX_MODEL_OVERRIDES = 200  # the models changed most recently; far more than a library holds at once
MAX_RECENT_MODELS = 20
MAX_ALWAYS_ALLOWED_TOOLS = 500  # far more tools than any registry offers; a hand-edited file cannot grow it without end
# The UI languages a settings file may name (controllers.i18n.LANGUAGES, which needs Qt, plus "system").
UI_LANGUAGES = ("system", "en", "zh_CN", "ja", "de", "fr", "es")


@dataclass(frozen=True)
class LoadDefaults:
    """How models are loaded unless a conversation says otherwise."""

    n_ctx: int = 4096
    n_gpu_layers: int = -1
    flash_attn: bool = False
    kv_cache_type: str = "f16"
    n_threads: int = 0
    n_parallel: int = 1  # slots: requests at once, each with n_ctx of KV cache (issue 18)

    def params_for(self, path: str, **changes: Any) -> LoadParams:
        """`path` loaded with these settings, `changes` (a CLI flag, a projector, adapters) over them: the one place
        a new load setting has to be added to reach every loader (app, server, CLI)."""
        base = {name: getattr(self, name) for name in
                ("n_ctx", "n_gpu_layers", "flash_attn", "kv_cache_type", "n_threads", "n_parallel")}
        return LoadParams(path=path, **{**base, **changes})


def _kept(values: Any, names: tuple[str, ...], check: Callable[[str, Any], Any]) -> dict[str, Any]:
    """The entries of `values` named in `names` whose value passes `check` (which returns it normalised)."""
    kept: dict[str, Any] = {}
    for name, value in values.items() if isinstance(values, dict) else ():
        try:
            if name in names:
                kept[name] = check(name, value)
        except (TypeError, ValueError):
            continue
    return kept


@dataclass(frozen=True)
class ModelOverrides:
    """The user's own changes for one model file: only the values they changed, each over the model's default
    (core/model_defaults.py). Kept by the file's path; its name and size find them again after a folder move."""

    sampling: dict[str, Any] = field(default_factory=dict)  # SamplingParams field -> the user's value
    load: dict[str, Any] = field(default_factory=dict)  # LoadDefaults field -> the user's value
    file_name: str = ""
    size_bytes: int = 0
    thinking: bool | None = None  # the Think switch where the template reads enable_thinking (None: on, its default)

    @property
    def empty(self) -> bool:
        return not self.sampling and not self.load and self.thinking is None

    @classmethod
    def from_dict(cls, data: Any) -> ModelOverrides:
        """Parse a stored entry; a value of the wrong type or out of range is dropped, the rest kept."""
        if not isinstance(data, dict):
            return cls()
        sampling = _kept(data.get("sampling"), SAMPLING_FIELDS,
                         lambda name, value: getattr(SamplingParams(**{name: value}).validated(), name))
        load = _kept(data.get("load"), LOAD_FIELDS,
                     lambda name, value: getattr(LoadParams(path="-", **{name: value}).validated(), name))
        file_name, size, thinking = data.get("file_name", ""), data.get("size_bytes", 0), data.get("thinking")
        return cls(sampling, load, file_name if isinstance(file_name, str) else "",
                   size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else 0,
                   thinking if isinstance(thinking, bool) else None)


@dataclass(frozen=True)
class AppSettings:
    version: int = SETTINGS_VERSION
    default_model_path: str = ""
    models_dir: str = ""  # empty: the platform's data folder
    sampling_preset: str = "Balanced"
    sampling: SamplingParams = field(default_factory=SamplingParams)  # under every model's own defaults
    load: LoadDefaults = field(default_factory=LoadDefaults)
    default_system_prompt: str = ""  # empty: the model template's own default applies
    theme: str = "system"  # system | light | dark
    first_run_done: bool = False
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    splitter_state: str = ""
    window_state: str = ""  # base64 of QMainWindow.saveState(): the docks (empty: a first run, the settings hidden)
    recent_models: tuple[str, ...] = ()  # model paths last picked for chat, the newest first (the picker's order)
    chat_adapter: str = ""  # the LoRA adapter last chosen in chat, picked again at start ("" for none)
    # The public API server (issue 11). A new part needs no version step: a file without it reads as the defaults.
    server: ServerOptions = field(default_factory=ServerOptions)
    model_overrides: dict[str, ModelOverrides] = field(default_factory=dict)  # model path -> the user's changes
    # Where models are searched and downloaded (issue 21): "" is Hugging Face, else a mirror's address, checked by
    # core/hub_endpoint.check_endpoint. HF_ENDPOINT in the environment wins over it. No version step: a file
    # without it reads as Hugging Face.
    hub_endpoint: str = ""
    # The UI's language (issue 21): "system" follows the system's languages, else a code of
    # controllers.i18n.LANGUAGES; applied at the next start.
    ui_language: str = "system"
    # Read-only tools the user allows without asking, by tool name (issue 14, Settings → Tools). No version step:
    # a file without it reads as "every call asks". Honoured only while the tool says it only reads.
    tools_always_allow: tuple[str, ...] = ()
    # The reranker GGUF every Knowledge search is re-ranked with (issue 12, the Knowledge page), "" for none. No
    # version step: a file without it reads as "no re-ranking".
    knowledge_reranker: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sampling"] = self.sampling.to_dict()
        data["server"] = self.server.to_dict()
        return data

    def overrides_for(self, path: str, size_bytes: int = 0) -> ModelOverrides:
        """The user's changes for the model at `path`; else those of a file with the same name and size (the same
        download, in a model folder that moved); else none."""
        found = self.model_overrides.get(path)
        if found is None and size_bytes > 0:
            name = os.path.basename(path)
            found = next((o for o in self.model_overrides.values()
                          if o.file_name == name and o.size_bytes == size_bytes), None)
        return found or ModelOverrides(file_name=os.path.basename(path), size_bytes=size_bytes)

    def with_overrides(self, path: str, overrides: ModelOverrides) -> AppSettings:
        """These settings with `overrides` kept for `path` (dropped when empty), the newest last, at most
        MAX_MODEL_OVERRIDES models."""
        kept = {p: o for p, o in self.model_overrides.items() if p != path}
        if not overrides.empty:
            kept[path] = replace(overrides, file_name=overrides.file_name or os.path.basename(path))
        return replace(self, model_overrides=dict(list(kept.items())[-MAX_MODEL_OVERRIDES:]))


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """v1 kept sampling and load values flat at the top level; v2 groups them."""
    data = dict(data)
    sampling = {k: data.pop(k) for k in ("temperature", "top_p", "top_k") if k in data}
    load: dict[str, Any] = {}
    if "context_length" in data:
        load["n_ctx"] = data.pop("context_length")
    if "gpu_layers" in data:
        load["n_gpu_layers"] = data.pop("gpu_layers")
    data["sampling"] = {**data.get("sampling", {}), **sampling}
    data["load"] = {**data.get("load", {}), **load}
    data["version"] = 2
    return data


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """v3 remembers changes per model (issue 13, part 4). v2 had one set of sampling values for every model: the
    model the user was using keeps them, as its own changes, even where it recommends others; other models start
    from their own recommendations, and `sampling` stays beneath them all."""
    data = dict(data)
    model, sampling = data.get("default_model_path"), data.get("sampling")
    overrides: dict[str, Any] = {}
    if isinstance(model, str) and model and isinstance(sampling, dict):
        defaults = SamplingParams()
        changed = {k: v for k, v in sampling.items() if k in SAMPLING_FIELDS and v != getattr(defaults, k)}
        if changed:
            overrides[model] = {"sampling": changed, "file_name": os.path.basename(model)}
    data["model_overrides"] = overrides
    data["version"] = 3
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings dict of any known version up to SETTINGS_VERSION."""
    version = data.get("version", 1)
    if not isinstance(version, int) or version < 1:
        raise SettingsError(f"settings file has an invalid version: {version!r}")
    if version > SETTINGS_VERSION:
        raise SettingsError(
            f"settings were written by a newer desktop-llm (version {version}, this one reads {SETTINGS_VERSION})"
        )
    while version < SETTINGS_VERSION:
        data = MIGRATIONS[version](data)
        version = data["version"]
    return data


def _pick(cls: type, data: Any) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names} if isinstance(data, dict) else {}


def settings_from_dict(data: dict[str, Any]) -> AppSettings:
    """Parse migrated data; unknown keys are ignored and a bad value falls back to its default."""
    data = migrate(data)
    defaults = AppSettings()
    try:
        sampling = SamplingParams.from_dict(_pick(SamplingParams, data.get("sampling", {}))).validated()
    except (TypeError, ValueError):
        sampling = defaults.sampling
    try:
        load = LoadDefaults(**_pick(LoadDefaults, data.get("load", {})))
        if load.kv_cache_type not in KV_CACHE_TYPES or load.n_ctx < 128 or load.n_parallel not in range(1, MAX_PARALLEL + 1):
            load = defaults.load
    except TypeError:
        load = defaults.load
    stored = data.get("model_overrides")
    overrides = {path: ModelOverrides.from_dict(entry) for path, entry in stored.items()
                 if isinstance(path, str) and path} if isinstance(stored, dict) else {}
    overrides = {path: entry for path, entry in overrides.items() if not entry.empty}
    top = _pick(AppSettings, data)
    recent = top.pop("recent_models", None)
    always_allow = top.pop("tools_always_allow", None)
    for grouped in ("sampling", "load", "model_overrides"):
        top.pop(grouped, None)
    top.pop("server", None)
    result = defaults
    for key, value in top.items():
        expected = type(getattr(defaults, key))
        if isinstance(value, expected):
            result = replace(result, **{key: value})
    if result.theme not in ("system", "light", "dark"):
        result = replace(result, theme="system")
    if result.ui_language not in UI_LANGUAGES:
        result = replace(result, ui_language="system")
    try:
        endpoint = check_endpoint(result.hub_endpoint)
        result = replace(result, hub_endpoint="" if endpoint == DEFAULT_ENDPOINT else endpoint)
    except EndpointError:  # edited by hand into something that is no address: Hugging Face again
        result = replace(result, hub_endpoint="")
    if isinstance(recent, (list, tuple)):
        result = replace(result, recent_models=tuple(p for p in recent if isinstance(p, str) and p)[:MAX_RECENT_MODELS])
    if isinstance(always_allow, (list, tuple)):
        names = (name for name in always_allow if isinstance(name, str) and TOOL_NAME.fullmatch(name))
        result = replace(result, tools_always_allow=tuple(dict.fromkeys(names))[:MAX_ALWAYS_ALLOWED_TOOLS])
    return replace(result, sampling=sampling, load=load, server=server_options_from_dict(data.get("server")),
                   model_overrides=dict(list(overrides.items())[-MAX_MODEL_OVERRIDES:]), version=SETTINGS_VERSION)
