"""Scanned PDF pages in the Summarize page (issue 17): the "Read scanned pages with the vision model" box follows
the chosen model (off, with the reason, for a model without a projector); ticked, a PDF's scans are read by the
model page by page (each request carries the page's image: the stand-in engine records their SHA-256) before the
summary, and a PDF with no text layer at all opens straight into that; unticked, its failure names the box."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.integration.test_scanned_pages import scanned_pdf
from tests.qt.conftest import OpenWindow
from tests.standin_engine.worker import RECORD_ENV

pytestmark = pytest.mark.usefixtures("english")
TRANSCRIBED = "This is the stand-in engine's reply to: This image is a scanned page"


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "requests.jsonl"
    monkeypatch.setenv(RECORD_ENV, str(path))
    return path


def image_requests(path: Path) -> list[list[dict[str, object]]]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [r for r in map(json.loads, lines) if any(m.get("images") for m in r)]


def summarize_page(window):  # type: ignore[no-untyped-def]
    panel = window.page("Summarize")
    window.show_page(panel)
    return panel


def see(window, qtbot: QtBot, tmp_path: Path, mmproj: bool) -> None:  # type: ignore[no-untyped-def]
    """The chosen model loaded with a projector (the stand-in never reads it: it only needs a name) or without."""
    params = window.chat.selection.params
    projector = tmp_path / "mmproj-test.gguf"
    projector.write_bytes(b"GGUF")
    with qtbot.waitSignal(window.engine.model_loaded, timeout=30_000):
        window.chat.selection.select(replace(params, mmproj=str(projector) if mmproj else ""))


def test_the_box_follows_the_model_and_a_scan_only_pdf_is_read_then_summarized(
        qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, recorded: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    panel = summarize_page(window)
    controller = panel._controller
    box = panel.read_scans
    assert box.isVisible() and not box.isEnabled() and "cannot see images" in box.toolTip()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    scans = scanned_pdf(tmp_path / "scans.pdf", ("scan", "scan"))

    # A model that cannot see: the scan-only PDF fails as before, naming no box it cannot use.
    with qtbot.waitSignal(controller.document_failed, timeout=30_000) as failed:
        panel.source.file_chosen.emit(scans)
    assert "has no text" in failed.args[1] and "Read scanned pages" not in failed.args[1]

    see(window, qtbot, tmp_path, mmproj=True)
    assert box.isEnabled() and "read page by page" in box.toolTip() and not box.isChecked()
    # It can see, the box is off: the failure says what to tick.
    with qtbot.waitSignal(controller.document_failed, timeout=30_000) as failed:
        panel.source.file_chosen.emit(scans)
    assert "has no text" in failed.args[1] and "“Read scanned pages with the vision model”" in failed.args[1]
    assert shown[-1] == failed.args[1] and image_requests(recorded) == []

    # Ticked: it opens straight into reading its two pages, then the summary of what was read.
    box.setChecked(True)
    stages: list[tuple[str, int, int]] = []
    controller.progressed.connect(lambda p: stages.append((p.stage, p.done, p.total)))
    with qtbot.waitSignal(controller.job_finished, timeout=120_000) as finished:
        panel.source.file_chosen.emit(scans)
    _kind, entry, result = finished.args
    assert stages[:3] == [("reading", 0, 2), ("reading", 1, 2), ("reading", 2, 2)]
    pages = image_requests(recorded)
    assert len(pages) == 2 and all(len(r[-1]["images"]) == 1 for r in pages)  # type: ignore[arg-type]
    assert pages[0][-1]["images"] != pages[1][-1]["images"]  # each page its own image
    assert entry.source_text.count(TRANSCRIBED) == 2 and entry.options["read_scans"] is True
    assert panel.source.text() == entry.source_text and panel.source.source_name == "scans.pdf"
    assert result.text and panel.result_view.toPlainText().strip()
    label = panel.progress.label.text()
    assert "Done" in label and "Scanned pages read by the vision model: 1, 2." in label


def test_a_pdf_with_text_and_scans_reads_its_scans_when_summarized(
        qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, recorded: Path) -> None:
    window = open_window()
    see(window, qtbot, tmp_path, mmproj=True)
    panel = summarize_page(window)
    controller = panel._controller
    mixed = scanned_pdf(tmp_path / "mixed.pdf", ("text", "scan", "text"))
    with qtbot.waitSignal(controller.document_loaded, timeout=30_000):
        panel.source.file_chosen.emit(mixed)
    assert "Page 1 has a text layer" in panel.source.text() and TRANSCRIBED not in panel.source.text()

    # Unticked: the text layer alone is summarized, no image is sent.
    with qtbot.waitSignal(controller.job_finished, timeout=120_000) as plain:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert image_requests(recorded) == [] and "read_scans" not in plain.args[1].options

    panel.read_scans.setChecked(True)
    with qtbot.waitSignal(controller.job_finished, timeout=120_000) as finished:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    (page,) = image_requests(recorded)
    assert len(page[-1]["images"]) == 1  # type: ignore[arg-type]
    text = finished.args[1].source_text
    assert text.index("Page 1 has a text layer") < text.index(TRANSCRIBED) < text.index("Page 3 has a text layer")
    assert panel.source.text() == text  # the page now shows what the model read
    assert "read by the vision model: 2." in panel.progress.label.text()

    # Typed-over text is the user's: the scans are not read from the file again.
    panel.source.editor.setPlainText("A note of my own about the harbour.")
    with qtbot.waitSignal(controller.job_finished, timeout=120_000):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert len(image_requests(recorded)) == 1
