"""Knowledge in chat end to end on real parts (issue 12, K5): the real chat controller and conversation store, the
real engine worker on the starter model, and a collection of tests/fixtures/knowledge indexed with the real
embedding model (all-MiniLM-L6-v2, tests/embedding_model.py). The prompt must carry the passage that answers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.chat_controller import ChatController
from desktop_llm.controllers.chat_knowledge import ChatKnowledge
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.core.sources_meta import knowledge_from_meta, sources_from_meta
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase
from desktop_llm.services.storage.conversation_store import ConversationStore
from desktop_llm.services.storage.paths import AppPaths

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "knowledge"
GREEDY = SamplingParams(temperature=0.0, top_k=1, seed=0, max_tokens=48, repeat_penalty=1.0)


@pytest.fixture
def chat(app_paths: AppPaths, tmp_path: Path, starter_model: Path) -> Iterator[ChatController]:
    store = ConversationStore(app_paths.database_file)
    host = EngineHost(tmp_path / "engine-logs")
    controller = ChatController(store, host)
    controller.selection.select(LoadParams(path=str(starter_model), n_ctx=2048))
    controller.sampling = GREEDY
    yield controller
    controller.shutdown()
    host.shutdown()
    store.close()


@pytest.mark.slow
def test_the_prompt_carries_the_passage_that_answers(chat: ChatController, qtbot: QtBot, tmp_path: Path,
                                                     embedding_gguf: Path) -> None:
    knowledge = KnowledgeBase(tmp_path / "knowledge", tmp_path / "knowledge-logs")
    try:
        collection = knowledge.create("Espresso machine", [str(CORPUS)], embedding_model=str(embedding_gguf))
        report = knowledge.index(collection.id, lambda _progress: None, threading.Event())
        assert report.added >= 10 and not report.failed
        chat_knowledge = ChatKnowledge(chat, knowledge)
        chat_knowledge.refresh()
        chat_knowledge.attach([collection.id], only_documents=False)

        with qtbot.waitSignal(chat.reply_finished, timeout=120_000):
            chat.send("How often should I remove the limescale from the machine?")
        reply = chat.visible_path()[-1]
        meta = reply.meta_dict()
        sources = sources_from_meta(meta)
        assert sources, meta
        assert sources[0].file_name == "descaling.md" and "citric acid" in sources[0].text
        note = knowledge_from_meta(meta)
        assert note is not None and note.mode == "hybrid" and note.relevant
        # The engine counted the passages in the prompt it read (the question alone is about 40 tokens).
        assert isinstance(meta.get("prompt_tokens"), int) and meta["prompt_tokens"] > 150  # type: ignore[operator]
        assert reply.content.strip()
    finally:
        knowledge.close()
