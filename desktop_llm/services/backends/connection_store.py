"""Where connections and their API keys are kept (issue 11, part B).

Connections live in their own file, `connections.json` in the config folder, not in settings.json nor the
database: they are configuration that the command line and the window share, the settings schema and the database
migrations belong to features other people change at the same time, and a file the user can read and copy
between machines (without keys) is what LM Studio and Jan users expect. The file is written atomically.

API keys never go into that file. They go to the system keychain through `keyring` (macOS Keychain, Windows
Credential Locker, Secret Service on Linux desktops); where there is none (a headless Linux: keyring's backend is
`fail.Keyring`), to `connection-keys.json`, a file only the user can read (0600), like ~/.netrc or ~/.pgpass.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors

from desktop_llm.core.connections import Connection
from desktop_llm.core.errors import ConnectionConfigError
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.storage.atomic_file import write_atomic
from desktop_llm.services.storage.paths import make_private

log = logging.getLogger(__name__)
SERVICE = "desktop-llm connections"  # the keychain's service name; the user name is the connection's name
CONNECTIONS_FILE = "connections.json"
KEYS_FILE = "connection-keys.json"


class PrivateFileKeyring(keyring.backend.KeyringBackend):
    """A keyring backend in a JSON file only its owner can read: where no system keychain exists."""

    priority = 0.5  # below every real keychain; never chosen by keyring itself

    def __init__(self, path: Path) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.path = path
        self._lock = threading.Lock()

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise keyring.errors.KeyringError(f"cannot read the key file {self.path}: {exc}") from exc
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, dict[str, str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Created private before the first byte is written: write_atomic's temp file is 0600 too (mkstemp).
        write_atomic(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
        make_private(self.path)

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._read().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            data = self._read()
            data.setdefault(service, {})[username] = password
            self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            data = self._read()
            if username not in data.get(service, {}):
                raise keyring.errors.PasswordDeleteError(f"no key stored for {username}")
            del data[service][username]
            if not data[service]:
                del data[service]
            self._write(data)


def usable_keychain(backend: keyring.backend.KeyringBackend | None = None) -> keyring.backend.KeyringBackend | None:
    """The system keychain, or None where keyring has none (its fail or null backend, priority <= 0)."""
    chosen = backend if backend is not None else keyring.get_keyring()
    try:
        priority = float(chosen.priority)
    except Exception:  # a backend whose priority check raises is not usable here either
        return None
    return chosen if priority > 0 and not isinstance(chosen, PrivateFileKeyring) else None


class KeyStore:
    """API keys by connection name: the keychain when there is one, else the private file. Thread-safe."""

    def __init__(self, key_file: Path, keychain: keyring.backend.KeyringBackend | None = None) -> None:
        self.file = PrivateFileKeyring(key_file)
        self.keychain = keychain

    @property
    def where(self) -> str:
        """Where keys go, for the user: the keychain's name or the file's path."""
        return type(self.keychain).__name__ if self.keychain is not None else str(self.file.path)

    def get(self, name: str) -> str:
        for backend in self._backends():
            try:
                key = backend.get_password(SERVICE, name)
            except keyring.errors.KeyringError as exc:
                log.warning("cannot read the key of %s from %s: %s", name, type(backend).__name__, exc)
                continue
            if key:
                return key
        return ""

    def set(self, name: str, key: str) -> None:
        if not key:
            self.delete(name)
            return
        backend = self.keychain or self.file
        try:
            backend.set_password(SERVICE, name, key)
        except (keyring.errors.KeyringError, OSError) as exc:
            raise ConnectionConfigError(QT_TR_NOOP("cannot store the API key of {name}: {reason}"), name=name,
                                        reason=exc) from exc

    def delete(self, name: str) -> None:
        for backend in self._backends():
            try:
                backend.delete_password(SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass  # it had none there
            except (keyring.errors.KeyringError, OSError) as exc:
                log.warning("cannot remove the key of %s from %s: %s", name, type(backend).__name__, exc)

    def _backends(self) -> list[keyring.backend.KeyringBackend]:
        # The file is read even with a keychain: a key saved before the keychain appeared is still found.
        return [b for b in (self.keychain, self.file) if b is not None]


class ConnectionStore:
    """The saved connections, in `connections.json`. Thread-safe; every call reads the file, so the window sees
    what `desktop-llm connections add` wrote meanwhile."""

    def __init__(self, config_dir: Path, keys: KeyStore | None = None) -> None:
        self.path = config_dir / CONNECTIONS_FILE
        self.keys = keys or KeyStore(config_dir / KEYS_FILE, usable_keychain())
        self._lock = threading.Lock()

    def all(self) -> list[Connection]:
        with self._lock:
            return self._read()

    def get(self, name: str) -> Connection:
        for connection in self.all():
            if connection.name == name:
                return connection
        raise ConnectionConfigError(QT_TR_NOOP("no connection named {name}; add it with `desktop-llm connections add`"),
                                    name=repr(name))

    def add(self, connection: Connection, api_key: str = "", replace: bool = False) -> Connection:
        connection = connection.validated()
        with self._lock:
            saved = self._read()
            if any(c.name == connection.name for c in saved) and not replace:
                raise ConnectionConfigError(QT_TR_NOOP("a connection named {name} exists already"), name=repr(connection.name))
            self.keys.set(connection.name, api_key)
            self._write([*(c for c in saved if c.name != connection.name), connection])
        return connection

    def remove(self, name: str) -> None:
        with self._lock:
            saved = self._read()
            if not any(c.name == name for c in saved):
                raise ConnectionConfigError(QT_TR_NOOP("no connection named {name}"), name=repr(name))
            self._write([c for c in saved if c.name != name])
            self.keys.delete(name)

    def api_key(self, name: str) -> str:
        return self.keys.get(name)

    def _read(self) -> list[Connection]:
        try:
            data: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            raise ConnectionConfigError(QT_TR_NOOP("cannot read {file}: {reason}"), file=self.path, reason=exc) from exc
        connections: list[Connection] = []
        for item in data.get("connections", []) if isinstance(data, dict) else []:
            try:
                connections.append(Connection.from_dict(item))
            except ConnectionConfigError as exc:  # one bad entry is skipped, never the whole list
                log.warning("skipping a connection in %s: %s", self.path, exc)
        return connections

    def _write(self, connections: list[Connection]) -> None:
        data = {"version": 1, "connections": [c.to_dict() for c in connections]}
        write_atomic(self.path, json.dumps(data, indent=2).encode("utf-8"))
