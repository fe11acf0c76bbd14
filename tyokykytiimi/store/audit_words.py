"""What an audit entry was about, in words: the client's name, the target named.

The audit trail stores ids ("plan_version:d429a7b0-…"); an administrator needs
"Aino Asiakas" and "Plan version 2". Names come from the rows as they are
now; an erased client's name is gone with them (shown as erased).
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterable, Optional

import sqlalchemy as sa

from ..i18n import N_, gettext
from ..models import field_words as words
from ..models.clients import Client
from ..models.consents import Consent
from ..models.meetings import Meeting
from ..models.plans import PlanVersion
from ..models.users import User
from .screenings import DEFINITIONS
from .session import Store
from .permissions import operation

# targets written without an id: the area that was read or changed
AREAS = {
    "access_export": N_("Client's data export"), "answer_set": N_("Measurement"),
    "audit_csv": N_("Audit trail export"), "client": N_("Basic data"),
    "clients": N_("Client list"), "consents": N_("Consents"), "database": N_("Database"),
    "due": N_("Due list"), "erasure": N_("Erasure"), "feedback": N_("Client feedback"),
    "history": N_("History"), "measures_summary": N_("Measures summary"),
    "meetings": N_("Network meetings"), "path": N_("Service path"), "plan": N_("Plan"),
    "plan_compare": N_("Plan versions compared"), "retention": N_("Retention list"),
    "safety_flag": N_("Doctor's attention"), "servicemap": N_("Service map"),
    "settings": N_("Settings"), "team_report": N_("Team report"),
    "consent_override": N_("Disclosure without consent"), "user": N_("User"),
    "screening": N_("Screening"),
    "meeting": N_("Network meeting"), "plan_version": N_("Plan version"),
    "consent": N_("Consent"), "signing": N_("Signing keys"), "sync": N_("Team sync"),
    "sync_conflicts": N_("Conflicts"), "device": N_("Workstation"),
    "journal": N_("Journal"), "journal_entry": N_("Journal entry"),
    "journal_history": N_("Journal entry's earlier texts"),
    "answer_history": N_("Measurement's corrections"), "measures": N_("Measures"),
    "followups": N_("Follow-ups"), "overview": N_("Overview"),
    "shown_to_client": N_("Shown to client"), "closing": N_("Closing"),
}


def _moment(value) -> Optional[datetime]:
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


class Described:
    """``client`` and ``target`` texts; ``when`` a date or time the caller formats
    into ``target`` where it holds ``{when}`` (a meeting's time, a consent's day)."""

    def __init__(self, client: str, target: str, when=None):
        self.client, self.target, self.when = client, target, when


@operation("audit_export",
           quiet="names for entries already read by list_entries, the audit page's read")
def describe(store: Store, entries: Iterable, lang: Optional[str] = None
             ) -> dict[int, Described]:
    """{entry.seq: Described} for the entries an audit view shows."""
    entries = list(entries)
    ids: dict[str, set[str]] = {}
    for e in entries:
        kind, _, ident = (e.target or "").partition(":")
        if ident:
            ids.setdefault(kind, set()).add(ident)
    client_ids = {e.client_id for e in entries if e.client_id}
    with store.session() as s:
        conn = s.connection()

        def fetch(model, wanted, *cols):
            if not wanted:
                return {}
            t = model.__table__
            out = {}
            wanted = list(wanted)
            for i in range(0, len(wanted), 500):
                q = sa.select(t.c.id, *[t.c[c] for c in cols]).where(t.c.id.in_(wanted[i:i + 500]))
                out.update({r[0]: r[1:] for r in conn.execute(q)})
            return out
        clients = fetch(Client, client_ids, "first_name", "last_name", "hetu", "temporary_id")
        versions = fetch(PlanVersion, ids.get("plan_version", ()), "number")
        meetings = fetch(Meeting, ids.get("meeting", ()), "starts_at")
        consents = fetch(Consent, ids.get("consent", ()), "given_on")
        users = fetch(User, ids.get("user", ()), "display_name")
    out: dict[int, Described] = {}
    erased = gettext("(erased client)", lang)
    for e in entries:
        client = ""
        if e.client_id:
            row = clients.get(e.client_id)
            if row is None:
                client = erased
            else:
                client = f"{row[0]} {row[1]}" + (f" ({row[2] or row[3]})" if row[2] or row[3] else "")
        kind, _, ident = (e.target or "").partition(":")
        when = None
        if kind.partition(".v")[0] in DEFINITIONS:  # a screening checklist, "criteria.v1"
            kind = "screening"
        label = AREAS.get(kind)
        text = gettext(label, lang) if label else (words.table_label(kind, lang) if kind else "")
        if kind == "plan_version" and ident in versions:
            text = f"{words.table_label('plan_versions', lang)} {versions[ident][0]}"
        elif kind == "meeting":
            text = words.table_label("meetings", lang)
            if ident in meetings:
                when = _moment(meetings[ident][0])
                text += " {when}"
        elif kind == "consent" and ident in consents:
            when = consents[ident][0]
            text = words.table_label("consents", lang) + " {when}"
        elif kind == "user" and ident in users:
            text = f"{gettext(AREAS['user'], lang)} {users[ident][0]}"
        out[e.seq] = Described(client, text, when)
    return out
