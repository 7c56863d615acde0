"""Where a reply cut by its token budget can end cleanly: its last complete sentence, list item or block, in any script.

A summary or a translated block cut at `finish_reason: length` must never end in the middle of a sentence (issue 13,
part 5: the README's own Summarize screenshot ended with "The railway was extended after a"). The services either
continue such a reply (one bounded raw completion from the reply itself, kept only up to the first clean end it
reaches) or trim it to the last clean end found here; `plan_ending` says which.

A clean end is:
- a sentence end: `. ! ? …` (and `؟ ۔ । ॥`) followed by whitespace or the end of the text, or CJK `。！？．｡` and
  the CJK ellipsis `……` (which need no space after them), either with closing quotes or brackets after it
  (`"”’」』）】》` …; after a CJK end, `“` and `‘` open the next sentence, they do not close this one), or `!` `?`
  written half-width between CJK characters (`真的吗?我不信`). The full-width `；` is no sentence end: it joins two
  clauses of one sentence, so it only serves, like `，`, where a cut has no sentence end to go back to;
- the end of a line that a new block follows: a blank line, a list item, a heading, a code fence, a table row or a
  quote starts on the next line (a bullet is complete when the next one starts), and the end of a heading or table
  row line that is followed by anything;
- the end of a closed code fence. Nothing inside a code block counts, and text after an unclosed fence is cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Ending = Literal["clean", "continued", "trimmed", "ellipsis"]
Plan = Literal["clean", "continue", "trim"]

_CLOSERS = "\"'”’“‘»«›‹)]}」』）】〉》〕〗〙〛］｝＞"
# Latin-style ends need whitespace (or the end) after them, so "3.5", "e.g.x" and "a.b" are not sentence ends.
_SPACED_END = re.compile(rf"[.!?…‽؟۔।॥]+[{re.escape(_CLOSERS)}]*(?=\s|$)")
# CJK full stops and marks end a sentence with no space after them. The quotes after them are closing ones only:
# in Chinese “ and ‘ open a quotation (German „…“ closes with “, but never after a CJK full stop).
_CJK_CLOSERS = "\"'”’»›)]}」』）】〉》〕〗〙〛］｝＞"
_CJK_END = re.compile(rf"(?:[。！？．｡]+|……)[{re.escape(_CJK_CLOSERS)}]*|(?<=[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff])[!?]+"
                      rf"[{re.escape(_CJK_CLOSERS)}]*(?=[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff])")
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "fig", "e.g", "i.e", "cf", "approx"})
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_BLOCK_START = re.compile(r"^\s{0,3}(?:[-*+•]\s|\d+[.)]\s|#{1,6}\s|```|~~~|\||>)")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_CJK = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# Text the engine's raw completion would parse as control tokens (it tokenizes its prompt with special=True): a reply
# that spells one is trimmed, never continued (the same care as engine/prompt_tokens.py takes for chats).
_CONTROL_LIKE = re.compile(r"<\|[^<>|\s]{1,40}\|>|</?s>|\[/?INST\]|<(?:start|end)_of_turn>|<\|?(?:bos|eos|pad)\|?>")
_CLAUSE_MARKS = "，、；：,;:—–-"


@dataclass(frozen=True)
class CleanEnding:
    """A cut reply made to end cleanly: the text kept, how, and how many characters of the cut reply were dropped."""

    text: str
    ending: Ending
    dropped_chars: int = 0


def strip_broken_tail(text: str) -> str:
    """Drop replacement characters a server flushed for a last token's incomplete UTF-8 bytes ("核心�", issue 21)."""
    return text.rstrip().rstrip("\ufffd").rstrip()


def clean_ends(text: str) -> list[int]:
    """Every position where `text` may be cut so that what comes before ends cleanly, in order."""
    ends: set[int] = set()
    lines = text.split("\n")
    offset = 0
    in_fence = False
    fence_start = -1
    for index, line in enumerate(lines):
        line_end = offset + len(line)
        following = lines[index + 1] if index + 1 < len(lines) else None
        fence = _FENCE.match(line)
        if in_fence:
            if fence:
                in_fence = False
                ends.add(line_end)  # a closed code block is complete
        elif fence:
            in_fence = True
            fence_start = offset
        else:
            ends.update(offset + position for position in _sentence_ends(line))
            table_row = line.lstrip().startswith("|") and line.rstrip().endswith("|") and len(line.strip()) > 1
            if table_row:
                ends.add(offset + len(line.rstrip()))  # a row with its closing bar is complete
            elif line.strip() and following is not None:
                if not following.strip() or _BLOCK_START.match(following) or _HEADING.match(line):
                    ends.add(line_end)
        offset = line_end + 1
    if in_fence:
        ends = {end for end in ends if end <= fence_start}
    return sorted(end for end in ends if text[:end].strip())


