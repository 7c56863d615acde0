"""Markdown to the HTML subset Qt's rich text understands, with highlighted code blocks.

Model output is untrusted: raw HTML in it is escaped (markdown-it `html=False`), and only http(s) links
survive (markdown-it's validateLink already refuses javascript: and data: URLs).

A chat message is drawn as segments (issue 15): prose as HTML, and each top-level fenced code block on its own,
with its exact code and language, so the view can give it a header with a copy button and let its long lines
scroll inside the block instead of wrapping.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name, guess_lexer
from pygments.util import ClassNotFound

_CODE_STYLE = "background-color:#f6f8fa; color:#24292f; font-family:monospace; padding:6px;"
_DARK_CODE_STYLE = "background-color:#1e1e1e; color:#d4d4d4; font-family:monospace; padding:6px;"
# A code block segment sits on the code block's own background (the app's design system draws it), so only the
# text colour of unhighlighted code is set here, matching the pygments style.
_SEGMENT_TEXT = {False: "#24292f", True: "#d4d4d4"}


@dataclass(frozen=True)
class MarkdownSegment:
    """A stretch of a rendered message: prose (its HTML) or one fenced code block (its HTML, exact code and
    language as the fence named it, "" when it named none)."""

    kind: Literal["prose", "code"]
    html: str
    code: str = ""
    language: str = ""


class MarkdownRenderer:
    """Renders markdown to Qt-compatible HTML; pure and thread-safe after construction."""

    def __init__(self, dark: bool = False) -> None:
        self._dark = dark
        self._formatter = HtmlFormatter(nowrap=True, noclasses=True, style="monokai" if dark else "friendly")
        self._md = MarkdownIt("commonmark", {"html": False, "linkify": False, "breaks": True}).enable("table")
        # markdown-it binds render rules to its renderer, so pass a plain function (it gets `_renderer`).
        def render_fence(_renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
            token = tokens[idx]
            return self.highlight_code(token.content.rstrip("\n"), _language(token))

        self._md.add_render_rule("fence", render_fence)
        self._md.add_render_rule("code_block", render_fence)

    @property
    def dark(self) -> bool:
        return self._dark

    def render(self, text: str) -> str:
        return str(self._md.render(text))

    def segments(self, text: str) -> list[MarkdownSegment]:
        """`text` as prose and code block segments in order. Code nested in a list or a quote stays in its prose
        (cut out, the list around it would break in two)."""
        env: dict[str, Any] = {}
        tokens = self._md.parse(text, env)
        result: list[MarkdownSegment] = []
        prose: list[Token] = []

        def flush() -> None:
            if prose:
                rendered = str(self._md.renderer.render(prose, self._md.options, env))
                if rendered.strip():
                    result.append(MarkdownSegment("prose", rendered))
                prose.clear()

        for token in tokens:
            if token.level == 0 and token.type in ("fence", "code_block"):
                flush()
                code, language = token.content.rstrip("\n"), _language(token)
                result.append(MarkdownSegment("code", self.code_html(code, language), code, language))
            else:
                prose.append(token)
        flush()
        return result

    def code_html(self, code: str, language: str) -> str:
        """A code block segment: the highlighted code in a <pre> with no background or label of its own."""
        lexer = self._lexer(code, language)
        body = highlight(code, lexer, self._formatter) if lexer is not None else html.escape(code)
        return f'<pre style="color:{_SEGMENT_TEXT[self._dark]}; margin:0;">{body.rstrip(chr(10))}</pre>'

    def highlight_code(self, code: str, language: str) -> str:
        lexer = self._lexer(code, language)
        body = highlight(code, lexer, self._formatter) if lexer is not None else html.escape(code)
        style = _DARK_CODE_STYLE if self._dark else _CODE_STYLE
        label = f'<div style="color:#888; font-size:small">{html.escape(language)}</div>' if language else ""
        return f'{label}<pre style="{style}">{body}</pre>\n'

    @staticmethod
    def _lexer(code: str, language: str) -> Lexer | None:
        if language:
            try:
                return get_lexer_by_name(language)
            except ClassNotFound:
                pass
        if len(code) > 40:
            try:
                return guess_lexer(code)
            except ClassNotFound:
                return None
        return None


def _language(token: Token) -> str:
    """The fence's language: the first word of its info string (```python title="x"``` is python)."""
    words = (token.info or "").split()
    return words[0] if words else ""
