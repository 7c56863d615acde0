"""The Summarize and Translate pages say when a piece was cut at its length limit and how it was made to end
(issue 13 part 5): the result's ending note in the Done line and its tooltip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.document_controller import DocumentController
from desktop_llm.core.document_types import JobResult, Notice, RequestRecord
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.services.documents.document_history import DocumentHistory
from desktop_llm.services.documents.document_jobs import DocumentJobs
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui.summarize_panel import SummarizePanel
from desktop_llm.ui.translate_panel import TranslatePanel

pytestmark = pytest.mark.usefixtures("english")  # the app's English plurals and number formats


@pytest.fixture
def documents(app_paths: AppPaths, tmp_path: Path) -> Iterator[DocumentController]:
    """The real document controller and history; its engine is never started (no job runs)."""
    history = DocumentHistory(app_paths.database_file)
    yield DocumentController(DocumentJobs(history), EngineHost(tmp_path / "engine-logs"))
    history.close()


def _result(*endings: str, warnings: tuple[Notice, ...] = ()) -> JobResult:
    records = [RequestRecord(100, 200, 4096, "map", "length" if e else "stop", e) for e in endings]
    return JobResult("The railway opened in 1850.", 100, 2.0, records, chunks=len(records), warnings=list(warnings))


def test_the_summary_page_says_how_cut_pieces_ended(qtbot: QtBot, documents: DocumentController) -> None:
    panel = SummarizePanel(documents, MarkdownRenderer())
    qtbot.addWidget(panel)
    entry = SimpleNamespace(source_name="pasted text", options={}, result="x")
    panel.job.claim()
    documents.job_finished.emit("summary", entry, _result("continued", "", "trimmed"))
    text = panel.progress.label.text()
    assert text.endswith("2 pieces were cut at the length limit: 1 continued, 1 trimmed to its last full sentence.")
    assert panel.progress.label.toolTip().startswith("2 pieces were cut")
    panel.job.claim()
    documents.job_finished.emit("summary", entry, _result("", "clean"))  # nothing was cut (or it ended cleanly)
    assert panel.progress.label.text().endswith("requests to the model).") and not panel.progress.label.toolTip()


def test_the_translate_page_says_it_with_the_warnings(qtbot: QtBot, documents: DocumentController) -> None:
    panel = TranslatePanel(documents)
    qtbot.addWidget(panel)
    panel.job.claim()
    warning = Notice.of("the translation of “{preview}…” was cut at the length limit and trimmed",
                        preview="The harbour was rebuilt")
    documents.job_finished.emit("translation", SimpleNamespace(source_name="t", options={}, result="x"),
                                _result("trimmed", warnings=(warning,)))
    assert panel.progress.label.text().endswith(
        "(1 warning). 1 piece was cut at the length limit: 1 trimmed to its last full sentence.")
    assert panel.progress.label.toolTip().split("\n") == [str(warning), _result("trimmed").ending_note]
