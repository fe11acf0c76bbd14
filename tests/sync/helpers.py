"""Small helpers shared by the sync tests."""
from __future__ import annotations

import shutil

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


def own_files(folder, device):
    return [p for p in (folder / device).glob("*") if p.is_file()]


def deliver(rng, sources, target, late: set):
    """Copy the files other replicas wrote into ``target`` in random order; some
    twice, a few first as a damaged copy (cut, bit-flipped or empty), some held back."""
    files = [(src, p) for src, device in sources for p in own_files(src, device)]
    rng.shuffle(files)
    for src, path in files:
        rel = path.relative_to(src)
        if rel in late:
            continue
        dest = target / rel
        if dest.exists():
            if rng.random() < 0.3:
                shutil.copyfile(path, dest)  # delivered twice
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        data = path.read_bytes()
        roll = rng.random()
        if roll < 0.1:
            dest.write_bytes(data[: len(data) // 2])
        elif roll < 0.15:
            flipped = bytearray(data)
            flipped[len(flipped) // 2] ^= 0x40
            dest.write_bytes(bytes(flipped))
        elif roll < 0.2:
            dest.write_bytes(b"")
        else:
            shutil.copyfile(path, dest)


def deliver_all(stores, folders, rounds: int = 4):
    """The network comes back: every file reaches every folder, intact."""
    n = len(stores)
    for _ in range(rounds):
        for i in range(n):
            exchange.sync_now(stores[i], folders[i])
        for i in range(n):
            for j in range(n):
                if i != j:
                    for p in own_files(folders[j], stores[j].device_id):
                        dest = folders[i] / p.relative_to(folders[j])
                        dest.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(p, dest)
    for i in range(n):
        exchange.sync_now(stores[i], folders[i])


def join_late(team, stores, folders, approver, tmp_path):
    """A fourth workstation is approved by ``approver`` and gets a copy of its folder:
    the others hear of it only through the approver's files."""
    from tests.conftest import ADMIN, PASSWORD
    from tyokykytiimi.store.sync import devices
    data_dir = tmp_path / "w3"
    fp = devices.request_join(data_dir, team.folder, ADMIN, PASSWORD, "Uusi")
    devices.approve(stores[approver], fp)
    store = devices.complete_join(data_dir, ADMIN, PASSWORD)
    team.stores.append(store)
    stores.append(store)
    f = tmp_path / "f3"  # the others' files reach it later, from their own folders
    own = stores[approver].device_id
    shutil.copytree(folders[approver] / own, f / own) if (folders[approver] / own).is_dir() \
        else f.mkdir()
    folders.append(f)
