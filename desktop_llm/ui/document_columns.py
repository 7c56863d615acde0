"""The two columns the Summarize and Translate pages share: the source on the left; on the right the result, its
Copy and Export row, and one labelled extra under them (earlier summaries, the glossary)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCollator, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import translated
from desktop_llm.core.languages import LANGUAGES
from desktop_llm.ui.document_source_view import DocumentSourceView
from desktop_llm.ui.job_progress_view import result_buttons


@dataclass(frozen=True)
class DocumentColumns:
    splitter: QSplitter  # source | result, equal halves
    source: DocumentSourceView
    copy_button: QPushButton
    export_button: QPushButton


def language_choices() -> list[tuple[str, str]]:
    """(code, name) of the languages the pages offer, named in the user's language, sorted as its locale sorts."""
    collator = QCollator()
    named = [(code, translated(name)) for code, name in LANGUAGES.items()]
    return sorted(named, key=lambda item: collator.sortKey(item[1]))


def build_document_columns(placeholder: str, result_view: QWidget, extra_label: str, extra: QWidget,
                           above_result: QWidget | None = None, empty_icon: str = "file-text") -> DocumentColumns:
    """GUI thread only. The widgets passed in are laid out, not made, so each page keeps its own kinds of view;
    `placeholder` and `extra_label` come translated."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    source = DocumentSourceView(placeholder, empty_icon)
    splitter.addWidget(source)
    right = QWidget()
    column = QVBoxLayout(right)
    column.setContentsMargins(0, 0, 0, 0)
    if above_result is not None:
        column.addWidget(above_result)
    column.addWidget(result_view, 1)
    buttons, copy_button, export_button = result_buttons()
    column.addLayout(buttons)
    label = QLabel(extra_label)
    label.setProperty("kind", "section")
    label.setWordWrap(True)
    column.addWidget(label)
    column.addWidget(extra)
    splitter.addWidget(right)
    # Source and result are read side by side: equal halves, kept equal when the window is resized.
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([600, 600])
    return DocumentColumns(splitter, source, copy_button, export_button)
