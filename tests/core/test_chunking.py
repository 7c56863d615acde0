from __future__ import annotations

import pytest

from desktop_llm.core.chunking import Block, chunk_text, group_for_reduce, join_blocks, split_blocks, split_oversized
from desktop_llm.core.translation import (
    block_pieces,
    clean_translation,
    glossary_segments,
    parse_glossary,
    protect,
    restore,
    table_cells,
)
from tests.document_fixtures import MARKDOWN_WITH_CODE, long_report


def words(text: str) -> int:
    """A stand-in tokenizer: a token per word plus one per 6 characters of CJK (no spaces there)."""
    cjk = sum(1 for ch in text if "\u3000" <= ch <= "\u9fff")
    return len(text.split()) + cjk // 2 + 1


def test_structure_survives_split_and_join() -> None:
    blocks = split_blocks(MARKDOWN_WITH_CODE)
    assert join_blocks(blocks) == MARKDOWN_WITH_CODE
    kinds = [b.kind for b in blocks]
    assert kinds == ["heading", "paragraph", "code", "paragraph", "list", "list", "code", "table", "paragraph"]
    assert blocks[2].text.startswith("```bash") and blocks[2].text.endswith("```")


def test_code_block_with_blank_lines_stays_one_block() -> None:
    text = "Intro\n\n```python\na = 1\n\n\nb = 2\n```\n\nOutro"
    assert [b.kind for b in split_blocks(text)] == ["paragraph", "code", "paragraph"]


@pytest.mark.parametrize("budget", [40, 120, 500])
def test_every_chunk_of_a_long_report_fits(budget: int) -> None:
    text = long_report(pages=8)
    chunks = chunk_text(text, words, budget)
    assert all(words(c.text) <= budget and c.tokens == words(c.text) for c in chunks)
    # nothing lost: every word of the document is in exactly one chunk, in order
    assert " ".join(" ".join(c.text for c in chunks).split()) == " ".join(text.split())


def test_a_single_huge_line_is_split_by_words() -> None:
    line = "alpha " * 5000
    pieces = split_oversized(line.strip(), words, 100)
    assert len(pieces) > 40 and all(words(p) <= 100 for p in pieces)
    assert " ".join(pieces).split() == line.split()


def test_cjk_text_without_spaces_is_split_within_budget() -> None:
    text = "東京は日本の首都です。" * 400 + "これは句点のない長い文" * 200
    chunks = chunk_text(text, words, 64)
    assert all(words(c.text) <= 64 for c in chunks)
    assert "".join(c.text for c in chunks).replace(" ", "") == text


def test_long_code_block_is_split_but_nothing_is_lost() -> None:
    code = "```python\n" + "\n".join(f"x_{i} = {i}" for i in range(2000)) + "\n```"
    chunks = chunk_text("Intro.\n\n" + code, words, 200)
    assert all(words(c.text) <= 200 for c in chunks)
    assert sum(c.text.count("x_") for c in chunks) == 2000


def test_reduce_rounds_terminate() -> None:
    summaries = ["word " * 30] * 50
    rounds = 0
    while len(summaries) > 1:
        groups = group_for_reduce(summaries, words, 100)
        assert all(len(g) >= 2 for g in groups[:-1])
        summaries = ["word " * 30 for _ in groups]  # each reduce answers about as long as one summary
        rounds += 1
        assert rounds < 10
    assert rounds == 4  # 50 -> 17 -> 6 -> 2 -> 1, three per group


def test_translation_pieces_keep_markers_and_skip_code() -> None:
    assert block_pieces(Block("code", "```\nx\n```")) is None
    [heading] = block_pieces(Block("heading", "## Install it")) or []
    assert (heading.prefix, heading.text) == ("## ", "Install it")
    [item] = block_pieces(Block("list", "1. First step")) or []
    assert (item.prefix, item.text) == ("1. ", "First step")
    [para] = block_pieces(Block("paragraph", "line one\nline two")) or []
    assert para.text == "line one line two"
    assert table_cells("| a | b |") == ["a", "b"] and table_cells("|---|---|") is None


def test_a_translation_cannot_change_the_block_structure() -> None:
    assert clean_translation("# Not a heading\nsecond line", single_paragraph=True) == "\\# Not a heading second line"
    assert clean_translation("```python print()", single_paragraph=True).startswith("\\```")
    assert clean_translation('"Bonjour"', single_paragraph=True) == "Bonjour"
    assert clean_translation("Translation: Hallo", single_paragraph=True) == "Hallo"


def test_glossary_placeholders_and_segments() -> None:
    glossary = parse_glossary("# product names\nAcmeSync\ncloud = Wolke\nAcmeSync Pro")
    assert [e.term for e in glossary] == ["AcmeSync Pro", "AcmeSync", "cloud"]
    text, mapping = protect("AcmeSync Pro syncs the cloud; AcmeSync too.", glossary)
    assert text == "[[T0]] syncs the [[T2]]; [[T1]] too."
    assert restore("[[T0]] synchronisiert die [ [T2] ]; [[T1]] auch.", mapping) == (
        "AcmeSync Pro synchronisiert die Wolke; AcmeSync auch.", [])
    assert restore("verloren", mapping)[1] == ["AcmeSync Pro", "AcmeSync", "Wolke"]
    segments = glossary_segments("Use AcmeSync in the cloud.", glossary)
    assert segments == [("Use ", False), ("AcmeSync", True), (" in the ", False), ("Wolke", True), (".", False)]
