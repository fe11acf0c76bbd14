"""A client created on two workstations is merged by a person: the copy's rows move
to the kept client, what the kept one lacked is filled in, the flag goes everywhere,
and the merge is audited."""
from __future__ import annotations

from datetime import date

import pytest

from tyokykytiimi.store import clients, journal
from tyokykytiimi.store.errors import InvalidInput
from tyokykytiimi.store.sync import conflicts, duplicates

from .helpers import digests, sync_all

HETU = "131052-308T"


def _twice(team):
    a = team.found()
    b = team.join("Nina")
    sync_all([a, b])
    ca = clients.create_client(a, first_name="Aino", last_name="Virtanen", hetu=HETU)
    cb = clients.create_client(b, first_name="Aino", last_name="Virtanen", hetu=HETU)
    kept, copy = sorted([ca.id, cb.id])  # the smaller id is kept everywhere
    where = a if copy == ca.id else b
    clients.update_client(where, copy, phone="040 5")
    journal.add_entry(where, copy, entry_on=date(2026, 11, 30), kind="phone",
                      text="Soitti ja kysyi ajasta")
    sync_all([a, b])
    return a, b, kept, copy


def _entries(store, client_id):
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT text FROM journal_entries WHERE client_id = ?",
                                    (client_id,)).scalars().all()


def test_the_copy_is_merged_into_the_kept_client_everywhere(team):
    a, b, kept, copy = _twice(team)
    assert [x.kind for x in conflicts.list_conflicts(a)] == ["duplicate"]
    assert _entries(a, kept) == []  # the copy's entry waits with the copy
    assert [x.kept_name for x in conflicts.list_conflicts(a)] == ["Aino Virtanen"]
    assert duplicates.merge_duplicate(a, copy) == kept
    sync_all([a, b])
    for s in (a, b):
        assert conflicts.list_conflicts(s) == []
        assert _entries(s, kept) == ["Soitti ja kysyi ajasta"]
        assert clients.get_client(s, kept).phone == "040 5"  # the kept one had none
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT id FROM clients WHERE hetu = ?",
                                        (HETU,)).scalars().all() == [kept]
    assert len(set(digests([a, b]))) == 1
    with a.engine.connect() as conn:
        audited = conn.exec_driver_sql("SELECT count(*) FROM audit_entries WHERE action = "
                                       "'sync_merge_duplicate' AND client_id = ?",
                                       (kept,)).scalar()
    assert audited == 1
    with pytest.raises(InvalidInput):
        duplicates.merge_duplicate(b, copy)  # done once, for the team


def test_conflicts_screen_merges_the_copy_after_asking(qtbot, team):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.modal import answer_modal
    from tyokykytiimi.ui import i18n
    from tyokykytiimi.ui.sync.conflicts_tab import ConflictsTab
    before = i18n.current_language()
    i18n.install("fi")
    try:
        a, b, kept, copy = _twice(team)
        tab = ConflictsTab(b)
        qtbot.addWidget(tab)
        tab.show()
        assert tab.list.item(0).text() == "Asiakas Aino Virtanen luotu kahdella työasemalla"
        asked = []
        answer_modal(QMessageBox.No, seen=asked)
        qtbot.mouseClick(tab.merge_button, Qt.LeftButton)
        assert "Aino Virtanen" in asked[0]
        assert [x.kind for x in conflicts.list_conflicts(b)] == ["duplicate"]  # said no
        answer_modal(QMessageBox.Yes)
        qtbot.mouseClick(tab.merge_button, Qt.LeftButton)
        assert tab.list.item(0).text() == "Ei ristiriitoja."
        sync_all([a, b])
        for s in (a, b):
            assert conflicts.list_conflicts(s) == []
            assert _entries(s, kept) == ["Soitti ja kysyi ajasta"]
    finally:
        i18n.install(before)
