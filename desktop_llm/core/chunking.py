"""Splitting documents on their structure and packing the pieces into token budgets.

Blocks follow the document (headings, paragraphs, list items, tables, fenced code); blocks are packed into
chunks whose token count, measured with the model's own tokenizer, stays within a budget. A block too big on
its own is split by sentences, then by words, then by characters (CJK text has no spaces). Joining the
blocks of a split gives back the text's structure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list", "code", "table"]
CountTokens = Callable[[str], int]

_FENCE = re.compile(r"^(```|~~~)")
_HEADING = re.compile(r"^#{1,6}\s")
_LIST = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
_TABLE = re.compile(r"^\s*\|")
# Sentence ends: Latin punctuation followed by space, or CJK full stops (no space after them).
JOIN_ALLOWANCE = 2  # tokens a separator ("\n\n", " ") may add where two counted pieces meet
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？])")


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Chunk:
    text: str
    tokens: int
    blocks: tuple[Block, ...]


def split_blocks(text: str) -> list[Block]:
    """The document as structural blocks, in order; blank lines only separate blocks."""
    blocks: list[Block] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    paragraph: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(Block("paragraph", "\n".join(paragraph)))
            paragraph.clear()

    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line.lstrip())
        if fence:
            flush_paragraph()
            marker = fence.group(1)
            body = [line]
            i += 1
            while i < len(lines):
                body.append(lines[i])
                if lines[i].lstrip().startswith(marker) and len(body) > 1:
                    break
                i += 1
            blocks.append(Block("code", "\n".join(body)))
            i += 1
            continue
        if not line.strip():
            flush_paragraph()
        elif _HEADING.match(line):
            flush_paragraph()
            blocks.append(Block("heading", line))
        elif _TABLE.match(line):
            flush_paragraph()
            rows = []
            while i < len(lines) and _TABLE.match(lines[i]):
                rows.append(lines[i])
                i += 1
            blocks.append(Block("table", "\n".join(rows)))
            continue
        elif _LIST.match(line):
            flush_paragraph()
            item = [line]
            while i + 1 < len(lines) and lines[i + 1].startswith(("  ", "\t")) and lines[i + 1].strip() \
                    and not _LIST.match(lines[i + 1]):
                i += 1
                item.append(lines[i])
            blocks.append(Block("list", "\n".join(item)))
        else:
            paragraph.append(line)
        i += 1
    flush_paragraph()
    return blocks


def join_blocks(blocks: Sequence[Block]) -> str:
    """Blocks back into text: list items stay in one list, everything else is separated by a blank line."""
    parts: list[str] = []
    for index, block in enumerate(blocks):
        if index:
            tight = block.kind == "list" and blocks[index - 1].kind == "list"
            parts.append("\n" if tight else "\n\n")
        parts.append(block.text)
    return "".join(parts)


def split_oversized(text: str, count: CountTokens, budget: int) -> list[str]:
    """Pieces of `text`, each within `budget` tokens: by sentences, then words, then characters."""
    if count(text) <= budget:
        return [text]
    sentences = _split_sentences(text)
    if len(sentences) > 1:
        return _pack_strings(sentences, count, budget, _join_sentences)
    words = _split_words(text)
    if len(words) > 1:
        return _pack_strings(words, count, budget, lambda a, b: f"{a} {b}")
    return _split_characters(text, count, budget)


def _join_sentences(a: str, b: str) -> str:
    return f"{a}{b}" if _ends_cjk(a) else f"{a} {b}"


def _split_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s and s.strip()]


def _split_words(text: str) -> list[str]:
    return text.split()


def _ends_cjk(text: str) -> bool:
    return bool(text) and "\u3000" <= text[-1] <= "\u9fff"


def _split_characters(text: str, count: CountTokens, budget: int) -> list[str]:
    pieces: list[str] = []
    start = 0
    while start < len(text):
        low, high = start + 1, len(text)
        while low < high:  # the longest prefix within budget
            mid = (low + high + 1) // 2
            if count(text[start:mid]) <= budget:
                low = mid
            else:
                high = mid - 1
        pieces.append(text[start:low])
        start = low
    return pieces


def _pack_strings(
    pieces: list[str], count: CountTokens, budget: int, join: Callable[[str, str], str]
) -> list[str]:
    # Counts add up (plus JOIN_ALLOWANCE per join) as an upper bound, so the tokenizer runs once per piece and
    # once per finished chunk rather than once per candidate; each finished chunk is then checked for real.
    packed: list[str] = []
    current, estimate = "", 0
    for piece in pieces:
        tokens = count(piece)
        if tokens > budget:
            if current:
                packed.append(current)
                current, estimate = "", 0
            packed.extend(split_oversized(piece, count, budget))
            continue
        if current and estimate + JOIN_ALLOWANCE + tokens > budget:
            joined = join(current, piece)
            real = count(joined)  # the estimate is an upper bound: check before giving up on this chunk
            if real <= budget:
                current, estimate = joined, real
                continue
            packed.append(current)
            current, estimate = "", 0
        current = join(current, piece) if current else piece
        estimate = estimate + JOIN_ALLOWANCE + tokens if estimate else tokens
    if current:
        packed.append(current)
    return _verified(packed, count, budget)


def _verified(pieces: list[str], count: CountTokens, budget: int) -> list[str]:
    result: list[str] = []
    for piece in pieces:
        if count(piece) <= budget:
            result.append(piece)
        else:  # the estimate was too low (rare): split this piece again, more finely
            result.extend(_split_characters(piece, count, budget))
    return result


def pack_blocks(blocks: Sequence[Block], count: CountTokens, budget: int) -> list[Chunk]:
    """Consecutive blocks joined into chunks of at most `budget` tokens, each chunk counted for real."""
    if budget < 8:
        raise ValueError(f"a chunk budget of {budget} tokens is too small")
    chunks: list[Chunk] = []
    current: list[Block] = []
    estimate = 0

    def close() -> None:
        nonlocal current, estimate
        if current:
            text = join_blocks(current)
            tokens = count(text)
            if tokens <= budget:
                chunks.append(Chunk(text, tokens, tuple(current)))
            else:  # the estimate was too low: one block per chunk, then finer
                for block in current:
                    for piece in split_oversized(block.text, count, budget):
                        chunks.append(Chunk(piece, count(piece), (Block(block.kind, piece),)))
        current, estimate = [], 0

    for block in blocks:
        tokens = count(block.text)
        if tokens > budget:
            close()
            for piece in split_oversized(block.text, count, budget):
                chunks.append(Chunk(piece, count(piece), (Block(block.kind, piece),)))
            continue
        if current and estimate + JOIN_ALLOWANCE + tokens > budget:
            real = count(join_blocks([*current, block]))
            if real <= budget:
                current.append(block)
                estimate = real
                continue
            close()
        estimate = estimate + JOIN_ALLOWANCE + tokens if current else tokens
        current.append(block)
    close()
    return chunks


def chunk_text(text: str, count: CountTokens, budget: int) -> list[Chunk]:
    return pack_blocks(split_blocks(text), count, budget)


def group_for_reduce(items: Sequence[str], count: CountTokens, budget: int, separator: str = "\n\n") -> list[list[str]]:
    """Consecutive items grouped so each group's joined text fits `budget`; at least two items per group
    whenever two fit, so each reduce round shrinks the list."""
    groups: list[list[str]] = []
    current: list[str] = []
    for item in items:
        if current and count(separator.join([*current, item])) > budget:
            groups.append(current)
            current = []
        current.append(item)
    if current:
        groups.append(current)
    return groups
