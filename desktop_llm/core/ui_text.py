"""Marks text that core/ holds but the UI shows (labels of choices), for translation without Qt.

pyside6-lupdate extracts `QT_TR_NOOP("…")` by name; the UI translates the value where it shows it, with
controllers.i18n.tr(value). core/ stays free of Qt.
"""

from __future__ import annotations


def QT_TR_NOOP(source: str) -> str:  # the name lupdate looks for
    return source
