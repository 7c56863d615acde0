"""Saving a conversation as Markdown or JSON, with a clear message when the file cannot be written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def export_conversation(parent: QWidget, title: str, kind: str, render: Callable[[], str]) -> Path | None:
    """Ask where to save, write the file; returns the path written, or None."""
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "chat"
    filters = "Markdown (*.md)" if kind == "md" else "JSON (*.json)"
    path, _ = QFileDialog.getSaveFileName(parent, "Export chat", f"{safe}.{kind}", filters)
    if not path:
        return None
    return Path(path) if write_text_or_warn(parent, Path(path), render()) else None


def write_text_or_warn(parent: QWidget, path: Path, text: str) -> bool:
    """Write `text` as UTF-8; a failure (full disk, no permission) is shown, never raised."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        QMessageBox.warning(parent, "Export failed", f"Could not write {path}: {exc.strerror or exc}")
        return False
    return True
