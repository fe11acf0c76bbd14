"""The audit trail as CSV: one row per entry, oldest first, for the auditor's spreadsheet.

Columns: seq, time_utc, user, action, client_id, client, target, detail, hash.
The client is named (an auditor asks "who looked at Matti's data", not at a
UUID); an erased client's name is gone, so the column stays empty. The file
holds client names: written owner-only (0600) and atomically, like every
other export, and whole (no row limit).
"""
from __future__ import annotations

import io
from pathlib import Path

from ..models.audit import AuditEntry
from .. import csv_safe

COLUMNS = ["seq", "time_utc", "user", "action", "client_id", "client", "target", "detail",
           "hash"]


def audit_csv(entries: list[AuditEntry], names: dict[str, str] | None = None) -> str:
    names = names or {}
    out = io.StringIO()
    writer = csv_safe.writer(out)
    writer.writerow(COLUMNS)
    for e in sorted(entries, key=lambda e: e.seq):
        writer.writerow([e.seq, e.at.isoformat(timespec="seconds"), e.username or "", e.action,
                         e.client_id or "", names.get(e.client_id or "", ""), e.target or "",
                         e.detail, e.hash])
    return out.getvalue()


def client_names(store, ids) -> dict[str, str]:
    """id -> "First Last" for the clients still stored (erased ones have no name)."""
    import sqlalchemy as sa

    from ..models.clients import Client
    ids = sorted({i for i in ids if i})
    out: dict[str, str] = {}
    with store.session() as s:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for cid, first, last in s.exec(sa.select(Client.id, Client.first_name,
                                                     Client.last_name)
                                           .where(Client.id.in_(chunk))):
                out[cid] = f"{first} {last}"
    return out


def write_audit_csv(path: Path, entries: list[AuditEntry], names: dict[str, str] | None = None
                    ) -> None:
    from ..store.atomic import write_atomic

    # utf-8-sig: spreadsheet programs on Windows then read ä and ö right.
    write_atomic(Path(path), audit_csv(entries, names).encode("utf-8-sig"), mode=0o600)


def export_audit_csv(store, path: Path, entries: list[AuditEntry]) -> None:
    """Write ``entries`` with the clients named (see the module's note)."""
    write_audit_csv(path, entries, client_names(store, (e.client_id for e in entries)))
