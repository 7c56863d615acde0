"""A file of a collection read into sections with their place, and the sections cut into chunks (issue 12).

Documents go through services/documents (the readers Summarize uses, so both agree on what a file says): a PDF
page by page, so each chunk keeps its page; markdown, docx and HTML as markdown, split at their headings, so each
chunk keeps its heading path; source code at blank lines before top-level definitions, under the file's name.
Every way a file can fail to read ends as a DocumentError whose message is a short reason for the list of files
that could not be read ("no text layer (scanned?)", "encrypted", "too large", "not text", "damaged").
Runs on the indexer's worker thread; the size limits of services/documents bound time and memory.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_llm.core.chunking import Block, CountTokens, chunk_text, pack_blocks
from desktop_llm.core.errors import DocumentError, DocumentFormatError, DocumentTooLargeError
from desktop_llm.core.knowledge_types import ChunkRecord, FailedFile, Place
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.documents import documents
from desktop_llm.services.knowledge.file_scan import CODE_SUFFIXES

TOO_LARGE = QT_TR_NOOP("too large ({size} MB; the limit is {limit} MB)")
TOO_LARGE_DETAIL = QT_TR_NOOP("too large ({detail})")
TOO_LONG = QT_TR_NOOP("too large ({count} characters of text; the limit is {limit})")
EMPTY = QT_TR_NOOP("empty")
NO_TEXT = QT_TR_NOOP("no text")
NO_TEXT_LAYER = QT_TR_NOOP("no text layer (scanned?): it needs OCR first")
ENCRYPTED = QT_TR_NOOP("encrypted (password-protected)")
NOT_TEXT = QT_TR_NOOP("not text (a binary file with a text file's name)")
DAMAGED = QT_TR_NOOP("damaged ({detail})")
UNREADABLE = QT_TR_NOOP("could not be read ({detail})")
PAGES_SKIPPED = QT_TR_NOOP("pages without text (scanned?) were skipped: {pages}")
_MAX_PAGE_RANGES = 12  # of the skipped pages' list; a longer one ends in "…"

_MARKDOWN_KINDS = (".md", ".markdown", ".docx", ".html", ".htm")
_FENCE = re.compile(r"^(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MAX_HEADING_CHARS = 200
_LOCATE_SLACK = 4096  # how far past its expected place a chunk's first words are looked for
_CODE_CHARS_PER_TOKEN = 3  # code is dense in tokens: a unit over budget x this is surely too big for one chunk


@dataclass(frozen=True)
class Section:
    """A piece of a file that chunks never cross: a PDF page, the text under one heading, a source file.
    `start` is where `text` begins in the text read from the file (in the page's text for a PDF)."""

    text: str
    page: int | None = None
    heading: tuple[str, ...] = ()
    start: int = 0
    code: bool = False


def read_sections(path: Path) -> list[Section]:
    """The file's sections, in order. DocumentError (its message a short reason for the user) when it cannot
    be read; OSError is turned into one as well."""
    return read_file(path)[0]


def read_file(path: Path) -> tuple[list[Section], FailedFile | None]:
    """The file's sections and a note on what was left out (a PDF's pages without text, which a partly scanned
    PDF has), or None. Raises as read_sections."""
    skipped: list[int] = []
    try:
        sections = _read(path, skipped)
    except DocumentError:
        raise
    except OSError as exc:
        raise DocumentError(UNREADABLE, detail=exc.strerror or type(exc).__name__) from exc
    note = FailedFile.of(str(path), PAGES_SKIPPED, pages=page_ranges(skipped)) if skipped else None
    return sections, note


def page_ranges(pages: Sequence[int]) -> str:
    """"3, 5–7, 12" for pages 3, 5, 6, 7, 12 (sorted), at most _MAX_PAGE_RANGES ranges and then "…"."""
    ranges: list[list[int]] = []
    for page in sorted(pages):
        if ranges and page == ranges[-1][1] + 1:
            ranges[-1][1] = page
        else:
            ranges.append([page, page])
    text = ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in ranges[:_MAX_PAGE_RANGES])
    return text + (", …" if len(ranges) > _MAX_PAGE_RANGES else "")


