"""Which language a text is in, for the translate page's "Auto-detect" (langdetect, deterministic)."""

from __future__ import annotations

import threading

from desktop_llm.core.languages import LANGUAGES

_lock = threading.Lock()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; "" when unsure (too short, or not a language we offer)."""
    sample = text.strip()[:4000]
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
        code = str(guess.lang).split("-")[0]
        if guess.prob >= 0.6 and code in LANGUAGES:
            return code
    return ""
