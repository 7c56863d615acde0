"""What summarize and translate jobs hand across the layers: a loaded document, progress, a result, a history entry.

Made by services/documents, carried by the document controller's signals, shown by the Summarize and Translate
pages; defined here so each layer names the real type instead of `object` (issue 19, item 2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from desktop_llm.core.ui_text import fill_template

JobKind = Literal["summary", "translation"]
JobStage = Literal["reading", "summarizing", "combining", "writing", "translating"]


@dataclass(frozen=True)
class Notice:
    """A warning for the user in a translatable form: a QT_TR_NOOP-marked English `template` with {name}
    placeholders and the values to put in them. The UI translates the template before filling it in
    (`notice.text(translated(notice.template))`); str() is the English, for the command line and the log."""

    template: str
    fields: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, template: str, **fields: object) -> Notice:
        return cls(template, tuple((name, str(value)) for name, value in fields.items()))

    def text(self, template: str | None = None) -> str:
        """The notice with its values filled in, into `template` (a translation of self.template) if given."""
        return fill_template(self.template, self.fields, template)

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Document:
    """A document read into text, its structure as markdown."""

    name: str
    kind: str  # txt, md, pdf, docx, html, rtf, pasted
    text: str
    warnings: tuple[Notice, ...] = field(default=())


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
    stage: str  # "final", "map", "reduce", "translate", "continue" (finishing a cut reply's last sentence)
    finish_reason: str = ""  # the engine's: "stop", "length", ...; empty until the reply has ended
    ending: str = ""  # a reply cut at its length limit (an Ending of core/clean_ending): clean, continued, trimmed,
    # ellipsis; empty for a reply that ended by itself


@dataclass(frozen=True)
class JobResult:
    """A finished job. The lists are filled while the result is put together and never changed after."""

    text: str  # the summary, the translation, or (a translated docx) the path of the file written
    source_tokens: int
    seconds: float
    requests: list[RequestRecord] = field(default_factory=list)
    rounds: int = 0
    chunks: int = 0
    warnings: list[Notice] = field(default_factory=list)

    @property
    def cut_endings(self) -> list[str]:
        """How each piece cut at its length limit was made to end: continued, trimmed or ellipsis (issue 13 part 5)."""
        return [r.ending for r in self.requests if r.ending and r.ending != "clean"]

    @property
    def ending_note(self) -> str:
        """One sentence on the pieces cut at the length limit, or "" when none was: for the result's details."""
        endings = self.cut_endings
        if not endings:
            return ""
        counts = [(endings.count("continued"), "continued"),
                  (endings.count("trimmed"), "trimmed to its last full sentence"),
                  (endings.count("ellipsis"), "ended with '…' (no full sentence to keep)")]
        pieces = "1 piece was" if len(endings) == 1 else f"{len(endings)} pieces were"
        return f"{pieces} cut at the length limit: " + ", ".join(f"{n} {what}" for n, what in counts if n)


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
