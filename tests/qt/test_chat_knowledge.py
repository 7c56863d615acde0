"""Knowledge in chat on the real window with the stand-in engine (issue 12, K5): a collection attached through the
chat's control, its numbered passages in the prompt the engine received, the sources saved in the reply's meta,
shown under the reply and again after reopening; "answer only from the documents" with nothing relevant."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.chat_knowledge import ChatKnowledge, documents_do_not_say, search_query, with_passages
from desktop_llm.controllers.passage_context import PassageContext
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.sources_meta import (
    SOURCES_KEY,
    Source,
    knowledge_from_meta,
    sources_for,
    sources_from_meta,
    sources_to_meta,
)
from desktop_llm.services.knowledge.knowledge_base import STORE_NAME, KnowledgeBase
from desktop_llm.services.knowledge.knowledge_store import KnowledgeStore
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui.passage_dialog import file_url
from desktop_llm.ui.sources_view import SourcesView
from tests.qt.conftest import OpenWindow
from tests.standin_engine.worker import RECORD_ENV

DESCALING = """# Descaling the espresso machine

Descale the boiler every two months with citric acid. Run the solution through the group head, then rinse with
three tanks of fresh water before pulling a shot.
"""
GRINDER = """# Grinder settings

A finer grind slows the shot down; a coarser grind speeds it up. Burrs last about 500 kilograms of coffee.
"""


@pytest.fixture
def knowledge(app_paths: AppPaths, tmp_path: Path) -> Iterator[KnowledgeBase]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "descaling.md").write_text(DESCALING, encoding="utf-8")
    (docs / "grinder.md").write_text(GRINDER, encoding="utf-8")
    base = KnowledgeBase(app_paths.data_dir, app_paths.log_dir)
    collection = base.create("Coffee", [str(docs)])
    base.index(collection.id, lambda _progress: None, threading.Event())
    yield base
    base.close()


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The file the stand-in engine writes each chat request's messages to."""
    path = tmp_path / "requests.jsonl"
    monkeypatch.setenv(RECORD_ENV, str(path))
    return path


