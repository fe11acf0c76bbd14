"""A client deleted on one workstation and edited on another: the administrator keeps
the client from the Conflicts tab, by clicks, and every workstation agrees."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui import drive
from tyokykytiimi.store import clients
from tyokykytiimi.store.sync import conflicts

from .helpers import digests, soft_delete, sync_all


def test_keep_not_deleted_brings_the_client_back_everywhere(qtbot, team):
    from tyokykytiimi.ui.sync.conflicts_tab import ConflictsTab
    a = team.found()
    b = team.join("Nina")
    c = clients.create_client(a, first_name="Aino", last_name="Virtanen")
    sync_all([a, b])
    soft_delete(a, c.id)
    clients.update_client(b, c.id, municipality="Oulu")
    sync_all([a, b])
    tab = ConflictsTab(b)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    assert tab.list.count() == 1
    item = tab.list.item(0)
    qtbot.mouseClick(tab.list.viewport(), Qt.LeftButton,
                     pos=tab.list.visualItemRect(item).center())
    keep = drive.find_button(tab.detail, "Keep, not deleted")
    qtbot.waitUntil(lambda: not keep.rect().isEmpty())  # laid out when the row was chosen
    drive.click(qtbot, keep)
    assert tab.list.count() == 1 and tab.list.item(0).text() == "No conflicts."
    sync_all([a, b])
    assert conflicts.list_conflicts(a) == [] and conflicts.list_conflicts(b) == []
    for store in (a, b):
        kept = clients.get_client(store, c.id)
        assert kept.deleted_at is None and kept.municipality == "Oulu"
    assert len(set(digests([a, b]))) == 1
