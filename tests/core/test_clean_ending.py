"""Where a reply cut at its length limit ends cleanly, in any script (issue 13 part 5, issue 21)."""

from __future__ import annotations

import pytest

from desktop_llm.core.clean_ending import (
    clean_ends,
    complete_with,
    continuation_head,
    ends_cleanly,
    join_continuation,
    plan_ending,
    strip_broken_tail,
    trim_to_clean_end,
)


@pytest.mark.parametrize(
    ("cut", "kept"),
    [
        # the README's own Summarize screenshot
        ("The railway opened in 1850. The railway was extended after a", "The railway opened in 1850."),
        ("It rose 3.5 percent. Dr. Smith said the figure, e.g. the", "It rose 3.5 percent."),
        ('He said "stop!" and left. Then', 'He said "stop!" and left.'),
        ("Why? Because it (mostly) worked.) And then", "Why? Because it (mostly) worked.)"),
        ("J. R. Smith wrote it. Then J. R.", "J. R. Smith wrote it."),
        ("长城是中国古代的军事防御工程。它始建于春秋战国时期，", "长城是中国古代的军事防御工程。"),
        ("他说：“今天很好。”然后我们去了", "他说：“今天很好。”"),
        ("你好吗？我很好！然后", "你好吗？我很好！"),
        ("東京は日本の首都です。人口は約千四百万人で、", "東京は日本の首都です。"),
        ("「はい。」と彼は言った。そして", "「はい。」と彼は言った。"),
        ("Er fragte: „Wann?“ Dann ging", "Er fragte: „Wann?“"),
    ],
)
def test_a_cut_sentence_is_trimmed_to_the_last_full_one(cut: str, kept: str) -> None:
    ending = trim_to_clean_end(cut)
    assert ending.text == kept and ending.ending == "trimmed"
    assert ending.dropped_chars == len(cut) - len(kept)


def test_bullets_end_when_the_next_one_starts() -> None:
    cut = "Key points:\n- The harbour was rebuilt\n- The school reopened in 1966\n- The railway was exten"
    assert trim_to_clean_end(cut).text == "Key points:\n- The harbour was rebuilt\n- The school reopened in 1966"
    numbered = "1. First step done\n2. Second step\n3. Thi"
    assert trim_to_clean_end(numbered).text == "1. First step done\n2. Second step"
    # "1." opens an item, it ends no sentence
    assert trim_to_clean_end("Steps:\n1. Open the").ending == "ellipsis"


def test_a_heading_or_lead_in_left_without_its_content_goes_too() -> None:
    cut = "## Summary\n\nThe town grew.\n\n## Railway\n\nThe railway was extended after a"
    assert trim_to_clean_end(cut).text == "## Summary\n\nThe town grew."
    assert trim_to_clean_end("The town grew. Its main points:\n- The rail").text == "The town grew."


def test_code_blocks_count_only_when_closed() -> None:
    closed = "Run this:\n\n```sh\nmake all. then\n```\n\nIt builds the"
    assert trim_to_clean_end(closed).text == "Run this:\n\n```sh\nmake all. then\n```"
    unclosed = "It builds. Run this:\n\n```python\nx = 1. \ny = 2"
    assert trim_to_clean_end(unclosed).text == "It builds."
    assert all(end < unclosed.index("```") for end in clean_ends(unclosed))


def test_tables_end_at_a_complete_row() -> None:
    cut = "| Region | Growth |\n|---|---|\n| North | 15% |\n| South | 1"
    assert trim_to_clean_end(cut).text == "| Region | Growth |\n|---|---|\n| North | 15% |"


def test_with_no_complete_sentence_the_last_word_is_kept_and_marked() -> None:
    assert trim_to_clean_end("The railway was extended after a").text == "The railway was extended after…"
    assert trim_to_clean_end("The railway was extended, and").text == "The railway was extended…"
    # Chinese writes the ellipsis as two (issue 21)
    assert trim_to_clean_end("长城是中国古代的军事防御工程，它始建于").text == "长城是中国古代的军事防御工程……"
    assert trim_to_clean_end("长城是中国古代").text == "长城是中国古代……"
    assert trim_to_clean_end("").text == ""


def test_a_reply_that_already_ends_cleanly_is_kept() -> None:
    for text in ("Done.", "完成。", "- one\n- two.", "Is it?\n", "| a | b |", "```\ncode\n```"):
        assert ends_cleanly(text), text
        assert trim_to_clean_end(text).ending == "clean"
    for text in ("Done", "- one\n- two", "3.", "核心"):
        assert not ends_cleanly(text) or text == "3.", text


def test_a_broken_last_character_is_dropped() -> None:
    assert strip_broken_tail("核心\ufffd") == "核心"
    assert trim_to_clean_end("这是总结。核心\ufffd").text == "这是总结。"
    assert trim_to_clean_end("这是总结。\ufffd").ending == "clean"


def test_plan_continues_only_where_it_can_and_it_is_safe() -> None:
    assert plan_ending("It ended.", can_continue=True) == "clean"
    assert plan_ending("It was cut after a", can_continue=True) == "continue"
    assert plan_ending("It was cut after a", can_continue=False) == "trim"
    # a raw completion would parse this as a control token: trimmed instead
    assert plan_ending("It said <|im_end|> and then", can_continue=True) == "trim"
    assert continuation_head("Oneword") is None


def test_continuation_from_the_last_full_word() -> None:
    head = continuation_head("In 1966 the school reopened. The railway was extended after a")
    assert head == "In 1966 the school reopened. The railway was extended after"
    # the engine strips the continuation's leading space; a remote server may not
    assert join_continuation(head, "a long debate.") == head + " a long debate."
    assert join_continuation(head, " a long debate.") == head + " a long debate."
    assert join_continuation("It cost 5", "%, they said.") == "It cost 5%, they said."
    done = complete_with(head, "a long debate. In 2018 the river")
    assert done == "In 1966 the school reopened. The railway was extended after a long debate."
    assert complete_with(head, "a long debate among the") is None  # no clean end reached: the caller trims


def test_continuation_in_chinese_and_of_a_bullet() -> None:
    head = continuation_head("长城是中国古代的军事防御工程，")
    assert head == "长城是中国古代的军事防御工程，"
    assert complete_with(head, "始建于春秋战国时期。明朝") == "长城是中国古代的军事防御工程，始建于春秋战国时期。"
    bullets = "- The harbour was rebuilt\n- The school"
    head = continuation_head(bullets)
    assert head == "- The harbour was rebuilt\n- The"
    assert complete_with(head, "school reopened\n- The mill") == "- The harbour was rebuilt\n- The school reopened"
