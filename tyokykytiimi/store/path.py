"""The six-step service path: dated moves, closing with an outcome, reopening.

Each move is a PathEvent row (kept, never edited) and updates the client's
current step and status in the same transaction, with an audit entry.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import select

from ..i18n import Message
from ..models.clients import OUTCOMES, PATH_STEPS, Client, PathEvent
from .errors import CLIENT_NOT_FOUND, InvalidInput
from .session import Store
from ..i18n import Message
from .permissions import operation
from .. import clock


def _client(s, client_id: str) -> Client:
    client = s.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise InvalidInput(CLIENT_NOT_FOUND)
    return client


def _check_date(s, client: Client, on: date) -> None:
    if on > clock.today():
        raise InvalidInput(Message("The date cannot be in the future.", context="path"), "on")
    last = s.exec(select(PathEvent).where(PathEvent.client_id == client.id)
                  .order_by(PathEvent.on.desc())).first()
    if last is not None and on < last.on:
        when = f"{last.on.day}.{last.on.month}.{last.on.year}"
        raise InvalidInput(Message("The date is before the previous entry ({when}).", when=when), "on")


@operation("client_work")
def move_to_step(store: Store, client_id: str, step: int, on: date | None = None,
                 note: str | None = None) -> PathEvent:
    """Move an active client to ``step`` (forward or back) on ``on``."""
    on = on or clock.today()
    if step not in PATH_STEPS:
        raise InvalidInput(Message("The service path has six steps (1–6).", context="path"), "step")
    with store.session() as s:
        client = _client(s, client_id)
        if client.status != "active":
            raise InvalidInput(Message("The client relationship is closed. Reopen it first."), "step")
        if step == client.path_step:
            raise InvalidInput(Message("The client is already at this step."), "step")
        _check_date(s, client, on)
        event = PathEvent(client_id=client.id, on=on, kind="step", from_step=client.path_step,
                          to_step=step, note=(note or "").strip() or None)
        client.path_step = step
        s.add(event)
        store.audit(s, "path_step", client_id=client.id, target="path", step=step)
        return event


@operation("client_work")
def close_client(store: Store, client_id: str, *, outcome: str, assessment: str,
                 on: date | None = None) -> PathEvent:
    """Close the client relationship with its outcome and the closing assessment."""
    on = on or clock.today()
    if outcome not in OUTCOMES:
        raise InvalidInput(Message("Choose why the client relationship ends."), "outcome")
    if not (assessment or "").strip():
        raise InvalidInput(Message("Write the closing assessment before closing the client relationship."), "assessment")
    with store.session() as s:
        client = _client(s, client_id)
        if client.status == "closed":
            raise InvalidInput(Message("The client relationship is already closed."), "outcome")
        _check_date(s, client, on)
        event = PathEvent(client_id=client.id, on=on, kind="close",
                          from_step=client.path_step, outcome=outcome,
                          note=assessment.strip())
        client.status = "closed"
        client.closed_on = on
        client.outcome = outcome
        client.closing_assessment = assessment.strip()
        s.add(event)
        store.audit(s, "close", client_id=client.id, target="path", outcome=outcome)
        return event


@operation("client_work")
def reopen_client(store: Store, client_id: str, *, on: date | None = None,
                  step: int = 1, reason: str | None = None) -> PathEvent:
    """Reopen a closed client at ``step``; the earlier closing stays in the history."""
    on = on or clock.today()
    if step not in PATH_STEPS:
        raise InvalidInput(Message("The service path has six steps (1–6).", context="path"), "step")
    with store.session() as s:
        client = _client(s, client_id)
        if client.status != "closed":
            raise InvalidInput(Message("The client relationship is already active."), "step")
        _check_date(s, client, on)
        event = PathEvent(client_id=client.id, on=on, kind="reopen",
                          from_step=client.path_step, to_step=step,
                          note=(reason or "").strip() or None)
        client.status = "active"
        client.path_step = step
        client.closed_on = None
        client.outcome = None
        client.closing_assessment = None
        client.started_on = on
        s.add(event)
        store.audit(s, "reopen", client_id=client.id, target="path", step=step)
        return event


# --- what closing leaves open, and undoing a move ---------------------------------------

@dataclass
class OpenAtClosing:
    """What is still open when a client relationship is about to close."""

    meetings: list = field(default_factory=list)  # planned meetings from today on
    valid_consents: int = 0
    open_tasks: list[str] = field(default_factory=list)  # what each open plan task is
    followup_missing: bool = False  # the six-month PROM follow-up was never recorded

    @property
    def anything(self) -> bool:
        return bool(self.meetings or self.valid_consents or self.open_tasks
                    or self.followup_missing)


@operation("client_work")
def open_at_closing(store: Store, client_id: str, day: date | None = None) -> OpenAtClosing:
    """Planned meetings, valid consents, open plan tasks and a missing follow-up."""
    from ..models import consents as consent_rules
    from ..models.measures import AnswerSet
    from ..models.plans import PlanVersion, Task
    from .consents import _consents, upcoming_meetings
    day = day or clock.today()
    with store.session() as s:
        _client(s, client_id)
        store.audit(s, "view", client_id=client_id, target="closing")
        out = OpenAtClosing()
        out.meetings = upcoming_meetings(s, client_id, day)
        out.valid_consents = sum(consent_rules.is_valid_on(c, day)
                                 for c in _consents(s, client_id))
        latest = s.exec(select(PlanVersion).where(
            PlanVersion.client_id == client_id, PlanVersion.deleted_at.is_(None))
            .order_by(PlanVersion.number.desc())).first()
        if latest is not None:
            out.open_tasks = [t.what for t in s.exec(select(Task).where(
                Task.version_id == latest.id, Task.deleted_at.is_(None),
                Task.state.in_(("planned", "in_progress"))).order_by(Task.position))]
        followups = s.exec(select(AnswerSet.id).where(
            AnswerSet.client_id == client_id, AnswerSet.time_point == "followup",
            AnswerSet.deleted_at.is_(None))).first()
        out.followup_missing = followups is None
        return out


UNDOABLE = ("step", "close")


def _events(s, client_id: str) -> list[PathEvent]:
    return list(s.exec(select(PathEvent).where(PathEvent.client_id == client_id,
                                               PathEvent.deleted_at.is_(None))
                       .order_by(PathEvent.on, PathEvent.created_at)))


def _undoable_in(s, store: Store, client_id: str) -> PathEvent | None:
    events = _events(s, client_id)
    if not events:
        return None
    last = events[-1]
    if last.kind not in UNDOABLE or last.reverses_id is not None:
        return None
    if last.created_by != store.user.id:
        return None
    return last


@operation("client_work",
           quiet="whether the Undo button shows, on a client page whose view was audited")
def undoable_move(store: Store, client_id: str) -> PathEvent | None:
    """The client's latest move or closing, when the signed-in person made it and it
    has not been reversed; None otherwise."""
    with store.session() as s:
        return _undoable_in(s, store, client_id)


@operation("client_work")
def undo_move(store: Store, client_id: str, event_id: str) -> PathEvent:
    """Reverse the move or closing ``event_id`` with a new event that names it.

    Only the latest event, and only by the person who made it; the reversed event
    stays in the history.
    """
    with store.session() as s:
        client = _client(s, client_id)
        event = s.get(PathEvent, event_id)
        if event is None or event.client_id != client_id or event.deleted_at is not None:
            raise InvalidInput(Message("There is nothing to undo."), "undo")
        if event.created_by != store.user.id:
            raise InvalidInput(Message("Only the person who made this change can undo it."),
                               "undo")
        if _undoable_in(s, store, client_id) is not event:
            raise InvalidInput(Message("Only the latest change on the service path can be "
                                       "undone."), "undo")
        today = max(clock.today(), event.on)
        if event.kind == "step":
            undo = PathEvent(client_id=client.id, on=today, kind="step",
                             from_step=client.path_step, to_step=event.from_step,
                             reverses_id=event.id)
            client.path_step = event.from_step
        else:
            undo = PathEvent(client_id=client.id, on=today, kind="reopen",
                             from_step=event.from_step, to_step=event.from_step,
                             reverses_id=event.id)
            client.status = "active"
            client.closed_on = None
            client.outcome = None
            client.closing_assessment = None
        s.add(undo)
        s.add(client)
        store.audit(s, "path_undo", client_id=client.id, target="path", undone=event.kind)
        return undo
