"""The Think switch (issue 13, part 2), on the stand-in engine: offered only for a model whose chat template reads
`enable_thinking` (a GGUF carrying Qwen3's real template; hidden for one whose template does not), remembered per
model (with Qwen3's published settings for each mode), sent with every chat request as `chat_template_kwargs` (the
stand-in then answers without reasoning and counts Qwen3's empty think block), and counted by the context meter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.chat_stream import ReasoningFormats, template_kwargs
from desktop_llm.core.reasoning import ReasoningFormat
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui.main_window import MainWindow
from tests.gguf_fixtures import recommending_gguf, with_chat_template
from tests.qt.conftest import OpenWindow

TEMPLATES = Path(__file__).parents[1] / "fixtures" / "chat_templates"
QUESTION = "Please think about the weather"
ANSWER = "This is the stand-in engine's reply to: Please think about the weather"


def qwen3_gguf(folder: Path, scratch: Path) -> Path:
    """A tiny llama-shaped file named like Qwen3 (its published settings apply) with Qwen3's real template."""
    base = recommending_gguf(scratch / "base.gguf", {}, name="Qwen3-0.6B")
    return with_chat_template(base, folder / "qwen3-0.6b.gguf", (TEMPLATES / "Qwen-Qwen3-0.6B.jinja").read_text())


def choose(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    qtbot.waitUntil(lambda: window.model_combo.findData(str(path)) >= 0, timeout=30_000)
    with qtbot.waitSignal(window.chat.reasoning_format_read, timeout=30_000,
                          check_params_cb=lambda chosen, _fmt: chosen == str(path)):
        window.chat_with_model(str(path))
    qtbot.waitUntil(lambda: window.model_status.text().startswith(f"Ready: {path.name}"), timeout=30_000)


def reply(qtbot: QtBot, window: MainWindow, text: str) -> tuple[str, str]:
    """(answer, reasoning) of the saved reply to `text`."""
    with qtbot.waitSignal(window.chat.reply_finished, timeout=30_000):
        window.chat.send(text)
    saved = window.chat.visible_path()[-1]
    return saved.content, saved.reasoning


def counted(qtbot: QtBot, window: MainWindow) -> int:
    with qtbot.waitSignal(window.chat.context_counted, timeout=30_000) as blocker:
        window.chat.count_context()
    return int(blocker.args[1])


def test_the_switch_is_offered_where_the_template_reads_it_remembered_and_sent(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tqdm.tqdm.monitor_interval", 0)  # gguf's writer: no progress-bar monitor thread left behind
    qwen = qwen3_gguf(app_paths.models_dir, tmp_path)
    plain = recommending_gguf(app_paths.models_dir / "plain.gguf", {})
    window = open_window()
    panel, settings = window.chat_panel, window.settings_panel
    switch = panel.think_button

    choose(qtbot, window, qwen)
    assert switch.isVisible() and switch.isChecked() and switch.text() == "Think: on"
    assert window.chat.thinking and settings.temperature.value() == 0.6  # Qwen3's settings for thinking
    assert reply(qtbot, window, QUESTION)[1]  # thinking: the reply reasons first
    thinking_count = counted(qtbot, window)

    switch.click()  # off, as a user turns it off
    assert not switch.isChecked() and switch.text() == "Think: off" and not window.chat.thinking
    # Qwen3's published settings without reasoning, each shown as the family's.
    assert (settings.temperature.value(), settings.top_p.value()) == (0.7, 0.8)
    assert settings.sources["temperature"].text() == "Qwen3's published default"
    saved = json.loads(app_paths.settings_file.read_text())["model_overrides"]
    assert saved[str(qwen)]["thinking"] is False
    # Sent with the request: the template's enable_thinking false gives a reply without reasoning...
    assert reply(qtbot, window, QUESTION) == (ANSWER, "")
    # ...and the meter counts the prompt as the switch renders it (Qwen3 writes an empty think block).
    window.chat.regenerate()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=30_000)
    assert counted(qtbot, window) > thinking_count

    choose(qtbot, window, plain)  # a template without enable_thinking: no switch, nothing sent
    assert not switch.isVisible() and window.chat.thinking
    assert reply(qtbot, window, QUESTION)[1]

    choose(qtbot, window, qwen)  # remembered for this model
    assert switch.isVisible() and not switch.isChecked() and not window.chat.thinking
    assert settings.temperature.value() == 0.7

    switch.click()  # on again: the template's default, so nothing is kept for it
    assert window.chat.thinking and settings.temperature.value() == 0.6
    assert str(qwen) not in json.loads(app_paths.settings_file.read_text())["model_overrides"]


def test_the_format_is_learnt_for_each_position_of_the_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tqdm.tqdm.monitor_interval", 0)
    qwen = qwen3_gguf(tmp_path, tmp_path)
    formats = ReasoningFormats()
    on, off = formats.get(str(qwen)), formats.get(str(qwen), thinking=False)
    assert on.reads_enable_thinking and on.markers.open == "<think>" and not on.opened_by_prompt
    assert not off.opened_by_prompt  # Qwen3's prompt closes the block itself when thinking is off
    assert template_kwargs(on, False) == {"enable_thinking": False} and template_kwargs(on, True) == {
        "enable_thinking": True}
    plain = formats.get(str(recommending_gguf(tmp_path / "plain.gguf", {})), thinking=False)
    assert not plain.reads_enable_thinking and template_kwargs(plain, False) == {}  # nothing sent
    assert formats.get(str(tmp_path / "missing.gguf")) == ReasoningFormat()  # e.g. a remote server's model
