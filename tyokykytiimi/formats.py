"""Dates, times and numbers written the way the chosen language writes them.

Finnish and Finland-Swedish write 1.12.2026, 14.30 and 3,5; English (en_GB)
writes 01/12/2026, 14:30 and 3.5. QLocale holds those rules (from CLDR), so
the program and its PDFs ask it rather than keep their own patterns. Only
QtCore is used: the reports layer, which has no widgets, formats with it too.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

from .language import current as language, set_language  # noqa: F401  (re-exported)

LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def locale(lang: str | None = None) -> QLocale:
    return QLocale(LOCALES.get(lang or language(), "fi_FI"))


def format_date(day: dt.date | None, lang: str | None = None, empty: str = "") -> str:
    if day is None:
        return empty
    if isinstance(day, dt.datetime):
        day = local_time(day).date()
    return locale(lang).toString(QDate(day.year, day.month, day.day), QLocale.ShortFormat)


# One rule for every meeting time: the team's time zone (a team setting,
# Europe/Helsinki by default) on the screen, in the PDFs, the .ics and the mail,
# whatever zone the workstation's clock is set to. Set at sign-in.
_zone = ZoneInfo("Europe/Helsinki")


def set_time_zone(name: str | None) -> None:
    global _zone
    try:
        _zone = ZoneInfo(name or "Europe/Helsinki")
    except Exception:  # noqa: BLE001 (an unknown zone name: keep Helsinki's)
        _zone = ZoneInfo("Europe/Helsinki")


def time_zone() -> ZoneInfo:
    return _zone


def local_time(moment: dt.datetime) -> dt.datetime:
    """A stored (UTC, aware) moment in the team's time zone."""
    return moment.astimezone(_zone) if moment.tzinfo else moment


def format_time(moment: dt.time | dt.datetime, lang: str | None = None, *,
                seconds: bool = False) -> str:
    if isinstance(moment, dt.datetime):
        moment = local_time(moment).time()
    loc = locale(lang)
    if not seconds:
        return loc.toString(QTime(moment.hour, moment.minute), QLocale.ShortFormat)
    # The short format has no seconds and the long one adds a time zone name:
    # add seconds to the short one with its own separator ("H.mm" -> "H.mm.ss").
    pattern = loc.timeFormat(QLocale.ShortFormat)
    at = pattern.index("mm") + 2
    pattern = pattern[:at] + pattern[at - 3] + "ss" + pattern[at:]
    return loc.toString(QTime(moment.hour, moment.minute, moment.second), pattern)


def format_datetime(moment: dt.datetime | None, lang: str | None = None, *,
                    seconds: bool = False) -> str:
    if moment is None:
        return ""
    return f"{format_date(moment, lang)} {format_time(moment, lang, seconds=seconds)}"


def format_number(value: float | int | None, decimals: int = 0, lang: str | None = None,
                  empty: str = "") -> str:
    if value is None:
        return empty
    loc = locale(lang)
    loc.setNumberOptions(QLocale.OmitGroupSeparator)
    if decimals == 0 and float(value).is_integer():
        return loc.toString(int(value))
    return loc.toString(float(value), "f", decimals)
