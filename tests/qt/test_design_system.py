"""The design system: every icon the app names exists and draws in the theme's colour; themes switch live."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop_llm.ui import design
from desktop_llm.ui.icons import NAMES, icon
from desktop_llm.ui.page_chrome import Banner
from desktop_llm.ui.theme import ThemeManager


def _ink(name: str) -> list[QColor]:
    image = icon(name).pixmap(48, 48).toImage()
    return [image.pixelColor(x, y) for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() > 250]


def _near(a: QColor, b: QColor) -> bool:  # premultiplied alpha rounds a channel by one or two
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 3


def test_every_icon_draws_in_the_text_colour_of_the_theme(qapp: QApplication) -> None:
    themes = ThemeManager(qapp)
    for name, colors in (("dark", design.DARK), ("light", design.LIGHT)):
        themes.apply(name)
        assert themes.is_dark == (name == "dark")
        assert qapp.palette().window().color() == QColor(colors.window)
        for icon_name in NAMES:
            ink = _ink(icon_name)
            assert ink and all(_near(pixel, QColor(colors.text)) for pixel in ink), icon_name
    themes.apply("system")


def test_a_banner_takes_its_tone_from_the_stylesheet(qapp: QApplication) -> None:
    ThemeManager(qapp).apply("light")
    banner = Banner()
    banner.show_message("Model not found", "danger")
    assert banner.property("tone") == "danger" and banner.text() == "Model not found" and not banner.isHidden()
    banner.resize(200, 40)
    image = banner.grab().toImage()
    assert image.pixelColor(5, 5) == QColor(design.LIGHT.danger_bg)
    banner.clear_message()
    assert banner.isHidden()


def test_a_banner_given_its_tone_after_the_window_is_shown_gets_the_tones_padding(qapp: QApplication) -> None:
    """Qt polishes a widget's box once; restyle() must make a later tone's padding count, not just its colour."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    ThemeManager(qapp).apply("light")
    window = QWidget()
    banner = Banner()
    QVBoxLayout(window).addWidget(banner)
    window.show()
    qapp.processEvents()
    banner.show_message("The engine stopped.", "danger")
    margins = banner.contentsMargins()
    assert (margins.left(), margins.top()) == (design.SPACE["m"], design.SPACE["s"])
    window.close()
