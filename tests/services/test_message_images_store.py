"""Images of user messages in the conversation store (issue 17): content-addressed files beside the database, shared
by the messages that show the same picture, deleted with the last one that refers to them, kept across reopening."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_llm.core.errors import StoreError
from desktop_llm.core.message_images import NewImage
from desktop_llm.core.message_parts import data_url
from desktop_llm.services.storage.conversation_store import ConversationStore
from desktop_llm.services.storage.database import MIGRATIONS, SCHEMA_VERSION

PNG = b"\x89PNG\r\n\x1a\n" + b"first picture" * 10
JPEG = b"\xff\xd8\xff\xe0" + b"second picture" * 10


def image(data: bytes, mime: str = "image/png") -> NewImage:
    return NewImage(data_url(data, mime), 64, 32)


@pytest.fixture
def store(tmp_path: Path) -> ConversationStore:
    s = ConversationStore(tmp_path / "db.sqlite3")
    yield s
    s.close()


def test_images_are_stored_by_content_in_order_and_read_back(store: ConversationStore, tmp_path: Path) -> None:
    chat = store.create_conversation("pictures")
    user = store.add_message(chat.id, None, "user", "what is in these?", images=[image(PNG), image(JPEG, "image/jpeg")])
    folder = tmp_path / "images"
    names = [f"{hashlib.sha256(PNG).hexdigest()}.png", f"{hashlib.sha256(JPEG).hexdigest()}.jpg"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert [Path(i.path).name for i in user.images] == names and user.images[0].width == 64
    assert (folder / names[0]).read_bytes() == PNG
    [saved] = store.messages(chat.id)
    assert saved.images == user.images  # the same order, sizes and paths as written
    assert store.images.read(saved.images[1]) == JPEG


def test_a_shared_picture_is_one_file_deleted_with_the_last_message_that_refers_to_it(
        store: ConversationStore, tmp_path: Path) -> None:
    first = store.create_conversation("one")
    second = store.create_conversation("two")
    store.add_message(first.id, None, "user", "a", images=[image(PNG)])
    kept = store.add_message(second.id, None, "user", "b", images=[image(PNG), image(JPEG, "image/jpeg")])
    folder = tmp_path / "images"
    assert len(list(folder.iterdir())) == 2  # the PNG once, for both messages
    store.delete_conversation(second.id)
    assert [p.name for p in folder.iterdir()] == [Path(kept.images[0].path).name]  # the JPEG had no other message
    store.delete_conversation(first.id)
    assert list(folder.iterdir()) == []


def test_an_edit_refers_to_the_stored_image_again_and_it_survives_reopening(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "db.sqlite3")
    chat = store.create_conversation("edit")
    original = store.add_message(chat.id, None, "user", "describe", images=[image(PNG)])
    edited = store.add_message(chat.id, None, "user", "describe briefly", images=original.images)
    assert edited.images[0].sha256 == original.images[0].sha256
    store.close()
    reopened = ConversationStore(tmp_path / "db.sqlite3")
    try:
        nodes = {n.id: n for n in reopened.messages(chat.id)}
        assert nodes[edited.id].images == nodes[original.id].images
        assert Path(nodes[edited.id].images[0].path).read_bytes() == PNG
    finally:
        reopened.close()


def test_a_message_with_a_broken_image_is_not_saved_at_all(store: ConversationStore, tmp_path: Path) -> None:
    chat = store.create_conversation("broken")
    for bad in ("data:text/html;base64,PGI+", "data:image/png;base64,not base64!", "/etc/passwd",
                "data:image/svg+xml;base64,PHN2Zz4="):
        with pytest.raises(StoreError):
            store.add_message(chat.id, None, "user", "x", images=[NewImage(bad)])
    assert store.messages(chat.id) == [] and not (tmp_path / "images").exists()
    with pytest.raises(StoreError):
        store.add_message(chat.id, None, "user", "too many", images=[image(PNG)] * 17)


def test_files_left_by_a_crash_are_swept_at_the_next_open_and_others_are_left_alone(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "db.sqlite3")
    chat = store.create_conversation("c")
    kept = store.add_message(chat.id, None, "user", "x", images=[image(PNG)])
    store.close()
    folder = tmp_path / "images"
    orphan = folder / ("ab" * 32 + ".png")
    orphan.write_bytes(b"left behind")
    stranger = folder / "notes.txt"
    stranger.write_text("not ours")
    ConversationStore(tmp_path / "db.sqlite3").close()
    assert sorted(p.name for p in folder.iterdir()) == sorted([Path(kept.images[0].path).name, "notes.txt"])


def test_a_version_7_database_gains_message_images(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    for migration in MIGRATIONS[:7]:
        migration(raw)
    raw.execute("PRAGMA user_version=7")
    raw.execute("INSERT INTO conversations (title, created_at, updated_at) VALUES ('old', 1, 1)")
    raw.execute("INSERT INTO messages (conversation_id, role, content, created_at) VALUES (1, 'user', 'hi', 1)")
    raw.commit()
    raw.close()
    store = ConversationStore(path)
    try:
        assert store.schema_version == SCHEMA_VERSION >= 8
        [old] = store.messages(1)
        assert old.content == "hi" and old.images == ()
        store.add_message(1, old.id, "user", "and this?", images=[image(PNG)])
        assert store.messages(1)[-1].images[0].mime == "image/png"
    finally:
        store.close()
