"""What the client page's overview shows, read in one go and written nowhere.

The overview answers on one screen: where the client is, who is their case
manager, what is consented, the next meeting, what is due, open flags, the
plan's goals and intermediate goals with their state, the latest measures
against the baseline, and the newest journal entries. Reading it writes no
audit entry of its own: opening the client page already wrote the view.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import select

from ..models.instruments import change, definition, prom_set
from ..models.measures import AnswerSet, SafetyFlag
from ..models.meetings import Meeting
from ..models.plans import Goal, IntermediateGoal, PlanVersion
from .journal import JournalLine, list_entries
from .measures import score_row
from .session import Store
from .permissions import operation
from .. import clock


@dataclass(frozen=True)
class GoalLine:
    text: str
    state: str  # GOAL_STATES
    steps: list[tuple[str, bool]]  # (intermediate goal, done)


@dataclass(frozen=True)
class MeasureLine:
    instrument_id: str
    baseline: str | None  # "6" or a 3X10D profile "5 5 – 7 …"
    latest: str | None
    latest_on: date | None
    direction: str | None  # "better" | "same" | "worse" | None


@dataclass
class Overview:
    plan_state: str | None = None  # "agreed" | "draft" | None
    plan_agreed_on: date | None = None
    next_review: date | None = None
    goals: list[GoalLine] = field(default_factory=list)
    next_meeting: datetime | None = None
    measures: list[MeasureLine] = field(default_factory=list)
    open_flags: list[SafetyFlag] = field(default_factory=list)
    handled_flags: list = field(default_factory=list)  # FlagHistory, newest first
    journal: list[JournalLine] = field(default_factory=list)


def _plan(s, client_id: str, out: Overview) -> None:
    versions = list(s.exec(select(PlanVersion).where(
        PlanVersion.client_id == client_id, PlanVersion.deleted_at.is_(None))))
    agreed = [v for v in versions if v.state == "agreed"]
    pick = max(agreed, key=lambda v: v.number) if agreed else (
        max(versions, key=lambda v: v.number) if versions else None)
    if pick is None:
        return
    out.plan_state, out.plan_agreed_on, out.next_review = \
        pick.state, pick.agreed_on, pick.next_review
    goals = sorted(s.exec(select(Goal).where(Goal.version_id == pick.id,
                                             Goal.deleted_at.is_(None))),
                   key=lambda g: g.position)
    steps = list(s.exec(select(IntermediateGoal).where(IntermediateGoal.version_id == pick.id,
                                                       IntermediateGoal.deleted_at.is_(None))))
    for g in goals:
        mine = sorted((st for st in steps if st.goal_id == g.id), key=lambda st: st.position)
        out.goals.append(GoalLine(g.text, g.state, [(st.text, st.done) for st in mine]))


def _result(row: AnswerSet | None) -> str | None:
    if row is None:
        return None
    if row.declined_reason:
        return "–"
    if definition(row.instrument_id, row.instrument_version).has_total:
        return "–" if row.total is None else str(row.total)
    return " ".join("–" if v is None else str(v) for v in row.answer_values())


def _measures(s, client_id: str) -> list[MeasureLine]:
    rows = list(s.exec(select(AnswerSet).where(
        AnswerSet.client_id == client_id, AnswerSet.deleted_at.is_(None),
        AnswerSet.superseded_by.is_(None))))
    rows.sort(key=lambda r: (r.answered_on, r.created_at))
    out = []
    for inst in list(prom_set()) + ["audit", "gad7", "bdi", "bdi2"]:
        mine = [r for r in rows if r.instrument_id == inst]
        if not mine:
            continue
        base = next((r for r in mine if r.time_point == "baseline"), None)
        latest = mine[-1]
        direction = None
        # The inclusion indicator is shown as neutral numbers for one client (THL).
        if base is not None and latest is not base and not base.declined_reason \
                and not latest.declined_reason and inst != "inclusion":
            try:
                direction = change(inst, score_row(base), score_row(latest)).direction
            except (ValueError, AttributeError):
                direction = None
        out.append(MeasureLine(inst, _result(base), _result(latest) if latest is not base
                               else None, latest.answered_on, direction))
    return out


@operation("client_work")
def client_overview(store: Store, client_id: str, today: date | None = None) -> Overview:
    from .consents import upcoming_meetings
    today = today or clock.today()
    out = Overview()
    with store.session() as s:
        _plan(s, client_id, out)
        meetings: list[Meeting] = upcoming_meetings(s, client_id, today)
        out.next_meeting = meetings[0].starts_at if meetings else None
        out.measures = _measures(s, client_id)
        out.open_flags = list(s.exec(select(SafetyFlag).where(
            SafetyFlag.client_id == client_id, SafetyFlag.acknowledged_at.is_(None),
            SafetyFlag.deleted_at.is_(None))))
        store.audit(s, "view", client_id=client_id, target="overview")
    from .measures import safety_flag_history
    out.handled_flags = [h for h in safety_flag_history(store, client_id, audit_view=False)
                         if h.flag.acknowledged_at is not None][:3]
    out.journal = list_entries(store, client_id, limit=5, audit_view=False)
    return out
