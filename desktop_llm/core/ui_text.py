"""Marks text that core/ holds but the UI shows (labels of choices), for translation without Qt.

pyside6-lupdate extracts `QT_TR_NOOP("…")` by name; the UI translates the value where it shows it, with
controllers.i18n.tr(value). core/ stays free of Qt.
"""

from __future__ import annotations


def QT_TR_NOOP(source: str) -> str:  # the name lupdate looks for
    return source


def fill_template(template: str, fields: tuple[tuple[str, str], ...], translation: str | None = None) -> str:
    """`template` (English, QT_TR_NOOP-marked) filled with `fields`, into `translation` of it if given. A
    translation that lost or misspelt a placeholder falls back to the English, so the values still show."""
    values = dict(fields)
    try:
        return (translation or template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)
