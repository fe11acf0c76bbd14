"""The language the person chose, for code that writes words but has no Qt.

The UI sets it once at start-up (ui.i18n.install); store messages, PDFs and
formats read it when their caller names no language. Pure Python on purpose:
the store layer must not import Qt.
"""
from __future__ import annotations

LANGUAGES = ("fi", "sv", "en")
DEFAULT = "fi"
_current = DEFAULT


def set_language(lang: str | None) -> str:
    global _current
    _current = lang if lang in LANGUAGES else DEFAULT
    return _current


def current() -> str:
    return _current


def pick(texts: dict[str, str], lang: str | None = None) -> str:
    """``texts`` in the chosen language, Finnish when that one is missing."""
    return texts.get(lang or _current) or texts[DEFAULT]
