"""Replicas for sync tests: real SQLCipher databases in temporary folders."""
from __future__ import annotations

import pytest

from tests.conftest import ADMIN, PASSWORD
from tyokykytiimi.store.sync import devices


class Team:
    """A founding workstation and others joined through the folder, as people do."""

    def __init__(self, root):
        self.root = root
        self.folder = root / "shared"
        self.folder.mkdir()
        self.stores = []

    def found(self):
        from tyokykytiimi.store.unlock import create_database
        store, _ = create_database(self.root / "w0", team_name="Testitiimi", username=ADMIN,
                                   display_name="Kaisa Koordinaattori", password=PASSWORD)
        devices.enable(store, self.folder, "Kaisa")
        self.stores.append(store)
        return store

    def join(self, name: str, approver=None):
        data_dir = self.root / f"w{len(self.stores)}"
        fp = devices.request_join(data_dir, self.folder, ADMIN, PASSWORD, name)
        devices.approve(approver or self.stores[0], fp)
        store = devices.complete_join(data_dir, ADMIN, PASSWORD)
        self.stores.append(store)
        return store

    def close(self):
        for s in self.stores:
            s.close()


@pytest.fixture
def team(tmp_path):
    t = Team(tmp_path)
    yield t
    t.close()
