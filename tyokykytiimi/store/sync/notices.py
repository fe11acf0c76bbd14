"""Things sync noticed that a person should read, in words, naming the workstation."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ...i18n import N_, _
from ...models.base import utcnow
from ..session import Store
from ..permissions import operation

TEXTS = {
    "clock_ahead": N_("The clock of workstation {name} is more than a day ahead."),
    "clock_behind": N_("The clock of workstation {name} is more than a day behind."),
    "audit_broken": N_("The audit trail of workstation {name} does not continue "
                       "the part received earlier."),
    "audit_rewritten": N_("The audit trail of workstation {name} has been rewritten."),
    "audit_rolled_back": N_("The audit trail of workstation {name} has been cut or "
                            "rolled back."),
    "erased_dropped": N_("Changes about an erased client from workstation {name} "
                         "were dropped."),
    "rejected": N_("A damaged or forged file from workstation {name} was rejected."),
    "newer_program": N_("Workstation {name} uses a newer version of the program: update "
                        "this program to receive its changes."),
    "restored": N_("This workstation was restored from an older backup; its own changes "
                   "were recovered from the shared folder."),
    "refused": N_("Workstation {name} sent changes its user's role may not make "
                  "(users, team settings, workstations or a safety flag's "
                  "acknowledgement): they were refused."),
    "writer_unknown": N_("Changes from workstation {name} wait for details of their "
                         "writer (the user, or a change of their rights) that have not "
                         "reached this workstation yet."),
    "rejoin": N_("Changes from workstation {name} are no longer in the shared folder: "
                 "this workstation has been away too long. Join the team again."),
}


def add(conn, device: str, kind: str, detail: str = "") -> None:
    """Once a day at most per workstation and kind."""
    since = (utcnow() - timedelta(days=1)).replace(tzinfo=None)
    seen = conn.exec_driver_sql(
        "SELECT 1 FROM sync_notices WHERE device_id = ? AND kind = ? AND at > ?",
        (device, kind, since)).first()
    if not seen:
        conn.exec_driver_sql(
            "INSERT INTO sync_notices (at, device_id, kind, detail) VALUES (?, ?, ?, ?)",
            (utcnow().replace(tzinfo=None), device, kind, detail))


def device_name(conn, device: str) -> str:
    row = conn.exec_driver_sql("SELECT name FROM sync_devices WHERE id = ?", (device,)).first()
    return (row[0] if row and row[0] else device[:8])


@operation("session")
def texts(store: Store, limit: int = 50) -> list[tuple[object, str, str]]:
    """(time, kind, words) of the latest notices."""
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT at, device_id, kind FROM sync_notices ORDER BY id DESC LIMIT ?",
            (limit,)).all()
        return [(_utc(at), kind, _(TEXTS.get(kind, kind)).format(name=device_name(conn, dev)))
                for at, dev, kind in rows]


def _utc(at) -> datetime | None:
    if at is None or isinstance(at, datetime):
        return at
    return datetime.fromisoformat(str(at)).replace(tzinfo=timezone.utc)
