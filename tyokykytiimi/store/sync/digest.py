"""A content digest of the team's data: equal on workstations that have converged.

sha256 over every table of team data (``Record`` tables), table by table in
name order, rows in id order, each value in its JSON form, then the team-wide
settings. Local book-keeping (audit trail, change log, preferences, this
workstation's own settings, sync state) is not team data.
"""
from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa

from ..session import Store
from . import rows, settings_rows
from ..permissions import operation


@operation("session", quiet="a hash over the data to compare workstations: shows no one")
def content_digest(store: Store) -> str:
    digest = hashlib.sha256()
    with store.engine.connect() as conn:
        for name in sorted(rows.synced_tables()):
            table = rows.synced_tables()[name]
            digest.update(f"\x00{name}\x00".encode())
            for row in conn.execute(sa.select(table).order_by(table.c.id)):
                values = [rows.to_json(c, row._mapping[c.name]) for c in table.columns]
                digest.update(json.dumps(values, ensure_ascii=False, default=str).encode())
                digest.update(b"\n")
        digest.update(f"\x00{settings_rows.TABLE}\x00".encode())
        for key, value in settings_rows.team_rows(conn):
            digest.update(json.dumps([key, value], ensure_ascii=False).encode() + b"\n")
    return digest.hexdigest()
