"""The design system: every colour, spacing, radius and type size the app draws with, for light and dark.

Pages never write colours of their own: they set an object name or a `kind`/`tone` property and the one
application stylesheet built here styles them (a banner is `tone="warning"`, a primary button `kind="primary"`).
That keeps light and dark consistent and lets a theme change restyle every open window at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class Colors:
    window: str  # the page background
    surface: str  # cards, the composer, the sidebar
    surface_alt: str  # hover, the user's turns, code blocks
    border: str
    text: str
    muted: str  # secondary text: stats, hints, timestamps
    accent: str  # the one colour that says "do this"
    accent_text: str
    user_turn: str
    code: str
    info_bg: str
    info_text: str
    warning_bg: str
    warning_text: str
    danger_bg: str
    danger_text: str
    success_bg: str
    success_text: str


LIGHT = Colors(
    window="#f7f7f8", surface="#ffffff", surface_alt="#f0f1f4", border="#dcdee3", text="#1f2328", muted="#656d76",
    accent="#2f6feb", accent_text="#ffffff", user_turn="#e8effd", code="#f3f4f6",
    info_bg="#e8effd", info_text="#1b4aa8", warning_bg="#fff4ce", warning_text="#5c4400",
    danger_bg="#fde7e9", danger_text="#a4262c", success_bg="#dff6dd", success_text="#0b5a0b",
)
DARK = Colors(
    window="#1b1c1f", surface="#232428", surface_alt="#2c2e33", border="#3a3d43", text="#e8eaed", muted="#9aa0a6",
    accent="#5b8def", accent_text="#ffffff", user_turn="#263451", code="#16171a",
    info_bg="#1f2f4d", info_text="#b7cdfa", warning_bg="#3d3314", warning_text="#f5dc8c",
    danger_bg="#4a1f23", danger_text="#f4b4b8", success_bg="#1d3a20", success_text="#a8e0a9",
)

# Spacing on a 4-pixel grid, radii and type sizes (points, relative to the system font so high-DPI and
# accessibility font sizes carry through).
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}
RADIUS = {"s": 6, "m": 10, "l": 14}
TYPE = {"small": 0.88, "body": 1.0, "title": 1.25, "display": 1.6}
CHAT_COLUMN_MAX = 820  # px: a comfortable reading width (about 90 characters)
ICON = {"s": 16, "m": 20}


def colors(dark: bool) -> Colors:
    return DARK if dark else LIGHT


def palette(c: Colors) -> QPalette:
    """The Fusion palette for `c` (standard widgets take their colours from it)."""
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in ((role.Window, c.window), (role.WindowText, c.text), (role.Base, c.surface),
                     (role.AlternateBase, c.surface_alt), (role.ToolTipBase, c.surface), (role.ToolTipText, c.text),
                     (role.Text, c.text), (role.Button, c.surface), (role.ButtonText, c.text),
                     (role.BrightText, c.danger_text), (role.Highlight, c.accent), (role.HighlightedText, c.accent_text),
                     (role.Link, c.accent), (role.PlaceholderText, c.muted), (role.Mid, c.border),
                     (role.Midlight, c.surface_alt), (role.Light, c.surface), (role.Dark, c.border),
                     (role.Shadow, "#000000")):
        p.setColor(r, QColor(value))
    for r in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(c.muted))
    return p


def stylesheet(c: Colors, base_pt: float) -> str:
    """The one application stylesheet. Selectors name object names and `kind`/`tone` properties only, so a
    standard widget keeps Fusion's native drawing (focus rings, keyboard, accessibility)."""
    small, title, display = (round(base_pt * TYPE[k], 1) for k in ("small", "title", "display"))
    r, s = RADIUS, SPACE
    return f"""
QLabel[kind="muted"], QLabel#stats {{ color: {c.muted}; font-size: {small}pt; }}
QLabel[kind="title"] {{ font-size: {title}pt; font-weight: 600; }}
QLabel[kind="display"] {{ font-size: {display}pt; font-weight: 600; }}
QLabel[kind="section"] {{ color: {c.muted}; font-size: {small}pt; font-weight: 600; padding-top: {s["s"]}px; }}
QLabel[tone], QFrame[tone] {{ border-radius: {r["s"]}px; padding: {s["s"]}px {s["m"]}px; }}
QLabel[tone="info"], QFrame[tone="info"] {{ background: {c.info_bg}; color: {c.info_text}; }}
QLabel[tone="warning"], QFrame[tone="warning"] {{ background: {c.warning_bg}; color: {c.warning_text}; }}
QLabel[tone="danger"], QFrame[tone="danger"] {{ background: {c.danger_bg}; color: {c.danger_text}; }}
QLabel[tone="success"], QFrame[tone="success"] {{ background: {c.success_bg}; color: {c.success_text}; }}
QLabel[tone="error"] {{ color: {c.danger_text}; background: transparent; padding: 0; }}
QPushButton[kind="primary"] {{ background: {c.accent}; color: {c.accent_text}; border: none;
    border-radius: {r["s"]}px; padding: {s["xs"] + 2}px {s["l"]}px; font-weight: 600; }}
QPushButton[kind="primary"]:hover {{ background: {QColor(c.accent).lighter(112).name()}; }}
QPushButton[kind="primary"]:disabled {{ background: {c.border}; color: {c.muted}; }}
QPushButton[kind="chip"] {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: {r["m"]}px;
    padding: {s["s"]}px {s["m"]}px; text-align: left; }}
QPushButton[kind="chip"]:hover {{ background: {c.surface_alt}; }}
QToolButton[kind="icon"] {{ border: none; border-radius: {r["s"]}px; padding: {s["xs"]}px; background: transparent; }}
QToolButton[kind="icon"]:hover, QToolButton[kind="icon"]:focus {{ background: {c.surface_alt}; }}
QToolButton[kind="icon"]:checked {{ background: {c.user_turn}; }}
QToolButton[kind="send"] {{ background: {c.accent}; border: none; border-radius: {r["m"]}px; padding: {s["s"]}px; }}
QToolButton[kind="send"]:disabled {{ background: {c.border}; }}
QFrame#page-header {{ border-bottom: 1px solid {c.border}; }}
QFrame#message-user {{ background: {c.user_turn}; border: none; border-radius: {r["l"]}px; }}
QFrame#message-assistant, QFrame#message-system {{ background: transparent; border: none; }}
QFrame#composer {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: {r["l"]}px; }}
QFrame#composer QPlainTextEdit {{ background: transparent; border: none; }}
QFrame#card, QFrame#empty-state {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: {r["m"]}px; }}
QFrame#sidebar {{ background: {c.surface}; }}
QFrame#sidebar, QFrame#nav-rail {{ border: none; border-right: 1px solid {c.border}; }}
QFrame#nav-rail {{ background: {c.window}; }}
QToolButton#nav-button {{ border: none; border-radius: {r["m"]}px; padding: {s["s"]}px {s["xs"]}px;
    color: {c.muted}; font-size: {small}pt; }}
QToolButton#nav-button:hover, QToolButton#nav-button:focus {{ background: {c.surface_alt}; color: {c.text}; }}
QToolButton#nav-button:checked {{ background: {c.user_turn}; color: {c.text}; font-weight: 600; }}
QToolBar#model-toolbar {{ border: none; border-bottom: 1px solid {c.border}; padding: {s["xs"]}px {s["s"]}px;
    spacing: {s["s"]}px; }}
QFrame#model-popup {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: {r["m"]}px; }}
QListView#model-list {{ background: transparent; border: none; }}
QPushButton#popup-link {{ color: {c.accent}; border: none; border-top: 1px solid {c.border}; border-radius: 0;
    text-align: left; padding: {s["s"]}px; }}
QPushButton#popup-link:hover, QPushButton#popup-link:focus {{ background: {c.surface_alt}; }}
QFrame#code-block {{ background: {c.code}; border: 1px solid {c.border}; border-radius: {r["s"]}px; }}
QFrame#thinking {{ border-left: 3px solid {c.border}; }}
QFrame#code-block-header {{ border-bottom: 1px solid {c.border}; background: transparent; }}
QFrame#code-block QTextBrowser, QFrame#card QPlainTextEdit {{ background: transparent; border: none; }}
QFrame#thinking QTextBrowser {{ color: {c.muted}; }}
QToolButton#thinking-header {{ border: none; background: transparent; color: {c.muted};
    border-radius: {r["s"]}px; padding: 2px {s["xs"]}px; }}
QToolButton#thinking-header:hover, QToolButton#thinking-header:focus {{ background: {c.surface_alt}; }}
QLabel[kind="author"] {{ font-weight: 600; }}
QFrame#code-block QScrollBar:horizontal {{ background: transparent; height: {s["s"]}px; margin: 0 {s["xs"]}px 2px; }}
QFrame#code-block QScrollBar::handle:horizontal {{ background: {c.border}; border-radius: 3px; min-width: {s["xl"]}px; }}
QFrame#code-block QScrollBar::add-line, QFrame#code-block QScrollBar::sub-line {{ width: 0; }}
QFrame#code-block QScrollBar::add-page, QFrame#code-block QScrollBar::sub-page {{ background: transparent; }}
QListView#conversations {{ background: transparent; border: none; }}
QListView#conversations::item {{ padding: {s["s"]}px; border-radius: {r["s"]}px; }}
QListView#conversations::item:selected {{ background: {c.user_turn}; color: {c.text}; }}
QPushButton[kind="section"] {{ border: none; background: transparent; text-align: left; font-weight: 600;
    border-radius: {r["s"]}px; padding: {s["xs"]}px {s["xs"]}px; }}
QPushButton[kind="section"]:hover, QPushButton[kind="section"]:focus {{ background: {c.surface_alt}; }}
QFrame#collapsible-section {{ border-width: 0 0 1px 0; border-style: solid; border-color: {c.border}; }}
QToolBox::tab {{ font-weight: 600; border-bottom: 1px solid {c.border}; padding: {s["xs"]}px; }}
"""
