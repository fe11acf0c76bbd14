"""Keeping the service map by hand: add, edit and remove organisations, service cards
and contact people.

Every entry goes through the import's own checks (``servicemap.check_rows``), so a
hand-made entry is one a file import would accept, and an exported map imports
back unchanged. An entry made or edited by hand was just confirmed: its
``last_checked`` becomes today. Removing is a soft delete (consents and invitations
that name the organisation keep its name); removing an organisation removes its
cards and contacts with it.
"""
from __future__ import annotations

import re
import uuid

from sqlmodel import select

from ..i18n import Message
from ..models.base import utcnow
from ..models.servicemap import Contact, Organisation, ServiceCard, codes_text
from .errors import CONTACT_NOT_FOUND, ORGANISATION_NOT_FOUND, InvalidInput
from .servicemap import _MODEL, check_rows
from .session import Store
from .permissions import operation
from .. import clock

SERVICE_NOT_FOUND = Message("The service is not on the service map.")

# Which form field an import problem belongs to, by the words of the problem.
_FIELD_OF = (("name", "name"), ("nimi", "name"), ("namn", "name"), ("sector", "sector"),
             ("sektor", "sector"), ("mail", "email"), ("sähköposti", "email"),
             ("domain", "domains"), ("osa-alue", "domains"), ("stödområde", "domains"),
             ("phase", "phases"), ("vaihe", "phases"), ("fas", "phases"))


def _new_ref(record: str, name: str) -> str:
    """A stable key for a hand-made entry: readable, unique, valid for import."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold().translate(
        str.maketrans("åäöé", "aaoe"))).strip("-")[:40] or record
    return f"{slug}-{uuid.uuid4().hex[:8]}"


def _check(session, record: str, ref: str, values: dict, organisation_ref: str | None) -> None:
    raw = {"record": record, "ref": ref, **{k: v for k, v in values.items() if v is not None}}
    if organisation_ref is not None:
        raw["organisation_ref"] = organisation_ref
    _, problems = check_rows(session, [("form", raw)])
    if problems:
        reason = problems[0].reason
        field = next((f for word, f in _FIELD_OF if word in reason.casefold()), None)
        raise InvalidInput(reason[:1].upper() + reason[1:] + ".", field)


def _clean(values: dict) -> dict:
    return {k: (v.strip() if isinstance(v, str) else v) or None for k, v in values.items()}


def _live(session, model, row_id: str | None, missing):
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted_at is not None:
        raise InvalidInput(missing)
    return row


def _save(store: Store, record: str, row_id: str | None, values: dict,
          organisation_id: str | None = None):
    model = _MODEL[record]
    values = _clean(values)
    missing = {"organisation": ORGANISATION_NOT_FOUND, "service": SERVICE_NOT_FOUND,
               "contact": CONTACT_NOT_FOUND}[record]
    with store.session() as s:
        org_ref = None
        if record != "organisation":
            org = _live(s, Organisation, organisation_id, ORGANISATION_NOT_FOUND)
            org_ref = org.ref
        row = _live(s, model, row_id, missing) if row_id else None
        ref = row.ref if row is not None else _new_ref(record, values.get("name") or "")
        check = dict(values)
        for key in ("domains", "phases"):
            if key in check:
                check[key] = list(check[key] or [])
        _check(s, record, ref, check, org_ref)
        if row is None:
            row = model(ref=ref, **({"organisation_id": organisation_id}
                                    if organisation_id else {}))
        for key, value in values.items():
            if key in ("domains", "phases"):
                value = codes_text(value or [])
            setattr(row, key, value)
        row.last_checked = clock.today()
        created = row.id is None or s.get(model, row.id) is None
        s.add(row)
        s.flush()
        store.audit(s, "create" if created else "change", target=f"servicemap:{record}",
                    ref=ref)
        return row


@operation("edit_service_map")
def save_organisation(store: Store, org_id: str | None = None, *, name: str, sector: str,
                      area: str | None = None, phone: str | None = None,
                      address: str | None = None) -> Organisation:
    return _save(store, "organisation", org_id, dict(name=name, sector=sector, area=area,
                                                     phone=phone, address=address))


@operation("edit_service_map")
def save_service(store: Store, service_id: str | None = None, *, organisation_id: str,
                 name: str, offers: str | None = None, for_whom: str | None = None,
                 domains: list[str] = (), phases: list[str] = (),
                 how_to_refer: str | None = None, area: str | None = None) -> ServiceCard:
    return _save(store, "service", service_id,
                 dict(name=name, offers=offers, for_whom=for_whom, domains=list(domains),
                      phases=list(phases), how_to_refer=how_to_refer, area=area),
                 organisation_id)


@operation("edit_service_map")
def save_contact(store: Store, contact_id: str | None = None, *, organisation_id: str,
                 name: str, title: str | None = None, phone: str | None = None,
                 email: str | None = None) -> Contact:
    return _save(store, "contact", contact_id,
                 dict(name=name, title=title, phone=phone, email=email), organisation_id)


def _remove(store: Store, model, row_id: str, missing, record: str) -> None:
    with store.session() as s:
        row = _live(s, model, row_id, missing)
        now = utcnow()
        row.deleted_at = now
        s.add(row)
        if model is Organisation:
            for child in (ServiceCard, Contact):
                for r in s.exec(select(child).where(child.organisation_id == row_id,
                                                    child.deleted_at.is_(None))):
                    r.deleted_at = now
                    s.add(r)
        store.audit(s, "delete", target=f"servicemap:{record}", ref=row.ref)


@operation("edit_service_map")
def remove_organisation(store: Store, org_id: str) -> None:
    _remove(store, Organisation, org_id, ORGANISATION_NOT_FOUND, "organisation")


@operation("edit_service_map")
def remove_service(store: Store, service_id: str) -> None:
    _remove(store, ServiceCard, service_id, SERVICE_NOT_FOUND, "service")


@operation("edit_service_map")
def remove_contact(store: Store, contact_id: str) -> None:
    _remove(store, Contact, contact_id, CONTACT_NOT_FOUND, "contact")
