"""What is due, for many clients at once: the home page's lists and the client list's column.

The rules live in ``models/due.py``; this module gathers the anchor dates in
a few set queries (never one query per client). Whether a PROM has been
answered comes from the measures area (``store.measures.prom_status``).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache

from ..models.due import (CONSENT_SIGNING_DAYS, HORIZON_DAYS, QUIET_DAYS, DueItem, bucket,
                          days_left, due_items, key_day, state)
from .session import Store
from .permissions import operation
from .. import clock

BUCKETS = ("overdue", "today", "this_week", "later")
# Kinds of invitee who give a pre-assessment: the outside professionals.
_ASSESSORS = ("contact", "organisation", "other")
_CHUNK = 500


def _optional(module: str, name: str):
    try:
        return getattr(importlib.import_module(module), name, None)
    except ModuleNotFoundError:
        return None


def _flag(value, key: str) -> bool:
    if value is None:
        return False
    if isinstance(value, dict):
        return bool(value.get(key))
    return bool(getattr(value, key, False))


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return _parse_day(value)


@lru_cache(maxsize=8192)  # the same few thousand days come back in every column
def _parse_day(text: str) -> date:
    return date.fromisoformat(str(text)[:10])


def _chunks(ids: list[str]):
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _in_ids(conn, sql: str, ids: list[str] | None, params: dict | None = None) -> list:
    """Rows of ``sql`` (with ``{ids}`` where the client filter goes) for ``ids`` (None: all)."""
    params = dict(params or {})
    if ids is None:
        return _rows(conn, sql.replace("{ids}", "1 = 1"), params)
    out = []
    for chunk in _chunks(ids):
        names = {f"id{i}": v for i, v in enumerate(chunk)}
        cond = "client_id IN (" + ", ".join(f":{n}" for n in names) + ")"
        out += _rows(conn, sql.replace("{ids}", cond), {**params, **names})
    return out


@dataclass(frozen=True, slots=True)
class PlanAnchor:
    agreed_on: date | None
    next_review: date | None
    version_id: str


def plan_anchors(conn, ids: list[str] | None = None) -> dict[str, PlanAnchor]:
    """The latest agreed plan version of each client: when, and the review date it names."""
    # SQLite returns the other columns from the row that holds MAX(number).
    rows = _in_ids(conn, "SELECT client_id, MAX(number), agreed_on, next_review, id "
                         "FROM plan_versions WHERE state = 'agreed' AND deleted_at IS NULL "
                         "AND {ids} GROUP BY client_id", ids)
    return {cid: PlanAnchor(_day(agreed), _day(review), vid)
            for cid, _n, agreed, review, vid in rows}


def last_contacts(conn, ids: list[str] | None = None, now: datetime | None = None
                  ) -> dict[str, date]:
    """The last day anything shows contact with each client.

    Contact is what the program records with a date: a meeting held or planned
    up to now, a measurement, a screening, a plan agreed, a journal entry, the
    start itself.
    Add a new kind of dated client entry here (one SELECT of client_id and a
    day) and the quiet-clients list counts it.
    """
    now = now or clock.utcnow()
    sources = [
        "SELECT client_id, date(starts_at) AS day FROM meetings "
        "WHERE deleted_at IS NULL AND state != 'cancelled' AND starts_at <= :now",
        "SELECT client_id, answered_on FROM answer_sets WHERE deleted_at IS NULL",
        "SELECT client_id, screened_on FROM screenings WHERE deleted_at IS NULL",
        "SELECT client_id, agreed_on FROM plan_versions "
        "WHERE deleted_at IS NULL AND agreed_on IS NOT NULL",
        "SELECT id AS client_id, started_on FROM clients WHERE started_on IS NOT NULL",
        # The journal (store/journal.py; same rule as its last_entry_dates).
        "SELECT client_id, entry_on FROM journal_entries WHERE deleted_at IS NULL",
    ]
    sql = ("SELECT client_id, MAX(day) FROM (" + " UNION ALL ".join(sources)
           + ") WHERE {ids} GROUP BY client_id")
    stamp = now.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
    return {cid: _day(d) for cid, d in _in_ids(conn, sql, ids, {"now": stamp}) if d}


def flagged_clients(conn) -> set[str]:
    """Clients with a safety flag no one has acknowledged yet."""
    return {r[0] for r in conn.exec_driver_sql(
        "SELECT DISTINCT client_id FROM safety_flags "
        "WHERE acknowledged_at IS NULL AND deleted_at IS NULL")}


def _anchors(store: Store, client_ids: list[str]) -> tuple[dict, dict]:
    prom_status = _optional("tyokykytiimi.store.measures", "prom_status")
    proms = prom_status(store, client_ids) if prom_status and client_ids else {}
    with store.session(reading=True) as s:
        plans = plan_anchors(s.connection(), client_ids if len(client_ids) < 2000 else None)
    return proms or {}, plans


def items_for(row, today: date, proms: dict, plans: dict) -> list[DueItem]:
    """Open due items of one active client (row: anything with the client's columns)."""
    if row.status != "active" or row.started_on is None:
        return []
    status = proms.get(row.id)
    plan = plans.get(row.id)
    return due_items(
        row.started_on, today,
        baseline_done=_flag(status, "baseline_done"),
        followup_done=_flag(status, "followup_done"),
        last_plan_agreed=plan.agreed_on if plan else None,
        plan_next_review=plan.next_review if plan else None,
        multisectoral=bool(row.multisectoral),
        # Moving past step 2 (needs assessment) means the needs were mapped.
        needs_mapping_done=row.path_step >= 3,
    )


@operation("client_work",
           quiet="due dates beside the client list, which audits")
def attach_due(store: Store, rows: list, today: date, snap: DueSnapshot | None = None) -> None:
    """Set next_due_kind/date/state, prom_due and flagged on each client-list row (in place).

    ``snap`` (the home page's snapshot of the same day) saves reading it all again.
    """
    if snap is not None and snap.today == today:
        flagged, found = snap.flagged, snap.items
    else:
        proms, plans = _anchors(store, [r.id for r in rows if r.status == "active"])
        with store.session(reading=True) as s:
            flagged = flagged_clients(s.connection())
        found = {r.id: items_for(r, today, proms, plans) for r in rows}
    for row in rows:
        row.flagged = row.id in flagged
        items = found.get(row.id)
        if items:
            first = items[0]
            row.next_due_kind = first.kind
            row.next_due_date = first.due_date
            row.next_due_state = state(first, today)
            row.prom_due = any(i.kind.startswith("prom_") and state(i, today) != "upcoming"
                               for i in items)


@operation("client_work",
           quiet="due items in the client page header, opened with get_client, which audits")
def client_due(store: Store, client, today: date | None = None) -> list[DueItem]:
    today = today or clock.today()
    proms, plans = _anchors(store, [client.id])
    return items_for(client, today, proms, plans)


# --- the home page ---------------------------------------------------------------------

@dataclass(slots=True)
class DueLine:
    client_id: str
    name: str
    identifier: str
    kind: str
    due_date: date
    state: str
    case_manager: str
    days_left: int | None = None  # items with a window or grace days: to their last day
    detail: str = ""  # what exactly: the task, the meeting's open invitations…
    counts: dict = field(default_factory=dict)
    key_day: date | None = None  # the day it sorts by (models.due.key_day)


@dataclass(slots=True)
class FlagLine:
    client_id: str
    name: str
    identifier: str
    code: str
    raised_on: date
    case_manager: str


@dataclass(slots=True)
class QuietLine:
    client_id: str
    name: str
    identifier: str
    last_contact: date
    case_manager: str


@dataclass(slots=True)
class AgendaLine:
    meeting_id: str
    client_id: str
    name: str
    starts_at: datetime  # UTC
    kind: str
    state: str
    place: str


@dataclass
class HomeLists:
    due: dict[str, list[DueLine]]
    flags: list[FlagLine]
    quiet: list[QuietLine]
    agenda: list[AgendaLine]

    def __getitem__(self, bucket_name: str) -> list[DueLine]:
        return self.due[bucket_name]

    def count(self) -> int:
        return (sum(len(v) for v in self.due.values()) + len(self.flags) + len(self.quiet)
                + len(self.agenda))


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _utc(day: date) -> str:
    """Local midnight starting ``day``, as the UTC text the database stores."""
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")


def _rows(conn, sql: str, params: dict | None = None) -> list[tuple]:
    """Plain tuples straight from the driver: 10,000 rows without per-row processing."""
    cursor = conn.connection.driver_connection.cursor()
    try:
        return cursor.execute(sql, params or {}).fetchall()
    finally:
        cursor.close()


@dataclass(slots=True)
class _Client:
    id: str
    name: str
    identifier: str
    path_step: int
    status: str
    started_on: date | None
    multisectoral: bool
    case_manager_user_id: str | None
    case_manager: str


@dataclass
class DueSnapshot:
    """Everything the home page's lists are made of, read once for the whole team.

    Reading only, so it may be built off the UI thread; choosing whose lists
    to show is then plain Python (:func:`lists_from`), with no further query.
    """
    today: date
    clients: dict[str, _Client]
    items: dict[str, list[DueItem]]  # active, started clients' open due items
    tasks: list[tuple]
    meetings: list[tuple]
    consents: list[tuple]
    flags: list[tuple]
    contacts: dict[str, date]
    agenda: list[tuple]

    @property
    def flagged(self) -> set[str]:
        return {f[0] for f in self.flags}


@operation("client_work",
           quiet="the home page's data, audited when shown (audit_home_lists)")
def snapshot(store: Store, today: date | None = None) -> DueSnapshot:
    today = today or clock.today()
    horizon = today + timedelta(days=HORIZON_DAYS)
    monday = week_start(today)
    with store.session(reading=True) as s:
        conn = s.connection()
        clients = {}
        # A few distinct values over 10,000 rows (state, case manager): one string each,
        # not one per row as the driver returns them.
        shared: dict = {}
        share = shared.setdefault
        for (cid, first, last, hetu, temp, step, status, started, multi, cm_id,
             cm) in _rows(conn,
                          "SELECT c.id, c.first_name, c.last_name, c.hetu, c.temporary_id, "
                          "c.path_step, c.status, c.started_on, c.multisectoral, "
                          "c.case_manager_user_id, "
                          "COALESCE(u.display_name, c.case_manager_text, '') "
                          "FROM clients c LEFT JOIN users u ON u.id = c.case_manager_user_id "
                          "WHERE c.deleted_at IS NULL"):
            clients[cid] = _Client(cid, f"{last} {first}", hetu or temp or "", step,
                                   share(status, status), _day(started), bool(multi),
                                   share(cm_id, cm_id), share(cm, cm))
        active = [cid for cid, c in clients.items()
                  if c.status == "active" and c.started_on is not None]
        plans = plan_anchors(conn, None if len(active) > 2000 else active)
        tasks = _rows(conn,
                      "SELECT t.client_id, t.what, t.due, t.responsible_text, t.responsible_id "
                      "FROM plan_tasks t JOIN (SELECT id, MAX(number) FROM plan_versions "
                      "  WHERE state = 'agreed' AND deleted_at IS NULL GROUP BY client_id) v "
                      "  ON v.id = t.version_id "
                      "WHERE t.deleted_at IS NULL AND t.responsible_kind = 'team' "
                      "AND t.state IN ('planned', 'in_progress') AND t.due IS NOT NULL "
                      "AND t.due <= :horizon", {"horizon": horizon.isoformat()})
        meetings = _rows(conn,
                         "SELECT m.id, m.client_id, m.starts_at, "
                         "SUM(i.status = 'to_invite') AS to_invite, "
                         "SUM(i.kind IN ('contact', 'organisation', 'other') "
                         "    AND NOT i.pre_assessment_requested) AS no_assessment "
                         "FROM meetings m JOIN invitees i "
                         "  ON i.meeting_id = m.id AND i.deleted_at IS NULL "
                         "WHERE m.deleted_at IS NULL AND m.state = 'planned' "
                         "AND m.starts_at >= :start AND m.starts_at < :end "
                         "GROUP BY m.id HAVING to_invite > 0 OR no_assessment > 0",
                         {"start": _utc(today), "end": _utc(horizon + timedelta(days=1))})
        consents = _rows(conn,
                         "SELECT client_id, given_on, valid_until, method, signed FROM consents "
                         "WHERE deleted_at IS NULL AND given_on <= :today "
                         "AND (withdrawn_on IS NULL OR withdrawn_on > :today) "
                         "AND (valid_until IS NULL OR valid_until >= :today) "
                         "AND (valid_until <= :horizon OR (method = 'paper' AND NOT signed))",
                         {"today": today.isoformat(), "horizon": horizon.isoformat()})
        flags = _rows(conn,
                      "SELECT client_id, code, MIN(raised_on) FROM safety_flags "
                      "WHERE acknowledged_at IS NULL AND deleted_at IS NULL "
                      "GROUP BY client_id, code")
        contacts = last_contacts(conn, None if len(active) > 2000 else active)
        agenda = _rows(conn,
                       "SELECT id, client_id, starts_at, kind, state, COALESCE(place, '') "
                       "FROM meetings WHERE deleted_at IS NULL AND state != 'cancelled' "
                       "AND starts_at >= :start AND starts_at < :end ORDER BY starts_at",
                       {"start": _utc(monday), "end": _utc(monday + timedelta(days=14))})
    prom_status = _optional("tyokykytiimi.store.measures", "prom_status")
    proms = (prom_status(store, active) if prom_status and active else None) or {}
    items = {cid: items_for(clients[cid], today, proms, plans) for cid in active}
    return DueSnapshot(today, clients, items, tasks, meetings, consents, flags, contacts, agenda)


def lists_from(snap: DueSnapshot, user_id: str | None = None) -> HomeLists:
    """The home page's lists for one member (their clients and tasks) or the team (None)."""
    today, clients = snap.today, snap.clients
    own = [cid for cid in snap.items
           if user_id is None or clients[cid].case_manager_user_id == user_id]
    own_set = set(own)
    due: dict[str, list[DueLine]] = {b: [] for b in BUCKETS}

    def add(cid: str, item: DueItem, detail: str = "", counts: dict | None = None,
            windowed: bool = False) -> None:
        b = bucket(item, today)
        if b is None:
            return
        c = clients[cid]
        left = days_left(item, today) if windowed else None
        due[b].append(DueLine(cid, c.name, c.identifier, item.kind, item.due_date,
                              state(item, today), c.case_manager, left, detail, counts or {},
                              key_day(item, today)))

    for cid in own:
        for item in snap.items[cid]:
            add(cid, item, windowed=item.window_end is not None
                or item.kind == "prom_baseline")
    for cid, what, day, responsible, responsible_id in snap.tasks:
        c = clients.get(cid)
        if c is not None and c.status == "active" and (
                user_id is None or responsible_id == user_id):
            add(cid, DueItem("task", _day(day)), detail=f"{what} ({responsible})")
    for _mid, cid, starts, to_invite, no_assessment in snap.meetings:
        if cid in own_set:
            add(cid, DueItem("meeting_invites", _day(starts)),
                counts={"to_invite": int(to_invite or 0),
                        "no_assessment": int(no_assessment or 0)})
    for cid, given, until, method, signed in snap.consents:
        if cid not in own_set:
            continue
        given, until = _day(given), _day(until)
        if method == "paper" and not signed:
            add(cid, DueItem("consent_unsigned", given, overdue_from=given + timedelta(
                days=CONSENT_SIGNING_DAYS + 1)), windowed=True)
        elif until is not None:
            add(cid, DueItem("consent_expiring", until))
    for lines in due.values():
        lines.sort(key=lambda line: (line.key_day, line.name))

    def person(cid):
        c = clients[cid]
        return c.name, c.identifier

    flag_lines = sorted((FlagLine(cid, *person(cid), code, _day(raised),
                                  clients[cid].case_manager)
                         for cid, code, raised in snap.flags if cid in clients),
                        key=lambda f: (f.raised_on, f.name))
    quiet_before = today - timedelta(days=QUIET_DAYS)
    quiet = sorted((QuietLine(cid, *person(cid), snap.contacts[cid], clients[cid].case_manager)
                    for cid in own
                    if cid in snap.contacts and snap.contacts[cid] < quiet_before),
                   key=lambda q: (q.last_contact, q.name))
    agenda = [AgendaLine(mid, cid, clients[cid].name, _utc_datetime(starts), kind, st, place)
              for mid, cid, starts, kind, st, place in snap.agenda if cid in clients]
    return HomeLists(due, flag_lines, quiet, agenda)


@operation("client_work")
def home_lists(store: Store, today: date | None = None, *, user_id: str | None = None,
               audit: bool = True) -> HomeLists:
    """What is overdue, due today, this week and later; flags, quiet clients, the agenda.

    ``user_id`` None means the whole team; otherwise that member's clients (as
    case manager) and the plan tasks they are responsible for. Safety flags
    and the meeting agenda are always the team's. Reading it is audited as one
    list entry (:func:`audit_home_lists`; the UI builds the lists off its
    thread from :func:`snapshot` and audits on its own).
    """
    lists = lists_from(snapshot(store, today), user_id)
    if audit:
        audit_home_lists(store, lists, user_id=user_id)
    return lists


def _utc_datetime(value) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc)


@operation("client_work")
def audit_home_lists(store: Store, lists: HomeLists | None = None, *,
                     user_id: str | None = None) -> None:
    """The one audit entry of reading the home page's lists.

    The UI writes it on its own thread when it asks for the lists (before they
    are read in a thread): a write arriving at an arbitrary later moment could
    collide with another thread's transaction. The count is known only when
    the lists are given.
    """
    detail = {"whose": "team" if user_id is None else "own"}
    if lists is not None:
        detail["count"] = lists.count()
    with store.session() as s:
        store.audit(s, "list", target="due", **detail)
