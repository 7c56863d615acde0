"""Windows' counterpart of RLIMIT_AS: a Job Object that caps this process's committed memory.

The chat-template sandbox (core/template_worker.py) caps its address space with RLIMIT_AS on POSIX. Windows
has no `resource`, so there the sandbox puts itself in a job whose ProcessMemoryLimit makes an allocation past
the cap fail, which Python raises as MemoryError, as under RLIMIT_AS. Windows 8 and later nest jobs, so this
works inside a job the app already runs in (a terminal's, an installer's). Where it cannot be done the
parent's wall-clock timeout and the sandbox's own budgets still bound a template (issue 19, item 8).
"""

from __future__ import annotations

import ctypes
import sys

JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9  # JOBOBJECTINFOCLASS
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100


class _BasicLimits(ctypes.Structure):
    """JOBOBJECT_BASIC_LIMIT_INFORMATION (DWORD is 32 bits; SIZE_T and ULONG_PTR are pointer-sized)."""

    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class _IoCounters(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_uint64)
        for name in ("ReadOperationCount", "WriteOperationCount", "OtherOperationCount", "ReadTransferCount",
                     "WriteTransferCount", "OtherTransferCount")
    ]


class ExtendedLimits(ctypes.Structure):
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION: 144 bytes on 64-bit Windows, 112 on 32-bit."""

    _fields_ = [
        ("BasicLimitInformation", _BasicLimits),
        ("IoInfo", _IoCounters),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


def limit_process_memory(max_bytes: int) -> bool:
    """Cap the memory this process may commit at `max_bytes`; False where that cannot be done (not Windows, an
    old Windows, or the call refused). Never raises."""
    if sys.platform != "win32" or max_bytes <= 0:
        return False
    limits = ExtendedLimits()
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY
    limits.ProcessMemoryLimit = max_bytes
    try:
        # A library object of our own, so the restype/argtypes set here change nothing for ctypes.windll users.
        kernel32 = ctypes.WinDLL("kernel32")
        kernel32.CreateJobObjectW.restype = ctypes.c_void_p  # HANDLEs are pointer-sized
        kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, ctypes.c_wchar_p]
        kernel32.GetCurrentProcess.restype = ctypes.c_void_p
        kernel32.SetInformationJobObject.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32]
        kernel32.AssignProcessToJobObject.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return False
        # The job's handle stays open on purpose: the job, and its limit, last as long as this process.
        return bool(
            kernel32.SetInformationJobObject(
                job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(limits), ctypes.sizeof(limits)
            )
            and kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess())
        )
    except (AttributeError, OSError):
        return False
