"""list_folder and read_file: the model reads only inside the folders the user granted for the chat (issue 14).

A path is resolved (symlinks followed, `..` collapsed) before it is checked, so neither `../` nor a symlink that
points out of a granted folder gets past the check; what is read is bounded (entries listed, bytes read, text
returned). PDF and Word files are read as their text through services/documents, like an attached document.
"""

from __future__ import annotations

import codecs
import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from desktop_llm.core.errors import DesktopLlmError, ToolError
from desktop_llm.core.tool_types import ToolSpec
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.documents.documents import load_document

MAX_ENTRIES = 300
_BLOCK_BYTES = 256 * 1024  # a text file is read and decoded this much at a time
MAX_TEXT_CHARS = 15_000  # under the registry's bound, so the note below is ours and says how to go on
_DOCUMENTS = (".pdf", ".docx", ".html", ".htm", ".rtf")


class FolderGrant:
    """The folders the user granted for a chat, resolved once; `inside` checks a path the model gave."""

    def __init__(self, folders: Sequence[str | Path]) -> None:
        self.folders = tuple(Path(folder).expanduser().resolve() for folder in folders)

    def describe(self) -> str:
        return ", ".join(str(folder) for folder in self.folders) or "none"

    def inside(self, raw: str) -> Path:
        """The real path `raw` names (relative paths are taken from the first granted folder), checked to be in
        a granted folder; ToolError otherwise."""
        if not self.folders:
            raise ToolError(QT_TR_NOOP("no folders are shared with this chat"))
        if "\x00" in raw:
            raise ToolError(QT_TR_NOOP("the path holds a NUL character"))
        given = Path(raw).expanduser()
        candidate = given if given.is_absolute() else self.folders[0] / given
        try:
            real = candidate.resolve(strict=True)
        except FileNotFoundError as exc:
            raise ToolError(QT_TR_NOOP("{path} does not exist"), path=raw) from exc
        except (OSError, RuntimeError) as exc:  # a symlink loop, a name too long
            raise ToolError(QT_TR_NOOP("{path} cannot be opened: {problem}"), path=raw, problem=str(exc)) from exc
        if not any(real == folder or real.is_relative_to(folder) for folder in self.folders):
            raise ToolError(QT_TR_NOOP("{path} is outside the folders shared with this chat ({folders})"),
                            path=raw, folders=self.describe())
        return real


class ListFolder:
    def __init__(self, grant: FolderGrant) -> None:
        self._grant = grant
        self.spec = ToolSpec(
            "list_folder",
            "Lists the files and folders in a folder the user shared with this chat. Shared folders: "
            f"{grant.describe()}. Relative paths start in the first one.",
            {"type": "object", "additionalProperties": False,
             "properties": {"path": {"type": "string", "description": "the folder (default: the first shared one)"}}},
            read_only=True)

    def run(self, arguments: Mapping[str, Any], cancel: threading.Event, timeout_s: float) -> str:
        raw = str(arguments.get("path") or (self._grant.folders[0] if self._grant.folders else ""))
        folder = self._grant.inside(raw)
        if not folder.is_dir():
            raise ToolError(QT_TR_NOOP("{path} is a file, not a folder (read it with read_file)"), path=raw)
        lines: list[str] = []
        total = 0
        try:
            with os.scandir(folder) as entries:
                for entry in sorted(entries, key=lambda e: e.name.lower()):
                    total += 1
                    if len(lines) >= MAX_ENTRIES or cancel.is_set():
                        continue
                    lines.append(_entry_line(entry))
        except OSError as exc:
            raise ToolError(QT_TR_NOOP("{path} cannot be listed: {problem}"), path=raw,
                            problem=exc.strerror or str(exc)) from exc
        head = f"{folder} ({total} entries)"
        if total > len(lines):
            head += f"; the first {len(lines)} are shown"
        return "\n".join([head, *lines]) if lines else f"{folder} is empty."


def _entry_line(entry: os.DirEntry[str]) -> str:
    try:
        if entry.is_dir():
            return f"{entry.name}/"
        return f"{entry.name} ({_size(entry.stat().st_size)})"
    except OSError:
        return f"{entry.name} (cannot be read)"


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


class ReadFile:
    def __init__(self, grant: FolderGrant) -> None:
        self._grant = grant
        self.spec = ToolSpec(
            "read_file",
            "Reads a text, PDF or Word file in a folder the user shared with this chat; long files come in parts "
            f"(use offset). Shared folders: {grant.describe()}.",
            {"type": "object", "required": ["path"], "additionalProperties": False,
             "properties": {"path": {"type": "string", "description": "the file"},
                            "offset": {"type": "integer", "minimum": 0,
                                       "description": "the character to start at (0)"}}},
            read_only=True)

    def run(self, arguments: Mapping[str, Any], cancel: threading.Event, timeout_s: float) -> str:
        raw = str(arguments["path"])
        path = self._grant.inside(raw)
        if not path.is_file():
            raise ToolError(QT_TR_NOOP("{path} is a folder, not a file (list it with list_folder)"), path=raw)
        offset = int(arguments.get("offset", 0))
        if path.suffix.lower() in _DOCUMENTS:
            text = _document_text(path)[offset:]
        else:
            text = _plain_text(path, offset, cancel)
        part = text[:MAX_TEXT_CHARS]
        if len(text) > len(part):
            part += f"\n[… more text follows: call read_file with offset {offset + len(part)}]"
        return part or f"{raw} has no text at offset {offset}."


def _document_text(path: Path) -> str:
    try:
        return load_document(path).text
    except DesktopLlmError as exc:
        raise ToolError(QT_TR_NOOP("{name} cannot be read: {error}"), name=path.name, error=exc) from exc


def _plain_text(path: Path, offset: int, cancel: threading.Event) -> str:
    """The file's text from character `offset`, at most MAX_TEXT_CHARS + 1 characters of it (enough to tell that
    more follows). Decoded block by block: the model picks the offset, and one near the end of a big file must
    cost a bounded amount of memory, not the file and its decoded copy."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    skip, parts, kept = offset, [], 0
    try:
        with path.open("rb") as handle:
            block = handle.read(4096)
            if b"\x00" in block:
                raise ToolError(QT_TR_NOOP("{name} is not a text file"), name=path.name)
            while kept <= MAX_TEXT_CHARS and not cancel.is_set():
                text = decoder.decode(block, final=not block)
                cut = min(skip, len(text))
                skip -= cut
                if cut < len(text):
                    parts.append(text[cut:])
                    kept += len(text) - cut
                if not block:
                    break
                block = handle.read(_BLOCK_BYTES)
    except OSError as exc:
        raise ToolError(QT_TR_NOOP("{name} cannot be read: {problem}"), name=path.name,
                        problem=exc.strerror or str(exc)) from exc
    return "".join(parts)[:MAX_TEXT_CHARS + 1]
