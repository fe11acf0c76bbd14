"""Texts printed on the program's documents: English source, one gettext catalogue.

PDFs are built outside Qt, so their words do not go through ``tr()``. Each
document keeps a small table of its texts next to its layout, in English,
marked for extraction; the Finnish and Swedish words are in the one catalogue
every layer uses (``resources/locale/<lang>/LC_MESSAGES/tyokykytiimi.po``,
through :mod:`tyokykytiimi.i18n`), under the document's context::

    from tyokykytiimi.i18n import N_
    from tyokykytiimi.reports.labels import Labels

    CONSENT = Labels({"title": N_("Consent")}, context="consent form")
    CONSENT.get("title", "sv")   # -> "Samtycke" (msgctxt "consent form")

Rules, the same for every catalogue:
- A text the catalogue has no translation for prints in English; a language
  the program does not know falls back to Finnish (``normalize_lang``).
- A key nobody defined raises ``KeyError`` so tests catch a typo, rather than
  printing the key itself on a client's paper.
- Where one English text needs two translations in one document, its entry is
  ``C_("own context", "English")``.
- Catalogues may be stacked: ``Labels(own, parent=COMMON)`` looks in ``own``
  first, then in the common texts (confidentiality marking, page numbers …).
- Words that come from the models as ``{"fi": …, "sv": …, "en": …}`` (codes in
  words shared with the screens) are still accepted as they are.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..i18n import N_, pgettext, translations

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
    """A catalogue ``{key: English source}`` translated through gettext under ``context``."""

    def __init__(self, texts: Mapping[str, Any], parent: "Labels | None" = None, *,
                 context: str = "papers") -> None:
        self._texts = dict(texts)
        self._parent = parent
        self.context = context

    def _entry(self, key: str):
        """(context, English) of ``key``, or the legacy {lang: text} mapping."""
        value = self._texts[key]
        if isinstance(value, tuple):
            return value
        if isinstance(value, Mapping):
            return value
        return (self.context, value)

    def get(self, key: str, lang: str | None = DEFAULT_LANG, **fmt: Any) -> str:
        """The text for ``key`` in ``lang``; ``fmt`` fills ``{placeholders}``."""
        if key not in self._texts:
            if self._parent is not None:
                return self._parent.get(key, lang, **fmt)
            raise KeyError(key)
        code = normalize_lang(lang)
        entry = self._entry(key)
        if isinstance(entry, Mapping):
            text = entry.get(code) or entry.get(DEFAULT_LANG) or entry.get("en", "")
        else:
            text = pgettext(entry[0], entry[1], code)
        return text.format(**fmt) if fmt else text

    def source(self, key: str) -> str:
        """The English source of ``key`` (for tests of placeholders)."""
        entry = self._entry(key)
        return entry.get("en", "") if isinstance(entry, Mapping) else entry[1]

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
            if isinstance(entry, Mapping):
                if not entry.get(code):
                    out.append(key)
            elif f"{entry[0]}\x04{entry[1]}" not in catalogue:
                out.append(key)
        return sorted(out)


COMMON = Labels(
    {
        "confidential": N_("Confidential"),
        # Pattern for the footer; {page} and {total} are numbers.
        "page_of": N_("{page} / {total}"),
        "printed": N_("Printed {date}"),
        "keep_locked": N_("Keep locked away"),
        "signature": N_("Signature"),
        "name_clarification": N_("Name in block letters"),
        "place_and_date": N_("Place and date"),
        "date": N_("Date"),
        # --- recovery-key sheet -------------------------------------------
        "recovery.title": N_("Recovery key"),
        "recovery.subtitle": N_("The spare key to the team's database"),
        "recovery.what_heading": N_("What is this?"),
        "recovery.what": N_("This key opens the team's database if every user's password has "
                            "been forgotten or lost. It is worth as much as all the team's "
                            "client records together: anyone who has this sheet and the team's "
                            "database file can read the clients' records."),
        "recovery.store_heading": N_("How do I keep it?"),
        "recovery.store": N_("Keep this sheet locked away, for example in a safe or a locked "
                             "filing cabinet, apart from the workstation. Do not photograph, "
                             "scan or e-mail the key, and do not save it on a computer. Tell "
                             "your manager where the sheet is kept."),
        "recovery.use_heading": N_("When the key is needed"),
        "recovery.use": N_("Open the program and choose to sign in with the recovery key. Type "
                           "the key from this sheet. Straight afterwards set new passwords and, "
                           "if needed, print a new recovery key."),
        "recovery.key_caption": N_("Recovery key"),
        "recovery.team": N_("Team"),
        "recovery.created": N_("Created"),
        "recovery.stored_where": N_("Where it is kept"),
        "recovery.stored_by": N_("Put away by (name and date)"),
        "recovery.replaced": N_("When the team is given a new recovery key, destroy this sheet "
                                "in a shredder."),
    }
)


def label(
    key: str,
    lang: str | None = DEFAULT_LANG,
    extra: Labels | Mapping[str, Mapping[str, str]] | None = None,
    **fmt: Any,
) -> str:
    """Look ``key`` up in ``extra`` (a document's own texts) and then COMMON."""
    if extra is not None:
        catalogue = extra if isinstance(extra, Labels) else Labels(extra)
        if key in catalogue:
            return catalogue.get(key, lang, **fmt)
    return COMMON.get(key, lang, **fmt)
