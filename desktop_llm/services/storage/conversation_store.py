"""Conversations and their message trees in SQLite (WAL, synchronous=FULL, versioned schema); the images of user
messages as content-addressed files beside it (services/storage/image_store.py, issue 17)."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_llm.core.conversation import Conversation, MessageNode, MessageStatus
from desktop_llm.core.errors import ImageRejectedError, StoreError
from desktop_llm.core.events import Role
from desktop_llm.core.message_images import MAX_IMAGES_PER_MESSAGE, MessageImage, NewImage, split_data_url
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.storage.database import immediate_transaction, open_database
from desktop_llm.services.storage.image_store import ImageStore

log = logging.getLogger(__name__)

_ROLES = ("system", "user", "assistant")
_STATUSES = ("complete", "partial", "error")


class ConversationStore:
    """The app's SQLite database of conversations; safe to call from any thread (one lock). Message images are
    files in `images_dir` (<data>/images by default, beside the database), written and deleted under the same lock,
    so a file is never removed while a message being saved takes the same picture."""

    def __init__(self, path: Path, images_dir: Path | None = None) -> None:
        self._path = path
        self._lock = threading.RLock()
        self._db = open_database(path)
        self.images = ImageStore(images_dir or path.parent / "images")
        # Files a crash left between a delete's commit and their removal go now, before anything is written.
        swept = self.images.sweep({row[0] for row in self._query("SELECT DISTINCT sha256 FROM message_images")})
        if swept:
            log.info("removed %d image file(s) no message refers to", swept)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        # The shared helper never lets a failing ROLLBACK mask the store's own error (issue 10, item 16).
        with self._lock, immediate_transaction(self._db, self._path) as db:
            yield db

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                cursor = self._db.execute(sql, params)
                return list(cursor.fetchall())
            except sqlite3.Error as exc:
                raise StoreError(f"database read failed: {exc}") from exc

    # conversations

    def create_conversation(self, title: str, system_prompt: str = "") -> Conversation:
        now = time.time()
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO conversations (title, system_prompt, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (title, system_prompt, now, now),
            )
            new_id = int(cursor.lastrowid or 0)
        return Conversation(new_id, title, system_prompt, now, now, None)

    def conversation(self, conversation_id: int) -> Conversation:
        rows = self._query(
            "SELECT id, title, system_prompt, created_at, updated_at, current_leaf_id FROM conversations WHERE id=?",
            (conversation_id,),
        )
        if not rows:
            raise StoreError(f"conversation {conversation_id} does not exist")
        return Conversation(*rows[0])

    def list_conversations(self, search: str = "") -> list[Conversation]:
        """Newest first; `search` matches titles and message text, case-insensitively."""
        base = "SELECT id, title, system_prompt, created_at, updated_at, current_leaf_id FROM conversations"
        if not search.strip():
            rows = self._query(base + " ORDER BY updated_at DESC, id DESC")
        else:
            pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            rows = self._query(
                base + " WHERE title LIKE ? ESCAPE '\\' OR id IN "
                "(SELECT conversation_id FROM messages WHERE content LIKE ? ESCAPE '\\') "
                "ORDER BY updated_at DESC, id DESC",
                (pattern, pattern),
            )
        return [Conversation(*row) for row in rows]

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        self._update_conversation(conversation_id, "title", title.strip() or "Untitled")

    def set_system_prompt(self, conversation_id: int, system_prompt: str) -> None:
        self._update_conversation(conversation_id, "system_prompt", system_prompt)

    def set_current_leaf(self, conversation_id: int, leaf_id: int | None) -> None:
        with self._transaction() as db:
            db.execute("UPDATE conversations SET current_leaf_id=? WHERE id=?", (leaf_id, conversation_id))

    def _update_conversation(self, conversation_id: int, column: str, value: str) -> None:
        with self._transaction() as db:
            db.execute(
                f"UPDATE conversations SET {column}=?, updated_at=? WHERE id=?", (value, time.time(), conversation_id)
            )

    def delete_conversation(self, conversation_id: int) -> None:
        """The conversation, its messages and the image files no other message refers to."""
        with self._lock:
            with self._transaction() as db:
                shown = _IMAGE_COLUMNS + " WHERE message_id IN (SELECT id FROM messages WHERE conversation_id=?)"
                images = [_image_from_row(row) for row in db.execute(shown, (conversation_id,)).fetchall()]
                db.execute("DELETE FROM message_images WHERE message_id IN "
                           "(SELECT id FROM messages WHERE conversation_id=?)", (conversation_id,))
                db.execute("DELETE FROM messages WHERE conversation_id=?", (conversation_id,))
                db.execute("DELETE FROM conversations WHERE id=?", (conversation_id,))
                unused = [image for image in {i.sha256: i for i in images}.values()
                          if db.execute("SELECT 1 FROM message_images WHERE sha256=? LIMIT 1",
                                        (image.sha256,)).fetchone() is None]
            self.images.remove(unused)  # after the commit: a failed delete keeps every file its messages need

    # messages

    def add_message(
        self,
        conversation_id: int,
        parent_id: int | None,
        role: Role,
        content: str,
        status: MessageStatus = "complete",
        meta: dict[str, Any] | None = None,
        images: Sequence[NewImage | MessageImage] = (),
    ) -> MessageNode:
        """Insert a message and make it the conversation's current leaf, in one durable commit. `images` (a user
        message's, issue 17): new ones as data URLs are stored as files first; stored ones (an edit keeping them)
        are referred to again. Raises StoreError for an image that is not one (nothing is saved then)."""
        if role not in _ROLES or status not in _STATUSES:
            raise ValueError(f"bad message role/status: {role}/{status}")
        if len(images) > MAX_IMAGES_PER_MESSAGE:
            raise StoreError(QT_TR_NOOP("a message can carry at most {count} images"), count=MAX_IMAGES_PER_MESSAGE)
        now = time.time()
        meta_text = json.dumps(meta or {})
        with self._lock:
            stored = tuple(self._store_image(image) for image in images)  # files first: a row never names a missing one
            with self._transaction() as db:
                cursor = db.execute(
                    "INSERT INTO messages (conversation_id, parent_id, role, content, created_at, status, meta) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (conversation_id, parent_id, role, content, now, status, meta_text),
                )
                new_id = int(cursor.lastrowid or 0)
                db.executemany(
                    "INSERT INTO message_images (message_id, position, sha256, mime, width, height) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [(new_id, n, i.sha256, i.mime, i.width, i.height) for n, i in enumerate(stored)],
                )
                db.execute(
                    "UPDATE conversations SET current_leaf_id=?, updated_at=? WHERE id=?", (new_id, now, conversation_id)
                )
        return MessageNode(new_id, conversation_id, parent_id, role, content, now, status, meta_text, images=stored)

    def _store_image(self, image: NewImage | MessageImage) -> MessageImage:
        if isinstance(image, MessageImage):
            path = self.images.path(image)
            if not path.is_file():
                raise StoreError(QT_TR_NOOP("the image {name} is no longer stored"), name=image.file_name)
            return MessageImage(image.sha256, image.mime, image.width, image.height, str(path))
        try:
            mime, data = split_data_url(image.data_url)
        except ImageRejectedError as exc:
            raise StoreError(QT_TR_NOOP("cannot store the image: {reason}"), reason=exc) from exc
        return self.images.put(data, mime, image.width, image.height)

    def update_message(
        self, message_id: int, content: str, status: MessageStatus, meta: dict[str, Any] | None = None,
        reasoning: str | None = None,
    ) -> None:
        """Set a message's text and status; its meta and reasoning too unless None (kept as they are)."""
        values: dict[str, object] = {"content": content, "status": status}
        if meta is not None:
            values["meta"] = json.dumps(meta)
        if reasoning is not None:
            values["reasoning"] = reasoning
        assignments = ", ".join(f"{column}=?" for column in values)  # column names from this code, never input
        with self._transaction() as db:
            db.execute(f"UPDATE messages SET {assignments} WHERE id=?", (*values.values(), message_id))

    def messages(self, conversation_id: int) -> list[MessageNode]:
        """Every message of a conversation; a malformed row is logged and left out, never the whole list."""
        rows = self._query(
            "SELECT id, conversation_id, parent_id, role, content, created_at, status, meta, reasoning "
            "FROM messages WHERE conversation_id=? ORDER BY created_at, id",
            (conversation_id,),
        )
        images = self._images_of(conversation_id)
        nodes: list[MessageNode] = []
        for row in rows:
            try:
                nodes.append(_node_from_row(row, images.get(int(row[0]), ())))
            except (TypeError, ValueError) as exc:
                log.error("quarantined malformed message row %r: %s", row[0], exc)
        return nodes

    def _images_of(self, conversation_id: int) -> dict[int, tuple[MessageImage, ...]]:
        """Each message's images, in order, with the path of its file; a malformed row is logged and left out."""
        rows = self._query(
            "SELECT message_id, " + _IMAGE_COLUMNS.removeprefix("SELECT ") + " WHERE message_id IN "
            "(SELECT id FROM messages WHERE conversation_id=?) ORDER BY message_id, position",
            (conversation_id,),
        )
        found: dict[int, list[MessageImage]] = {}
        for row in rows:
            try:
                image = _image_from_row(row[1:])
                image = MessageImage(image.sha256, image.mime, image.width, image.height, str(self.images.path(image)))
            except (TypeError, ValueError, StoreError) as exc:
                log.error("left out a malformed image row of message %r: %s", row[0], exc)
                continue
            found.setdefault(int(row[0]), []).append(image)
        return {message_id: tuple(images) for message_id, images in found.items()}


_IMAGE_COLUMNS = "SELECT sha256, mime, width, height FROM message_images"


def _image_from_row(row: sqlite3.Row | tuple[Any, ...]) -> MessageImage:
    sha256, mime, width, height = row
    if not isinstance(sha256, str) or not isinstance(mime, str):
        raise ValueError("an image row without its name")
    return MessageImage(sha256, mime, int(width), int(height))


def _node_from_row(row: sqlite3.Row | tuple[Any, ...], images: tuple[MessageImage, ...] = ()) -> MessageNode:
    message_id, conversation_id, parent_id, role, content, created_at, status, meta, reasoning = row
    if role not in _ROLES:
        raise ValueError(f"unknown role {role!r}")
    if status not in _STATUSES:
        raise ValueError(f"unknown status {status!r}")
    if not isinstance(content, str) or not isinstance(reasoning, str):
        raise ValueError("content is not text")
    json.loads(meta or "{}")
    return MessageNode(
        int(message_id), int(conversation_id), parent_id, role, content, float(created_at), status, meta or "{}",
        reasoning, images,
    )
