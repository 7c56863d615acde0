from __future__ import annotations

from desktop_llm.core.markdown_html import MarkdownRenderer


def test_raw_html_from_the_model_is_escaped() -> None:
    html = MarkdownRenderer().render("<img src=x onerror=alert(1)> <script>bad()</script>")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_javascript_links_are_not_linked() -> None:
    html = MarkdownRenderer().render("[click](javascript:alert(1)) [ok](https://example.org)")
    assert 'href="javascript' not in html
    assert 'href="https://example.org"' in html


def test_code_blocks_are_highlighted_with_inline_styles() -> None:
    html = MarkdownRenderer().render("```python\ndef f():\n    return 1\n```")
    assert "<pre" in html and "style=" in html and "def" in html
    assert "python" in html


def test_tables_and_lists_render() -> None:
    html = MarkdownRenderer().render("- a\n- b\n\n|x|y|\n|-|-|\n|1|2|")
    assert "<li>a</li>" in html and "<table>" in html
