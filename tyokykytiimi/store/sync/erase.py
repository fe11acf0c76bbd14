"""Erasure travels: a signed order, carried out on every workstation.

The order names the client only by a keyed hash (``crypto.client_key``, keyed
with the team's secret), so the shared folder never holds the client's id. Each
workstation erases the client when the order arrives, keeps the hash, and drops
(and reports) later changes about that client from a workstation that was
offline: they never bring the client back. This workstation's own unsent
changes about the client are blanked, keeping their numbers (no gaps).
"""
from __future__ import annotations

from sqlmodel import Session

from ..session import Store
from . import audit_check, capture, crypto


def _team_secret(conn) -> str | None:
    row = conn.exec_driver_sql("SELECT team_secret FROM sync_self").first()
    return row[0] if row else None


def client_erased(s: Session, store: Store, client_id: str, basis: str, *,
                  origin: bool) -> None:
    conn = s.connection()
    if not capture.enabled(store, conn):
        return
    key = crypto.client_key(_team_secret(conn), client_id)
    conn.exec_driver_sql("INSERT OR IGNORE INTO sync_erased (key, at) VALUES (?, "
                         "datetime('now'))", (key,))
    conn.exec_driver_sql("UPDATE sync_changes SET op = 'void', fields = '{}', vv = '{}', "
                         "row_id = '', client_id = NULL WHERE client_id = ?", (client_id,))
    # Copies merged into this client (``duplicates``) are the same person: erased
    # with it (their history too), so their late rows are dropped as well.
    copies = conn.exec_driver_sql("SELECT row_id FROM sync_rows WHERE table_name = 'clients' "
                                  "AND client_id = ? AND row_id != ?",
                                  (client_id, client_id)).scalars().all()
    conn.exec_driver_sql("DELETE FROM sync_rows WHERE client_id = ?", (client_id,))
    audit_check.redact_client(conn, client_id)
    if copies:
        from ..erasure import remove_client
        for copy in copies:
            remove_client(s, store, copy, basis, origin=False)
    if origin:
        capture.record(conn, store.device_id, "clients", "", None, "erase_client",
                       {"key": key, "basis": basis})


def keys(conn) -> set[str]:
    return {r[0] for r in conn.exec_driver_sql("SELECT key FROM sync_erased")}


def find_client(conn, team_secret: str, key: str) -> str | None:
    for (client_id,) in conn.exec_driver_sql("SELECT id FROM clients"):
        if crypto.client_key(team_secret, client_id) == key:
            return client_id
    return None


def find_waiting(conn, team_secret: str, key: str) -> str | None:
    """A client not in its table here whose rows wait in the merge state (a copy
    forwarded to it arrived before the client itself)."""
    for (client_id,) in conn.exec_driver_sql(
            "SELECT DISTINCT client_id FROM sync_rows WHERE client_id IS NOT NULL"):
        if crypto.client_key(team_secret, client_id) == key:
            return client_id
    return None


def is_erased(conn, team_secret: str, client_id: str | None, erased: set[str]) -> bool:
    return bool(client_id) and crypto.client_key(team_secret, client_id) in erased
