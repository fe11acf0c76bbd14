"""A client created on two workstations (the same henkilötunnus), merged by a person.

Everywhere the copy with the smaller id is kept and the other waits unwritten,
flagged (``rows.materialize``). Merging, once for the team, in one audited
transaction:

1. fields the kept client lacks are filled from the copy (an ordinary edit);
2. the copy is removed for good with a forwarding, ``merge.MERGED_INTO`` = the
   kept client's id: one change that travels, so the flag goes on every
   workstation the merge reaches;
3. every row written on the copy is placed under the kept client
   (``rows.resolve_client``): the rows waiting here now, the rows other
   workstations still hold on the copy when the merge reaches them, and rows
   written on the copy meanwhile by a workstation that had not yet heard of the
   merge, arriving before or after it. The forwarding is part of the copy's
   merge state, so where a row goes depends on the changes a workstation has,
   never on the order they came in: every workstation places it alike and the
   content digests agree, with no person involved.

An edit of the copy's own details made meanwhile by such a workstation cannot
be placed by a rule (the kept client may hold another value): Conflicts shows it
(``merge.conflicts``, kind ``merged_edit``) and a person uses it for the kept
client or leaves it (``settle_late_edit``). Erasing the kept client erases the
copies forwarded to it too (``erase``): the same person. Rows that still cannot be placed (a client removed without a
forwarding, by an older version) are listed in Conflicts (``stranded``).
"""
from __future__ import annotations

from ...models.clients import Client
from ..errors import InvalidInput
from ..permissions import operation
from ..session import Store
from .errors import GONE
from . import apply, capture, merge, rows

TABLE = "clients"
# Not filled from the copy: identity, stamps, the soft delete.
_KEEP_OWN = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by",
                       "deleted_at"})


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


@operation("client_work")
def merge_duplicate(store: Store, copy_id: str) -> str:
    """Merge the waiting copy ``copy_id`` into the kept client; returns the kept id."""
    with store.session() as s:
        conn = s.connection()
        kept_id, values = kept_for(conn, copy_id)
        if kept_id is None:
            raise InvalidInput(GONE)
        filled = _fill(s, kept_id, values)
        capture.record(conn, store.device_id, TABLE, copy_id, copy_id, "remove",
                       {merge.REMOVED: True, merge.MERGED_INTO: kept_id, **merge.stamps(store.user.id)})
        state, _ = capture.load_row(conn, TABLE, copy_id)
        state.pop("dup", None)
        capture.save_row(conn, TABLE, copy_id, kept_id, state)
        on_copy = ("SELECT count(*) FROM sync_rows WHERE client_id = ? AND NOT "
                   "(table_name = 'clients' AND row_id = ?)")
        waiting = conn.exec_driver_sql(on_copy, (copy_id, copy_id)).scalar()
        with rows.TriggersOff(conn):
            apply.retry_pending(conn)  # the copy's rows go to the kept client
        moved = waiting - conn.exec_driver_sql(on_copy, (copy_id, copy_id)).scalar()
        store.audit(s, "sync_merge_duplicate", client_id=kept_id, target=f"{TABLE}:{copy_id}",
                    moved=moved, filled=filled)
    return kept_id


@operation("client_work")
def settle_late_edit(store: Store, copy_id: str, field: str, use: bool) -> None:
    """An edit of ``field`` made on the copy by a workstation that had not heard of
    the merge: ``use`` gives the kept client that value (an ordinary edit); either
    way the copy's field gets a version on top of everything, which ends the
    conflict on every workstation. Audited."""
    table = rows.synced_tables()[TABLE]
    with store.session() as s:
        conn = s.connection()
        state, _ = capture.load_row(conn, TABLE, copy_id)
        found = [c for c in merge.conflicts(TABLE, state)
                 if c["kind"] == "merged_edit" and c["against"] == field]
        if not found or field not in table.c:
            raise InvalidInput(GONE)
        value = merge.winner(found[0]["heads"][1:])[3]
        kept_id = rows.resolve_client(conn, copy_id)
        client = s.get(Client, kept_id)
        if use and client is not None:
            setattr(client, field, rows.to_db(table.c[field], value))
            s.add(client)
            s.flush()
        capture.record(conn, store.device_id, TABLE, copy_id, kept_id, "decide",
                       {field: value, **merge.stamps(store.user.id)})
        store.audit(s, "sync_decide", client_id=kept_id, target=f"{TABLE}:{copy_id}",
                    field=field, used=use)


__all__ = ["kept_for", "merge_duplicate", "settle_late_edit"]
