"""Hostile app data folders: databases that are damaged, locked or from the future, and folders the app cannot use
(issue 10, items 15 and 16). Each writer builds the real file; nothing is mocked."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop_llm.services.storage.database import SCHEMA_VERSION, open_database

PAGE = 4096


def garbage_database(path: Path) -> Path:
    """Not a database at all: what a disk error or another program writing the file leaves."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(os.urandom(3 * PAGE))
    return path


def damaged_schema_database(path: Path) -> Path:
    """A real database (valid 100-byte header) whose schema page is overwritten: SQLite says 'malformed'."""
    open_database(path).close()
    data = bytearray(path.read_bytes())
    data[100:PAGE] = b"\xa5" * (PAGE - 100)
    path.write_bytes(bytes(data))
    return path


def newer_schema_database(path: Path) -> Path:
    """A database written by a later desktop-llm (schema version above this one's)."""
    open_database(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    return path


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another program holding the database's write lock (BEGIN IMMEDIATE, never committed); close to let go."""
    if not path.exists():
        open_database(path).close()
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db.execute("BEGIN IMMEDIATE")
    return db


def file_in_place_of_folder(folder: Path) -> Path:
    """A plain file where the app wants a folder: mkdir fails whatever the user's permissions (even as root)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_bytes(b"not a folder\n")
    return folder
