"""Chinese documents in the services (issue 21): detection tells Simplified from Traditional Chinese (and Chinese
from Japanese) even in a short line; a Chinese document loads; a translation into Chinese joins its pieces without
spaces; a translation or summary cut at its length limit in Chinese ends at 。 with no replacement character."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.translation import TranslateOptions
from desktop_llm.services.documents.documents import load_document
from desktop_llm.services.documents.language_id import detect_language
from desktop_llm.services.documents.summarizer import summarize
from desktop_llm.services.documents.translator import translate
from tests.services.test_documents import ScriptedEngine

FIXTURES = Path(__file__).parent.parent / "fixtures" / "chinese"
# The same sentences in Traditional characters, as written in Taiwan and Hong Kong.
TRADITIONAL = ("京杭大運河北起北京，南到杭州，是世界上開鑿最早、里程最長的人工運河之一。兩千多年來，無數船隻在這條河上"
               "往來，運送糧食、絲綢、瓷器和茶葉，也運送著人、消息和思想。")


def test_chinese_is_detected_with_its_script(tmp_path: Path) -> None:
    for name in ("grand_canal.txt", "grand_canal.md"):
        assert detect_language((FIXTURES / name).read_text(encoding="utf-8")) == "zh-Hans"
    assert detect_language(TRADITIONAL) == "zh-Hant"
    assert detect_language("你好，今天天气怎么样？") == "zh-Hans"  # 11 characters: too short for langdetect alone
    assert detect_language("這個問題我們明天再說。") == "zh-Hant"
    assert detect_language("今日はとても良い天気で、街の上に太陽が輝いています。") == "ja"  # kana: Japanese, not Chinese
    assert detect_language("오늘은 날씨가 아주 좋습니다.") == "ko"
    assert detect_language("Das Wetter ist heute sehr schön und die Sonne scheint über der Stadt.") == "de"


def test_a_chinese_document_loads_as_written(tmp_path: Path) -> None:
    source = FIXTURES / "grand_canal.txt"
    gbk = tmp_path / "grand_canal_gbk.txt"  # many Chinese text files are GB 18030, not UTF-8
    gbk.write_bytes(source.read_text(encoding="utf-8").encode("gb18030"))
    for path in (source, FIXTURES / "grand_canal.md", gbk):
        document = load_document(path)
        assert "京杭大运河" in document.text and "\ufffd" not in document.text


def test_a_translation_into_chinese_joins_its_pieces_without_spaces() -> None:
    sentences = [f"The canal carried grain, silk and tea to the north for the {n}th year." for n in range(40)]
    source = " ".join(sentences)

    def reply(text: str) -> tuple[str, str]:
        return "运河又运送了一年的粮食。" * max(1, text.count(".")), "stop"

    engine = ScriptedEngine(reply)
    result = translate(engine, 600, source, TranslateOptions("en", "zh-Hans"), lambda p: None, threading.Event())
    assert len(engine.chats) > 1  # the paragraph went in several pieces
    assert "Simplified Chinese (简体中文)" in engine.chats[0][0].content
    assert " " not in result.text and result.text.endswith("。")


def test_a_chinese_translation_cut_at_its_limit_is_trimmed_with_a_chinese_warning_preview() -> None:
    source = "运河最难的一段在山东。那里的地势中间高、两头低，船只要翻过这道水脊，就必须有足够的水。"
    engine = ScriptedEngine([("The hardest stretch was in Shandong. The land there is high in the mid", "length")])
    result = translate(engine, 4096, source, TranslateOptions("zh-Hans", "en"), lambda p: None, threading.Event())
    assert result.text == "The hardest stretch was in Shandong."
    assert len(result.warnings) == 1 and "“运河最难的一段在山东。那里的地势中间高、…”" in str(result.warnings[0])


def test_a_chinese_summary_cut_at_its_limit_ends_at_a_full_stop_without_a_broken_character() -> None:
    text = (FIXTURES / "grand_canal.txt").read_text(encoding="utf-8")[:600]
    # What a server sends when the budget ran out inside a character: its incomplete bytes flushed as U+FFFD.
    engine = ScriptedEngine([("大运河连接了五大水系。隋朝把南北水道连成一体。元朝截弯取直，核心\ufffd", "length")])
    result = summarize(engine, 4096, text, SummaryOptions(length="short", language="zh-Hans"), lambda p: None,
                       threading.Event())
    assert result.text == "大运河连接了五大水系。隋朝把南北水道连成一体。"
    assert "\ufffd" not in result.text and result.requests[-1].ending == "trimmed"
