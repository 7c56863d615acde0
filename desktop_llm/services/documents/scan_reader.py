"""Scanned PDF pages read by a vision model (issue 17): a page without a text layer is shown to the loaded model as
an image and its transcription takes the page's place, instead of "this page has no text".

A scan is one image per page, so the page's largest embedded image is the page (pypdf extracts it as it is stored:
no PDF renderer needed). Every step is bounded: the image's declared size is checked before pypdf decodes it, the
decoded bytes go through services/media/image_intake (Pillow's bomb limits, truncated files, downscaling), each
transcription is one request proven to fit the context (EngineJob), and the job's cancel is checked between pages
and reaches the engine within a page. Opt-in and slow: a page costs a prompt of image tokens and a long reply.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_llm.core.document_types import Document, Notice, Progress
from desktop_llm.core.errors import Cancelled, ImageRejectedError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.protocols import ChatEngine
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.documents.documents import _checked, read_pdf_pages, reflow_pdf_page
from desktop_llm.services.documents.summarizer import EngineJob
from desktop_llm.services.media.image_intake import MAX_PIXELS, prepare_image

log = logging.getLogger(__name__)
TRANSCRIBE_PROMPT = ("This image is a scanned page of a document. Transcribe all of its text exactly as written, in "
                     "reading order, keeping paragraphs and lists. Write only the page's text, nothing else.")
PAGE_TOKENS = 1024  # the longest transcription asked for one page (a dense page of prose is ~700 tokens)
MIN_PAGE_TOKENS = 64  # below this room for the reply, the page is skipped with a note rather than cut to nothing
MAX_SIDE = 1024  # the image is downscaled to this before it is sent; projectors resize to their own input anyway
MAX_SCANNED_PAGES = 500  # a longer scan is read up to here, with a note


@dataclass(frozen=True)
class ScanReading:
    """A PDF with its scanned pages transcribed: the document, and which pages were read by the model."""

    document: Document
    read_pages: tuple[int, ...]  # 1-based numbers of the pages transcribed by the vision model


def page_image(page: Any) -> bytes | None:
    """The bytes of a page's largest embedded image (PNG or JPEG as pypdf exports it), or None. The declared size
    is checked against image_intake's pixel limit before anything is decoded (a hostile PDF's 100k x 100k image)."""
    try:
        objects = page["/Resources"]["/XObject"]
    except (KeyError, TypeError):
        return None
    best: tuple[int, str] | None = None
    for name in list(objects.keys()):
        xobject = objects[name].get_object()
        if xobject.get("/Subtype") != "/Image":
            continue
        width, height = int(xobject.get("/Width", 0)), int(xobject.get("/Height", 0))
        if width <= 0 or height <= 0:
            continue
        if width * height > MAX_PIXELS:
            raise ImageRejectedError(QT_TR_NOOP("the page's image is {width} x {height} pixels, more than the {limit} "
                                                "million allowed"), width=str(width), height=str(height),
                                     limit=str(MAX_PIXELS // 1_000_000))
        if best is None or width * height > best[0]:
            best = (width * height, str(name))
    if best is None:
        return None
    wanted = best[1].lstrip("/")
    for image in page.images:
        if image.name.rsplit(".", 1)[0].lstrip("/") == wanted:
            return bytes(image.data)
    return None


def scanned_pages(path: Path) -> list[int]:
    """0-based indices of the PDF's pages without a text layer (empty when every page has text)."""
    return [i for i, text in enumerate(read_pdf_pages(path)) if not text.strip()]


def read_pdf_with_scans(
    path: Path, engine: ChatEngine, n_ctx: int, progress: Callable[[Progress], None], cancel: threading.Event,
    max_side: int = MAX_SIDE, page_tokens: int = PAGE_TOKENS,
) -> ScanReading:
    """The PDF's text with each page lacking a text layer transcribed by the loaded vision model, in page order.
    Progress: stage "reading", one step per scanned page. A page whose image cannot be read, or that does not fit
    the context, is skipped with a note naming it; Cancelled between and within pages. DocumentError: the file
    cannot be read as a PDF, or no page has text even after reading the scans."""
    from pypdf import PdfReader

    texts = read_pdf_pages(path)  # also the password and damage checks, with their messages
    todo = [i for i, text in enumerate(texts) if not text.strip()]
    notes: list[Notice] = []
    if len(todo) > MAX_SCANNED_PAGES:
        notes.append(Notice.of(QT_TR_NOOP("Only the first {count} scanned pages were read."),
                               count=str(MAX_SCANNED_PAGES)))
        todo = todo[:MAX_SCANNED_PAGES]
    pages = PdfReader(str(path)).pages if todo else []
    job = EngineJob(engine, n_ctx, cancel=cancel)
    read: list[int] = []
    skipped: list[int] = []
    with job.watching(cancel):
        for step, index in enumerate(todo):
            if cancel.is_set():
                raise Cancelled("cancelled")
            progress(Progress("reading", step, len(todo), job.eta(step / len(todo)) if step else None))
            text = _transcribe(job, pages[index], index, (max_side, page_tokens), cancel, notes)
            if text:
                texts[index] = text
                read.append(index + 1)
            else:
                skipped.append(index + 1)
        if todo:
            progress(Progress("reading", len(todo), len(todo), 0.0))
    if skipped:
        notes.append(Notice.of(QT_TR_NOOP("Page(s) {pages} have no text layer and could not be read as images: "
                                          "skipped."), pages=_shown(skipped)))
    if read:
        notes.append(Notice.of(QT_TR_NOOP("Scanned pages read by the vision model: {pages}. Check names and numbers "
                                          "against the original."), pages=_shown(read)))
    text = "\n\n".join(reflow_pdf_page(p) if i + 1 not in read else p for i, p in enumerate(texts) if p.strip())
    return ScanReading(_checked(Document(path.name, "pdf", text, tuple(notes))), tuple(read))


def _shown(pages: list[int]) -> str:
    return ", ".join(str(p) for p in pages[:10]) + ("…" if len(pages) > 10 else "")


def _transcribe(job: EngineJob, page: Any, index: int, limits: tuple[int, int], cancel: threading.Event,
                notes: list[Notice]) -> str:
    """One page's text from the model ("" when the page has no usable image or does not fit; the reason is
    logged and the page listed as skipped)."""
    try:
        data = page_image(page)
        if data is None:
            log.info("page %d has neither text nor an image", index + 1)
            return ""
        image = prepare_image(data, limits[0])
    except ImageRejectedError as exc:
        log.info("page %d: its image was refused: %s", index + 1, exc)
        notes.append(Notice.of(QT_TR_NOOP("Page {page}: {reason}"), page=str(index + 1), reason=str(exc)))
        return ""
    except Exception as exc:  # pypdf's image export trips on damaged streams in many ways: the page is skipped
        log.info("page %d: its image could not be extracted (%s: %s)", index + 1, type(exc).__name__, exc)
        return ""
    messages = [ChatMessage(role="user", content=TRANSCRIBE_PROMPT, images=(image.data_url,))]
    room = job.n_ctx - job.engine.count_chat(messages)
    if room < MIN_PAGE_TOKENS:
        notes.append(Notice.of(QT_TR_NOOP("Page {page} does not fit the model's context as an image."),
                               page=str(index + 1)))
        return ""
    # ask_once: a transcription cut at its length limit is kept as it is. ask() would continue it as raw text
    # (_end_cleanly), a completion request that cannot carry the image, and with an image prompt that request hung
    # the worker in tests.
    return job.ask_once(messages, min(limits[1], room), "read", cancel)
