"""EngineController on BackgroundOps: a typed status delivered on the GUI thread, the newest load wins, a dead
worker explained, nothing emitted after shutdown. A fake supervisor: no engine process."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.engine_controller import EngineController
from desktop_llm.core.errors import EngineCrashedError, EngineUnavailableError, ModelLoadError
from desktop_llm.core.sampling import LoadParams
from desktop_llm.ipc.engine_wire import EngineStatus, ModelStatus, ProcessInfo


def status_for(path: str) -> EngineStatus:
    model = ModelStatus(path, 2048, -1, 0, 30, 1000, 5.0, "", "llama", (), "Q8_0")
    return EngineStatus(ProcessInfo("CPU", False, "0.3", 1, 1, 1), model)


class FakeSupervisor:
    def __init__(self) -> None:
        self.gates: dict[str, threading.Event] = {}
        self.failures: dict[str, Exception] = {}
        self.threads: list[str] = []
        self.shut_down = False

    def client(self) -> object:
        raise NotImplementedError

    def ensure_loaded(self, params: LoadParams) -> EngineStatus:
        self.threads.append(threading.current_thread().name)
        gate = self.gates.get(params.path)
        if gate is not None:
            gate.wait(10)
        if params.path in self.failures:
            raise self.failures[params.path]
        return status_for(params.path)

    def explain(self, error: EngineUnavailableError) -> EngineUnavailableError:
        return EngineCrashedError("the engine stopped: killed by SIGKILL", "last lines")

    def shutdown(self) -> None:
        self.shut_down = True


@pytest.fixture
def supervisor() -> FakeSupervisor:
    return FakeSupervisor()


@pytest.fixture
def controller(qtbot: QtBot, supervisor: FakeSupervisor) -> EngineController:
    engine = EngineController(supervisor)  # type: ignore[arg-type]
    yield engine
    engine.wait()


def test_a_load_reports_the_typed_status_off_the_gui_thread(
    qtbot: QtBot, controller: EngineController, supervisor: FakeSupervisor
) -> None:
    with qtbot.waitSignals([controller.load_started, controller.model_loaded], order="strict"), \
            qtbot.waitSignal(controller.model_loaded) as blocker:
        controller.load(LoadParams(path="/m/a.gguf"))
    status = blocker.args[0]
    assert isinstance(status, EngineStatus) and status.model is not None and status.model.path == "/m/a.gguf"
    assert controller.status == status
    assert supervisor.threads and supervisor.threads[0] != threading.main_thread().name


def test_only_the_newest_load_is_reported(
    qtbot: QtBot, controller: EngineController, supervisor: FakeSupervisor
) -> None:
    supervisor.gates["/m/slow.gguf"] = gate = threading.Event()
    controller.load(LoadParams(path="/m/slow.gguf"))
    with qtbot.waitSignal(controller.model_loaded) as blocker:
        controller.load(LoadParams(path="/m/b.gguf"))
    assert blocker.args[0].model.path == "/m/b.gguf"
    with qtbot.assertNotEmitted(controller.model_loaded, wait=200):
        gate.set()
        controller.wait()
    assert controller.status is not None and controller.status.model is not None
    assert controller.status.model.path == "/m/b.gguf"


def test_a_failed_load_says_why_and_a_dead_worker_is_explained(
    qtbot: QtBot, controller: EngineController, supervisor: FakeSupervisor
) -> None:
    supervisor.failures["/m/bad.gguf"] = ModelLoadError("bad.gguf: file is truncated")
    with qtbot.waitSignal(controller.model_load_failed) as blocker:
        controller.load(LoadParams(path="/m/bad.gguf"))
    assert blocker.args == ["/m/bad.gguf", "bad.gguf: file is truncated"]
    supervisor.failures["/m/a.gguf"] = EngineUnavailableError("the engine is not answering")
    with qtbot.waitSignal(controller.model_load_failed) as blocker:
        controller.load(LoadParams(path="/m/a.gguf"))
    assert blocker.args == ["/m/a.gguf", "the engine stopped: killed by SIGKILL"]
    assert controller.status is None


def test_a_load_that_outlives_shutdown_is_not_reported(
    qtbot: QtBot, controller: EngineController, supervisor: FakeSupervisor
) -> None:
    supervisor.gates["/m/a.gguf"] = gate = threading.Event()
    supervisor.failures["/m/a.gguf"] = EngineUnavailableError("the connection broke")
    controller.load(LoadParams(path="/m/a.gguf"))
    with qtbot.assertNotEmitted(controller.model_loaded, wait=200), \
            qtbot.assertNotEmitted(controller.model_load_failed, wait=200):
        controller.shutdown()
        gate.set()
        controller.wait()
    assert supervisor.shut_down
