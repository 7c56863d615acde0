"""Which language a text is in, for the translate page's "Auto-detect" (langdetect, deterministic).

CJK text is told apart by its script first (issue 21): kana is Japanese, hangul Korean, and Han characters alone
Chinese, which even a short line shows ("你好，今天天气怎么样？" is too short for langdetect). Simplified and
Traditional Chinese are then told apart by the characters only one of them uses (们/們, 这/這, 说/說 ...).
"""

from __future__ import annotations

import threading

from desktop_llm.core.languages import LANGUAGES, SIMPLIFIED_CHINESE, TRADITIONAL_CHINESE, canonical_code

_lock = threading.Lock()

# Frequent characters written differently in the two scripts, pair by pair (one entry of each pair in each string).
_SIMPLIFIED_ONLY = frozenset(
    "们这个来时国会为对发经说过还没开长门问间关东车头见实现点么应种书体变学样让记给认话语读买卖钱马鸟鱼龙广厂乡业乐写"
    "军农单历县双号员园图场报声处备岁师带帮庆张当录态总战执扩扬护择换数无显术机杀杂权条极构标树桥检楼欢气汉灭灯灵热"
    "爱环电画监码确离积称稳笔简粮紧红约级纪纯纸线练组细织终结络绝统继续维绿编网罗职联脑艺节苏药获虽补装观规视览觉计"
    "订讨训议讲许论设访证评识诉词译试诗该详误请课谁调谈谢贝负财责败货质购贵费资赛赶轮软轻载较辆边达运进远连选遗邮针"
    "钟钢铁银错闻队阳阴阵际陆陈险随难顶项顺须顾领题额风飞饭馆验鸡黄齐"
)
_TRADITIONAL_ONLY = frozenset(
    "們這個來時國會為對發經說過還沒開長門問間關東車頭見實現點麼應種書體變學樣讓記給認話語讀買賣錢馬鳥魚龍廣廠鄉業樂寫"
    "軍農單歷縣雙號員園圖場報聲處備歲師帶幫慶張當錄態總戰執擴揚護擇換數無顯術機殺雜權條極構標樹橋檢樓歡氣漢滅燈靈熱"
    "愛環電畫監碼確離積稱穩筆簡糧緊紅約級紀純紙線練組細織終結絡絕統繼續維綠編網羅職聯腦藝節蘇藥獲雖補裝觀規視覽覺計"
    "訂討訓議講許論設訪證評識訴詞譯試詩該詳誤請課誰調談謝貝負財責敗貨質購貴費資賽趕輪軟輕載較輛邊達運進遠連選遺郵針"
    "鐘鋼鐵銀錯聞隊陽陰陣際陸陳險隨難頂項順須顧領題額風飛飯館驗雞黃齊"
) - _SIMPLIFIED_ONLY


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff"


def _is_kana(char: str) -> bool:
    return "\u3040" <= char <= "\u30ff" or "\u31f0" <= char <= "\u31ff"


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7af" or "\u1100" <= char <= "\u11ff" or "\u3130" <= char <= "\u318f"


def chinese_script(text: str) -> str:
    """zh-Hant where Traditional-only characters outnumber Simplified-only ones, else zh-Hans."""
    simplified = sum(char in _SIMPLIFIED_ONLY for char in text)
    traditional = sum(char in _TRADITIONAL_ONLY for char in text)
    return TRADITIONAL_CHINESE if traditional > simplified else SIMPLIFIED_CHINESE


def script_language(text: str) -> str:
    """The language a CJK text's script shows (zh-Hans, zh-Hant, ja, ko), or "" where most letters are no CJK."""
    letters = [char for char in text if char.isalpha()]
    han = sum(map(_is_han, letters))
    kana = sum(map(_is_kana, letters))
    hangul = sum(map(_is_hangul, letters))
    if not letters or han + kana + hangul < 2 or 2 * (han + kana + hangul) < len(letters):
        return ""
    if hangul > han + kana:
        return "ko"
    if kana:  # Japanese mixes kana into its kanji in every sentence; Chinese has none
        return "ja"
    return chinese_script(text)


def detect_language(text: str) -> str:
    """The language code (as LANGUAGES keys it) of the text's language; "" when unsure (too short, or not a language
    we offer)."""
    sample = text.strip()[:4000]
    by_script = script_language(sample)
    if by_script:
        return by_script
    if len(sample) < 12:
        return ""
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    with _lock:  # langdetect's factory is global: seed it and load profiles once
        DetectorFactory.seed = 0
        try:
            guesses = detect_langs(sample)
        except LangDetectException:
            return ""
    for guess in guesses:
        code = canonical_code(str(guess.lang))
        if guess.prob >= 0.6 and code in LANGUAGES:
            return chinese_script(sample) if code.startswith("zh") else code
    return ""
