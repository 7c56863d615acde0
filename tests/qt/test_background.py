"""The one background-operation helper: typed outcomes on the GUI thread, newest result per lane wins."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, CancelledOutcome, Failed, Outcome, Succeeded
from desktop_llm.core.errors import DesktopLlmError


def _collect(qtbot: QtBot, ops: BackgroundOps, lane: str, work: object) -> list[tuple[Outcome, bool]]:
    got: list[tuple[Outcome, bool]] = []
    main = QThread.currentThread()
    ops.run(lane, work, lambda o: got.append((o, QThread.currentThread() is main)))  # type: ignore[arg-type]
    return got


def test_outcomes_are_typed_and_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    ops = BackgroundOps()
    ok = _collect(qtbot, ops, "a", lambda flag: 41 + 1)
    qtbot.waitUntil(lambda: bool(ok))
    assert ok == [(Succeeded(42), True)]

    def fails(flag: CancelFlag) -> None:
        raise DesktopLlmError("the file is truncated")

    failed = _collect(qtbot, ops, "b", fails)
    qtbot.waitUntil(lambda: bool(failed))
    assert isinstance(failed[0][0], Failed) and failed[0][0].message == "the file is truncated"


@pytest.mark.allow_error_logs
def test_unexpected_errors_are_labelled_and_logged(qtbot: QtBot) -> None:
    ops = BackgroundOps()

    def boom(flag: CancelFlag) -> None:
        raise KeyError("x")

    got = _collect(qtbot, ops, "c", boom)
    qtbot.waitUntil(lambda: bool(got))
    outcome = got[0][0]
    assert isinstance(outcome, Failed) and outcome.message.startswith("unexpected error: KeyError")


def test_a_newer_run_on_a_lane_cancels_the_older_and_drops_its_result(qtbot: QtBot) -> None:
    ops = BackgroundOps()
    release = threading.Event()

    def slow(flag: CancelFlag) -> str:
        release.wait(5)
        flag.raise_if_cancelled()
        return "old"

    first = _collect(qtbot, ops, "search", slow)
    second = _collect(qtbot, ops, "search", lambda flag: "new")
    qtbot.waitUntil(lambda: bool(second))
    release.set()
    ops.wait()
    qtbot.wait(50)
    assert second == [(Succeeded("new"), True)]
    assert first == []  # the stale outcome never arrives
    assert not ops.busy("search")


def test_cancel_gives_a_cancelled_outcome(qtbot: QtBot) -> None:
    ops = BackgroundOps()
    started = threading.Event()

    def loop(flag: CancelFlag) -> None:
        started.set()
        while True:
            flag.raise_if_cancelled()
            threading.Event().wait(0.01)

    got = _collect(qtbot, ops, "job", loop)
    started.wait(5)
    ops.cancel("job")
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(CancelledOutcome(), True)]


def test_an_operation_outliving_its_owner_ends_quietly(qtbot: QtBot) -> None:
    """A form closed while its check still runs: the late outcome has nobody to go to and is dropped, with no
    exception on the worker thread (PySide raises 'Signal source has been deleted' there)."""
    errors: list[BaseException] = []
    previous = threading.excepthook
    threading.excepthook = lambda args: errors.append(args.exc_value)  # type: ignore[assignment]
    try:
        owner = QObject()
        ops = BackgroundOps(owner)
        release = threading.Event()
        got: list[Outcome] = []
        ops.run("check", lambda flag: release.wait(5), got.append)
        thread = ops._running["check"].thread
        shiboken6.delete(owner)  # what deleteLater does once the event loop gets to it
        release.set()
        thread.join(5)
        qtbot.wait(50)
    finally:
        threading.excepthook = previous
    assert errors == [] and got == []


def test_reports_arrive_on_the_gui_thread_in_order_before_the_outcome(qtbot: QtBot) -> None:
    ops = BackgroundOps()
    main = QThread.currentThread()
    seen: list[tuple[object, bool]] = []

    def count(flag: CancelFlag, report) -> str:  # type: ignore[no-untyped-def]
        for step in range(5):
            report(step)
        return "done"

    ops.run_reporting("job", count, lambda o: seen.append((o, QThread.currentThread() is main)),
                      lambda value: seen.append((value, QThread.currentThread() is main)))
    qtbot.waitUntil(lambda: len(seen) == 6)
    assert seen == [(0, True), (1, True), (2, True), (3, True), (4, True), (Succeeded("done"), True)]


def test_a_replaced_runs_reports_are_dropped(qtbot: QtBot) -> None:
    ops = BackgroundOps()
    release = threading.Event()
    old_reports: list[object] = []

    def slow(flag: CancelFlag, report) -> None:  # type: ignore[no-untyped-def]
        release.wait(5)
        report("late")

    ops.run_reporting("lane", slow, lambda o: None, old_reports.append)
    newer: list[Outcome] = []
    ops.run("lane", lambda flag: "new", newer.append)
    qtbot.waitUntil(lambda: bool(newer))
    release.set()
    ops.wait()
    qtbot.wait(50)
    assert old_reports == [] and newer == [Succeeded("new")]


def test_a_committed_result_outlives_a_late_cancel(qtbot: QtBot) -> None:
    """A download saved as done before the pause arrived is delivered as done, not as cancelled."""
    ops = BackgroundOps()
    got: list[Outcome] = []
    dropped: list[Outcome] = []

    def finish_then_see_cancel(flag: CancelFlag) -> str:
        flag.cancel()  # the user's pause, arriving after the work is done
        return "saved"

    ops.run("kept", finish_then_see_cancel, got.append, cancel_drops_result=False)
    ops.run("default", finish_then_see_cancel, dropped.append)
    qtbot.waitUntil(lambda: bool(got) and bool(dropped))
    assert got == [Succeeded("saved")] and dropped == [CancelledOutcome()]


def test_after_shutdown_nothing_is_delivered_and_nothing_starts(qtbot: QtBot) -> None:
    """The window closes while a scan runs: its outcome must not reach a panel whose database is closed."""
    ops = BackgroundOps()
    release = threading.Event()
    seen: list[Outcome] = []
    flags: list[CancelFlag] = []

    def work(flag: CancelFlag) -> str:
        flags.append(flag)
        release.wait(5)
        return "late"

    ops.run("scan", work, seen.append)
    qtbot.waitUntil(lambda: bool(flags))
    ops.shutdown()
    assert flags[0].cancelled and not ops.busy("scan")
    release.set()
    ops.wait()
    ran: list[str] = []
    after = ops.run("scan", lambda _flag: ran.append("ran"), seen.append)
    assert after.cancelled
    qtbot.wait(100)  # the queued outcome of the first run, had it been kept, would have arrived by now
    assert seen == [] and ran == []
