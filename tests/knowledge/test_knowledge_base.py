"""The KnowledgeBase facade end to end on real folders (issue 12): the real store, indexer, retriever and folder
watcher; BM25 only here, and one slow test with the real embedding model (tests/embedding_model.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.core.errors import KnowledgeError, KnowledgeNotFoundError
from desktop_llm.core.knowledge_types import IndexProgress
from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase

DESCALING = """# Descaling the espresso machine

Descale the boiler every two months with citric acid. Run the solution through the group head, then rinse with
three tanks of fresh water before pulling a shot.
"""
GRINDER = """Grinder settings

A finer grind slows the shot down; a coarser grind speeds it up. Burrs last about 500 kilograms of coffee.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "descaling.md").write_text(DESCALING, encoding="utf-8")
    (docs / "grinder.txt").write_text(GRINDER, encoding="utf-8")
    (docs / "scan.pdf").write_bytes(b"%PDF-1.4 this is not really a PDF at all")
    return docs


@pytest.fixture
def knowledge(tmp_path: Path) -> Iterator[KnowledgeBase]:
    base = KnowledgeBase(tmp_path / "data", tmp_path / "logs")
    yield base
    base.close()


def run(knowledge: KnowledgeBase, collection_id: int, stop: threading.Event | None = None,
        seen: list[IndexProgress] | None = None):  # type: ignore[no-untyped-def]
    return knowledge.index(collection_id, (seen if seen is not None else []).append, stop or threading.Event())


def test_a_folder_is_indexed_searched_and_its_unreadable_file_reported(knowledge: KnowledgeBase,
                                                                         folder: Path) -> None:
    collection = knowledge.create("Coffee", [str(folder)])
    seen: list[IndexProgress] = []
    report = run(knowledge, collection.id, seen=seen)
    assert (report.added, report.paused) == (2, False)
    assert [Path(f.path).name for f in report.failed] == ["scan.pdf"]
    assert seen and seen[-1].files_total == 3
    files, failed, chunks = knowledge.stats(collection.id)
    assert (files, failed) == (2, 1) and chunks >= 2
    listed = {Path(f.path).name: f for f in knowledge.files(collection.id)}
    assert listed["scan.pdf"].status == "failed" and listed["scan.pdf"].error
    assert listed["descaling.md"].status == "indexed" and listed["descaling.md"].chunks >= 1
    result = knowledge.search([collection.id], "how often should I descale the boiler", 3)
    assert result.mode == "bm25"
    assert Path(result.passages[0].path).name == "descaling.md"
    assert "citric acid" in result.passages[0].text


def test_a_re_index_touches_only_what_changed(knowledge: KnowledgeBase, folder: Path) -> None:
    collection = knowledge.create("Coffee", [str(folder)])
    run(knowledge, collection.id)
    again = run(knowledge, collection.id)
    assert (again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, 3)  # the bad PDF too
    (folder / "grinder.txt").write_text(GRINDER + "\nClean the burrs monthly.\n", encoding="utf-8")
    (folder / "descaling.md").unlink()
    (folder / "milk.md").write_text("Steam the milk to 60 degrees.\n", encoding="utf-8")
    changed = run(knowledge, collection.id)
    assert (changed.added, changed.changed, changed.removed) == (1, 1, 1)
    names = {Path(f.path).name for f in knowledge.files(collection.id) if f.status == "indexed"}
    assert names == {"grinder.txt", "milk.md"}


def test_a_paused_run_keeps_its_work_and_the_next_one_finishes(knowledge: KnowledgeBase, folder: Path) -> None:
    collection = knowledge.create("Coffee", [str(folder)])
    stop = threading.Event()
    stop.set()
    assert run(knowledge, collection.id, stop).paused
    finished = run(knowledge, collection.id)
    assert not finished.paused
    assert knowledge.stats(collection.id)[:2] == (2, 1)


def test_one_run_per_collection_at_a_time(knowledge: KnowledgeBase, folder: Path) -> None:
    collection = knowledge.create("Coffee", [str(folder)])
    refused: list[str] = []

    def progress(_value: IndexProgress) -> None:
        if not refused:  # the run is going: a second one on the same collection is refused
            assert knowledge.indexing(collection.id)
            with pytest.raises(KnowledgeError) as caught:
                knowledge.index(collection.id, lambda _p: None, threading.Event())
            refused.append(str(caught.value))

    knowledge.index(collection.id, progress, threading.Event())
    assert refused and not knowledge.indexing(collection.id)
    assert not run(knowledge, collection.id).paused  # the first run released the collection


def test_sources_models_attachments_and_delete(knowledge: KnowledgeBase, folder: Path, tmp_path: Path) -> None:
    collection = knowledge.create("Coffee", [str(folder / "grinder.txt")])
    with pytest.raises(KnowledgeError):
        knowledge.create("Coffee", [str(folder)])
    extra = tmp_path / "extra.md"
    extra.write_text("Store beans in an airtight jar.\n", encoding="utf-8")
    assert str(extra) in knowledge.add_sources(collection.id, [str(extra)]).sources
    run(knowledge, collection.id)
    assert knowledge.stats(collection.id)[0] == 2
    knowledge.remove_sources(collection.id, [str(extra)])
    assert [Path(f.path).name for f in knowledge.files(collection.id)] == ["grinder.txt"]
    assert knowledge.set_embedding_model(collection.id, "").embedding_model == ""
    knowledge.attach(7, [collection.id], only_documents=True)
    assert [c.name for c in knowledge.attached(7)] == ["Coffee"] and knowledge.only_documents(7)
    knowledge.delete(collection.id)
    assert knowledge.collections() == []
    with pytest.raises(KnowledgeNotFoundError):
        knowledge.collection(collection.id)


def test_a_change_in_a_watched_folder_names_its_collection(knowledge: KnowledgeBase, folder: Path) -> None:
    collection = knowledge.create("Coffee", [str(folder)])
    changed: list[int] = []
    heard = threading.Event()

    def on_changed(collection_id: int) -> None:
        changed.append(collection_id)
        heard.set()

    knowledge.watch(on_changed)
    (folder / "new.md").write_text("Preheat the cups.\n", encoding="utf-8")
    assert heard.wait(30), "the watcher never reported the new file"
    assert set(changed) == {collection.id}


def test_a_missing_embedding_model_is_a_clear_error(knowledge: KnowledgeBase, folder: Path, tmp_path: Path) -> None:
    collection = knowledge.create("Coffee", [str(folder)], embedding_model=str(tmp_path / "gone.gguf"))
    with pytest.raises(KnowledgeError, match=r"gone\.gguf"):
        run(knowledge, collection.id)


@pytest.mark.slow
def test_with_an_embedding_model_search_is_hybrid(tmp_path: Path, folder: Path) -> None:
    from desktop_llm.services.models.model_library import starter_model_path
    from tests.embedding_model import embedding_gguf

    model = str(embedding_gguf())
    knowledge = KnowledgeBase(tmp_path / "data", tmp_path / "logs")
    try:
        assert knowledge.embedding_models([str(starter_model_path()), model]) == [model]
        collection = knowledge.create("Coffee", [str(folder)], embedding_model=model)
        report = run(knowledge, collection.id)
        assert report.added == 2 and not report.paused
        assert knowledge.collection(collection.id).dimensions == 384
        result = knowledge.search([collection.id], "removing limescale from the machine", 3)
        assert result.mode == "hybrid"
        assert Path(result.passages[0].path).name == "descaling.md"
    finally:
        knowledge.close()
