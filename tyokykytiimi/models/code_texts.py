"""Stored codes in words, in Finnish, Swedish and English, for code without Qt.

The screens translate these codes through tr(); reports built in the store
and reports layers (the team report, the client's data export) read them
from here so that both print the same words.
"""
from __future__ import annotations


def _t(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


OTHER = _t("Muu", "Annat", "Other")

REFERRERS = {
    "employment_services": _t("Työllisyyspalvelut", "Sysselsättningstjänster",
                              "Employment services"),
    "social_services": _t("Sosiaalipalvelut", "Socialtjänster", "Social services"),
    "health_centre": _t("Terveysasema", "Hälsostation", "Health centre"),
    "third_sector": _t("Järjestö (kolmas sektori)", "Organisation (tredje sektorn)",
                       "Third-sector organisation"),
    "kela": _t("Kela", "FPA", "Kela"),
    "own_initiative": _t("Oma yhteydenotto", "Eget initiativ", "Own initiative"),
    "other": OTHER,
}

PATH_STEPS = {
    1: _t("1 Ohjautuminen", "1 Hänvisning", "1 Referral"),
    2: _t("2 Tarpeen selvittäminen ja tavoitteet", "2 Utredning av behov och mål",
          "2 Needs assessment and goals"),
    3: _t("3 Suunnittelu ja koordinointi", "3 Planering och samordning",
          "3 Planning and coordination"),
    4: _t("4 Työkykyä tukevat keinot", "4 Metoder som stöder arbetsförmågan",
          "4 Means and methods"),
    5: _t("5 Palveluihin ohjaus ja seuranta", "5 Hänvisning till tjänster och uppföljning",
          "5 Onward referral and follow-up"),
    6: _t("6 Tavoitteen saavuttaminen", "6 Målet uppnås", "6 Reaching the goal"),
}

OUTCOMES = {
    "employed": _t("Työllistyi", "Fick arbete", "Employed"),
    "studies": _t("Opiskelu", "Studier", "Studies"),
    "vocational_rehabilitation": _t("Ammatillinen kuntoutus", "Yrkesinriktad rehabilitering",
                                    "Vocational rehabilitation"),
    "other_service": _t("Muu palvelu", "Annan tjänst", "Other service"),
    "pension": _t("Eläke", "Pension", "Pension"),
    "moved_away": _t("Muutti pois", "Flyttade bort", "Moved away"),
    "stopped": _t("Keskeytyi", "Avbröts", "Stopped"),
    "other": OTHER,
}
