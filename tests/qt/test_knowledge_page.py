"""The Knowledge page on the real knowledge base (issue 12): create a collection from a folder, watch it index,
see its counts and the file that could not be read with why, and search it. BM25 only (no embedding model). The
reranker choice: offered, picked, applied to the knowledge base, saved in the settings and applied at start."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.knowledge_controller import KnowledgeController
from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.storage.settings_store import SettingsStore
from desktop_llm.ui.knowledge_items import DETAIL_ROLE
from desktop_llm.ui.knowledge_page import KnowledgePage
from desktop_llm.ui.knowledge_results import plain_passage
from tests.qt.conftest import OpenWindow

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[KnowledgePage]:
    knowledge = KnowledgeController(KnowledgeBase(tmp_path / "data", tmp_path / "logs"), debounce_ms=50)
    widget = KnowledgePage(knowledge, ("multilingual-e5-small Q8_0", 120 * 1024 * 1024),
                           recommended_reranker=("bge-reranker-v2-m3-Q8_0", 636_000_000))
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    knowledge.start()
    yield widget
    knowledge.shutdown()


def test_a_collection_is_made_indexed_and_searched_from_the_page(qtbot: QtBot, page: KnowledgePage,
                                                                 tmp_path: Path) -> None:
    knowledge = page._knowledge
    assert page.stack.currentIndex() == 0 and page.empty.isVisibleTo(page)  # no collection yet
    assert page.offer.isVisibleTo(page) and "keyword search only" in page.model_banner.text()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "descaling.md").write_text("# Descaling\n\nDescale the boiler every two months with citric acid.\n",
                                       encoding="utf-8")
    (docs / "grinder.txt").write_text("A finer grind slows the shot down.\n", encoding="utf-8")
    (docs / "scan.pdf").write_bytes(b"%PDF-1.4 not a real PDF")
    with qtbot.waitSignal(knowledge.index_finished, timeout=60_000) as finished:
        page.create_collection("Coffee", [str(docs)])
    assert finished.args[1].added == 2
    qtbot.waitUntil(lambda: page.counts().get("Coffee", "").startswith("2 files"), timeout=10_000)
    assert page.stack.currentIndex() == 1
    assert page.counts()["Coffee"].endswith("Keyword search only")
    detail = page.detail
    assert detail.title.text() == "Coffee"
    # a folder a row: its name, the folder it is in (muted), the path whole in the tooltip
    assert [detail.sources.item(i).data(Qt.ItemDataRole.UserRole) for i in range(detail.sources.count())] == [
        str(docs)]
    assert detail.sources.item(0).text() == "docs" and detail.sources.item(0).data(DETAIL_ROLE) == str(tmp_path)
    assert detail.sources.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == f"Folder: {docs}"
    qtbot.waitUntil(lambda: detail.failed.count() == 1, timeout=10_000)
    # the file's name once, the reason under it without the name again
    assert detail.failed.item(0).text() == "scan.pdf"
    reason = str(detail.failed.item(0).data(DETAIL_ROLE))
    assert reason.startswith("damaged (") and "scan.pdf" not in reason
    assert detail.failed.isVisibleTo(page)
    # the collection list: the name, its counts on the muted second line (also what a screen reader says)
    item = page.collection_list.item(0)
    assert item.text() == "Coffee" and item.data(DETAIL_ROLE) == page.counts()["Coffee"]
    assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == page.counts()["Coffee"]
    assert detail.model.currentText() == "Keyword search only (BM25)"
    # The last run's report: this one, or a second run that the start-up pass queued and found nothing new (but
    # the file it could not read, tried again)
    assert detail.status.text() in ("Indexed: 2 new, 0 changed, 0 removed, 1 not read",
                                    "Indexed: 0 new, 0 changed, 0 removed, 1 not read", "Up to date")
    assert not detail.cancel_button.isVisibleTo(page) and detail.reindex_button.isEnabled()

    detail.query.setText("how often to descale the boiler")
    with qtbot.waitSignal(knowledge.search_finished, timeout=30_000):
        detail.search()
    assert detail.results.count() >= 1
    passage = detail.results.passage(0)
    assert passage is not None and Path(passage.path).name == "descaling.md"
    first = detail.results.item(0)
    # the card's text: plain, the markdown heading the header shows (its place) left out
    assert first.text() == "Descale the boiler every two months with citric acid."
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == "Passage 1: descaling.md · Descaling"
    assert "score" in first.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "citric acid" in first.toolTip() and "descaling.md" in first.toolTip()
    assert "Keyword search only (BM25)" in detail.search_note.text()
    # a click opens the passage in its file's context, as a chat's source does
    rect = detail.results.visualRect(detail.results.model().index(0, 0))
    with qtbot.waitSignal(detail.results.opened, timeout=2000) as opened:
        QTest.mouseClick(detail.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [1]
    dialog = detail.results.dialog
    assert dialog is not None and dialog.source.path == passage.path and dialog.isVisible()
    assert dialog.source.text == passage.text and not dialog.cited_label.isVisibleTo(dialog)
    dialog.close()
    detail.results.setFocus()
    detail.results.setCurrentRow(0)
    with qtbot.waitSignal(detail.results.opened, timeout=2000):  # and Enter, for the keyboard
        QTest.keyClick(detail.results, Qt.Key.Key_Return)
    assert detail.results.dialog is not None
    detail.results.dialog.close()


def test_a_passage_is_shown_as_plain_text() -> None:
    text = ("# Descaling\n\n## How often\n\nDescale **every two months** with `citric acid`, see "
            "[the manual](https://example.com).\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert plain_passage(text, ("Descaling", "How often")) == (
        "Descale every two months with citric acid, see the manual.\n\n• one\n• two\n\na · b\n1 · 2")
    assert plain_passage("## Other\ntext", ("Descaling",)) == "Other\ntext"  # a heading the header lacks stays


def test_a_change_in_the_folder_is_indexed_while_the_app_runs(qtbot: QtBot, page: KnowledgePage,
                                                              tmp_path: Path) -> None:
    knowledge = page._knowledge
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("Alpha text about tea.\n", encoding="utf-8")
    with qtbot.waitSignal(knowledge.index_finished, timeout=60_000):
        page.create_collection("Tea", [str(docs)])
    qtbot.waitUntil(lambda: page.counts().get("Tea", "").startswith("1 file "), timeout=10_000)
    (docs / "b.md").write_text("Brew green tea at 80 degrees.\n", encoding="utf-8")  # no Re-index: the watcher
    qtbot.waitUntil(lambda: page.counts().get("Tea", "").startswith("2 files"), timeout=30_000)


def test_a_failed_edit_says_why(qtbot: QtBot, page: KnowledgePage, tmp_path: Path) -> None:
    knowledge = page._knowledge
    with qtbot.waitSignal(knowledge.index_finished, timeout=60_000):
        page.create_collection("Same", [str(tmp_path)])
    with qtbot.waitSignal(knowledge.action_failed, timeout=10_000):
        page.create_collection("Same", [str(tmp_path)])
    assert "Same" in page.banner.text() and page.banner.isVisibleTo(page)


def test_without_a_reranker_the_page_offers_one_and_a_missing_file_is_refused(
        qtbot: QtBot, page: KnowledgePage, tmp_path: Path) -> None:
    knowledge = page._knowledge
    assert [page.reranker.itemText(i) for i in range(page.reranker.count())] == ["None"]
    # (under the collections: shown with the first one)
    assert not page.reranker_offer.isHidden() and "bge-reranker-v2-m3" in page.reranker_offer.text()
    with qtbot.waitSignal(page.reranker_download_requested, timeout=1000):
        page.reranker_offer.linkActivated.emit("download")
    page.reranker_download_failed("no network")  # the offer comes back, the reason shows
    assert "bge-reranker-v2-m3" in page.reranker_offer.text() and "no network" in page.banner.text()
    with qtbot.waitSignals([knowledge.action_failed, knowledge.reranker_changed], timeout=10_000, order="strict"):
        page.choose_reranker(str(tmp_path / "gone.gguf"))
    assert "gone.gguf is missing" in page.banner.text()
    assert knowledge.reranker == "" == knowledge.knowledge_base.reranker and page.reranker.currentIndex() == 0


@pytest.mark.slow
def test_the_reranker_chosen_on_the_page_reorders_its_searches(qtbot: QtBot, page: KnowledgePage,
                                                               tmp_path: Path, starter_model: Path) -> None:
    """The random-weight reranker of tests/reranker_model.py in the library (beside a chat model, which is no
    reranker): listed by name, picked, applied to the knowledge base, and the page's search shows its scores."""
    from tests.reranker_model import reranker_gguf

    knowledge = page._knowledge
    reranker = str(reranker_gguf(tmp_path / "models" / "test-reranker.gguf", context_length=256))
    with qtbot.waitSignal(knowledge.rerankers_listed, timeout=10_000):
        knowledge.list_rerankers([str(starter_model), reranker])
    assert [page.reranker.itemText(i) for i in range(page.reranker.count())] == ["None", "test-reranker.gguf"]
    assert page.reranker_offer.isHidden()
    with qtbot.waitSignals([page.reranker_chosen, knowledge.reranker_changed], timeout=10_000):
        page.reranker.setCurrentIndex(1)
        page.reranker.activated.emit(1)
    assert knowledge.knowledge_base.reranker == reranker == knowledge.reranker
    assert page.reranker.currentText() == "test-reranker.gguf"

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("kettle.md", "Boil vinegar and water in the kettle, then rinse it."),
                       ("acid.md", "Citric acid removes limescale from the kettle in minutes."),
                       ("filter.md", "The coffee machine filter for the kettle is in the cup.")):
        (docs / name).write_text(text + "\n", encoding="utf-8")
    with qtbot.waitSignal(knowledge.index_finished, timeout=60_000):
        page.create_collection("Kettle", [str(docs)])
    qtbot.waitUntil(lambda: page.detail.row is not None, timeout=10_000)
    page.detail.query.setText("kettle")
    with qtbot.waitSignal(knowledge.search_finished, timeout=120_000) as found:
        page.detail.search()
    assert found.args[0].reranked
    assert "re-ranked" in page.detail.search_note.text()
    results = page.detail.results
    items = [str(results.item(i).data(Qt.ItemDataRole.AccessibleDescriptionRole)) for i in range(results.count())]
    assert len(items) == 3 and all("rerank score" in item for item in items)

    with qtbot.waitSignal(knowledge.reranker_changed, timeout=10_000):  # None: the fused order again
        page.reranker.setCurrentIndex(0)
        page.reranker.activated.emit(0)
    assert knowledge.knowledge_base.reranker == ""
    with qtbot.waitSignal(knowledge.search_finished, timeout=30_000) as plain:
        page.detail.search()
    assert not plain.args[0].reranked and "re-ranked" not in page.detail.search_note.text()


