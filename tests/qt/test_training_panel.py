"""The Train tab with a real runner and worker: the data check, the memory refusal, a run started from the
form whose curve updates live, Stop, and the adapter switch under the chat."""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, Outcome
from desktop_llm.controllers.training_controller import TrainingController
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.training.training_runner import TrainingRunner
from desktop_llm.ui.chat_panel import stats_text
from desktop_llm.ui.training_form import CHECK_LANE, TrainingForm
from desktop_llm.ui.training_panel import TrainingPanel
from tests.hostile.datasets import hostile_dataset
from tests.qt.conftest import OpenWindow, add_finished_run
from tests.training.conftest import write_fact_data

ROOMY = MemoryBudget(ram_bytes=16 * 1024**3, vram_bytes=0)


def model_info(path: Path) -> ModelInfo:
    stat = path.stat()
    return ModelInfo.from_header(str(path), path.stem, "imported", stat.st_size, stat.st_mtime, read_file_header(str(path)))




def make_panel(qtbot: QtBot, runner: TrainingRunner, model: Path, budget: MemoryBudget = ROOMY) -> TrainingPanel:
    controller = TrainingController(runner)
    panel = TrainingPanel(controller, budget)
    qtbot.addWidget(panel)
    panel.set_models([model_info(model)])
    panel.show()
    checked(qtbot, panel.form)
    return panel


def checked(qtbot: QtBot, form: TrainingForm) -> None:
    """Wait for the form's background check of the model and the data."""
    qtbot.waitUntil(lambda: not form.checking, timeout=30_000)


def set_data(qtbot: QtBot, panel: TrainingPanel, path: Path) -> None:
    panel.form.set_data_path(str(path))
    checked(qtbot, panel.form)


def symbols(text: str) -> list[str]:
    """Symbol characters (So: ⏸ ✓ ✗ ▶ …), which depend on the fonts installed."""
    return [char for char in text if unicodedata.category(char) == "So"]


def test_broken_data_is_listed_by_line_and_train_waits_for_skip(
    qtbot: QtBot, runner: TrainingRunner, tiny_llama: Path, tmp_path: Path
) -> None:
    panel = make_panel(qtbot, runner, tiny_llama)
    data = write_fact_data(tmp_path / "data.jsonl", ("{oops", '{"messages": []}'))
    set_data(qtbot, panel, data)
    # "8 chat example(s)" from the source text, "8 chat examples" once a test has installed the English translation
    assert all(part in panel.form.data_report.text() for part in ("8 chat example", "2 bad line"))
    errors = panel.form.errors_view.toPlainText()
    assert "line 9:" in errors and "line 10:" in errors
    assert not panel.form.train_button.isEnabled()
    panel.form.skip_bad.setChecked(True)
    assert panel.form.train_button.isEnabled()
    assert "<|im_start|>assistant" in panel.form.preview.toPlainText()  # the model's own template


def test_settings_that_do_not_fit_are_refused_with_a_smaller_suggestion(
    qtbot: QtBot, runner: TrainingRunner, starter_model: Path, tmp_path: Path
) -> None:
    panel = make_panel(qtbot, runner, starter_model, MemoryBudget(ram_bytes=4 * 1024**3, vram_bytes=0))
    # Long examples (about 2,700 estimated tokens each): the batch is padded to them.
    long_reply = "The answer, at length. " * 350
    lines = [json.dumps({"messages": [{"role": "user", "content": f"Question {i}?"},
                                      {"role": "assistant", "content": long_reply}]}) for i in range(8)]
    (tmp_path / "long.jsonl").write_text("\n".join(lines) + "\n")
    set_data(qtbot, panel, tmp_path / "long.jsonl")
    panel.form.batch.setValue(32)
    panel.form.seq_len.setValue(2048)
    assert "does not fit" in panel.form.memory.text()
    assert not panel.form.train_button.isEnabled()
    assert panel.form.suggest_button.isVisibleTo(panel)
    panel.form.suggest_button.click()
    assert "fits" in panel.form.memory.text() and "does not" not in panel.form.memory.text()
    assert panel.form.train_button.isEnabled()
    assert panel.form.batch.value() * panel.form.accum.value() == 32  # the same effective batch


