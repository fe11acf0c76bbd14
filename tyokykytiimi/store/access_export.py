"""Everything stored about one client: the client's own data (right of access).

Which tables hold a client's data is worked out from the schema, not listed
by hand, so a new table is covered the day it is added (and erasure, which
uses the same walk, removes it too):

- ``clients`` itself (the row whose id is the client's);
- every table with a ``client_id`` column (screenings, consents, meetings,
  plans, measures, feedback tied to the client …);
- every table with a foreign key to a row found so far (meeting invitees,
  safety flags, plan goals …), followed as deep as the keys go.

Besides those rows the client's data also lives in the change log (a JSON
snapshot of every write, by ``client_id`` or by the row's id) and the audit
trail (who viewed or changed their data). :func:`collect` gathers all of it
into one plain dict (no Qt, no files); ``reports.access_export_pdf`` and
``reports.access_export_json`` write it out. Collecting is itself an
"export" entry in the audit trail, naming the client by id only, and it is
written before the trail is read, so the export lists itself.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterable

import sqlalchemy as sa
from sqlmodel import SQLModel

from ..models import schema  # noqa: F401  (fills the metadata)
from ..models.audit import AuditEntry, ChangeLog
from ..models.base import utcnow
from .errors import InvalidInput
from .session import Store
from .settings import get_setting
from ..i18n import Message
from .permissions import operation

SCHEMA = "tyokykytiimi.client_data"
SCHEMA_VERSION = 1
ROOT = "clients"
# Logs about rows, not rows of their own: handled apart (history and audit sections).
LOG_TABLES = ("audit_entries", "change_log",
              # sync's book-keeping: erasure blanks it in store/sync/erase.py
              "sync_changes", "sync_rows", "sync_remote_audit")
# The order a person reads the sections in; tables found later follow in schema order.
SECTION_ORDER = ("clients", "path_events", "screenings", "consents", "consent_overrides",
                 "meetings", "invitees", "plans", "plan_versions", "plan_goals",
                 "plan_intermediate_goals", "plan_tasks", "answer_sets", "safety_flags",
                 "feedback")
# Text columns that hold JSON: decoded so the machine-readable copy is not JSON in JSON.
JSON_COLUMNS = {
    ("screenings", "answers"), ("screenings", "notes"),
    ("consents", "purposes"), ("consents", "org_ids"), ("consents", "party_names"),
    ("meetings", "domains"), ("plan_versions", "participants"),
    ("answer_sets", "answers"), ("feedback", "ratings"),
}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CHUNK = 500


@dataclass(frozen=True)
class ClientTable:
    """A table that holds a client's rows and how they are found."""

    name: str
    table: sa.Table
    direct: bool  # has a client_id column
    parents: tuple[tuple[str, str], ...]  # (column, table) foreign keys to client tables


def client_tables() -> list[ClientTable]:
    """Every table holding client data, parents before children (schema order)."""
    found: dict[str, ClientTable] = {}
    for table in SQLModel.metadata.sorted_tables:
        if table.name in LOG_TABLES:
            continue
        direct = "client_id" in table.c
        parents = tuple(sorted({(fk.parent.name, fk.column.table.name)
                                for fk in table.foreign_keys
                                if fk.column.table.name in found}))
        if table.name == ROOT or direct or parents:
            if "id" not in table.c:
                raise RuntimeError(f"client table {table.name} has no id column")
            found[table.name] = ClientTable(table.name, table, direct, parents)
    return list(found.values())


def section_order(names: Iterable[str]) -> list[str]:
    names = list(names)
    known = [n for n in SECTION_ORDER if n in names]
    return known + [n for n in names if n not in SECTION_ORDER]


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def _select_rows(conn, ct: ClientTable, client_id: str, ids: dict[str, list[str]]) -> list[dict]:
    t = ct.table
    conditions = []
    if ct.name == ROOT:
        conditions.append(t.c.id == client_id)
    if ct.direct:
        conditions.append(t.c.client_id == client_id)
    out: dict[str, dict] = {}
    if conditions:
        for row in conn.execute(sa.select(t).where(sa.or_(*conditions))).mappings():
            out[row["id"]] = dict(row)
    for column, parent in ct.parents:
        for chunk in _chunks(ids.get(parent, [])):
            for row in conn.execute(sa.select(t).where(t.c[column].in_(chunk))).mappings():
                out.setdefault(row["id"], dict(row))
    return sorted(out.values(), key=lambda r: (str(r.get("created_at") or ""), r["id"]))


def client_rows(conn, client_id: str) -> dict[str, list[dict]]:
    """Table name -> the client's rows (column -> value), in schema order."""
    ids: dict[str, list[str]] = {}
    rows: dict[str, list[dict]] = {}
    for ct in client_tables():
        found = _select_rows(conn, ct, client_id, ids)
        rows[ct.name] = found
        ids[ct.name] = [r["id"] for r in found]
    return rows


def _mentions(values: Iterable[str | None], wanted: set[str]) -> bool:
    return any(v and wanted.intersection(_UUID.findall(v)) for v in values)


def client_change_ids(conn, client_id: str, row_ids: set[str]) -> list[str]:
    """Change-log rows about the client: by client, by one of their rows, or naming them."""
    c = ChangeLog.__table__.c
    found = {r[0] for r in conn.execute(sa.select(c.id).where(c.client_id == client_id))}
    wanted = set(row_ids) | {client_id}
    for cid, row_id, snapshot in conn.execute(
            sa.select(c.id, c.row_id, c.snapshot).where(
                sa.or_(c.client_id.is_(None), c.client_id != client_id))):
        if row_id in wanted or _mentions([snapshot], wanted):
            found.add(cid)
    return sorted(found)


