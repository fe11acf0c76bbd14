"""Must hold 1 (and 2): three replicas, random offline edits, files delivered in any
order, some twice, some damaged first, some late: the same digest and conflicts.
Also with a fourth workstation approved midway (clean-up must keep what it needs)."""
from __future__ import annotations

import random
import shutil

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tyokykytiimi.store import clients

from .conftest import Team
from .helpers import conflict_set, deliver, deliver_all, digests, join_late, soft_delete

FIELDS = ("phone", "email", "municipality", "first_name")

edit = st.tuples(st.integers(0, 2), st.sampled_from(("create", "edit", "edit", "delete")),
                 st.integers(0, 5), st.sampled_from(FIELDS), st.integers(0, 3))


def _run(tmp_path, ops, seed, join_at=None, approver=1):
    from tyokykytiimi.store.sync import exchange
    team = Team(tmp_path)
    try:
        team.found()
        team.join("Nina")
        team.join("Tero")
        stores = list(team.stores)
        folders = []
        for i in range(3):
            f = tmp_path / f"f{i}"
            shutil.copytree(team.folder, f)
            folders.append(f)
        rng = random.Random(seed)
        known: list[str] = []
        for step, (who, kind, pick, field, value) in enumerate(ops):
            if step == join_at:
                join_late(team, stores, folders, approver, tmp_path)
            n = len(stores)
            store = stores[who + (step % 2) * (n - 3)]  # the newcomer edits too
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
                i = rng.randrange(n)
                exchange.sync_now(stores[i], folders[i])
                late = {p.relative_to(folders[j]) for j in range(n)
                        for p in folders[j].rglob("*.bundle") if rng.random() < 0.3}
                deliver(rng, [(folders[j], stores[j].device_id) for j in range(n) if j != i],
                         folders[i], late)
        deliver_all(stores, folders)
        assert len(set(digests(stores))) == 1
        sets = [conflict_set(s) for s in stores]
        assert all(x == sets[0] for x in sets)
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


@settings(max_examples=5, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(edit, min_size=4, max_size=25), seed=st.integers(0, 10**6),
       join_at=st.integers(1, 12), approver=st.integers(1, 2))
def test_a_newcomer_approved_midway_converges_with_the_others(tmp_path_factory, ops, seed,
                                                              join_at, approver):
    """A fourth workstation joins midway, approved by one that is not the founder; the
    others hear of it late, in any order, and clean-up must leave it what it needs."""
    _run(tmp_path_factory.mktemp("team"), ops, seed, join_at, approver)
