"""Small helpers shared by the sync tests."""
from __future__ import annotations


from tyokykytiimi import clock
from tyokykytiimi.models.clients import Client
from tyokykytiimi.store.sync import conflicts, digest, exchange


def sync_all(stores, rounds: int = 3, folders=None):
    for _ in range(rounds):
        for i, s in enumerate(stores):
            exchange.sync_now(s, folders[i] if folders else None)


def digests(stores):
    return [digest.content_digest(s) for s in stores]


def conflict_set(store):
    return sorted((c.table, c.row_id, c.field, c.kind,
                   tuple(sorted(repr(v.value) for v in c.versions)), repr(c.provisional))
                  for c in conflicts.list_conflicts(store))


def soft_delete(store, client_id):
    with store.session() as s:
        c = s.get(Client, client_id)
        c.deleted_at = clock.utcnow()
        s.add(c)


def folder_files(folder):
    return sorted(p for p in folder.rglob("*") if p.is_file())
