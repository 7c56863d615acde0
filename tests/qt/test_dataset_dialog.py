"""The Make a dataset dialog (issue 16) with the real controller and maker: a table's rows reviewed (edit, delete)
and saved; a document's pairs written by a server (a scripted OpenAI-compatible one on loopback), one regenerated
from its passage; the saved file is chat JSONL that training reads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.dataset_controller import DatasetController
from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.core.connections import Connection
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.training_data import read_dataset
from desktop_llm.services.backends.remote_backend import RemoteBackend
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.training.dataset_maker import DatasetMaker
from desktop_llm.ui.dataset_dialog import DOCUMENT, TABLE, DatasetDialog
from desktop_llm.ui.dataset_review import ANSWER, QUESTION
from tests.fake_openai import FakeOpenAI, Handler

pytestmark = pytest.mark.usefixtures("english")  # plural forms ("4 tokens") as the app shows them

PAIRS = json.dumps({"pairs": [{"question": "How tall is the lighthouse?", "answer": "42 metres."},
                              {"question": "Where does it stand?", "answer": "On Quintaro."}]})


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    fake = FakeOpenAI(models=("tiny",), reply=PAIRS)
    yield fake
    fake.close()


@pytest.fixture
def dialog(qtbot: QtBot, app_paths: AppPaths, fake: FakeOpenAI) -> Iterator[DatasetDialog]:
    selection = ModelSelection()
    selection.select(LoadParams(path="tiny", backend="fake"))
    backend = RemoteBackend(Connection("fake", fake.url.removesuffix("/v1"), context_length=4096), "")
    controller = DatasetController(DatasetMaker(app_paths.data_dir), backend, selection)
    view = DatasetDialog(controller)
    qtbot.addWidget(view)
    yield view
    controller.shutdown()
    controller.wait()


def test_a_tables_rows_are_edited_deleted_and_saved(qtbot: QtBot, dialog: DatasetDialog, tmp_path: Path,
                                                     app_paths: AppPaths) -> None:
    table = tmp_path / "faq.csv"
    table.write_text("id,question,answer\n1,What is 2+2?,Four\n2,Capital of France?,Paris\n3,,no prompt\n")
    dialog.source.setCurrentIndex(TABLE)
    dialog.table_edit.setText(str(table))
    with qtbot.waitSignal(dialog.controller.table_read):
        dialog.table_edit.editingFinished.emit()
    assert (dialog.prompt_column.currentText(), dialog.answer_column.currentText()) == ("question", "answer")
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    review = dialog.review
    assert review.table.rowCount() == 2 and "1 row skipped" in dialog.status.text()
    assert not review.regenerate_button.isVisible()  # a table's rows have no passage to ask again
    review.table.item(0, ANSWER).setText("Four (2+2=4)")
    review.table.selectRow(1)
    qtbot.mouseClick(review.delete_button, Qt.MouseButton.LeftButton)
    assert review.table.rowCount() == 1
    assert dialog.name_edit.text() == "faq"
    with qtbot.waitSignal(dialog.dataset_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    path = Path(saved.args[0])
    assert path == app_paths.data_dir / "datasets" / "faq.jsonl"
    data = read_dataset(path)
    assert data.ok and [m.content for m in data.examples[0].messages] == ["What is 2+2?", "Four (2+2=4)"]


def test_a_missing_column_is_said_not_saved(qtbot: QtBot, dialog: DatasetDialog, tmp_path: Path) -> None:
    table = tmp_path / "one.csv"
    table.write_text("text\nhello\n")
    dialog.source.setCurrentIndex(TABLE)
    dialog.table_edit.setText(str(table))
    with qtbot.waitSignal(dialog.controller.table_read):
        dialog.table_edit.editingFinished.emit()
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "same column" in dialog.status.text() and dialog.review.table.rowCount() == 0
    assert not dialog.save_button.isEnabled()


def test_a_documents_pairs_are_written_reviewed_regenerated_and_saved(
        qtbot: QtBot, dialog: DatasetDialog, fake: FakeOpenAI, tmp_path: Path) -> None:
    document = tmp_path / "lighthouse.md"
    document.write_text("# Lighthouse\n\nThe lighthouse on Quintaro is 42 metres tall and was built in 1887.\n")
    dialog.source.setCurrentIndex(DOCUMENT)
    dialog.document_edit.setText(str(document))
    dialog.pairs_per_chunk.setValue(2)
    with qtbot.waitSignal(dialog.controller.made, timeout=30_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    review = dialog.review
    assert review.table.rowCount() == 2 and review.table.item(0, 2).text() == "1"  # the passage it came from
    assert dialog.name_edit.text() == "lighthouse"

    def new_pair(handler: Handler, body: dict[str, Any]) -> bool:
        assert "How tall is the lighthouse?" in body["messages"][1]["content"]  # told what not to ask again
        handler.stream([json.dumps({"pairs": [{"question": "When was it built?", "answer": "In 1887."}]})])
        return True

    fake.script("/v1/chat/completions", new_pair)
    review.table.selectRow(0)
    with qtbot.waitSignal(dialog.controller.pair_regenerated, timeout=30_000):
        qtbot.mouseClick(review.regenerate_button, Qt.MouseButton.LeftButton)
    assert review.table.item(0, QUESTION).text() == "When was it built?"
    assert review.regenerate_button.isEnabled()
    with qtbot.waitSignal(dialog.dataset_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    lines = [json.loads(line) for line in Path(saved.args[0]).read_text().splitlines()]
    assert [line["messages"][0]["content"] for line in lines] == ["When was it built?", "Where does it stand?"]
    assert {line["source"]["chunk"] for line in lines} == {"1"}
