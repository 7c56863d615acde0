"""Loads and saves AppSettings as versioned JSON, atomically."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from desktop_llm.core.errors import SettingsError
from desktop_llm.core.settings_schema import SETTINGS_VERSION, AppSettings, settings_from_dict
from desktop_llm.services.storage.atomic_file import write_atomic

log = logging.getLogger(__name__)


class SettingsStore:
    """File-backed settings; used from the GUI thread only."""

    def __init__(self, path: Path) -> None:
        self._path = path

    @property
    def path(self) -> Path:
        return self._path

    def load(self) -> AppSettings:
        """The saved settings, migrated; a corrupt file is kept aside and defaults are used."""
        if not self._path.exists():
            return AppSettings()
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise SettingsError("settings file does not hold a JSON object")
            settings = settings_from_dict(data)
        except (OSError, ValueError, SettingsError) as exc:
            return self._set_aside(exc)
        self._keep_older(data.get("version", 1))
        return settings

    def _keep_older(self, version: object) -> None:
        """Before a file written by an older version is saved in the newer layout, keep a copy of it: that older
        version refuses the newer file ("written by a newer desktop-llm") and would set it aside."""
        if not isinstance(version, int) or version >= SETTINGS_VERSION:
            return
        copy = self._path.with_suffix(f".v{version}.json")
        try:
            if not copy.exists():
                write_atomic(copy, self._path.read_bytes())
        except OSError as exc:  # the settings still load; only the way back is lost
            log.warning("could not keep a copy of the version %s settings at %s: %s", version, copy, exc)

    def _set_aside(self, exc: Exception) -> AppSettings:
        backup = self._path.with_suffix(".corrupt.json")
        log.error("settings file %s unreadable (%s); moved to %s, using defaults", self._path, exc, backup)
        try:
            self._path.replace(backup)
        except OSError as move_error:
            log.error("could not move the unreadable settings aside: %s", move_error)
        return AppSettings()

    def save(self, settings: AppSettings) -> None:
        try:
            payload = json.dumps(settings.to_dict(), indent=2, sort_keys=True).encode("utf-8")
            write_atomic(self._path, payload)
        except OSError as exc:
            raise SettingsError(f"could not save settings to {self._path}: {exc.strerror or exc}") from exc
