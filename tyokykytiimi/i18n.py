"""One catalogue per language for every layer: gettext .po files read through Babel.

The code holds the English source string and asks this module; translators edit
``resources/locale/<lang>/LC_MESSAGES/tyokykytiimi.po`` in Poedit, Qt Linguist
(which opens .po) or Weblate. English is the source language and has no catalogue.

Pure Python on purpose: models, store and reports take no Qt, and the UI asks
the same catalogue (see ``ui/i18n.py``). Which language is meant when a caller
names none is ``tyokykytiimi.language.current()``.

    from tyokykytiimi.i18n import _, ngettext, pgettext, N_, Message

    _("Save")                                   # in the current language
    _("Save", lang="sv")                        # in Swedish, whatever the UI uses
    pgettext("path step", "Closed")             # one English word, two meanings
    ngettext("{n} client", "{n} clients", n).format(n=n)
    raise InvalidInput(Message("Date {day} is in the past", day=...))  # rendered later
"""
from __future__ import annotations

import gettext as _gettext
from functools import lru_cache
from typing import Any

from . import language
from .paths import resource_path

DOMAIN = "tyokykytiimi"
SOURCE_LANGUAGE = "en"
# gettext's separator between a context and its message id.
_CONTEXT_SEP = "\x04"


def catalogue_path(lang: str):
    return resource_path("locale", lang, "LC_MESSAGES", f"{DOMAIN}.po")


@lru_cache(maxsize=None)
def translations(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (cached; English and unknown: identity)."""
    path = catalogue_path(lang)
    if lang == SOURCE_LANGUAGE or not path.is_file():
        return _gettext.NullTranslations()
    # Read without Babel (its import alone cost a tenth of a second at every start);
    # fuzzy entries are a translator's guess: not shown until confirmed.
    from .po_catalogue import read
    return read(path)


def reload() -> None:
    """Forget compiled catalogues (after a translator edited a .po file)."""
    translations.cache_clear()


def _lang(lang: str | None) -> str:
    return lang if lang in language.LANGUAGES else language.current()


def gettext(message: str, lang: str | None = None) -> str:
    return translations(_lang(lang)).gettext(message)


_ = gettext


def pgettext(context: str, message: str, lang: str | None = None) -> str:
    return translations(_lang(lang)).pgettext(context, message)


def ngettext(singular: str, plural: str, n: int, lang: str | None = None) -> str:
    return translations(_lang(lang)).ngettext(singular, plural, n)


def npgettext(context: str, singular: str, plural: str, n: int,
              lang: str | None = None) -> str:
    return translations(_lang(lang)).npgettext(context, singular, plural, n)


def N_(message: str) -> str:
    """Marks a string for extraction where it is translated later (tables of texts)."""
    return message


class Message:
    """A message id with its parameters, rendered in whichever language is asked.

    Store and model errors carry one of these, so the UI or the command line
    renders it in the user's language at the moment it is shown.
    """

    __slots__ = ("msgid", "params", "context", "plural", "n")

    def __init__(self, msgid: str, *, context: str | None = None,
                 plural: str | None = None, n: int | None = None, **params: Any):
        self.msgid = msgid
        self.params = params
        self.context = context
        self.plural = plural
        self.n = n

    def render(self, lang: str | None = None) -> str:
        if self.plural is not None:
            n = self.n if self.n is not None else int(self.params.get("n", 1))
            if self.context:
                text = npgettext(self.context, self.msgid, self.plural, n, lang)
            else:
                text = ngettext(self.msgid, self.plural, n, lang)
        elif self.context:
            text = pgettext(self.context, self.msgid, lang)
        else:
            text = gettext(self.msgid, lang)
        params = {key: (value.render(lang) if isinstance(value, Message) else value)
                  for key, value in self.params.items()}
        if self.n is not None:
            params.setdefault("n", self.n)
        return text.format(**params) if params else text

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.msgid!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Message) and other.msgid == self.msgid
                and other.params == self.params and other.context == self.context)

    def __hash__(self) -> int:
        return hash((self.msgid, self.context))


def render(text: "str | Message", lang: str | None = None) -> str:
    """A plain string as it is; a Message in ``lang`` (or the current language)."""
    return text.render(lang) if isinstance(text, Message) else text
