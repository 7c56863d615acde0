"""Languages offered by the summarize and translate pages (code -> English name).

Codes are ISO 639-1, except Chinese, which is two written languages for a reader and a translator: Simplified
(zh-Hans, mainland China and Singapore) and Traditional (zh-Hant, Taiwan, Hong Kong, Macau), as BCP 47 names them
(issue 21). "zh" and the region forms (zh-CN, zh-TW, ...) that langdetect and locales use are accepted as aliases.
"""

from __future__ import annotations

from desktop_llm.core.ui_text import QT_TR_NOOP

# English names, shown translated by the pages (tr of the value); prompts use the English (prompt_language_name).
LANGUAGES: dict[str, str] = {
    "en": QT_TR_NOOP("English"), "de": QT_TR_NOOP("German"), "fr": QT_TR_NOOP("French"), "es": QT_TR_NOOP("Spanish"),
    "it": QT_TR_NOOP("Italian"), "pt": QT_TR_NOOP("Portuguese"), "nl": QT_TR_NOOP("Dutch"),
    "sv": QT_TR_NOOP("Swedish"), "da": QT_TR_NOOP("Danish"), "no": QT_TR_NOOP("Norwegian"),
    "fi": QT_TR_NOOP("Finnish"), "pl": QT_TR_NOOP("Polish"), "cs": QT_TR_NOOP("Czech"), "sk": QT_TR_NOOP("Slovak"),
    "hu": QT_TR_NOOP("Hungarian"), "ro": QT_TR_NOOP("Romanian"), "bg": QT_TR_NOOP("Bulgarian"),
    "el": QT_TR_NOOP("Greek"), "ru": QT_TR_NOOP("Russian"), "uk": QT_TR_NOOP("Ukrainian"),
    "tr": QT_TR_NOOP("Turkish"), "ar": QT_TR_NOOP("Arabic"), "he": QT_TR_NOOP("Hebrew"), "fa": QT_TR_NOOP("Persian"),
    "hi": QT_TR_NOOP("Hindi"), "bn": QT_TR_NOOP("Bengali"), "ur": QT_TR_NOOP("Urdu"),
    "zh-Hans": QT_TR_NOOP("Chinese (Simplified)"), "zh-Hant": QT_TR_NOOP("Chinese (Traditional)"),
    "ja": QT_TR_NOOP("Japanese"), "ko": QT_TR_NOOP("Korean"), "vi": QT_TR_NOOP("Vietnamese"),
    "th": QT_TR_NOOP("Thai"), "id": QT_TR_NOOP("Indonesian"), "ms": QT_TR_NOOP("Malay"), "tl": QT_TR_NOOP("Tagalog"),
    "sw": QT_TR_NOOP("Swahili"), "ca": QT_TR_NOOP("Catalan"), "hr": QT_TR_NOOP("Croatian"),
    "sr": QT_TR_NOOP("Serbian"), "sl": QT_TR_NOOP("Slovenian"), "et": QT_TR_NOOP("Estonian"),
    "lv": QT_TR_NOOP("Latvian"), "lt": QT_TR_NOOP("Lithuanian"),
}
SIMPLIFIED_CHINESE = "zh-Hans"
TRADITIONAL_CHINESE = "zh-Hant"
# How a prompt names the language to write in: the script said in words and in itself, so a small model does not
# answer a request for Traditional Chinese in Simplified characters (they share most of their vocabulary).
PROMPT_NAMES = {
    SIMPLIFIED_CHINESE: "Simplified Chinese (简体中文)",
    TRADITIONAL_CHINESE: "Traditional Chinese (繁體中文)",
}
_ALIASES = {
    "zh": SIMPLIFIED_CHINESE, "zh-cn": SIMPLIFIED_CHINESE, "zh-sg": SIMPLIFIED_CHINESE, "zh-hans-cn": SIMPLIFIED_CHINESE,
    "zh-tw": TRADITIONAL_CHINESE, "zh-hk": TRADITIONAL_CHINESE, "zh-mo": TRADITIONAL_CHINESE,
    "zh-hant-tw": TRADITIONAL_CHINESE, "zh-hant-hk": TRADITIONAL_CHINESE,
    "chinese": SIMPLIFIED_CHINESE, "simplified chinese": SIMPLIFIED_CHINESE, "traditional chinese": TRADITIONAL_CHINESE,
    "中文": SIMPLIFIED_CHINESE, "简体中文": SIMPLIFIED_CHINESE, "繁體中文": TRADITIONAL_CHINESE,
}


def canonical_code(code: str) -> str:
    """A language code as LANGUAGES keys it: "zh", "zh-CN", "zh_TW", "ZH-hant" -> zh-Hans / zh-Hant; "de-AT" -> "de";
    "" for a code of no language offered."""
    text = code.strip().replace("_", "-")
    lowered = text.lower()
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    for known in LANGUAGES:
        if known.lower() == lowered:
            return known
    if lowered.startswith("zh-"):  # another script or region form: its script decides, else its region
        return TRADITIONAL_CHINESE if "hant" in lowered or lowered[3:5] in ("tw", "hk", "mo") else SIMPLIFIED_CHINESE
    base = lowered.split("-")[0]
    return base if base in LANGUAGES else ""


def language_name(code: str) -> str:
    return LANGUAGES.get(canonical_code(code), code)


def prompt_language_name(code: str) -> str:
    """The language as a prompt asks for it ("Simplified Chinese (简体中文)"); the display name elsewhere."""
    canonical = canonical_code(code)
    return PROMPT_NAMES.get(canonical) or LANGUAGES.get(canonical, code)


def language_code(name_or_code: str) -> str:
    """Accepts "de", "German" or "german", "zh", "zh-TW", "Chinese (Traditional)"; raises ValueError for anything
    else."""
    text = name_or_code.strip()
    code = canonical_code(text)
    if code:
        return code
    for known, name in LANGUAGES.items():
        if name.lower() == text.lower():
            return known
    raise ValueError(f"unknown language {name_or_code!r} (use a code such as de or zh-Hant, or a name such as German)")


def default_target(locale: str) -> str:
    """The language a translation goes into unless the user picks another: the UI locale's own ("zh_TW" ->
    zh-Hant), else English. Chinese and English are the first pair (issue 21): a Chinese reader gets Chinese."""
    return canonical_code(locale) or "en"
