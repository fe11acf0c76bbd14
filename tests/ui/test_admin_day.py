"""An administrator's day, by clicks and keys from the sign-in on, in Finnish.

She signs in, adds a nurse, makes her a doctor, sets her a new password,
deactivates her, reads the audit trail and backs the team's data up to a file.
Every step is read back from the store (and the last from the backup file).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ADMIN, PASSWORD
from tests.people import SharedLock
from tests.ui import drive
from tests.ui.modal import answer_modal
from tyokykytiimi.store import audit, users
from tyokykytiimi.store.errors import UnknownUser
from tyokykytiimi.store.unlock import open_store
from tyokykytiimi.ui import i18n
from tyokykytiimi.ui.main_window import MainWindow
from tyokykytiimi.ui.sign_in import SignInDialog

NEW_PASSWORD = "Hoitajan-oma-sana-42"
RESET_PASSWORD = "Uusi-vahva-sana-2031"


def sign_in(qtbot, data_dir):
    dialog = SignInDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.user.currentData() == ADMIN
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert dialog.store is not None, dialog.error.text()
    return dialog.store


def select_user(qtbot, page, username: str) -> None:
    """Click the user's row in the team table."""
    table = page.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == username)
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.selected().username == username


def member(store, username: str):
    return next(u for u in users.list_team(store) if u.username == username)


def test_administrators_day(qtbot, store, tmp_path, monkeypatch):
    data_dir = store.data_dir
    store.close()
    i18n.install("fi")
    admin = sign_in(qtbot, data_dir)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    page = drive.go_to(qtbot, window, "admin")
    team = page.users
    tr = team.tr

    # A new nurse: name, username, role by keys, password; "Lisää".
    def fill_new_user(dialog):
        qtbot.keyClicks(dialog.display_name, "Hanna Hoitaja")
        qtbot.keyClicks(dialog.username, "hanna")
        drive.choose_item(qtbot, dialog.role, "nurse")
        qtbot.keyClicks(dialog.password.edit, NEW_PASSWORD)
    answer_modal(tr("Add"), then=fill_new_user)
    drive.click_button(qtbot, team, tr("Add user…"))
    hanna = member(admin, "hanna")
    assert (hanna.display_name, hanna.role, hanna.active, hanna.is_admin) == (
        "Hanna Hoitaja", "nurse", True, False)
    assert team.table.rowCount() == 2

    # She becomes the team's doctor.
    select_user(qtbot, team, "hanna")
    answer_modal(tr("Save"), then=lambda d: drive.choose_item(qtbot, d.role, "doctor"))
    drive.click_button(qtbot, team, tr("Change role…"))
    assert member(admin, "hanna").role == "doctor"
    assert tr("Doctor") in {team.table.item(r, 2).text() for r in range(team.table.rowCount())}

    # She forgot her password: a new one, set by the administrator.
    select_user(qtbot, team, "hanna")
    answer_modal(tr("Set password"),
                 then=lambda d: qtbot.keyClicks(d.password.edit, RESET_PASSWORD))
    drive.click_button(qtbot, team, tr("Set new password…"))
    open_store(data_dir, "hanna", RESET_PASSWORD, lock=SharedLock()).close()

    # She leaves the team: deactivated, after a question whose safe answer is "No".
    select_user(qtbot, team, "hanna")
    asked = []
    answer_modal(QMessageBox.Yes, seen=asked)
    drive.click_button(qtbot, team, tr("Deactivate"))
    assert "Hanna Hoitaja" in asked[0]
    assert member(admin, "hanna").active is False
    with pytest.raises(UnknownUser):  # her key slot went with her account
        open_store(data_dir, "hanna", RESET_PASSWORD, lock=SharedLock())
    # Her own account is the one she cannot deactivate.
    select_user(qtbot, team, ADMIN)
    assert not team.deactivate_button.isEnabled()

    # The audit trail says what was done, in words.
    drive.choose_tab(qtbot, page.tabs, drive.shown_text(page.tabs.tabText(
        page.tabs.indexOf(page.audit))))
    drive.click_button(qtbot, page.audit, page.audit.tr("Show"))
    shown = {page.audit.table.item(r, 3).text() for r in range(page.audit.table.rowCount())}
    names = page.audit.action_names()
    for action in ("user_create", "user_change", "password_reset", "user_deactivate"):
        assert names[action] in shown, action

    # A backup to a file (a memory stick), made off the UI thread.
    drive.choose_tab(qtbot, page.tabs, drive.shown_text(page.tabs.tabText(
        page.tabs.indexOf(page.backups))))
    stick = tmp_path / "muistitikku"
    stick.mkdir()
    drive.file_dialogs(monkeypatch, stick)
    drive.click_button(qtbot, page.backups, page.backups.tr("Back up to a file…"))
    drive.wait_for_work(qtbot)
    [made] = list(stick.iterdir())
    assert made.stat().st_size > 0 and str(made) in page.backups.status.text()
    [entry] = audit.list_entries(admin, action="backup")
    assert entry.username == ADMIN
    window.close()
    admin.close()
