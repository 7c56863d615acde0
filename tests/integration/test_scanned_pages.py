"""Scanned PDF pages read by a vision model (issue 17), through the real engine worker on the starter model with
the random-weight projector of tests/vision_fixtures: the words are noise, the pipeline is what is tested (which
pages are read, in order, with progress and cancel)."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from fpdf import FPDF
from PIL import Image

from desktop_llm.core.document_types import Progress
from desktop_llm.core.errors import Cancelled, EngineRequestError
from desktop_llm.services.documents.documents import read_pdf_pages
from desktop_llm.services.documents.scan_reader import page_image, read_pdf_with_scans, scanned_pages
from desktop_llm.services.engine.engine_host import EngineHost
from tests.integration.conftest import starter_params
from tests.vision_fixtures import vision_projector

pytestmark = pytest.mark.slow


def scanned_pdf(target: Path, layout: tuple[str, ...]) -> Path:
    """A PDF whose pages are "text" (a text layer) or "scan" (one noisy grey image and no text layer)."""
    pdf = FPDF()
    rng = np.random.default_rng(3)
    for number, kind in enumerate(layout, 1):
        pdf.add_page()
        if kind == "text":
            pdf.set_font("helvetica", size=12)
            pdf.multi_cell(0, 8, f"Page {number} has a text layer. The harbour opens at dawn.")
        else:
            pixels = rng.integers(0, 255, (300, 220), dtype=np.uint8)
            buffer = io.BytesIO()
            Image.fromarray(pixels, "L").save(buffer, "PNG")
            buffer.seek(0)
            pdf.image(buffer, x=10, y=10, w=190)
    pdf.output(str(target))
    return target


@pytest.fixture(scope="module")
def vision_engine(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Iterator[EngineHost]:
    projector = vision_projector(tmp_path_factory.mktemp("projector"))
    host = EngineHost(tmp_path_factory.mktemp("engine-logs"))
    host.ensure_loaded(starter_params(starter_model, mmproj=str(projector)))
    yield host
    host.shutdown()


def test_scanned_pages_are_found_and_their_images_extracted(tmp_path: Path) -> None:
    pdf = scanned_pdf(tmp_path / "mixed.pdf", ("text", "scan", "text", "scan"))
    assert scanned_pages(pdf) == [1, 3]
    from pypdf import PdfReader

    pages = PdfReader(str(pdf)).pages
    image = page_image(pages[1])
    assert image is not None and Image.open(io.BytesIO(image)).size == (220, 300)
    assert page_image(pages[0]) is None


def test_scanned_pages_are_transcribed_in_page_order(vision_engine: EngineHost, tmp_path: Path) -> None:
    # One scanned page between two with text: each page costs an image encoding and a reply, slow on a busy CPU.
    pdf = scanned_pdf(tmp_path / "mixed.pdf", ("text", "scan", "text"))
    seen: list[Progress] = []
    reading = read_pdf_with_scans(pdf, vision_engine.client(), 2048, seen.append, threading.Event(),
                                  page_tokens=4)
    assert reading.read_pages == (2,)
    assert [(p.stage, p.done, p.total) for p in seen] == [("reading", 0, 1), ("reading", 1, 1)]
    text = reading.document.text
    first, third = text.index("Page 1 has a text layer"), text.index("Page 3 has a text layer")
    transcribed = text[first:third].split("\n\n", 1)[1].strip()  # page 2's place, between pages 1 and 3
    assert transcribed and "text layer" not in transcribed
    assert len(text) > len(read_pdf_pages(pdf)[0]) + len(read_pdf_pages(pdf)[2])
    assert any("read by the vision model: 2." in str(n) for n in reading.document.warnings)


def test_a_pdf_of_scans_only_can_be_read_and_cancelled(vision_engine: EngineHost, tmp_path: Path) -> None:
    pdf = scanned_pdf(tmp_path / "scans.pdf", ("scan", "scan", "scan"))
    cancel = threading.Event()
    seen: list[Progress] = []

    def progress(step: Progress) -> None:
        seen.append(step)
        cancel.set()  # as the first page starts: its request is never answered, no page after it is read

    with pytest.raises(Cancelled):
        read_pdf_with_scans(pdf, vision_engine.client(), 2048, progress, cancel, page_tokens=4)
    assert [p.done for p in seen] == [0]


def test_a_model_without_a_projector_says_it_cannot_see(engine: EngineHost, tmp_path: Path) -> None:
    pdf = scanned_pdf(tmp_path / "scan.pdf", ("scan",))
    with pytest.raises(EngineRequestError, match="cannot see images"):
        read_pdf_with_scans(pdf, engine.client(), 2048, lambda _p: None, threading.Event(), page_tokens=4)


def test_summarize_read_scans_needs_a_projector(tmp_path: Path, starter_model: Path) -> None:
    """`desktop-llm summarize --read-scans` on a model with no projector beside it or given says so before loading
    (the full transcription on the CLI is the same read_pdf_with_scans as above, too slow to run twice here)."""
    import subprocess
    import sys

    pdf = scanned_pdf(tmp_path / "scan.pdf", ("scan",))
    result = subprocess.run([sys.executable, "-m", "desktop_llm", "summarize", "--read-scans", "--model",
                             str(starter_model), str(pdf)], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "cannot see images" in result.stderr and "--mmproj" in result.stderr
    missing = subprocess.run([sys.executable, "-m", "desktop_llm", "summarize", "--read-scans", "--mmproj",
                              str(tmp_path / "nope.gguf"), str(pdf)], capture_output=True, text=True, timeout=120)
    assert missing.returncode != 0 and "vision projector not found" in missing.stderr
