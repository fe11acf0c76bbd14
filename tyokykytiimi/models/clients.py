"""The client and their place on the service path."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlmodel import Field

from .base import Record, utc_field

PATH_STEPS = (1, 2, 3, 4, 5, 6)  # seed 001's six steps, referral … reaching the goal

REFERRERS = ("employment_services", "social_services", "health_centre", "third_sector",
             "kela", "own_initiative", "other")

OUTCOMES = ("employed", "studies", "vocational_rehabilitation", "other_service", "pension",
            "moved_away", "stopped", "other")


class Client(Record, table=True):
    __tablename__ = "clients"

    first_name: str = Field(max_length=100)
    last_name: str = Field(index=True, max_length=100)
    hetu: Optional[str] = Field(default=None, index=True, unique=True, max_length=11)
    temporary_id: Optional[str] = Field(default=None, max_length=40)
    birth_date: Optional[date] = None
    sex: Optional[str] = Field(default=None, max_length=10)
    phone: Optional[str] = Field(default=None, max_length=40)
    email: Optional[str] = Field(default=None, max_length=200)
    address: Optional[str] = Field(default=None, max_length=300)
    municipality: Optional[str] = Field(default=None, max_length=100)
    language: str = Field(default="fi", max_length=10)
    interpreter_needed: bool = False
    referrer: Optional[str] = Field(default=None, max_length=40)
    referrer_detail: Optional[str] = Field(default=None, max_length=200)
    referral_date: Optional[date] = None
    family_notes: Optional[str] = None
    peer_support: Optional[str] = Field(default=None, max_length=200)
    case_manager_user_id: Optional[str] = Field(default=None, max_length=36)
    # A professional from the service map, when the case manager is outside the team.
    case_manager_contact_id: Optional[str] = Field(default=None, max_length=36)
    case_manager_text: Optional[str] = Field(default=None, max_length=200)
    path_step: int = 1
    status: str = Field(default="active", index=True, max_length=20)
    started_on: Optional[date] = None
    closed_on: Optional[date] = None
    outcome: Optional[str] = Field(default=None, max_length=40)
    closing_assessment: Optional[str] = None
    multisectoral: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def identifier(self) -> str:
        return self.hetu or self.temporary_id or ""


STATUSES = ("active", "closed")
DECISIONS = ("accept", "guide_elsewhere", "more_info")
CASE_MANAGER_DECISIONS = ("coordinator", "consult", "more_info")
TYP_DECISIONS = ("assess_typ", "not_typ", "more_info")
PATH_EVENT_KINDS = ("start", "step", "close", "reopen")
RETENTION_YEARS = 10  # working-age services: 10 years after closing (DOMAIN.md)
WORKING_AGE = (18, 65)

# Finnish alphabetical order puts å, ä, ö after z (and ü with y, w with v in the
# old rule, which modern dictionaries no longer follow).
_SORT_MAP = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y",
                           "é": "e", "è": "e", "á": "a", "à": "a"})


def name_sort_key(text: str) -> str:
    """A sort key giving Finnish alphabetical order (… x y z å ä ö)."""
    return (text or "").casefold().translate(_SORT_MAP)


def retention_ends(closed_on: date | None) -> date | None:
    """The day a closed client's record may be considered for destruction."""
    if closed_on is None:
        return None
    try:
        return closed_on.replace(year=closed_on.year + RETENTION_YEARS)
    except ValueError:  # 29 February
        return closed_on.replace(year=closed_on.year + RETENTION_YEARS, day=28)


def outside_working_age(age: int | None) -> bool:
    return age is not None and not (WORKING_AGE[0] <= age <= WORKING_AGE[1])


class Screening(Record, table=True):
    """One screening against one versioned definition; never overwritten.

    ``answers`` and ``notes`` are JSON objects item id -> "yes"/"no"/"unknown"
    and item id -> note. The suggestion is what the program computed at the
    time; the decision is what a person recorded, with who and when.
    """

    __tablename__ = "screenings"

    client_id: str = Field(foreign_key="clients.id", index=True, max_length=36)
    definition_id: str = Field(max_length=40)
    definition_version: int
    screened_on: date
    answers: str = "{}"
    notes: str = "{}"
    subsidy_days: Optional[int] = None
    months_unemployed: Optional[int] = None
    suggestion: Optional[str] = Field(default=None, max_length=40)
    decision: Optional[str] = Field(default=None, max_length=40)
    guided_to: Optional[str] = Field(default=None, max_length=200)
    decision_reason: Optional[str] = None
    decided_by: Optional[str] = Field(default=None, max_length=36)
    decided_at: Optional[datetime] = utc_field(default=None)


class PathEvent(Record, table=True):
    """A dated move on the service path: start, step change, closing, reopening."""

    __tablename__ = "path_events"

    client_id: str = Field(foreign_key="clients.id", index=True, max_length=36)
    on: date
    kind: str = Field(max_length=20)
    from_step: Optional[int] = None
    to_step: Optional[int] = None
    outcome: Optional[str] = Field(default=None, max_length=40)
    note: Optional[str] = None
    # The event this one reverses (an undone move or closing); kept, never deleted.
    reverses_id: Optional[str] = Field(default=None, max_length=36)
