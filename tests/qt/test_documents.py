"""The Summarize and Translate pages, driven like a user with the real engine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.document_fixtures import long_report, write_pdf
from tests.qt.conftest import OpenWindow


def page(window, title: str):  # type: ignore[no-untyped-def]
    for index in range(window.tabs.count()):
        if window.tabs.tabText(index) == title:
            window.tabs.setCurrentIndex(index)
            return window.tabs.widget(index)
    raise AssertionError(title)


def test_open_a_file_and_summarize_it(qtbot: QtBot, open_window: OpenWindow, tmp_path: Path) -> None:
    window = open_window()
    panel = page(window, "Summarize")
    pdf = write_pdf(tmp_path / "memo.pdf", ["The library will close early on Friday because of the staff party. "
                                            "Books can be returned at the front desk until noon."])
    controller = panel._controller
    with qtbot.waitSignal(controller.document_loaded, timeout=30_000):
        panel.source.file_chosen.emit(pdf)
    assert "library will close early" in panel.source.text()
    assert "memo.pdf" in panel.source.info.text() and "tokens" in panel.source.info.text()
    panel.length.setCurrentIndex(0)
    with qtbot.waitSignal(controller.job_finished, timeout=120_000):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert panel.result_view.toPlainText().strip()
    assert panel.copy_button.isEnabled() and "Done" in panel.progress.label.text()
    assert "(in one pass)" in panel.progress.label.text() and "(s)" not in panel.progress.label.text()
    assert panel.history.count() == 1 and "memo.pdf" in panel.history.item(0).text()


def test_cancel_a_summary_midway(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    panel = page(window, "Summarize")
    controller = panel._controller
    panel.source.editor.setPlainText(long_report(pages=12))
    panel.length.setCurrentIndex(0)
    with qtbot.waitSignal(controller.progressed, timeout=60_000,
                          check_params_cb=lambda p: p.stage == "summarizing"):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert not panel.run_button.isEnabled() and panel.progress.cancel_button.isEnabled()
    with qtbot.waitSignal(controller.job_cancelled, timeout=60_000):
        qtbot.mouseClick(panel.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert panel.run_button.isEnabled() and panel.progress.label.text() == "Cancelled."
    assert panel.history.count() == 0


def test_translate_with_swap(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    panel = page(window, "Translate")
    controller = panel._controller
    text = "The weather is beautiful today.\n\n```\nkeep = True\n```"
    panel.source.editor.setPlainText(text)
    panel.target_language.setCurrentIndex(panel.target_language.findData("de"))
    with qtbot.waitSignal(controller.job_finished, timeout=120_000):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert "Detected: English" in panel.detected.text()
    translation = panel.result_view.toPlainText()
    assert translation.endswith("```\nkeep = True\n```") and translation != text
    qtbot.mouseClick(panel.swap_button, Qt.MouseButton.LeftButton)
    assert panel.source_language.currentData() == "de" and panel.target_language.currentData() == "en"
    assert panel.source.text() == translation and panel.result_view.toPlainText() == ""
    assert panel.detected.text() == ""  # "Detected: English" was about the text before the swap


def test_a_renamed_binary_is_refused_with_a_message(qtbot: QtBot, open_window: OpenWindow, tmp_path: Path,
                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = open_window()
    panel = page(window, "Translate")
    fake = tmp_path / "song.txt"
    fake.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    with qtbot.waitSignal(panel._controller.document_failed, timeout=10_000):
        panel.source.file_chosen.emit(fake)
    assert shown and "JPEG image renamed to .txt" in shown[0]
