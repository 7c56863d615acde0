"""The sources of a reply written with attached knowledge (issue 12): what the prompt carried, numbered as the
model saw them, and which of them the reply cites. They live in the reply's meta JSON, so reopening the chat, a
branch, a regenerated sibling and an export show the same sources as the moment the reply was written.

Meta is read back from the database and may be damaged or written by an older or newer version: reading it never
raises; a malformed entry is left out, the others are kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeGuard

from desktop_llm.core.knowledge_types import Passage, Place

SOURCES_KEY = "sources"
KNOWLEDGE_KEY = "knowledge"
MAX_SOURCES = 64  # more than any prompt holds; a damaged meta cannot make the view draw thousands of lines
MAX_TEXT = 8_000  # characters of one stored passage (chunks are a few hundred tokens; a hostile meta is not)
MAX_FIELD = 4_096  # characters of a path, a collection name or a heading


@dataclass(frozen=True)
class Source:
    """Passage [n] of a reply's prompt: where it comes from and whether the reply cites it."""

    n: int
    collection: str
    path: str
    text: str
    page: int | None = None
    heading: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    score: float = 0.0
    cited: bool = False
    chunk_id: int = 0  # the passage in the knowledge store (its context is read from there); 0: not known

    @property
    def place(self) -> Place:
        return Place(self.page, self.heading, self.start, self.end)

    @property
    def file_name(self) -> str:
        """The last part of the path, for a chip ("report.pdf"); the path itself where it has none."""
        name = self.path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        return name or self.path


@dataclass(frozen=True)
class KnowledgeNote:
    """How a reply used the attached collections: their names, the "answer only from the documents" switch, the
    search's mode and whether anything relevant was found (False: "the documents do not say")."""

    collections: tuple[str, ...]
    only_documents: bool = False
    relevant: bool = True
    mode: str = ""


def sources_for(passages: Sequence[Passage], cited: Iterable[int] = ()) -> tuple[Source, ...]:
    """The passages of a prompt as sources, numbered from 1 in the order the prompt numbered them; `cited`: the
    numbers the reply cites."""
    marked = set(cited)
    return tuple(
        Source(n=n, collection=p.collection, path=p.path, text=p.text[:MAX_TEXT], page=p.place.page,
               heading=p.place.heading, start=p.place.start, end=p.place.end, score=p.score, cited=n in marked,
               chunk_id=p.chunk_id)
        for n, p in enumerate(passages, start=1)
    )


def with_cited(sources: Sequence[Source], cited: Iterable[int]) -> tuple[Source, ...]:
    marked = set(cited)
    return tuple(replace(s, cited=s.n in marked) for s in sources)


def sources_to_meta(sources: Sequence[Source]) -> list[dict[str, object]]:
    """JSON-ready entries: {n, collection, path, page, heading, start, end, text, score, cited, chunk}."""
    return [{**_fields(s), "heading": list(s.heading)} for s in sources]


def knowledge_to_meta(note: KnowledgeNote) -> dict[str, object]:
    return {"collections": list(note.collections), "only_documents": note.only_documents,
            "relevant": note.relevant, "mode": note.mode}


def sources_from_meta(meta: Mapping[str, object]) -> tuple[Source, ...]:
    """A reply's sources, in number order; a damaged entry (not an object, no number, no path) is left out and
    a repeated number kept once. Never raises."""
    entries = meta.get(SOURCES_KEY)
    if not isinstance(entries, list):
        return ()
    found: dict[int, Source] = {}
    for entry in entries[: MAX_SOURCES * 4]:
        source = _source(entry)
        if source is not None and source.n not in found:
            found[source.n] = source
    return tuple(found[n] for n in sorted(found)[:MAX_SOURCES])


def knowledge_from_meta(meta: Mapping[str, object]) -> KnowledgeNote | None:
    """How the reply used knowledge, or None for a reply written without any (or a damaged note)."""
    note = meta.get(KNOWLEDGE_KEY)
    if not isinstance(note, dict):
        return None
    names = note.get("collections")
    collections = tuple(_text(n) for n in names[:MAX_SOURCES] if isinstance(n, str)) if isinstance(names, list) else ()
    return KnowledgeNote(collections, note.get("only_documents") is True, note.get("relevant") is not False,
                         _text(note.get("mode")))


def display_order(sources: Sequence[Source]) -> list[Source]:
    """Cited sources first (by number), then the others: what the reply rests on comes first."""
    return sorted(sources, key=lambda s: (not s.cited, s.n))


def sources_markdown(meta: Mapping[str, object]) -> list[str]:
    """Markdown lines for an export, under the reply: "**Sources**" and one numbered item a source (cited ones
    marked), its place and the start of its passage; no lines for a reply without sources."""
    sources = sources_from_meta(meta)
    if not sources:
        return []
    lines = ["**Sources**", ""]
    for source in sources:
        where = ", ".join(part for part in (source.path, source.place.label()) if part)
        excerpt = " ".join(source.text.split())
        excerpt = excerpt if len(excerpt) <= 200 else excerpt[:199].rstrip() + "…"
        mark = " (cited)" if source.cited else ""
        lines.append(f"{source.n}. {where}{mark}" + (f": “{excerpt}”" if excerpt else ""))
    return [*lines, ""]


def _fields(s: Source) -> dict[str, object]:
    return {"n": s.n, "collection": s.collection, "path": s.path, "page": s.page, "heading": s.heading,
            "start": s.start, "end": s.end, "text": s.text, "score": s.score, "cited": s.cited, "chunk": s.chunk_id}


def _source(entry: object) -> Source | None:
    if not isinstance(entry, dict):
        return None
    n, path = entry.get("n"), entry.get("path")
    if not _is_int(n) or not 0 < n < 10_000 or not isinstance(path, str) or not path.strip():
        return None
    page = entry.get("page")
    heading = entry.get("heading")
    score = entry.get("score")
    return Source(
        n=n,
        collection=_text(entry.get("collection")),
        path=path[:MAX_FIELD],
        text=entry["text"][:MAX_TEXT] if isinstance(entry.get("text"), str) else "",
        page=page if _is_int(page) and page > 0 else None,
        heading=tuple(_text(h) for h in heading[:32] if isinstance(h, str)) if isinstance(heading, list) else (),
        start=_count(entry.get("start")),
        end=_count(entry.get("end")),
        score=float(score) if isinstance(score, (int, float)) and not isinstance(score, bool)
        and abs(score) < 1e300 else 0.0,
        cited=entry.get("cited") is True,
        chunk_id=_count(entry.get("chunk")),
    )


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _text(value: object) -> str:
    return value[:MAX_FIELD] if isinstance(value, str) else ""
