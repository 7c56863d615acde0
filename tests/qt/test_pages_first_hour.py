"""The pages beyond chat, as a new user met them in the first hour (issue 20, items 7, 8, 10, 11, 12)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QSplitter
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.document_controller import DocumentController
from desktop_llm.controllers.hub_controller import HubController
from desktop_llm.controllers.library_controller import LibraryController
from desktop_llm.core.document_types import JobResult, RequestRecord
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.core.model_info import human_size
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.settings_schema import AppSettings
from desktop_llm.services.documents.document_history import DocumentHistory
from desktop_llm.services.documents.document_jobs import DocumentJobs
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.models.hub_client import RECOMMENDED, HubClient
from desktop_llm.services.models.model_library import ModelLibrary
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui.hub_panel import HubPanel
from desktop_llm.ui.library_panel import LibraryPanel
from desktop_llm.ui.model_inspector_dialog import MAX_KEY_WIDTH, ModelInspectorDialog
from desktop_llm.ui.settings_dialog import SettingsDialog
from desktop_llm.ui.summarize_panel import SummarizePanel
from desktop_llm.ui.translate_panel import TranslatePanel
from tests.gguf_fixtures import tiny_gguf
from tests.hostile.pages import HTML_KEY, LONG_KEY, markup_and_long_keys, write_not_gguf
from tests.qt.conftest import OpenWindow

BUDGET = MemoryBudget(ram_bytes=16 * 1024**3, vram_bytes=0)
pytestmark = pytest.mark.usefixtures("english")  # the app's English plurals and number formats


def closed_port_url() -> str:
    """A loopback address nothing listens on: the hub as an offline computer meets it (connection refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def offline_panel(qtbot: QtBot) -> Iterator[HubPanel]:
    controller = HubController(HubClient(endpoint=closed_port_url()), BUDGET)
    panel = HubPanel(controller, RECOMMENDED)
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    controller.wait()


# Item 7: Discover offline


def test_an_offline_search_keeps_the_curated_list_and_says_offline(qtbot: QtBot, offline_panel: HubPanel) -> None:
    panel = offline_panel
    shown = [panel.results.item(i).text() for i in range(panel.results.count())]
    panel.query.setText("llama")
    with qtbot.waitSignal(panel._hub.search_failed, timeout=10_000):
        qtbot.mouseClick(panel.search_button, Qt.MouseButton.LeftButton)
    assert [panel.results.item(i).text() for i in range(panel.results.count())] == shown
    assert panel.banner.isVisible() and "offline" in panel.banner.text()
    assert panel.retry_button.isVisible() and panel.search_button.isEnabled()


def test_an_offline_model_page_says_so_instead_of_loading_for_good(qtbot: QtBot, offline_panel: HubPanel) -> None:
    panel = offline_panel
    with qtbot.waitSignal(panel._hub.page_failed, timeout=10_000):
        panel.results.itemClicked.emit(panel.results.item(0))
    assert "Loading" not in panel.card.text()
    assert "cannot be reached" in panel.card.text() and RECOMMENDED[0] in panel.card.text()
    assert panel.banner.isVisible() and panel.retry_button.isVisible()
    with qtbot.waitSignal(panel._hub.page_failed, timeout=10_000):  # Try again asks again, and says so again
        qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    assert "cannot be reached" in panel.card.text()


def test_show_it_in_discover_from_the_welcome_offline(qtbot: QtBot, open_window: OpenWindow,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", closed_port_url())
    window = open_window()
    dialog = window.app_menus.show_first_run_if_needed()
    assert dialog is not None
    panel = window.models_page.hub_panel
    with qtbot.waitSignal(panel._hub.page_failed, timeout=10_000):
        qtbot.mouseClick(dialog.discover_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is panel
    assert "Loading" not in panel.card.text() and "cannot be reached" in panel.card.text()


def test_a_search_without_a_match_says_so(qtbot: QtBot, fake_hub) -> None:  # type: ignore[no-untyped-def]
    controller = HubController(HubClient(), BUDGET)
    panel = HubPanel(controller, RECOMMENDED)
    qtbot.addWidget(panel)
    panel.query.setText("no-such-model-anywhere")
    with qtbot.waitSignal(controller.search_finished, timeout=10_000):
        qtbot.mouseClick(panel.search_button, Qt.MouseButton.LeftButton)
    assert panel.results.count() == 1 and "No GGUF models match “no-such-model-anywhere”" in panel.results.item(0).text()
    assert not controller.offline and not panel.banner.isVisible()


# Item 8: Summarize


@pytest.fixture
def documents(app_paths: AppPaths, tmp_path: Path) -> Iterator[DocumentController]:
    """The real document controller and history; its engine is never started by these tests (no job runs)."""
    history = DocumentHistory(app_paths.database_file)
    controller = DocumentController(DocumentJobs(history), EngineHost(tmp_path / "engine-logs"))
    yield controller
    history.close()


def summarize_panel(qtbot: QtBot, documents: DocumentController) -> SummarizePanel:
    panel = SummarizePanel(documents, MarkdownRenderer())
    qtbot.addWidget(panel)
    return panel


def test_pasting_text_takes_back_the_hint_asking_for_it(qtbot: QtBot, documents: DocumentController) -> None:
    panel = summarize_panel(qtbot, documents)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert panel.progress.label.text() == "Open a document or paste some text first."
    panel.source.editor.insertPlainText("Some pasted text about the weather.")
    assert panel.progress.label.text() == ""
    panel.source.editor.clear()
    assert "paste text" in panel.source.info.text()  # no stale size of the text that is gone


def test_an_earlier_summary_shows_its_own_source_and_options(qtbot: QtBot, documents: DocumentController) -> None:
    history = documents._services  # the real DocumentJobs: an entry made earlier, of pasted text
    pasted = "The committee met on Monday.\nIt approved the budget.\n\nIt will meet again in May."
    history.add_history("summary", "pasted text", pasted, {"style": "bullets", "length": "long", "language": "de",
                                                           "custom_instruction": ""}, "- Met Monday\n- Budget ok")
    panel = summarize_panel(qtbot, documents)
    # A document opened since then, with its exact token count.
    memo = SimpleNamespace(name="memo.pdf", text="word " * 5000, warnings=[])
    documents.document_loaded.emit("summary", memo, 5012)
    assert "memo.pdf" in panel.source.info.text() and "5,012" in panel.source.info.text()
    item = panel.history.item(0)
    assert "\n" not in item.text() and "Bullet points" in item.text() and "- Met Monday - Budget ok" in item.text()
    panel.history.itemClicked.emit(item)
    info = panel.source.info.text()
    assert info.startswith("pasted text:") and "memo.pdf" not in info and "5,012" not in info
    assert panel.source.text() == pasted
    assert panel.style_combo.currentData() == "bullets" and panel.length.currentData() == "long"
    assert panel.language.currentData() == "de"


def test_the_first_time_estimate_follows_the_model_and_what_replies_really_use(
        qtbot: QtBot, documents: DocumentController, starter_model: Path) -> None:
    # Measured on this 2-core VM (1 thread, busy): the starter summarizes a 73-token text in 1.9 s; the old
    # estimate said 16 s before any job had run.
    documents.selection.select(LoadParams(path=str(starter_model), n_ctx=4096))
    short = documents.estimate_seconds(73, 4096, 320)
    assert short < 4
    page = documents.estimate_seconds(518, 4096, 320)
    assert short < page < 20
    # A bigger model reads all its weights for every token: slower (a file of unknown size counts as a 7B).
    documents.selection.select(LoadParams(path=str(starter_model.parent / "missing-7b.gguf"), n_ctx=4096))
    assert documents.estimate_seconds(73, 4096, 320) > 5 * short
    # After a job, the estimate is scaled by what it really took against what it estimated.
    documents.selection.select(LoadParams(path=str(starter_model), n_ctx=4096))
    job = JobResult("summary", 73, 4 * short, [RequestRecord(136, 320, 4096, "final")], rounds=1, chunks=1)
    documents._learn_speed("summary", job)
    assert documents.estimate_seconds(73, 4096, 320) == pytest.approx(4 * short, rel=0.25)
    assert documents.calibration["translation"] == 1.0


def test_done_says_parts_and_requests_in_words(qtbot: QtBot, documents: DocumentController) -> None:
    panel = summarize_panel(qtbot, documents)
    for chunks, requests, expected in ((1, 1, "(in one pass)."), (3, 5, "(3 parts, 5 requests to the model).")):
        panel.job.claim()
        entry = SimpleNamespace(source_name="pasted text", options={}, result="x")
        result = JobResult("A summary.", 100, 2.0, [RequestRecord(10, 10, 4096, "map")] * requests, chunks=chunks)
        documents.job_finished.emit("summary", entry, result)
        assert panel.progress.label.text().endswith(expected) and "(s)" not in panel.progress.label.text()


def test_a_summary_export_is_named_after_its_source(qtbot: QtBot, documents: DocumentController,
                                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, caption, path, filters: (asked.append(path), ("", ""))[1])
    panel = summarize_panel(qtbot, documents)
    documents.document_loaded.emit("summary", SimpleNamespace(name="Quarterly report.pdf", text="text", warnings=[]), 1)
    panel._export()
    panel.source.editor.setPlainText("Minutes of the board: the budget passed, the roof waits.")
    panel._export()
    assert [Path(p).name for p in asked] == ["Quarterly report summary.md", "Minutes of the board the budget summary.md"]


# Item 10: Library and inspector


@pytest.fixture
def library(app_paths: AppPaths, starter_model: Path) -> Iterator[LibraryController]:
    controller = LibraryController(ModelLibrary(app_paths.models_dir, app_paths.library_index, starter_model))
    yield controller
    controller.wait()


def test_the_library_counts_in_words_and_offers_delete_only_where_it_works(
        qtbot: QtBot, library: LibraryController, tmp_path: Path) -> None:
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    assert panel.usage.text().startswith("1 model,")
    panel.table.selectRow(0)
    assert panel.selected() is not None and panel.selected().source == "starter"
    assert not panel.buttons["Delete…"].isEnabled() and "starter" in panel.buttons["Delete…"].toolTip()
    assert panel.buttons["Chat with it"].isEnabled()
    panel.import_path(tiny_gguf(tmp_path / "tiny.gguf"))
    assert panel.usage.text().startswith("2 models,")
    assert panel.selected() is not None and panel.selected().source == "imported"
    assert panel.buttons["Delete…"].isEnabled()


def test_importing_a_file_that_is_not_gguf_shows_its_first_bytes_readably(
        qtbot: QtBot, library: LibraryController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    files = write_not_gguf(tmp_path / "picked")
    for path in files:
        panel.import_path(path)
    assert len(shown) == len(files)
    for text, (path, readable) in zip(shown, files.items(), strict=True):
        assert f"{path.name} cannot be used" in text and readable in text, text
        assert "b'" not in text and "b\"" not in text and "\\x" not in text, text


def test_the_inspector_fits_its_keys_and_shows_the_template_in_a_fixed_font(
        qtbot: QtBot, library: LibraryController, starter_model: Path, tmp_path: Path) -> None:
    [starter] = library.models()
    dialog = ModelInspectorDialog(starter)
    qtbot.addWidget(dialog)
    keys = [dialog.table.item(row, 0) for row in range(dialog.table.rowCount())]
    widest = max(dialog.table.fontMetrics().horizontalAdvance(item.text()) for item in keys)
    assert dialog.table.columnWidth(0) >= widest  # no key elided (was Qt's default 100 px)
    assert all(item.toolTip() for item in keys)
    assert QFontInfo(dialog.template.font()).fixedPitch()
    # Hostile keys: a key too wide for any screen is bounded (its tooltip has it), and markup stays text.
    hostile = tmp_path / "hostile.gguf"
    hostile.write_bytes(markup_and_long_keys())
    dialog = ModelInspectorDialog(ModelLibrary(tmp_path / "m", tmp_path / "i.json", None).import_file(hostile))
    qtbot.addWidget(dialog)
    tips = {dialog.table.item(row, 0).text(): dialog.table.item(row, 0).toolTip() for row in range(dialog.table.rowCount())}
    assert dialog.table.columnWidth(0) <= MAX_KEY_WIDTH
    assert LONG_KEY in tips[LONG_KEY]
    assert "<b>" not in tips[HTML_KEY] and "&lt;b&gt;" in tips[HTML_KEY]


def test_the_model_size_reads_the_same_in_the_picker_and_the_settings_panel(open_window: OpenWindow,
                                                                          starter_model: Path) -> None:
    window = open_window()
    size = human_size(starter_model.stat().st_size)
    assert window.model_combo.currentText().endswith(size)
    assert f"Model {size}," in window.settings_panel.engine_info.text()


# Item 11: Translate


def test_swap_forgets_the_detected_language_and_the_panes_are_equal(qtbot: QtBot, documents: DocumentController) -> None:
    panel = TranslatePanel(documents)
    qtbot.addWidget(panel)
    panel.resize(1280, 700)
    panel.show()
    qtbot.waitExposed(panel)
    left, right = panel.findChild(QSplitter).sizes()
    assert abs(left - right) <= 0.05 * (left + right)
    panel.source.editor.setPlainText("Das Wetter ist heute sehr schön, und wir gehen am Nachmittag im Park spazieren.")
    panel.options(panel.source.text())  # what Translate does first
    assert panel.detected.text() == "Detected: German"
    qtbot.mouseClick(panel.swap_button, Qt.MouseButton.LeftButton)
    assert panel.source_language.currentData() == "en" and panel.target_language.currentData() == "de"
    assert panel.detected.text() == ""
    panel.source_language.setCurrentIndex(0)  # Auto-detect again: detected anew on the next Translate
    panel.options(panel.source.text())
    assert panel.detected.text() == "Detected: German"
    panel.source.editor.setPlainText("Something else entirely, in English this time.")
    assert panel.detected.text() == ""


# Item 12: small things


def test_file_dialogs_start_at_home_then_in_the_last_folder_used(
        qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    launched_from = tmp_path / "launched-from"
    launched_from.mkdir()
    monkeypatch.chdir(launched_from)  # Qt's dialogs start here when given no folder
    picked = tmp_path / "letters" / "memo.txt"
    picked.parent.mkdir()
    picked.write_text("The office is closed on Friday.", encoding="utf-8")
    asked: list[tuple[str, str]] = []

    def save(parent, caption, path, filters):  # type: ignore[no-untyped-def]
        asked.append(("save", path))
        return "", ""

    def open_(parent, caption, path, filters):  # type: ignore[no-untyped-def]
        asked.append(("open", path))
        return str(picked), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    window = open_window()
    window.export_chat("md")  # File → Export as Markdown…
    summarize = next(window.tabs.widget(i) for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Summarize")
    with qtbot.waitSignal(summarize._controller.document_loaded, timeout=30_000):
        qtbot.mouseClick(summarize.source.open_button, Qt.MouseButton.LeftButton)
    window.export_chat("json")
    assert [(kind, Path(path).parent if kind == "save" else Path(path)) for kind, path in asked] == [
        ("save", Path.home()), ("open", Path.home()), ("save", picked.parent)]


def test_empty_downloads_and_a_chat_search_without_a_match_say_so(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    downloads = window.models_page.downloads_panel
    window.tabs.setCurrentWidget(downloads)
    assert downloads.is_empty_shown() and "No downloads yet" in downloads.empty.title.text()
    window.tabs.setCurrentIndex(0)
    assert not window.sidebar.no_match.isVisible()
    window.sidebar.search.setText("zebra crossing")
    assert window.sidebar.no_match.isVisible() and "zebra crossing" in window.sidebar.no_match.text()
    window.sidebar.search.clear()
    assert not window.sidebar.no_match.isVisible()


def test_enter_in_settings_saves_instead_of_choosing_a_folder(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    chooser: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: chooser.append("asked") or "")
    dialog = SettingsDialog(AppSettings(), [], str(tmp_path / "models"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None, timeout=5_000)  # where the focus lands at opening
    buttons = {button.text(): button for button in dialog.findChildren(QPushButton)}
    assert buttons["Save"].isDefault() and not buttons["Change…"].isDefault()
    assert not isinstance(dialog.focusWidget(), QPushButton)  # Change… had the focus (and its frame) at opening
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert chooser == []


def test_the_theme_is_in_the_view_menu(qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths) -> None:
    from desktop_llm.services.storage.settings_store import SettingsStore

    window = open_window()
    menus = window.app_menus
    titles = [action.text() for action in window.view_menu.actions()]
    assert "&Theme" in titles
    try:
        menus.theme_actions["dark"].trigger()
        assert menus._theme.current == "dark" and menus._theme.is_dark
        assert menus.theme_actions["dark"].isChecked() and not menus.theme_actions["system"].isChecked()
        assert SettingsStore(app_paths.settings_file).load().theme == "dark"  # kept for the next start
    finally:
        menus.theme_actions["system"].trigger()  # the palette is the application's: leave it as found
    assert SettingsStore(app_paths.settings_file).load().theme == "system"
