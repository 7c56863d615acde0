"""How a child process ended, one type for every worker (engine, training), with a sentence for the user.

The engine supervisor and the training runner each used to turn a return code into words (issue 19, item 5).
Shape as qutebrowser's guiprocess.ProcessOutcome: the facts (exit code, signal, timeout, failed start) kept
apart from their wording, so callers branch on the type and the user reads the sentence.
"""

from __future__ import annotations

import signal
from collections.abc import Mapping
from dataclasses import dataclass

SignalHints = Mapping[str, str]  # signal name -> what it probably means for this worker, e.g. "(a crash inside …)"

# What a signal most likely means whichever worker got it.
COMMON_HINTS: SignalHints = {
    "SIGKILL": "(killed: by the user, or by the system when memory ran out)",
    "SIGTERM": "(asked to end by the system or another program)",
}

# Windows reports a crash as an exit code holding an NTSTATUS value, not as a signal.
_WINDOWS_CRASHES = {
    0xC0000005: "an access violation",
    0xC00000FD: "a stack overflow",
    0xC0000409: "an abort (a failed check inside the process)",
    0xC0000017: "running out of memory",
}


@dataclass(frozen=True)
class StillRunning:
    def describe(self, hints: SignalHints | None = None) -> str:
        return "is still running"


@dataclass(frozen=True)
class Exited:
    """It ended by itself with this code (0: success)."""

    code: int

    def describe(self, hints: SignalHints | None = None) -> str:
        crash = _WINDOWS_CRASHES.get(self.code & 0xFFFFFFFF) if self.code >= 0 else None
        if crash is not None:
            return f"crashed with {crash} (exit code {self.code & 0xFFFFFFFF:#010x})"
        return f"exited with code {self.code}"


@dataclass(frozen=True)
class Killed:
    """A signal ended it (POSIX; the return code was -number)."""

    number: int

    @property
    def name(self) -> str:
        try:
            return signal.Signals(self.number).name
        except ValueError:
            return f"signal {self.number}"

    def describe(self, hints: SignalHints | None = None) -> str:
        hint = {**COMMON_HINTS, **(hints or {})}.get(self.name, "")
        return f"was stopped by {self.name}" + (f" {hint}" if hint else "")


@dataclass(frozen=True)
class TimedOut:
    """It did not do what it had to (start, stop) within `seconds`."""

    seconds: float
    doing: str = "start"

    def describe(self, hints: SignalHints | None = None) -> str:
        return f"did not {self.doing} within {self.seconds:.0f} s"


@dataclass(frozen=True)
class FailedToStart:
    """The operating system could not start it (missing executable, no permission, no memory)."""

    reason: str

    def describe(self, hints: SignalHints | None = None) -> str:
        return f"could not be started: {self.reason}"


@dataclass(frozen=True)
class EndedUnseen:
    """It ended while no process of ours was watching (the app was closed), so how is not known."""

    def describe(self, hints: SignalHints | None = None) -> str:
        return "ended while the app was closed (the computer may have restarted)"


ProcessOutcome = StillRunning | Exited | Killed | TimedOut | FailedToStart | EndedUnseen


def from_returncode(code: int | None) -> StillRunning | Exited | Killed:
    """The outcome of a `subprocess.Popen.returncode` (None while it runs, -N for signal N on POSIX)."""
    if code is None:
        return StillRunning()
    if code < 0:
        return Killed(-code)
    return Exited(code)


def sentence(process: str, outcome: ProcessOutcome, hints: SignalHints | None = None) -> str:
    """`process` (the subject, e.g. "the engine") and what became of it, for the user."""
    return f"{process} {outcome.describe(hints)}"
