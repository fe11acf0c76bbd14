"""Conflicts a person decides: listed with both versions, decided once for the team.

A decision is a new version of the field made on top of every version shown
(``capture.record``), so it supersedes them on every workstation it reaches,
and it is audited. Concurrently agreed versions of one plan (two agreed plan
versions with the same number) are listed too; they are decided in the plan.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa

from ..errors import InvalidInput
from ..session import Store
from .errors import GONE
from ...clock import utcnow
from . import capture, clock, duplicates, merge, rows, settings_rows, stranded
from ..permissions import operation


@dataclass(frozen=True)
class Version:
    value: object
    device: str
    device_name: str
    user: str
    at: datetime


@dataclass(frozen=True)
class Conflict:
    table: str
    row_id: str
    client_id: str | None
    field: str
    # field | seal | duplicate | plans_agreed | stranded (rows of a gone client) |
    # merged_edit (a copy's field edited after it was merged into the kept client)
    kind: str
    versions: tuple
    provisional: object
    client_name: str = ""
    kept_name: str = ""  # a client created twice: the one kept (the copy merges into it)


def _names(conn, sql: str) -> dict:
    return dict(conn.exec_driver_sql(sql).all())


@operation("client_work")
def list_conflicts(store: Store) -> list[Conflict]:
    out = []
    with store.engine.connect() as conn:
        devices = _names(conn, "SELECT id, name FROM sync_devices")
        users = _names(conn, "SELECT id, display_name FROM users")
        names = _names(conn, "SELECT id, first_name || ' ' || last_name FROM clients")
        for table, row_id, client_id, text in conn.exec_driver_sql(
                "SELECT table_name, row_id, client_id, state FROM sync_rows WHERE conflict "
                "ORDER BY table_name, row_id").all():
            state = merge.load(text)
            by = {(h[1], h[2]): h[3] for h in state["f"].get("updated_by", [])}
            if table == "clients" and client_id not in names:  # a copy waiting unwritten
                own = merge.values(state)
                names[client_id] = f"{own.get('first_name') or ''} {own.get('last_name') or ''}"

            for c in merge.conflicts(table, state):
                versions = tuple(
                    Version(h[3], h[2], devices.get(h[2], h[2][:8]),
                            users.get(by.get((h[1], h[2])), "") or "",
                            datetime.fromtimestamp(clock.decode(h[1])[0] / 1000, timezone.utc))
                    for h in c["heads"])
                if c["kind"] == "merged_edit":  # the copy's field edited after the merge
                    kept = rows.resolve_client(conn, row_id)
                    out.append(Conflict(table, row_id, kept, c["against"], c["kind"],
                                        versions[1:], merge.winner(c["heads"][1:])[3],
                                        names.get(kept, ""), names.get(kept, "")))
                    continue
                kept = duplicates.kept_for(conn, row_id)[0] if (
                    c["kind"] == "duplicate" and table == duplicates.TABLE) else None
                out.append(Conflict(table, row_id, client_id, c["field"], c["kind"], versions,
                                    merge.winner(state["f"][c["field"]])[3],
                                    names.get(client_id, ""), names.get(kept, "")))
        for plan_id, number, ids in conn.exec_driver_sql(
                "SELECT plan_id, number, group_concat(id) FROM plan_versions "
                "WHERE state = 'agreed' AND deleted_at IS NULL GROUP BY plan_id, number "
                "HAVING count(*) > 1").all():
            out.append(Conflict("plan_versions", plan_id, None, "state", "plans_agreed",
                                tuple(ids.split(",")), None))
        for g in stranded.find(conn):
            out.append(Conflict(rows.CLIENTS, g.client_id, g.same_person, "client_id",
                                "stranded", g.rows, None, g.name,
                                names.get(g.same_person, "")))
    with store.session() as s:  # the conflicts screen names clients: a read to audit
        store.audit(s, "list", target="sync_conflicts", count=len(out))
    return out


@operation("client_work")
def decide(store: Store, table: str, row_id: str, field: str, value) -> None:
    """Keep ``value`` (one of the versions, or a combined one) for the whole team."""
    target = rows.synced_tables().get(table)
    is_setting = table == settings_rows.TABLE and field == settings_rows.FIELD
    if not is_setting and (target is None or field not in target.c):
        raise InvalidInput(GONE)
    if is_setting:
        store.require_admin()  # team settings are the administrators'
    with store.session() as s:
        conn = s.connection()
        state, found = capture.load_row(conn, table, row_id)
        if not found or field not in state["f"]:
            raise InvalidInput(GONE)
        now = utcnow()
        fields = {field: value, **merge.stamps(store.user.id, now)}
        client_id = conn.exec_driver_sql("SELECT client_id FROM sync_rows WHERE "
                                         "table_name = ? AND row_id = ?",
                                         (table, row_id)).scalar()
        if is_setting:
            settings_rows.write_value(conn, row_id, value)
        else:
            with rows.TriggersOff(conn):
                conn.execute(sa.update(target).where(target.c.id == row_id).values(
                    {field: rows.to_db(target.c[field], value), "updated_at": now,
                     "updated_by": store.user.id}))
        capture.record(conn, store.device_id, table, row_id, client_id, "decide", fields)
        store.audit(s, "sync_decide", client_id=client_id, target=f"{table}:{row_id}",
                    field=field)


def count_in(conn) -> int:
    """Rows in conflict, and gone clients' rows waiting for a person (``stranded``)."""
    return (conn.exec_driver_sql("SELECT count(*) FROM sync_rows WHERE conflict").scalar()
            or 0) + len(stranded.find(conn))


@operation("session", quiet="a count that names no client")
def conflict_count(store: Store) -> int:
    with store.engine.connect() as conn:
        try:
            return count_in(conn)
        except sa.exc.OperationalError:
            return 0


__all__ = ["Conflict", "Version", "conflict_count", "decide", "list_conflicts"]


@operation("client_work", quiet="a count on a client page whose view was audited")
def client_conflict_count(store: Store, client_id: str) -> int:
    """Conflicts in the rows of one client (the client page shows them)."""
    with store.engine.connect() as conn:
        try:
            return conn.exec_driver_sql("SELECT count(*) FROM sync_rows WHERE conflict AND "
                                        "client_id = ?", (client_id,)).scalar() or 0
        except sa.exc.OperationalError:
            return 0
