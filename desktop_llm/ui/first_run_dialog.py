"""The first start: what runs where, where models are kept, and a better model to try next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_llm.core.recommendations import Suggestion


class FirstRunDialog(QDialog):
    """Non-modal, so nothing waits on it; GUI thread only."""

    discover_requested = Signal(str)  # repo id to open in Discover

    def __init__(self, models_dir: str, suggestion: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to desktop-llm")
        self.setModal(False)
        layout = QVBoxLayout(self)
        text = (
            "Everything here runs on this computer. Your chats, documents and models stay on it; nothing is "
            "sent anywhere, and no account is needed.\n\n"
            "A small starter model (SmolLM2, 135M parameters) is ready, so you can chat right away, even offline.\n\n"
            f"Models are kept in:\n{models_dir}\n\n"
            f"For better answers, try {suggestion.repo_id} ({suggestion.quantization}, about "
            f"{suggestion.approx_size_gb:.1f} GB): {suggestion.reason}."
        )
        self.message = QLabel(text)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(460)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.discover_button = QPushButton("Show it in Discover")
        self.start_button = QPushButton("Start chatting")
        self.start_button.setDefault(True)
        row.addWidget(self.discover_button)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        self._repo_id = suggestion.repo_id
        self.discover_button.clicked.connect(self._on_discover_clicked)
        self.start_button.clicked.connect(self.accept)

    def _on_discover_clicked(self) -> None:
        self.discover_requested.emit(self._repo_id)
        self.accept()
