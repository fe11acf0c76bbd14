"""Must hold 2 and 3: idempotence and conflict semantics, over real replicas."""
from __future__ import annotations

from tyokykytiimi.store import clients
from tyokykytiimi.store.audit import list_entries
from tyokykytiimi.store.sync import apply, bundle, conflicts, crypto, devices, exchange

from .helpers import conflict_set, digests, soft_delete, sync_all


def _pair(team):
    a = team.found()
    b = team.join("Nina")
    c = clients.create_client(a, first_name="Aino", last_name="Virtanen", phone="040 1")
    sync_all([a, b])
    return a, b, c


def test_same_field_twice_is_one_conflict_with_both_values(team):
    a, b, c = _pair(team)
    clients.update_client(a, c.id, phone="040 2")
    clients.update_client(b, c.id, phone="040 3")
    sync_all([a, b])
    found = conflicts.list_conflicts(a)
    assert [(x.field, x.kind) for x in found] == [("phone", "field")]
    assert sorted(v.value for v in found[0].versions) == ["040 2", "040 3"]
    assert conflict_set(a) == conflict_set(b)
    assert len(set(digests([a, b]))) == 1  # the same provisional value on both


def test_different_fields_merge_without_conflict(team):
    a, b, c = _pair(team)
    clients.update_client(a, c.id, phone="040 2")
    clients.update_client(b, c.id, email="aino@example.fi")
    sync_all([a, b])
    assert conflicts.list_conflicts(a) == [] and conflicts.list_conflicts(b) == []
    got = clients.get_client(b, c.id)
    assert (got.phone, got.email) == ("040 2", "aino@example.fi")
    assert len(set(digests([a, b]))) == 1


def test_delete_against_edit_is_a_conflict_and_a_decision_syncs(team):
    a, b, c = _pair(team)
    soft_delete(a, c.id)
    clients.update_client(b, c.id, municipality="Oulu")
    sync_all([a, b])
    found = conflicts.list_conflicts(b)
    assert [(x.field, x.kind) for x in found] == [("deleted_at", "seal")]
    conflicts.decide(b, "clients", c.id, "deleted_at", None)  # keep the client
    sync_all([a, b])
    assert conflicts.list_conflicts(a) == [] and conflicts.list_conflicts(b) == []
    assert clients.get_client(a, c.id).municipality == "Oulu"
    assert len(set(digests([a, b]))) == 1
    assert list_entries(b, action="sync_decide")


def test_agreed_plan_against_an_edit_is_a_conflict(team):
    from tyokykytiimi.models.plans import PlanVersion
    from tyokykytiimi.store import plans
    a, b, c = _pair(team)
    draft = plans.get_or_create_draft(a, c.id)
    sync_all([a, b])
    with a.session() as s:
        v = s.get(PlanVersion, draft.id)
        v.state = "agreed"
        s.add(v)
    with b.session() as s:
        v = s.get(PlanVersion, draft.id)
        v.notes = "Lisätty toisella koneella"
        s.add(v)
    sync_all([a, b])
    kinds = {(x.table, x.kind) for x in conflicts.list_conflicts(a)}
    assert ("plan_versions", "seal") in kinds
    assert conflict_set(a) == conflict_set(b)
    with a.engine.connect() as conn:  # the text written elsewhere was not lost
        assert conn.exec_driver_sql("SELECT notes FROM plan_versions WHERE id = ?",
                                    (draft.id,)).scalar() == "Lisätty toisella koneella"


def test_applying_a_bundle_twice_changes_nothing(team):
    a, b, c = _pair(team)
    clients.update_client(a, c.id, phone="040 9")
    exchange.sync_now(a)
    own = devices.me(a.engine.connect())
    first, last, path = bundle.bundles(team.folder, own.device_id)[-1]
    payload = bundle.unpack(crypto.decrypt(bundle.open_envelope(path.read_bytes()).body,
                                           devices.me(b.engine.connect()).box_secret))
    exchange.sync_now(b)
    before = digests([b])
    with b.session() as s:  # the same file's changes once more
        done = apply.apply_changes(s, b, own.device_id, payload["changes"])
    assert done.changes == 0
    assert digests([b]) == before
    assert clients.get_client(b, c.id).phone == "040 9"


def test_two_plan_versions_agreed_on_two_workstations_are_both_kept_and_flagged(team):
    from tyokykytiimi.models.plans import PlanVersion
    from tyokykytiimi.store import plans
    a, b, c = _pair(team)

    def agree(store, version_id):
        with store.session() as s:
            v = s.get(PlanVersion, version_id)
            v.state = "agreed"
            s.add(v)

    agree(a, plans.get_or_create_draft(a, c.id).id)
    sync_all([a, b])
    va = plans.get_or_create_draft(a, c.id)  # both start version 2 from the agreed one
    vb = plans.get_or_create_draft(b, c.id)
    assert va.id != vb.id
    agree(a, va.id)
    agree(b, vb.id)
    sync_all([a, b])
    for store in (a, b):
        flagged = [x for x in conflicts.list_conflicts(store) if x.kind == "plans_agreed"]
        assert len(flagged) == 1 and sorted(flagged[0].versions) == sorted([va.id, vb.id])
    assert len(set(digests([a, b]))) == 1


def test_one_client_created_on_two_workstations_is_kept_once_and_flagged(team):
    a = team.found()
    b = team.join("Nina")
    sync_all([a, b])
    ca = clients.create_client(a, first_name="Aino", last_name="Virtanen", hetu="131052-308T")
    cb = clients.create_client(b, first_name="Aino", last_name="Virtanen", hetu="131052-308T",
                               phone="040 5")
    clients.update_client(b, cb.id, email="aino@example.fi")  # more on the later copy
    sync_all([a, b])
    assert len(set(digests([a, b]))) == 1
    kept = min(ca.id, cb.id)
    for s in (a, b):
        with s.engine.connect() as conn:
            ids = [r[0] for r in conn.exec_driver_sql(
                "SELECT id FROM clients WHERE hetu = '131052-308T'")]
        assert ids == [kept]
        assert [x.kind for x in conflicts.list_conflicts(s)] == ["duplicate"]
