"""The language the person chose, for code that writes words but has no Qt.

The UI sets it once at start-up (ui.i18n.install); store messages, PDFs and
formats read it when their caller names no language. Pure Python on purpose:
the store layer must not import Qt.
"""
from __future__ import annotations

LANGUAGES = ("fi", "sv", "en")
DEFAULT = "fi"
# Each language's CLDR locale: Finland's Finnish and Swedish, British English.
LOCALES = dict(fi="fi_FI", sv="sv_FI", en="en_GB")
_current = DEFAULT


def set_language(lang: str | None) -> str:
    global _current
    _current = lang if lang in LANGUAGES else DEFAULT
    return _current


def current() -> str:
    return _current


def locale_name(lang: str | None = None) -> str:
    """The CLDR locale of a language: fi_FI, sv_FI or en_GB."""
    return LOCALES.get(lang or _current, "fi_FI")


def pick(texts, lang: str | None = None) -> str:
    """A text in ``lang`` (default: the chosen language).

    ``texts`` is an English source string (looked up in the catalogue), an
    ``i18n.Message``, or — for data files that carry their own wording, such as
    the instrument definitions — a mapping from language code to text
    (Finnish when the language is missing).
    """
    from . import i18n  # i18n reads the chosen language from here

    if isinstance(texts, str):
        return i18n.gettext(texts, lang)
    if isinstance(texts, i18n.Message):
        return texts.render(lang)
    return texts.get(lang or _current) or texts[DEFAULT]
