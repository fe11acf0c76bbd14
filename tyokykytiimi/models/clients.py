"""The client and their place on the service path."""
from __future__ import annotations

from datetime import date
from typing import Optional

from sqlmodel import Field

from .base import Record

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