def _read(path: Path, skipped: list[int]) -> list[Section]:
    size = path.stat().st_size
    if size > documents.MAX_FILE_BYTES:
        raise DocumentTooLargeError(TOO_LARGE, size=f"{size / 1024**2:,.0f}",
                                    limit=f"{documents.MAX_FILE_BYTES // 1024**2:,}")
    if size == 0:
        raise DocumentError(EMPTY)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _pdf_sections(path, skipped)
    if suffix in CODE_SUFFIXES:
        return [Section(_checked_length(_code_text(path)), heading=(path.name,), code=True)]
    if suffix != ".docx":
        _refuse_binary(path)
    try:
        text = documents.load_document(path).text
    except DocumentTooLargeError as exc:  # a .docx that expands too much, a text too long
        raise DocumentTooLargeError(TOO_LARGE_DETAIL, detail=str(exc)) from exc
    except DocumentFormatError as exc:
        raise DocumentFormatError(DAMAGED, detail=_detail(exc)) from exc
    if suffix in _MARKDOWN_KINDS:
        return markdown_sections(text)
    return [Section(text.strip(), start=len(text) - len(text.lstrip()))] if text.strip() else []


def _pdf_sections(path: Path, skipped: list[int]) -> list[Section]:
    """The PDF's pages with text; the numbers of those without any into `skipped` (all of them: NO_TEXT_LAYER)."""
    try:
        pages = documents.read_pdf_pages(path)
    except DocumentFormatError as exc:
        raise DocumentFormatError(DAMAGED, detail=_detail(exc)) from exc
    except DocumentError as exc:  # the only other one read_pdf_pages raises: a password is needed
        raise DocumentError(ENCRYPTED) from exc
    sections: list[Section] = []
    total = 0
    for number, raw in enumerate(pages, start=1):
        text = documents.reflow_pdf_page(raw.replace("\x00", "")).strip()
        total += len(text)
        if text:
            sections.append(Section(text, page=number))
        else:
            skipped.append(number)
    if not sections:
        raise DocumentError(NO_TEXT_LAYER)
    if total > documents.MAX_TEXT_CHARS:
        raise DocumentTooLargeError(TOO_LONG, count=f"{total:,}", limit=f"{documents.MAX_TEXT_CHARS:,}")
    return sections


def _detail(exc: DocumentError) -> str:
    """What is wrong inside the file, without its name: the list of files that could not be read shows the name
    already ("damaged (Stream has ended unexpectedly)", not "damaged (x.pdf is not a readable PDF (…))")."""
    if reason := exc.fields.get("reason"):
        return reason
    text, name = str(exc), exc.fields.get("name", "")
    for lead in (f"{name} is ", f"{name}: "):  # "x.docx is not a readable .docx file (…)": "not a readable …"
        if name and text.startswith(lead):
            return text[len(lead):]
    return text


