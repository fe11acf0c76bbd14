"""Edits on two workstations converge through a real Syncthing pair on loopback."""
from __future__ import annotations

import time

import pytest

from tests.conftest import ADMIN, PASSWORD
from tyokykytiimi.store import clients
from tyokykytiimi.store.sync import devices, exchange
from tyokykytiimi.store.sync.errors import WaitingApproval

from .helpers import conflict_set, digests
from .syncthing_pair import BINARY, Pair

pytestmark = pytest.mark.skipif(BINARY is None, reason="the syncthing binary is not installed")


def _until(check, seconds: float = 90.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError("Syncthing did not deliver in time")


def test_two_workstations_converge_through_syncthing(tmp_path):
    from tyokykytiimi.store.unlock import create_database
    pair = Pair(tmp_path).start()
    stores = []
    try:
        fa, fb = pair.folders
        a, _ = create_database(tmp_path / "a", team_name="Tiimi", username=ADMIN,
                               display_name="Kaisa", password=PASSWORD)
        stores.append(a)
        devices.enable(a, fa, "A")
        fp = devices.request_join(tmp_path / "b", fb, ADMIN, PASSWORD, "B")
        _until(lambda: [r for r in devices.pending_requests(a) if r["fingerprint"] == fp])
        devices.approve(a, fp)

        def joined():
            try:
                return devices.complete_join(tmp_path / "b", ADMIN, PASSWORD)
            except WaitingApproval:
                return None
        b = _until(joined)
        stores.append(b)
        c = clients.create_client(a, first_name="Aino", last_name="Virtanen")
        clients.create_client(b, first_name="Eino", last_name="Leino")
        exchange.sync_now(a)
        exchange.sync_now(b)
        _until(lambda: exchange.sync_now(b).received or clients.client_rows(b, audit=False)
               and len(clients.client_rows(b, audit=False)) == 2)
        clients.update_client(a, c.id, phone="040 1")
        clients.update_client(b, c.id, email="aino@example.fi")

        def same():
            exchange.sync_now(a)
            exchange.sync_now(b)
            return len(set(digests([a, b]))) == 1 and \
                clients.get_client(a, c.id).email == "aino@example.fi" and \
                clients.get_client(b, c.id).phone == "040 1"
        _until(same)
        assert conflict_set(a) == conflict_set(b) == []
    finally:
        for s in stores:
            s.close()
        pair.stop()
