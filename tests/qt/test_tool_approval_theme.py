"""The approval card's code follows the theme (issue 14, found by the screenshots): highlighted for light when the
card was made, highlighted again for dark when the theme changes (light colours on the dark code background left
the python tool's names and numbers unreadable), and back."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.core.tool_types import ToolCallRequest
from desktop_llm.ui.theme import ThemeManager
from desktop_llm.ui.tool_approval_view import ToolApprovalCard

CODE = "total = sum([2340, 2410])  # rent\nprint(total)\n"


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[ThemeManager]:
    made = ThemeManager(qapp)
    made.apply("light")
    yield made
    made.apply("light")


def shown_html(card: ToolApprovalCard) -> str:
    return card.arguments.text.toHtml()


def expected_html(dark: bool, qtbot: QtBot) -> str:
    from desktop_llm.ui.code_block_view import CodeText

    text = CodeText()
    qtbot.addWidget(text)
    text.setHtml(MarkdownRenderer(dark=dark).code_html(CODE, "python"))
    return text.toHtml()


def test_the_code_is_highlighted_again_when_the_theme_changes(qtbot: QtBot, theme: ThemeManager) -> None:
    card = ToolApprovalCard(ToolCallRequest("call_1", "run_python", json.dumps({"code": CODE})), None)
    qtbot.addWidget(card)
    card.show()
    light, dark = expected_html(False, qtbot), expected_html(True, qtbot)
    assert light != dark
    assert shown_html(card) == light
    theme.apply("dark")
    qtbot.waitUntil(lambda: shown_html(card) == dark, timeout=5_000)
    theme.apply("light")
    qtbot.waitUntil(lambda: shown_html(card) == light, timeout=5_000)
