"""A client created on two workstations is merged by a person: the copy's rows move
to the kept client, what the kept one lacked is filled in, the flag goes everywhere,
and the merge is audited."""
from __future__ import annotations

import random
import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tyokykytiimi.store import clients, journal, measures
from tyokykytiimi.store.errors import InvalidInput
from tyokykytiimi.store.sync import conflicts, duplicates, exchange

from .conftest import Team
from .helpers import (conflict_set, deliver, deliver_all, digests, join_late, own_files,
                      sync_all)

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


def _pending(store) -> int:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM sync_rows WHERE pending").scalar()


def _owner(store, table, text_col, text):
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT client_id FROM {table} WHERE {text_col} = ?",
                                    (text,)).scalars().all()


def _copy_files(folders, stores, source, target):
    for p in own_files(folders[source], stores[source].device_id):
        dest = folders[target] / p.relative_to(folders[source])
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(p, dest)


def _merged_while_c_wrote_on_the_copy(team, tmp, merging=duplicates.merge_duplicate,
                                      phone=None):
    """A and B both add the client and hear of each other; A merges. C had heard only
    of the copy and wrote a journal entry and a measure on it, files not yet sent on."""
    a = team.found()
    b = team.join("Nina")
    c = team.join("Tero")
    stores = [a, b, c]
    sync_all(stores)
    folders = []
    for i in range(3):
        folders.append(tmp / f"f{i}")
        shutil.copytree(team.folder, folders[-1])
    ca = clients.create_client(a, first_name="Aino", last_name="Virtanen", hetu=HETU)
    cb = clients.create_client(b, first_name="Aino", last_name="Virtanen", hetu=HETU)
    kept, copy = sorted([ca.id, cb.id])
    maker = 0 if copy == ca.id else 1  # the workstation whose client is the copy
    sync_all([a, b], rounds=1, folders=folders)
    _copy_files(folders, stores, maker, 2)
    exchange.sync_now(c, folders[2])
    assert clients.get_client(c, copy).hetu == HETU  # C knows only the copy
    journal.add_entry(c, copy, entry_on=date(2026, 11, 30), kind="phone", text="Kysyi ajasta")
    measures.save_answers(c, copy, "was", [6], time_point="other",
                          answered_on=date(2026, 11, 30))
    if phone:
        clients.update_client(c, copy, phone=phone)
    exchange.sync_now(c, folders[2])
    _copy_files(folders, stores, 0, 1)
    _copy_files(folders, stores, 1, 0)
    exchange.sync_now(a, folders[0])
    exchange.sync_now(b, folders[1])
    merging(a, copy)
    exchange.sync_now(a, folders[0])
    return stores, folders, kept, copy


def _all_alike(stores, folders, entry_owner: list) -> None:
    """Everything delivered: one digest, C's entry where expected, nothing waiting,
    no conflict left."""
    deliver_all(stores, folders)
    assert len(set(digests(stores))) == 1
    for s in stores:
        assert _owner(s, "journal_entries", "text", "Kysyi ajasta") == entry_owner
        assert _pending(s) == 0
        assert conflict_set(s) == []


@settings(max_examples=6, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6))
def test_rows_written_on_the_copy_after_the_merge_reach_the_kept_client_everywhere(
        tmp_path_factory, seed):
    """A and B both add the client; A merges; C, which had only the copy and had not
    heard of the merge, writes a journal entry and a measure for it. Whatever order
    the files then arrive in, the rows land on the kept client everywhere, nothing
    waits, and the digests match."""
    tmp = tmp_path_factory.mktemp("dup")
    team = Team(tmp)
    try:
        stores, folders, kept, copy = _merged_while_c_wrote_on_the_copy(team, tmp)
        rng = random.Random(seed)
        for _ in range(rng.randrange(1, 5)):  # partial, out-of-order deliveries first
            i = rng.randrange(3)
            deliver(rng, [(folders[j], stores[j].device_id) for j in range(3) if j != i],
                    folders[i], late=set())
            exchange.sync_now(stores[i], folders[i])
        _all_alike(stores, folders, [kept])
        for s in stores:
            with s.engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT DISTINCT client_id FROM answer_sets"
                                            ).scalars().all() == [kept]
                assert conn.exec_driver_sql("SELECT id FROM clients WHERE hetu = ?",
                                            (HETU,)).scalars().all() == [kept]
    finally:
        team.close()


@pytest.mark.parametrize("eraser", [0, 1])
def test_erasing_the_kept_client_takes_the_merged_copy_and_its_late_rows(tmp_path, eraser):
    """The kept client is erased after the merge (on A, which merged) or on B before B
    heard of the merge: the copy, its late rows from C and their merge states go
    everywhere; nothing waits, nothing comes back."""
    from tyokykytiimi.store.erasure import erase_client
    team = Team(tmp_path)
    try:
        stores, folders, kept, copy = _merged_while_c_wrote_on_the_copy(team, tmp_path)
        erase_client(stores[eraser], kept, confirm_name="Aino Virtanen",
                     basis="client_request")
        exchange.sync_now(stores[eraser], folders[eraser])
        deliver(random.Random(eraser), [(folders[0], stores[0].device_id)], folders[2],
                late=set())  # C may hear of the merge first
        deliver_all(stores, folders)
        assert len(set(digests(stores))) == 1
        for s in stores:
            with s.engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM clients").scalar() == 0
                assert conn.exec_driver_sql("SELECT count(*) FROM journal_entries"
                                            ).scalar() == 0
                assert conn.exec_driver_sql(
                    "SELECT count(*) FROM sync_rows WHERE client_id IN (?, ?) OR "
                    "row_id IN (?, ?)", (kept, copy, kept, copy)).scalar() == 0
                for table in ("change_log", "audit_entries"):  # history names neither
                    assert conn.exec_driver_sql(
                        f"SELECT count(*) FROM {table} WHERE client_id IN (?, ?)",
                        (kept, copy)).scalar() == 0, table
            assert _pending(s) == 0
    finally:
        team.close()


