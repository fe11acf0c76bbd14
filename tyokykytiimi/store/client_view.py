"""What the client may see of their own record on the screen turned to them.

Their own PROM follow-up (work-ability score, inclusion indicator as neutral
numbers, the 3X10D profile) and their own plan goals — nothing else: no
flags, no other instruments, no staff notes, no other client.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import select

from ..models.clients import Client
from ..models.measures import AnswerSet
from .errors import CLIENT_NOT_FOUND, InvalidInput
from .overview import GoalLine, _plan, Overview
from .session import Store
from .permissions import operation


@dataclass
class ClientView:
    first_name: str
    was: list[tuple[date, int]] = field(default_factory=list)  # (answered_on, score)
    inclusion: list[tuple[date, int, float]] = field(default_factory=list)  # total, mean
    profiles: list[tuple[str, date, dict]] = field(default_factory=list)  # 3X10D
    goals: list[GoalLine] = field(default_factory=list)


@operation("client_work")
def client_view(store: Store, client_id: str) -> ClientView:
    with store.session() as s:
        client = s.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise InvalidInput(CLIENT_NOT_FOUND)
        rows = list(s.exec(select(AnswerSet).where(
            AnswerSet.client_id == client_id, AnswerSet.deleted_at.is_(None),
            AnswerSet.superseded_by.is_(None), AnswerSet.declined_reason.is_(None),
            AnswerSet.instrument_id.in_(("was", "inclusion", "3x10d")))))
        ov = Overview()
        _plan(s, client_id, ov)
        store.audit(s, "view", client_id=client_id, target="shown_to_client")
    rows.sort(key=lambda r: (r.answered_on, r.created_at))
    out = ClientView(client.first_name, goals=ov.goals)
    for r in rows:
        if r.instrument_id == "was" and r.total is not None:
            out.was.append((r.answered_on, r.total))
        elif r.instrument_id == "inclusion" and r.total is not None:
            out.inclusion.append((r.answered_on, r.total, r.total / 10))
    d3 = [r for r in rows if r.instrument_id == "3x10d"]
    latest: dict[str, AnswerSet] = {}
    for r in d3:
        latest[r.time_point if r.time_point in ("baseline", "followup") else "other"] = r
    from ..models.instruments import definition
    items = definition("3x10d").items
    for tp, r in sorted(latest.items(), key=lambda kv: kv[1].answered_on)[-2:]:
        values = r.answer_values()
        out.profiles.append((tp, r.answered_on,
                             {it.id: v for it, v in zip(items, values)}))
    return out
