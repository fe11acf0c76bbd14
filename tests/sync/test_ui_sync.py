"""The sync screens driven by clicks and keys, in Finnish, over real replicas."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from tests.conftest import ADMIN, PASSWORD
from tyokykytiimi.store import clients
from tyokykytiimi.store.sync import conflicts, devices
from tyokykytiimi.ui.main_window import MainWindow

from .helpers import digests, sync_all


pytestmark = pytest.mark.usefixtures("finnish")


def _later(fn):
    """Run ``fn`` on the modal dialog once it is shown."""
    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, run)
            return
        fn(dialog)
    QTimer.singleShot(50, run)


def _button(widget, text):
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_settings_team_sync_checks_the_folder_and_sets_sync_up(qtbot, store, tmp_path):
    from tyokykytiimi.ui.settings_dialog import SettingsDialog
    shared = tmp_path / "jaettu"
    shared.mkdir()
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    seen = {}

    def fill(d):
        qtbot.keyClicks(d.folder, str(tmp_path / "ei-ole"))
        qtbot.mouseClick(d.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
        seen["error"] = d.error.text()
        d.folder.selectAll()
        qtbot.keyClick(d.folder, Qt.Key_Delete)
        qtbot.keyClicks(d.folder, str(shared))
        qtbot.mouseClick(d.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
        seen["result"] = d.result.text()
        qtbot.mouseClick(d.buttons.button(QDialogButtonBox.Close), Qt.LeftButton)

    _later(fill)
    qtbot.mouseClick(dialog.sync_button, Qt.LeftButton)
    assert "ei-ole" in seen["error"] and "ei ole" in seen["error"]
    assert "Kansio toimii" in seen["result"]
    assert devices.folder_of(store) == str(shared)
    assert not list(shared.glob(".tyokykytiimi-probe-*"))


def test_join_my_team_from_the_first_start_dialog(qtbot, team, tmp_path):
    from tyokykytiimi.ui.setup_wizard import SetupDialog
    from tyokykytiimi.ui.sync.workstations_tab import WorkstationsTab
    a = team.found()
    clients.create_client(a, first_name="Aino", last_name="Virtanen")
    setup = SetupDialog(tmp_path / "uusi")
    qtbot.addWidget(setup)
    setup.show()
    seen = {}

    def join(d):
        qtbot.keyClicks(d.folder, str(team.folder))
        qtbot.keyClicks(d.username, ADMIN)
        qtbot.keyClicks(d.password, PASSWORD)
        qtbot.mouseClick(d.ask, Qt.LeftButton)
        seen["fp"] = d.fingerprint.text()
        seen["waiting"] = d.waiting.text()
        admin = WorkstationsTab(a)  # the member's screen, on the other workstation
        qtbot.addWidget(admin)
        seen["asking"] = admin.requests.text()
        qtbot.keyClicks(admin.fingerprint, seen["fp"])
        qtbot.mouseClick(admin.approve_button, Qt.LeftButton)
        qtbot.mouseClick(d.ask, Qt.LeftButton)  # "Tarkista nyt"

    _later(join)
    qtbot.mouseClick(setup.join_button, Qt.LeftButton)
    assert len(seen["fp"].replace(" ", "")) == 12
    assert "Odotetaan hyväksyntää" in seen["waiting"]
    assert seen["fp"] in seen["asking"]
    assert setup.store is not None
    team.stores.append(setup.store)
    assert len(set(digests(team.stores))) == 1


def test_workstations_tab_removes_a_workstation(qtbot, team):
    from tyokykytiimi.ui.sync.workstations_tab import WorkstationsTab
    a = team.found()
    b = team.join("Nina")
    tab = WorkstationsTab(a)
    qtbot.addWidget(tab)
    tab.show()
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "Nina")
    assert tab.table.item(row, 1).text() == next(
        d.fingerprint for d in devices.list_devices(a) if d.id == b.device_id)
    tab.table.selectRow(row)

    def yes(box):
        qtbot.mouseClick(box.button(QMessageBox.Yes), Qt.LeftButton)

    _later(yes)
    qtbot.mouseClick(tab.remove_button, Qt.LeftButton)
    state = {d.id: d.state for d in devices.list_devices(a)}
    assert state[b.device_id] == "removed"
    assert tab.table.item(row, 2).text() == "Poistettu"


def test_conflicts_side_by_side_keep_one_or_combine(qtbot, team):
    from tyokykytiimi.ui.sync.conflicts_tab import ConflictsTab
    a = team.found()
    b = team.join("Nina")
    c = clients.create_client(a, first_name="Aino", last_name="Virtanen")
    sync_all([a, b])
    clients.update_client(a, c.id, phone="040 111")
    clients.update_client(b, c.id, phone="040 222")
    clients.update_client(a, c.id, address="Kotikatu 1")
    clients.update_client(b, c.id, address="Kotikatu 1 A")
    sync_all([a, b])
    tab = ConflictsTab(b)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.list.count() == 2
    titles = [tab.list.item(i).text() for i in range(2)]
    tab.list.setCurrentRow(titles.index("Asiakas Aino Virtanen: Puhelin"))
    keep = [b_ for b_ in tab.detail.findChildren(QPushButton) if b_.text() == "Säilytä tämä"]
    assert len(keep) == 2
    texts = [t.toPlainText() for t in tab.detail.findChildren(type(tab.combined))]
    assert sorted(texts) == ["040 111", "040 222"]  # side by side
    chosen = texts.index("040 111")
    qtbot.mouseClick(keep[chosen], Qt.LeftButton)
    assert tab.list.count() == 1
    tab.list.setCurrentRow(0)
    tab.combined.selectAll()
    qtbot.keyClick(tab.combined, Qt.Key_Delete)
    qtbot.keyClicks(tab.combined, "Kotikatu 1 A 5")
    qtbot.mouseClick(tab.keep_combined, Qt.LeftButton)
    assert tab.list.item(0).text() == "Ei ristiriitoja."
    sync_all([a, b])
    assert conflicts.list_conflicts(a) == []
    got = clients.get_client(a, c.id)
    assert (got.phone, got.address) == ("040 111", "Kotikatu 1 A 5")
    assert len(set(digests([a, b]))) == 1


def test_status_bar_says_where_the_workstation_stands(qtbot, team):
    a = team.found()
    b = team.join("Nina")
    c = clients.create_client(a, first_name="Aino", last_name="Virtanen")
    sync_all([a, b])
    w = MainWindow(b)
    qtbot.addWidget(w)
    w.show()
    controller = w.sync_controller
    qtbot.waitUntil(lambda: not controller.runner.busy)
    # What the sync at sign-in did is shown when it ends (and by the status tick).
    qtbot.waitUntil(lambda: controller.label.text() == "Synkronoitu juuri nyt")
    moved = team.folder.with_name("poissa")
    shutil.move(team.folder, moved)  # the network drive is gone
    for phone in ("040 1", "040 2", "040 3"):
        clients.update_client(b, c.id, phone=phone)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w.nav, Qt.Key_F5)
    qtbot.waitUntil(lambda: not controller.runner.busy)
    assert controller.label.text() == "Ei yhteyttä jaettuun kansioon – 3 muutosta odottaa"
    shutil.move(moved, team.folder)
    clients.update_client(a, c.id, phone="040 9")
    sync_all([a])
    file_menu = w.menuBar().actions()[0].menu()
    assert w.sync_action in file_menu.actions()
    assert w.sync_action.text() == "S&ynkronoi nyt"
    w.sync_action.trigger()  # the menu item itself
    qtbot.waitUntil(lambda: not controller.runner.busy)
    assert controller.label.text() == "Synkronoitu juuri nyt · 1 ristiriita"
    assert conflicts.conflict_count(b) == 1


def test_the_client_page_shows_its_conflict_and_leads_to_it(qtbot, team):
    a = team.found()
    b = team.join("Nina")
    c = clients.create_client(a, first_name="Aino", last_name="Virtanen")
    sync_all([a, b])
    clients.update_client(a, c.id, phone="040 111")
    clients.update_client(b, c.id, phone="040 222")
    sync_all([a, b])
    w = MainWindow(b)
    qtbot.addWidget(w)
    w.show()
    page = w.open_client(c.id)
    button = page.findChild(QPushButton, "clientConflictsButton")
    assert button.text() == "1 ristiriita"
    qtbot.mouseClick(button, Qt.LeftButton)
    admin = w.pages.currentWidget()
    assert admin.tabs.currentWidget() is admin.conflicts
    assert admin.conflicts.list.item(0).text() == "Asiakas Aino Virtanen: Puhelin"
    qtbot.waitUntil(lambda: not w.sync_controller.runner.busy)


def test_team_settings_from_another_workstation_take_effect_at_once(qtbot, team):
    from tyokykytiimi.store import settings
    a = team.found()
    b = team.join("Nina")
    with a.session() as s:
        now = settings.team_settings(s)
    settings.save_team_settings(a, team_name="Oulun työkykytiimi", idle_lock_minutes=3,
                                backup_dir=now.backup_dir, backup_keep=now.backup_keep,
                                logo=now.logo)
    sync_all([a])  # in the shared folder, not yet on b
    w = MainWindow(b)
    qtbot.addWidget(w)
    assert "Oulun työkykytiimi" not in w.windowTitle()
    w.show()  # the sync at sign-in brings the new settings into the open window
    qtbot.waitUntil(lambda: "Oulun työkykytiimi" in w.windowTitle(), timeout=15000)
    qtbot.waitUntil(lambda: not w.sync_controller.runner.busy)
    assert w.idle._timer.interval() == 3 * 60_000  # the new lock time is in force
