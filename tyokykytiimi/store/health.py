"""The database's own health, checked after sign-in: is the file sound?

SQLCipher authenticates each page only when it is read, so a damaged page
can sit unnoticed while sign-in succeeds. ``check_integrity`` reads every
page (``cipher_integrity_check`` and ``quick_check``); the GUI runs it in the
background after sign-in and tells the person, an administrator first of all.
"""
from __future__ import annotations

import sqlcipher3

from .database import integrity_problems
from .permissions import operation
from .session import Store


@operation("session")
def check_integrity(store: Store) -> list[str]:
    """Problems found in the file (empty when sound); a failure is audited."""
    try:
        with store.engine.connect() as conn:
            problems = integrity_problems(conn.connection.dbapi_connection)
    except Exception as exc:  # noqa: BLE001 - a file too damaged to check is a finding
        problems = [str(exc) or type(exc).__name__]
    if problems:
        try:
            with store.session() as s:
                store.audit(s, "integrity_failed", target="database", problems=len(problems))
        except (sqlcipher3.Error, Exception):  # noqa: BLE001 - the audit table may be the damage
            pass
    return problems
