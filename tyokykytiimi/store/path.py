"""The six-step service path: dated moves, closing with an outcome, reopening.

Each move is a PathEvent row (kept, never edited) and updates the client's
current step and status in the same transaction, with an audit entry.
"""
from __future__ import annotations

from datetime import date

from sqlmodel import select

from ..models.clients import OUTCOMES, PATH_STEPS, Client, PathEvent
from .errors import CLIENT_NOT_FOUND, InvalidInput
from .session import Store
from .. import clock


def _client(s, client_id: str) -> Client:
    client = s.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise InvalidInput(CLIENT_NOT_FOUND)
    return client


def _check_date(s, client: Client, on: date) -> None:
    if on > clock.today():
        raise InvalidInput({"fi": "Päivämäärä ei voi olla tulevaisuudessa.",
                            "sv": "Datumet kan inte ligga i framtiden.",
                            "en": "The date cannot be in the future."}, "on")
    last = s.exec(select(PathEvent).where(PathEvent.client_id == client.id)
                  .order_by(PathEvent.on.desc())).first()
    if last is not None and on < last.on:
        when = f"{last.on.day}.{last.on.month}.{last.on.year}"
        raise InvalidInput({"fi": f"Päivämäärä on ennen edellistä kirjausta ({when}).",
                            "sv": f"Datumet ligger före den förra anteckningen ({when}).",
                            "en": f"The date is before the previous entry ({when})."}, "on")


def move_to_step(store: Store, client_id: str, step: int, on: date | None = None,
                 note: str | None = None) -> PathEvent:
    """Move an active client to ``step`` (forward or back) on ``on``."""
    on = on or clock.today()
    if step not in PATH_STEPS:
        raise InvalidInput({"fi": "Palvelupolun vaiheita on kuusi (1–6).",
                            "sv": "Servicestigen har sex steg (1–6).",
                            "en": "The service path has six steps (1–6)."}, "step")
    with store.session() as s:
        client = _client(s, client_id)
        if client.status != "active":
            raise InvalidInput({"fi": "Asiakkuus on päättynyt. Avaa se ensin uudelleen.",
                                "sv": "Klientrelationen har avslutats. Öppna den på nytt först.",
                                "en": "The client relationship is closed. Reopen it first."}, "step")
        if step == client.path_step:
            raise InvalidInput({"fi": "Asiakas on jo tässä vaiheessa.",
                                "sv": "Klienten är redan i det här steget.",
                                "en": "The client is already at this step."}, "step")
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
    on = on or clock.today()
    if outcome not in OUTCOMES:
        raise InvalidInput({"fi": "Valitse asiakkuuden päättymisen syy.",
                            "sv": "Välj orsak till att klientrelationen avslutas.",
                            "en": "Choose why the client relationship ends."}, "outcome")
    if not (assessment or "").strip():
        raise InvalidInput({"fi": "Kirjoita loppuarvio ennen asiakkuuden päättämistä.",
                            "sv": "Skriv slutbedömningen innan du avslutar klientrelationen.",
                            "en": "Write the closing assessment before closing the client relationship."}, "assessment")
    with store.session() as s:
        client = _client(s, client_id)
        if client.status == "closed":
            raise InvalidInput({"fi": "Asiakkuus on jo päättynyt.",
                                "sv": "Klientrelationen har redan avslutats.",
                                "en": "The client relationship is already closed."}, "outcome")
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
    on = on or clock.today()
    if step not in PATH_STEPS:
        raise InvalidInput({"fi": "Palvelupolun vaiheita on kuusi (1–6).",
                            "sv": "Servicestigen har sex steg (1–6).",
                            "en": "The service path has six steps (1–6)."}, "step")
    with store.session() as s:
        client = _client(s, client_id)
        if client.status != "closed":
            raise InvalidInput({"fi": "Asiakkuus on jo voimassa.",
                                "sv": "Klientrelationen pågår redan.",
                                "en": "The client relationship is already active."}, "step")
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
