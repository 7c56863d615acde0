"""The model chosen for chat, summaries and translations: one holder that the window, the Train tab and the
controllers follow (issue 19, item 3: the window, the chat and the documents each kept their own copy)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.sampling import LoadParams


class ModelSelection(QObject):
    """GUI thread only. Created by the composition root and passed to everything that needs the chosen model."""

    changed = Signal(object)  # LoadParams of the model chosen (again, or with new load settings)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._params: LoadParams | None = None
        self._paired: dict[str, str] = {}  # model path -> the projector the library paired it with when selected

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

    def select_paired(self, params: LoadParams) -> None:
        """select() a library model with the projector the library pairs it with (`params.mmproj`, issue 17),
        remembered so that a new pairing is noticed (repaired)."""
        self._paired[params.path] = params.mmproj
        self.select(params)

    def repaired(self, models: Sequence[ModelInfo]) -> bool:
        """Whether the library (`models`, as listed now) pairs the chosen model with another projector than the one
        it was selected with (Projector… in the Library, issue 17): it must load again, to see or to stop seeing."""
        info = next((m for m in models if m.path == self.path), None)
        return info is not None and self.path in self._paired and self._paired[self.path] != info.mmproj
