"""Users and passwords are the team's.

The question: each workstation's database has a key, and ``keyslots.json``
beside it wraps that key once per user under the user's password (Argon2id +
AES-GCM). For "a password changed on one workstation holds on all", another
workstation must be able to let that user in with the new password, without
ever having seen the password.

Options weighed:

1. Each workstation keeps its own database key, and a password change sends
   the password-derived wrapping key along so others can build their own slot.
   That puts a password-equivalent of every user in every database and every
   bundle: a stolen workstation plus one password yields them all.
2. **The database key is the team's** (chosen). The founding workstation's key
   becomes the team's key; a joining workstation creates its database with it.
   A key slot then opens every workstation's database, so slots themselves can
   travel: ``team_keyslots`` is a synced table holding each user's slot (and the
   recovery key's) exactly as in ``keyslots.json``. A password changed, a user
   added, or deactivated (slot removed) on one workstation is a change of that
   row; when it arrives, the receiving workstation rewrites its
   ``keyslots.json`` from the table. Nothing password-equivalent travels: the
   slot is a salt, Argon2 parameters and the wrapped key, as on disk today.

What 2 costs: a workstation holding the team key can open another
workstation's database *file* — but it can already read all the same data
through sync, so nothing is lost. Removing a lost laptop does not change the
database key (its copy of the data is gone either way); it drops the laptop
from the recipients of every later file (``devices.remove``), which is what
keeps later data from it.

Deactivation holds twice: the ``users`` row (``active`` false) syncs, and
signing in refuses an inactive user; and the slot is removed everywhere.

The local ``keyslots.json`` is compared with the table before every exchange
(``publish``): a difference is a local change (made by ``store/users.py``)
and becomes a change of the table. Two concurrent password changes of one user
are a conflict like any other; the provisional slot is the same everywhere.
"""
from __future__ import annotations

import json
from dataclasses import asdict

from sqlmodel import select

from ...models.sync import TeamKeySlot
from ..keyslots import SLOT_FILE, KeySlots
from ..session import Store
from ..permissions import operation

RECOVERY = "recovery"


def _local(store: Store) -> dict[str, str]:
    slots = KeySlots.load(store.data_dir / SLOT_FILE)
    out = {}
    for slot in slots.slots:
        key = slot.user_id if slot.kind == "user" else RECOVERY
        if key:
            out[key] = json.dumps(asdict(slot), sort_keys=True)
    return out


@operation("session")
def publish(store: Store) -> int:
    """Turn differences between keyslots.json and the team's slots into changes."""
    local = _local(store)
    changed = 0
    with store.session() as s:
        team = {r.id: r for r in s.exec(select(TeamKeySlot))}
        for key, text in local.items():
            row = team.get(key)
            if row is None:
                s.add(TeamKeySlot(id=key, slot=text))
                changed += 1
            elif row.slot is None or json.loads(row.slot) != json.loads(text):
                row.slot = text
                s.add(row)
                changed += 1
        for key, row in team.items():
            if key not in local and row.slot is not None:
                row.slot = None
                s.add(row)
                changed += 1
    return changed
