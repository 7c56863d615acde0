from __future__ import annotations

import pytest

from desktop_llm.core.errors import SettingsError
from desktop_llm.core.settings_schema import SETTINGS_VERSION, AppSettings, migrate, settings_from_dict


def test_v1_settings_migrate_to_the_grouped_layout() -> None:
    v1 = {"version": 1, "temperature": 0.3, "top_k": 12, "context_length": 8192, "gpu_layers": 10, "theme": "dark"}
    settings = settings_from_dict(v1)
    assert settings.version == SETTINGS_VERSION
    assert settings.sampling.temperature == 0.3 and settings.sampling.top_k == 12
    assert settings.load.n_ctx == 8192 and settings.load.n_gpu_layers == 10
    assert settings.theme == "dark"


def test_missing_version_is_treated_as_v1() -> None:
    assert migrate({"temperature": 0.5})["sampling"] == {"temperature": 0.5}


def test_round_trip() -> None:
    settings = AppSettings(default_model_path="/m.gguf", theme="light")
    assert settings_from_dict(settings.to_dict()) == settings


def test_bad_values_fall_back_to_defaults_not_errors() -> None:
    data = AppSettings().to_dict()
    data["sampling"]["temperature"] = 99
    data["load"]["kv_cache_type"] = "q1"
    data["theme"] = "neon"
    data["default_model_path"] = 42
    settings = settings_from_dict(data)
    assert settings.sampling == AppSettings().sampling
    assert settings.load == AppSettings().load
    assert settings.theme == "system" and settings.default_model_path == ""


def test_newer_version_is_refused_clearly() -> None:
    with pytest.raises(SettingsError, match="newer desktop-llm"):
        migrate({"version": SETTINGS_VERSION + 1})


def test_window_state_and_recent_models_round_trip_and_bad_entries_are_dropped() -> None:
    settings = AppSettings(window_state="AAAA", recent_models=("/m/b.gguf", "/m/a.gguf"))
    assert settings_from_dict(settings.to_dict()) == settings
    data = {**AppSettings().to_dict(), "recent_models": ["/m/a.gguf", 3, "", None, "/m/c.gguf"]}
    assert settings_from_dict(data).recent_models == ("/m/a.gguf", "/m/c.gguf")
    assert settings_from_dict({**AppSettings().to_dict(), "recent_models": "nope"}).recent_models == ()
