"""Errors in the user's language (issue 21): an error raised below the UI from a QT_TR_NOOP template reads
translated through controllers.i18n.error_text, after crossing the engine's wire too; English reads as before,
and a translation that does not fit its fields never breaks the message."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.background import Failed
from desktop_llm.controllers.engine_controller import EngineController
from desktop_llm.controllers.i18n import QT_TR_NOOP, error_text
from desktop_llm.core.errors import EngineCrashedError, ModelLoadError
from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header
from desktop_llm.core.sampling import LoadParams
from desktop_llm.ipc.engine_wire import ErrorBody, error_for, exception_from
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.storage.database import DatabaseLockedError, immediate_transaction
from desktop_llm.services.storage.startup import StartupError, explain_store_error
from desktop_llm.ui import translators

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402  (scripts/i18n.py: the tool that compiles .ts files)

NOT_FOUND = QT_TR_NOOP("model file not found: {path}")
NOT_GGUF_ZH = 'notes.gguf：不是 GGUF 文件（它以 "# no" 开头；GGUF 文件以 "GGUF" 开头）'


def _install(qapp: QApplication, translator: QTranslator) -> Iterator[None]:
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The app's shipped Simplified Chinese translation (built by scripts/i18n.py build)."""
    translator = QTranslator()
    assert translator.load(translators.qm_file("zh_CN").stem, str(translators.TRANSLATIONS)), "run scripts/i18n.py build"
    yield from _install(qapp, translator)


def test_english_reads_as_the_message_always_did() -> None:
    error = ModelLoadError(NOT_FOUND, path="/m/a.gguf")
    assert str(error) == "model file not found: /m/a.gguf" == error_text(error) == Failed(error).message
    assert error.template == NOT_FOUND and error.fields == {"path": "/m/a.gguf"}
    assert error_text(ValueError("not ours")) == "not ours"  # anything else: its own text


def test_a_template_without_fields_keeps_its_braces() -> None:
    error = ModelLoadError('the header says {"n_ctx": 0}')
    assert str(error) == error_text(error) == 'the header says {"n_ctx": 0}'
    broken = ModelLoadError("{name} lost {count}", name="x")  # a field missing: the template, never a crash
    assert str(broken) == "{name} lost {count}"


def test_subclasses_with_their_own_arguments_take_fields_too() -> None:
    crash = EngineCrashedError(QT_TR_NOOP("the engine stopped unexpectedly: it {outcome}"), "log tail", outcome="exited")
    assert str(crash) == "the engine stopped unexpectedly: it exited" and crash.detail == "log tail"


@pytest.mark.usefixtures("chinese")
def test_a_marked_error_reads_in_chinese() -> None:
    error = ModelLoadError(NOT_FOUND, path="/m/a.gguf")
    assert error_text(error) == "找不到模型文件：/m/a.gguf"
    assert Failed(error).message == "找不到模型文件：/m/a.gguf"  # what every background operation shows
    assert str(error) == "model file not found: /m/a.gguf"  # logs and the command line stay English


@pytest.mark.usefixtures("chinese")
def test_an_engine_error_crosses_the_wire_and_reads_in_chinese() -> None:
    body = error_for(ModelLoadError(QT_TR_NOOP("llama.cpp could not load {name}: {reason}"), name="a.gguf",
                                    reason="unknown model architecture: 'mamba9'"))
    assert body is not None
    back = exception_from(ErrorBody.parse(body.status, json.dumps(body.to_dict()).encode()))
    assert error_text(back) == "llama.cpp 无法加载 a.gguf：unknown model architecture: 'mamba9'"


def _notes(tmp_path: Path) -> Path:
    """A text file named like a model: the GGUF reader refuses it with an error of its own, which the engine
    wraps in the model's name ("{name}: {reason}", engine/model_host.py)."""
    path = tmp_path / "notes.gguf"
    path.write_text("# notes\nnot a model\n", encoding="utf-8")
    return path


@pytest.mark.usefixtures("chinese")
def test_an_engine_error_holding_another_reads_wholly_in_chinese_after_the_wire(tmp_path: Path) -> None:
    path = _notes(tmp_path)
    with pytest.raises(GGUFFormatError) as caught:
        read_file_header(str(path))
    body = error_for(ModelLoadError(QT_TR_NOOP("{name}: {reason}"), name=path.name, reason=caught.value))
    assert body is not None
    back = exception_from(ErrorBody.parse(body.status, json.dumps(body.to_dict()).encode()))
    assert error_text(back) == NOT_GGUF_ZH
    assert str(back) == 'notes.gguf: not a GGUF file (it starts with "# no"; a GGUF file starts with "GGUF")'


# Not slow: the real engine worker starts, but no model is loaded (a fraction of a second). The stand-in worker
# would not do: its errors are English f-strings, not templates.
@pytest.mark.usefixtures("chinese")
def test_loading_a_file_that_is_not_gguf_reads_wholly_in_chinese(qtbot: QtBot, tmp_path: Path) -> None:
    """End to end: the real worker refuses the file, the error crosses HTTP, and the message the UI shows (the
    engine controller's model_load_failed) holds no English reason."""
    path = _notes(tmp_path)
    engine = EngineController(EngineHost(tmp_path / "logs"))
    try:
        with qtbot.waitSignal(engine.model_load_failed, timeout=60_000) as failed:
            engine.load(LoadParams(path=str(path), n_ctx=512))
    finally:
        engine.wait()
        engine.shutdown()
    assert failed.args == [str(path), NOT_GGUF_ZH]
    assert "GGUF file" not in failed.args[1] and "starts with" not in failed.args[1]


@pytest.mark.usefixtures("chinese")
def test_an_error_inside_another_reads_in_chinese_too(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the lock
    try:
        with pytest.raises(DatabaseLockedError) as caught:
            db = sqlite3.connect(path, isolation_level=None, timeout=0)
            with immediate_transaction(db, path, QT_TR_NOOP("cannot open the database")):
                pass
    finally:
        holder.close()
    startup = explain_store_error(caught.value)  # "{error}. Close the other program …" around the database's error
    assert isinstance(startup, StartupError) and startup.retry_may_help
    assert str(startup) == (f"cannot open the database: the database {path} is locked by another program (database "
                            "is locked). Close the other program using it (another desktop-llm command?) and try again")
    assert error_text(startup) == (f"无法打开数据库：数据库 {path} 被其他程序锁定（database is locked）。"
                                   "请关闭正在使用它的其他程序（另一个 desktop-llm 命令？）后重试")


def test_a_translation_whose_placeholders_do_not_match_falls_back_to_english(
        qapp: QApplication, tmp_path: Path) -> None:
    ts = tmp_path / "wrong.ts"
    ts.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de">
<context><name></name>
<message><source>{NOT_FOUND}</source><translation>Modelldatei fehlt: {{pfad}}</translation></message>
<message><source>{{name}} broke</source><translation>{{name}} kaputt {{0}}</translation></message>
<message><source>{{name}} is gone</source><translation>{{name.stem}} fehlt</translation></message>
</context></TS>""", encoding="utf-8")
    qm = tmp_path / "wrong.qm"
    subprocess.run([i18n._tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    for _ in _install(qapp, translator):
        assert error_text(ModelLoadError(NOT_FOUND, path="/m/a.gguf")) == "model file not found: /m/a.gguf"
        assert error_text(ModelLoadError("{name} broke", name="b")) == "b broke"
        assert error_text(ModelLoadError("{name} is gone", name="c")) == "c is gone"  # str has no .stem
