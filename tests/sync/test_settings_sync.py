"""Team-wide settings (name, lock time, backups kept, logo, contact details, time zone)
reach a workstation that joins and keep syncing afterwards; the backup folder (a
path on one machine) and each user's preferences stay on their workstation."""
from __future__ import annotations

from tyokykytiimi.store import contacts, settings
from tyokykytiimi.store.sync import conflicts

from .helpers import digests, sync_all

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _team(store):
    with store.session() as s:
        return settings.team_settings(s), contacts.team_reach(s), contacts.team_zone(s)


def _save(store, **changes):
    with store.session() as s:
        now = settings.team_settings(s)
    values = dict(team_name=now.team_name, idle_lock_minutes=now.idle_lock_minutes,
                  backup_dir=now.backup_dir, backup_keep=now.backup_keep, logo=now.logo)
    values.update(changes)
    settings.save_team_settings(store, **values)


def test_team_settings_reach_a_newcomer_and_keep_syncing(team, tmp_path):
    a = team.found()
    backups = tmp_path / "varmuuskopiot"
    backups.mkdir()
    _save(a, team_name="Oulun työkykytiimi", idle_lock_minutes=15, backup_keep=30,
          backup_dir=str(backups), logo=PNG)
    contacts.save_team_contacts(a, phone="08 555 1234", email="tiimi@oulu.fi",
                                address="Torikatu 1, Oulu", time_zone="Europe/Helsinki")
    with a.session() as s:
        settings.set_preference(s, a.user.id, "window", "geometry-a")
    b = team.join("Nina")
    got, reach, _zone = _team(b)
    assert (got.team_name, got.idle_lock_minutes, got.backup_keep, got.logo) == (
        "Oulun työkykytiimi", 15, 30, PNG)
    assert got.backup_dir == ""  # a's folder is a path on a's disk
    assert (reach.phone, reach.email, reach.address) == (
        "08 555 1234", "tiimi@oulu.fi", "Torikatu 1, Oulu")
    with b.session() as s:
        assert settings.get_preference(s, a.user.id, "window") is None

    # After the join: changes on either side travel; the backup folder does not.
    _save(b, team_name="Oulun seudun työkykytiimi", backup_dir="")
    contacts.save_team_contacts(a, phone="08 555 9999", email="tiimi@oulu.fi",
                                address="Torikatu 1, Oulu", time_zone="Europe/Stockholm")
    _save(a, idle_lock_minutes=20)
    sync_all([a, b])
    for store in (a, b):
        got, reach, zone = _team(store)
        assert (got.team_name, got.idle_lock_minutes, reach.phone, zone) == (
            "Oulun seudun työkykytiimi", 20, "08 555 9999", "Europe/Stockholm")
    assert _team(a)[0].backup_dir == str(backups)
    assert _team(b)[0].backup_dir == ""
    assert len(set(digests([a, b]))) == 1


def test_a_team_name_changed_on_two_workstations_is_a_conflict_decided_once(team):
    a = team.found()
    b = team.join("Nina")
    sync_all([a, b])
    _save(a, team_name="Tiimi A")
    _save(b, team_name="Tiimi B")
    sync_all([a, b])
    found = [c for c in conflicts.list_conflicts(a) if c.table == "settings"]
    assert [(c.row_id, c.field) for c in found] == [("team_name", "value")]
    assert sorted(v.value for v in found[0].versions) == ["Tiimi A", "Tiimi B"]
    assert _team(a)[0].team_name == _team(b)[0].team_name  # the same one shown for now
    conflicts.decide(b, "settings", "team_name", "value", "Tiimi AB")
    sync_all([a, b])
    assert [_team(s)[0].team_name for s in (a, b)] == ["Tiimi AB", "Tiimi AB"]
    assert conflicts.conflict_count(a) == conflicts.conflict_count(b) == 0
    assert len(set(digests([a, b]))) == 1


def test_conflicts_screen_keeps_one_team_name_and_shows_logos_as_pictures(qtbot, team):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPlainTextEdit, QPushButton

    from tyokykytiimi.ui import i18n
    from tyokykytiimi.ui.sync.conflicts_tab import ConflictsTab
    before = i18n.current_language()
    i18n.install("fi")
    try:
        a = team.found()
        b = team.join("Nina")
        sync_all([a, b])
        _save(a, team_name="Tiimi A", logo=PNG)
        _save(b, team_name="Tiimi B", logo=PNG + b"\x01")
        sync_all([a, b])
        tab = ConflictsTab(a)
        qtbot.addWidget(tab)
        tab.show()
        titles = [tab.list.item(i).text() for i in range(tab.list.count())]
        assert sorted(titles) == ["Tiimin asetus: Logo PDF-tiedostoihin",
                                  "Tiimin asetus: Tiimin nimi"]
        tab.list.setCurrentRow(titles.index("Tiimin asetus: Logo PDF-tiedostoihin"))
        shown = [t.toPlainText() for t in tab.detail.findChildren(QPlainTextEdit)]
        assert shown == ["Kuva, 1 kt", "Kuva, 1 kt"]
        assert not tab.keep_combined.isVisible()  # pictures are not combined in words
        tab.list.setCurrentRow(titles.index("Tiimin asetus: Tiimin nimi"))
        boxes = tab.detail.findChildren(QPlainTextEdit)
        keep = [b_ for b_ in tab.detail.findChildren(QPushButton) if b_.text() == "Säilytä tämä"]
        chosen = [t.toPlainText() for t in boxes].index("Tiimi B")
        qtbot.mouseClick(keep[chosen], Qt.LeftButton)
        assert tab.list.count() == 1
        sync_all([a, b])
        assert [_team(s)[0].team_name for s in (a, b)] == ["Tiimi B", "Tiimi B"]
    finally:
        i18n.install(before)
