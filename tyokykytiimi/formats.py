"""Dates, times and numbers written the way the chosen language writes them.

Finnish and Finland-Swedish write 1.12.2026, 14.30 and 3,5; English (en_GB)
writes 01/12/2026, 14:30 and 3.5. Babel holds those rules (CLDR), so every
layer — store messages, PDFs, CSV notes and screens — asks it rather than keep
its own patterns, and none of them needs Qt for it.
"""
from __future__ import annotations

import datetime as dt
import decimal
from zoneinfo import ZoneInfo

from babel import dates as _dates
from babel import numbers as _numbers

from .language import LOCALES, locale_name, set_language  # noqa: F401  (re-exported)
from .language import current as language  # noqa: F401  (re-exported)


def format_date(day: dt.date | None, lang: str | None = None, empty: str = "") -> str:
    if day is None:
        return empty
    if isinstance(day, dt.datetime):
        day = local_time(day).date()
    return _dates.format_date(day, "short", locale=locale_name(lang))


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
    moment = moment.replace(tzinfo=None, microsecond=0)
    return _dates.format_time(moment, "medium" if seconds else "short",
                              locale=locale_name(lang))


def format_datetime(moment: dt.datetime | None, lang: str | None = None, *,
                    seconds: bool = False) -> str:
    if moment is None:
        return ""
    return f"{format_date(moment, lang)} {format_time(moment, lang, seconds=seconds)}"


def format_number(value: float | int | None, decimals: int = 0, lang: str | None = None,
                  empty: str = "") -> str:
    if value is None:
        return empty
    # No group separator: figures in tables and charts read as plain numbers.
    if decimals == 0 and float(value).is_integer():
        return _numbers.format_decimal(int(value), format="0", locale=locale_name(lang))
    pattern = "0." + "0" * decimals if decimals else "0"
    # Half up, as a reader (and a spreadsheet) rounds: 2.345 -> 2,35, on every paper.
    exact = decimal.Decimal(str(value)).quantize(decimal.Decimal(1).scaleb(-decimals),
                                                 rounding=decimal.ROUND_HALF_UP)
    return _numbers.format_decimal(exact, format=pattern, locale=locale_name(lang))
