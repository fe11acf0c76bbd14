"""Capture: every write of team data becomes a numbered change of this workstation.

The store's flush listener (``store/session.py``) already stamps each row and
writes its JSON snapshot to the change log in the same transaction. This
listener runs right after it (it is registered later) in that same
transaction and, once sync is set up, adds for each written row the fields
that changed, the next gapless sequence number of this workstation
(``UPDATE … RETURNING`` takes the write lock, so two transactions cannot draw
the same number), a hybrid-clock value for ties, and the version vector the
change was made on top of (``merge``). New audit entries are captured too: the
trail travels with the data so other workstations can check the chain.

Changes the sync applies from other workstations are written with SQL
statements, not through the ORM, so they are never captured a second time.
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from ...models.audit import AuditEntry
from ...models.base import Record
from ...models.users import Setting
from ..session import Store, _client_id_of  # imported first: its listener runs first
from . import clock, merge, rights, settings_rows
from ..permissions import operation

AUDIT = "audit_entries"


@operation("session")
def enabled(store: Store, conn) -> bool:
    """Whether this database has been set up for sync (cached on the open store)."""
    cached = store.__dict__.get("_sync_enabled")
    if cached is None:
        try:
            cached = conn.exec_driver_sql("SELECT 1 FROM sync_self").first() is not None
        except OperationalError:
            return False  # before migration 0010 (the backup before a migration)
        store.__dict__["_sync_enabled"] = cached
    return cached


def next_number(conn) -> tuple[int, str]:
    seq, wall, count = conn.exec_driver_sql(
        "UPDATE sync_self SET seq = seq + 1 WHERE id = 1 RETURNING seq, hlc_wall, hlc_count"
    ).one()
    wall, count = clock.tick(wall, count)
    conn.exec_driver_sql("UPDATE sync_self SET hlc_wall = ?, hlc_count = ? WHERE id = 1",
                         (wall, count))
    return seq, clock.encode(wall, count)


def load_row(conn, table: str, row_id: str) -> tuple[dict, bool]:
    row = conn.exec_driver_sql("SELECT state FROM sync_rows WHERE table_name = ? AND row_id = ?",
                               (table, row_id)).first()
    return merge.load(row[0] if row else None), row is not None


def save_row(conn, table: str, row_id: str, client_id, state: dict, *, pending=False) -> bool:
    conflict = bool(merge.conflicts(table, state))
    conn.exec_driver_sql(
        "INSERT INTO sync_rows (table_name, row_id, client_id, state, pending, conflict) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, row_id) DO UPDATE SET "
        "client_id = coalesce(excluded.client_id, client_id), state = excluded.state, "
        "pending = excluded.pending, conflict = excluded.conflict",
        (table, row_id, client_id, merge.dump(state), pending, conflict))
    return conflict


def record(conn, device: str, table: str, row_id: str, client_id, op: str,
           fields: dict) -> int:
    """Number and keep one local change; moves the row's merge state forward."""
    seq, hlc = next_number(conn)
    vv: dict = {}
    if table != AUDIT and op != "erase_client":
        state, _ = load_row(conn, table, row_id)
        vv = merge.local_write(state, fields, device, seq, hlc)
        rights.remember(table, state, fields, vv, device, hlc)
        save_row(conn, table, row_id, client_id, state)
        at = rights.position(conn, table, fields)
        if at is not None:  # how the role that allowed this was known here (rights)
            fields = {**fields, rights.AT: at}
    conn.exec_driver_sql(
        "INSERT INTO sync_changes (seq, hlc, table_name, row_id, client_id, op, vv, fields) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, hlc, table, row_id, client_id, op, json.dumps(vv, sort_keys=True),
         json.dumps(fields, ensure_ascii=False, sort_keys=True)))
    return seq


def _changed(obj: Record) -> dict:
    dump = obj.model_dump(mode="json")
    state = sa.inspect(obj)
    # The stamps always travel with an edit: they say who made each version.
    return {name: dump[name] for name in dump
            if name in merge.META or (name in state.attrs
                                      and state.attrs[name].history.has_changes())}


def audit_fields(entry: AuditEntry) -> dict:
    return entry.model_dump(mode="json")


@event.listens_for(Session, "before_flush")
def _capture(session: Session, flush_context, instances) -> None:
    store: Store | None = session.info.get("store")
    if store is None:
        return
    conn = session.connection()
    if not enabled(store, conn):
        return
    items = []
    for obj in list(session.new):
        if isinstance(obj, Record):
            items.append((obj, "create", obj.model_dump(mode="json")))
        elif isinstance(obj, AuditEntry):
            items.append((obj, "audit", audit_fields(obj)))
    for obj in list(session.dirty):
        if isinstance(obj, Record) and session.is_modified(obj, include_collections=False):
            fields = _changed(obj)
            if set(fields) - merge.META:
                items.append((obj, "update", fields))
    for obj in list(session.deleted):
        if isinstance(obj, Record):
            items.append((obj, "remove", {merge.REMOVED: True}))
    user = getattr(store, "user", None)
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Setting) and settings_rows.is_team_key(obj.key) and (
                obj in session.new or session.is_modified(obj)):
            record(conn, store.device_id, settings_rows.TABLE, obj.key, None,
                   "create" if obj in session.new else "update",
                   settings_rows.fields(obj, user.id if user else None))
    for obj, op, fields in items:
        if op == "audit":
            record(conn, store.device_id, AUDIT, str(obj.seq), obj.client_id, op, fields)
        else:
            record(conn, store.device_id, obj.__tablename__, obj.id, _client_id_of(obj), op,
                   fields)
