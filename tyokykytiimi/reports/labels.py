"""Texts printed on the program's documents: English source, one gettext catalogue.

PDFs are built outside Qt, so their words do not go through ``tr()``. Each
document keeps a small table of its texts next to its layout, in English,
marked for extraction; the Finnish and Swedish words are in the one catalogue
every layer uses (``resources/locale/<lang>/LC_MESSAGES/tyokykytiimi.po``,
through :mod:`tyokykytiimi.i18n`), each under its document's context, so one
English word may have another translation in another document::

    from tyokykytiimi.reports.labels import C_, Labels

    CONSENT = Labels({"title": C_("consent form", "Consent")})
    CONSENT.get("title", "sv")   # -> "Samtycke" (msgctxt "consent form")

Extract with ``pybabel extract -k C_:1c,2 -k N_ …``; a plain string (or
``N_("…")``) is looked up without a context.

Rules, the same for every catalogue:
- A text the catalogue has no translation for prints in English; a language
  the program does not know falls back to Finnish (``normalize_lang``).
- A key nobody defined raises ``KeyError`` so tests catch a typo, rather than
  printing the key itself on a client's paper.
- Catalogues may be stacked: ``Labels(own, parent=COMMON)`` looks in ``own``
  first, then in the common texts (confidentiality marking, page numbers …).
- Codes in words shared with the screens come from ``models.field_words`` as
  plain English sources (looked up without a context).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..i18n import gettext, pgettext, translations

DEFAULT_LANG = "fi"
LANGS = ("fi", "sv", "en")


def normalize_lang(lang: str | None) -> str:
    """'sv_FI', 'sv-FI', 'SV' -> 'sv'; anything unknown -> 'fi'."""
    if not lang:
        return DEFAULT_LANG
    code = lang.replace("-", "_").split("_", 1)[0].lower()
    return code if code in LANGS else DEFAULT_LANG


def C_(context: str, message: str) -> tuple[str, str]:
    """An entry with its own gettext context (extraction keyword ``C_:1c,2``)."""
    return (context, message)



class Labels:
    """A catalogue ``{key: C_(context, English)}`` translated through gettext."""

    def __init__(self, texts: Mapping[str, Any], parent: "Labels | None" = None) -> None:
        self._texts = dict(texts)
        self._parent = parent

    def _entry(self, key: str) -> tuple[str | None, str]:
        """(context or None, English) of ``key``."""
        value = self._texts[key]
        return value if isinstance(value, tuple) else (None, value)

    def get(self, key: str, lang: str | None = DEFAULT_LANG, **fmt: Any) -> str:
        """The text for ``key`` in ``lang``; ``fmt`` fills ``{placeholders}``."""
        if key not in self._texts:
            if self._parent is not None:
                return self._parent.get(key, lang, **fmt)
            raise KeyError(key)
        code = normalize_lang(lang)
        entry = self._entry(key)
        if entry[0] is None:
            text = gettext(entry[1], code)
        else:
            text = pgettext(entry[0], entry[1], code)
        return text.format(**fmt) if fmt else text

    def source(self, key: str) -> str:
        """The English source of ``key`` (for tests of placeholders)."""
        return self._entry(key)[1]

    def __contains__(self, key: object) -> bool:
        return key in self._texts or (
            self._parent is not None and key in self._parent
        )

    def keys(self) -> set[str]:
        own = set(self._texts)
        return own | self._parent.keys() if self._parent is not None else own

    def own_keys(self) -> list[str]:
        return list(self._texts)

    def missing(self, lang: str) -> list[str]:
        """Keys of its own with no translation in ``lang`` (for completeness tests)."""
        code = normalize_lang(lang)
        if code == "en":
            return []
        catalogue = getattr(translations(code), "_catalog", {})
        out = []
        for key in self._texts:
            entry = self._entry(key)
            if (entry[1] if entry[0] is None else f"{entry[0]}\x04{entry[1]}") not in catalogue:
                out.append(key)
        return sorted(out)


COMMON = Labels(
    {
        "confidential": C_("papers", "Confidential"),
        # Pattern for the footer; {page} and {total} are numbers.
        "page_of": C_("papers", "{page} / {total}"),
        "printed": C_("papers", "Printed {date}"),
        "keep_locked": C_("papers", "Keep locked away"),
        "signature": C_("papers", "Signature"),
        "name_clarification": C_("papers", "Name in block letters"),
        "place_and_date": C_("papers", "Place and date"),
        "date": C_("papers", "Date"),
        # --- recovery-key sheet -------------------------------------------
        "recovery.title": C_("papers", "Recovery key"),
        "recovery.subtitle": C_("papers", "The spare key to the team's database"),
        "recovery.what_heading": C_("papers", "What is this?"),
        "recovery.what": C_("papers", "This key opens the team's database if every user's "
                                      "password has been forgotten or lost. It is worth as much "
                                      "as all the team's client records together: anyone who "
                                      "has this sheet and the team's database file can read the "
                                      "clients' records."),
        "recovery.store_heading": C_("papers", "How do I keep it?"),
        "recovery.store": C_("papers", "Keep this sheet locked away, for example in a safe or a "
                                       "locked filing cabinet, apart from the workstation. Do "
                                       "not photograph, scan or e-mail the key, and do not save "
                                       "it on a computer. Tell your manager where the sheet is "
                                       "kept."),
        "recovery.use_heading": C_("papers", "When the key is needed"),
        "recovery.use": C_("papers", "Open the program and choose to sign in with the recovery "
                                     "key. Type the key from this sheet. Straight afterwards "
                                     "set new passwords and, if needed, print a new recovery "
                                     "key."),
        "recovery.key_caption": C_("papers", "Recovery key"),
        "recovery.team": C_("papers", "Team"),
        "recovery.created": C_("papers", "Created"),
        "recovery.stored_where": C_("papers", "Where it is kept"),
        "recovery.stored_by": C_("papers", "Put away by (name and date)"),
        "recovery.replaced": C_("papers", "When the team is given a new recovery key, destroy "
                                          "this sheet in a shredder."),
    }
)


def label(
    key: str,
    lang: str | None = DEFAULT_LANG,
    extra: Labels | Mapping[str, Any] | None = None,
    **fmt: Any,
) -> str:
    """Look ``key`` up in ``extra`` (a document's own texts) and then COMMON."""
    if extra is not None:
        catalogue = extra if isinstance(extra, Labels) else Labels(extra)
        if key in catalogue:
            return catalogue.get(key, lang, **fmt)
    return COMMON.get(key, lang, **fmt)
