"""Other workstations' audit trails: received entry by entry and checked as a chain.

Each workstation's entries travel in its bundles in order. A receiver keeps
them and checks that every entry continues the chain it already holds
(sequence number, previous hash, its own hash). The state file a workstation
writes states its chain head (count, hash); a head behind what was already
received, or a different hash at a known position, means the trail was rolled
back, cut or rewritten, and a notice names the workstation.
"""
from __future__ import annotations

import json
from datetime import datetime

from ...models.audit import GENESIS, AuditEntry, hash_of
from . import notices


def _entry(fields: dict) -> AuditEntry:
    values = dict(fields)
    values["at"] = datetime.fromisoformat(values["at"].replace("Z", "+00:00"))
    return AuditEntry(**values)


def _position(conn, device: str) -> tuple[int, str]:
    row = conn.exec_driver_sql("SELECT audit_seq, audit_hash FROM sync_applied "
                               "WHERE device_id = ?", (device,)).first()
    return (row[0], row[1]) if row else (0, "")


def receive(conn, device: str, fields: dict) -> None:
    entry = _entry(fields)
    seq, head = _position(conn, device)
    if entry.seq <= seq:
        known = conn.exec_driver_sql("SELECT entry FROM sync_remote_audit WHERE device_id = ? "
                                     "AND seq = ?", (device, entry.seq)).first()
        if known and json.loads(known[0]).get("hash") != entry.hash:
            notices.add(conn, device, "audit_rewritten")
        return
    sound = hash_of(entry) == entry.hash
    if seq and (entry.seq != seq + 1 or entry.prev_hash != head):
        sound = False
    if not seq and entry.seq == 1 and entry.prev_hash != GENESIS:
        sound = False
    if not sound:
        notices.add(conn, device, "audit_broken")
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_remote_audit (device_id, seq, client_id, entry) "
        "VALUES (?, ?, ?, ?)", (device, entry.seq, entry.client_id,
                                json.dumps(fields, ensure_ascii=False, sort_keys=True)))
    conn.exec_driver_sql("UPDATE sync_applied SET audit_seq = ?, audit_hash = ? "
                         "WHERE device_id = ?", (entry.seq, entry.hash, device))


def check_head(conn, device: str, count: int, head: str) -> None:
    """Compare a workstation's stated chain head with what was received from it."""
    seq, known = _position(conn, device)
    if not seq:
        return
    if count < seq:
        notices.add(conn, device, "audit_rolled_back")
        return
    if count == seq and head != known:
        notices.add(conn, device, "audit_rewritten")


def redact_client(conn, client_id: str) -> None:
    conn.exec_driver_sql(
        "UPDATE sync_remote_audit SET client_id = NULL, entry = json_set(entry, "
        "'$.client_id', NULL, '$.target', NULL, '$.detail', '{}') WHERE client_id = ?",
        (client_id,))
