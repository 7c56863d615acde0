"""How much memory this machine offers a model: system RAM, and VRAM of an NVIDIA GPU through NVML."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import platform
import subprocess
import sys

from desktop_llm.core.fit_estimate import MemoryBudget


def total_ram() -> int:
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/meminfo") as handle:
                for line in handle:
                    if line.startswith("MemTotal:"):
                        return int(line.split()[1]) * 1024
        except (OSError, ValueError):
            pass
    if sys.platform == "darwin":
        try:
            return int(subprocess.run(["sysctl", "-n", "hw.memsize"], capture_output=True, text=True,
                                      timeout=5).stdout.strip())
        except (OSError, ValueError, subprocess.SubprocessError):
            return 0
    if sys.platform == "win32":
        class MemoryStatus(ctypes.Structure):
            _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                        ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                        ("ullTotalPageFile", ctypes.c_ulonglong), ("ullAvailPageFile", ctypes.c_ulonglong),
                        ("ullTotalVirtual", ctypes.c_ulonglong), ("ullAvailVirtual", ctypes.c_ulonglong),
                        ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

        status = MemoryStatus()
        status.dwLength = ctypes.sizeof(MemoryStatus)
        try:
            if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
                return int(status.ullTotalPhys)
        except (AttributeError, OSError):  # kernel32 cannot be reached: the size is unknown, not an error
            return 0
        return 0  # Windows has no sysconf to fall back on
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError):
        return 0


def nvidia_vram() -> tuple[int, str, int]:
    """Total memory and name of the first NVIDIA GPU and the number of them, via NVML (ships with the driver);
    (0, "", 0) if none."""
    names = ["nvml.dll"] if sys.platform == "win32" else ["libnvidia-ml.so.1", ctypes.util.find_library("nvidia-ml")]
    for name in [n for n in names if n]:
        try:
            nvml = ctypes.CDLL(name)
        except OSError:
            continue
        try:
            if nvml.nvmlInit_v2() != 0:
                return 0, "", 0
            handle = ctypes.c_void_p()
            if nvml.nvmlDeviceGetHandleByIndex_v2(0, ctypes.byref(handle)) != 0:
                return 0, "", 0
            count = ctypes.c_uint(1)
            if nvml.nvmlDeviceGetCount_v2(ctypes.byref(count)) != 0:
                count = ctypes.c_uint(1)  # the first answered: there is one at least

            class Memory(ctypes.Structure):
                _fields_ = [("total", ctypes.c_ulonglong), ("free", ctypes.c_ulonglong), ("used", ctypes.c_ulonglong)]

            memory = Memory()
            if nvml.nvmlDeviceGetMemoryInfo(handle, ctypes.byref(memory)) != 0:
                return 0, "", 0
            buffer = ctypes.create_string_buffer(96)
            nvml.nvmlDeviceGetName(handle, buffer, 96)
            return int(memory.total), buffer.value.decode("utf-8", "replace"), int(count.value)
        except (AttributeError, OSError):
            return 0, "", 0
        finally:
            try:
                nvml.nvmlShutdown()
            except (AttributeError, OSError):
                pass
    return 0, "", 0


def detect_budget() -> MemoryBudget:
    ram = total_ram()
    if sys.platform == "darwin" and platform.machine() == "arm64":
        # Metal may use about three quarters of unified memory for a model by default.
        return MemoryBudget(ram_bytes=ram, vram_bytes=int(ram * 0.75), unified=True, gpu_name="Apple GPU (Metal)")
    vram, name, count = nvidia_vram()
    return MemoryBudget(ram_bytes=ram, vram_bytes=vram, gpu_name=name, gpu_count=count)
