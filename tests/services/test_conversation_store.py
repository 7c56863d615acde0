from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_llm.core.conversation import ConversationTree
from desktop_llm.core.errors import StoreError
from desktop_llm.services.storage.conversation_store import ConversationStore
from desktop_llm.services.storage.database import SCHEMA_VERSION


@pytest.fixture
def store(tmp_path: Path) -> ConversationStore:
    s = ConversationStore(tmp_path / "db.sqlite3")
    yield s
    s.close()


def test_pragmas_and_schema(store: ConversationStore, tmp_path: Path) -> None:
    assert store.schema_version == SCHEMA_VERSION
    raw = sqlite3.connect(tmp_path / "db.sqlite3")
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()


def test_messages_form_a_tree_and_the_current_leaf_follows_writes(store: ConversationStore) -> None:
    conversation = store.create_conversation("t", "sys")
    user = store.add_message(conversation.id, None, "user", "hi")
    first = store.add_message(conversation.id, user.id, "assistant", "hello")
    second = store.add_message(conversation.id, user.id, "assistant", "hey")
    assert store.conversation(conversation.id).current_leaf_id == second.id
    tree = ConversationTree(store.messages(conversation.id))
    assert [n.id for n in tree.children(user.id)] == [first.id, second.id]
    store.set_current_leaf(conversation.id, first.id)
    assert store.conversation(conversation.id).current_leaf_id == first.id


def test_update_rename_prompt_delete(store: ConversationStore) -> None:
    conversation = store.create_conversation("old")
    reply = store.add_message(conversation.id, None, "assistant", "", "partial")
    store.update_message(reply.id, "done", "complete", {"tokens_per_s": 10.0})
    [saved] = store.messages(conversation.id)
    assert (saved.content, saved.status) == ("done", "complete") and "10.0" in saved.meta
    store.rename_conversation(conversation.id, "new")
    store.set_system_prompt(conversation.id, "be brief")
    assert store.conversation(conversation.id).title == "new"
    assert store.conversation(conversation.id).system_prompt == "be brief"
    store.delete_conversation(conversation.id)
    assert store.list_conversations() == [] and store.messages(conversation.id) == []
    with pytest.raises(StoreError):
        store.conversation(conversation.id)


def test_search_matches_titles_and_content_and_escapes_wildcards(store: ConversationStore) -> None:
    a = store.create_conversation("Holiday plans")
    b = store.create_conversation("Code review")
    store.add_message(b.id, None, "user", "why is 100% CPU used by my_loop?")
    assert [c.id for c in store.list_conversations("holiday")] == [a.id]
    assert [c.id for c in store.list_conversations("100%")] == [b.id]
    assert [c.id for c in store.list_conversations("my_loop")] == [b.id]
    assert [c.id for c in store.list_conversations("%")] == [b.id]  # a literal percent sign, not a wildcard
    assert store.list_conversations("CP_") == []  # "_" is literal too (as a wildcard it would match "CPU")
    assert {c.id for c in store.list_conversations()} == {a.id, b.id}


@pytest.mark.allow_error_logs
def test_a_malformed_row_is_quarantined_not_the_whole_list(store: ConversationStore, tmp_path: Path) -> None:
    conversation = store.create_conversation("t")
    good = store.add_message(conversation.id, None, "user", "fine")
    raw = sqlite3.connect(tmp_path / "db.sqlite3")
    raw.execute(
        "INSERT INTO messages (conversation_id, parent_id, role, content, created_at, status, meta) "
        "VALUES (?, NULL, 'robot', 'x', 0, 'complete', '{}')",
        (conversation.id,),
    )
    raw.commit()
    raw.close()
    assert [m.id for m in store.messages(conversation.id)] == [good.id]


def test_v1_database_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    raw = sqlite3.connect(path)
    raw.executescript(
        """
        CREATE TABLE conversations (id INTEGER PRIMARY KEY, title TEXT NOT NULL, system_prompt TEXT NOT NULL
          DEFAULT '', created_at REAL NOT NULL, updated_at REAL NOT NULL, current_leaf_id INTEGER);
        CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL, parent_id INTEGER,
          role TEXT NOT NULL, content TEXT NOT NULL, created_at REAL NOT NULL, status TEXT NOT NULL DEFAULT 'complete');
        CREATE INDEX messages_by_conversation ON messages(conversation_id);
        INSERT INTO conversations VALUES (1, 'kept', '', 0, 0, 1);
        INSERT INTO messages VALUES (1, 1, NULL, 'user', 'from v1', 0, 'complete');
        PRAGMA user_version=1;
        """
    )
    raw.close()
    store = ConversationStore(path)
    assert store.schema_version == SCHEMA_VERSION
    [message] = store.messages(1)
    assert message.content == "from v1" and message.meta == "{}"
    store.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    raw.close()
    with pytest.raises(StoreError, match="newer desktop-llm"):
        ConversationStore(path)


_WRITER = """
import sys
from pathlib import Path
from desktop_llm.services.storage.conversation_store import ConversationStore
store = ConversationStore(Path(sys.argv[1]))
conversation = store.create_conversation("crash test")
parent = None
i = 0
while True:
    node = store.add_message(conversation.id, parent, "user" if i % 2 == 0 else "assistant", "x" * 2000 + str(i))
    print(node.id, flush=True)  # printed only after the commit returned
    parent = node.id
    i += 1
"""


def test_sigkill_while_writing_keeps_every_committed_message(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    committed: list[int] = []
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while len(committed) < 200 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed.append(int(line))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert len(committed) >= 200, "the writer did not get going"
    store = ConversationStore(path)
    try:
        ids = {m.id for m in store.messages(1)}
        assert set(committed) <= ids
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tree = ConversationTree(store.messages(1))
        assert len(tree.path_to(committed[-1])) == len(committed)
    finally:
        store.close()
