"""Markdown to the HTML subset Qt's rich text understands, with highlighted code blocks.

Model output is untrusted: raw HTML in it is escaped (markdown-it `html=False`), and only http(s) links
survive (markdown-it's validateLink already refuses javascript: and data: URLs).
"""

from __future__ import annotations

import html
from typing import Any

from markdown_it import MarkdownIt
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name, guess_lexer
from pygments.util import ClassNotFound

_CODE_STYLE = "background-color:#f6f8fa; color:#24292f; font-family:monospace; padding:6px;"
_DARK_CODE_STYLE = "background-color:#1e1e1e; color:#d4d4d4; font-family:monospace; padding:6px;"


class MarkdownRenderer:
    """Renders markdown to Qt-compatible HTML; pure and thread-safe after construction."""

    def __init__(self, dark: bool = False) -> None:
        self._dark = dark
        self._formatter = HtmlFormatter(nowrap=True, noclasses=True, style="monokai" if dark else "friendly")
        self._md = MarkdownIt("commonmark", {"html": False, "linkify": False, "breaks": True}).enable("table")
        # markdown-it binds render rules to its renderer, so pass a plain function (it gets `_renderer`).
        def render_fence(_renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
            token = tokens[idx]
            language = (token.info or "").strip().split(" ")[0]
            return self.highlight_code(token.content.rstrip("\n"), language)

        self._md.add_render_rule("fence", render_fence)
        self._md.add_render_rule("code_block", render_fence)

    def render(self, text: str) -> str:
        return str(self._md.render(text))

    def highlight_code(self, code: str, language: str) -> str:
        lexer = None
        if language:
            try:
                lexer = get_lexer_by_name(language)
            except ClassNotFound:
                lexer = None
        if lexer is None and len(code) > 40:
            try:
                lexer = guess_lexer(code)
            except ClassNotFound:
                lexer = None
        body = highlight(code, lexer, self._formatter) if lexer is not None else html.escape(code)
        style = _DARK_CODE_STYLE if self._dark else _CODE_STYLE
        label = f'<div style="color:#888; font-size:small">{html.escape(language)}</div>' if language else ""
        return f'{label}<pre style="{style}">{body}</pre>\n'
