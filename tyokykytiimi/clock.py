"""The program's one clock: every "today" and "now" comes from here.

One place means one meaning (today is the local calendar date of this
workstation) and one place for the tests to move time. Qt's own
``QDate.currentDate()`` reads the C clock, which a test cannot move: screens
ask here too and convert.
"""
from __future__ import annotations

from datetime import date, datetime, timezone


def today() -> date:
    return date.today()


def now() -> datetime:
    """The local time, with its UTC offset."""
    return datetime.now().astimezone()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
