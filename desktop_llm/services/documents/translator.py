"""Translating text and documents block by block, structure and code untouched, glossary enforced."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from desktop_llm.core.chunking import Block, join_blocks, split_blocks, split_oversized
from desktop_llm.core.clean_ending import join_continuation
from desktop_llm.core.document_types import JobResult, Notice, Progress
from desktop_llm.core.fan_out import concurrency_of, map_ordered
from desktop_llm.core.protocols import ChatEngine
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.translation import (
    Piece,
    TranslateOptions,
    block_pieces,
    build_row,
    clean_translation,
    escape_block_start,
    glossary_segments,
    protect,
    restore,
    table_cells,
    translate_messages,
)
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.documents.docx_package import docx_errors, open_docx
from desktop_llm.services.documents.summarizer import SAFETY_TOKENS, EngineJob, shrinking_on_overflow

# Characters that carry no words to translate (full-width CJK punctuation too: a cell of "。" or "（）" stays).
_WORDLESS = str.maketrans("", "", "0123456789.,:;%+-–—/()[]{}<>=*#|_ \t\n$€£¥，。、；：！？（）【】《》「」『』…～·\u3000")


def _preview(piece: str) -> str:
    """The start of a piece for a warning: its first eight words, or, in text without spaces (Chinese), 20
    characters."""
    words = piece.split()
    return " ".join(words[:8])[:60] if len(words) > 1 else piece.strip()[:20]


class _Translator:
    def __init__(self, engine: ChatEngine, n_ctx: int, options: TranslateOptions, cancel: threading.Event,
                 sampling: SamplingParams | None = None) -> None:
        self.job = EngineJob(engine, n_ctx, sampling, cancel=cancel)
        self.options = options
        self.cancel = cancel
        overhead = engine.count_chat(translate_messages("", options.source, options.target, True))
        # Translations can run longer than their source: a third of the room for the text, the rest for the reply.
        self.piece_budget = max(32, (n_ctx - overhead - SAFETY_TOKENS) // 3)
        self.warnings: list[Notice] = []

    def text(self, text: str, on_delta: Callable[[str], None] | None = None) -> str:
        if not text.translate(_WORDLESS).strip():
            return text  # numbers, punctuation, empty cells: nothing to translate
        protected, mapping = protect(text, self.options.glossary)
        restored, missing = restore(self._ask(protected, bool(mapping), on_delta), mapping)
        if missing:
            # The model lost a placeholder: translate the pieces between the terms on their own instead, which
            # puts every glossary term in place whatever the model does.
            restored = self._around_terms(text, on_delta)
        return restored

    def _ask(self, text: str, has_placeholders: bool, on_delta: Callable[[str], None] | None) -> str:
        """`text` translated as one paragraph: split to the piece budget, one request a piece."""
        outputs = []
        for piece in split_oversized(text, self.job.count, self.piece_budget):
            reply_budget = min(self.job.n_ctx // 2, 2 * self.job.count(piece) + 48)
            messages = translate_messages(piece, self.options.source, self.options.target, has_placeholders)
            reply = self.job.ask(messages, reply_budget, "translate", self.cancel, on_delta)
            if self.job.last_ending in ("trimmed", "ellipsis"):
                # Trimming a translation drops part of the source's meaning: the user is told where.
                self.warnings.append(Notice.of(QT_TR_NOOP(
                    "the translation of \u201c{preview}\u2026\u201d was cut at the length limit and trimmed to its "
                    "last full sentence, so its end may be missing"), preview=_preview(piece)))
            outputs.append(clean_translation(reply, single_paragraph=True))
        # Pieces of one paragraph: a space between them in English, none in Chinese or Japanese (issue 21: a
        # space between two translated Chinese sentences reads as a typo).
        joined = ""
        for output in outputs:
            joined = join_continuation(joined, output) if joined else output
        return joined

    def _around_terms(self, text: str, on_delta: Callable[[str], None] | None) -> str:
        parts: list[str] = []
        for segment, is_term in glossary_segments(text, self.options.glossary):
            if is_term or not segment.translate(_WORDLESS).strip():
                parts.append(segment)
                continue
            lead = segment[: len(segment) - len(segment.lstrip())]
            trail = segment[len(segment.rstrip()):]
            reply = self._ask(segment.strip(), False, on_delta)
            parts.append(lead + reply.lstrip("\\") + trail)
        return escape_block_start("".join(parts))

    def block(self, block: Block, on_delta: Callable[[str], None] | None = None) -> Block:
        if block.kind == "table":
            rows = []
            for row in block.text.split("\n"):
                cells = table_cells(row)
                rows.append(row if cells is None else build_row([self.text(c).replace("|", "/") for c in cells]))
            return Block("table", "\n".join(rows))
        pieces = block_pieces(block)
        if pieces is None:
            return block
        return Block(block.kind, "".join(p.prefix + self.text(p.text, on_delta) + p.suffix for p in pieces))


def translate(
    engine: ChatEngine, n_ctx: int, text: str, options: TranslateOptions, progress: Callable[[Progress], None],
    cancel: threading.Event, on_block: Callable[[int, str], None] | None = None, concurrency: int | None = None,
    sampling: SamplingParams | None = None,
) -> JobResult:
    """Translate markdown or plain text; on_block(index, text_so_far) is called as each block completes (in order:
    with `concurrency` > 1 blocks run N at a time, and the text so far is the blocks done without a gap)."""
    def once(fitted_ctx: int) -> JobResult:
        worker = _Translator(engine, fitted_ctx, options, cancel, sampling)
        with worker.job.watching(cancel):
            return _translate(worker, text, progress, on_block, concurrency_of(engine, concurrency))

    return shrinking_on_overflow(n_ctx, once)


def _translate(
    worker: _Translator, text: str, progress: Callable[[Progress], None], on_block: Callable[[int, str], None] | None,
    concurrency: int = 1,
) -> JobResult:
    blocks = split_blocks(text)
    sizes = [max(1, len(b.text)) if b.kind != "code" else 0 for b in blocks]
    total = sum(sizes) or 1
    finished: dict[int, Block] = {}
    told = [0, 0]  # blocks told so far (a gapless prefix), their characters

    def translate_block(index: int, block: Block) -> Block:
        result = worker.block(block)
        with worker.job.progress_lock:
            finished[index] = result
            while told[0] in finished:
                told[1] += sizes[told[0]]
                told[0] += 1
                if on_block is not None:
                    on_block(told[0] - 1, join_blocks([finished[i] for i in range(told[0])]))
            progress(Progress("translating", told[0], len(blocks), worker.job.eta(told[1] / total)))
        return result

    progress(Progress("translating", 0, len(blocks), None))
    # Blocks are independent: N at a time against a server that takes N; assembled in order.
    translated = map_ordered(translate_block, blocks, concurrency, worker.cancel)
    progress(Progress("translating", len(blocks), len(blocks), 0.0))
    result = JobResult(join_blocks(translated), worker.job.count(text) if len(text) < 2_000_000 else 0,
                       worker.job.elapsed, worker.job.requests, chunks=len(blocks))
    result.warnings.extend(worker.warnings)
    return result


def translate_docx(
    engine: ChatEngine, n_ctx: int, source: Path, target: Path, options: TranslateOptions,
    progress: Callable[[Progress], None], cancel: threading.Event,
) -> JobResult:
    """docx in, docx out: every paragraph and table cell translated in place, styles kept."""
    worker = _Translator(engine, n_ctx, options, cancel)
    with worker.job.watching(cancel):
        return _translate_docx(worker, source, target, progress)


def _translate_docx(worker: _Translator, source: Path, target: Path, progress: Callable[[Progress], None]) -> JobResult:
    document = open_docx(source)  # checked like a document to summarize: a zip bomb is refused before it expands
    with docx_errors(source):
        paragraphs = list(document.paragraphs)
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    paragraphs.extend(cell.paragraphs)
        todo = [p for p in paragraphs if p.text.strip()]
    for index, paragraph in enumerate(todo):
        progress(Progress("translating", index, len(todo), worker.job.eta(index / max(1, len(todo)))))
        new_text = worker.text(paragraph.text)
        runs = paragraph.runs
        if runs:
            runs[0].text = new_text  # the first run's formatting carries the paragraph
            for run in runs[1:]:
                run.text = ""
        else:
            paragraph.add_run(new_text)
    document.save(str(target))
    progress(Progress("translating", len(todo), len(todo), 0.0))
    result = JobResult(str(target), 0, worker.job.elapsed, worker.job.requests, chunks=len(todo))
    result.warnings.extend(worker.warnings)
    return result


__all__ = ["Piece", "TranslateOptions", "translate", "translate_docx"]
