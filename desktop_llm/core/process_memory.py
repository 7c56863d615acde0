"""How much memory this process holds (resident set), on Linux, macOS and Windows.

The engine worker reports it in its status and the trainer uses the peak as its CPU memory figure. Both used
to read `resource` and /proc directly, which do not exist on Windows, so the worker could not even start there
(issue 19, item 8). Each platform answers its own way; a probe that cannot answer returns 0, never raises.
"""

from __future__ import annotations

import ctypes
import os
import sys

try:  # POSIX only; Windows asks the kernel instead (below)
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]


def peak_rss_bytes() -> int:
    """The most memory this process has held resident so far; 0 when the system does not say."""
    if sys.platform == "win32":
        return _windows_working_set()[0]
    if resource is None:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)  # macOS counts bytes, Linux kilobytes


def current_rss_bytes() -> int:
    """The memory resident now; 0 where there is no cheap way to tell (macOS): callers show the peak instead."""
    if sys.platform == "win32":
        return _windows_working_set()[1]
    if not sys.platform.startswith("linux"):
        return 0
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


class _ProcessMemoryCounters(ctypes.Structure):
    """PROCESS_MEMORY_COUNTERS of psapi.h."""

    _fields_ = [
        ("cb", ctypes.c_uint32),  # DWORD
        ("PageFaultCount", ctypes.c_uint32),
        ("PeakWorkingSetSize", ctypes.c_size_t),
        ("WorkingSetSize", ctypes.c_size_t),
        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
        ("QuotaPagedPoolUsage", ctypes.c_size_t),
        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
        ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
        ("PagefileUsage", ctypes.c_size_t),
        ("PeakPagefileUsage", ctypes.c_size_t),
    ]


def _windows_working_set() -> tuple[int, int]:
    """(peak, current) working set of this process from K32GetProcessMemoryInfo (kernel32, Windows 7 on);
    (0, 0) when the call is not available or fails."""
    if sys.platform != "win32":
        return 0, 0
    counters = _ProcessMemoryCounters()
    counters.cb = ctypes.sizeof(_ProcessMemoryCounters)
    try:
        # A library object of our own, so setting restype does not change ctypes.windll.kernel32 for others.
        kernel32 = ctypes.WinDLL("kernel32")
        kernel32.GetCurrentProcess.restype = ctypes.c_void_p  # a HANDLE is pointer-sized, not an int
        process = ctypes.c_void_p(kernel32.GetCurrentProcess())
        if not kernel32.K32GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb):
            return 0, 0
    except (AttributeError, OSError):
        return 0, 0
    return int(counters.PeakWorkingSetSize), int(counters.WorkingSetSize)
