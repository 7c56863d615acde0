"""Languages offered by the summarize and translate pages (ISO 639-1 code -> English name)."""

from __future__ import annotations

LANGUAGES: dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "pl": "Polish",
    "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian", "bg": "Bulgarian", "el": "Greek",
    "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish", "ar": "Arabic", "he": "Hebrew", "fa": "Persian",
    "hi": "Hindi", "bn": "Bengali", "ur": "Urdu", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "vi": "Vietnamese", "th": "Thai", "id": "Indonesian", "ms": "Malay", "tl": "Tagalog", "sw": "Swahili",
    "ca": "Catalan", "hr": "Croatian", "sr": "Serbian", "sl": "Slovenian", "et": "Estonian", "lv": "Latvian",
    "lt": "Lithuanian",
}


def language_name(code: str) -> str:
    return LANGUAGES.get(code.split("-")[0].lower(), code)


def language_code(name_or_code: str) -> str:
    """Accepts "de", "German" or "german"; raises ValueError for anything else."""
    text = name_or_code.strip()
    if text.lower() in LANGUAGES:
        return text.lower()
    for code, name in LANGUAGES.items():
        if name.lower() == text.lower():
            return code
    raise ValueError(f"unknown language {name_or_code!r} (use a code such as de, or a name such as German)")
