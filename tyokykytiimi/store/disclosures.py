"""Disclosures of a client's data, for the client's copy of their data (703/2023).

The client-data act gives the client the right to know to whom their data was
disclosed. Two sources say so:

- audit entries of exports and prints that name outside recipients (the
  parties' plan, the meeting's .ics and mail draft): when, what, to whom;
- recorded consent overrides (a disclosure without consent where the law
  allows it), with their legal basis and reason.

For each recipient the legal basis is the consent that covered that party and
purpose on that day, or the recorded override; the export says so plainly when
neither was recorded, rather than leave it out.
"""
from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from ..models.consents import Consent, ConsentOverride, covers

# What each disclosed document is for: the consent purpose it needs.
DOCUMENT_PURPOSE = {"parties": "plan_recording", "ics": "network", "mail_draft": "network",
                    "invitation_list": "network"}


def _day(at) -> date:
    if isinstance(at, datetime):
        from .. import formats
        return formats.local_time(at).date()
    return at


def _party_names(session: Session, parties: set[str]) -> dict[str, str]:
    meta = sa.MetaData()
    out: dict[str, str] = {}
    conn = session.connection()
    for table, column in (("organisations", "name"), ("contacts", "name"),
                          ("users", "display_name")):
        t = sa.Table(table, meta, autoload_with=conn)
        wanted = sorted(parties - set(out))
        if not wanted:
            break
        for rid, name in conn.execute(sa.select(t.c.id, t.c[column]).where(t.c.id.in_(wanted))):
            out[rid] = name
    return out


def _contact_org(session: Session, ids: set[str]) -> dict[str, str]:
    """contact id -> organisation id, so a consent naming the organisation covers its people."""
    if not ids:
        return {}
    rows = session.connection().execute(sa.text(
        "SELECT id, organisation_id FROM contacts WHERE id IN ({})".format(
            ", ".join(f":p{i}" for i in range(len(ids))))),
        {f"p{i}": v for i, v in enumerate(sorted(ids))})
    return {r[0]: r[1] for r in rows if r[1]}


def disclosures(session: Session, client_id: str, audit: list[dict]) -> list[dict]:
    """Every disclosure of the client's data, oldest first.

    Each: ``at`` (datetime or date), ``document`` (code), ``recipient`` (name),
    ``party`` (id or name as stored), ``purpose`` (consent purpose code),
    ``basis`` ("consent" | "override" | "none"), ``basis_detail`` (the consent's
    date given, or the override's legal basis and reason).
    """
    consents = list(session.exec(select(Consent).where(Consent.client_id == client_id,
                                                       Consent.deleted_at.is_(None))))
    overrides = list(session.exec(select(ConsentOverride).where(
        ConsentOverride.client_id == client_id, ConsentOverride.deleted_at.is_(None))))
    wanted: list[tuple] = []
    for a in audit:
        detail = a.get("detail") if isinstance(a.get("detail"), dict) else {}
        recipients = detail.get("recipients") or []
        if a.get("action") not in ("export", "print") or not recipients:
            continue
        document = detail.get("document") or ""
        purpose = DOCUMENT_PURPOSE.get(document, "disclosure")
        for party in recipients:
            wanted.append((a["at"], document, party, purpose))
    parties = {w[2] for w in wanted} | {o.party for o in overrides}
    names = _party_names(session, parties)
    orgs = _contact_org(session, parties)
    out = []
    for at, document, party, purpose in wanted:
        day = _day(at)
        basis, detail = "none", ""
        for candidate in (party, orgs.get(party)):
            if candidate and covers(consents, candidate, purpose, day):
                consent = next(c for c in consents if purpose in c.purpose_list
                               and (candidate in c.org_id_list
                                    or candidate in c.party_name_list))
                basis, detail = "consent", consent.given_on.isoformat()
                break
        if basis == "none":
            for o in overrides:
                if o.party in (party, orgs.get(party)) and o.purpose == purpose and o.on == day:
                    basis, detail = "override", f"{o.legal_basis} – {o.reason}"
                    break
        out.append({"at": at, "document": document, "party": party,
                    "recipient": names.get(party, party), "purpose": purpose,
                    "basis": basis, "basis_detail": detail})
    for o in overrides:
        out.append({"at": o.on, "document": "override", "party": o.party,
                    "recipient": names.get(o.party, o.party), "purpose": o.purpose,
                    "basis": "override", "basis_detail": f"{o.legal_basis} – {o.reason}"})
    out.sort(key=lambda d: (_day(d["at"]), str(d["recipient"])))
    return out

