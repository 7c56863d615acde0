"""Languages offered by the summarize and translate pages (code -> English name).

Codes are ISO 639-1, except Chinese, which is two written languages for a reader and a translator: Simplified
(zh-Hans, mainland China and Singapore) and Traditional (zh-Hant, Taiwan, Hong Kong, Macau), as BCP 47 names them
(issue 21). "zh" and the region forms (zh-CN, zh-TW, ...) that langdetect and locales use are accepted as aliases.
"""

from __future__ import annotations

LANGUAGES: dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "pl": "Polish",
    "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian", "bg": "Bulgarian", "el": "Greek",
    "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish", "ar": "Arabic", "he": "Hebrew", "fa": "Persian",
    "hi": "Hindi", "bn": "Bengali", "ur": "Urdu", "zh-Hans": "Chinese (Simplified)",
    "zh-Hant": "Chinese (Traditional)", "ja": "Japanese", "ko": "Korean",
    "vi": "Vietnamese", "th": "Thai", "id": "Indonesian", "ms": "Malay", "tl": "Tagalog", "sw": "Swahili",
    "ca": "Catalan", "hr": "Croatian", "sr": "Serbian", "sl": "Slovenian", "et": "Estonian", "lv": "Latvian",
    "lt": "Lithuanian",
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
