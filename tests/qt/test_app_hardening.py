"""Issue 10, items 14, 15 and 21 (closing during a load): one window per data folder, a startup dialog with the
way out, and a close that returns promptly. Real processes, sockets, databases and the real engine worker."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_llm.app import Instance, build_services, claim_instance, open_services, show_main_window
from desktop_llm.controllers.single_instance import instance_name
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.storage.startup import StartupError
from desktop_llm.ui.startup_dialog import MOVE_ASIDE, MOVE_ASIDE_TEXT, QUIT, QUIT_TEXT, RETRY_TEXT, ask_startup_choice
from tests.hostile.app_data import garbage_database, newer_schema_database
from tests.standin_engine import standin_command


def clicking(text: str):  # type: ignore[no-untyped-def]
    """A `run` for ask_startup_choice that clicks the button labelled `text` instead of waiting for a person."""

    def run(box: QMessageBox) -> None:
        labels = [button.text() for button in box.buttons()]
        assert text in labels, labels
        next(button for button in box.buttons() if button.text() == text).click()

    return run


# item 15: the startup dialog


def test_the_dialog_offers_only_the_ways_out_that_apply(qtbot: QtBot) -> None:
    assert ask_startup_choice("the database is damaged", True, False, run=clicking(MOVE_ASIDE_TEXT)) == MOVE_ASIDE
    assert ask_startup_choice("the database is damaged", True, False, run=clicking(QUIT_TEXT)) == QUIT
    assert ask_startup_choice("it is locked", False, True, run=clicking(RETRY_TEXT)) == "retry"
    with pytest.raises(AssertionError):
        ask_startup_choice("cannot use the folder", False, False, run=clicking(MOVE_ASIDE_TEXT))
    assert ask_startup_choice("cannot use the folder", False, False, run=lambda box: box.reject()) == QUIT


def test_the_dialog_really_runs_modal_and_returns_the_click(qtbot: QtBot) -> None:
    def click_when_shown() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click_when_shown)
            return
        clicking(MOVE_ASIDE_TEXT)(box)

    QTimer.singleShot(0, click_when_shown)
    assert ask_startup_choice("the database is damaged", True, False) == MOVE_ASIDE


@pytest.mark.allow_error_logs
@pytest.mark.parametrize("writer", [garbage_database, newer_schema_database], ids=["damaged", "newer-schema"])
def test_a_bad_database_is_moved_aside_from_the_dialog_and_the_app_opens(
    qtbot: QtBot, app_paths: AppPaths, writer: object
) -> None:
    writer(app_paths.database_file)  # type: ignore[operator]
    kept = app_paths.database_file.read_bytes()
    shown: list[str] = []

    def ask(error: StartupError) -> str:
        shown.append(str(error))
        return ask_startup_choice(str(error), error.database is not None, error.retry_may_help,
                                  run=clicking(MOVE_ASIDE_TEXT))

    services = open_services(app_paths, ask)
    assert services is not None
    try:
        assert len(shown) == 1 and str(app_paths.database_file) in shown[0]
        [broken] = app_paths.data_dir.glob("desktop-llm.sqlite3.broken-*")
        assert broken.read_bytes() == kept
        services.store.create_conversation("a fresh start")
    finally:
        services.close()


# item 14: one window per data folder


def stale_socket(name: str) -> Path:
    """What a crashed app leaves: the socket file of a server that no longer exists."""
    path = Path(QDir.tempPath()) / name
    path.unlink(missing_ok=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.close()  # closing never removes the file
    return path


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX") or sys.platform == "win32", reason="socket files are Unix")
def test_a_second_launch_brings_the_window_forward_with_its_file(
    qtbot: QtBot, app_paths: AppPaths, tmp_path: Path
) -> None:
    stale = stale_socket(instance_name(app_paths.data_dir))
    instance = claim_instance(app_paths)
    assert isinstance(instance, Instance), "a stale socket from a crash must not block the start"
    services = build_services(app_paths, standin_command())
    window = show_main_window(services, instance)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.model_status.text().startswith("Ready"), timeout=120_000)
        document = tmp_path / "notes.txt"
        document.write_text("The meeting moved to Thursday.\n", encoding="utf-8")
        with qtbot.waitSignal(instance.server.activation_requested, timeout=120_000) as activated:
            second = subprocess.Popen(
                [sys.executable, "-m", "desktop_llm", "gui", "notes.txt"], cwd=tmp_path,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
        assert activated.args == [[str(document.resolve())]]
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=120_000)
        out, err = second.communicate()
        assert second.returncode == 0, err
        assert "already running" in out
        summarize = window.tabs.widget(1)
        assert window.tabs.currentWidget() is summarize
        qtbot.waitUntil(lambda: "Thursday" in summarize.source.text(), timeout=60_000)
        # The second launch started no engine of its own: one start in the engine log, the first window's.
        assert services.engine.log_path.read_text(errors="replace").count("--- engine start") == 1
    finally:
        window.close()
        services.close()
        instance.close()
        stale.unlink(missing_ok=True)


@pytest.mark.skipif(sys.platform == "win32", reason="runs the second launch as a process like the others")
def test_a_launch_during_the_startup_dialog_is_not_lost(qtbot: QtBot, app_paths: AppPaths, tmp_path: Path) -> None:
    instance = claim_or_fail(app_paths)
    try:
        document = tmp_path / "early.txt"
        document.write_text("Early bird.\n", encoding="utf-8")
        with qtbot.waitSignal(instance.server.activation_requested, timeout=120_000):
            second = subprocess.Popen([sys.executable, "-m", "desktop_llm", "gui", str(document)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=120_000)
        second.communicate()
        assert second.returncode == 0
        assert instance.early_files == [str(document.resolve())]  # the window opens them once it exists
    finally:
        instance.close()


def test_a_holder_that_does_not_answer_gets_no_second_window(
    qtbot: QtBot, app_paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_llm.ipc.process_lock import hold

    lock = hold(app_paths.instance_lock)  # an app that took the folder but never listens (stuck starting)
    try:
        assert claim_instance(app_paths, answer_timeout_s=1.0) == 1
    finally:
        lock.close()
    assert "did not answer" in capsys.readouterr().err


def test_the_instance_is_per_data_folder(tmp_path: Path, qtbot: QtBot) -> None:
    one, two = AppPaths.under(tmp_path / "one").ensure(), AppPaths.under(tmp_path / "two").ensure()
    assert instance_name(one.data_dir) != instance_name(two.data_dir)
    first, second = claim_instance(one), claim_instance(two)
    try:
        assert isinstance(first, Instance) and isinstance(second, Instance)
    finally:
        for claimed in (first, second):
            if isinstance(claimed, Instance):
                claimed.close()


# item 21 (part): closing during a model load returns promptly


@pytest.mark.slow  # a real model load, slow enough to close the app during it
@pytest.mark.timeout(120)  # the old close waited for the load's 600 s HTTP timeout
def test_closing_during_a_model_load_returns_promptly(qtbot: QtBot, app_paths: AppPaths) -> None:
    services = build_services(app_paths)
    services.engine.client()  # the worker is up...
    pid = services.engine.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)  # ...and frozen: the window's first load now waits on it indefinitely
    instance = claim_or_fail(app_paths)
    window = show_main_window(services, instance)
    qtbot.addWidget(window)
    engine_lock = services.engine._lock

    def load_in_flight() -> bool:
        if engine_lock.acquire(blocking=False):
            engine_lock.release()
            return False
        return True  # the loading thread holds the engine, waiting on /load

    qtbot.waitUntil(load_in_flight, timeout=30_000)
    closer = threading.Thread(target=lambda: (window.engine.shutdown(), services.close()), name="closer")
    with qtbot.assertNotEmitted(window.engine.model_load_failed), qtbot.assertNotEmitted(window.engine.model_loaded):
        closer.start()
        qtbot.waitUntil(lambda: not closer.is_alive(), timeout=60_000)
        qtbot.wait(200)  # let a late outcome arrive, if one were (wrongly) emitted
    window.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the frozen worker was stopped (and reaped), not left behind
    instance.close()


def claim_or_fail(paths: AppPaths) -> Instance:
    claimed = claim_instance(paths)
    assert isinstance(claimed, Instance)
    return claimed