def requests(path: Path) -> list[list[dict[str, str]]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_an_attached_collection_puts_numbered_passages_in_the_prompt_and_sources_under_the_reply(
        open_window: OpenWindow, qtbot: QtBot, knowledge: KnowledgeBase, recorded: Path) -> None:
    window = open_window()
    chat, panel = window.chat, window.chat_panel
    chat_knowledge = ChatKnowledge(chat, knowledge)
    control = panel.knowledge_attach
    control.bind(chat_knowledge)
    assert control.isHidden()
    chat_knowledge.refresh()
    assert not control.isHidden() and control.text() == "Knowledge" and not control.isChecked()

    # Ticking the collection in the control's list attaches it to a new chat.
    control._fill_menu()
    (box,) = control.boxes.values()
    assert not control.only_box.isEnabled()
    box.setChecked(True)
    conversation = chat.conversation
    assert conversation is not None
    assert [c.name for c in knowledge.attached(conversation.id)] == ["Coffee"]
    assert control.isChecked() and "1" in control.text()

    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        chat.send("How often should I descale the boiler?")
    (prompt,) = requests(recorded)
    question = prompt[-1]["content"]
    assert question.startswith("Numbered passages from the user's documents follow.")
    assert "[1] descaling.md, Descaling the espresso machine\n" in question
    assert "citric acid" in question
    assert question.endswith("Question: How often should I descale the boiler?")
    reply = chat.visible_path()[-1]
    assert chat.visible_path()[-2].content == "How often should I descale the boiler?"  # stored as typed
    sources = sources_from_meta(reply.meta_dict())
    assert sources[0].file_name == "descaling.md" and "citric acid" in sources[0].text
    assert not any(s.cited for s in sources)  # the stand-in's canned reply cites nothing
    note = knowledge_from_meta(reply.meta_dict())
    assert note is not None and note.collections == ("Coffee",) and note.relevant and note.mode == "bm25"

    view = panel.view(reply.id)
    assert view is not None and view.sources is not None
    assert not view.sources.isHidden()
    assert view.sources.chips[0].text().startswith("[1] descaling.md")
    dialog = view.sources.open_source(view.sources.sources[0])
    assert "citric acid" in dialog.passage.toPlainText() and dialog.open_button.isEnabled()
    dialog.close()

    # Reopened, the reply shows the same sources (read back from the database).
    chat.open_conversation(conversation.id)
    reopened = panel.view(reply.id)
    assert reopened is not None and reopened is not view and reopened.sources is not None
    assert reopened.sources.sources == sources
    assert "**Sources**" in chat.export("md") and "descaling.md" in chat.export("md")


def test_only_from_the_documents_with_nothing_relevant_answers_without_the_model(
        open_window: OpenWindow, qtbot: QtBot, knowledge: KnowledgeBase, recorded: Path) -> None:
    window = open_window()
    chat = window.chat
    chat_knowledge = ChatKnowledge(chat, knowledge)
    chat_knowledge.refresh()
    chat_knowledge.attach([c.id for c in knowledge.collections()], only_documents=True)
    assert chat_knowledge.only_documents
    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        chat.send("Who won the football world cup in 1954?")
    reply = chat.visible_path()[-1]
    assert reply.content == documents_do_not_say()
    assert requests(recorded) == []  # the engine was never asked
    note = knowledge_from_meta(reply.meta_dict())
    assert note is not None and note.only_documents and not note.relevant
    view = window.chat_panel.view(reply.id)
    assert view is not None and view.sources is not None and not view.sources.isHidden()
    assert not view.sources.chips

    # Detached, the same question goes to the model without passages.
    chat_knowledge.attach([], only_documents=False)
    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        chat.send("Who won the football world cup in 1954?")
    (prompt,) = requests(recorded)
    assert "Numbered passages" not in prompt[-1]["content"]
    assert window.chat_panel.view(chat.visible_path()[-1].id).sources.isHidden()  # type: ignore[union-attr]


def test_a_short_follow_up_is_searched_with_the_question_before_it() -> None:
    messages = [ChatMessage("system", "Be brief."), ChatMessage("user", "What did sales do in 2018 in Europe?"),
                ChatMessage("assistant", "They grew [1]."), ChatMessage("user", "and in 2019?")]
    assert search_query(messages) == "What did sales do in 2018 in Europe?\nand in 2019?"
    assert search_query([*messages[:3], ChatMessage("user", "What about the warranty of the grinder?")]) == (
        "What about the warranty of the grinder?")
    assert search_query([*messages[:3], ChatMessage("user", "那2019年呢？")]).endswith("\n那2019年呢？")
    framed = with_passages(messages, "Cite.", "[1] a.md\ntext")
    assert framed[:3] == tuple(messages[:3])
    assert framed[3].content == "Cite.\n\n[1] a.md\ntext\n\nQuestion: and in 2019?"


def test_a_pdf_source_opens_at_its_page() -> None:
    source = Source(n=1, collection="C", path="/docs/report.pdf", text="t", page=7)
    assert file_url(source).fragment() == "page=7" and file_url(source).toLocalFile() == "/docs/report.pdf"
    assert not file_url(Source(n=1, collection="C", path="/docs/a.md", text="t", page=None)).hasFragment()


_MIME: list[QMimeData] = []  # an event does not own its mime data: kept alive while the test runs


def _drop_event(kind: type, path: Path) -> Any:
    """A drag entering (QDragEnterEvent) or a drop (QDropEvent) of one local file, as the window system sends."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    _MIME.append(mime)
    point = QPoint(5, 5) if kind is QDragEnterEvent else QPointF(5, 5)
    return kind(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def test_a_file_dropped_on_the_chat_is_attached_indexed_at_once_and_cited(
        open_window: OpenWindow, qtbot: QtBot, app_paths: AppPaths, tmp_path: Path, recorded: Path) -> None:
    dropped = tmp_path / "dropped"
    dropped.mkdir()
    (dropped / "descaling.md").write_text(DESCALING, encoding="utf-8")
    (dropped / "grinder.md").write_text(GRINDER, encoding="utf-8")
    window = open_window()  # the app's own wiring (app_knowledge): the chat takes drops
    chat, panel = window.chat, window.chat_panel
    in_chat = chat.knowledge
    assert in_chat is not None and panel.knowledge_attach.isHidden()  # no collection at all yet

    # Dropped on the composer: the file goes to the chat, not its path into the text.
    enter = _drop_event(QDragEnterEvent, dropped / "descaling.md")
    QApplication.sendEvent(panel.composer, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(in_chat.chat_files_indexed, timeout=30_000):
        QApplication.sendEvent(panel.composer, _drop_event(QDropEvent, dropped / "descaling.md"))
    assert panel.composer.toPlainText() == ""
    conversation = chat.conversation
    assert conversation is not None
    control = panel.knowledge_attach
    assert not control.isHidden() and control.isChecked() and control.text() == "descaling.md"
    store = KnowledgeStore(app_paths.data_dir / STORE_NAME)
    try:
        assert store.collections() == []  # a chat's own collection is not on the Knowledge page
        (own,) = store.attached(conversation.id)
        assert own.conversation_id == conversation.id and own.sources == (str(dropped / "descaling.md"),)
        with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
            chat.send("How often should I descale the boiler?")
        question = requests(recorded)[-1][-1]["content"]
        assert "[1] descaling.md, Descaling the espresso machine\n" in question and "citric acid" in question
        sources = sources_from_meta(chat.visible_path()[-1].meta_dict())
        assert sources[0].file_name == "descaling.md" and "citric acid" in sources[0].text

        # Dropped on the conversation and asked about at once: the question waits for the keyword pass.
        panel.dropEvent(_drop_event(QDropEvent, dropped / "grinder.md"))
        with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
            chat.send("How many kilograms of coffee do the burrs last?")
        question = requests(recorded)[-1][-1]["content"]
        assert "500 kilograms" in question and "grinder.md" in question
        assert "2" in control.text() and [c.id for c in store.attached(conversation.id)] == [own.id]

        # Deleting the chat deletes its own collection and its attachment.
        chat.delete(conversation.id)
        qtbot.waitUntil(lambda: store.collections(chats=True) == [], timeout=30_000)
        assert store.attached(conversation.id) == [] and not store.only_documents(conversation.id)
    finally:
        store.close()


def test_without_file_drops_the_chat_takes_none(open_window: OpenWindow, qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# A\n\nText.", encoding="utf-8")
    window = open_window()
    panel = window.chat_panel
    panel.accept_file_drops(False)
    dropped: list[str] = []
    panel.file_dropped.connect(dropped.append)
    enter = _drop_event(QDragEnterEvent, tmp_path / "a.md")
    QApplication.sendEvent(panel.composer, enter)
    QApplication.sendEvent(panel.composer, _drop_event(QDropEvent, tmp_path / "a.md"))
    assert dropped == [] and not panel.acceptDrops()


def test_a_source_opens_in_its_files_context_while_the_store_has_it(
        qtbot: QtBot, app_paths: AppPaths, tmp_path: Path) -> None:
    docs = tmp_path / "manuals"
    docs.mkdir()
    sections = [f"# Part {i}\n\n" + f"Part {i} explains topic{i} in detail. " * 40 for i in range(1, 6)]
    (docs / "manual.md").write_text("\n\n".join(sections), encoding="utf-8")
    base = KnowledgeBase(app_paths.data_dir, app_paths.log_dir)
    host = QWidget()  # the window: its passage_context reads the context (wired with Knowledge)
    qtbot.addWidget(host)
    host.passage_context = PassageContext(base, host)  # type: ignore[attr-defined]
    try:
        collection = base.create("Manuals", [str(docs)])
        base.index(collection.id, lambda _progress: None, threading.Event(), embed=False)
        found = base.search([collection.id], "topic3", 1).passages
        meta = {SOURCES_KEY: sources_to_meta(sources_for(found[:1]))}  # as a reply stores its sources
        view = SourcesView(host)
        view.show_meta(meta)
        (source,) = view.sources
        assert source.chunk_id == found[0].chunk_id  # kept in the meta
        dialog = view.open_source(source)
        qtbot.waitUntil(lambda: dialog.in_context, timeout=10_000)
        around = base.passage_context(source.chunk_id)
        assert len(around) > 2 and around[0].path == around[-1].path == source.path  # the chunks around it, in order
        assert dialog.passage.toPlainText() == "\n\n".join(p.text.strip() for p in around)
        assert dialog.emphasised() == source.text.strip() and "topic3" in dialog.emphasised()
        dialog.close()

        # A reply stored before sources kept their chunk: the stored passage alone.
        old = view.open_source(replace(source, chunk_id=0))
        assert not host.passage_context.reading  # type: ignore[attr-defined]  # nothing to read
        assert not old.in_context and old.passage.toPlainText() == source.text
        old.close()

        # The file changed and was indexed again: the store no longer has that passage.
        (docs / "manual.md").write_text("# Other\n\nSomething else entirely. " * 3, encoding="utf-8")
        base.index(collection.id, lambda _progress: None, threading.Event(), embed=False)
        assert base.passage_context(source.chunk_id) == []
        gone = view.open_source(source)
        qtbot.waitUntil(lambda: not host.passage_context.reading, timeout=10_000)  # type: ignore[attr-defined]
        assert not gone.in_context and gone.passage.toPlainText() == source.text
        gone.close()
    finally:
        host.passage_context.shutdown()  # type: ignore[attr-defined]
        base.close()
