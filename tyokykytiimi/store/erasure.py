"""Erasing a client for real, when it is due.

Client data is normally soft-deleted; erasure is the exception the law or the
person asks for (DESIGN.md). An administrator erases one client after a
confirmation that names them (:func:`erase_client` checks the typed name
itself, so no caller can skip it). In one transaction, on a connection with
``PRAGMA secure_delete = ON`` (deleted content is overwritten, not just
unlinked):

1. an "erase" audit entry is written: who and when, the basis, how many rows
   and audit entries it touched: no name, no henkilötunnus and not the
   client's id either (the id is the client's data too: kept anywhere, it
   would tie the backups and exports that still hold the client to this
   erasure);
2. every row about the client is deleted: the tables found by
   :func:`store.access_export.client_tables` (the client, and everything with a
   client_id or a foreign key to such a row), children first; the database's
   own guards against changing agreed plan versions are lifted for this
   transaction only and put back before it commits;
3. the client's change-log rows are deleted;
4. the client's audit entries are redacted: ``client_id``, ``target`` and
   ``detail`` blanked, ``redacted_by`` set to the erase entry. Who did what
   and when stays, and the chain still verifies (see ``models.audit``).

After the commit the WAL is checkpointed and truncated and the file is
VACUUMed, so no free page keeps the data. Backups made before the erasure still
hold the client until they rotate out: the confirmation says so.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from ..models.audit import REDACTED_DETAIL, AuditEntry, ChangeLog
from ..models.clients import Client, retention_ends
from .access_export import client_audit_ids, client_change_ids, client_rows, client_tables
from .database import translate_os_error, writing
from .errors import InvalidInput
from .session import Store
from ..i18n import Message
from .permissions import operation
from .. import clock

BASES = ("retention_ended", "client_request", "entered_in_error")


def _norm(text: str) -> str:
    return " ".join((text or "").casefold().split())


def names_match(first_name: str, last_name: str, typed: str) -> bool:
    """The typed confirmation names the client: "First Last" or "Last First"."""
    typed = _norm(typed)
    return bool(typed) and typed in (_norm(f"{first_name} {last_name}"),
                                     _norm(f"{last_name} {first_name}"))


@dataclass(frozen=True)
class ErasureCheck:
    """What the confirmation shows before an erasure."""

    client_id: str
    first_name: str
    last_name: str
    identifier: str
    status: str
    closed_on: date | None
    retention_ends: date | None
    retention_ended: bool
    rows: int  # rows of client data the erasure removes

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def _client(s: Session, client_id: str) -> Client:
    client = s.get(Client, client_id)
    if client is None:
        raise InvalidInput(Message("The client was not found."))
    return client


def _retention(client: Client, today: date) -> tuple[date | None, bool]:
    ends = retention_ends(client.closed_on) if client.status == "closed" else None
    return ends, ends is not None and ends <= today


@operation("erasure")
def erasure_check(store: Store, client_id: str, today: date | None = None) -> ErasureCheck:
    """The client's name, retention and row count for the confirmation (admin only)."""
    today = today or clock.today()
    with store.session() as s:
        client = _client(s, client_id)
        rows = client_rows(s.connection(), client_id)
        ends, ended = _retention(client, today)
        store.audit(s, "view", client_id=client_id, target="erasure")
        return ErasureCheck(client.id, client.first_name, client.last_name, client.identifier,
                            client.status, client.closed_on, ends, ended,
                            sum(len(v) for v in rows.values()))


@dataclass(frozen=True)
class ErasureResult:
    entry_id: str  # the "erase" audit entry
    rows: int  # rows of client data deleted
    history: int  # change-log rows deleted
    redacted: int  # audit entries redacted
    compacted: bool  # WAL checkpointed and truncated after VACUUM


def _validate(client: Client, confirm_name: str, basis: str, today: date) -> None:
    if not names_match(client.first_name, client.last_name, confirm_name):
        raise InvalidInput(Message("The name typed is not the name of the client to be erased."), "confirm_name")
    if basis not in BASES:
        raise InvalidInput(Message("Choose the basis for the erasure."), "basis")
    if basis == "retention_ended" and not _retention(client, today)[1]:
        raise InvalidInput(Message("The client's retention time has not ended. Choose another basis if the erasure is still due."), "basis")


