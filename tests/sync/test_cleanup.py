"""Must hold 12 with newcomers: clean-up deletes a file as soon as every member has
it, a just-approved newcomer included, and never a file a newcomer approved on
another workstation still needs (its starting positions travel in its member row)."""
from __future__ import annotations

import json
import shutil

from tests.conftest import ADMIN, PASSWORD
from tyokykytiimi.store import clients
from tyokykytiimi.store.sync import bundle, devices, exchange, notices

from .helpers import digests, sync_all


def _kinds(store):
    return {k for _at, k, _text in notices.texts(store)}


def _newest(folder, device_id):
    return max(bundle.bundles(folder, device_id))[2]


def test_a_newcomer_approved_elsewhere_keeps_the_files_it_needs(team, tmp_path):
    a = team.found()
    b = team.join("Nina")
    sync_all([a, b])
    c = clients.create_client(a, first_name="Aino", last_name="Virtanen")
    exchange.sync_now(a)  # a's bundle X: the newcomer's welcome will not hold it
    data_dir = team.root / "w2"
    fp = devices.request_join(data_dir, team.folder, ADMIN, PASSWORD, "Tero")
    devices.approve(b, fp)  # b has not applied X yet
    with b.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT starts FROM sync_devices WHERE name = 'Tero'"
                                   ).scalar()
    assert json.loads(row)[a.device_id] < max(bundle.bundles(team.folder, a.device_id))[1]
    exchange.sync_now(b)  # b applies X and states so; its bundle names Tero
    held = tmp_path / "held"
    held.mkdir()
    late = _newest(team.folder, b.device_id)
    shutil.move(late, held / late.name)  # b's state file reaches a before its bundle
    exchange.sync_now(a)
    assert bundle.bundles(team.folder, a.device_id), "a deleted what Tero still needs"
    shutil.move(held / late.name, late)
    n = devices.complete_join(data_dir, ADMIN, PASSWORD)
    team.stores.append(n)
    sync_all([a, b, n])
    assert "rejoin" not in _kinds(n)
    assert len(set(digests([a, b, n]))) == 1
    assert clients.get_client(n, c.id).last_name == "Virtanen"


def test_an_applied_file_goes_as_soon_as_every_member_has_it(team):
    """No age rule: a file is deleted in the exchange after the last member, a
    newcomer approved moments ago included, has applied it."""
    a = team.found()
    b = team.join("Nina")
    sync_all([a, b])
    clients.create_client(a, first_name="Aino", last_name="Virtanen")
    exchange.sync_now(a)
    exchange.sync_now(b)
    n = team.join("Tero", approver=b)  # approved by b; its welcome holds a's file
    exchange.sync_now(a)  # a hears of Tero; Tero's row says it has the file already
    assert bundle.bundles(team.folder, a.device_id) == []
    clients.create_client(a, first_name="Eino", last_name="Korhonen")
    exchange.sync_now(a)
    exchange.sync_now(b)
    exchange.sync_now(a)
    assert bundle.bundles(team.folder, a.device_id), "Tero has not applied it yet"
    exchange.sync_now(n)
    exchange.sync_now(a)
    assert bundle.bundles(team.folder, a.device_id) == []
    sync_all([a, b, n])
    assert len(set(digests([a, b, n]))) == 1


def test_an_approved_workstation_that_never_joins_does_not_hold_files_for_ever(team,
                                                                                monkeypatch):
    a = team.found()
    b = team.join("Nina")
    fp = devices.request_join(team.root / "w9", team.folder, ADMIN, PASSWORD, "Kadonnut")
    devices.approve(a, fp)  # its welcome is never opened
    clients.create_client(a, first_name="Aino", last_name="Virtanen")
    sync_all([a, b])
    assert bundle.bundles(team.folder, a.device_id), "held for the approved workstation"
    monkeypatch.setattr(exchange, "STALE_DAYS", -1)  # approved longer ago than that
    sync_all([a, b])
    assert bundle.bundles(team.folder, a.device_id) == []
