"""Screenings against the versioned definitions in resources/screening.

A screening is one row per occasion and definition version: a later screening
is a new row, so every earlier answer and decision stays readable. The
program's suggestion is stored beside the person's decision, with who decided
and when.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from ..models.base import utcnow
from ..models.clients import (CASE_MANAGER_DECISIONS, DECISIONS, TYP_DECISIONS, Client,
                              Screening)
from ..models.hetu import age_on
from ..models.screening import (ANSWERS, Definition, evaluate_case_manager,
                                evaluate_criteria, evaluate_typ, load_definition)
from .errors import CLIENT_NOT_FOUND, InvalidInput
from .session import Store
from ..i18n import Message
from .permissions import operation
from .. import clock

DEFINITIONS = ("criteria", "case_manager", "typ_triggers")
DECISIONS_BY_KIND = {"criteria": DECISIONS, "case_manager": CASE_MANAGER_DECISIONS,
                     "typ_triggers": TYP_DECISIONS}


def definition(def_id: str, version: int | None = None) -> Definition:
    return load_definition(def_id, version)


@dataclass
class Suggested:
    outcome: str  # criteria: accept/guide_elsewhere/more_info; case manager:
    # coordinator/consult/unclear; typ: assess_typ/not_typ/more_info
    item_ids: list[str]
    points_to: list[str]  # for criteria: where contrary answers lead (in ``lang``)


def suggest(defn: Definition, answers: dict, *, age: int | None = None,
            subsidy_days: int | None = None, months_unemployed: int | None = None,
            lang: str = "fi") -> Suggested:
    """What the answers point to (pure: the UI calls it live as answers change)."""
    if defn.kind == "criteria":
        result = evaluate_criteria(defn, answers)
        points = [r.points_to[lang] for r in result.reasons if r.points_to]
        return Suggested(result.outcome, result.item_ids, points)
    if defn.kind == "case_manager":
        result = evaluate_case_manager(defn, answers)
        return Suggested(result.outcome, result.item_ids, [])
    hint = evaluate_typ(defn, subsidy_days=subsidy_days, age=age,
                        months_unemployed=months_unemployed)
    if hint.applies:
        return Suggested("assess_typ", hint.reasons, [])
    return Suggested("more_info" if hint.undecided else "not_typ", hint.undecided, [])


@operation("client_work")
def record_screening(store: Store, client_id: str, def_id: str, *, answers: dict,
                     notes: dict | None = None, decision: str | None = None,
                     guided_to: str | None = None, reason: str | None = None,
                     screened_on: date | None = None, version: int | None = None,
                     subsidy_days: int | None = None,
                     months_unemployed: int | None = None) -> Screening:
    """Save one screening as a new row (never overwriting an earlier one)."""
    if def_id not in DEFINITIONS:
        raise InvalidInput(Message("Unknown screening."), "definition")
    defn = load_definition(def_id, version)
    notes = {k: v.strip() for k, v in (notes or {}).items() if v and v.strip()}
    known = {item.id for item in defn.items}
    for item_id, answer in answers.items():
        if item_id not in known or answer not in ANSWERS:
            raise InvalidInput(Message("The answer does not fit this screening."), item_id)
    for name, value in (("subsidy_days", subsidy_days), ("months_unemployed", months_unemployed)):
        if value is not None and value < 0:
            raise InvalidInput(Message("The number cannot be negative."), name)
    if decision is not None and decision not in DECISIONS_BY_KIND[def_id]:
        raise InvalidInput(Message("Choose a decision."), "decision")
    if decision == "guide_elsewhere" and not (guided_to or "").strip():
        raise InvalidInput(Message("Write which service the client is guided to."), "guided_to")
    if decision == "guide_elsewhere" and not (reason or "").strip():
        raise InvalidInput(Message("Write why the client is guided elsewhere."), "reason")
    screened_on = screened_on or clock.today()
    if screened_on > clock.today():
        raise InvalidInput(Message("A screening cannot be dated in the future."), "screened_on")
    with store.session() as s:
        client = s.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise InvalidInput(CLIENT_NOT_FOUND)
        age = age_on(client.birth_date, screened_on) if client.birth_date else None
        suggested = suggest(defn, answers, age=age, subsidy_days=subsidy_days,
                            months_unemployed=months_unemployed)
        row = Screening(client_id=client_id, definition_id=defn.id,
                        definition_version=defn.version, screened_on=screened_on,
                        answers=json.dumps(answers, sort_keys=True),
                        notes=json.dumps(notes, ensure_ascii=False, sort_keys=True),
                        subsidy_days=subsidy_days, months_unemployed=months_unemployed,
                        suggestion=suggested.outcome, decision=decision,
                        guided_to=(guided_to or "").strip() or None,
                        decision_reason=(reason or "").strip() or None,
                        decided_by=store.user.id if decision else None,
                        decided_at=utcnow() if decision else None)
        s.add(row)
        s.flush()
        if def_id == "typ_triggers" and decision == "assess_typ":
            client.multisectoral = True
        store.audit(s, "screening", client_id=client_id, target=f"{defn.id}.v{defn.version}",
                    decision=decision)
        return row


@operation("client_work")
def list_screenings(store: Store, client_id: str, def_id: str | None = None) -> list[Screening]:
    """Screenings of a client, newest first."""
    with store.session() as s:
        query = select(Screening).where(Screening.client_id == client_id,
                                        Screening.deleted_at.is_(None))
        if def_id:
            query = query.where(Screening.definition_id == def_id)
        rows = list(s.exec(query.order_by(Screening.screened_on.desc(),
                                          Screening.created_at.desc())).all())
        store.audit(s, "view", client_id=client_id, target="screenings", rows=len(rows))
        return rows


def answers_of(row: Screening) -> dict:
    return json.loads(row.answers or "{}")


def notes_of(row: Screening) -> dict:
    return json.loads(row.notes or "{}")
