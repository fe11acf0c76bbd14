"""Due items for many clients at once, and the home page's lists per user.

The rules live in ``models/due.py``; this module only gathers the anchor dates.
Whether a PROM has been answered comes from the measures area
(``store.measures.prom_status``) and the last agreed plan from the plan area
(``store.plans.last_agreed``) once those exist; until then PROMs count as not
done and the plan review runs from the start date.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date

from ..models.due import DueItem, bucket, due_items, state
from .session import Store
from .. import clock

BUCKETS = ("overdue", "today", "this_week")


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


def _anchors(store: Store, client_ids: list[str]) -> tuple[dict, dict]:
    prom_status = _optional("tyokykytiimi.store.measures", "prom_status")
    last_agreed = _optional("tyokykytiimi.store.plans", "last_agreed")
    proms = prom_status(store, client_ids) if prom_status and client_ids else {}
    plans = last_agreed(store, client_ids) if last_agreed and client_ids else {}
    return proms or {}, plans or {}


def items_for(row, today: date, proms: dict, plans: dict) -> list[DueItem]:
    """Open due items of one active client (row: anything with the client's columns)."""
    if row.status != "active" or row.started_on is None:
        return []
    status = proms.get(row.id)
    return due_items(
        row.started_on, today,
        baseline_done=_flag(status, "baseline_done"),
        followup_done=_flag(status, "followup_done"),
        last_plan_agreed=plans.get(row.id),
        multisectoral=bool(row.multisectoral),
        # Moving past step 2 (needs assessment) means the needs were mapped.
        needs_mapping_done=row.path_step >= 3,
    )


def attach_due(store: Store, rows: list, today: date) -> None:
    """Set next_due_kind/date/state on each client-list row (in place)."""
    proms, plans = _anchors(store, [r.id for r in rows if r.status == "active"])
    for row in rows:
        items = items_for(row, today, proms, plans)
        if items:
            first = items[0]
            row.next_due_kind = first.kind
            row.next_due_date = first.due_date
            row.next_due_state = state(first, today)


def client_due(store: Store, client, today: date | None = None) -> list[DueItem]:
    today = today or clock.today()
    proms, plans = _anchors(store, [client.id])
    return items_for(client, today, proms, plans)


@dataclass
class DueLine:
    client_id: str
    name: str
    identifier: str
    kind: str
    due_date: date
    state: str
    case_manager: str


def home_lists(store: Store, today: date | None = None, *,
               user_id: str | None = None) -> dict[str, list[DueLine]]:
    """What is overdue, due today and due this week, for one case manager or everyone.

    ``user_id`` None means the whole team. Only active, started clients can
    have due items, so only they are read (the home page opens at every
    sign-in). Reading it is audited as one list entry.
    """
    import sqlalchemy as sa

    from ..models.clients import Client
    from ..models.users import User

    today = today or clock.today()
    c, u = Client.__table__.c, User.__table__.c
    query = (sa.select(c.id, c.first_name, c.last_name, c.hetu, c.temporary_id, c.path_step,
                       c.status, c.started_on, c.multisectoral, u.display_name,
                       c.case_manager_text)
             .select_from(Client.__table__.outerjoin(User.__table__,
                                                     u.id == c.case_manager_user_id))
             .where(c.deleted_at.is_(None), c.status == "active", c.started_on.is_not(None)))
    if user_id is not None:
        query = query.where(c.case_manager_user_id == user_id)
    with store.session() as s:
        rows = s.connection().execute(query).all()
    proms, plans = _anchors(store, [r.id for r in rows])
    lists: dict[str, list[DueLine]] = {b: [] for b in BUCKETS}
    for row in rows:
        for item in items_for(row, today, proms, plans):
            b = bucket(item, today)
            if b in lists:
                lists[b].append(DueLine(row.id, f"{row.last_name} {row.first_name}",
                                        row.hetu or row.temporary_id or "", item.kind,
                                        item.due_date, state(item, today),
                                        row.display_name or row.case_manager_text or ""))
    for b in lists:
        lists[b].sort(key=lambda line: (line.due_date, line.name))
    with store.session() as s:
        store.audit(s, "list", target="due", count=sum(len(v) for v in lists.values()))
    return lists