@pytest.mark.slow  # a real training run
def test_a_run_from_the_form_draws_its_curve_and_stops(
    qtbot: QtBot, runner: TrainingRunner, tiny_llama: Path, tmp_path: Path
) -> None:
    panel = make_panel(qtbot, runner, tiny_llama)
    set_data(qtbot, panel, write_fact_data(tmp_path / "data.jsonl"))
    panel.form.steps.setValue(100_000)
    panel.form.eval_every.setValue(0)  # about ten evaluations: early stopping cannot end it before Stop (issue 16)
    panel.form.batch.setValue(2)
    panel.form.seq_len.setValue(128)
    panel.form.name_edit.setText("from the panel")
    qtbot.mouseClick(panel.form.train_button, Qt.MouseButton.LeftButton)
    assert panel.run_list.count() == 1 and panel.stack.currentWidget() is panel.run_view
    progress = panel.run_view.progress
    assert not re.search(r"of 1\b", progress.text() + progress.format())  # not "step 0 of 1" before the steps are known
    qtbot.waitUntil(lambda: len(panel.run_view.chart.train) >= 3, timeout=120_000)
    # The list follows the live step (the database row is written only every few seconds), and the banner says
    # it is training, not the last loading message.
    listed = re.search(r"step (\d+) of 100000", panel.run_list.item(0).text())
    assert listed and int(listed.group(1)) >= 3, panel.run_list.item(0).text()
    assert "loading" not in panel.run_view.banner.text().lower() and "Training" in panel.run_view.banner.text()
    assert re.fullmatch(r"step \d+ of 100000 · training", progress.text())
    assert panel.run_view.chart.val and panel.run_view.chart.val[0][0] == 0  # validation before training
    assert panel.stop_button.isEnabled() and not panel.resume_button.isEnabled()
    assert re.fullmatch(r"\d+ / 100000 \(epoch [\d.]+\)", panel.run_view.fields["Step"].text())
    assert float(panel.run_view.fields["Train loss"].text()) > 0
    with qtbot.waitSignal(panel.controller.run_ended, timeout=60_000) as ended:
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert ended.args[1] == "stopped"
    assert "Stopped at step" in panel.run_view.banner.text() and not symbols(panel.run_view.banner.text())
    assert not panel.run_view.banner_icon.pixmap().isNull()
    assert not panel.run_list.item(0).icon().isNull() and not symbols(panel.run_list.item(0).text())
    assert panel.resume_button.isEnabled() and not panel.stop_button.isEnabled()
    run = runner.all_runs()[0]
    assert run.status == "stopped" and run.name == "from the panel"
    runner.wait(run.id, 30)


def test_adapters_of_the_chat_model_appear_under_the_chat(
    open_window: OpenWindow, app_paths: AppPaths, starter_model: Path, tmp_path: Path
) -> None:
    add_finished_run(app_paths, starter_model, tmp_path / "run", "style", val_loss_before=2.5, val_loss_after=0.5)
    adapter = tmp_path / "run" / "adapter.gguf"
    window = open_window()
    bar = window.chat_panel.adapter_bar
    assert bar.isVisibleTo(window) and bar.combo.count() == 2
    assert "style (r8, 30 steps, val loss 2.50 → 0.50)" == bar.combo.itemText(1)
    assert window.chat.adapters == ()
    bar.combo.setCurrentIndex(1)
    bar.scale.setValue(0.5)
    assert window.chat.adapters == ((str(adapter), 0.5),)
    assert "LoRA: run ×0.5" in stats_text({"adapters": [{"path": str(adapter), "scale": 0.5}], "completion_tokens": 3})
    assert bar.compare_button.isEnabled()
    train_tab = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Train" in train_tab
    bar.combo.setCurrentIndex(0)
    # The library lists it under its base model, and "Chat with it" switches it on.
    library = window.models_page.library_panel
    names = [library.table.item(row, 0).text() for row in range(library.table.rowCount())]
    row = next(i for i, name in enumerate(names) if "LoRA adapter: style" in name)
    assert library._rows[row - 1].path == str(starter_model)
    window.tabs.setCurrentWidget(library)
    library.table.selectRow(row)
    library.buttons["Chat with it"].click()
    assert window.tabs.currentIndex() == 0
    assert window.chat.adapters == ((str(adapter), 0.5),)


def test_saved_conversations_become_a_dataset_the_form_accepts(
    qtbot: QtBot, runner: TrainingRunner, app_paths: AppPaths, tiny_llama: Path, tmp_path: Path
) -> None:
    from desktop_llm.services.storage.conversation_store import ConversationStore

    store = ConversationStore(app_paths.database_file)
    try:
        for topic in ("tea", "coffee"):
            chat = store.create_conversation(topic, "Answer in one line.")
            user = store.add_message(chat.id, None, "user", f"How do I brew {topic}?")
            reply = store.add_message(chat.id, user.id, "assistant", f"Steep the {topic} for three minutes.")
            store.set_current_leaf(chat.id, reply.id)
        controller = TrainingController(runner, store)
        target = tmp_path / "chats.jsonl"
        chats = store.list_conversations()
        assert controller.write_conversation_dataset([c.id for c in chats], target) == 2
        panel = make_panel(qtbot, runner, tiny_llama)
        set_data(qtbot, panel, target)
        assert all(part in panel.form.data_report.text() for part in ("2 chat example", "every line is valid"))
        assert "Answer in one line." in panel.form.preview.toPlainText()
    finally:
        store.close()


