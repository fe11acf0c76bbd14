"""Synced tables and writing a row's provisional values into its table."""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

import sqlalchemy as sa
import sqlcipher3
from sqlalchemy.exc import IntegrityError, OperationalError

from ...models import schema  # noqa: F401  (every table in the metadata)
from ...models.base import Record, UTCDateTime
from . import merge, settings_rows

CLIENTS = "clients"
FROZEN_TABLES = ("plan_versions", "plan_goals", "plan_intermediate_goals", "plan_tasks")


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


@lru_cache(maxsize=None)
def synced_tables() -> dict[str, sa.Table]:
    """Every table of team data (the ``Record`` tables), by name."""
    return {c.__table__.name: c.__table__ for c in _subclasses(Record)
            if getattr(c, "__table__", None) is not None}


def to_db(column: sa.Column, value):
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime) or isinstance(kind, sa.DateTime):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(kind, sa.Date):
        return date.fromisoformat(value)
    return value


def to_json(column: sa.Column, value):
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _required(table: sa.Table) -> set[str]:
    return {c.name for c in table.columns
            if not c.nullable and c.default is None and c.server_default is None}


def materialize(conn, table_name: str, row_id: str, state: dict) -> bool:
    """Write the provisional values; False when the row must wait (its parent row
    has not arrived, or it is not yet complete)."""
    if table_name == settings_rows.TABLE:
        return settings_rows.materialize(conn, row_id, state)
    table = synced_tables().get(table_name)
    if table is None:
        return True
    values = merge.values(state)
    try:
        with conn.begin_nested():
            if values.get(merge.REMOVED):
                if values.get(merge.MERGED_INTO):
                    _demote_children(conn, table_name, row_id)
                conn.execute(sa.delete(table).where(table.c.id == row_id))
                return True
            cols = {c.name: to_db(c, values[c.name]) for c in table.columns
                    if c.name in values and c.name != "id"}
            for column in client_refs(table_name):
                if cols.get(column):
                    cols[column] = resolve_client(conn, cols[column])
            exists = conn.execute(sa.select(table.c.id).where(table.c.id == row_id)).first()
            if exists:
                if cols:
                    conn.execute(sa.update(table).where(table.c.id == row_id).values(cols))
                return True
            if not _required(table) - {"id"} <= set(cols):
                return False
            other = unique_clash(conn, table, cols, row_id)
            if other is not None:
                # The same client (henkilötunnus), plan or username was created on two
                # workstations. Everywhere the row with the smaller id is kept and the
                # other waits unwritten, flagged for a person: the same on every side.
                if other < row_id:
                    state["dup"] = True
                    return False
                demote(conn, table_name, other)
            conn.execute(sa.insert(table).values(id=row_id, **cols))
            return True
    except (IntegrityError, OperationalError, sqlcipher3.DatabaseError):
        # (the driver's own errors reach here unwrapped: SQLAlchemy knows sqlite3's)
        return False


@lru_cache(maxsize=None)
def client_refs(table_name: str) -> tuple[str, ...]:
    """The columns of ``table_name`` that name a client."""
    return tuple(column.name for name, _t, column in children(CLIENTS) if name == table_name)


def resolve_client(conn, client_id: str | None) -> str | None:
    """The client a row of ``client_id`` belongs to: the kept client when
    ``client_id`` is a copy merged into it (``duplicates``), else itself.

    A pure function of the rows' merge states, so every workstation places a
    row of a merged copy under the same client whichever arrived first: the
    row or the merge."""
    seen: set[str] = set()
    while client_id and client_id not in seen:
        seen.add(client_id)
        if conn.exec_driver_sql("SELECT 1 FROM clients WHERE id = ?", (client_id,)).first():
            return client_id
        found = conn.exec_driver_sql("SELECT state FROM sync_rows WHERE table_name = ? AND "
                                     "row_id = ?", (CLIENTS, client_id)).first()
        values = merge.values(merge.load(found[0] if found else None))
        kept = values.get(merge.MERGED_INTO) if values.get(merge.REMOVED) else None
        if not kept:
            return client_id
        client_id = kept
    return client_id


def _demote_children(conn, table_name: str, row_id: str) -> None:
    """The rows hanging on a row that leaves its table wait in their merge state.
    For a merged copy they are written again under the kept client
    (``resolve_client``) by the caller's ``apply.retry_pending`` — the same path
    a row of the copy arriving later takes."""
    for name, table, column in list(children(table_name)):
        for (child,) in conn.execute(sa.select(table.c.id).where(column == row_id)).all():
            demote(conn, name, child, top=False)


def unique_clash(conn, table: sa.Table, cols: dict, row_id: str) -> str | None:
    for column in table.columns:
        if column.unique and cols.get(column.name) is not None:
            other = conn.execute(sa.select(table.c.id).where(
                table.c[column.name] == cols[column.name], table.c.id != row_id)).scalar()
            if other is not None:
                return other
    return None


def children(table_name: str):
    for name, table in synced_tables().items():
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name:
                yield name, table, fk.parent


def demote(conn, table_name: str, row_id: str, *, top: bool = True) -> None:
    """Take a row (and the rows hanging on it) out of its table into the merge state
    only, marked waiting: it lost to a row created twice."""
    _demote_children(conn, table_name, row_id)
    table = synced_tables()[table_name]
    row = conn.execute(sa.select(table).where(table.c.id == row_id)).first()
    if row is None:
        return
    found = conn.exec_driver_sql("SELECT state FROM sync_rows WHERE table_name = ? AND "
                                 "row_id = ?", (table_name, row_id)).first()
    state = merge.load(found[0] if found else None)
    for c in table.columns:  # values from before sync was set up have no versions yet
        state["f"].setdefault(c.name, [[{}, "000000000000000.000000", "",
                                        to_json(c, row._mapping[c.name])]])
    if top:
        state["dup"] = True
    client_id = row._mapping.get("client_id") if "client_id" in table.c else (
        row_id if table_name == "clients" else None)
    conn.exec_driver_sql(
        "INSERT INTO sync_rows (table_name, row_id, client_id, state, pending, conflict) "
        "VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (table_name, row_id) DO UPDATE SET "
        "state = excluded.state, pending = 1, conflict = excluded.conflict",
        (table_name, row_id, client_id, merge.dump(state),
         bool(merge.conflicts(table_name, state))))
    conn.execute(sa.delete(table).where(table.c.id == row_id))


class TriggersOff:
    """Lifts the agreed-plan guards inside one transaction and restores them:
    a change agreed elsewhere must land here too (and shows as a conflict)."""

    def __init__(self, conn):
        self.conn = conn
        self.saved: list[tuple[str, str]] = []

    def __enter__(self):
        marks = ",".join("?" * len(FROZEN_TABLES))
        self.saved = list(self.conn.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            f"AND tbl_name IN ({marks})", FROZEN_TABLES).all())
        for name, _sql in self.saved:
            self.conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        return self

    def __exit__(self, *exc):
        for _name, sql in self.saved:
            self.conn.exec_driver_sql(sql)
        return False
