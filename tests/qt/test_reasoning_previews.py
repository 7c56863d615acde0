"""The Summarize page's live text never shows a reasoning model's thoughts (issue 13, part 2), on the stand-in engine,
which reasons in a `<think>` block first when the text asks it to "think": every text the page is streamed, and the
result, hold the answer alone."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.qt.conftest import OpenWindow
from tests.qt.test_documents import page

REASONING_WORDS = "weigh it step by step"


def test_a_summary_streams_its_answer_without_the_thinking(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    panel = page(window, "Summarize")
    controller = panel._controller
    streamed: list[str] = []
    controller.text_streamed.connect(streamed.append)
    # "long": the stand-in's answer runs on to the reply's budget, so the page is streamed many times.
    panel.source.editor.setPlainText("Please think hard about this long report. The river rose all week and the "
                                     "bridge was closed on Friday while engineers checked its piers.")
    panel.length.setCurrentIndex(0)
    with qtbot.waitSignal(controller.job_finished, timeout=60_000) as finished:
        panel.run_button.click()
    result = finished.args[2]
    assert len(streamed) > 2 and streamed[0].startswith("This is the stand-in engine's reply to:")
    assert not any("<think>" in text or REASONING_WORDS in text or "</think>" in text for text in streamed)
    assert result.text.startswith("This is the stand-in engine's reply to:") and REASONING_WORDS not in result.text
    assert REASONING_WORDS not in panel.result_view.toPlainText()
