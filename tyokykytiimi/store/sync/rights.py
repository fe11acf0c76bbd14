"""Received changes are checked against the writer's rights, as the store checks
local ones (``resources/permissions.v1.json`` through ``store.permissions``).

Every change names its writer (``updated_by``, stamped by the store). Most team
data is client work every role does; what only some may write is listed here:
users, team settings and member workstations (administrators), a safety flag's
acknowledgement (the doctor). A change the writer's role may not make — only a
program that went round the store can send one — is refused and the sending
workstation is flagged. A writer not known here yet (a user added on a third
workstation whose row is still on its way) holds that bundle back until the
user's row arrives, like a gap. The role is the one known here when the change
is applied.

The team's key slots are not checked by role: any signed-in user's sync
publishes them, and each slot protects itself (it opens only with its holder's
password, and is signed — ``store.keyslots``).
"""
from __future__ import annotations

from ...models.users import User
from ..permissions import allowed
from . import settings_rows

TABLES = {"users": "users", settings_rows.TABLE: "settings", "sync_devices": "workstations"}
# (table, field): a non-empty value needs this permission.
FIELDS = {("safety_flags", "acknowledged_at"): "acknowledge_safety_flags",
          ("safety_flags", "acknowledged_by"): "acknowledge_safety_flags",
          ("safety_flags", "ack_note"): "acknowledge_safety_flags"}


class WriterUnknown(Exception):
    """The writer's user row has not arrived here yet: the bundle waits."""


def needed(table: str, fields: dict) -> set[str]:
    out = {TABLES[table]} if table in TABLES else set()
    out |= {perm for (t, name), perm in FIELDS.items()
            if t == table and fields.get(name) not in (None, "")}
    return out


def may_write(conn, table: str, fields: dict) -> bool:
    """False: refuse. Raises WriterUnknown when the writer cannot be judged yet."""
    perms = needed(table, fields)
    if not perms:
        return True
    writer = fields.get("updated_by")
    if not writer:
        return False  # unattributed: nobody may
    row = conn.exec_driver_sql("SELECT role, is_admin FROM users WHERE id = ?",
                               (writer,)).first()
    if row is None:
        raise WriterUnknown(writer)
    user = User(id=writer, username="", display_name="", role=row[0], is_admin=bool(row[1]))
    return all(allowed(user, p) for p in perms)
