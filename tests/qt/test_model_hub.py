"""The model tabs driven like a user, against the fake hub: search, open, download, pause, resume, chat."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.qt.conftest import OpenWindow
from tests.qt.test_main_window import send

REPO = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF"


def test_recommended_models_are_listed_before_any_search(open_window: OpenWindow) -> None:
    window = open_window()
    panel = window.models_page.hub_panel
    assert panel.results.count() >= 5
    assert "Recommended" in panel.title.text()


def test_search_open_download_pause_resume_and_chat(qtbot: QtBot, open_window: OpenWindow, fake_hub) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    page = window.models_page
    panel = page.hub_panel
    window.tabs.setCurrentWidget(panel)
    panel.query.setText("smollm2")
    with qtbot.waitSignal(page.hub_panel._hub.search_finished, timeout=10_000):
        qtbot.mouseClick(panel.search_button, Qt.MouseButton.LeftButton)
    assert panel.results.count() == 1 and panel.results.item(0).toolTip() == REPO
    with qtbot.waitSignal(page.hub_panel._hub.page_loaded, timeout=10_000):
        panel.results.itemClicked.emit(panel.results.item(0))
    assert "apache-2.0" in panel.card.text() and "compact language models" in panel.card.text()
    assert panel.files.rowCount() == 1
    assert panel.files.item(0, 0).text() == "Q4_1"
    assert panel.files.item(0, 3).text() in ("fits on GPU", "partial offload", "CPU only")
    assert "KV cache" in panel.files.item(0, 3).toolTip()

    fake_hub.faults.delay_per_chunk = 0.01  # slow enough to pause mid-file
    downloads = page.downloads
    with qtbot.waitSignal(downloads.progressed, timeout=10_000, check_params_cb=lambda rid, done, total, s: done > 0):
        qtbot.mouseClick(panel.files.cellWidget(0, 5), Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is page.downloads_panel
    record_id = page.downloads_panel.selected_id()
    assert record_id is not None
    qtbot.waitUntil(lambda: page.downloads_panel.buttons["Pause"].isEnabled(), timeout=5_000)
    def is_paused(rid: int) -> bool:
        return downloads.record(rid).status == "paused"

    with qtbot.waitSignal(downloads.changed, timeout=10_000, check_params_cb=is_paused):
        qtbot.mouseClick(page.downloads_panel.buttons["Pause"], Qt.MouseButton.LeftButton)
    paused = downloads.record(record_id)
    assert paused.status == "paused" and 0 < paused.done_bytes < paused.total_bytes
    assert page.downloads_panel.buttons["Resume"].isEnabled()
    fake_hub.faults.delay_per_chunk = 0.0
    with qtbot.waitSignal(downloads.finished, timeout=60_000) as finished:
        qtbot.mouseClick(page.downloads_panel.buttons["Resume"], Qt.MouseButton.LeftButton)
    path = finished.args[1]
    ranges = [r for _, p, r in fake_hub.requests if p.endswith(".gguf") and r and not r.endswith(str(0))]
    assert any(r.startswith("bytes=") and r.endswith("-") for r in ranges)  # resumed, not restarted
    assert downloads.record(record_id).status == "done"

    library = page.library_panel
    qtbot.waitUntil(lambda: library.select_path(path) or library.selected() is not None, timeout=10_000)  # scanned
    assert library.selected() is not None and library.selected().source == "downloaded"
    qtbot.mouseClick(library.buttons["Chat with it"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 0
    assert window.model_combo.currentData() == path
    qtbot.waitUntil(lambda: window.model_status.text().startswith("Ready"), timeout=60_000)
    finished_reply = send(qtbot, window, "What is the capital of France?")
    assert finished_reply.finish_reason in ("stop", "length")
    assert window.chat._store.messages(window.chat.conversation.id)[-1].content


def test_offline_search_says_so(qtbot: QtBot, open_window: OpenWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    window = open_window()
    panel = window.models_page.hub_panel
    window.tabs.setCurrentWidget(panel)
    with qtbot.waitSignal(panel._hub.search_failed, timeout=10_000):
        qtbot.mouseClick(panel.search_button, Qt.MouseButton.LeftButton)
    assert panel.banner.isVisible() and "Offline" in panel.banner.text()


def test_library_lists_the_starter_and_refuses_to_delete_it(open_window: OpenWindow) -> None:
    window = open_window()
    library = window.models_page.library_panel
    assert library.table.rowCount() == 1
    assert library.table.item(0, 1).text() == "llama" and library.table.item(0, 3).text() == "Q4_1"
    assert "models" in library.usage.text()


def test_a_broken_import_is_refused_with_a_reason(qtbot: QtBot, open_window: OpenWindow, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    window = open_window()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\x00" * 10)
    window.models_page.library_panel.import_path(bad)
    assert shown and "bad.gguf cannot be used" in shown[0]
    assert window.models_page.library_panel.table.rowCount() == 1
