"""Network meetings: convening, invitees and their statuses, minutes, team counts.

Adding an outside party (a service-map organisation or contact, or a named
party not on the map) to a client's meeting is a consent rule:
:func:`tyokykytiimi.store.consents.require_consent` must pass for the
meeting's purpose ("network", or "consultation" for a consultation without
the client) or an override recorded that day; otherwise ``ConsentMissing``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from sqlmodel import Session, select

from ..models.clients import Client
from ..models.meetings import (INVITEE_KINDS, KINDS, MEETING_STATES, STATUSES, Invitee, Meeting,
                               consent_purpose)
from ..models.servicemap import Contact, Organisation, codes_text
from .consents import require_consent
from .errors import CLIENT_NOT_FOUND, CONTACT_NOT_FOUND, ORGANISATION_NOT_FOUND, InvalidInput
from .session import Store
from ..i18n import Message
from .permissions import operation
from .. import clock

_INVITEE_FIELDS = ("kind", "organisation_id", "contact_id", "user_id", "name",
                   "organisation_name", "sector", "title", "role", "phone", "email", "status",
                   "pre_assessment_requested", "pre_assessment_received", "override_id")


def _client(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise InvalidInput(CLIENT_NOT_FOUND)
    return client


def _meeting(session: Session, meeting_id: str) -> Meeting:
    m = session.get(Meeting, meeting_id)
    if m is None or m.deleted_at is not None:
        raise InvalidInput(Message("The meeting was not found."))
    return m


def _invitees(session: Session, meeting_id: str) -> list[Invitee]:
    return list(session.exec(select(Invitee).where(Invitee.meeting_id == meeting_id,
                                                   Invitee.deleted_at.is_(None))
                             .order_by(Invitee.created_at)))


@operation("meetings")
def invitee_from_contact(store: Store, contact_id: str, role: str | None = None) -> dict:
    """Invitee fields filled from a service-map contact person."""
    with store.session() as s:
        c = s.get(Contact, contact_id)
        if c is None:
            raise InvalidInput(CONTACT_NOT_FOUND)
        org = s.get(Organisation, c.organisation_id)
        return dict(kind="contact", contact_id=c.id, organisation_id=org.id, name=c.name,
                    organisation_name=org.name, sector=org.sector, title=c.title,
                    phone=c.phone, email=c.email, role=role)


@operation("meetings")
def invitee_from_organisation(store: Store, org_id: str, role: str | None = None) -> dict:
    with store.session() as s:
        org = s.get(Organisation, org_id)
        if org is None:
            raise InvalidInput(ORGANISATION_NOT_FOUND)
        return dict(kind="organisation", organisation_id=org.id, organisation_name=org.name,
                    sector=org.sector, phone=org.phone, role=role)


def _check_fields(meeting: dict) -> None:
    if meeting.get("kind") not in KINDS:
        raise InvalidInput(Message("Choose the kind of meeting."), "kind")
    starts = meeting.get("starts_at")
    if not isinstance(starts, datetime) or starts.tzinfo is None:
        raise InvalidInput(Message("Enter the date and time of the meeting."), "starts_at")
    if not (meeting.get("place") or "").strip() and not (meeting.get("link") or "").strip():
        raise InvalidInput(Message("Enter the place or the remote link."), "place")
    if not 5 <= int(meeting.get("duration_minutes") or 0) <= 480:
        raise InvalidInput(Message("A meeting lasts 5–480 minutes."), "duration_minutes")
    nxt = meeting.get("next_meeting_at")
    if nxt is not None and (nxt.tzinfo is None or nxt <= starts):
        raise InvalidInput(Message("The next meeting must be after this meeting."),
                           "next_meeting_at")


def _check_invitee(data: dict) -> None:
    if data.get("kind") not in INVITEE_KINDS:
        raise InvalidInput(Message("Unknown kind of invitee."), "invitees")
    if data.get("status", "to_invite") not in STATUSES:
        raise InvalidInput(Message("Unknown invitation status."), "invitees")
    if data["kind"] in ("contact", "organisation") and not data.get("organisation_id"):
        raise InvalidInput(Message("Choose the invitee from the service map."), "invitees")
    if data["kind"] in ("other", "peer") and not (data.get("name") or "").strip():
        raise InvalidInput(Message("Enter the invitee's name."), "invitees")


def _consent_gate(session: Session, client_id: str, meeting_kind: str,
                  new: list[dict], day: date) -> None:
    parties = []
    for data in new:
        inv = Invitee(meeting_id="", **{k: data.get(k) for k in _INVITEE_FIELDS
                                        if data.get(k) is not None})
        party = inv.party()
        if party and party not in parties:
            parties.append(party)
    if parties:
        require_consent(session, client_id, parties, consent_purpose(meeting_kind), day)


@operation("meetings")
def save_meeting(store: Store, client_id: str, *, meeting_id: str | None = None, kind: str,
                 starts_at: datetime, duration_minutes: int = 90, place: str | None = None,
                 link: str | None = None, agenda: str | None = None, domains=(),
                 invitees: list[dict] = (), minutes: str | None = None,
                 next_meeting_at: datetime | None = None, state: str | None = None,
                 today: date | None = None) -> Meeting:
    """Create or update a meeting with its whole invitee list in one transaction.

    ``invitees`` are dicts of Invitee fields; one with an ``id`` updates that
    invitee, one without adds a new invitee (consent-checked), and an existing
    invitee missing from the list is removed (soft delete).
    """
    fields = dict(kind=kind, starts_at=starts_at, duration_minutes=duration_minutes,
                  place=(place or "").strip() or None, link=(link or "").strip() or None,
                  agenda=agenda, domains=codes_text(domains), minutes=minutes,
                  next_meeting_at=next_meeting_at)
    _check_fields(fields)
    if state is not None and state not in MEETING_STATES:
        raise InvalidInput(Message("Unknown meeting state."), "state")
    for data in invitees:
        _check_invitee(data)
    day = today or clock.today()
    with store.session() as s:
        _client(s, client_id)
        if meeting_id:
            meeting = _meeting(s, meeting_id)
            existing = {i.id: i for i in _invitees(s, meeting.id)}
            if meeting.kind != kind and consent_purpose(meeting.kind) != consent_purpose(kind):
                # A change of purpose needs consent for everyone already invited, too.
                _consent_gate(s, client_id, kind, [
                    {k: getattr(i, k) for k in _INVITEE_FIELDS} for i in existing.values()], day)
        else:
            meeting = Meeting(client_id=client_id, kind=kind, starts_at=starts_at)
            existing = {}
        _consent_gate(s, client_id, kind, [d for d in invitees if not d.get("id")], day)
        if meeting_id and (meeting.starts_at != starts_at or meeting.place != fields["place"]
                           or meeting.link != fields["link"]
                           or meeting.duration_minutes != duration_minutes):
            meeting.ics_sequence += 1
        for k, v in fields.items():
            setattr(meeting, k, v)
        if state is not None:
            meeting.state = state
        s.add(meeting)
        s.flush()
        kept = set()
        for data in invitees:
            values = {k: data.get(k) for k in _INVITEE_FIELDS if k in data}
            values.setdefault("status", "to_invite")
            if data.get("id") and data["id"] in existing:
                inv = existing[data["id"]]
                for k, v in values.items():
                    setattr(inv, k, v)
                kept.add(inv.id)
            else:
                inv = Invitee(meeting_id=meeting.id, **values)
            s.add(inv)
        for inv_id, inv in existing.items():
            if inv_id not in kept:
                inv.deleted_at = clock.utcnow()
                s.add(inv)
        store.audit(s, "change" if meeting_id else "create", client_id=client_id,
                    target=f"meeting:{meeting.id}", kind=kind,
                    invitees=len(invitees))
        return meeting


@operation("meetings")
def add_invitee(store: Store, meeting_id: str, *, today: date | None = None,
                **data) -> Invitee:
    """Add one invitee to a meeting (consent-checked for outside parties)."""
    _check_invitee(data)
    with store.session() as s:
        meeting = _meeting(s, meeting_id)
        _consent_gate(s, meeting.client_id, meeting.kind, [data], today or clock.today())
        inv = Invitee(meeting_id=meeting.id, **{k: data.get(k) for k in _INVITEE_FIELDS
                                                if data.get(k) is not None})
        s.add(inv)
        s.flush()
        store.audit(s, "change", client_id=meeting.client_id, target=f"meeting:{meeting.id}",
                    added_invitee=inv.kind)
        return inv


@operation("meetings")
def set_invitee_status(store: Store, invitee_id: str, status: str, *,
                       pre_assessment_requested: bool | None = None,
                       pre_assessment_received: bool | None = None) -> Invitee:
    if status not in STATUSES:
        raise InvalidInput(Message("Unknown invitation status."), "status")
    with store.session() as s:
        inv = s.get(Invitee, invitee_id)
        if inv is None or inv.deleted_at is not None:
            raise InvalidInput(Message("The invitee was not found."))
        inv.status = status
        if pre_assessment_requested is not None:
            inv.pre_assessment_requested = pre_assessment_requested
        if pre_assessment_received is not None:
            inv.pre_assessment_received = pre_assessment_received
        s.add(inv)
        meeting = s.get(Meeting, inv.meeting_id)
        store.audit(s, "change", client_id=meeting.client_id, target=f"meeting:{meeting.id}",
                    invitee_status=status)
        return inv


@operation("meetings")
def record_minutes(store: Store, meeting_id: str, *, minutes: str, attended: list[str],
                   next_meeting_at: datetime | None = None) -> Meeting:
    """After the meeting: who attended (invitee ids), short minutes, the next meeting."""
    with store.session() as s:
        meeting = _meeting(s, meeting_id)
        if next_meeting_at is not None and next_meeting_at <= meeting.starts_at:
            raise InvalidInput(Message("The next meeting must be after this meeting."),
                               "next_meeting_at")
        meeting.minutes = minutes
        meeting.next_meeting_at = next_meeting_at
        meeting.state = "held"
        s.add(meeting)
        for inv in _invitees(s, meeting.id):
            if inv.id in attended:
                inv.status = "attended"
            elif inv.status == "attended":
                inv.status = "accepted"
            s.add(inv)
        store.audit(s, "change", client_id=meeting.client_id, target=f"meeting:{meeting.id}",
                    fields=["minutes", "attended"], attended=len(attended))
        return meeting


@operation("meetings")
def cancel_meeting(store: Store, meeting_id: str) -> Meeting:
    with store.session() as s:
        meeting = _meeting(s, meeting_id)
        meeting.state = "cancelled"
        meeting.ics_sequence += 1
        s.add(meeting)
        store.audit(s, "change", client_id=meeting.client_id, target=f"meeting:{meeting.id}",
                    fields=["state"])
        return meeting


@operation("meetings")
def list_meetings(store: Store, client_id: str) -> list[Meeting]:
    with store.session() as s:
        _client(s, client_id)
        store.audit(s, "view", client_id=client_id, target="meetings")
        return list(s.exec(select(Meeting).where(Meeting.client_id == client_id,
                                                 Meeting.deleted_at.is_(None))
                           .order_by(Meeting.starts_at.desc())))


@operation("meetings")
def get_meeting(store: Store, meeting_id: str, *, audit_view: bool = True
                ) -> tuple[Meeting, list[Invitee]]:
    """One meeting and its invitees; ``audit_view=False`` for the invitees shown in the
    meeting list, which list_meetings has audited."""
    with store.session() as s:
        meeting = _meeting(s, meeting_id)
        if audit_view:
            store.audit(s, "view", client_id=meeting.client_id, target=f"meeting:{meeting.id}")
        return meeting, _invitees(s, meeting.id)


# --- the team report ------------------------------------------------------------------

@dataclass
class NetworkCounts:
    networks_convened: int = 0  # clients whose first held network meeting falls in the period
    meetings_held: int = 0
    by_kind: Counter = field(default_factory=Counter)
    professions: Counter = field(default_factory=Counter)  # titles of attending professionals
    sectors: Counter = field(default_factory=Counter)  # sectors of attending organisations


def _utc(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone(timezone.utc)


@operation("team_report",
           quiet="counts that name no client")
def network_counts(store: Store, start: date, end: date) -> NetworkCounts:
    """Counts for ``start`` ≤ meeting day ≤ ``end`` (the operating model's measures)."""
    lo, hi = _utc(start), _utc(date.fromordinal(end.toordinal() + 1))
    out = NetworkCounts()
    with store.session() as s:
        held = s.exec(select(Meeting).where(Meeting.state == "held",
                                            Meeting.deleted_at.is_(None))).all()
        first_held: dict[str, datetime] = {}
        for m in held:
            if m.client_id not in first_held or m.starts_at < first_held[m.client_id]:
                first_held[m.client_id] = m.starts_at
        in_period = [m for m in held if lo <= m.starts_at < hi]
        out.meetings_held = len(in_period)
        out.by_kind = Counter(m.kind for m in in_period)
        out.networks_convened = sum(1 for t in first_held.values() if lo <= t < hi)
        ids = [m.id for m in in_period]
        if ids:
            for inv in s.exec(select(Invitee).where(Invitee.meeting_id.in_(ids),
                                                    Invitee.status == "attended",
                                                    Invitee.deleted_at.is_(None))):
                if inv.title and inv.kind not in ("client", "peer"):
                    out.professions[inv.title] += 1
                if inv.sector:
                    out.sectors[inv.sector] += 1
    return out