def _knowledge_of(window: QWidget) -> tuple[KnowledgeController, KnowledgePage]:
    """The window's knowledge controller (app_features keeps it on the window) and its Knowledge page."""
    page = window.findChild(KnowledgePage)
    knowledge = getattr(window, "knowledge", None)
    assert isinstance(page, KnowledgePage) and isinstance(knowledge, KnowledgeController)
    return knowledge, page


def test_the_window_applies_the_saved_reranker_at_start_and_saves_a_new_choice(
        qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths) -> None:
    """The reranker in the settings is the knowledge base's from the start (the chat and the page search through
    it); a choice on the page is saved; a saved file that is gone is said so and kept in the settings."""
    from tests.reranker_model import reranker_gguf

    reranker = str(reranker_gguf(app_paths.models_dir / "test-reranker.gguf"))
    store = SettingsStore(app_paths.settings_file)
    store.save(replace(store.load(), knowledge_reranker=reranker))
    window = open_window()
    knowledge, page = _knowledge_of(window)
    qtbot.waitUntil(lambda: knowledge.knowledge_base.reranker == reranker, timeout=10_000)
    qtbot.waitUntil(lambda: page._rerankers == [reranker], timeout=10_000)  # the library's reranker, by name
    assert [page.reranker.itemText(i) for i in range(page.reranker.count())] == ["None", "test-reranker.gguf"]
    assert page.reranker.currentText() == "test-reranker.gguf" and page.reranker_offer.isHidden()

    with qtbot.waitSignal(knowledge.reranker_changed, timeout=10_000):
        page.reranker.setCurrentIndex(0)
        page.reranker.activated.emit(0)
    assert knowledge.knowledge_base.reranker == "" and window.settings.knowledge_reranker == ""
    assert store.load().knowledge_reranker == ""
    with qtbot.waitSignal(knowledge.reranker_changed, timeout=10_000):
        page.reranker.setCurrentIndex(1)
        page.reranker.activated.emit(1)
    assert knowledge.knowledge_base.reranker == reranker == store.load().knowledge_reranker


def test_a_saved_reranker_whose_file_is_gone_is_said_and_kept(qtbot: QtBot, open_window: OpenWindow,
                                                              app_paths: AppPaths) -> None:
    gone = str(app_paths.models_dir / "gone-reranker.gguf")
    store = SettingsStore(app_paths.settings_file)
    store.save(replace(store.load(), knowledge_reranker=gone))
    knowledge, page = _knowledge_of(open_window())
    qtbot.waitUntil(lambda: "gone-reranker.gguf is missing" in page.banner.text(), timeout=10_000)
    assert knowledge.knowledge_base.reranker == "" and page.reranker.currentIndex() == 0
    assert store.load().knowledge_reranker == gone  # its drive may be back next time
