"""Downloads beside other downloads (issue 10 items 1-3): one writer per partial file, the hash taken from the
disk, each download touching only its own files, and files keyed by their whole repo path. Real downloaders,
real threads and processes, the fake hub over loopback."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_llm.cli.models import pick_choice
from desktop_llm.core.downloads import library_parts
from desktop_llm.core.errors import ChecksumMismatchError, DesktopLlmError, DownloadBusyError, DownloadError
from desktop_llm.core.hub_types import RemoteFile, group_gguf_files
from desktop_llm.services.models.downloader import Downloader
from desktop_llm.services.models.hub_client import HubClient
from desktop_llm.services.storage.paths import AppPaths
from tests.fake_hub import FakeRepo
from tests.hostile.downloads import (
    SAFE_REPO_PATHS,
    UNSAFE_REPO_PATHS,
    flip_byte_on_disk,
    random_payload,
    same_basename_files,
    stale_copy,
)

REPO = "tests/Hardening-GGUF"
SIZE = 4 * 1024 * 1024  # four 1 MiB chunks: room to act between them


def remote(path: str, data: bytes) -> RemoteFile:
    return RemoteFile(path, len(data), hashlib.sha256(data).hexdigest())


def make(tmp_path: Path) -> Downloader:
    return Downloader(HubClient(), tmp_path / "models", backoff_s=0.01)


def publish(fake_hub, files: dict[str, bytes]) -> dict[str, RemoteFile]:  # type: ignore[no-untyped-def]
    fake_hub.add(REPO, FakeRepo(files=files))
    return {path: remote(path, data) for path, data in files.items()}


def once_midway(action: Callable[[], None]) -> Callable[[int, int], None]:
    """A progress callback that runs `action` once, after the first chunk is on disk and before the rest."""
    fired: list[bool] = []

    def progress(done: int, total: int) -> None:
        if 0 < done < total and not fired:
            fired.append(True)
            action()

    return progress


def test_a_second_writer_of_the_same_file_is_refused_while_the_first_runs(fake_hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = random_payload(SIZE, 1)
    file = publish(fake_hub, {"a.gguf": data})["a.gguf"]
    midway, second_done = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def first() -> None:
        def hold_midway() -> None:
            midway.set()
            second_done.wait(60)

        try:
            outcome["paths"] = make(tmp_path).download(REPO, [file], once_midway(hold_midway), lambda: False)
        except Exception as exc:  # reported by the assertion below
            outcome["paths"] = exc

    thread = threading.Thread(target=first, name="first-writer")
    thread.start()
    try:
        assert midway.wait(60)
        with pytest.raises(DownloadBusyError, match="already being downloaded by another desktop-llm window or command"):
            make(tmp_path).download(REPO, [file], lambda d, t: None, lambda: False)
    finally:
        second_done.set()
        thread.join(60)
    paths = outcome["paths"]
    assert isinstance(paths, list), paths
    assert paths[0].read_bytes() == data
    assert fake_hub.served["a.gguf"] == len(data)  # the refused writer fetched nothing


def test_two_cli_downloads_at_once_leave_one_verified_file(fake_hub, starter_model: Path, app_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    """The issue's reproduction: two `desktop-llm models download` of the starter model at once left a file of
    twice the size in the library."""
    fake_hub.faults.delay_per_chunk = 0.003  # ~5 s per download, so the two overlap
    command = [sys.executable, "-m", "desktop_llm", "models", "download", "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", "Q4_1"]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=240), *p.communicate()) for p in processes]
    expected = starter_model.read_bytes()
    assert any(rc == 0 for rc, _, _ in results), results
    for rc, _, stderr in results:
        assert rc == 0 or "already being downloaded by another desktop-llm window or command" in stderr, stderr
        assert "Traceback" not in stderr
    [final] = list(app_paths.models_dir.rglob("*.gguf"))
    assert final.stat().st_size == len(expected)
    assert hashlib.sha256(final.read_bytes()).hexdigest() == hashlib.sha256(expected).hexdigest()
    assert not (app_paths.models_dir / ".partial").exists()


def test_the_hash_is_taken_from_the_file_on_disk_not_the_stream(fake_hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = random_payload(SIZE, 2)
    file = publish(fake_hub, {"a.gguf": data})["a.gguf"]
    downloader = make(tmp_path)
    partial = downloader.partial_path(REPO, file)
    with pytest.raises(ChecksumMismatchError, match="corrupt"):
        downloader.download(REPO, [file], once_midway(lambda: flip_byte_on_disk(partial, 1000)), lambda: False)
    assert not partial.exists()
    assert not list((tmp_path / "models").rglob("*.gguf"))


def test_a_finished_download_leaves_a_running_siblings_partial_file_alone(fake_hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Item 2: the first to finish deleted the whole `.partial/<repo>/` folder; the other then "succeeded" with
    a path that did not exist."""
    files = {"a.gguf": random_payload(SIZE, 3), "b.gguf": random_payload(SIZE, 4)}
    published = publish(fake_hub, files)
    downloader = make(tmp_path)
    sibling: list[Path] = []

    def finish_b() -> None:
        sibling.extend(make(tmp_path).download(REPO, [published["b.gguf"]], lambda d, t: None, lambda: False))
        assert downloader.partial_path(REPO, published["a.gguf"]).exists()

    [path_a] = downloader.download(REPO, [published["a.gguf"]], once_midway(finish_b), lambda: False)
    assert path_a.read_bytes() == files["a.gguf"]
    assert sibling[0].read_bytes() == files["b.gguf"]
    assert not (tmp_path / "models" / ".partial").exists()  # emptied by the last one out


