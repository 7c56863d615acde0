"""What summarize and translate jobs hand across the layers: a loaded document, progress, a result, a history entry.

Made by services/documents, carried by the document controller's signals, shown by the Summarize and Translate
pages; defined here so each layer names the real type instead of `object` (issue 19, item 2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

JobKind = Literal["summary", "translation"]
JobStage = Literal["reading", "summarizing", "combining", "writing", "translating"]


@dataclass(frozen=True)
class Document:
    """A document read into text, its structure as markdown."""

    name: str
    kind: str  # txt, md, pdf, docx, html, rtf, pasted
    text: str
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Progress:
    stage: JobStage
    done: int
    total: int
    eta_s: float | None


@dataclass(frozen=True)
class RequestRecord:
    """One request a job sent: it was counted before sending, and prompt + reply budget fit the context."""

    prompt_tokens: int
    max_tokens: int
    n_ctx: int
    stage: str  # "final", "map", "reduce", "translate"


@dataclass(frozen=True)
class JobResult:
    """A finished job. The lists are filled while the result is put together and never changed after."""

    text: str  # the summary, the translation, or (a translated docx) the path of the file written
    source_tokens: int
    seconds: float
    requests: list[RequestRecord] = field(default_factory=list)
    rounds: int = 0
    chunks: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class HistoryEntry:
    """A finished summary or translation, kept with its source so it can be reopened and exported."""

    id: int
    kind: str  # a JobKind; rows read back from the database are taken as they are
    source_name: str
    source_text: str
    options: dict[str, Any]  # the options it was made with, as saved (JSON)
    result: str
    created_at: float
