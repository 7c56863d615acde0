"""What an empty chat shows: a greeting, which model answers (and that nothing leaves the computer), and a few
example prompts that fill the composer (issue 15, "Chat": an empty state with a few example prompts)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon


def examples() -> tuple[tuple[str, str, str], ...]:
    """(chip label, icon, what it puts in the composer): a start the user finishes, so nothing is sent unasked.
    In the user's language (the translation may name another target language than French: the user's pair)."""
    return (
        (tr("Summarize a text"), "file-text", tr("Summarize the following text in a few bullet points:\n\n")),
        (tr("Explain a concept simply"), "sparkles", tr("Explain, simply and with an everyday example, how ")),
        (tr("Write a Python function…"), "pencil", tr("Write a Python function that ")),
        (tr("Translate into French…"), "languages", tr("Translate into French:\n\n")),
    )


def greeting() -> str:
    return tr("How can I help you today?")


def model_line(name: str, loading: bool = False) -> str:
    """The muted line under the greeting: which model answers, and the promise that matters most."""
    private = tr("Everything you type stays on this computer.")
    if loading:
        return tr("Loading {name}… {private}").format(name=name, private=private)
    if name:
        return tr("{name} is loaded and ready. {private}").format(name=name, private=private)
    return tr("No model is loaded yet: pick one in the toolbar. {private}").format(private=private)


class ChatEmptyView(QWidget):
    """Shown in place of the messages while the chat has none. GUI thread only."""

    prompt_chosen = Signal(str)  # the example's text, for the composer (not sent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # The content in the reading column's width, centred by the row it is alone in (as the composer is).
        self.content = QWidget()
        self.content.setMaximumWidth(design.CHAT_COLUMN_MAX)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.content)
        column = QVBoxLayout(self.content)
        s = design.SPACE
        column.setContentsMargins(s["l"], s["xl"], s["l"], s["xl"])  # the composer's side margins: edges line up
        column.setSpacing(s["s"])
        glyph = QLabel()
        glyph.setPixmap(icon("message-square", "accent").pixmap(40, 40))
        glyph.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(glyph)
        self.greeting = QLabel(greeting())
        self.greeting.setProperty("kind", "display")
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.greeting.setWordWrap(True)
        column.addWidget(self.greeting)
        self.model_label = QLabel(model_line(""))
        self.model_label.setProperty("kind", "muted")
        self.model_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.model_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.model_label.setWordWrap(True)
        column.addWidget(self.model_label)
        column.addSpacing(s["l"])
        grid = QGridLayout()
        grid.setSpacing(s["s"])
        self.chips: list[QPushButton] = []
        for index, (label, icon_name, text) in enumerate(examples()):
            chip = QPushButton(icon(icon_name, "accent"), label)
            chip.setProperty("kind", "chip")
            chip.setIconSize(QSize(design.ICON["s"], design.ICON["s"]))
            chip.setToolTip(tr("Start a message: “{text}”").format(text=text.strip()))
            chip.setAccessibleName(tr("Example: {label}").format(label=label))
            chip.setAccessibleDescription(tr("Puts the start of this prompt in the message box"))
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            chip.clicked.connect(lambda _checked=False, t=text: self.prompt_chosen.emit(t))
            grid.addWidget(chip, index // 2, index % 2)
            self.chips.append(chip)
        column.addLayout(grid)

    def set_model(self, name: str, loading: bool = False) -> None:
        self.model_label.setText(model_line(name, loading))