def _sentence_ends(line: str) -> list[int]:
    marker = _LIST_MARKER.match(line)
    skip = marker.end() if marker else 0  # "1. " opens an item, it does not end a sentence
    found: list[int] = []
    for match in _SPACED_END.finditer(line):
        if match.start() < skip:
            continue
        if match.group(0) == "." and _is_abbreviation(line[: match.start()]):
            continue
        found.append(match.end())
    found.extend(match.end() for match in _CJK_END.finditer(line) if match.start() >= skip)
    return found


def _is_abbreviation(before: str) -> bool:
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    token = word.group(1)
    return token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isupper())  # "J. Smith"


def ends_cleanly(text: str) -> bool:
    text = text.rstrip()
    ends = clean_ends(text)
    return bool(ends) and ends[-1] == len(text)


def plan_ending(text: str, can_continue: bool) -> Plan:
    """What to do with a reply cut at its length limit: nothing (it happens to end cleanly), continue it, or trim it."""
    text = strip_broken_tail(text)
    if ends_cleanly(text):
        return "clean"
    return "continue" if can_continue and continuation_head(text) is not None else "trim"


def trim_to_clean_end(text: str) -> CleanEnding:
    """`text` up to its last clean end; with none at all, up to its last word or clause, marked with an ellipsis."""
    original = text
    text = strip_broken_tail(text)
    if not text or ends_cleanly(text):
        return CleanEnding(text, "clean", len(original) - len(text))
    for end in reversed(clean_ends(text)):
        kept = text[:end].rstrip()
        if not _is_lead_in(kept):
            return CleanEnding(kept, "trimmed", len(original) - len(kept))
    kept = _cut_at_word(text)
    # Chinese and Japanese write the ellipsis as two (……, issue 21); a lone … reads as a typo there.
    mark = "……" if kept and _CJK.match(kept[-1]) else "…"
    return CleanEnding(kept + mark, "ellipsis", len(original) - len(kept))


def _is_lead_in(text: str) -> bool:
    """Text whose last line is a heading or a "Key points:" lead-in: its content was cut, so it is no end."""
    last = text.rpartition("\n")[2]
    return bool(_HEADING.match(last)) or last.rstrip().endswith((":", "："))


def _cut_at_word(text: str) -> str:
    """The longest prefix ending at a word or clause boundary; CJK text without one is kept whole."""
    if _CJK.match(text[-1]):
        marks = [text.rfind(mark) for mark in _CLAUSE_MARKS if _CJK.match(mark)]
        return text[: max(marks)].rstrip() if max(marks) > 0 else text
    space = text.rfind(" ")
    return text[:space].rstrip().rstrip(_CLAUSE_MARKS).rstrip() if space > 0 else text


def continuation_head(text: str) -> str | None:
    """The prefix a raw completion continues a cut reply from, or None where continuing is not safe.

    In text with spaces the last, possibly cut, word is left out ("extended after a" -> "extended after"), so the
    continuation starts a new word and `join_continuation` knows where the space goes, whatever the server does with
    a leading space; CJK text is continued from its last character."""
    text = strip_broken_tail(text)
    if not text or _CONTROL_LIKE.search(text):
        return None
    if _CJK.match(text[-1]):
        return text
    space = max(text.rfind(" "), text.rfind("\n"))
    return text[:space].rstrip(" ") if space > 0 and text[:space].strip() else None


def join_continuation(head: str, continuation: str) -> str:
    if not continuation or continuation[0].isspace() or not head or _CJK.match(head[-1]) or _CJK.match(continuation[0]):
        return head + continuation
    if continuation[0] in ",.;:!?)]}%'’”" or head[-1] == "\n":
        return head + continuation
    return head + " " + continuation


def complete_with(head: str, continuation: str) -> str | None:
    """The cut reply finished by `continuation`: `head` + continuation up to the first clean end the continuation
    reaches, or None if it reaches none (the caller trims instead)."""
    continuation = strip_broken_tail(continuation) if continuation.strip() else ""
    joined = join_continuation(head, continuation)
    for end in clean_ends(joined):
        if end > len(head.rstrip()) and not _is_lead_in(joined[:end].rstrip()):
            return joined[:end].rstrip()
    return None
