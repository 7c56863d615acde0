"""Every page beyond chat wears the same chrome (issue 15, "Every page"): a header titled like the page, and an
empty state while the page has nothing, gone once it has something."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui.downloads_panel import DownloadsPanel
from desktop_llm.ui.library_panel import LibraryPanel
from desktop_llm.ui.page_chrome import PageHeader
from desktop_llm.ui.server_panel import ServerPanel
from desktop_llm.ui.summarize_panel import SummarizePanel
from desktop_llm.ui.training_panel import TrainingPanel
from desktop_llm.ui.translate_panel import TranslatePanel
from tests.qt.conftest import OpenWindow, add_finished_run

PAGES = ("Summarize", "Translate", "Discover", "Downloads", "Library", "Train", "Server")
REPO = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF"


def test_every_page_starts_with_a_header_titled_like_the_page(open_window: OpenWindow) -> None:
    window = open_window()
    for title in PAGES:
        page = window.page(title)
        assert page is not None, title
        headers = page.findChildren(PageHeader)
        assert len(headers) == 1, title
        header = headers[0]
        assert header.title.text() == title and header.subtitle.text(), title
        assert page.layout().itemAt(0).widget() is header, f"{title}: the header is not on top"  # type: ignore[union-attr]


def test_summarize_and_translate_show_an_empty_state_until_there_is_text(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    for title, kind in (("Summarize", SummarizePanel), ("Translate", TranslatePanel)):
        page = window.page(title)
        assert isinstance(page, kind)
        window.tabs.setCurrentWidget(page)
        source = page.source
        # One open button, in the empty state as its primary action, then beside the document's details.
        assert source.is_empty_shown() and source.empty.isVisible() and not source.editor.isVisible()
        assert source.open_button.parentWidget() is source.empty and source.open_button.text() == "Choose a document…"
        assert source.open_button.property("kind") == "primary" and source.open_button.isVisible()
        source.set_document("memo.txt", "The office is closed on Friday.", None)
        assert not source.is_empty_shown() and not source.empty.isVisible() and source.editor.isVisible()
        assert source.open_button.parentWidget() is source.row_holder and source.open_button.isVisible()
        assert source.open_button.property("kind") is None
        source.editor.clear()  # cleared without the user typing in it: back to the empty state
        assert source.is_empty_shown() and source.open_button.parentWidget() is source.empty


def test_paste_text_opens_the_editor_and_leaving_it_empty_brings_the_empty_state_back(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    from PySide6.QtGui import QGuiApplication

    window = open_window()
    page = window.page("Summarize")
    assert isinstance(page, SummarizePanel)
    window.tabs.setCurrentWidget(page)
    QGuiApplication.clipboard().setText("Pasted from elsewhere.")
    qtbot.mouseClick(page.source.paste_button, Qt.MouseButton.LeftButton)
    assert page.source.text() == "Pasted from elsewhere." and page.source.editor.isVisible()
    QGuiApplication.clipboard().setText("")
    page.source.editor.clear()
    qtbot.mouseClick(page.source.paste_button, Qt.MouseButton.LeftButton)  # nothing to paste: type instead
    qtbot.waitUntil(page.source.editor.hasFocus, timeout=2_000)
    assert not page.source.is_empty_shown()
    page.style_combo.setFocus()
    qtbot.waitUntil(page.source.is_empty_shown, timeout=2_000)


def test_the_progress_line_shows_only_when_it_has_something_to_say(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    page = window.page("Summarize")
    assert isinstance(page, SummarizePanel)
    window.tabs.setCurrentWidget(page)
    assert not page.progress.isVisible()
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)  # no text yet: the hint, without an empty bar
    assert page.progress.isVisible() and page.progress.label.text() and not page.progress.bar.isVisible()
    page.source.set_document("memo.txt", "The office is closed on Friday.", None)
    assert not page.progress.isVisible()
    assert page.run_button.property("kind") == "primary"


def test_downloads_empty_state_until_a_download_starts_and_browse_shows_discover(
    qtbot: QtBot, open_window: OpenWindow, fake_hub
) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    page = window.models_page
    downloads = page.downloads_panel
    assert isinstance(downloads, DownloadsPanel)
    window.tabs.setCurrentWidget(downloads)
    assert downloads.is_empty_shown() and downloads.empty.isVisible() and not downloads.table.isVisible()
    assert not downloads.buttons["Pause"].isVisible()  # nothing to act on
    with qtbot.waitSignal(page.discover_requested, timeout=2_000):
        qtbot.mouseClick(downloads.browse_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is page.hub_panel
    with qtbot.waitSignal(page.hub_panel._hub.page_loaded, timeout=10_000):
        page.hub_panel.open_repo(REPO)
    with qtbot.waitSignal(page.downloads.finished, timeout=30_000):
        page.hub_panel.files.cellWidget(0, 5).click()
    window.tabs.setCurrentWidget(downloads)
    assert not downloads.is_empty_shown() and downloads.table.isVisible() and not downloads.empty.isVisible()
    assert downloads.buttons["Remove"].isVisible()


def test_library_says_when_only_the_starter_is_there(open_window: OpenWindow, tmp_path: Path) -> None:
    window = open_window()
    library = window.models_page.library_panel
    assert isinstance(library, LibraryPanel)
    window.tabs.setCurrentWidget(library)
    assert library.is_empty_shown() and library.empty.isVisible() and library.table.rowCount() == 1
    assert library.buttons["Import .gguf…"].parentWidget() is library.header  # a page action, in the header


def test_train_shows_no_runs_yet_until_there_is_a_run(
    open_window: OpenWindow, app_paths: AppPaths, starter_model: Path, tmp_path: Path
) -> None:
    window = open_window()
    train = window.page("Train")
    assert isinstance(train, TrainingPanel)
    window.tabs.setCurrentWidget(train)
    assert train.is_empty_shown() and train.empty.isVisible() and not train.run_list.isVisible()
    assert train.form.train_button.property("kind") == "primary"
    add_finished_run(app_paths, starter_model, tmp_path / "run", "style")
    train.refresh()
    assert not train.is_empty_shown() and train.run_list.isVisible() and train.run_list.count() == 1
    train.select_run(train.run_list.item(0).data(Qt.ItemDataRole.UserRole))
    # The run's own buttons sit in its view, beside its name.
    assert train.stack.currentWidget() is train.run_view and train.run_view.title.text() == "style"
    assert train.use_button.isVisible() and train.use_button.isEnabled()


def test_server_log_says_stopped_until_requests_arrive(open_window: OpenWindow) -> None:
    window = open_window()
    server = window.page("Server")
    assert isinstance(server, ServerPanel)
    window.tabs.setCurrentWidget(server)
    assert server.is_empty_shown() and "stopped" in server.empty.title.text()
    assert not server.log_view.isVisible() and server.start_button.property("kind") == "primary"
