"""Rows that cannot be placed: the client they were written for is gone for good.

A copy merged into its kept client leaves where it went (``merge.MERGED_INTO``),
so its rows follow it on their own (``rows.resolve_client``). A client removed
without saying where — a merge made by an older version of the program — leaves
its late rows nowhere to go. They are not left waiting unseen: Conflicts lists
them, one item per gone client, and a person moves them to the client with the
same henkilötunnus or discards them. Either is a change that travels (a new
version of the row's client column, or its removal), so every workstation ends
the same; it is audited.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import InvalidInput
from ..permissions import operation
from ..session import Store
from .errors import GONE
from . import apply, capture, merge, rows


@dataclass(frozen=True)
class Stranded:
    client_id: str  # the gone client
    name: str  # its name, from its last values
    rows: tuple  # (table, row_id, column)
    same_person: str | None  # a client here with the same henkilötunnus


def _gone(conn, client_id: str | None) -> dict | None:
    """The last values of a client removed for good, or None."""
    if not client_id or conn.exec_driver_sql("SELECT 1 FROM clients WHERE id = ?",
                                             (client_id,)).first():
        return None
    state, found = capture.load_row(conn, rows.CLIENTS, client_id)
    values = merge.values(state)
    return values if found and values.get(merge.REMOVED) else None


def find(conn) -> list[Stranded]:
    groups: dict[str, list] = {}
    gone: dict[str, dict] = {}
    for table, row_id, text in conn.exec_driver_sql(
            "SELECT table_name, row_id, state FROM sync_rows WHERE pending "
            "ORDER BY table_name, row_id").all():
        state = merge.load(text)
        if state.get("dup"):
            continue  # a row created twice: listed as such
        values = merge.values(state)
        for column in rows.client_refs(table):
            client_id = rows.resolve_client(conn, values.get(column))
            if client_id not in gone:
                gone[client_id] = _gone(conn, client_id)
            if gone[client_id] is not None:
                groups.setdefault(client_id, []).append((table, row_id, column))
                break
    out = []
    for client_id, found in sorted(groups.items()):
        values = gone[client_id]
        hetu = values.get("hetu")
        same = conn.exec_driver_sql("SELECT id FROM clients WHERE hetu = ?",
                                    (hetu,)).scalar() if hetu else None
        name = f"{values.get('first_name') or ''} {values.get('last_name') or ''}".strip()
        out.append(Stranded(client_id, name, tuple(found), same))
    return out


@operation("client_work")
def place(store: Store, gone_id: str, client_id: str | None) -> int:
    """Move the rows written for the gone client ``gone_id`` to ``client_id`` (a client
    with the same henkilötunnus), or discard them (``None``). Returns how many."""
    with store.session() as s:
        conn = s.connection()
        group = next((g for g in find(conn) if g.client_id == gone_id), None)
        if group is None or (client_id is not None and client_id != group.same_person):
            raise InvalidInput(GONE)
        stamps = merge.stamps(store.user.id)
        with rows.TriggersOff(conn):
            for table, row_id, column in group.rows:
                if client_id is None:
                    _discard(conn, store, table, row_id, stamps)
                    continue
                capture.record(conn, store.device_id, table, row_id, client_id, "update",
                               {column: client_id, **stamps})
                state, _ = capture.load_row(conn, table, row_id)
                written = rows.materialize(conn, table, row_id, state)
                capture.save_row(conn, table, row_id, client_id, state, pending=not written)
            apply.retry_pending(conn)  # rows hanging on the moved ones follow
        store.audit(s, "sync_decide", client_id=client_id or group.same_person,
                    target=f"{rows.CLIENTS}:{gone_id}", rows=len(group.rows),
                    discarded=client_id is None)
        return len(group.rows)


def _discard(conn, store: Store, table: str, row_id: str, stamps: dict) -> None:
    """Remove a waiting row for good, and the waiting rows that hang on it."""
    state, _ = capture.load_row(conn, table, row_id)
    if merge.values(state).get(merge.REMOVED):
        return  # already, as a row hanging on another one discarded
    capture.record(conn, store.device_id, table, row_id, None, "remove",
                   {merge.REMOVED: True, **stamps})
    for name, _table, column in list(rows.children(table)):
        for child, text in conn.exec_driver_sql(
                "SELECT row_id, state FROM sync_rows WHERE table_name = ? AND pending",
                (name,)).all():
            if merge.values(merge.load(text)).get(column.name) == row_id:
                _discard(conn, store, name, child, stamps)


__all__ = ["Stranded", "find", "place"]
