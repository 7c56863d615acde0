"""The download queue beside the database and the hub (issue 10 items 3 and 21): progress saved rarely and never
on the GUI thread, and downloads keyed by the files' repo paths. Real SQLite, real downloader, the fake hub."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.download_controller import DownloadController
from desktop_llm.core.downloads import ACTIVE, DownloadStatus
from desktop_llm.services.models.download_records import DownloadRecords
from desktop_llm.services.models.downloader import Downloader
from desktop_llm.services.models.hub_client import HubClient
from desktop_llm.services.models.model_library import ModelLibrary
from desktop_llm.services.storage.paths import AppPaths
from tests.fake_hub import FakeRepo

STARTER_REPO = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF"
PERSIST_S = 0.5


@dataclass(frozen=True)
class Write:
    on_gui_thread: bool
    status: DownloadStatus | None
    done_bytes: int | None


class WatchedRecords(DownloadRecords):
    """The real download table, noting which thread wrote each update (every update is a synchronous commit)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.writes: list[Write] = []

    def update(
        self, record_id: int, status: DownloadStatus | None = None, done_bytes: int | None = None,
        error: str | None = None, path: str | None = None,
    ) -> None:
        self.writes.append(Write(threading.current_thread() is threading.main_thread(), status, done_bytes))
        super().update(record_id, status, done_bytes, error, path)


@pytest.fixture
def queue(app_paths: AppPaths) -> Iterator[tuple[DownloadController, WatchedRecords]]:
    records = WatchedRecords(app_paths.database_file)
    library = ModelLibrary(app_paths.models_dir, app_paths.library_index)
    controller = DownloadController(records, Downloader(HubClient(), app_paths.models_dir), library,
                                    persist_interval_s=PERSIST_S)
    yield controller, records
    controller.shutdown()
    records.close()


def test_progress_reaches_the_database_rarely_and_never_from_the_gui_thread(
    qtbot: QtBot, fake_hub, queue: tuple[DownloadController, WatchedRecords]  # type: ignore[no-untyped-def]
) -> None:
    controller, records = queue
    fake_hub.faults.delay_per_chunk = 0.002  # a few seconds, so that progress is reported many times
    choice = HubClient().model_page(STARTER_REPO).choices[0]
    shown: list[int] = []
    controller.progressed.connect(lambda rid, done, total, speed: shown.append(done))
    started = time.monotonic()
    with qtbot.waitSignal(controller.finished, timeout=120_000):
        record = controller.start(STARTER_REPO, choice)
    elapsed = time.monotonic() - started
    assert [w for w in records.writes if w.on_gui_thread] == []
    progress_writes = [w for w in records.writes if w.status is None and w.done_bytes is not None]
    assert len(progress_writes) <= elapsed / PERSIST_S + 1, (len(progress_writes), elapsed)
    assert [w.status for w in records.writes if w.status] == ["downloading", "done"]
    assert shown and shown[-1] == choice.size
    saved = controller.record(record.id)
    assert saved.status == "done" and saved.done_bytes == saved.total_bytes and Path(saved.path).is_file()


def test_the_queue_shows_a_running_downloads_progress_before_it_is_saved(
    qtbot: QtBot, fake_hub, queue: tuple[DownloadController, WatchedRecords]  # type: ignore[no-untyped-def]
) -> None:
    controller, records = queue
    fake_hub.faults.delay_per_chunk = 0.002
    choice = HubClient().model_page(STARTER_REPO).choices[0]
    record = controller.start(STARTER_REPO, choice)
    assert controller.record(record.id).status == "downloading"  # at once, before the thread has saved it
    with qtbot.waitSignal(controller.progressed, timeout=60_000, check_params_cb=lambda rid, done, t, s: done > 0):
        pass
    assert controller.record(record.id).done_bytes > 0
    with qtbot.waitSignal(controller.changed, timeout=60_000):
        controller.pause(record.id)
    paused = controller.record(record.id)
    assert paused.status == "paused" and 0 < paused.done_bytes < paused.total_bytes
    assert [w for w in records.writes if w.on_gui_thread] == []


def test_two_files_with_one_name_in_two_folders_are_two_downloads(
    qtbot: QtBot, fake_hub, tiny_model_bytes: bytes, queue: tuple[DownloadController, WatchedRecords]  # type: ignore[no-untyped-def]
) -> None:
    controller, _ = queue
    fake_hub.add("tests/Folders-GGUF", FakeRepo(files={"Q4/model.gguf": tiny_model_bytes, "Q8/model.gguf": tiny_model_bytes}))
    choices = HubClient().model_page("tests/Folders-GGUF").choices
    assert [c.name for c in choices] == ["model.gguf", "model.gguf"]
    first = controller.start("tests/Folders-GGUF", choices[0])
    second = controller.start("tests/Folders-GGUF", choices[1])
    assert first.id != second.id
    try:
        qtbot.waitUntil(lambda: all(controller.record(r.id).status not in ACTIVE for r in (first, second)), timeout=60_000)
    except TimeoutError:
        pytest.fail(f"still running after 60 s: {controller.records()}")
    assert [controller.record(r.id).status for r in (first, second)] == ["done", "done"], controller.records()
    paths = {controller.record(r.id).path for r in (first, second)}
    assert len(paths) == 2 and all(Path(p).read_bytes() == tiny_model_bytes for p in paths)


def test_cancel_midway_deletes_the_partial_file_and_says_nothing_finished(
    qtbot: QtBot, fake_hub, queue: tuple[DownloadController, WatchedRecords]  # type: ignore[no-untyped-def]
) -> None:
    controller, records = queue
    fake_hub.faults.delay_per_chunk = 0.002
    choice = HubClient().model_page(STARTER_REPO).choices[0]
    record = controller.start(STARTER_REPO, choice)
    with qtbot.waitSignal(controller.progressed, timeout=60_000, check_params_cb=lambda rid, done, t, s: done > 0):
        pass
    with qtbot.assertNotEmitted(controller.finished), qtbot.assertNotEmitted(controller.failed):
        with qtbot.waitSignal(controller.changed, timeout=60_000):
            controller.cancel(record.id)
    cancelled = controller.record(record.id)
    assert cancelled.status == "cancelled" and cancelled.done_bytes == 0
    assert [w for w in records.writes if w.on_gui_thread] == []


def test_a_failed_download_says_why_and_keeps_the_reason(
    qtbot: QtBot, fake_hub, queue: tuple[DownloadController, WatchedRecords]  # type: ignore[no-untyped-def]
) -> None:
    controller, _ = queue
    choice = HubClient().model_page(STARTER_REPO).choices[0]
    fake_hub.faults.corrupt = True  # the SHA-256 check refuses it
    with qtbot.waitSignal(controller.failed, timeout=120_000) as failed:
        record = controller.start(STARTER_REPO, choice)
    rid, message = failed.args
    saved = controller.record(rid)
    assert rid == record.id and saved.status == "failed" and saved.error == message and message
    assert not message.startswith("unexpected error")
