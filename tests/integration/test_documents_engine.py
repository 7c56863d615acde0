"""Summaries and translations on the real engine with the starter model."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from desktop_llm.core.chunking import split_blocks
from desktop_llm.core.clean_ending import ends_cleanly
from desktop_llm.core.errors import Cancelled
from desktop_llm.core.events import ChatMessage, GenerationFinished, StreamEvent
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.translation import TranslateOptions, parse_glossary
from desktop_llm.services.documents.summarizer import summarize
from desktop_llm.services.documents.translator import translate, translate_docx
from desktop_llm.services.engine.engine_host import EngineHost
from tests.document_fixtures import MARKDOWN_WITH_CODE, long_report, write_docx

# Long documents on a 2-core machine: minutes, not seconds (119 s for the 30-page summary here).
pytestmark = [pytest.mark.slow, pytest.mark.module_engine, pytest.mark.timeout(900)]
N_CTX = 2048


class RecordingEngine:
    """The real engine client, recording what the engine itself reports for every request."""

    def __init__(self, host: EngineHost) -> None:
        self._client = host.client()
        self.finished: list[tuple[int, int, int]] = []  # prompt tokens (engine's count), max_tokens, n_ctx

    def chat_stream(self, messages: Sequence[ChatMessage], sampling: SamplingParams,
                    cancelled=lambda: False, request_id=None) -> Iterator[StreamEvent]:  # type: ignore[no-untyped-def]
        for event in self._client.chat_stream(messages, sampling, cancelled, request_id):
            if isinstance(event, GenerationFinished):
                self.finished.append((event.stats.prompt_tokens, sampling.max_tokens, event.stats.n_ctx))
                assert event.stats.dropped_messages == 0  # the engine never had to cut anything
            yield event

    def completion_stream(self, prompt: str, sampling: SamplingParams, cancelled=lambda: False,  # type: ignore[no-untyped-def]
                          request_id=None) -> Iterator[StreamEvent]:
        """The continuation of a reply cut at its length limit (issue 13 part 5), recorded the same way."""
        for event in self._client.completion_stream(prompt, sampling, cancelled, request_id):
            if isinstance(event, GenerationFinished):
                self.finished.append((event.stats.prompt_tokens, sampling.max_tokens, event.stats.n_ctx))
            yield event

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._client, name)


def test_a_30_page_document_is_summarized_with_every_request_within_the_context(engine: EngineHost) -> None:
    recorder = RecordingEngine(engine)
    report = long_report(pages=30)
    stages: list[str] = []
    result = summarize(recorder, N_CTX, report, SummaryOptions(style="bullets", length="short"),
                       lambda p: stages.append(p.stage), threading.Event())
    assert result.source_tokens > 10_000 and result.chunks >= 5 and result.rounds >= 2
    assert result.text.strip()
    assert len(recorder.finished) == len(result.requests)
    for (prompt, max_tokens, n_ctx), planned in zip(recorder.finished, result.requests, strict=True):
        assert prompt + max_tokens <= n_ctx == N_CTX
        assert prompt == planned.prompt_tokens  # the plan counted exactly what the engine saw
    assert stages[0] == "reading" and "summarizing" in stages and stages[-1] == "writing"


def test_a_summary_can_be_cancelled_midway(engine: EngineHost) -> None:
    cancel = threading.Event()
    seen: list[int] = []

    def progress(p) -> None:  # type: ignore[no-untyped-def]
        seen.append(p.done)
        if p.stage == "summarizing" and p.done == 1:
            cancel.set()

    with pytest.raises(Cancelled):
        summarize(engine.client(), N_CTX, long_report(pages=10), SummaryOptions(length="short"), progress, cancel)
    assert max(seen) <= 2
    # the engine is free again at once
    assert summarize(engine.client(), N_CTX, "Cats sleep a lot. They also like to play.", SummaryOptions(
        length="short"), lambda p: None, threading.Event()).text


def test_markdown_translation_keeps_code_structure_and_glossary(engine: EngineHost) -> None:
    glossary = tuple(parse_glossary("AcmeSync\nacme-tool"))
    result = translate(engine.client(), N_CTX, MARKDOWN_WITH_CODE, TranslateOptions("en", "de", glossary),
                       lambda p: None, threading.Event())
    source_blocks, out_blocks = split_blocks(MARKDOWN_WITH_CODE), split_blocks(result.text)
    assert [b.kind for b in out_blocks] == [b.kind for b in source_blocks]
    for before, after in zip(source_blocks, out_blocks, strict=True):
        if before.kind == "code":
            assert after.text == before.text  # byte-identical
    paragraphs = [b for b in out_blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 3
    assert "AcmeSync" in paragraphs[1].text  # the glossary term survives, whatever the model did
    assert out_blocks[0].text.startswith("# ") and out_blocks[4].text.startswith("- ")
    assert out_blocks[7].text.count("\n") == 2 and "|---|---|" in out_blocks[7].text


def test_docx_in_docx_out(engine: EngineHost, tmp_path: Path) -> None:
    from docx import Document

    source = write_docx(tmp_path / "report.docx")
    target = tmp_path / "report.fr.docx"
    translate_docx(engine.client(), N_CTX, source, target, TranslateOptions("en", "fr"), lambda p: None,
                   threading.Event())
    before, after = Document(str(source)), Document(str(target))
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    assert after.paragraphs[0].text != before.paragraphs[0].text
    assert after.tables[0].cell(1, 1).text == "15%"  # nothing to translate in a number


def test_cli_summarize_and_translate(tmp_path: Path) -> None:
    doc = tmp_path / "notes.md"
    doc.write_text("# Notes\n\nThe meeting moved to Tuesday. Alice prepares the slides.\n\n```sh\nmake all\n```\n")
    summary = subprocess.run([sys.executable, "-m", "desktop_llm", "summarize", "--style", "bullets", "--length",
                              "short", "--ctx", "2048", str(doc)], capture_output=True, text=True, timeout=300)
    assert summary.returncode == 0, summary.stderr
    assert summary.stdout.strip() and "requests" in summary.stderr
    translated = subprocess.run([sys.executable, "-m", "desktop_llm", "translate", "--to", "German", "--ctx", "2048",
                                 str(doc)], capture_output=True, text=True, timeout=300)
    assert translated.returncode == 0, translated.stderr
    assert "```sh\nmake all\n```" in translated.stdout and "detected English" in translated.stderr
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    refused = subprocess.run([sys.executable, "-m", "desktop_llm", "summarize", str(binary)], capture_output=True,
                             text=True, timeout=120)
    assert refused.returncode == 1 and "PNG image" in refused.stderr and "Traceback" not in refused.stderr


def test_a_summary_cut_by_its_budget_ends_with_a_full_sentence_and_says_so(engine: EngineHost) -> None:
    """The starter model copies sentence after sentence of this report, so with the reply budget of a small
    context (80 tokens: 400 // 5) every request runs into its length limit (issue 13 part 5: the README's screenshot
    ended with "The railway was extended after a")."""
    recorder = RecordingEngine(engine)
    result = summarize(recorder, 400, long_report(pages=1), SummaryOptions(length="short"), lambda p: None,
                       threading.Event())
    cut = [r for r in result.requests if r.finish_reason == "length" and r.stage != "continue"]
    assert cut, "the budget forced no cut: nothing was tested"
    assert all(r.ending in ("clean", "continued", "trimmed", "ellipsis") for r in cut)
    assert ends_cleanly(result.text) and result.text.rstrip()[-1] in ".!?", result.text
    assert "\ufffd" not in result.text
    counted = [r.ending for r in cut if r.ending != "clean"]
    assert result.ending_note.startswith(f"{len(counted)} piece" if len(counted) > 1 else "1 piece was cut")
    # every request, continuations included, was counted before it was sent and fit the context
    assert len(recorder.finished) == len(result.requests)
    for (prompt, max_tokens, _), planned in zip(recorder.finished, result.requests, strict=True):
        assert prompt == planned.prompt_tokens and prompt + max_tokens <= 400
    continued = [i for i, r in enumerate(result.requests) if r.ending == "continued"]
    assert all(result.requests[i + 1].stage == "continue" and result.requests[i + 1].max_tokens <= 64
               for i in continued)
