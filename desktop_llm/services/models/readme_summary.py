"""A model README's first prose paragraph, for the card in Discover (split out of hub_client.py, which grew past
400 lines with the model source setting of issue 21)."""

from __future__ import annotations

import functools
import itertools

from markdown_it import MarkdownIt

README_CHARS = 100_000  # of a README's body (after the front matter), ample for finding its first paragraph


@functools.lru_cache(maxsize=1)
def _readme_parsers() -> tuple[MarkdownIt, MarkdownIt]:
    """Block structure only (each paragraph's text left unparsed), and an inline parser for the chosen start.
    HTML on: raw HTML blocks are then their own tokens, left out, instead of paragraphs of tags."""
    blocks = MarkdownIt("commonmark", {"html": True}).enable("table").disable("inline")
    return blocks, MarkdownIt("commonmark", {"html": True})


def readme_summary(markdown: str, limit: int = 600) -> str:
    """The first prose paragraph of a model README as plain text: front matter, headings, lists, quotes, tables,
    code, HTML and images left out.

    Parsed with markdown-it, which is linear, and not with regexes: a paragraph of 20k '[' made a regex backtrack
    quadratically while holding the GIL, freezing the GUI for 3.2 s (issue 10, item 20). Only the start of a
    paragraph is parsed inline: a summary of `limit` characters needs no more.
    """
    blocks, inline = _readme_parsers()
    text = markdown.replace("\r\n", "\n")
    if text.startswith("---\n"):
        end = text.find("\n---\n", 3)
        text = text[end + 5 :] if end >= 0 else text
    tokens = blocks.parse(text[:README_CHARS])
    for opening, content in itertools.pairwise(tokens):
        if opening.type != "paragraph_open" or opening.level != 0 or content.type != "inline":
            continue
        parts = []
        for child in inline.parseInline(content.content[: 4 * limit])[0].children or []:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
        plain = " ".join("".join(parts).split())
        if len(plain) > 30:
            return plain[:limit] + ("…" if len(plain) > limit else "")
    return ""
