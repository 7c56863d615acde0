"""Child process of tests/test_portability.py: `python -m tests.fake_platform win32|darwin WORKDIR`.

Selects another operating system's code paths on this Linux machine, imports every module of desktop_llm again
and runs the platform-dependent functions, then prints one JSON line of what they answered (issue 19, item 8).

- Windows ("win32"): sys.platform and os.name say so; the Unix-only modules (resource, fcntl, ...) cannot be
  imported and the Unix-only attributes (os.uname, os.sysconf, signal.SIGKILL, ...) are gone; msvcrt is a
  stand-in that locks as Windows does (per handle); kernel32 answers memory queries with known figures, so
  the ctypes structures are checked as well as the fallbacks.
- macOS ("darwin"): sys.platform says so, /proc cannot be read, `sysctl -n hw.memsize` answers a known figure
  and the machine is an arm64 one.

The standard library and the third-party packages choose their own implementation when first imported, so they
are loaded under the real platform first; only desktop_llm (and platformdirs, whose choice the app's folders
depend on) are imported again under the fake one. Everything here happens in this throwaway process.
"""

from __future__ import annotations

import builtins
import ctypes
import errno
import importlib
import importlib.abc
import json
import os
import platform
import sys
import traceback
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.platform_names import LINUX_PATH_PREFIXES, UNIX_ATTRIBUTES, UNIX_MODULES, WINDOWS_MODULES

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_llm"
GIB = 1024**3
# What the stand-ins report, for the parent to recognise.
WINDOWS_TOTAL_RAM = 16 * GIB
WINDOWS_PEAK_WORKING_SET = 3 * GIB
WINDOWS_WORKING_SET = 2 * GIB
MAC_TOTAL_RAM = 24 * GIB
FAKE_JOB = 0x5A5A
JOBS: list[dict[str, Any]] = []  # what SetInformationJobObject was handed, in this child


