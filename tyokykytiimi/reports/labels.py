"""Texts printed on the program's documents, in Finnish, Swedish and English.

PDFs are built outside Qt, so their words do not go through ``tr()``; they live
in small catalogues like the one below. Each document module keeps its own
catalogue next to its layout::

    from tyokykytiimi.reports.labels import Labels

    CONSENT = Labels({
        "consent.title": {"fi": "Suostumus", "sv": "Samtycke", "en": "Consent"},
    })
    CONSENT.get("consent.title", "sv")   # -> "Samtycke"

Rules, the same for every catalogue:
- Finnish is the default and must be present for every key; a language the
  catalogue does not have falls back to Finnish (a document in Finnish is
  better than no document).
- A key nobody defined raises ``KeyError`` so tests catch a typo, rather than
  printing the key itself on a client's paper.
- Catalogues may be stacked: ``Labels(own, parent=COMMON)`` looks in ``own``
  first, then in the common texts (confidentiality marking, page numbers …).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

DEFAULT_LANG = "fi"
LANGS = ("fi", "sv", "en")


def normalize_lang(lang: str | None) -> str:
    """'sv_FI', 'sv-FI', 'SV' -> 'sv'; anything unknown -> 'fi'."""
    if not lang:
        return DEFAULT_LANG
    code = lang.replace("-", "_").split("_", 1)[0].lower()
    return code if code in LANGS else DEFAULT_LANG


class Labels:
    """A catalogue ``{key: {lang: text}}`` with Finnish fallback."""

    def __init__(
        self,
        texts: Mapping[str, Mapping[str, str]],
        parent: "Labels | None" = None,
    ) -> None:
        for key, by_lang in texts.items():
            if DEFAULT_LANG not in by_lang:
                raise ValueError(f"Label {key!r} has no Finnish text")
        self._texts = dict(texts)
        self._parent = parent

    def get(self, key: str, lang: str | None = DEFAULT_LANG, **fmt: Any) -> str:
        """The text for ``key`` in ``lang``; ``fmt`` fills ``{placeholders}``."""
        by_lang = self._texts.get(key)
        if by_lang is None:
            if self._parent is not None:
                return self._parent.get(key, lang, **fmt)
            raise KeyError(key)
        code = normalize_lang(lang)
        text = by_lang.get(code) or by_lang[DEFAULT_LANG]
        return text.format(**fmt) if fmt else text

    def __contains__(self, key: object) -> bool:
        return key in self._texts or (
            self._parent is not None and key in self._parent
        )

    def keys(self) -> set[str]:
        own = set(self._texts)
        return own | self._parent.keys() if self._parent is not None else own

    def missing(self, lang: str) -> list[str]:
        """Keys with no text of their own in ``lang`` (for completeness tests)."""
        return sorted(k for k, v in self._texts.items() if not v.get(lang))


COMMON = Labels(
    {
        "confidential": {
            "fi": "Salassa pidettävä",
            "sv": "Sekretessbelagd",
            "en": "Confidential",
        },
        # Pattern for the footer; {page} and {total} are numbers.
        "page_of": {
            "fi": "{page} / {total}",
            "sv": "{page} / {total}",
            "en": "{page} / {total}",
        },
        "printed": {
            "fi": "Tulostettu {date}",
            "sv": "Utskriven {date}",
            "en": "Printed {date}",
        },
        "keep_locked": {
            "fi": "Säilytä lukitussa paikassa",
            "sv": "Förvaras inlåst",
            "en": "Keep locked away",
        },
        "signature": {
            "fi": "Allekirjoitus",
            "sv": "Underskrift",
            "en": "Signature",
        },
        "name_clarification": {
            "fi": "Nimen selvennys",
            "sv": "Namnförtydligande",
            "en": "Name in block letters",
        },
        "place_and_date": {
            "fi": "Paikka ja päivämäärä",
            "sv": "Ort och datum",
            "en": "Place and date",
        },
        "date": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
        # --- recovery-key sheet -------------------------------------------
        "recovery.title": {
            "fi": "Palautusavain",
            "sv": "Återställningsnyckel",
            "en": "Recovery key",
        },
        "recovery.subtitle": {
            "fi": "Tiimin tietokannan varakulkuavain",
            "sv": "Reservnyckel till teamets databas",
            "en": "The spare key to the team's database",
        },
        "recovery.what_heading": {
            "fi": "Mikä tämä on?",
            "sv": "Vad är det här?",
            "en": "What is this?",
        },
        "recovery.what": {
            "fi": (
                "Tällä avaimella tiimin tietokanta voidaan avata, jos kaikki "
                "käyttäjien salasanat ovat unohtuneet tai kadonneet. Avain on "
                "yhtä arvokas kuin kaikki tiimin asiakastiedot yhteensä: "
                "jokainen, jolla on tämä paperi ja tiimin tietokonetiedosto, "
                "pääsee lukemaan asiakkaiden tiedot."
            ),
            "sv": (
                "Med den här nyckeln kan teamets databas öppnas om alla "
                "användares lösenord har glömts bort eller gått förlorade. "
                "Nyckeln är lika värdefull som alla teamets klientuppgifter "
                "tillsammans: den som har det här papperet och teamets "
                "databasfil kan läsa klienternas uppgifter."
            ),
            "en": (
                "This key opens the team's database if every user's password "
                "has been forgotten or lost. It is worth as much as all the "
                "team's client records together: anyone who has this sheet "
                "and the team's database file can read the clients' records."
            ),
        },
        "recovery.store_heading": {
            "fi": "Miten säilytän sen?",
            "sv": "Hur förvarar jag den?",
            "en": "How do I keep it?",
        },
        "recovery.store": {
            "fi": (
                "Säilytä paperi lukitussa paikassa, esimerkiksi kassakaapissa "
                "tai lukitussa arkistokaapissa, erillään työasemasta. Älä "
                "valokuvaa, skannaa tai lähetä avainta sähköpostilla äläkä "
                "tallenna sitä tietokoneelle. Kerro esihenkilöllesi, missä "
                "paperi on."
            ),
            "sv": (
                "Förvara papperet inlåst, till exempel i ett kassaskåp eller "
                "ett låst arkivskåp, skilt från arbetsstationen. Fotografera "
                "eller skanna inte nyckeln, skicka den inte per e-post och "
                "spara den inte på datorn. Berätta för din chef var papperet "
                "finns."
            ),
            "en": (
                "Keep this sheet locked away, for example in a safe or a "
                "locked filing cabinet, apart from the workstation. Do not "
                "photograph, scan or e-mail the key, and do not save it on a "
                "computer. Tell your manager where the sheet is kept."
            ),
        },
        "recovery.use_heading": {
            "fi": "Kun avainta tarvitaan",
            "sv": "När nyckeln behövs",
            "en": "When the key is needed",
        },
        "recovery.use": {
            "fi": (
                "Avaa ohjelma ja valitse kirjautumisessa palautusavaimen "
                "käyttö. Kirjoita avain tästä paperista. Aseta heti sen "
                "jälkeen uudet salasanat ja tulosta tarvittaessa uusi "
                "palautusavain."
            ),
            "sv": (
                "Öppna programmet och välj att logga in med "
                "återställningsnyckeln. Skriv in nyckeln från det här "
                "papperet. Välj genast därefter nya lösenord och skriv vid "
                "behov ut en ny återställningsnyckel."
            ),
            "en": (
                "Open the program and choose to sign in with the recovery "
                "key. Type the key from this sheet. Straight afterwards set "
                "new passwords and, if needed, print a new recovery key."
            ),
        },
        "recovery.key_caption": {
            "fi": "Palautusavain",
            "sv": "Återställningsnyckel",
            "en": "Recovery key",
        },
        "recovery.team": {"fi": "Tiimi", "sv": "Team", "en": "Team"},
        "recovery.created": {
            "fi": "Luotu",
            "sv": "Skapad",
            "en": "Created",
        },
        "recovery.stored_where": {
            "fi": "Säilytyspaikka",
            "sv": "Förvaringsplats",
            "en": "Where it is kept",
        },
        "recovery.stored_by": {
            "fi": "Tallettaja (nimi ja päivämäärä)",
            "sv": "Förvarad av (namn och datum)",
            "en": "Put away by (name and date)",
        },
        "recovery.replaced": {
            "fi": (
                "Kun tiimille luodaan uusi palautusavain, hävitä tämä paperi "
                "silppuamalla."
            ),
            "sv": (
                "När teamet får en ny återställningsnyckel ska det här "
                "papperet förstöras i en dokumentförstörare."
            ),
            "en": (
                "When the team is given a new recovery key, destroy this "
                "sheet in a shredder."
            ),
        },
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
