"""Network meetings and the people invited to them."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlmodel import Field

from .base import Record, utc_field

KINDS = ("first", "follow_up", "closing", "consultation")
MEETING_STATES = ("planned", "held", "cancelled")
# Who an invitee is: a service-map organisation or one of its contacts, the
# client, the peer-support person, the case manager, a team member, or a named
# outside party not on the map.
INVITEE_KINDS = ("contact", "organisation", "client", "peer", "case_manager", "team", "other")
STATUSES = ("to_invite", "invited", "accepted", "declined", "attended")
# Kinds that are outside parties: inviting them needs the client's consent.
NEEDS_CONSENT = ("contact", "organisation", "other")


def consent_purpose(kind: str) -> str:
    """The consent purpose a meeting of ``kind`` needs for its outside invitees."""
    return "consultation" if kind == "consultation" else "network"


class Meeting(Record, table=True):
    __tablename__ = "meetings"

    client_id: str = Field(foreign_key="clients.id", index=True, max_length=36)
    kind: str = Field(max_length=20)  # KINDS
    state: str = Field(default="planned", max_length=20)  # MEETING_STATES
    starts_at: datetime = utc_field()
    duration_minutes: int = 90
    place: Optional[str] = Field(default=None, max_length=300)
    link: Optional[str] = Field(default=None, max_length=500)
    agenda: Optional[str] = None
    domains: str = Field(default="[]")  # JSON list of the client's domains the meeting is about
    minutes: Optional[str] = None
    next_meeting_at: Optional[datetime] = utc_field(default=None)
    ics_sequence: int = 0


class Invitee(Record, table=True):
    __tablename__ = "invitees"

    meeting_id: str = Field(foreign_key="meetings.id", index=True, max_length=36)
    kind: str = Field(max_length=20)  # INVITEE_KINDS
    organisation_id: Optional[str] = Field(default=None, max_length=36)
    contact_id: Optional[str] = Field(default=None, max_length=36)
    user_id: Optional[str] = Field(default=None, max_length=36)
    name: Optional[str] = Field(default=None, max_length=200)
    organisation_name: Optional[str] = Field(default=None, max_length=200)
    sector: Optional[str] = Field(default=None, max_length=30)
    title: Optional[str] = Field(default=None, max_length=120)  # profession
    role: Optional[str] = Field(default=None, max_length=200)  # role in this meeting
    phone: Optional[str] = Field(default=None, max_length=40)
    email: Optional[str] = Field(default=None, max_length=200)
    status: str = Field(default="to_invite", max_length=20)  # STATUSES
    pre_assessment_requested: bool = False
    pre_assessment_received: bool = False
    override_id: Optional[str] = Field(default=None, max_length=36)  # ConsentOverride used

    def party(self) -> Optional[str]:
        """The consent party this invitee stands for, or None when no consent is needed."""
        if self.kind not in NEEDS_CONSENT:
            return None
        return self.organisation_id or self.name
