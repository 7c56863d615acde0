"""The model chosen for chat, summaries and translations: one holder that the window, the Train tab and the
controllers follow (issue 19, item 3: the window, the chat and the documents each kept their own copy)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_llm.core.sampling import LoadParams


class ModelSelection(QObject):
    """GUI thread only. Created by the composition root and passed to everything that needs the chosen model."""

    changed = Signal(object)  # LoadParams of the model chosen (again, or with new load settings)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._params: LoadParams | None = None

    @property
    def params(self) -> LoadParams | None:
        """The chosen model and how to load it; None until the first choice (an empty library)."""
        return self._params

    @property
    def path(self) -> str:
        return self._params.path if self._params is not None else ""

    def select(self, params: LoadParams) -> None:
        """Choose `params`; `changed` is emitted even for the same value, since choosing again means load again
        (a reload after the load settings were applied, a pick of the model already chosen)."""
        self._params = params
        self.changed.emit(params)