def _older_merge(store, copy):
    """A merge as an older version of the program made it: the copy removed for good,
    without saying into which client."""
    from tyokykytiimi.store.sync import capture, merge
    with store.session() as s:
        capture.record(s.connection(), store.device_id, "clients", copy, copy, "remove",
                       {merge.REMOVED: True, "updated_by": store.user.id,
                        "updated_at": "2026-11-30T10:00:00Z"})


def test_rows_of_a_client_removed_without_a_forwarding_are_shown_and_moved(
        qtbot, tmp_path, finnish):
    """Rows that truly cannot be placed do not wait unseen: Conflicts names them in
    words, and a click moves them to the client with the same henkilötunnus, for
    the whole team."""
    from PySide6.QtCore import Qt

    from tyokykytiimi.ui.sync.conflicts_tab import ConflictsTab
    team = Team(tmp_path)
    try:
        stores, folders, kept, copy = _merged_while_c_wrote_on_the_copy(
            team, tmp_path, merging=_older_merge)
        deliver_all(stores, folders)
        for s in stores:
            assert [c.kind for c in conflicts.list_conflicts(s)] == ["stranded"]
            assert conflicts.conflict_count(s) == 1
        b = stores[1]
        tab = ConflictsTab(b)
        qtbot.addWidget(tab)
        tab.show()
        assert tab.list.item(0).text() == "Kirjauksia poistetulle asiakkaalle Aino Virtanen"
        assert tab.move_button.text() == "Siirrä asiakkaalle Aino Virtanen"
        qtbot.mouseClick(tab.move_button, Qt.LeftButton)
        assert tab.list.item(0).text() == "Ei ristiriitoja."
        _all_alike(stores, folders, [kept])
    finally:
        team.close()


def test_rows_of_a_removed_client_can_be_discarded_for_the_team(qtbot, tmp_path, finnish):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.modal import answer_modal
    from tyokykytiimi.ui.sync.conflicts_tab import ConflictsTab
    team = Team(tmp_path)
    try:
        stores, folders, kept, copy = _merged_while_c_wrote_on_the_copy(
            team, tmp_path, merging=_older_merge)
        deliver_all(stores, folders)
        tab = ConflictsTab(stores[2])
        qtbot.addWidget(tab)
        tab.show()
        asked = []
        answer_modal(QMessageBox.Yes, seen=asked)
        qtbot.mouseClick(tab.discard_button, Qt.LeftButton)
        assert "Aino Virtanen" in asked[0]
        _all_alike(stores, folders, [])
    finally:
        team.close()


def test_an_edit_of_the_copy_made_after_the_merge_is_offered_for_the_kept_client(
        qtbot, tmp_path, finnish):
    """C changed the copy's phone before hearing of the merge: Conflicts says so in
    words, and one click gives the kept client that number on every workstation."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from tyokykytiimi.ui.sync.conflicts_tab import ConflictsTab
    team = Team(tmp_path)
    try:
        stores, folders, kept, copy = _merged_while_c_wrote_on_the_copy(
            team, tmp_path, phone="050 999 1234")
        deliver_all(stores, folders)
        for s in stores:
            assert [c.kind for c in conflicts.list_conflicts(s)] == ["merged_edit"]
        tab = ConflictsTab(stores[1])
        qtbot.addWidget(tab)
        tab.show()
        assert tab.list.item(0).text() == \
            "Asiakas Aino Virtanen: Puhelin muutettu yhdistetyssä kopiossa"
        shown = " ".join(w.text() for w in tab.detail.findChildren(QLabel))
        assert "Tero" in shown and "050 999 1234" in shown, shown
        qtbot.mouseClick(tab.use_button, Qt.LeftButton)
        assert tab.list.item(0).text() == "Ei ristiriitoja."
        deliver_all(stores, folders)
        assert len(set(digests(stores))) == 1
        for s in stores:
            assert clients.get_client(s, kept).phone == "050 999 1234"
            assert conflict_set(s) == []
            assert _pending(s) == 0
    finally:
        team.close()


def test_a_workstation_joining_after_the_merge_places_late_rows_like_the_others(tmp_path):
    """A newcomer approved by A after the merge starts from A's welcome (the forwarding
    in it); C's rows on the copy reach it later and land on the kept client too."""
    team = Team(tmp_path)
    try:
        stores, folders, kept, copy = _merged_while_c_wrote_on_the_copy(team, tmp_path)
        join_late(team, stores, folders, 0, tmp_path)
        _all_alike(stores, folders, [kept])
    finally:
        team.close()
