"""Saving a conversation as Markdown or JSON, with a clear message when the file cannot be written; where file
dialogs start (the folder last used, home at first) and the names they suggest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_llm.controllers.i18n import tr

# A dynamic property of the top-level window, not a module global: every file dialog of one window starts where
# the user last opened or saved a file. Without a folder, Qt starts in the process's working folder, which is
# wherever the app was launched from (issue 20, item 12).
_LAST_FOLDER = "desktop_llm_last_folder"


def start_folder(widget: QWidget) -> Path:
    """The folder a file dialog opened from `widget` starts in: the last one used, else home."""
    value = widget.window().property(_LAST_FOLDER)
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(widget: QWidget, chosen: str | Path) -> None:
    """Call with the file a dialog returned: the next dialog starts in its folder."""
    if chosen:
        widget.window().setProperty(_LAST_FOLDER, str(Path(chosen).parent))


def file_name_from(text: str, fallback: str, max_chars: int = 60) -> str:
    """A file name (without extension) made of `text`: letters, digits, spaces, '-' and '_' kept, the rest
    replaced, cut at a word; `fallback` when nothing is left."""
    safe = " ".join("".join(c if c.isalnum() or c in " -_" else " " for c in text).split())
    if len(safe) > max_chars:
        safe = safe[:max_chars].rsplit(" ", 1)[0]
    return safe.strip() or fallback


def ask_save_path(parent: QWidget, caption: str, name: str, filters: str) -> Path | None:
    """The save dialog, starting in the last folder with `name` suggested; the folder chosen is remembered."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(start_folder(parent) / name), filters)
    if not path:
        return None
    remember_folder(parent, path)
    return Path(path)


def ask_open_path(parent: QWidget, caption: str, filters: str) -> Path | None:
    """The open dialog, starting in the last folder; the folder chosen is remembered."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, str(start_folder(parent)), filters)
    if not path:
        return None
    remember_folder(parent, path)
    return Path(path)


def export_conversation(parent: QWidget, title: str, kind: str, render: Callable[[Path], str]) -> Path | None:
    """Ask where to save, write the file (`render` gets its path: a Markdown export copies the chat's images
    beside it, issue 17); returns the path written, or None."""
    filters = "Markdown (*.md)" if kind == "md" else "JSON (*.json)"
    path = ask_save_path(parent, tr("Export chat"), f"{file_name_from(title, 'chat')}.{kind}", filters)
    if path is None:
        return None
    try:
        text = render(path)
    except OSError as exc:  # an image could not be copied beside it
        QMessageBox.warning(parent, tr("Export failed"),
                            tr("Could not write {path}: {error}").format(path=path, error=exc.strerror or exc))
        return None
    return path if write_text_or_warn(parent, path, text) else None


def write_text_or_warn(parent: QWidget, path: Path, text: str) -> bool:
    """Write `text` as UTF-8; a failure (full disk, no permission) is shown, never raised."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        QMessageBox.warning(parent, tr("Export failed"),
                            tr("Could not write {path}: {error}").format(path=path, error=exc.strerror or exc))
        return False
    return True
