"""The service map: organisations, their service cards and contact people.

Each entry carries ``ref``, a stable key chosen by whoever keeps the map
(e.g. ``kela-oulu``): imports match on it, so re-importing the same file
changes nothing. ``last_checked`` says when someone last confirmed the entry;
an entry unchecked for over 12 months is stale.
"""
from __future__ import annotations

import json
import re
from datetime import date
from typing import Optional

from sqlmodel import Field

from .base import Record

SECTORS = ("social_services", "health_services", "employment_services", "kela",
           "municipality", "education", "third_sector", "other")
# The client's domains (seed 002): social situation, health, work and functional
# capacity, vocational skills and job search.
DOMAINS = ("social", "health", "work_capacity", "skills_jobsearch")
# Path phases (seed 002): developing work and functional capacity; developing
# skills; moving into work; the goal, open labour market.
PHASES = ("capacity", "skills", "into_work", "open_market")

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")
_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,79}$")


def valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text or ""))


def valid_ref(text: str) -> bool:
    return bool(_REF.match(text or ""))


def months_ago(day: date, months: int) -> date:
    m = day.month - months
    y = day.year + (m - 1) // 12
    m = (m - 1) % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31,
            30, 31, 31, 30, 31, 30, 31][m - 1]
    return date(y, m, min(day.day, last))


def is_stale(last_checked: Optional[date], today: date, months: int = 12) -> bool:
    """Never checked, or checked longer than ``months`` ago."""
    return last_checked is None or last_checked < months_ago(today, months)


def codes(text: Optional[str]) -> list[str]:
    return json.loads(text) if text else []


def codes_text(items) -> str:
    return json.dumps(list(items), ensure_ascii=False)


class Organisation(Record, table=True):
    __tablename__ = "organisations"

    ref: str = Field(index=True, unique=True, max_length=80)
    name: str = Field(max_length=200)
    sector: str = Field(max_length=30)  # SECTORS
    area: Optional[str] = Field(default=None, max_length=100)
    phone: Optional[str] = Field(default=None, max_length=40)
    address: Optional[str] = Field(default=None, max_length=300)
    last_checked: Optional[date] = None


class ServiceCard(Record, table=True):
    __tablename__ = "service_cards"

    ref: str = Field(index=True, unique=True, max_length=80)
    organisation_id: str = Field(foreign_key="organisations.id", index=True, max_length=36)
    name: str = Field(max_length=200)
    offers: Optional[str] = None
    for_whom: Optional[str] = None
    domains: str = Field(default="[]")  # JSON list of DOMAINS
    phases: str = Field(default="[]")  # JSON list of PHASES
    how_to_refer: Optional[str] = None
    area: Optional[str] = Field(default=None, max_length=100)
    last_checked: Optional[date] = None

    @property
    def domain_list(self) -> list[str]:
        return codes(self.domains)

    @property
    def phase_list(self) -> list[str]:
        return codes(self.phases)


class Contact(Record, table=True):
    __tablename__ = "contacts"

    ref: str = Field(index=True, unique=True, max_length=80)
    organisation_id: str = Field(foreign_key="organisations.id", index=True, max_length=36)
    name: str = Field(max_length=200)
    title: Optional[str] = Field(default=None, max_length=120)  # profession or title
    phone: Optional[str] = Field(default=None, max_length=40)
    email: Optional[str] = Field(default=None, max_length=200)  # secure e-mail
    last_checked: Optional[date] = None
