"""The first start: a welcome that says what runs where, that a model is ready, and where to find better ones
(issue 15: the welcome as a proper first-run dialog, not text in the middle of the chat)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import size_text, tr
from desktop_llm.core.recommendations import FITS_GPU, FITS_MEMORY, Suggestion
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon

APP_ICON = Path(__file__).resolve().parent.parent / "resources" / "desktop-llm.svg"


def welcome_points(suggestion: Suggestion) -> list[tuple[str, str, str]]:
    """(icon, title, text) of the three things a new user should know."""
    fields = {"model": suggestion.repo_id, "quantization": suggestion.quantization,
              "size": size_text(round(suggestion.approx_size_gb * 1e9)), "reason": tr(suggestion.reason)}
    if suggestion.fits == FITS_GPU:
        more = tr("For better answers, try {model} ({quantization}, about {size}): {reason} that fits your GPU.")
    elif suggestion.fits == FITS_MEMORY:
        more = tr("For better answers, try {model} ({quantization}, about {size}): {reason} that fits this "
                  "computer's memory.")
    else:
        more = tr("For better answers, try {model} ({quantization}, about {size}): {reason}; memory is tight here.")
    return [
        ("hard-drive", tr("Private, and works offline"),
         tr("Everything here runs on this computer. Your chats, documents and models stay on it; nothing is sent "
            "anywhere, and no account is needed.")),
        ("sparkles", tr("A starter model is ready"),
         tr("A small model (SmolLM2, 135M parameters) came with the app, so you can chat right away, even "
            "offline.")),
        ("compass", tr("More models in Discover"), more.format(**fields)),
    ]


class FirstRunDialog(QDialog):
    """Shown once, over the window; non-blocking (show(), not exec()), so nothing waits on it. GUI thread only."""

    discover_requested = Signal(str)  # repo id to open in Discover

    def __init__(self, models_dir: str, suggestion: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to desktop-llm"))
        # Window-modal: the welcome is read and closed before the chat is used, and it cannot get lost behind it.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        s = design.SPACE
        layout = QVBoxLayout(self)
        layout.setContentsMargins(s["xl"], s["xl"], s["xl"], s["l"])
        layout.setSpacing(s["m"])

        logo = QLabel()
        logo.setPixmap(QIcon(str(APP_ICON)).pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        logo.setAccessibleName(tr("desktop-llm logo"))
        layout.addWidget(logo)
        self.title = QLabel(tr("Welcome to desktop-llm"))
        self.title.setProperty("kind", "display")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        top = QVBoxLayout()
        top.setSpacing(s["xs"])
        top.addWidget(self.title)
        subtitle = QLabel(tr("Chat with language models that run on your own computer."))
        subtitle.setProperty("kind", "muted")
        subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        subtitle.setWordWrap(True)
        top.addWidget(subtitle)
        layout.addLayout(top)

        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(s["l"], s["l"], s["l"], s["l"])
        grid.setHorizontalSpacing(s["m"])
        grid.setVerticalSpacing(s["m"])
        self.points: list[QLabel] = []
        self._said = [self.title.text(), subtitle.text()]
        for row, (icon_name, heading, text) in enumerate(welcome_points(suggestion)):
            self._said += [heading, text]
            glyph = QLabel()
            glyph.setPixmap(icon(icon_name, "accent").pixmap(design.ICON["m"], design.ICON["m"]))
            grid.addWidget(glyph, row, 0, Qt.AlignmentFlag.AlignTop)
            markup = f"<b>{html.escape(heading)}</b><br>{html.escape(text)}"  # translated parts, markup only
            point = QLabel(markup)
            point.setTextFormat(Qt.TextFormat.RichText)
            point.setWordWrap(True)
            point.setAccessibleName(heading)
            grid.addWidget(point, row, 1)
            self.points.append(point)
        grid.setColumnStretch(1, 1)
        layout.addWidget(card)

        self.models_label = QLabel(tr("Models are kept in {folder}").format(folder=models_dir))
        self.models_label.setProperty("kind", "muted")
        self.models_label.setTextFormat(Qt.TextFormat.PlainText)
        self.models_label.setWordWrap(True)
        self.models_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.models_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.discover_button = QPushButton(icon("compass"), tr("Show it in Discover"))
        self.discover_button.setToolTip(tr("Open {model} in Discover to download it").format(model=suggestion.repo_id))
        self.start_button = QPushButton(tr("Start chatting"))
        self.start_button.setProperty("kind", "primary")
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        buttons.addWidget(self.discover_button)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        # A width that reads well; the height follows from the wrapped text (heightForWidth), so nothing clips.
        width = self.fontMetrics().averageCharWidth() * 90
        self.setMinimumWidth(width)
        self.resize(width, layout.totalHeightForWidth(width))
        self._repo_id = suggestion.repo_id
        self.discover_button.clicked.connect(self._on_discover_clicked)
        self.start_button.clicked.connect(self.accept)
        self.start_button.setFocus()

    def text(self) -> str:
        """Everything the welcome says, as plain text (for tests and screen-reader checks)."""
        return "\n".join([*self._said, self.models_label.text()])

    def _on_discover_clicked(self) -> None:
        self.discover_requested.emit(self._repo_id)
        self.accept()
