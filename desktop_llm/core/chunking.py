"""Splitting documents on their structure and packing the pieces into token budgets.

Blocks follow the document (headings, paragraphs, list items, tables, fenced code); blocks are packed into
chunks whose token count, measured with the model's own tokenizer, stays within a budget. A block too big on
its own is split by sentences, then (CJK text, which has no spaces) by clauses, then by words, then by characters.
Joining the blocks of a split gives back the text's structure; joining a block's sentences gives back its text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal, TypeVar

BlockKind = Literal["heading", "paragraph", "list", "code", "table"]
CountTokens = Callable[[str], int]
T = TypeVar("T")

_FENCE = re.compile(r"^(```|~~~)")
_HEADING = re.compile(r"^#{1,6}\s")
_LIST = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
_TABLE = re.compile(r"^\s*\|")
# Sentence ends, with the closing quotes or brackets after them and the whitespace that follows: Latin punctuation
# needs whitespace after it ("3.5" is no end); CJK full stops, the CJK ellipsis …… and half-width ! ? between CJK
# characters need none (issue 21: a Chinese chunk must end at 。！？, with its closing ” kept, never mid-sentence).
_HAN_KANA = "\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff"
_SENTENCE = re.compile(
    r"[.!?…]+[\"'”’»)\]]*\s+"
    r"|(?:[。！？｡．]+|……)[\"'”’」』）】》〉〕］]*\s*"
    rf"|(?<=[{_HAN_KANA}])[!?]+[\"'”’」』）】》]*(?=[{_HAN_KANA}])"
)
# Where a CJK sentence too long for a chunk may still be cut between clauses rather than inside a word.
_CLAUSE = re.compile(r"[，、；：][”’」』）】》]*")


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
    return [piece for piece, _ in _Cutter(count, budget).pieces(text, None)]


def pack_blocks(blocks: Sequence[Block], count: CountTokens, budget: int) -> list[Chunk]:
    """Consecutive blocks joined into chunks of at most `budget` tokens, each chunk counted for real."""
    if budget < 8:
        raise ValueError(f"a chunk budget of {budget} tokens is too small")
    cutter = _Cutter(count, budget)
    chunks: list[Chunk] = []
    for run, text, tokens in cutter.runs(blocks, lambda b: b.text, join_blocks):
        if len(run) == 1 and tokens > budget:  # one block too big on its own: split it more finely
            kind = run[0].kind
            chunks.extend(Chunk(piece, n, (Block(kind, piece),)) for piece, n in cutter.pieces(text, tokens))
        else:
            chunks.append(Chunk(text, tokens, tuple(run)))
    return chunks


def chunk_text(text: str, count: CountTokens, budget: int) -> list[Chunk]:
    """`count` may raise (Cancelled) to stop the chunking: it is called between every step of the search."""
    return pack_blocks(split_blocks(text), count, budget)


def _join_sentences(sentences: Sequence[str]) -> str:
    """Sentences (or clauses) carry the whitespace that followed them: joined, they are the text again."""
    return "".join(sentences).rstrip()


def _split_at(pattern: re.Pattern[str], text: str) -> list[str]:
    """`text` cut after every match of `pattern` (the match kept with the part before it)."""
    parts: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        if start < match.end() < len(text):
            parts.append(text[start : match.end()])
            start = match.end()
    parts.append(text[start:])
    return [part for part in parts if part.strip()]


def _split_sentences(text: str) -> list[str]:
    return _split_at(_SENTENCE, text)


# Why a search instead of counting every item (issue 10, item 18): counting each word or character candidate
# made a long run without separators (a base64 image in markdown) cost thousands of tokenizer calls over
# ~100 M characters for a 1.5 MB file. Tokens grow about in proportion to characters, so a piece's end is
# guessed from the characters per token measured so far, checked with one real count, corrected in
# proportion, and bisected only if that does not settle it: a few calls per piece, each on about one piece.
_SECANT_STEPS = 4
_MAX_CHARS_PER_TOKEN = 32.0  # caps a first guess learned on whitespace runs; longer pieces grow 4x per call


class _Cutter:
    """Cuts text into the longest pieces within a token budget with a few real counts per piece."""

    def __init__(self, count: CountTokens, budget: int) -> None:
        self.count = count
        self.budget = budget
        slack = max(1, budget // 32)
        self.full = budget - slack  # a piece this full is accepted without looking for a longer one
        self.aim = budget - slack // 2
        self.chars_per_token = 3.0

    def pieces(self, text: str, tokens: int | None) -> list[tuple[str, int]]:
        """`text` as pieces within budget with their counts: by sentences, then words, then characters."""
        if tokens is None:
            tokens = self.count(text)
        if tokens <= self.budget:
            return [(text, tokens)]
        self._learn(len(text), tokens)
        items: Sequence[str] = _split_sentences(text)
        join: Callable[[Sequence[str]], str] = _join_sentences
        if len(items) < 2:
            items = _split_at(_CLAUSE, text)
        if len(items) < 2:
            items, join = text.split(), " ".join
        if len(items) < 2:
            return self._characters(text)
        out: list[tuple[str, int]] = []
        for run, piece, n in self.runs(items, lambda s: s, join):
            out.extend(self.pieces(piece, n) if len(run) == 1 and n > self.budget else [(piece, n)])
        return out

    def runs(
        self, items: Sequence[T], text_of: Callable[[T], str], join: Callable[[Sequence[T]], str],
    ) -> Iterator[tuple[Sequence[T], str, int]]:
        """Consecutive items joined into the longest runs within budget, with their text and real count. A run
        of one item may be over budget: that item is too big on its own and the caller splits it."""
        prefix = list(accumulate((len(text_of(item)) + 1 for item in items), initial=0))
        start = 0
        while start < len(items):
            stop, text, tokens = self._longest(start, len(items), prefix, lambda a, b: join(items[a:b]))
            yield items[start:stop], text, tokens
            start = stop

    def _characters(self, text: str) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        start = 0
        while start < len(text):
            stop, piece, tokens = self._longest(start, len(text), range(len(text) + 1), lambda a, b: text[a:b])
            out.append((piece, tokens))  # a lone character over budget cannot be split further; it goes as is
            start = stop
        return out

    def _longest(
        self, start: int, limit: int, prefix: Sequence[int], text_of: Callable[[int, int], str],
    ) -> tuple[int, str, int]:
        """The longest run [start, stop) within budget (or a full enough one), its text and tokens. `prefix`
        holds the cumulative characters of the items, so a guess in characters maps to an item boundary."""
        base = prefix[start]

        def at_chars(chars: float) -> int:
            return bisect_right(prefix, base + int(chars)) - 1

        good, good_text, good_tokens = start + 1, "", -1  # the single item: assumed to fit until counted
        bad = limit + 1  # the shortest run known not to fit
        probe = at_chars(self.aim * min(self.chars_per_token, _MAX_CHARS_PER_TOKEN))
        for attempt in range(limit - start + _SECANT_STEPS):
            probe = max(good + 1 if good_tokens >= 0 else good, min(probe, bad - 1, limit))
            text = text_of(start, probe)
            tokens = self.count(text)
            self._learn(prefix[probe] - base, tokens)
            if tokens <= self.budget:
                good, good_text, good_tokens = probe, text, tokens
                if probe == limit or tokens >= self.full:
                    break
            else:
                bad = probe
            if bad - good <= 1 and (good_tokens >= 0 or bad == good):
                break
            if attempt < _SECANT_STEPS:  # where this probe's characters per token put the budget's end
                probe = at_chars(self.aim * self.chars_per_token)
            else:
                probe = (good + bad) // 2
            if bad > limit:  # nothing too long seen yet: grow at most fourfold per call
                probe = min(probe, start + 4 * (good - start))
        if good_tokens < 0:  # every probe was too long: the first item alone (over budget, or never counted)
            good_text = text_of(start, start + 1)
            good_tokens = tokens if bad == start + 1 else self.count(good_text)
            good = start + 1
        return good, good_text, good_tokens

    def _learn(self, chars: int, tokens: int) -> None:
        if chars > 0 and tokens > 0:
            self.chars_per_token = chars / tokens


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
