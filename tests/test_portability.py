"""Windows and macOS start (issue 19, item 8): every module imports with their code paths selected, and what
differs between systems (memory probes, the app's folders, the process lock, the engine worker's and the
trainer's memory figures, the template sandbox's limits, fsync of folders) answers with a working fallback.

The engine worker once imported `resource` and called `os.uname()` at the top, so it could not start on
Windows at all although the Windows bundle shipped. Each system runs in a child process of its own
(tests/fake_platform.py), which fakes it on this Linux machine; tests/test_static_checks.py checks the source
for Unix- or Windows-only names outside a guard.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests import fake_platform

ROOT = Path(__file__).resolve().parent.parent


def _report(system: str, workdir: Path) -> dict[str, Any]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("WIN_PD_OVERRIDE_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-m", "tests.fake_platform", system, str(workdir)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    imports = report["import_errors"]
    assert not imports, f"modules that do not import on {system}:\n" + "\n".join(f"{k}:\n{v}" for k, v in imports.items())
    failed = {key: value["error"] for key, value in report.items() if isinstance(value, dict) and "error" in value}
    assert not failed, "\n".join(f"{key}:\n{error}" for key, error in failed.items())
    return report


@pytest.fixture(scope="module")
def windows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _report("win32", tmp_path_factory.mktemp("win32"))


@pytest.fixture(scope="module")
def macos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _report("darwin", tmp_path_factory.mktemp("darwin"))


@pytest.mark.parametrize("system", ["windows", "macos"])
def test_every_module_imports(system: str, request: pytest.FixtureRequest) -> None:
    assert request.getfixturevalue(system)["import_errors"] == {}  # the fixture says which and why


def test_the_windows_run_really_had_no_unix(windows: dict[str, Any]) -> None:
    platform, os_name, has_uname, sandbox_without_resource = windows["platform_seen"]
    assert (platform, os_name, has_uname, sandbox_without_resource) == ("win32", "nt", False, True)


def test_memory_probes_on_windows_ask_kernel32(windows: dict[str, Any]) -> None:
    # The stand-in kernel32 answers only when handed correctly sized structures, so these figures also check
    # the ctypes layouts of MEMORYSTATUSEX and PROCESS_MEMORY_COUNTERS.
    assert windows["total_ram"] == fake_platform.WINDOWS_TOTAL_RAM
    assert windows["peak_rss"] == fake_platform.WINDOWS_PEAK_WORKING_SET
    assert windows["current_rss"] == fake_platform.WINDOWS_WORKING_SET
    assert windows["budget"] == {"ram_bytes": fake_platform.WINDOWS_TOTAL_RAM, "vram_bytes": 0, "unified": False,
                                 "gpu_name": "", "gpu_count": 0}  # no nvml.dll: no NVIDIA GPU, not an error


def test_engine_worker_and_trainer_report_memory_on_windows(windows: dict[str, Any]) -> None:
    assert windows["engine_status"]["rss_bytes"] == fake_platform.WINDOWS_WORKING_SET
    assert windows["engine_status"]["peak_rss_bytes"] == fake_platform.WINDOWS_PEAK_WORKING_SET
    assert windows["trainer_peak"] == fake_platform.WINDOWS_PEAK_WORKING_SET


def test_files_and_folders_on_windows(windows: dict[str, Any]) -> None:
    assert "AppData" in windows["paths"]["default_data_dir"]
    assert windows["paths"]["private_file_mode"] == 0o644  # left to the profile folder's ACLs, not chmod
    assert windows["files"] is True  # a folder is not fsynced there


def test_template_sandbox_caps_its_memory_with_a_job_object_on_windows(windows: dict[str, Any]) -> None:
    # No RLIMIT_AS there: the sandbox process puts itself in a job with a ProcessMemoryLimit (core/job_object.py).
    (job,) = windows["sandbox_limits"]
    assert job["info_class"] == 9  # JobObjectExtendedLimitInformation
    assert job["size"] == job["struct_size"] == (144 if sys.maxsize > 2**32 else 112)
    assert job["flags"] == 0x100  # JOB_OBJECT_LIMIT_PROCESS_MEMORY
    assert job["process_memory_limit"] == 512 * 1024**2
    assert job["assigned"] == [fake_platform.FAKE_JOB, -1]  # itself: the pseudo-handle of GetCurrentProcess


@pytest.mark.parametrize("system", ["windows", "macos"])
def test_process_lock(system: str, request: pytest.FixtureRequest) -> None:
    report = request.getfixturevalue(system)
    assert report["lock"] == {"held": True, "free_after_close": True, "second_refused": True, "removed": True}


def test_memory_probes_on_macos(macos: dict[str, Any]) -> None:
    ram = fake_platform.MAC_TOTAL_RAM
    assert macos["total_ram"] == ram
    assert macos["budget"] == {"ram_bytes": ram, "vram_bytes": int(ram * 0.75), "unified": True,
                               "gpu_name": "Apple GPU (Metal)", "gpu_count": 0}  # NVIDIA GPUs (data-parallel training)
    assert macos["current_rss"] == 0  # no /proc: the engine shows its peak instead
    assert macos["engine_status"]["rss_bytes"] == macos["engine_status"]["peak_rss_bytes"] > 0
    assert macos["trainer_peak"] > 0


def test_files_and_folders_on_macos(macos: dict[str, Any]) -> None:
    assert "Library/Application Support" in macos["paths"]["default_data_dir"]
    assert macos["paths"]["private_file_mode"] == 0o600
    assert macos["files"] is True
