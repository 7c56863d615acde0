"""The Knowledge page on the real knowledge base (issue 12): create a collection from a folder, watch it index,
see its counts and the file that could not be read with why, and search it. BM25 only (no embedding model)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.knowledge_controller import KnowledgeController
from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase
from desktop_llm.ui.knowledge_page import KnowledgePage

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[KnowledgePage]:
    knowledge = KnowledgeController(KnowledgeBase(tmp_path / "data", tmp_path / "logs"), debounce_ms=50)
    widget = KnowledgePage(knowledge, ("multilingual-e5-small Q8_0", 120 * 1024 * 1024))
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
    assert [detail.sources.item(i).text() for i in range(detail.sources.count())] == [str(docs)]
    qtbot.waitUntil(lambda: detail.failed.count() == 1, timeout=10_000)
    assert detail.failed.item(0).text().startswith("scan.pdf: ")
    assert detail.failed.isVisibleTo(page)
    assert detail.model.currentText() == "Keyword search only (BM25)"
    # The last run's report: this one, or a second run that the start-up pass queued and found nothing new
    assert detail.status.text() in ("Indexed: 2 new, 0 changed, 0 removed, 1 not read", "Up to date")
    assert not detail.cancel_button.isVisibleTo(page) and detail.reindex_button.isEnabled()

    detail.query.setText("how often to descale the boiler")
    with qtbot.waitSignal(knowledge.search_finished, timeout=30_000):
        detail.search()
    assert detail.results.count() >= 1
    first = detail.results.item(0).text()
    assert first.startswith("[1] descaling.md") and "score" in first and "citric acid" in first
    assert "Keyword search only (BM25)" in detail.search_note.text()


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
