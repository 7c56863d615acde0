"""A reply's reasoning is stored beside its answer (schema v6), and databases from before it keep working."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_llm.services.storage.conversation_store import ConversationStore
from desktop_llm.services.storage.database import MIGRATIONS, SCHEMA_VERSION


def test_reasoning_is_saved_apart_from_the_answer(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "app.sqlite3")
    conversation = store.create_conversation("t")
    question = store.add_message(conversation.id, None, "user", "2+2?")
    reply = store.add_message(conversation.id, question.id, "assistant", "", "partial")
    assert reply.reasoning == ""
    store.update_message(reply.id, "", "partial", reasoning="Adding two and two")  # a periodic save while thinking
    store.update_message(reply.id, "4.", "complete", {"thinking_s": 1.5})  # reasoning None: kept as it was
    [_, saved] = store.messages(conversation.id)
    assert (saved.content, saved.reasoning, saved.meta_dict()["thinking_s"]) == ("4.", "Adding two and two", 1.5)
    # Search reads answers only: the reasoning is not what the user was told.
    assert store.list_conversations("Adding") == [] and [c.id for c in store.list_conversations("4.")] == [1]
    store.close()


def test_a_database_from_before_reasoning_migrates(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:5]:
        migration(raw)
    raw.execute("INSERT INTO conversations VALUES (1, 'old', '', 0, 0, 2)")
    raw.execute("INSERT INTO messages VALUES (1, 1, NULL, 'user', 'hi', 0, 'complete', '{}')")
    raw.execute("INSERT INTO messages VALUES (2, 1, 1, 'assistant', 'hello', 1, 'complete', '{\"tokens_per_s\": 9}')")
    raw.execute("PRAGMA user_version=5")
    raw.close()
    store = ConversationStore(path)
    assert store.schema_version == SCHEMA_VERSION >= 6  # later schemas (v7: chat tools) keep v6
    assert [(m.content, m.reasoning) for m in store.messages(1)] == [("hi", ""), ("hello", "")]
    store.close()
