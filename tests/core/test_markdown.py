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


def test_a_message_splits_into_prose_and_its_top_level_code_blocks() -> None:
    code = 'print("<b>hi</b>")\n\nx = 1'
    text = f"Intro **bold**.\n\n```python title=x\n{code}\n```\n\n- item\n\n  ```\n  nested\n  ```\n\nBye."
    parts = MarkdownRenderer().segments(text)
    assert [p.kind for p in parts] == ["prose", "code", "prose"]
    assert "<strong>bold</strong>" in parts[0].html
    assert parts[1].code == code and parts[1].language == "python"  # exactly the code, the info's first word
    assert "<pre" in parts[1].html and "&lt;b&gt;" in parts[1].html and "<b>" not in parts[1].html
    assert "nested" in parts[2].html and "Bye." in parts[2].html  # code inside a list stays in its prose
    assert MarkdownRenderer().segments("") == []
    only = MarkdownRenderer().segments("```\nplain\n```")
    assert [(p.kind, p.code, p.language) for p in only] == [("code", "plain", "")]


def test_raw_html_stays_escaped_in_every_segment() -> None:
    parts = MarkdownRenderer().segments("<script>bad()</script>\n\n```\n<script>x</script>\n```\n\n<img src=x>")
    assert all("<script>" not in p.html and "<img" not in p.html for p in parts)
