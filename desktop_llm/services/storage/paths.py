"""Where the app keeps its files; one AppPaths is built by the composition root and passed down."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "desktop-llm"
HOME_ENV = "DESKTOP_LLM_HOME"  # one root for everything: tests, portable installs
# Conversations, settings and logs are private (issue 10, item 17): the app's folders and files are its owner's.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private(path: Path, create: bool = False) -> None:
    """Give `path` (a folder or a file; created empty with `create`) its owner's permissions only, on POSIX.

    Raises OSError when a file cannot be created; a file system without POSIX modes (FAT on a USB stick) is
    logged and tolerated, since the data is still usable."""
    if create and not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE))
    if os.name != "posix":
        return  # Windows: the per-user profile folders are already private by their ACLs
    mode = PRIVATE_DIR_MODE if path.is_dir() else PRIVATE_FILE_MODE
    try:
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except OSError as exc:
        log.warning("could not make %s private: %s", path, exc.strerror or exc)


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path
    models_override: Path | None = None  # the user's own model folder (Settings)

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def database_file(self) -> Path:
        return self.data_dir / "desktop-llm.sqlite3"

    @property
    def models_dir(self) -> Path:
        return self.models_override or self.data_dir / "models"

    @property
    def library_index(self) -> Path:
        return self.data_dir / "model-library.json"  # stays with the data when the model folder moves

    @property
    def instance_lock(self) -> Path:
        return self.data_dir / "instance.lock"  # held by the one app window for this data folder

    @property
    def app_log(self) -> Path:
        return self.log_dir / "desktop-llm.log"

    def ensure(self) -> AppPaths:
        """Create the folders; the app's own are private (0700), the model folder keeps the user's choice.
        Raises OSError when one cannot be created."""
        for folder in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
            make_private(folder)  # folders made by earlier versions were 0755
        self.models_dir.mkdir(parents=True, exist_ok=True)
        return self

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        return cls(root / "config", root / "data", root / "cache", root / "logs")

    @classmethod
    def default(cls) -> AppPaths:
        home = os.environ.get(HOME_ENV)
        if home:
            return cls.under(Path(home))
        return cls(
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )
