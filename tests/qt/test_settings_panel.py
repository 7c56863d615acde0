"""The settings panel (issue 15): its sections fold by mouse and keyboard, and at every dock width from its minimum to
600 px nothing in it is cut off and it never scrolls sideways, at the usual font size and a large one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_llm.ui.icons import icon
from desktop_llm.ui.settings_panel import SettingsPanel
from desktop_llm.ui.theme import ThemeManager
from desktop_llm.ui.vertical_scroll import VerticalScrollArea

# The longest texts the panel shows: the widest source caption, a heading with notes, the engine line.
LONGEST_SOURCES = {
    "temperature": "Qwen3's published default", "top_k": "your setting for all models", "top_p": "your change",
    "min_p": "from the model file", "repeat_penalty": "desktop-llm's default", "max_tokens": "your change",
    "seed": "your setting for all models", "n_ctx": "from the model file", "n_gpu_layers": "desktop-llm's default",
    "flash_attn": "desktop-llm's default", "kv_cache_type": "your setting for all models",
    "n_threads": "desktop-llm's default",
}
ENGINE_LINE = ("llama.cpp 0.3.36 · CPU · no GPU offload<br>Model 93.8 MB, engine memory 250.8 MB, loaded in 245 ms")


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The app's real stylesheet: it sets the header's weight, the captions' size and the buttons' padding."""
    ThemeManager(qapp).apply("light")
    yield
    ThemeManager(qapp).apply("system")


def _chevron(widget: QAbstractButton) -> QImage:
    return widget.icon().pixmap(16, 16).toImage()


def test_sections_fold_and_open_by_mouse_and_by_keyboard(qtbot: QtBot, themed: None) -> None:
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    sections = panel.sections
    assert list(sections) == ["System prompt", "Sampling", "Model loading", "Engine"]
    # Sampling is what people change; Model loading is rare and needs a reload: it starts folded.
    assert panel.expanded_sections() == {"System prompt": True, "Sampling": True, "Model loading": False,
                                         "Engine": True}
    assert panel.temperature.isVisible() and not panel.n_ctx.isVisible() and not panel.apply_load.isVisible()
    loading = sections["Model loading"]
    header = loading.header
    assert header.accessibleName() == "Model loading section" and header.accessibleDescription() == "collapsed"
    assert header.focusPolicy() & Qt.FocusPolicy.TabFocus and header.toolTip()
    assert _chevron(header) == icon("chevron-right").pixmap(16, 16).toImage()

    with qtbot.waitSignal(panel.sections_toggled) as toggled:
        qtbot.mouseClick(header, Qt.MouseButton.LeftButton)
    assert toggled.args == [{"System prompt": True, "Sampling": True, "Model loading": True, "Engine": True}]
    assert panel.n_ctx.isVisible() and panel.apply_load.isVisible() and loading.is_expanded()
    assert header.accessibleDescription() == "expanded"
    assert _chevron(header) == icon("chevron-down").pixmap(16, 16).toImage()

    # The keyboard: Tab reaches the header; Space and Enter (both Enter keys) fold and open it.
    header.setFocus()
    qtbot.keyClick(header, Qt.Key.Key_Space)
    assert not loading.is_expanded() and not panel.n_ctx.isVisible()
    qtbot.keyClick(header, Qt.Key.Key_Return)
    assert loading.is_expanded() and panel.n_ctx.isVisible()
    qtbot.keyClick(header, Qt.Key.Key_Enter)
    assert not loading.is_expanded()

    sampling = sections["Sampling"].header
    sampling.setFocus()
    qtbot.keyClick(sampling, Qt.Key.Key_Return)
    assert not panel.temperature.isVisible() and not panel.reset_defaults.isVisible()

    # The state stays as the user left it while the panel lives (the dock hidden and shown again)...
    panel.hide()
    panel.show()
    assert panel.expanded_sections()["Sampling"] is False and not panel.temperature.isVisible()
    # ...and can be handed back (a window that remembers it across runs); unknown titles are ignored.
    with qtbot.assertNotEmitted(panel.sections_toggled):
        panel.restore_sections({"Sampling": False, "Gone": True})
    panel.restore_sections({"Sampling": True, "Model loading": True})
    assert panel.temperature.isVisible() and panel.n_ctx.isVisible()


def test_the_values_keep_working_in_a_folded_section(qtbot: QtBot, themed: None) -> None:
    """Folding hides; it does not stop a load setting from being set by the window or applied."""
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    assert not panel.sections["Model loading"].is_expanded()
    panel.n_ctx.setValue(8192)
    with qtbot.waitSignal(panel.load_settings_applied) as applied:
        panel.apply_load.click()
    assert applied.args[0].n_ctx == 8192


def test_a_source_caption_shows_only_once_a_model_says_where_its_value_came_from(qtbot: QtBot, themed: None) -> None:
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.sources["temperature"].isVisible() and not panel.defaults_info.isVisible()
    panel.set_sources(LONGEST_SOURCES, "Based on the model file")
    assert panel.sources["temperature"].isVisible() and panel.sources["temperature"].text() == "Qwen3's published default"
    assert panel.defaults_info.isVisible() and panel.defaults_info.text() == "Based on the model file"
    panel.set_sources({**LONGEST_SOURCES, "temperature": ""}, "Based on the model file")
    assert not panel.sources["temperature"].isVisible() and panel.sources["top_k"].isVisible()


def _clipped(widget: QWidget, viewport: QWidget) -> str:
    """Why `widget` is cut off (empty: it is not): past the viewport's sides, narrower than its text or its
    minimum, or a wrapped text taller than the room it has."""
    left = widget.mapTo(viewport, widget.rect().topLeft()).x()
    if left < 0 or left + widget.width() > viewport.width():
        return f"outside the viewport ({left}+{widget.width()} of {viewport.width()})"
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                return f"wrapped text needs {widget.heightForWidth(widget.width())} px, has {widget.height()}"
        elif widget.sizeHint().width() > widget.width():
            return f"text needs {widget.sizeHint().width()} px, has {widget.width()}"
        return ""
    # Buttons and combo boxes cut their text short below their size hint; a spin box or a text box (it scrolls
    # or wraps its own text) needs its minimum.
    need = widget.minimumSizeHint() if isinstance(widget, QAbstractSpinBox | QPlainTextEdit) else widget.sizeHint()
    if need.width() > widget.width() or widget.minimumSizeHint().height() > widget.height():
        return f"needs {need.width()}x{widget.minimumSizeHint().height()}, has {widget.width()}x{widget.height()}"
    return ""


@pytest.mark.parametrize("font_scale", [1.0, 1.5])
def test_nothing_is_clipped_and_nothing_scrolls_sideways_at_any_dock_width(
    qtbot: QtBot, themed: None, font_scale: float
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QPlainTextEdit())
    panel = SettingsPanel()
    if font_scale != 1.0:  # a large system font (accessibility settings, or 200 % with a point-size font)
        font = QFont(panel.font())
        font.setPointSizeF(font.pointSizeF() * font_scale)
        panel.setFont(font)
    panel.set_sources(LONGEST_SOURCES, "Based on the model file and Qwen3's published defaults and your changes",
                      ("The file recommends a context of 40,960 tokens; 4,096 is used (the memory estimate)",))
    panel.engine_info.setText(ENGINE_LINE)
    panel.restore_sections({title: True for title in panel.sections})  # every widget visible, to be checked
    scroll = panel.scrollable()
    assert isinstance(scroll, VerticalScrollArea)
    dock = QDockWidget("Settings", window)
    dock.setWidget(scroll)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)

    # The dock opens wide enough for every label beside its field.
    qtbot.waitUntil(lambda: scroll.viewport().width() >= panel.sizeHint().width())

    # A dock dragged narrower than the panel's minimum stops at it.
    window.resizeDocks([dock], [60], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    assert dock.width() > 60 and scroll.width() >= scroll.minimumSizeHint().width() > 60
    narrowest = dock.width()

    checked = [w for w in panel.findChildren(QWidget)
               if isinstance(w, QLabel | QAbstractButton | QAbstractSpinBox | QComboBox | QPlainTextEdit)]
    assert len(checked) > 40
    for width in [*range(narrowest, 600, 7), 600]:
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        QApplication.processEvents()
        assert abs(dock.width() - width) <= 1, (width, dock.width())
        assert not scroll.horizontalScrollBar().isVisible(), width
        assert panel.width() <= scroll.viewport().width(), (width, panel.width(), scroll.viewport().width())
        problems = {f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', str)()!r}": why
                    for w in checked if w.isVisible() and (why := _clipped(w, scroll.viewport()))}
        assert not problems, (width, problems)
