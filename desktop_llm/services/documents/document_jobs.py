"""The document functions the controllers use, gathered behind one object built by the composition root.

It implements core.protocols.DocumentServices."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_llm.core.document_types import Document, HistoryEntry, JobKind, JobResult, Progress
from desktop_llm.core.protocols import ChatEngine
from desktop_llm.core.reasoning import ReasoningFormat
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.translation import TranslateOptions
from desktop_llm.services.documents import documents, language_id, summarizer, translator
from desktop_llm.services.documents.document_history import DocumentHistory


class DocumentJobs:
    def __init__(self, history: DocumentHistory) -> None:
        self._history = history

    def load_document(self, path: Path) -> Document:
        return documents.load_document(path)

    def read_scans(self, engine: ChatEngine, n_ctx: int, path: Path, progress: Callable[[Progress], None],
                   cancel: threading.Event) -> Document:
        from desktop_llm.services.documents.scan_reader import read_pdf_with_scans  # pypdf's image path: on demand

        return read_pdf_with_scans(path, engine, n_ctx, progress, cancel).document

    def summarize(self, engine: ChatEngine, n_ctx: int, text: str, options: SummaryOptions,
                  progress: Callable[[Progress], None], cancel: threading.Event,
                  on_final_delta: Callable[[str], None] | None = None,
                  reasoning: ReasoningFormat | None = None) -> JobResult:
        return summarizer.summarize(engine, n_ctx, text, options, progress, cancel, on_final_delta, reasoning=reasoning)

    def translate(self, engine: ChatEngine, n_ctx: int, text: str, options: TranslateOptions,
                  progress: Callable[[Progress], None], cancel: threading.Event,
                  on_block: Callable[[int, str], None] | None = None) -> JobResult:
        return translator.translate(engine, n_ctx, text, options, progress, cancel, on_block)

    def translate_docx(self, engine: ChatEngine, n_ctx: int, source: Path, target: Path,
                       options: TranslateOptions, progress: Callable[[Progress], None],
                       cancel: threading.Event) -> JobResult:
        return translator.translate_docx(engine, n_ctx, source, target, options, progress, cancel)

    def detect_language(self, text: str) -> str:
        return language_id.detect_language(text)

    def add_history(self, kind: JobKind, source_name: str, source_text: str, options: dict[str, Any],
                    result: str) -> HistoryEntry:
        return self._history.add(kind, source_name, source_text, options, result)

    def history(self, kind: JobKind) -> list[HistoryEntry]:
        return self._history.entries(kind)
