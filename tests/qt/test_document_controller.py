"""The document controller on BackgroundOps (issue 19, items 1 and 2), with fakes of its two Protocols: typed
payloads on the GUI thread, progress and text before the outcome, cancel, a dead engine explained, and the
newest load a page asked for winning."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.document_controller import DocumentController
from desktop_llm.core.document_types import Document, HistoryEntry, JobKind, JobResult, Progress, RequestRecord
from desktop_llm.core.errors import Cancelled, DocumentError, EngineUnavailableError
from desktop_llm.core.protocols import ChatEngine
from desktop_llm.core.reasoning import ReasoningFormat
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.translation import TranslateOptions


class FakeServices:
    """DocumentServices: a summary streamed word by word, a translation that waits to be cancelled."""

    def __init__(self) -> None:
        self.entries: list[HistoryEntry] = []
        self.load_gates: dict[str, threading.Event] = {}
        self.engine_down = False

    def load_document(self, path: Path) -> Document:
        gate = self.load_gates.get(path.name)
        if gate is not None:
            gate.wait(5)
        if path.suffix == ".bad":
            raise DocumentError(f"{path.name} is not a text document")
        return Document(path.name, "txt", f"text of {path.name}")

    def summarize(self, engine: ChatEngine, n_ctx: int, text: str, options: SummaryOptions,
                  progress: Callable[[Progress], None], cancel: threading.Event,
                  on_final_delta: Callable[[str], None] | None = None,
                  reasoning: ReasoningFormat | None = None) -> JobResult:
        progress(Progress("reading", 0, 1, None))
        progress(Progress("writing", 0, 1, None))
        for word in ("A ", "short ", "summary."):
            time.sleep(0.04)  # past the controller's ~30 a second limit on streamed text
            assert on_final_delta is not None
            on_final_delta(word)
        progress(Progress("writing", 1, 1, 0.0))
        return JobResult("A short summary.", 10, 0.5, [RequestRecord(20, 64, n_ctx, "final")], rounds=1, chunks=1)

    def translate(self, engine: ChatEngine, n_ctx: int, text: str, options: TranslateOptions,
                  progress: Callable[[Progress], None], cancel: threading.Event,
                  on_block: Callable[[int, str], None] | None = None) -> JobResult:
        progress(Progress("translating", 0, 3, None))
        if not cancel.wait(5):
            raise AssertionError("never cancelled")
        raise Cancelled("cancelled")

    def translate_docx(self, engine: ChatEngine, n_ctx: int, source: Path, target: Path, options: TranslateOptions,
                       progress: Callable[[Progress], None], cancel: threading.Event) -> JobResult:
        raise AssertionError("not used here")

    def detect_language(self, text: str) -> str:
        return "en"

    def add_history(self, kind: JobKind, source_name: str, source_text: str, options: dict[str, Any],
                    result: str) -> HistoryEntry:
        entry = HistoryEntry(len(self.entries) + 1, kind, source_name, source_text, options, result, 0.0)
        self.entries.append(entry)
        return entry

    def history(self, kind: JobKind) -> list[HistoryEntry]:
        return [e for e in self.entries if e.kind == kind]


class FakeEngine:
    """EngineSupervisor: loads at once with a 2048-token context, or is down and says why when asked."""

    def __init__(self, down: bool = False) -> None:
        self.down = down
        self.explained: list[str] = []

    def client(self) -> Any:
        return SimpleNamespace(count=lambda text: len(text.split()))

    def ensure_loaded(self, params: LoadParams) -> Any:
        if self.down:
            raise EngineUnavailableError("the connection to the engine broke")
        return SimpleNamespace(model=SimpleNamespace(n_ctx=2048))

    def explain(self, error: EngineUnavailableError) -> EngineUnavailableError:
        self.explained.append(threading.current_thread().name)
        return EngineUnavailableError("the engine stopped: out of memory")

    def shutdown(self) -> None:
        pass


@pytest.fixture
def controller() -> DocumentController:
    documents = DocumentController(FakeServices(), FakeEngine())
    documents.selection.select(LoadParams(path="/nowhere/model.gguf", n_ctx=4096))
    return documents


def test_a_summary_streams_then_finishes_with_typed_payloads_on_the_gui_thread(
        qtbot: QtBot, controller: DocumentController) -> None:
    main = QThread.currentThread()
    seen: list[tuple[str, object, bool]] = []
    controller.progressed.connect(lambda p: seen.append(("progress", p, QThread.currentThread() is main)))
    controller.text_streamed.connect(lambda t: seen.append(("text", t, QThread.currentThread() is main)))
    controller.busy_changed.connect(lambda b: seen.append(("busy", b, QThread.currentThread() is main)))
    finished: list[tuple[str, HistoryEntry, JobResult]] = []
    controller.job_finished.connect(lambda kind, entry, result: finished.append((kind, entry, result)))
    with qtbot.waitSignal(controller.job_finished, timeout=10_000):
        controller.summarize("notes.txt", "some text", SummaryOptions())
        assert controller.busy
    assert not controller.busy
    assert all(on_gui for _, _, on_gui in seen)
    kinds = [kind for kind, _, _ in seen]
    assert kinds[0] == "busy" and kinds[-1] == "busy" and [v for k, v, _ in seen if k == "busy"] == [True, False]
    progress = [v for k, v, _ in seen if k == "progress"]
    assert progress[0] == Progress("reading", 0, 1, None) and progress[-1] == Progress("writing", 1, 1, 0.0)
    texts = [v for k, v, _ in seen if k == "text"]
    assert texts and all("A short summary.".startswith(str(t)) for t in texts)
    kind, entry, result = finished[0]
    assert kind == "summary" and isinstance(entry, HistoryEntry) and isinstance(result, JobResult)
    assert entry.source_name == "notes.txt" and entry.result == "A short summary." and entry.options["style"]
    assert controller.calibration["summary"] != 1.0  # the job's real time taught the estimate


def test_a_cancelled_translation_says_so_and_saves_nothing(qtbot: QtBot, controller: DocumentController) -> None:
    with qtbot.waitSignal(controller.progressed, timeout=10_000):
        controller.translate("pasted text", "Hello.", TranslateOptions("en", "de"))
    controller.summarize("ignored", "one job at a time", SummaryOptions())  # busy: ignored
    with qtbot.waitSignals([controller.job_cancelled, controller.busy_changed], order="strict", timeout=10_000):
        controller.cancel()
    assert not controller.busy and controller.history("translation") == [] and controller.history("summary") == []


def test_a_dead_engine_is_explained_off_the_gui_thread(qtbot: QtBot) -> None:
    engine = FakeEngine(down=True)
    controller = DocumentController(FakeServices(), engine)
    controller.selection.select(LoadParams(path="/nowhere/model.gguf"))
    with qtbot.waitSignal(controller.job_failed, timeout=10_000) as failed:
        controller.summarize("notes.txt", "text", SummaryOptions())
    assert failed.args == ["summary", "the engine stopped: out of memory"]
    assert engine.explained and engine.explained[0] != threading.main_thread().name


def test_no_model_selected_fails_at_once(qtbot: QtBot) -> None:
    controller = DocumentController(FakeServices(), FakeEngine())
    with qtbot.waitSignal(controller.job_failed, timeout=1_000) as failed:
        controller.summarize("notes.txt", "text", SummaryOptions())
    assert failed.args == ["summary", "No model is selected."] and not controller.busy


def test_loads_answer_their_page_and_the_newest_load_of_a_page_wins(qtbot: QtBot) -> None:
    services = FakeServices()
    controller = DocumentController(services, FakeEngine())
    controller.selection.select(LoadParams(path="/nowhere/model.gguf"))
    gate = threading.Event()
    services.load_gates["first.txt"] = gate
    loaded: list[tuple[str, str, int]] = []
    controller.document_loaded.connect(lambda who, doc, tokens: loaded.append((who, doc.name, tokens)))
    controller.open_file(Path("first.txt"), "summary")  # slow: still loading when the page asks for another
    controller.open_file(Path("other.txt"), "translation")  # another page: its own lane
    controller.open_file(Path("second.txt"), "summary")
    qtbot.waitUntil(lambda: len(loaded) == 2, timeout=10_000)
    gate.set()
    controller.wait()
    qtbot.wait(50)
    assert sorted(loaded) == [("summary", "second.txt", 3), ("translation", "other.txt", 3)]
    with qtbot.waitSignal(controller.document_failed, timeout=10_000) as failed:
        controller.open_file(Path("song.bad"), "translation")
    assert failed.args == ["translation", "song.bad is not a text document"]
