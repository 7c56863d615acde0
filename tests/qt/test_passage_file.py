"""A source's file in the passage dialog: whether it is still there is asked off the GUI thread (a dead network
share can stall a stat for long), the Open button enabled until the answer says the file is gone."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.passage_context import PassageContext
from desktop_llm.core.sources_meta import SOURCES_KEY, Source, sources_to_meta
from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui.sources_view import SourcesView


def test_the_file_is_looked_for_off_the_gui_thread(qtbot: QtBot, app_paths: AppPaths, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    here, gone = tmp_path / "here.md", tmp_path / "gone.md"
    here.write_text("kept", encoding="utf-8")
    looked: list[tuple[str, bool]] = []  # (file, on the GUI thread)
    real_is_file = Path.is_file

    def is_file(self: Path) -> bool:
        if self.name in (here.name, gone.name):
            looked.append((self.name, threading.current_thread() is threading.main_thread()))
        return real_is_file(self)

    monkeypatch.setattr(Path, "is_file", is_file)
    base = KnowledgeBase(app_paths.data_dir, app_paths.log_dir)
    host = QWidget()  # the window: its passage_context answers (wired with Knowledge)
    qtbot.addWidget(host)
    host.passage_context = PassageContext(base, host)  # type: ignore[attr-defined]
    try:
        view = SourcesView(host)
        view.show_meta({SOURCES_KEY: sources_to_meta([Source(1, "Docs", str(here), "kept"),
                                                      Source(2, "Docs", str(gone), "lost")])})
        first, second = view.sources
        dialog = view.open_source(first)
        assert dialog.open_button.isEnabled()  # at once, before any answer
        qtbot.waitUntil(lambda: not host.passage_context.checking, timeout=10_000)  # type: ignore[attr-defined]
        assert dialog.open_button.isEnabled()
        dialog.close()
        dialog = view.open_source(second)
        qtbot.waitUntil(lambda: not dialog.open_button.isEnabled(), timeout=10_000)
        assert dialog.open_button.toolTip() == "The file is no longer there"
        dialog.close()
        assert looked == [(here.name, False), (gone.name, False)]  # each asked once, never on the GUI thread
    finally:
        host.passage_context.shutdown()  # type: ignore[attr-defined]
        base.close()
