"""The base-versus-adapter dialog's columns look like chat replies: a name, muted stats, an error in its tone."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.compare_controller import ADAPTER, BASE
from desktop_llm.core.events import GenerationFinished, GenerationStats
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.ui.compare_dialog import CompareDialog

pytestmark = pytest.mark.usefixtures("english")  # the app's English plurals and number formats


class FakeCompare(QObject):
    """Stands in for CompareController: records the run and lets the test emit what the two sides report."""

    chunk = Signal(int, str)
    side_finished = Signal(int, object)
    failed = Signal(str)
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.busy = False
        self.runs: list[tuple[Any, ...]] = []
        self.stops = 0

    def run(self, *args: Any) -> None:
        self.runs.append(args)

    def stop(self) -> None:
        self.stops += 1


def test_the_columns_show_streamed_text_muted_stats_and_an_error(qtbot: QtBot) -> None:
    compare = FakeCompare()
    dialog = CompareDialog(compare, LoadParams("m.gguf"), SamplingParams(), (("/runs/0001-pirate/adapter", 1.0),),  # type: ignore[arg-type]
                           "pirate")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.prompt.setPlainText("Say hi")
    dialog.run()
    assert len(compare.runs) == 1 and not dialog.run_button.isEnabled() and dialog.stop_button.isEnabled()
    compare.chunk.emit(BASE, "Hello")
    compare.chunk.emit(ADAPTER, "Arr")
    compare.chunk.emit(ADAPTER, ", matey")
    assert dialog.outputs[BASE].toPlainText() == "Hello" and dialog.outputs[ADAPTER].toPlainText() == "Arr, matey"
    compare.side_finished.emit(BASE, GenerationFinished("stop", GenerationStats(completion_tokens=5, tokens_per_s=20)))
    assert dialog.stats[BASE].text() == "5 tokens · 20.0 tok/s" and dialog.stats[BASE].property("kind") == "muted"
    assert dialog.outputs[ADAPTER].parentWidget().objectName() == "card"
    assert not dialog.error.isVisible()
    compare.failed.emit("The engine stopped.")
    assert dialog.error.isVisible() and dialog.error.text() == "The engine stopped."
    assert dialog.error.property("tone") == "error"
    compare.done.emit()
    assert dialog.run_button.isEnabled() and not dialog.stop_button.isEnabled()
    dialog.run()  # a new run clears the last one's text, stats and error
    assert dialog.outputs[BASE].toPlainText() == "" and dialog.stats[BASE].text() == "" and not dialog.error.isVisible()
    dialog.reject()
    assert compare.stops >= 1  # closing stops what runs
