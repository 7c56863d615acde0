"""The downloader against the fake hub: resume, retries, verification, disk space, pause."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_llm.core.errors import Cancelled, ChecksumMismatchError, DiskFullError, DownloadError
from desktop_llm.core.hub_types import RemoteFile
from desktop_llm.services.models.downloader import Downloader
from desktop_llm.services.models.hub_client import HubClient

STARTER_REPO = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF"
STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


def starter_remote(starter_model: Path) -> RemoteFile:
    data = starter_model.read_bytes()
    return RemoteFile(STARTER_FILE, len(data), hashlib.sha256(data).hexdigest())


def make(tmp_path: Path, **kwargs: float) -> Downloader:
    return Downloader(HubClient(), tmp_path / "models", backoff_s=0.01, **kwargs)  # type: ignore[arg-type]


def test_download_verifies_and_moves_into_place(fake_hub, tmp_path: Path, starter_model: Path) -> None:  # type: ignore[no-untyped-def]
    remote = starter_remote(starter_model)
    seen: list[tuple[int, int]] = []
    [path] = make(tmp_path).download(STARTER_REPO, [remote], lambda d, t: seen.append((d, t)), lambda: False)
    assert path == tmp_path / "models" / "HuggingFaceTB__SmolLM2-135M-Instruct-GGUF" / STARTER_FILE
    assert path.read_bytes() == starter_model.read_bytes()
    assert seen[-1] == (remote.size, remote.size)
    assert not (tmp_path / "models" / ".partial" / "HuggingFaceTB__SmolLM2-135M-Instruct-GGUF").exists()


def test_dropped_connections_resume_without_refetching(fake_hub, tmp_path: Path, starter_model: Path) -> None:  # type: ignore[no-untyped-def]
    remote = starter_remote(starter_model)
    fake_hub.faults.drop_after = 30_000_000
    fake_hub.faults.drop_times = 2
    [path] = make(tmp_path).download(STARTER_REPO, [remote], lambda d, t: None, lambda: False)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == remote.sha256
    ranges = [r for _, p, r in fake_hub.requests if p.endswith(STARTER_FILE)]
    assert ranges == ["", "bytes=30000000-", "bytes=60000000-"]
    assert fake_hub.bytes_served == remote.size  # not one byte fetched twice


def test_pause_then_resume_from_the_partial_file(fake_hub, tmp_path: Path, starter_model: Path) -> None:  # type: ignore[no-untyped-def]
    remote = starter_remote(starter_model)
    downloader = make(tmp_path)
    with pytest.raises(Cancelled):
        downloader.download(STARTER_REPO, [remote], lambda d, t: None, lambda: fake_hub.bytes_served > 20_000_000)
    partial = downloader.partial_path(STARTER_REPO, remote)
    kept = partial.stat().st_size
    assert 0 < kept < remote.size
    assert downloader.bytes_on_disk(STARTER_REPO, [remote]) == kept
    served_before = -1
    while served_before != fake_hub.bytes_served:  # until the server has noticed the paused connection
        served_before = fake_hub.bytes_served
        time.sleep(0.2)
    [path] = downloader.download(STARTER_REPO, [remote], lambda d, t: None, lambda: False)
    assert path.stat().st_size == remote.size
    assert fake_hub.requests[-1][2] == f"bytes={kept}-"
    assert fake_hub.bytes_served - served_before == remote.size - kept


def test_corrupted_bytes_are_caught_and_the_partial_file_deleted(fake_hub, tmp_path: Path, starter_model: Path) -> None:  # type: ignore[no-untyped-def]
    remote = starter_remote(starter_model)
    fake_hub.faults.corrupt = True
    downloader = make(tmp_path)
    with pytest.raises(ChecksumMismatchError, match="corrupt"):
        downloader.download(STARTER_REPO, [remote], lambda d, t: None, lambda: False)
    assert not downloader.partial_path(STARTER_REPO, remote).exists()
    assert not list((tmp_path / "models").rglob("*.gguf"))


def test_server_that_ignores_range_is_handled(fake_hub, tmp_path: Path, tiny_model_bytes: bytes) -> None:  # type: ignore[no-untyped-def]
    remote = RemoteFile("tiny-Q8_0.gguf", len(tiny_model_bytes), hashlib.sha256(tiny_model_bytes).hexdigest())
    downloader = make(tmp_path)
    partial = downloader.partial_path("tests/Tiny-GGUF", remote)
    partial.parent.mkdir(parents=True)
    partial.write_bytes(tiny_model_bytes[:1000])
    fake_hub.faults.ignore_range = True
    [path] = downloader.download("tests/Tiny-GGUF", [remote], lambda d, t: None, lambda: False)
    assert path.read_bytes() == tiny_model_bytes


def test_split_model_downloads_every_part(fake_hub, tmp_path: Path, tiny_model_bytes: bytes) -> None:  # type: ignore[no-untyped-def]
    page = HubClient().model_page("tests/Tiny-GGUF")
    split = page.choices[0]
    paths = make(tmp_path).download("tests/Tiny-GGUF", split.files, lambda d, t: None, lambda: False)
    assert [p.name for p in paths] == ["tiny-Q2_K-00001-of-00002.gguf", "tiny-Q2_K-00002-of-00002.gguf"]
    assert b"".join(p.read_bytes() for p in paths) == tiny_model_bytes


def test_not_enough_space_is_refused_before_anything_is_written(fake_hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    huge = RemoteFile("tiny-Q8_0.gguf", 10**15, "0" * 64)
    with pytest.raises(DiskFullError, match="Not enough disk space"):
        make(tmp_path).download("tests/Tiny-GGUF", [huge], lambda d, t: None, lambda: False)
    assert not (tmp_path / "models" / ".partial").exists()


def test_gated_model_without_token_asks_for_one(fake_hub, tmp_path: Path, tiny_model_bytes: bytes) -> None:  # type: ignore[no-untyped-def]
    remote = RemoteFile("gated-Q4_0.gguf", len(tiny_model_bytes), hashlib.sha256(tiny_model_bytes).hexdigest())
    with pytest.raises(DownloadError, match="HF_TOKEN"):
        make(tmp_path).download("tests/Gated-GGUF", [remote], lambda d, t: None, lambda: False)
    [path] = Downloader(HubClient(token="hf_secret"), tmp_path / "models").download(
        "tests/Gated-GGUF", [remote], lambda d, t: None, lambda: False
    )
    assert path.exists()


_QUOTA_WRITER = """
import resource, signal, sys
from pathlib import Path
from desktop_llm.core.hub_types import RemoteFile
from desktop_llm.services.models.downloader import Downloader
from desktop_llm.services.models.hub_client import HubClient
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG instead of killing us
resource.setrlimit(resource.RLIMIT_FSIZE, (5_000_000, 5_000_000))
remote = RemoteFile(sys.argv[2], int(sys.argv[3]), sys.argv[4])
try:
    Downloader(HubClient(), Path(sys.argv[1])).download(sys.argv[5], [remote], lambda d, t: None, lambda: False)
except Exception as exc:
    print(type(exc).__name__, exc)
"""


def test_a_full_disk_mid_download_is_reported_and_nothing_registered(
    fake_hub, tmp_path: Path, starter_model: Path  # type: ignore[no-untyped-def]
) -> None:
    remote = starter_remote(starter_model)
    models = tmp_path / "models"
    result = subprocess.run(
        [sys.executable, "-c", _QUOTA_WRITER, str(models), remote.path, str(remote.size), remote.sha256, STARTER_REPO],
        capture_output=True, text=True, timeout=120,
    )
    assert result.stdout.startswith("DiskFullError") and "nothing was lost" in result.stdout, result.stderr
    assert not list(models.rglob("*.gguf"))  # nothing entered the library
    partial = Downloader(HubClient(), models).partial_path(STARTER_REPO, remote)
    assert 0 < partial.stat().st_size <= 5_000_000  # kept for a resume once there is room
