"""Applying one workstation's changes: one transaction per bundle.

The changes of a bundle are merged row by row (``merge``), the rows written
with their provisional values, and the bundle recorded as applied in the same
transaction, so a crash leaves either all of it or none. Applying a bundle
again changes nothing: every version it carries is already among (or under)
the heads. A row whose parent row has not arrived yet (changes from different
workstations arrive in any order) waits in the merge state and is written as
soon as it can be.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from ... import __version__
from ...models.base import new_id, utcnow
from ..keyslots import SLOT_FILE, KeySlots, Slot
from ..session import Store
from . import audit_check, capture, clock, erase, merge, notices, rights, rows


@dataclass
class Applied:
    changes: int = 0
    dropped: int = 0
    refused: int = 0  # changes the writer's role may not make (rights)
    erased: int = 0
    keyslots: bool = False
    touched: set = field(default_factory=set)


def _changelog(conn, source: str, table: str, row_id: str, client_id, op: str,
               state: dict) -> None:
    values = merge.values(state)
    conn.exec_driver_sql(
        "INSERT INTO change_log (id, at, user_id, device_id, program_version, table_name, "
        "row_id, client_id, op, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id(), utcnow().replace(tzinfo=None), values.get("updated_by"), source,
         __version__, table, row_id, client_id, op,
         json.dumps(values, ensure_ascii=False, sort_keys=True)))


def retry_pending(conn) -> None:
    """Write rows that waited for a parent, until no more can be written."""
    while True:
        waiting = conn.exec_driver_sql(
            "SELECT table_name, row_id, client_id, state FROM sync_rows WHERE pending").all()
        progress = False
        for table, row_id, client_id, text in waiting:
            if rows.materialize(conn, table, row_id, merge.load(text)):
                conn.exec_driver_sql("UPDATE sync_rows SET pending = 0, client_id = ? "
                                     "WHERE table_name = ? AND row_id = ?",
                                     (rows.resolve_client(conn, client_id), table, row_id))
                progress = True
        if not progress:
            return


def apply_changes(s, store: Store, source: str, changes: list[dict]) -> Applied:
    """Merge ``changes`` (in their sequence order) into the open transaction ``s``."""
    conn = s.connection()
    secret = conn.exec_driver_sql("SELECT team_secret FROM sync_self").scalar()
    erased = erase.keys(conn)
    conn.exec_driver_sql("INSERT OR IGNORE INTO sync_applied (device_id, seq, audit_seq, "
                         "audit_hash, acks) VALUES (?, 0, 0, '', '{}')", (source,))
    done = Applied()
    top = (0, 0)
    with rows.TriggersOff(conn):
        for ch in changes:
            top = max(top, clock.decode(ch["h"]))
            op, table, row_id, client_id = ch["o"], ch["t"], ch["r"], ch.get("c")
            if op == "void":
                continue
            if op == "audit":
                audit_check.receive(conn, source, ch["f"])
                continue
            if op == "erase_client":
                key = ch["f"]["key"]
                target = (erase.find_client(conn, secret, key)
                          or erase.find_waiting(conn, secret, key))
                if target is not None:
                    from ..erasure import remove_client
                    remove_client(s, store, target, ch["f"].get("basis", ""), origin=False)
                    done.erased += 1
                conn.exec_driver_sql("INSERT OR IGNORE INTO sync_erased (key, at) VALUES "
                                     "(?, datetime('now'))", (key,))
                erased = erase.keys(conn)  # with any copies forwarded to the client
                continue
            kept = ch["f"].get(merge.MERGED_INTO) if table == rows.CLIENTS else None
            if any(erase.is_erased(conn, secret, c, erased)
                   for c in {client_id, rows.resolve_client(conn, client_id), kept}):
                if kept and not erase.is_erased(conn, secret, row_id, erased):
                    from ..erasure import remove_client  # merged into an erased client
                    remove_client(s, store, row_id, "", origin=False)
                    erased = erase.keys(conn)
                done.dropped += 1
                notices.add(conn, source, "erased_dropped")
                continue
            if not rights.may_write(conn, table, ch["f"], source, ch["s"]):
                done.refused += 1
                notices.add(conn, source, "refused", table)
                continue
            fields = {k: v for k, v in ch["f"].items() if k != rights.AT}
            state, _ = capture.load_row(conn, table, row_id)
            moved = merge.remote_write(state, fields, ch["vv"], source, ch["h"])
            if rights.remember(table, state, fields, ch["vv"], source, ch["h"]) and not moved:
                conn.exec_driver_sql("UPDATE sync_rows SET state = ? WHERE table_name = ? AND "
                                     "row_id = ?", (merge.dump(state), table, row_id))
            if not moved:
                continue
            written = rows.materialize(conn, table, row_id, state)
            # A merged copy's rows, and the copy itself, belong to the kept client.
            client_id = rows.resolve_client(
                conn, merge.values(state).get(merge.MERGED_INTO) or client_id)
            capture.save_row(conn, table, row_id, client_id, state, pending=not written)
            if written:
                _changelog(conn, source, table, row_id, client_id, op, state)
            done.changes += 1
            done.touched.add(table)
        retry_pending(conn)
    if top > (0, 0):
        wall, count = conn.exec_driver_sql("SELECT hlc_wall, hlc_count FROM sync_self").one()
        wall, count = clock.receive(wall, count, top)
        conn.exec_driver_sql("UPDATE sync_self SET hlc_wall = ?, hlc_count = ?", (wall, count))
    if "team_keyslots" in done.touched:
        write_keyslots(conn, store)
        done.keyslots = True
    return done


def write_keyslots(conn, store: Store) -> None:
    """keyslots.json follows the team's slots (before the transaction commits: a
    failed commit then leaves a newer file, which only re-sends the same slots)."""
    path = store.data_dir / SLOT_FILE
    slots = KeySlots.load(path)
    team = [json.loads(r[0]) for r in conn.exec_driver_sql(
        "SELECT slot FROM team_keyslots WHERE slot IS NOT NULL ORDER BY id")]
    slots.slots = [Slot(**t) for t in team]
    slots.save()