def _refuse_binary(path: Path) -> None:
    """A binary file renamed to .txt (or .md, .html …) is "not text"; the BOMs of UTF-16/32 are text."""
    with path.open("rb") as handle:
        head = handle.read(65536)
    if any(head.startswith(bom) for bom in (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return
    if b"\x00" in head or any(head.startswith(magic) for magic in documents._MAGIC):
        raise DocumentError(NOT_TEXT)


def _code_text(path: Path) -> str:
    _refuse_binary(path)
    try:
        text = documents.decode_text(path.read_bytes(), path.name)
    except DocumentFormatError as exc:
        raise DocumentFormatError(DAMAGED, detail=_detail(exc)) from exc
    except DocumentError as exc:
        raise DocumentError(NOT_TEXT) from exc
    text = text.replace("\r\n", "\n").replace("\x00", "")
    if not text.strip():
        raise DocumentError(NO_TEXT)
    return text


def _checked_length(text: str) -> str:
    if len(text) > documents.MAX_TEXT_CHARS:
        raise DocumentTooLargeError(TOO_LONG, count=f"{len(text):,}", limit=f"{documents.MAX_TEXT_CHARS:,}")
    return text


def markdown_sections(text: str) -> list[Section]:
    """Markdown cut at its headings (outside fenced code), each section with the path of headings above it and
    its own heading line as its first line (so a search for the heading's words finds it). A heading with
    nothing under it before the next one makes no section of its own."""
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    heading: tuple[str, ...] = ()
    start = pos = 0
    in_fence = False

    def emit(end: int) -> None:
        piece = text[start:end]
        body = [line for line in piece.splitlines() if line.strip() and not _HEADING.match(line)]
        if body:
            lead = len(piece) - len(piece.lstrip())
            sections.append(Section(piece.strip(), heading=heading, start=start + lead))

    for line in text.splitlines(keepends=True):
        if _FENCE.match(line.lstrip()):
            in_fence = not in_fence
        elif not in_fence and (match := _HEADING.match(line.rstrip("\n"))):
            if any(ln.strip() and not _HEADING.match(ln) for ln in text[start:pos].splitlines()):
                emit(pos)
                start = pos
            level = len(match.group(1))
            stack = [entry for entry in stack if entry[0] < level]
            stack.append((level, match.group(2)[:_MAX_HEADING_CHARS]))
            heading = tuple(title for _, title in stack)
        pos += len(line)
    emit(len(text))
    return sections


def chunk_sections(sections: Sequence[Section], count: CountTokens, budget: int) -> list[ChunkRecord]:
    """Each section cut into chunks of at most `budget` tokens (core/chunking), with their place."""
    records: list[ChunkRecord] = []
    for section in sections:
        if section.code:
            chunks = pack_blocks(code_blocks(section.text, budget), count, budget)
        else:
            chunks = chunk_text(section.text, count, budget)
        cursor = 0
        for chunk in chunks:
            begin, end = _locate(section.text, chunk.text, cursor)
            cursor = end if end > begin else begin + 1
            place = Place(section.page, section.heading, section.start + begin, section.start + end)
            records.append(ChunkRecord(chunk.text, place, chunk.tokens))
    return records


def code_blocks(text: str, budget: int) -> list[Block]:
    """Source code as units that start at a top-level line after a blank line: an indented paragraph (a blank
    line inside a function) or a closing bracket stays with the definition above it. A unit far over the
    budget is cut between lines (the general chunker would cut it between words and lose its line breaks)."""
    units: list[str] = []
    for paragraph in re.split(r"\n(?:[ \t]*\n)+", text.strip("\n")):
        if not paragraph.strip():
            continue
        continues = paragraph[:1].isspace() or paragraph.lstrip()[:1] in ("}", ")", "]")
        if units and continues:
            units[-1] += "\n\n" + paragraph
        else:
            units.append(paragraph)
    limit = budget * _CODE_CHARS_PER_TOKEN
    return [Block("code", piece) for unit in units for piece in _line_groups(unit, limit)]


def _line_groups(unit: str, limit: int) -> list[str]:
    if len(unit) <= limit:
        return [unit]
    groups: list[str] = []
    current: list[str] = []
    size = 0
    for line in unit.split("\n"):
        if current and size + len(line) > limit:
            groups.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    groups.append("\n".join(current))
    return [g for g in groups if g.strip()]


def _locate(text: str, piece: str, cursor: int) -> tuple[int, int]:
    """Where a chunk lies in its section: found by its first and last words (a chunk's blocks are rejoined
    with normalised blank lines, so its text need not be a verbatim slice); near `cursor` if not found."""
    window = cursor + 2 * len(piece) + _LOCATE_SLACK
    head = piece[:64].split("\n")[0]
    begin = text.find(head, cursor, window) if head else -1
    if begin < 0:
        begin = min(cursor, len(text))
    tail = piece[-64:].split("\n")[-1]
    # the tail is looked for near the chunk's end, not at its first repetition inside the chunk
    near_end = max(begin, begin + len(piece) - len(tail) - len(piece) // 8 - 16)
    found = text.find(tail, near_end, window) if tail else -1
    end = found + len(tail) if found >= 0 else min(len(text), begin + len(piece))
    return begin, end
