"""Every user-visible string of ui/ and controllers/ goes through `tr`, Qt's translation lookup.

One translation context (the empty one) for the whole app: pyside6-lupdate extracts a bare `tr("…")` call into
it, and `self.tr` would look translations up under the runtime class's name, which a subclass changes.
Never call `tr` at import time (a module-level constant is made before the translator is installed): mark
such text with QT_TR_NOOP and translate it where it is shown, `translated(LABELS[key])`.
Plurals use Qt's numerus forms: `tr("%n model(s)", None, count)` (positional: lupdate misses `n=`); English
has its own .ts for "1 model / 2 models".
Numbers, sizes and dates are formatted by the locale the translator installed (QLocale's default).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.ui_text import QT_TR_NOOP

__all__ = [
    "LANGUAGES",
    "QT_TR_NOOP",
    "date_text",
    "error_text",
    "number_text",
    "size_text",
    "tr",
    "translated",
]

# The languages the app ships, by Qt locale name, each named in its own language (a user who cannot read the
# current UI can still find theirs).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "简体中文",
    "ja": "日本語",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the user's language; `disambiguation` tells two identical English strings apart, `n` picks
    the plural form for %n."""
    return QCoreApplication.translate("", source, disambiguation, n)


def translated(marked: str) -> str:
    """Text marked with QT_TR_NOOP (a table of labels, here or in core/), in the user's language where it is
    shown. `tr` takes the literals lupdate reads; a marked value comes through here."""
    return QCoreApplication.translate("", marked)


def error_text(error: BaseException) -> str:
    """An error's message in the user's language. The app's own errors (core.errors) carry their message as a
    QT_TR_NOOP template plus fields: translated, then filled (a field that is such an error is translated too).
    A translation whose placeholders do not match the fields falls back to the English message; anything else
    reads as str(error). Never raises."""
    template: str = getattr(error, "template", "")
    fields: dict[str, str] = getattr(error, "fields", {})
    fields = {**fields, **{key: error_text(inner) for key, inner in getattr(error, "inner", {}).items()}}
    if not isinstance(error, DesktopLlmError) or not template:
        return str(error)
    text = translated(template)
    if not fields:
        return text
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError, AttributeError):  # AttributeError: a translation's {path.x}
        return str(error)


def size_text(size_bytes: int) -> str:
    """A file size as the locale writes it (1.5 GB, 1,5 GB), in the units core.model_info.human_size uses
    (1024-based, named KB/MB/GB), so a model reads the same size on every page and in the CLI."""
    return QLocale().formattedDataSize(size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def number_text(value: float, decimals: int = 0) -> str:
    """A number with the locale's digit grouping and decimal mark."""
    return QLocale().toString(float(value), "f", decimals)


def date_text(when: datetime, with_time: bool = True) -> str:
    """A date (and time) in the locale's short format."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    fmt = QLocale.FormatType.ShortFormat
    return QLocale().toString(moment, fmt) if with_time else QLocale().toString(moment.date(), fmt)
