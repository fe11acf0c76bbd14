"""Received changes are checked against the writer's rights, as the store checks
local ones (``resources/permissions.v1.json`` through ``store.permissions``).

Every change names its writer (``updated_by``, stamped by the store). Most team
data is client work every role does; what only some may write is listed here:
users, team settings and member workstations (administrators), a safety flag's
acknowledgement (the doctor). A change the writer's role may not make — only a
program that went round the store can send one — is refused and the sending
workstation is flagged.

**Whose view of the role.** A change is judged with the writer's role *as the
writing workstation knew it when the change was made* — the rule its own store
guard applied — never as the receiver happens to know it when the change
arrives. Otherwise an administrator's legitimate change that arrives after
the news of their rights being removed would be refused on some workstations
and accepted on others, or a change made before a right was granted accepted.

How: a change that needs a right carries the writer workstation's *position*
(``AT``): for every other workstation, the number of its changes the writer
had applied (``sync_applied``; changes of one workstation are applied in
order, so this names exactly which versions the writer knew) — or, for the
workstation that approved it, how far its welcome held them (``known``). The receiver
keeps every version ever received of the users' ``role`` and ``is_admin``
(``HISTORY``, in the row's merge state, beside the heads that supersede them)
and rebuilds the writer's view: the versions inside the position, their heads,
the provisional one by the usual rule (``merge.winner``) — what the writer's
guard saw. If the receiver has not yet applied that far from some workstation,
the bundle waits, like a gap (``WriterUnknown``), until it has; a workstation
removed from the team is not waited for. The same writer's own earlier
changes are known by their order.

Limits: a change without a position (written by an older version) is judged
with the role known here when it is applied; versions of a role superseded
before this version was installed are not in the history, so a position
before them reads the oldest version kept. A writer not known here yet (a
user added on a third workstation whose row is still on its way) holds that
bundle back until the user's row arrives.

The team's key slots are not checked by role: any signed-in user's sync
publishes them, and each slot protects itself (it opens only with its holder's
password, and is signed — ``store.keyslots``).
"""
from __future__ import annotations

import json

from ...models.users import User
from ..permissions import allowed
from . import merge, settings_rows

TABLES = {"users": "users", settings_rows.TABLE: "settings", "sync_devices": "workstations"}
# (table, field): a non-empty value needs this permission.
FIELDS = {("safety_flags", "acknowledged_at"): "acknowledge_safety_flags",
          ("safety_flags", "acknowledged_by"): "acknowledge_safety_flags",
          ("safety_flags", "ack_note"): "acknowledge_safety_flags"}
AT = "__at"  # in a change's fields, never in a row's merge state
HISTORY = ("role", "is_admin")  # the users' fields a right depends on


class WriterUnknown(Exception):
    """The writer's user row, or what the writer knew of it, has not arrived here
    yet: the bundle waits."""


def needed(table: str, fields: dict) -> set[str]:
    out = {TABLES[table]} if table in TABLES else set()
    out |= {perm for (t, name), perm in FIELDS.items()
            if t == table and fields.get(name) not in (None, "")}
    return out


def known(conn) -> dict:
    """How far this workstation knows each other one's changes: what it applied, or
    what its welcome already held (the approver's changes not yet sent then)."""
    out = dict(conn.exec_driver_sql("SELECT device_id, seq FROM sync_applied").all())
    text = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?",
                                (settings_rows.WELCOME_SEEN,)).scalar()
    for device, seq in json.loads(text or "{}").items():
        out[device] = max(out.get(device, 0), seq)
    return out


def position(conn, table: str, fields: dict) -> dict | None:
    """What a local change that needs a right carries: how far this workstation knew
    each other one's changes."""
    if not needed(table, fields):
        return None
    return known(conn)


def remember(table: str, state: dict, fields: dict, vv: dict, device: str,
             hlc: str) -> bool:
    """Keep a received or local version of a user's role; True when it was new."""
    if table != "users":
        return False
    history = state.setdefault("hist", {})
    added = False
    for name in HISTORY:
        if name in fields:
            version = [vv, hlc, device, fields[name]]
            kept = history.setdefault(name, [])
            if version not in kept:
                kept.append(version)
                kept.sort(key=lambda v: (v[1], v[2]))
                added = True
    return added


def _known(version: list, at: dict, source: str, seq: int) -> bool:
    device = version[2]
    own = version[0].get(device, 0)
    if not device or not own:
        return True  # from before sync was set up: everyone's starting point
    if device == source:
        return own < seq
    return own <= at.get(device, 0)


def _view(state: dict, name: str, at: dict, source: str, seq: int):
    """The value of ``name`` the writer saw; None when no version is known."""
    versions = state.get("hist", {}).get(name, []) + state["f"].get(name, [])
    inside = [v for v in versions if _known(v, at, source, seq)]
    heads = [v for v in inside
             if not any(w[0] != v[0] and merge.dominates(w[0], v[0]) for w in inside)]
    return merge.winner(heads)[3] if heads else None


def _wait_for(conn, at: dict, source: str) -> None:
    own = conn.exec_driver_sql("SELECT device_id FROM sync_self").scalar()
    here = known(conn)
    for device, seq in at.items():
        if device in (own, source) or here.get(device, 0) >= seq:
            continue
        state = conn.exec_driver_sql("SELECT state FROM sync_devices WHERE id = ?",
                                     (device,)).scalar()
        if state is not None and state != "member":
            continue  # removed: what it sent beyond this will not come
        raise WriterUnknown(device)


def may_write(conn, table: str, fields: dict, source: str = "", seq: int = 0) -> bool:
    """False: refuse. Raises WriterUnknown when the writer cannot be judged yet.
    ``source`` and ``seq``: the sending workstation and the change's number."""
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
    role, is_admin = row[0], bool(row[1])
    at = fields.get(AT)
    if at is not None:
        _wait_for(conn, at, source)
        found = conn.exec_driver_sql("SELECT state FROM sync_rows WHERE table_name = 'users' "
                                     "AND row_id = ?", (writer,)).first()
        if found:
            state = merge.load(found[0])
            seen = _view(state, "role", at, source, seq)
            role = role if seen is None else seen
            seen = _view(state, "is_admin", at, source, seq)
            is_admin = is_admin if seen is None else bool(seen)
    user = User(id=writer, username="", display_name="", role=role, is_admin=is_admin)
    return all(allowed(user, p) for p in perms)
