from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_llm.core.settings_schema import SETTINGS_VERSION, AppSettings
from desktop_llm.services.storage.settings_store import SettingsStore


def test_round_trip_and_no_temp_files_left(tmp_path: Path) -> None:
    tmp_path = tmp_path / "cfg"
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load() == AppSettings()
    settings = AppSettings(default_model_path="/x.gguf", theme="dark")
    store.save(settings)
    assert store.load() == settings
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    assert json.loads((tmp_path / "settings.json").read_text())["version"] == SETTINGS_VERSION


def test_old_file_is_migrated_on_load(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"version": 1, "context_length": 2048}))
    assert SettingsStore(tmp_path / "settings.json").load().load.n_ctx == 2048


@pytest.mark.allow_error_logs
def test_corrupt_file_is_kept_aside_and_defaults_used(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json")
    assert SettingsStore(tmp_path / "settings.json").load() == AppSettings()
    assert (tmp_path / "settings.corrupt.json").read_text() == "{not json"


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path = tmp_path / "cfg"
    store = SettingsStore(tmp_path / "settings.json")
    store.save(AppSettings(theme="dark"))

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)
    from desktop_llm.core.errors import SettingsError

    with pytest.raises(SettingsError, match="No space left"):
        store.save(AppSettings(theme="light"))
    monkeypatch.undo()
    assert store.load().theme == "dark"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
