"""A reply's source shown in context (issue 12): the passage with the chunks around it in its file, read from the
knowledge store off the GUI thread, for the passage dialog (ui/passage_dialog.py; ui/sources_view.py asks the window's
`passage_context` when it opens one). Only while the store still has the very passage the prompt carried: a file
indexed again has new chunks, and the dialog then shows the stored passage alone, as it always did."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, Failed, Outcome, Succeeded
from desktop_llm.core.knowledge_types import Passage
from desktop_llm.core.protocols import KnowledgeBase
from desktop_llm.core.sources_meta import Source

log = logging.getLogger(__name__)
AROUND = 2  # chunks before and after the passage
LANE = "passage-context"
FILE_LANE = "passage-file"


class PassageContext(QObject):
    """Lives on the GUI thread; `read` answers on it. One read at a time: a newer one drops the older's answer."""

    def __init__(self, knowledge: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self._ops = BackgroundOps(self)

    def read(self, source: Source, done: Callable[[list[Passage]], None]) -> None:
        """Read the passage's context; `done` gets it (the passage and its neighbours, in order) on the GUI thread,
        never when the store no longer has that passage or the read failed (logged: the dialog keeps what it has)."""
        if source.chunk_id <= 0:  # a reply stored before sources kept their chunk
            return
        knowledge, chunk_id = self._knowledge, source.chunk_id

        def work(_flag: CancelFlag) -> list[Passage]:
            return knowledge.passage_context(chunk_id, AROUND)

        def finished(outcome: Outcome) -> None:
            if isinstance(outcome, Succeeded) and still_there(source, outcome.value):
                done(list(outcome.value))
            elif isinstance(outcome, Failed):
                log.info("the context of passage %s could not be read: %s", chunk_id, outcome.message)

        self._ops.run(LANE, work, finished)

    def check_file(self, source: Source, done: Callable[[bool], None]) -> None:
        """Whether the source's file is still there; `done` gets it on the GUI thread. Off the GUI thread: a file
        on a network share that went away can take the system a long time to answer for."""
        path = source.path

        def work(_flag: CancelFlag) -> bool:
            try:
                return Path(path).is_file()
            except OSError:  # pragma: no cover - is_file() answers False for most errors itself
                return False

        def finished(outcome: Outcome) -> None:
            if isinstance(outcome, Succeeded):
                done(bool(outcome.value))

        self._ops.run(FILE_LANE, work, finished)

    @property
    def reading(self) -> bool:
        """A read is under way (its answer still to come)."""
        return self._ops.busy(LANE)

    @property
    def checking(self) -> bool:
        """A look for the file is under way (check_file's answer still to come)."""
        return self._ops.busy(FILE_LANE)

    def shutdown(self) -> None:
        self._ops.shutdown()


def still_there(source: Source, passages: Sequence[Passage]) -> bool:
    """Whether the store's chunk is the passage the prompt carried (same id, same text as far as it was kept)."""
    own = next((p for p in passages if p.chunk_id == source.chunk_id), None)
    return own is not None and own.text.strip().startswith(source.text.strip()[:200])
