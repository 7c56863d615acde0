"""EngineJob.ask_once (issue 17): the scanned-page reader's one request, kept as it ends. A reply cut at its length
limit is neither continued as raw text (that request cannot carry the prompt's image) nor trimmed."""

from __future__ import annotations

import threading

import pytest

from desktop_llm.core.errors import Cancelled, ContextOverflowError
from desktop_llm.core.events import ChatMessage
from desktop_llm.services.documents.summarizer import EngineJob
from tests.services.test_documents import CUT, ScriptedEngine


def test_a_cut_reply_is_kept_as_it_is_and_never_continued() -> None:
    engine = ScriptedEngine([(CUT, "length")], ["a long debate. In 1900"])
    job = EngineJob(engine, 4096)  # type: ignore[arg-type]
    reply = job.ask_once([ChatMessage("user", "Transcribe the page.")], 32, "read", threading.Event())
    assert reply == CUT and engine.prompts == []  # no raw-text continuation was asked for
    assert [(r.stage, r.max_tokens, r.finish_reason, r.ending) for r in job.requests] == [("read", 32, "length", "")]
    assert job.last_ending == ""
    # ask() on the same reply continues it: ask_once is the only difference
    engine = ScriptedEngine([(CUT, "length")], ["a long debate. In 1900"])
    assert EngineJob(engine, 4096).ask(  # type: ignore[arg-type]
        [ChatMessage("user", "Summarize.")], 32, "final", threading.Event()).endswith("a long debate.")


def test_it_is_fitted_and_cancelled_like_ask() -> None:
    engine = ScriptedEngine([("words", "stop")])
    job = EngineJob(engine, 64)  # type: ignore[arg-type]
    with pytest.raises(ContextOverflowError):
        job.ask_once([ChatMessage("user", "x" * 300)], 32, "read", threading.Event())
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        job.ask_once([ChatMessage("user", "Transcribe.")], 8, "read", cancel)
    assert engine.chats == [] and job.requests == []
