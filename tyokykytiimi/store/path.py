"""The six-step service path: dated moves, closing with an outcome, reopening.

Each move is a PathEvent row (kept, never edited) and updates the client's
current step and status in the same transaction, with an audit entry.
"""
from __future__ import annotations

from datetime import date

from sqlmodel import select

from ..models.clients import OUTCOMES, PATH_STEPS, Client, PathEvent
from .errors import InvalidInput
from .session import Store


def _client(s, client_id: str) -> Client:
    client = s.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise InvalidInput("Asiakasta ei löydy.")
    return client


def _check_date(s, client: Client, on: date) -> None:
    if on > date.today():
        raise InvalidInput("Päivämäärä ei voi olla tulevaisuudessa.", "on")
    last = s.exec(select(PathEvent).where(PathEvent.client_id == client.id)
                  .order_by(PathEvent.on.desc())).first()
    if last is not None and on < last.on:
        raise InvalidInput(
            f"Päivämäärä on ennen edellistä kirjausta ({last.on.day}.{last.on.month}."
            f"{last.on.year}).", "on")


def move_to_step(store: Store, client_id: str, step: int, on: date | None = None,
                 note: str | None = None) -> PathEvent:
    """Move an active client to ``step`` (forward or back) on ``on``."""
    on = on or date.today()
    if step not in PATH_STEPS:
        raise InvalidInput("Palvelupolun vaiheita on kuusi (1–6).", "step")
    with store.session() as s:
        client = _client(s, client_id)
        if client.status != "active":
            raise InvalidInput("Asiakkuus on päättynyt. Avaa se ensin uudelleen.", "step")
        if step == client.path_step:
            raise InvalidInput("Asiakas on jo tässä vaiheessa.", "step")
        _check_date(s, client, on)
        event = PathEvent(client_id=client.id, on=on, kind="step", from_step=client.path_step,
                          to_step=step, note=(note or "").strip() or None)
        client.path_step = step
        s.add(event)
        store.audit(s, "path_step", client_id=client.id, target="path", step=step)
        return event


def close_client(store: Store, client_id: str, *, outcome: str, assessment: str,
                 on: date | None = None) -> PathEvent:
    """Close the client relationship with its outcome and the closing assessment."""
    on = on or date.today()
    if outcome not in OUTCOMES:
        raise InvalidInput("Valitse asiakkuuden päättymisen syy.", "outcome")
    if not (assessment or "").strip():
        raise InvalidInput("Kirjoita loppuarvio ennen asiakkuuden päättämistä.", "assessment")
    with store.session() as s:
        client = _client(s, client_id)
        if client.status == "closed":
            raise InvalidInput("Asiakkuus on jo päättynyt.", "outcome")
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


def reopen_client(store: Store, client_id: str, *, on: date | None = None,
                  step: int = 1, reason: str | None = None) -> PathEvent:
    """Reopen a closed client at ``step``; the earlier closing stays in the history."""
    on = on or date.today()
    if step not in PATH_STEPS:
        raise InvalidInput("Palvelupolun vaiheita on kuusi (1–6).", "step")
    with store.session() as s:
        client = _client(s, client_id)
        if client.status != "closed":
            raise InvalidInput("Asiakkuus on jo voimassa.", "step")
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
