"""Structure-preserving translation: what is sent to the model, what is not, and how it is put back.

Code blocks are never sent. Headings and list items keep their markers, tables are translated cell by cell,
and each paragraph comes back as one paragraph, so the structure of the document survives any model. Glossary
terms are swapped for placeholders before a piece is sent and restored (or replaced by their fixed
translation) afterwards, so every chunk respects the glossary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_llm.core.chunking import Block
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.languages import prompt_language_name

_MARKER = re.compile(r"^(\s*(?:#{1,6}|[-*+]|\d+[.)])\s+)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    translation: str  # equal to term: keep it untranslated


def parse_glossary(text: str) -> list[GlossaryEntry]:
    """One entry a line: `term` (keep as is) or `term = translation`; blank lines and # comments ignored."""
    entries: list[GlossaryEntry] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        term, _, translation = line.partition("=")
        term, translation = term.strip(), translation.strip()
        if term:
            entries.append(GlossaryEntry(term, translation or term))
    return sorted(entries, key=lambda e: -len(e.term))  # longest first, so "Foo Pro" wins over "Foo"


def protect(text: str, glossary: Sequence[GlossaryEntry]) -> tuple[str, dict[str, str]]:
    """Replace glossary terms by placeholders the model is told to keep."""
    mapping: dict[str, str] = {}
    for index, entry in enumerate(glossary):
        token = f"[[T{index}]]"
        pattern = re.compile(rf"(?<!\w){re.escape(entry.term)}(?!\w)")
        if pattern.search(text):
            text = pattern.sub(token, text)
            mapping[token] = entry.translation
    return text, mapping


def restore(text: str, mapping: dict[str, str]) -> tuple[str, list[str]]:
    """Put glossary terms back; returns the text and the placeholders the model lost."""
    missing = []
    for token, value in mapping.items():
        # Small models sometimes add spaces inside the brackets: accept those too.
        loose = re.compile(r"\[\s*\[\s*" + re.escape(token[2:-2]) + r"\s*\]\s*\]")
        if loose.search(text):
            text = loose.sub(value.replace("\\", "\\\\"), text)
        else:
            missing.append(value)
    return text, missing


@dataclass(frozen=True)
class TranslateOptions:
    source: str  # ISO code, or "auto" (detected before the job starts)
    target: str
    glossary: tuple[GlossaryEntry, ...] = ()


@dataclass(frozen=True)
class Piece:
    """Text to translate, with what goes before and after it untouched."""

    prefix: str
    text: str
    suffix: str = ""


def block_pieces(block: Block) -> list[Piece] | None:
    """How a block is translated; None for blocks kept verbatim (code, table rules)."""
    if block.kind == "code":
        return None
    if block.kind == "table":
        return None  # handled row by row in table_pieces
    match = _MARKER.match(block.text)
    prefix = match.group(1) if match else ""
    body = block.text[len(prefix):]
    if block.kind == "paragraph":
        body = " ".join(line.strip() for line in body.split("\n"))  # one paragraph in, one paragraph out
    return [Piece(prefix, body)]


def table_cells(row: str) -> list[str] | None:
    """The cells of a table row, or None for the |---| rule row."""
    if _TABLE_RULE.match(row):
        return None
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [cell.strip() for cell in inner.split("|")]


def build_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def translate_messages(text: str, source: str, target: str, has_placeholders: bool) -> list[ChatMessage]:
    source_text = f"from {prompt_language_name(source)} " if source and source != "auto" else ""
    keep = " Keep every [[T0]]-style placeholder exactly as it is." if has_placeholders else ""
    return [
        ChatMessage(
            "system",
            f"You are a professional translator. Translate the user's text {source_text}into "
            f"{prompt_language_name(target)}. Reply with the translation only, with no notes or quotes.{keep}",
        ),
        ChatMessage("user", text),
    ]


def clean_translation(text: str, single_paragraph: bool) -> str:
    """Strip wrappers small models add, and keep a paragraph a paragraph."""
    text = text.strip()
    for prefix in ("Translation:", "Here is the translation:", "Translated text:"):
        if text.lower().startswith(prefix.lower()):
            text = text[len(prefix):].strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'“”":
        text = text[1:-1].strip()
    if single_paragraph:
        text = " ".join(part.strip() for part in text.split("\n") if part.strip())
    return escape_block_start(text)


_BLOCK_START = re.compile(r"^(#{1,6}\s|[-*+]\s|\d+[.)]\s|```|~~~|\||>)")


def escape_block_start(text: str) -> str:
    """Backslash-escape markdown block syntax at the start of translated text, so a model's stray "# " or
    "```" cannot turn a paragraph into a heading or a code fence and change the document's structure."""
    return "\\" + text if _BLOCK_START.match(text) else text


def glossary_segments(text: str, glossary: Sequence[GlossaryEntry]) -> list[tuple[str, bool]]:
    """`text` cut around glossary terms: (segment, is_term) pairs, terms already replaced by their translation."""
    if not glossary:
        return [(text, False)]
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(e.term)}(?!\w)" for e in glossary))
    lookup = {e.term: e.translation for e in glossary}
    segments: list[tuple[str, bool]] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            segments.append((text[position : match.start()], False))
        segments.append((lookup[match.group(0)], True))
        position = match.end()
    if position < len(text):
        segments.append((text[position:], False))
    return segments
