"""Chinese text (issue 21): a real Chinese document chunked within its budget at sentence ends, replies trimmed at
。！？ (closing quotes kept, opening ones not), the CJK ellipsis, and Simplified and Traditional Chinese as languages of
their own. No model here: token counts are the estimate used for servers that cannot count (core/connections.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_llm.core.chunking import chunk_text, split_blocks, split_oversized
from desktop_llm.core.clean_ending import clean_ends, ends_cleanly, plan_ending, trim_to_clean_end
from desktop_llm.core.connections import estimate_tokens
from desktop_llm.core.languages import (
    LANGUAGES,
    canonical_code,
    default_target,
    language_code,
    language_name,
    prompt_language_name,
)
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.translation import translate_messages

FIXTURES = Path(__file__).parent.parent / "fixtures" / "chinese"
SENTENCE_END = "。！？"
CLOSERS = "”’」』）》"


def chinese(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def ends_a_sentence(text: str) -> bool:
    return text.rstrip().rstrip(CLOSERS)[-1:] in SENTENCE_END


def test_the_fixtures_are_real_chinese_of_about_3000_characters() -> None:
    for name in ("grand_canal.txt", "grand_canal.md"):
        text = chinese(name)
        han = sum("\u4e00" <= c <= "\u9fff" for c in text)
        assert 2500 <= len(text) <= 3500 and han > 0.8 * len(text)
        assert "\ufffd" not in text and text.count("。") > 60
    assert [b.kind for b in split_blocks(chinese("grand_canal.md"))][:4] == ["heading", "paragraph", "paragraph", "list"]


# By the estimate (2.4 tokens a Chinese character) the longest sentence is 267 tokens and the longest clause 65:
# 128 cuts some sentences at clauses.
@pytest.mark.parametrize("budget", [128, 300, 800])
@pytest.mark.parametrize("name", ["grand_canal.txt", "grand_canal.md"])
def test_chunks_of_a_chinese_document_fit_and_end_at_sentence_ends(name: str, budget: int) -> None:
    text = chinese(name)
    chunks = chunk_text(text, estimate_tokens, budget)
    blocks = [block.text for block in split_blocks(text)]
    assert len(chunks) > 1
    split = 0
    for chunk in chunks:
        assert chunk.tokens == estimate_tokens(chunk.text) <= budget
        assert "\ufffd" not in chunk.text and chunk.text == chunk.text.strip()
        if not chunk.text.endswith(tuple(blocks)):  # a piece of a paragraph too big for one chunk
            split += 1
            if not ends_a_sentence(chunk.text):  # only a sentence over the budget on its own is cut, at a clause
                assert budget < 267 and chunk.text[-1] in "，、；：", chunk.text[-30:]
        assert not chunk.text.startswith(tuple(CLOSERS))  # a closing quote stays with its sentence
    assert split or budget == 800  # the small budgets did split paragraphs: the check above ran
    # nothing lost and nothing added: the sentences of every paragraph come back in order, with no spaces between
    joined = "".join(c.text for c in chunks)
    assert re.sub(r"\s|#|>|-", "", joined) == re.sub(r"\s|#|>|-", "", text)
    assert "。 " not in joined and "！ " not in joined


def test_a_chinese_sentence_longer_than_the_budget_is_cut_between_clauses() -> None:
    sentence = "运河经过的地方，像扬州、淮安、济宁、临清和天津，都因为商船往来而迅速繁荣起来，" * 6 + "这是真的。"
    pieces = split_oversized(sentence, estimate_tokens, 60)
    assert len(pieces) > 1 and "".join(pieces) == sentence
    assert all(estimate_tokens(p) <= 60 for p in pieces)
    assert all(p[-1] in "，、。" for p in pieces)  # at a clause mark, never inside a word


def test_quoted_sentences_split_after_their_closing_quote() -> None:
    text = "皮日休曾写道：“尽道隋亡为此河，至今千里赖通波。”意思是说，人们都说隋朝因为这条河而灭亡。真的吗?我不信！"
    pieces = split_oversized(text, lambda t: len(t), 30)
    assert pieces[0] == "皮日休曾写道：“尽道隋亡为此河，至今千里赖通波。”"
    assert "".join(pieces) == text


@pytest.mark.parametrize(("reply", "kept"), [
    ("他说：“今天很好。”然后我们去了", "他说：“今天很好。”"),
    ("第一句话结束了。“第二句话刚开始", "第一句话结束了。"),  # “ opens the next sentence: not kept
    ("运河又一次回到了人们的视野之中！它最大的价值", "运河又一次回到了人们的视野之中！"),
    ("这真的是运河吗？我们", "这真的是运河吗？"),
    ("他等了很久……天黑了，然后", "他等了很久……"),
    ("真的吗?我不信，因为", "真的吗?"),  # half-width ? between Chinese characters
    ("第一段写完了。\n\n- 全长约一千七百九十四公里\n- 连接五大", "第一段写完了。\n\n- 全长约一千七百九十四公里"),
    ("这是总结。核心\ufffd", "这是总结。"),  # the broken last character goes, never shown
])
def test_a_cut_chinese_reply_is_trimmed_at_its_last_sentence_end(reply: str, kept: str) -> None:
    assert plan_ending(reply, can_continue=False) == "trim"
    trimmed = trim_to_clean_end(reply)
    assert trimmed.text == kept and trimmed.ending == "trimmed" and "\ufffd" not in trimmed.text


def test_a_full_width_semicolon_joins_clauses_and_ends_no_sentence() -> None:
    assert clean_ends("第一条已经完成；第二条") == []
    trimmed = trim_to_clean_end("第一条已经完成；第二条还在")
    assert trimmed.text == "第一条已经完成……" and trimmed.ending == "ellipsis"  # cut at the clause, Chinese ellipsis


def test_a_reply_ending_in_a_chinese_ellipsis_or_quote_is_complete() -> None:
    for text in ("他沉默了很久……", "他说：“走吧。”", "真的吗？！", "好的。\n"):
        assert ends_cleanly(text) and plan_ending(text, can_continue=True) == "clean"


def test_simplified_and_traditional_chinese_are_two_languages() -> None:
    assert LANGUAGES["zh-Hans"] == "Chinese (Simplified)" and LANGUAGES["zh-Hant"] == "Chinese (Traditional)"
    assert "zh" not in LANGUAGES
    assert [canonical_code(c) for c in ("zh", "zh-CN", "zh_SG", "zh-TW", "zh_HK", "zh-Hant-MO", "ZH-HANS", "de-AT",
                                        "C", "")] == \
        ["zh-Hans", "zh-Hans", "zh-Hans", "zh-Hant", "zh-Hant", "zh-Hant", "zh-Hans", "de", "", ""]
    assert language_name("zh") == "Chinese (Simplified)" and language_name("zh-TW") == "Chinese (Traditional)"
    assert language_code("Chinese (Traditional)") == "zh-Hant" and language_code("chinese") == "zh-Hans"
    assert language_code("繁體中文") == "zh-Hant" and language_code("German") == "de"
    with pytest.raises(ValueError, match="zh-Hant"):
        language_code("Klingon")


def test_prompts_name_the_script_to_write() -> None:
    assert prompt_language_name("zh-Hant") == "Traditional Chinese (繁體中文)"
    assert prompt_language_name("de") == "German"
    system = translate_messages("The canal is old.", "en", "zh-Hant", False)[0].content
    assert "from English into Traditional Chinese (繁體中文)." in system
    system = translate_messages("京杭大运河", "zh", "en", False)[0].content
    assert "from Simplified Chinese (简体中文) into English." in system
    assert "Write in Simplified Chinese (简体中文)." in SummaryOptions(language="zh-Hans").instruction()


def test_translations_go_into_the_ui_language_chinese_first() -> None:
    assert default_target("zh_CN") == "zh-Hans" and default_target("zh_TW") == "zh-Hant"
    assert default_target("zh_HK") == "zh-Hant" and default_target("de_DE") == "de"
    assert default_target("C") == default_target("") == default_target("nb_NO") == "en"
