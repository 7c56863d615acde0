"""Issue 10, items 15, 16 and 17: a bad database or folder is a sentence with a way out, a failed BEGIN never
hides the store's own error, and the app's data is readable by its owner only. Real SQLite files throughout."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_llm.app import build_services, configure_logging, open_services
from desktop_llm.core.errors import StoreError
from desktop_llm.core.settings_schema import AppSettings
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.storage import database
from desktop_llm.services.storage.conversation_store import ConversationStore
from desktop_llm.services.storage.database import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseTooNewError,
    open_database,
)
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.storage.settings_store import SettingsStore
from desktop_llm.services.storage.startup import StartupError, move_aside
from desktop_llm.ui.startup_dialog import MOVE_ASIDE, QUIT, RETRY
from tests.hostile.app_data import (
    damaged_schema_database,
    file_in_place_of_folder,
    garbage_database,
    hold_write_lock,
    newer_schema_database,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# item 15: what cannot be opened says so, with the way out


@pytest.mark.parametrize("writer", [garbage_database, damaged_schema_database], ids=["garbage", "damaged-schema"])
def test_a_damaged_database_is_a_typed_error_with_move_aside_offered(app_paths: AppPaths, writer: object) -> None:
    writer(app_paths.database_file)  # type: ignore[operator]
    with pytest.raises(DatabaseCorruptError):
        open_database(app_paths.database_file)
    with pytest.raises(StartupError, match="is damaged") as caught:
        build_services(app_paths)
    assert caught.value.database == app_paths.database_file and not caught.value.retry_may_help


def test_a_newer_schema_is_refused_untouched_and_can_be_moved_aside(app_paths: AppPaths) -> None:
    newer_schema_database(app_paths.database_file)
    before = app_paths.database_file.read_bytes()
    with pytest.raises(DatabaseTooNewError):
        open_database(app_paths.database_file)
    with pytest.raises(StartupError, match="newer desktop-llm") as caught:
        build_services(app_paths)
    assert caught.value.database == app_paths.database_file
    assert app_paths.database_file.read_bytes() == before


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lock tests wait out the busy timeout; the app's 5 s proves nothing more than 0.3 s does."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)


def test_a_locked_database_offers_a_retry_not_a_move(app_paths: AppPaths, short_busy_timeout: None) -> None:
    other = hold_write_lock(app_paths.database_file)
    try:
        with pytest.raises(StartupError, match="locked by another program") as caught:
            build_services(app_paths)  # waits out the busy timeout, then says who is in the way
    finally:
        other.close()
    assert caught.value.retry_may_help and caught.value.database is None


def test_a_data_folder_that_cannot_be_created_is_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "elsewhere")
    file_in_place_of_folder(paths.data_dir)
    with pytest.raises(StartupError, match="cannot use the folder") as caught:
        build_services(paths)
    assert str(paths.data_dir) in str(caught.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_data_folder_is_reported(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "elsewhere").ensure()
    paths.data_dir.chmod(0o500)
    try:
        with pytest.raises(StartupError, match="cannot use the folder"):
            build_services(paths)
    finally:
        paths.data_dir.chmod(0o700)


@pytest.mark.allow_error_logs
def test_moving_aside_keeps_every_byte_and_the_app_starts_fresh(app_paths: AppPaths) -> None:
    garbage_database(app_paths.database_file)
    kept = app_paths.database_file.read_bytes()
    asked: list[StartupError] = []

    def ask(error: StartupError) -> str:
        asked.append(error)
        return MOVE_ASIDE

    services = open_services(app_paths, ask)
    assert services is not None
    try:
        assert len(asked) == 1
        assert services.store.list_conversations() == []
        broken = list(app_paths.data_dir.glob("desktop-llm.sqlite3.broken-*"))
        assert len(broken) == 1 and broken[0].read_bytes() == kept
    finally:
        services.close()


def test_a_database_moved_aside_keeps_its_uncheckpointed_writes(tmp_path: Path) -> None:
    # Copies of a live database whose last commit is only in its -wal file: the -wal must move with it.
    live = tmp_path / "live.sqlite3"
    writer = open_database(live)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO conversations (title, created_at, updated_at) VALUES ('only in the wal', 0, 0)")
    copy = tmp_path / "data" / "desktop-llm.sqlite3"
    copy.parent.mkdir()
    for suffix in ("", "-wal", "-shm"):
        copy.with_name(copy.name + suffix).write_bytes(live.with_name(live.name + suffix).read_bytes())
    writer.close()
    moved = move_aside(copy)
    assert not any(copy.parent.glob("desktop-llm.sqlite3-*")) and not copy.exists()
    reader = sqlite3.connect(moved)
    try:
        assert reader.execute("SELECT title FROM conversations").fetchall() == [("only in the wal",)]
    finally:
        reader.close()


@pytest.mark.allow_error_logs
def test_quit_and_retry_choices(app_paths: AppPaths) -> None:
    garbage_database(app_paths.database_file)
    assert open_services(app_paths, lambda error: QUIT) is None
    assert open_services(app_paths, lambda error: RETRY) is None  # retrying cannot mend a damaged file
    assert app_paths.database_file.exists()  # nothing was moved without being asked


def test_move_aside_never_overwrites_an_earlier_broken_copy(tmp_path: Path) -> None:
    first = garbage_database(tmp_path / "db.sqlite3")
    moved = move_aside(first, now=0)
    second = garbage_database(tmp_path / "db.sqlite3")
    again = move_aside(second, now=0)
    assert moved != again and moved.exists() and again.exists()


def test_the_command_line_prints_one_line_and_exits_1(app_paths: AppPaths) -> None:
    garbage_database(app_paths.database_file)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_llm", "models", "list"], capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is damaged" in lines[0] and "Traceback" not in result.stderr


# item 16: a failed BEGIN IMMEDIATE surfaces the store's own error


def test_a_write_while_another_program_holds_the_lock_raises_the_stores_error(app_paths: AppPaths,
                                                                             short_busy_timeout: None) -> None:
    store = ConversationStore(app_paths.database_file)
    other = hold_write_lock(app_paths.database_file)
    try:
        with pytest.raises(StoreError, match="locked") as caught:
            store.create_conversation("blocked")  # BEGIN IMMEDIATE waits out the busy timeout, then fails
        assert isinstance(caught.value, DatabaseLockedError)
        assert not isinstance(caught.value.__cause__, sqlite3.OperationalError) or "rollback" not in str(
            caught.value.__cause__
        )
    finally:
        other.close()
    # The store is not left inside a transaction: the next write works.
    assert store.create_conversation("after").title == "after"
    store.close()


# item 17: private files and folders


@posix_only
def test_folders_database_settings_and_logs_are_private(app_paths: AppPaths) -> None:
    # Folders and a database made by an earlier version with the default umask are tightened too.
    for folder in (app_paths.config_dir, app_paths.data_dir, app_paths.cache_dir, app_paths.log_dir):
        folder.chmod(0o755)
    open_database(app_paths.database_file).close()
    app_paths.database_file.chmod(0o644)
    services = build_services(app_paths)
    try:
        services.store.create_conversation("secret")
        services.settings.save(AppSettings())
        for folder in (app_paths.config_dir, app_paths.data_dir, app_paths.cache_dir, app_paths.log_dir):
            assert mode(folder) == 0o700, folder
        for name in ("", "-wal", "-shm"):
            path = app_paths.database_file.with_name(app_paths.database_file.name + name)
            assert mode(path) == 0o600, path
        assert mode(app_paths.settings_file) == 0o600
    finally:
        services.close()


@posix_only
def test_a_fresh_database_is_private_from_its_first_byte(tmp_path: Path) -> None:
    open_database(tmp_path / "fresh.sqlite3").close()
    assert mode(tmp_path / "fresh.sqlite3") == 0o600
    SettingsStore(tmp_path / "settings.json").save(AppSettings())
    assert mode(tmp_path / "settings.json") == 0o600


@posix_only
def test_the_app_log_and_its_rotations_are_private(app_paths: AppPaths) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    configure_logging(app_paths)
    handler = next(h for h in root.handlers if h not in before)
    try:
        logging.getLogger("desktop_llm.test").info("a line")
        assert mode(app_paths.app_log) == 0o600
        handler.doRollover()  # type: ignore[attr-defined]
        logging.getLogger("desktop_llm.test").info("another line")
        assert mode(app_paths.app_log) == 0o600
        assert mode(app_paths.app_log.with_name(app_paths.app_log.name + ".1")) == 0o600
    finally:
        root.removeHandler(handler)
        handler.close()


@posix_only
def test_the_engine_log_is_private(tmp_path: Path) -> None:
    # A real child process that answers the handshake and waits on stdin, like the worker, without llama.cpp.
    fake_worker = [sys.executable, "-c",
                   "import json, sys; print(json.dumps({'event': 'listening', 'port': 1}), flush=True); sys.stdin.read()"]
    host = EngineHost(tmp_path / "logs", fake_worker)
    try:
        host.client()
        assert mode(host.log_path) == 0o600
    finally:
        host.shutdown()