def test_short_data_fits_where_the_worst_case_did_not(
    qtbot: QtBot, runner: TrainingRunner, starter_model: Path, tmp_path: Path
) -> None:
    """Issue 20, item 6: ten short examples at the Balanced preset were refused at about 9.8 GiB; they peak at 1.6."""
    panel = make_panel(qtbot, runner, starter_model, MemoryBudget(ram_bytes=4 * 1024**3, vram_bytes=0))
    assert "no data yet" in panel.form.memory.text()
    set_data(qtbot, panel, write_fact_data(tmp_path / "data.jsonl"))
    text = panel.form.memory.text()
    assert "fits" in text and "does not" not in text and "estimated from the data" in text
    total = float(re.search(r"≈ ([\d.]+) GiB", text).group(1))  # type: ignore[union-attr]
    assert total < 2.5
    assert panel.form.train_button.isEnabled()


class RecordingOps(BackgroundOps):
    """The real helper, noting each operation's lane and whether its work ran on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.ran: list[tuple[str, bool]] = []

    def run(self, lane: str, work: Callable[[CancelFlag], object], done: Callable[[Outcome], None]) -> CancelFlag:
        def recorded(flag: CancelFlag) -> object:
            self.ran.append((lane, threading.current_thread() is threading.main_thread()))
            return work(flag)

        return super().run(lane, recorded, done)


def test_the_data_check_and_preview_arrive_through_the_background_helper(
    qtbot: QtBot, tiny_llama: Path, tmp_path: Path
) -> None:
    ops = RecordingOps()
    form = TrainingForm(ROOMY, ops)
    qtbot.addWidget(form)
    form.set_models([model_info(tiny_llama)])
    form.set_data_path(str(hostile_dataset(tmp_path / "hostile.jsonl")))
    assert form.checking and "Checking hostile.jsonl" in form.data_report.text()
    assert not form.train_button.isEnabled()
    checked(qtbot, form)
    assert ops.ran and all(lane == CHECK_LANE and not on_gui for lane, on_gui in ops.ran)
    assert all(part in form.data_report.text() for part in ("3 chat example", "3 bad line"))
    errors = form.errors_view.toPlainText()
    assert all(f"line {n}: JSON nested too deeply" in errors for n in (2, 4, 5))
    assert "<|im_start|>assistant" in form.preview.toPlainText()
    form.skip_bad.setChecked(True)
    assert form.train_button.isEnabled()


def test_zero_means_auto_and_says_so(qtbot: QtBot) -> None:
    form = TrainingForm(ROOMY)
    qtbot.addWidget(form)
    form.steps.setValue(0)
    form.eval_every.setValue(0)
    assert form.steps.text() == "auto (from epochs)" and "0" in form.steps.toolTip()
    assert form.eval_every.text() == "auto (about 10 times)" and "0" in form.eval_every.toolTip()
    form.eval_every.setValue(25)
    assert form.eval_every.text() == "25 steps"


def test_buttons_carry_icons_not_symbol_characters(qtbot: QtBot, runner: TrainingRunner, tiny_llama: Path) -> None:
    panel = make_panel(qtbot, runner, tiny_llama)
    for button in (panel.new_button, panel.stop_button, panel.resume_button, panel.use_button, panel.delete_button,
                   panel.form.train_button):
        assert not button.icon().isNull(), button.text()
        assert not symbols(button.text()), button.text()


def test_the_train_button_is_in_view_at_the_default_size_and_on_a_small_screen(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window()
    panel = window.page("Train")
    assert isinstance(panel, TrainingPanel)
    window.tabs.setCurrentWidget(panel)
    panel.show_form()
    button = panel.form.train_button
    for width, height in ((1200, 800), (1024, 640)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: window.height() == h and window.width() >= w, timeout=5_000)
        qtbot.wait(50)  # let the layouts settle
        assert button.isVisible()
        assert button.visibleRegion().boundingRect() == button.rect(), f"clipped at {width}x{height}"
        top_left = button.mapTo(window, button.rect().topLeft())
        assert window.rect().contains(top_left) and window.rect().contains(top_left + button.rect().bottomRight())