def _delete_ids(conn, table: sa.Table, ids: list[str]) -> None:
    for i in range(0, len(ids), 500):
        conn.execute(sa.delete(table).where(table.c.id.in_(ids[i:i + 500])))


def _erase_in(s: Session, store: Store, client_id: str, confirm_name: str, basis: str,
              today: date) -> ErasureResult:
    client = _client(s, client_id)
    _validate(client, confirm_name, basis, today)
    return remove_client(s, store, client_id, basis)


def remove_client(s: Session, store: Store, client_id: str, basis: str, *,
                  origin: bool = True) -> ErasureResult:
    """Steps 1-4 above, once the erasure is decided (here, or on another team
    workstation whose signed order arrived: ``origin`` False)."""
    conn = s.connection()
    tables = client_tables()
    rows = client_rows(conn, client_id)
    ids = {name: [r["id"] for r in found] for name, found in rows.items()}
    row_ids = {i for found in ids.values() for i in found}
    change_ids = client_change_ids(conn, client_id, row_ids)
    audit_ids = client_audit_ids(conn, client_id, row_ids)
    s.expunge_all()
    entry = store.audit(s, "erase", target="client", basis=basis, rows=len(row_ids),
                        history=len(change_ids), redacted=len(audit_ids))

    names = [t.name for t in tables]
    marks = ",".join("?" * len(names))
    triggers = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})",
        tuple(names)).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    for ct in reversed(tables):
        _delete_ids(conn, ct.table, ids.get(ct.name, []))
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)

    _delete_ids(conn, ChangeLog.__table__, change_ids)
    audit = AuditEntry.__table__
    for i in range(0, len(audit_ids), 500):
        conn.execute(sa.update(audit).where(audit.c.id.in_(audit_ids[i:i + 500])).values(
            client_id=None, target=None, detail=REDACTED_DETAIL, redacted_by=entry.id))
    from .sync.erase import client_erased  # the order travels to the team's workstations
    client_erased(s, store, client_id, basis, origin=origin)
    return ErasureResult(entry.id, len(row_ids), len(change_ids), len(audit_ids), False)


@operation("erasure")
def compact(store: Store) -> bool:
    """Checkpoint and truncate the WAL, VACUUM, and again: no freed page keeps old data.

    True when the last checkpoint completed (no reader held it back).
    """
    raw = store.engine.raw_connection()
    try:
        db = raw.driver_connection  # autocommit: VACUUM cannot run in a transaction
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        db.execute("VACUUM")
        busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except DBAPIError as exc:
        raise translate_os_error(exc) from exc
    finally:
        raw.close()
    return busy == 0


@operation("erasure")
def erase_client(store: Store, client_id: str, *, confirm_name: str, basis: str,
                 today: date | None = None) -> ErasureResult:
    """Erase the client and every row about them for real (admin only).

    ``confirm_name`` is what the person typed to confirm ("First Last" or
    "Last First"); ``basis`` one of :data:`BASES` ("retention_ended" only when
    the retention time really has ended).
    """
    today = today or clock.today()
    with writing(store.engine).connect() as conn:
        before = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        conn.commit()
        try:
            with Session(bind=conn, expire_on_commit=False) as s:
                s.info["store"] = store
                try:
                    result = _erase_in(s, store, client_id, confirm_name, basis, today)
                    s.commit()
                except DBAPIError as exc:
                    s.rollback()
                    raise translate_os_error(exc) from exc
        finally:
            conn.exec_driver_sql(f"PRAGMA secure_delete = {int(before or 0)}")
            conn.commit()
    compacted = compact(store)
    return ErasureResult(result.entry_id, result.rows, result.history, result.redacted,
                         compacted)


__all__ = ["BASES", "ErasureCheck", "ErasureResult", "compact", "erase_client",
           "erasure_check", "names_match"]
