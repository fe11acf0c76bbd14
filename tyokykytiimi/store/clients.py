"""Client operations. Every view and change is written to the audit trail.

Audit entries name the client by id only: never a name or free text.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import select

from ..models.audit import ChangeLog
from ..models.clients import (OUTCOMES, REFERRERS, Client, PathEvent, name_sort_key,
                              retention_ends)
from ..models.hetu import InvalidHetu, age_on, parse_hetu
from ..models.users import User
from .errors import CLIENT_NOT_FOUND, InvalidInput
from .session import Store
from ..i18n import N_, Message
from .permissions import operation
from .. import clock

# Fields a person may set through create_client/update_client.
EDITABLE = ("first_name", "last_name", "hetu", "temporary_id", "birth_date", "sex", "phone",
            "email", "address", "municipality", "language", "interpreter_needed", "referrer",
            "referrer_detail", "referral_date", "family_notes", "peer_support",
            "case_manager_user_id", "case_manager_contact_id", "case_manager_text",
            "started_on", "multisectoral")
SEXES = ("female", "male", "other")
LANGUAGES = ("fi", "sv", "en", "other")


def _clean(fields: dict) -> dict:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise TypeError(f"not editable here: {sorted(unknown)}")
    out = {}
    for key, value in fields.items():
        if isinstance(value, str):
            value = value.strip()
            if value == "" and key not in ("first_name", "last_name"):
                value = None
        out[key] = value
    return out


def _validate(fields: dict, *, partial: bool) -> dict:
    """Checks and derived values; raises InvalidInput naming the field."""
    for name, message in (("first_name", N_("Enter the client's first name.")),
                          ("last_name", N_("Enter the client's last name."))):
        if (not partial or name in fields) and not (fields.get(name) or "").strip():
            raise InvalidInput(message, name)
    if fields.get("hetu"):
        try:
            parsed = parse_hetu(fields["hetu"])
        except InvalidHetu as exc:
            raise InvalidInput(exc.message, "hetu") from None
        fields["hetu"] = parsed.code
        fields["birth_date"] = parsed.birth_date
        if not fields.get("sex"):
            fields["sex"] = parsed.sex
    if fields.get("sex") is not None and fields["sex"] not in SEXES:
        raise InvalidInput(Message("Unknown sex."), "sex")
    if fields.get("referrer") is not None and fields["referrer"] not in REFERRERS:
        raise InvalidInput(Message("Choose the referrer from the list."), "referrer")
    if fields.get("email") and "@" not in fields["email"]:
        raise InvalidInput(Message("The e-mail address has no @ sign."), "email")
    if fields.get("birth_date") and fields["birth_date"] > clock.today():
        raise InvalidInput(Message("The date of birth cannot be in the future."), "birth_date")
    return fields


def _refuse_duplicate(s, hetu: str | None, own_id: str | None = None) -> None:
    if not hetu:
        return
    query = select(Client.id).where(Client.hetu == hetu)
    if own_id:
        query = query.where(Client.id != own_id)
    if s.exec(query).first():
        raise InvalidInput(Message("There is already a client with this personal identity code."),
                           "hetu")


@operation("client_work")
def create_client(store: Store, **fields) -> Client:
    """Add a client at step 1 of the path; the start is recorded as a path event.

    Without a henkilötunnus the client gets a temporary identifier (given or
    generated) so the record can still be told apart.
    """
    fields = _validate(_clean(fields), partial=False)
    with store.session() as s:
        _refuse_duplicate(s, fields.get("hetu"))
        if not fields.get("hetu") and not fields.get("temporary_id"):
            fields["temporary_id"] = "TILAP-" + _next_temporary_number(s)
        fields.setdefault("started_on", None)
        fields["started_on"] = fields["started_on"] or clock.today()
        client = Client(**fields)
        s.add(client)
        s.flush()
        s.add(PathEvent(client_id=client.id, on=client.started_on, kind="start", to_step=1))
        store.audit(s, "create", client_id=client.id, target="client")
        return client


def _next_temporary_number(s) -> str:
    count = s.exec(select(sa.func.count()).select_from(Client)
                   .where(Client.temporary_id.like("TILAP-%"))).one()
    return f"{count + 1:05d}"


@operation("client_work")
def update_client(store: Store, client_id: str, **changes) -> Client:
    changes = _validate(_clean(changes), partial=True)
    with store.session() as s:
        client = _live(s, client_id)
        _refuse_duplicate(s, changes.get("hetu"), client_id)
        if "hetu" in changes and not changes["hetu"] and not (
                changes.get("temporary_id") or client.temporary_id):
            changes["temporary_id"] = "TILAP-" + _next_temporary_number(s)
        changed = sorted(k for k, v in changes.items() if getattr(client, k) != v)
        for key in changed:
            setattr(client, key, changes[key])
        if changed:
            # Field names only: the values may name the client.
            store.audit(s, "change", client_id=client.id, target="client", fields=changed)
        return client


def _live(s, client_id: str) -> Client:
    client = s.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise InvalidInput(CLIENT_NOT_FOUND)
    return client


@operation("client_work")
def get_client(store: Store, client_id: str, *, audit_view: bool = True) -> Client:
    with store.session() as s:
        client = s.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise InvalidInput(CLIENT_NOT_FOUND)
        if audit_view:
            store.audit(s, "view", client_id=client.id, target="client")
        return client


def age_of(client: Client, today: date | None = None) -> int | None:
    if client.birth_date is None:
        return None
    return age_on(client.birth_date, today or clock.today())


# --- the list ------------------------------------------------------------------------

@dataclass(slots=True)  # 10,000 of them: no dict per row
class ClientRow:
    """One line of the client list: plain values, fetched in one query."""

    id: str
    first_name: str
    last_name: str
    identifier: str
    phone: str
    birth_date: date | None
    path_step: int
    status: str
    case_manager_user_id: str | None
    case_manager: str
    started_on: date | None
    closed_on: date | None
    multisectoral: bool
    next_due_kind: str | None = None
    next_due_date: date | None = None
    next_due_state: str | None = None  # "upcoming" | "due" | "in_window" | "overdue"
    prom_due: bool = False  # a baseline or follow-up PROM is open now (due, in window, overdue)
    flagged: bool = False  # an unacknowledged safety flag
    search_text: str = ""
    sort_name: str = ""

    @property
    def name(self) -> str:
        return f"{self.last_name} {self.first_name}"

    @property
    def due_or_overdue(self) -> bool:
        return self.next_due_state in ("due", "in_window", "overdue")


@operation("client_work")
def client_rows(store: Store, today: date | None = None, *, audit: bool = True,
                snap=None) -> list[ClientRow]:
    """Every client for the list, sorted by name in Finnish order, with the next due item.

    One query over the columns the list shows (no ORM objects), so 10,000
    clients load in a fraction of a second. Opening the list is audited as one
    entry without a client (the list shows names, not client records); rows
    read ahead with ``audit=False`` are audited with :func:`audit_client_list`
    when shown. ``snap`` is a ``due_list.DueSnapshot`` of the same day to reuse.
    """
    from .due_list import attach_due

    today = today or clock.today()
    c = Client.__table__.c
    u = User.__table__.c
    query = (sa.select(c.id, c.first_name, c.last_name, c.hetu, c.temporary_id, c.phone,
                       c.birth_date, c.path_step, c.status, c.case_manager_user_id,
                       u.display_name, c.case_manager_text, c.started_on, c.closed_on,
                       c.multisectoral)
             .select_from(Client.__table__.outerjoin(User.__table__,
                                                     u.id == c.case_manager_user_id))
             .where(c.deleted_at.is_(None)))
    with store.session(reading=not audit) as s:
        raw = s.connection().execute(query).all()
        if audit:
            store.audit(s, "list", target="clients", count=len(raw))
    rows = []
    share = {}.setdefault  # state and case manager: one string per value, not per row
    for (cid, first, last, hetu, temp, phone, born, step, status, cm_id, cm_name, cm_text,
         started, closed, multi) in raw:
        ident = hetu or temp or ""
        cm = cm_name or cm_text or ""
        row = ClientRow(cid, first, last, ident, phone or "", born, step, share(status, status),
                        share(cm_id, cm_id), share(cm, cm), started, closed, bool(multi))
        row.search_text = " ".join((first, last, ident, phone or "",
                                    (phone or "").replace(" ", "").replace("-", ""))).casefold()
        row.sort_name = name_sort_key(f"{last} {first}")
        rows.append(row)
    attach_due(store, rows, today, snap)
    rows.sort(key=lambda r: r.sort_name)
    return rows


@operation("client_work")
def audit_client_list(store: Store, count: int) -> None:
    """The audit entry of showing the client list (rows that were read ahead)."""
    with store.session() as s:
        store.audit(s, "list", target="clients", count=count)


def filter_rows(rows: list[ClientRow], text: str = "", *, step: int | None = None,
                status: str | None = None, case_manager_user_id: str | None = None,
                due_only: bool = False, prom_due_only: bool = False,
                flagged_only: bool = False) -> list[ClientRow]:
    """The rows matching every word of ``text`` and the chosen filters (pure, fast)."""
    words = text.casefold().split()
    out = []
    for r in rows:
        if step is not None and r.path_step != step:
            continue
        if status is not None and r.status != status:
            continue
        if case_manager_user_id is not None and r.case_manager_user_id != case_manager_user_id:
            continue
        if due_only and not r.due_or_overdue:
            continue
        if prom_due_only and not r.prom_due:
            continue
        if flagged_only and not r.flagged:
            continue
        if words and not all(w in r.search_text for w in words):
            continue
        out.append(r)
    return out


@operation("client_work")
def case_manager_choices(store: Store) -> list[tuple[str, str]]:
    """(user id, display name) of active team members, in Finnish name order."""
    with store.session() as s:
        users = s.exec(select(User).where(User.deleted_at.is_(None), User.active.is_(True))).all()
    return sorted(((u.id, u.display_name) for u in users), key=lambda t: name_sort_key(t[1]))


# --- retention -------------------------------------------------------------------------

@dataclass
class RetentionRow:
    id: str
    name: str
    identifier: str
    closed_on: date
    retention_ends: date


@operation("erasure")
def clients_past_retention(store: Store, today: date | None = None) -> list[RetentionRow]:
    """Closed clients whose retention (10 years from closing) has ended, for an admin.

    Admin only; reading the list is audited.
    """
    today = today or clock.today()
    with store.session() as s:
        closed = s.exec(select(Client).where(Client.deleted_at.is_(None),
                                             Client.status == "closed",
                                             Client.closed_on.is_not(None))).all()
        out = [RetentionRow(c.id, f"{c.last_name} {c.first_name}", c.identifier, c.closed_on,
                            retention_ends(c.closed_on))
               for c in closed if retention_ends(c.closed_on) <= today]
        store.audit(s, "list", target="retention", count=len(out))
    return sorted(out, key=lambda r: r.retention_ends)


# --- history ----------------------------------------------------------------------------

@dataclass
class HistoryEntry:
    at: datetime
    who: str
    what: str  # "path" | "change" | "screening" | other table names
    table: str
    op: str
    fields: dict  # for "update": the fields that changed, name -> (old, new)
    snapshot: dict


@operation("client_work")
def client_history(store: Store, client_id: str) -> list[HistoryEntry]:
    """The change log of the client and their rows, newest first, with what changed."""
    with store.session() as s:
        _live(s, client_id)
        logs = s.exec(select(ChangeLog).where(ChangeLog.client_id == client_id)
                      .order_by(ChangeLog.at)).all()
        names = dict(s.connection().execute(
            sa.select(User.__table__.c.id, User.__table__.c.display_name)).all())
        store.audit(s, "view", client_id=client_id, target="history")
    previous: dict[str, dict] = {}
    out = []
    for log in logs:
        snap = json.loads(log.snapshot or "{}")
        before = previous.get(log.row_id, {})
        fields = {}
        if log.op == "update":
            skip = {"updated_at", "updated_by", "created_at", "created_by"}
            fields = {k: (before.get(k), v) for k, v in snap.items()
                      if k not in skip and before.get(k) != v}
        previous[log.row_id] = snap
        out.append(HistoryEntry(log.at, names.get(log.user_id, ""), log.table_name,
                                log.table_name, log.op, fields, snap))
    out.reverse()
    return out


@operation("client_work")
def path_events(store: Store, client_id: str) -> list[PathEvent]:
    with store.session() as s:
        rows = list(s.exec(select(PathEvent).where(PathEvent.client_id == client_id,
                                                   PathEvent.deleted_at.is_(None))
                           .order_by(PathEvent.on, PathEvent.created_at)).all())
        store.audit(s, "view", client_id=client_id, target="path", rows=len(rows))
        return rows


__all__ = ["ClientRow", "HistoryEntry", "OUTCOMES", "RetentionRow", "age_of",
           "case_manager_choices", "client_history", "client_rows", "clients_past_retention",
           "create_client", "filter_rows", "get_client", "path_events", "update_client"]
