"""Must hold 1 (and 2): three replicas, random offline edits, files delivered in any
order, some twice, some damaged first, some late: the same digest and conflicts."""
from __future__ import annotations

import random
import shutil

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tyokykytiimi.store import clients

from .conftest import Team
from .helpers import conflict_set, digests, soft_delete

FIELDS = ("phone", "email", "municipality", "first_name")

edit = st.tuples(st.integers(0, 2), st.sampled_from(("create", "edit", "edit", "delete")),
                 st.integers(0, 5), st.sampled_from(FIELDS), st.integers(0, 3))


def _own_files(folder, device):
    return [p for p in (folder / device).glob("*") if p.is_file()]


def _deliver(rng, sources, target, late: set):
    """Copy the files other replicas wrote into ``target`` in random order; some
    twice, a few first as a damaged copy (cut, bit-flipped or empty), some held back."""
    files = [(src, p) for src, device in sources for p in _own_files(src, device)]
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


def _run(tmp_path, ops, seed):
    from tyokykytiimi.store.sync import exchange
    team = Team(tmp_path)
    try:
        team.found()
        team.join("Nina")
        team.join("Tero")
        stores = team.stores
        folders = []
        for i in range(3):
            f = tmp_path / f"f{i}"
            shutil.copytree(team.folder, f)
            folders.append(f)
        rng = random.Random(seed)
        known: list[str] = []
        for step, (who, kind, pick, field, value) in enumerate(ops):
            store = stores[who]
            present = [c for c in known if _live(store, c)]
            if kind == "create" or not present:
                known.append(clients.create_client(store, first_name="Asiakas",
                                                   last_name=f"Nro{step}").id)
            elif kind == "edit":
                cid = present[pick % len(present)]
                new = {"phone": f"040 {value}", "email": f"x{value}@example.fi",
                       "municipality": ["Oulu", "Kemi", "Raahe", "Iin"][value],
                       "first_name": f"Nimi{value}"}[field]
                clients.update_client(store, cid, **{field: new})
            else:
                soft_delete(store, present[pick % len(present)])
            if rng.random() < 0.4:  # an exchange now and then, partial delivery
                i = rng.randrange(3)
                exchange.sync_now(stores[i], folders[i])
                late = {p.relative_to(folders[j]) for j in range(3)
                        for p in folders[j].rglob("*.bundle") if rng.random() < 0.3}
                _deliver(rng, [(folders[j], stores[j].device_id) for j in range(3) if j != i],
                         folders[i], late)
        for _ in range(4):  # the network comes back: everything arrives, intact
            for i in range(3):
                exchange.sync_now(stores[i], folders[i])
            for i in range(3):
                for j in range(3):
                    if i != j:
                        for p in _own_files(folders[j], stores[j].device_id):
                            dest = folders[i] / p.relative_to(folders[j])
                            dest.parent.mkdir(parents=True, exist_ok=True)
                            shutil.copyfile(p, dest)
        for i in range(3):
            exchange.sync_now(stores[i], folders[i])
        assert len(set(digests(stores))) == 1
        assert conflict_set(stores[0]) == conflict_set(stores[1]) == conflict_set(stores[2])
    finally:
        team.close()


def _live(store, client_id):
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT 1 FROM clients WHERE id = ? AND deleted_at IS NULL",
                                    (client_id,)).first() is not None


@settings(max_examples=8, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(edit, min_size=3, max_size=25), seed=st.integers(0, 10**6))
def test_three_replicas_converge(tmp_path_factory, ops, seed):
    _run(tmp_path_factory.mktemp("team"), ops, seed)