def test_a_paused_siblings_partial_file_survives_and_resumes(fake_hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = {"a.gguf": random_payload(SIZE, 5), "b.gguf": random_payload(SIZE, 6)}
    published = publish(fake_hub, files)
    downloader = make(tmp_path)
    paused = threading.Event()
    with pytest.raises(DesktopLlmError, match="paused"):
        downloader.download(REPO, [published["a.gguf"]], once_midway(paused.set), paused.is_set)
    kept = downloader.partial_path(REPO, published["a.gguf"]).stat().st_size
    assert 0 < kept < SIZE
    downloader.download(REPO, [published["b.gguf"]], lambda d, t: None, lambda: False)
    assert downloader.partial_path(REPO, published["a.gguf"]).stat().st_size == kept
    [path] = downloader.download(REPO, [published["a.gguf"]], lambda d, t: None, lambda: False)
    assert path.read_bytes() == files["a.gguf"]
    assert fake_hub.requests[-1][2] == f"bytes={kept}-"


def test_discard_leaves_a_file_that_another_download_is_writing(fake_hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = random_payload(SIZE, 7)
    file = publish(fake_hub, {"a.gguf": data})["a.gguf"]
    downloader = make(tmp_path)
    [path] = downloader.download(REPO, [file], once_midway(lambda: make(tmp_path).discard(REPO, [file])), lambda: False)
    assert path.read_bytes() == data


def test_two_files_with_one_name_in_two_folders_are_two_downloads(fake_hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = same_basename_files()
    published = publish(fake_hub, files)
    downloader = make(tmp_path)
    [q4] = downloader.download(REPO, [published["Q4/model.gguf"]], lambda d, t: None, lambda: False)
    [q8] = downloader.download(REPO, [published["Q8/model.gguf"]], lambda d, t: None, lambda: False)
    assert q4 != q8 and q4.name == q8.name == "model.gguf"
    assert q4.read_bytes() == files["Q4/model.gguf"] and q8.read_bytes() == files["Q8/model.gguf"]
    assert fake_hub.served == {"Q4/model.gguf": len(files["Q4/model.gguf"]), "Q8/model.gguf": len(files["Q8/model.gguf"])}


def test_a_file_already_in_the_library_is_reused_only_if_size_and_hash_match(fake_hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = random_payload(SIZE, 9)
    file = publish(fake_hub, {"Q4/model.gguf": data})["Q4/model.gguf"]
    downloader = make(tmp_path)
    stale_copy(downloader.final_path(REPO, file), data)  # right size, wrong bytes
    [path] = downloader.download(REPO, [file], lambda d, t: None, lambda: False)
    assert path.read_bytes() == data
    assert fake_hub.served["Q4/model.gguf"] == len(data)
    [again] = downloader.download(REPO, [file], lambda d, t: None, lambda: False)
    assert again == path and fake_hub.served["Q4/model.gguf"] == len(data)  # verified, so reused


def test_unsafe_repo_paths_are_refused_before_anything_is_written(fake_hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for repo_path in UNSAFE_REPO_PATHS:
        with pytest.raises(DownloadError, match="not safe"):
            make(tmp_path).download(REPO, [RemoteFile(repo_path, 10)], lambda d, t: None, lambda: False)
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").rglob("*"))
    assert not (tmp_path / "escape.gguf").exists() and fake_hub.requests == []
    for repo_path in SAFE_REPO_PATHS:
        assert "/".join(library_parts(repo_path)) == repo_path


def test_the_command_line_refuses_an_ambiguous_file_name() -> None:
    choices = tuple(group_gguf_files([RemoteFile("Q4/model.gguf", 1), RemoteFile("Q8/model.gguf", 2)]))
    with pytest.raises(DesktopLlmError, match="several files"):
        pick_choice(choices, "model.gguf")
    assert pick_choice(choices, "Q8/model.gguf").first.path == "Q8/model.gguf"
