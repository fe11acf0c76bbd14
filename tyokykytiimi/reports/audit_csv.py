"""The audit trail as CSV: one row per entry, oldest first, for the auditor's spreadsheet.

Columns: seq, time_utc, user, action, client_id, target, detail, hash.
"""
from __future__ import annotations

import io
from pathlib import Path

from ..models.audit import AuditEntry
from .. import csv_safe

COLUMNS = ["seq", "time_utc", "user", "action", "client_id", "target", "detail", "hash"]


def audit_csv(entries: list[AuditEntry]) -> str:
    out = io.StringIO()
    writer = csv_safe.writer(out)
    writer.writerow(COLUMNS)
    for e in sorted(entries, key=lambda e: e.seq):
        writer.writerow([e.seq, e.at.isoformat(timespec="seconds"), e.username or "", e.action,
                         e.client_id or "", e.target or "", e.detail, e.hash])
    return out.getvalue()


def write_audit_csv(path: Path, entries: list[AuditEntry]) -> None:
    # utf-8-sig: spreadsheet programs on Windows then read ä and ö right.
    Path(path).write_text(audit_csv(entries), encoding="utf-8-sig")
