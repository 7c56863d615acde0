"""The typed, versioned settings schema and its migrations; the store in services/ does the file I/O."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from desktop_llm.core.errors import SettingsError
from desktop_llm.core.sampling import KV_CACHE_TYPES, SamplingParams
from desktop_llm.core.server_options import ServerOptions, server_options_from_dict

SETTINGS_VERSION = 2


@dataclass(frozen=True)
class LoadDefaults:
    """How models are loaded unless a conversation says otherwise."""

    n_ctx: int = 4096
    n_gpu_layers: int = -1
    flash_attn: bool = False
    kv_cache_type: str = "f16"
    n_threads: int = 0


@dataclass(frozen=True)
class AppSettings:
    version: int = SETTINGS_VERSION
    default_model_path: str = ""
    models_dir: str = ""  # empty: the platform's data folder
    sampling_preset: str = "Balanced"
    sampling: SamplingParams = field(default_factory=SamplingParams)
    load: LoadDefaults = field(default_factory=LoadDefaults)
    default_system_prompt: str = ""  # empty: the model template's own default applies
    theme: str = "system"  # system | light | dark
    first_run_done: bool = False
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    splitter_state: str = ""
    chat_adapter: str = ""  # the LoRA adapter last chosen in chat, picked again at start ("" for none)
    # The public API server (issue 11). A new part needs no version step: a file without it reads as the defaults.
    server: ServerOptions = field(default_factory=ServerOptions)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sampling"] = self.sampling.to_dict()
        data["server"] = self.server.to_dict()
        return data


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


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


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
        if load.kv_cache_type not in KV_CACHE_TYPES or load.n_ctx < 128:
            load = defaults.load
    except TypeError:
        load = defaults.load
    top = _pick(AppSettings, data)
    top.pop("sampling", None)
    top.pop("load", None)
    top.pop("server", None)
    result = defaults
    for key, value in top.items():
        expected = type(getattr(defaults, key))
        if isinstance(value, expected):
            result = replace(result, **{key: value})
    if result.theme not in ("system", "light", "dark"):
        result = replace(result, theme="system")
    return replace(result, sampling=sampling, load=load, server=server_options_from_dict(data.get("server")),
                   version=SETTINGS_VERSION)