def client_audit_ids(conn, client_id: str, row_ids: set[str]) -> list[str]:
    """Audit entries about the client: by client id, or whose target or detail
    names the client or one of their rows."""
    c = AuditEntry.__table__.c
    found = {r[0] for r in conn.execute(sa.select(c.id).where(c.client_id == client_id))}
    wanted = set(row_ids) | {client_id}
    for eid, target, detail in conn.execute(
            sa.select(c.id, c.target, c.detail).where(
                sa.or_(c.client_id.is_(None), c.client_id != client_id))):
        if _mentions([target, detail], wanted):
            found.add(eid)
    return sorted(found)


def _decode(table: str, row: dict) -> dict:
    out = {}
    for key, value in row.items():
        if (table, key) in JSON_COLUMNS and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                pass
        out[key] = value
    return out


def _uuids(value) -> set[str]:
    if isinstance(value, str):
        return set(_UUID.findall(value))
    if isinstance(value, dict):
        return set().union(*(_uuids(v) for v in value.values())) if value else set()
    if isinstance(value, (list, tuple)):
        return set().union(*(_uuids(v) for v in value)) if value else set()
    return set()


def _names(conn, ids: set[str]) -> dict[str, str]:
    """Readable names for the staff, organisations and contacts the data refers to."""
    meta = SQLModel.metadata.tables
    out: dict[str, str] = {}
    for table, column in (("users", "display_name"), ("organisations", "name"),
                          ("contacts", "name")):
        t = meta.get(table)
        if t is None:
            continue
        wanted = sorted(ids - set(out))
        for chunk in _chunks(wanted):
            for rid, name in conn.execute(sa.select(t.c.id, t.c[column]).where(
                    t.c.id.in_(chunk))):
                out[rid] = name
    return out


@operation("access_export")
def collect(store: Store, client_id: str) -> dict:
    """Everything stored about one client, as one plain dict; audited as an export.

    Keys: ``schema``, ``schema_version``, ``exported_at`` (UTC), ``exported_by``,
    ``team_name``, ``client_id``, ``sections`` (table name -> rows, in reading
    order), ``history`` (change-log entries, oldest first, snapshots decoded),
    ``audit`` (audit entries, oldest first, details decoded) and ``names``
    (id -> name of the staff, organisations and contacts referred to).
    """
    with store.session() as s:
        conn = s.connection()
        exists = conn.execute(sa.text("SELECT 1 FROM clients WHERE id = :id"),
                              {"id": client_id}).first()
        if exists is None:
            raise InvalidInput(Message("The client was not found."))
        store.audit(s, "export", client_id=client_id, target="access_export")
        rows = client_rows(conn, client_id)
        row_ids = {r["id"] for found in rows.values() for r in found}
        sections = {name: [_decode(name, r) for r in rows[name]]
                    for name in section_order(rows)}

        cl = ChangeLog.__table__
        change_ids = client_change_ids(conn, client_id, row_ids)
        history = []
        for chunk in _chunks(change_ids):
            for r in conn.execute(sa.select(cl).where(cl.c.id.in_(chunk))).mappings():
                try:
                    snapshot = json.loads(r["snapshot"] or "{}")
                except ValueError:
                    snapshot = r["snapshot"]
                history.append({"at": r["at"], "user_id": r["user_id"],
                                "table": r["table_name"], "row_id": r["row_id"],
                                "op": r["op"], "snapshot": snapshot})
        history.sort(key=lambda h: (h["at"], h["row_id"]))

        at = AuditEntry.__table__
        audit_ids = client_audit_ids(conn, client_id, row_ids)
        audit = []
        for chunk in _chunks(audit_ids):
            for r in conn.execute(sa.select(at).where(at.c.id.in_(chunk))).mappings():
                try:
                    detail = json.loads(r["detail"] or "{}")
                except ValueError:
                    detail = r["detail"]
                audit.append({"seq": r["seq"], "at": r["at"], "user_id": r["user_id"],
                              "username": r["username"], "action": r["action"],
                              "target": r["target"], "detail": detail})
        audit.sort(key=lambda a: a["seq"])

        referred = _uuids(sections) | {h["user_id"] for h in history if h["user_id"]} | {
            a["user_id"] for a in audit if a["user_id"]}
        names = _names(conn, referred - row_ids - {client_id})
        team = get_setting(s, "team_name") or ""
        from .contacts import team_zone
        from .disclosures import disclosures
        given = disclosures(s, client_id, audit)
        zone = team_zone(s)
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "exported_at": utcnow(),
        "exported_by": {"user_id": store.user.id, "username": store.user.username,
                        "display_name": store.user.display_name},
        "team_name": team,
        "client_id": client_id,
        "sections": sections,
        "history": history,
        "audit": audit,
        "names": names,
        # To whom the data was disclosed, on what basis (703/2023); see store.disclosures.
        "disclosures": given,
        "time_zone": zone,
    }


__all__ = ["ClientTable", "JSON_COLUMNS", "SCHEMA", "SCHEMA_VERSION", "SECTION_ORDER",
           "client_audit_ids", "client_change_ids", "client_rows", "client_tables", "collect",
           "section_order"]
