"""PySide6 6.12.0 drops a reference to `True` on every `Signal.emit()` (emit returns Py_True without taking a
reference). Python 3.11's True is not immortal, so after about as many emits as True has references (~10,000:
five minutes of a streaming reply at 30 updates a second) the interpreter aborts with "Fatal Python error:
bool_dealloc". Found as a crash at the end of a test run; pyproject.toml excludes 6.12.0 and the constraints pin
6.11.3. This test fails on any PySide6 that has the bug again."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)  # anything: the bug is in emit itself, whatever it carries


def test_emitting_a_signal_leaves_the_reference_count_of_true_alone() -> None:
    emitter = _Emitter()
    seen: list[object] = []
    emitter.fired.connect(seen.append)
    headroom = [True] * 10_000  # should the bug be back, the test fails instead of aborting the interpreter
    gc.collect()
    before = sys.getrefcount(True)
    for number in range(500):
        emitter.fired.emit(number)
    gc.collect()
    after = sys.getrefcount(True)
    del headroom
    assert len(seen) == 500
    assert after == before, f"{before - after} references to True lost in 500 emits"