def package_modules() -> list[str]:
    """Every module of desktop_llm but the `__main__`s (importing one runs the program)."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "__main__.py":
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


class _Refuse(importlib.abc.MetaPathFinder):
    """Makes modules the faked system lacks unimportable."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> None:
        if fullname.split(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {fullname!r} (not on this platform)", name=fullname)
        return None


class _Function:
    """A ctypes foreign function stand-in: callable, with settable restype/argtypes."""

    def __init__(self, body: Callable[..., int]) -> None:
        self.body = body
        self.restype: Any = ctypes.c_int
        self.argtypes: Any = None

    def __call__(self, *args: Any) -> int:
        return self.body(*args)


def _fake_kernel32() -> types.SimpleNamespace:
    """The kernel32 calls the app makes, answering fixed figures when handed correctly sized structures."""

    def memory_status(ref: Any) -> int:
        status = ref._obj  # ctypes.byref(x)._obj is x
        if status.dwLength != ctypes.sizeof(status):
            return 0
        status.ullTotalPhys = WINDOWS_TOTAL_RAM
        return 1

    def process_memory(process: Any, ref: Any, size: int) -> int:
        counters = ref._obj
        if not isinstance(process, ctypes.c_void_p) or size != ctypes.sizeof(counters) or counters.cb != size:
            return 0
        counters.PeakWorkingSetSize = WINDOWS_PEAK_WORKING_SET
        counters.WorkingSetSize = WINDOWS_WORKING_SET
        return 1

    def set_job_limits(job: Any, info_class: int, ref: Any, size: int) -> int:
        limits = ref._obj
        JOBS.append({
            "job": job, "info_class": info_class, "size": size, "struct_size": ctypes.sizeof(limits),
            "flags": limits.BasicLimitInformation.LimitFlags, "process_memory_limit": limits.ProcessMemoryLimit,
        })
        return 1

    def assign_to_job(job: Any, process: Any) -> int:
        JOBS[-1]["assigned"] = (job, process)
        return 1

    return types.SimpleNamespace(
        GlobalMemoryStatusEx=_Function(memory_status),
        GetCurrentProcess=_Function(lambda: -1),  # the pseudo-handle
        K32GetProcessMemoryInfo=_Function(process_memory),
        CreateJobObjectW=_Function(lambda attributes, name: FAKE_JOB),
        SetInformationJobObject=_Function(set_job_limits),
        AssignProcessToJobObject=_Function(assign_to_job),
    )


def _fake_win_dll(name: str, *args: Any, **kwargs: Any) -> types.SimpleNamespace:
    if name.lower().removesuffix(".dll") == "kernel32":
        return _fake_kernel32()
    raise OSError(errno.ENOENT, f"could not find module {name!r}")


def _fake_msvcrt() -> types.ModuleType:
    """msvcrt.locking with Windows' semantics for what the app uses: a lock per open handle, refused at once
    (LK_NBLCK) with OSError when another handle holds it."""
    import fcntl  # taken before fcntl becomes unimportable; the closure keeps it

    module = types.ModuleType("msvcrt")
    module.LK_UNLCK, module.LK_LOCK, module.LK_NBLCK, module.LK_RLCK, module.LK_NBRLCK = 0, 1, 2, 3, 4  # type: ignore[attr-defined]

    def locking(fd: int, mode: int, nbytes: int) -> None:
        if mode == 0:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PermissionError(errno.EACCES, "Permission denied") from None

    module.locking = locking  # type: ignore[attr-defined]
    return module


def _fake_nt() -> types.ModuleType:
    module = types.ModuleType("nt")
    module._LOAD_LIBRARY_SEARCH_DEFAULT_DIRS = 0x1000  # type: ignore[attr-defined]
    module._LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR = 0x100  # type: ignore[attr-defined]
    module._getfullpathname = os.path.abspath  # type: ignore[attr-defined]
    return module


def _hide_linux_paths() -> None:
    real_open = builtins.open

    def open_(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | os.PathLike) and os.fspath(file).startswith(LINUX_PATH_PREFIXES):
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", os.fspath(file))
        return real_open(file, *args, **kwargs)

    builtins.open = open_


def fake(system: str, workdir: Path) -> None:
    """Make this process look like `system` to code imported from now on."""
    for name in [n for n in sys.modules if n.split(".")[0] in ("desktop_llm", "platformdirs")]:
        del sys.modules[name]
    sys.platform = system
    _hide_linux_paths()
    if system == "win32":
        msvcrt = _fake_msvcrt()
        os.name = "nt"
        for module_name, attributes in UNIX_ATTRIBUTES.items():
            module = importlib.import_module(module_name)
            for attribute in attributes:
                if hasattr(module, attribute):
                    delattr(module, attribute)
        for name in [n for n in sys.modules if n.split(".")[0] in UNIX_MODULES]:
            del sys.modules[name]
        sys.meta_path.insert(0, _Refuse(UNIX_MODULES))
        sys.modules["msvcrt"] = msvcrt
        sys.modules["nt"] = _fake_nt()  # ctypes.CDLL asks it for DLL search flags when os.name is "nt"
        # Path() picks WindowsPath from os.name, which cannot be instantiated here: keep POSIX paths.
        pathlib_module = sys.modules[Path.__module__]
        pathlib_module.WindowsPath = pathlib_module.PosixPath  # type: ignore[attr-defined]
        ctypes.windll = types.SimpleNamespace(kernel32=_fake_kernel32())  # type: ignore[attr-defined]
        ctypes.WinDLL = _fake_win_dll  # type: ignore[attr-defined]
        # platformdirs reads these before asking the Windows shell
        os.environ["WIN_PD_OVERRIDE_LOCAL_APPDATA"] = r"C:\Users\Ada\AppData\Local"
        os.environ["WIN_PD_OVERRIDE_APPDATA"] = r"C:\Users\Ada\AppData\Roaming"
    else:
        sys.meta_path.insert(0, _Refuse(WINDOWS_MODULES))
        platform.machine = lambda: "arm64"  # Apple silicon: unified memory
        bin_dir = workdir / "bin"  # macOS's sysctl, for the total memory
        bin_dir.mkdir()
        sysctl = bin_dir / "sysctl"
        sysctl.write_text(f'#!/bin/sh\n[ "$*" = "-n hw.memsize" ] && echo {MAC_TOTAL_RAM} || exit 1\n')
        sysctl.chmod(0o755)
        os.environ["PATH"] = f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"


def exercise(system: str, workdir: Path) -> dict[str, Any]:
    """Run what differs between systems; each answer, or the error it raised, goes in the report."""
    report: dict[str, Any] = {"import_errors": {}}
    for name in package_modules():
        try:
            importlib.import_module(name)
        except Exception:
            report["import_errors"][name] = traceback.format_exc(limit=-3)
    if report["import_errors"]:
        return report  # the probes below need those modules

    def probe(key: str, work: Callable[[], Any]) -> None:
        try:
            report[key] = work()
        except Exception:
            report[key] = {"error": traceback.format_exc(limit=-3)}

    from desktop_llm.core import process_memory, template_worker
    from desktop_llm.engine.log_capture import LlamaLogCapture
    from desktop_llm.engine.model_host import ModelHost
    from desktop_llm.ipc import process_lock
    from desktop_llm.services.models import system_memory
    from desktop_llm.services.storage import atomic_file, paths
    from desktop_llm.training import checkpoints, trainer

    probe("platform_seen", lambda: [sys.platform, os.name, hasattr(os, "uname"), template_worker.resource is None])
    probe("peak_rss", process_memory.peak_rss_bytes)
    probe("current_rss", process_memory.current_rss_bytes)

    def engine_status() -> dict[str, Any]:
        process = ModelHost(LlamaLogCapture(echo_errors=False)).status().process
        return {"rss_bytes": process.rss_bytes, "peak_rss_bytes": process.peak_rss_bytes, "pid": process.pid}

    probe("engine_status", engine_status)

    def trainer_peak() -> int:
        import torch

        return trainer.peak_memory_bytes(torch.device("cpu"))

    probe("trainer_peak", trainer_peak)
    probe("total_ram", system_memory.total_ram)
    probe("budget", lambda: vars(system_memory.detect_budget()))

    def sandbox_limits() -> list[dict[str, Any]]:
        template_worker.limit_memory(512 * 1024**2)  # only where `resource` is gone: a job object then
        template_worker.allow_cpu(60)
        return JOBS

    if system == "win32":
        probe("sandbox_limits", sandbox_limits)

    def app_paths() -> dict[str, Any]:
        os.environ.pop(paths.HOME_ENV, None)
        default = paths.AppPaths.default()
        mine = paths.AppPaths.under(workdir / "home").ensure()
        secret = mine.config_dir / "secret.json"
        secret.write_text("{}")
        secret.chmod(0o644)
        paths.make_private(secret)
        return {"default_data_dir": str(default.data_dir), "private_file_mode": secret.stat().st_mode & 0o777}

    probe("paths", app_paths)

    def lock() -> dict[str, Any]:
        held_path = workdir / "worker.lock"
        handle = process_lock.hold(held_path)
        held = process_lock.is_held(held_path)
        handle.close()
        free = not process_lock.is_held(held_path)
        part = workdir / "download.part.lock"
        first = process_lock.try_hold_removable(part)
        second = process_lock.try_hold_removable(part)
        assert first is not None
        process_lock.release_and_remove(first, part)
        third = process_lock.try_hold_removable(part)
        assert third is not None
        process_lock.release_and_remove(third, part)
        return {"held": held, "free_after_close": free, "second_refused": second is None, "removed": not part.exists()}

    probe("lock", lock)

    def files() -> bool:
        folder = workdir / "checkpoint"
        folder.mkdir()
        atomic_file.write_atomic(folder / "state.json", b"{}")
        checkpoints.fsync_path(folder / "state.json")
        checkpoints.fsync_path(folder)
        return (folder / "state.json").read_bytes() == b"{}"

    probe("files", files)
    return report


def main() -> None:
    system, workdir = sys.argv[1], Path(sys.argv[2])
    for name in package_modules():  # the dependencies, each choosing its implementation for this real system
        importlib.import_module(name)
    fake(system, workdir)
    print(json.dumps(exercise(system, workdir)), flush=True)


if __name__ == "__main__":
    main()
