"""A client created on two workstations (the same henkilötunnus), merged by a person.

Everywhere the copy with the smaller id is kept and the other waits unwritten,
flagged (``rows.materialize``). Merging, once for the team:

1. fields the kept client lacks are filled from the copy (an ordinary edit);
2. every row that hangs on the copy (plans, measures, journal, consents …)
   is moved to the kept client: a change of its client column that travels;
3. the copy is removed for good (a change that travels), so the flag goes on
   every workstation the merge reaches.

All in one transaction, audited. Rows of the copy made meanwhile on a
workstation that had not yet heard of the merge arrive later and wait, flagged
as rows whose client is gone, until moved the same way.
"""
from __future__ import annotations

from ...clock import utcnow
from ...i18n import Message
from ...models.clients import Client
from ..errors import InvalidInput
from ..permissions import operation
from ..session import Store
from . import apply, capture, merge, rows

TABLE = "clients"
# Not filled from the copy: identity, stamps, the soft delete.
_KEEP_OWN = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by",
                       "deleted_at"})
GONE = Message("This conflict no longer exists.")


def _stamps(store: Store) -> dict:
    return {"updated_at": utcnow().isoformat().replace("+00:00", "Z"),
            "updated_by": store.user.id}


def kept_for(conn, copy_id: str) -> tuple[str | None, dict]:
    """The kept client a waiting copy clashes with, and the copy's values."""
    state, found = capture.load_row(conn, TABLE, copy_id)
    values = merge.values(state)
    if not found or not state.get("dup") or values.get(merge.REMOVED):
        return None, values
    table = rows.synced_tables()[TABLE]
    cols = {c.name: rows.to_db(c, values[c.name]) for c in table.columns
            if c.name in values and c.name != "id"}
    return rows.unique_clash(conn, table, cols, copy_id), values


def _fill(s, kept_id: str, values: dict) -> list[str]:
    client = s.get(Client, kept_id)
    table = rows.synced_tables()[TABLE]
    filled = []
    for column in table.columns:
        name = column.name
        if name in _KEEP_OWN or column.unique or values.get(name) in (None, ""):
            continue
        if getattr(client, name) in (None, ""):
            setattr(client, name, rows.to_db(column, values[name]))
            filled.append(name)
    if filled:
        s.add(client)
        s.flush()
    return filled


def _move_rows(conn, store: Store, copy_id: str, kept_id: str) -> int:
    moved = 0
    for name, _table, column in list(rows.children(TABLE)):
        for row_id, text in conn.exec_driver_sql(
                "SELECT row_id, state FROM sync_rows WHERE table_name = ?", (name,)).all():
            if merge.values(merge.load(text)).get(column.name) != copy_id:
                continue
            capture.record(conn, store.device_id, name, row_id, kept_id, "update",
                           {column.name: kept_id, **_stamps(store)})
            state, _ = capture.load_row(conn, name, row_id)
            written = rows.materialize(conn, name, row_id, state)
            capture.save_row(conn, name, row_id, kept_id, state, pending=not written)
            moved += 1
    return moved


@operation("client_work")
def merge_duplicate(store: Store, copy_id: str) -> str:
    """Merge the waiting copy ``copy_id`` into the kept client; returns the kept id."""
    with store.session() as s:
        conn = s.connection()
        kept_id, values = kept_for(conn, copy_id)
        if kept_id is None:
            raise InvalidInput(GONE)
        filled = _fill(s, kept_id, values)
        with rows.TriggersOff(conn):
            moved = _move_rows(conn, store, copy_id, kept_id)
            apply.retry_pending(conn)  # rows hanging on the moved ones follow
        capture.record(conn, store.device_id, TABLE, copy_id, copy_id, "remove",
                       {merge.REMOVED: True, **_stamps(store)})
        state, _ = capture.load_row(conn, TABLE, copy_id)
        state.pop("dup", None)
        capture.save_row(conn, TABLE, copy_id, copy_id, state)
        store.audit(s, "sync_merge_duplicate", client_id=kept_id, target=f"{TABLE}:{copy_id}",
                    moved=moved, filled=filled)
    return kept_id


__all__ = ["kept_for", "merge_duplicate"]
