"""Where this workstation stands with the team, for the status bar."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy.exc import OperationalError

from ..database import writing
from ..session import Store
from ..permissions import operation

FOLDER_ERROR = "folder"


@dataclass(frozen=True)
class Status:
    set_up: bool
    folder: str = ""
    last_sync: datetime | None = None
    error: str = ""
    waiting: int = 0
    conflicts: int = 0


@operation("session", quiet="counts of changes waiting: names no client")
def status(store: Store) -> Status:
    with store.engine.connect() as conn:
        try:
            row = conn.exec_driver_sql(
                "SELECT folder, last_sync, last_error, (SELECT count(*) FROM sync_changes "
                "WHERE seq > sync_self.sent AND table_name != 'audit_entries') FROM sync_self"
            ).first()
        except OperationalError:
            return Status(False)
        if row is None:
            return Status(False)
        from .conflicts import count_in  # (the status bar loads before the sync engine)
        conflicts = count_in(conn)
    last = (datetime.fromisoformat(str(row[1])).replace(tzinfo=timezone.utc)
            if row[1] else None)
    return Status(True, row[0], last, row[2] or "", row[3] or 0, conflicts)


@operation("session")
def record_error(store: Store, kind: str) -> None:
    with writing(store.engine).begin() as conn:
        conn.exec_driver_sql("UPDATE sync_self SET last_error = ?", (kind,))
