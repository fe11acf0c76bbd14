"""Setup wizard, sign-in, main window and idle lock, driven with real widgets."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from tests.conftest import ADMIN, PASSWORD
from tyokykytiimi.store import audit
from tyokykytiimi.store.unlock import exists
from tyokykytiimi.ui.main_window import MainWindow
from tyokykytiimi.ui.setup_wizard import RecoveryKeyDialog, SetupDialog
from tyokykytiimi.ui.sign_in import SignInDialog, wait_after


def _type_password(qtbot, window, password):
    """The lock screen's password, then Enter, as a person unlocks."""
    field = window.lock_screen.password
    field.setText(password)
    qtbot.keyClick(field, Qt.Key_Return)


def _press_create(qtbot, dialog):
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
    qtbot.mouseClick(ok, Qt.LeftButton)


def test_setup_wizard_refuses_weak_then_creates(qtbot, data_dir, monkeypatch):
    shown = []
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda self: shown.append(self.recovery_key))
    dialog = SetupDialog(data_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.team, "Kuopion tiimi")
    qtbot.keyClicks(dialog.display_name, "Kaisa Koordinaattori")
    qtbot.keyClicks(dialog.username, "kaisa")
    qtbot.keyClicks(dialog.password.edit, "lyhyt")
    qtbot.keyClicks(dialog.repeat, "lyhyt")
    assert dialog.password.meter.value() <= 1
    _press_create(qtbot, dialog)
    assert not dialog.password.error.isHidden()
    assert "vähintään 10" in dialog.password.error.text()
    assert not exists(data_dir)
    dialog.password.edit.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "x")
    _press_create(qtbot, dialog)
    assert "eivät ole samat" in dialog.errors["repeat"].text() or \
        not dialog.errors["repeat"].isHidden()
    dialog.repeat.setText(PASSWORD)
    _press_create(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted and dialog.store is not None
    assert shown and len(shown[0]) == 34
    dialog.store.close()
    assert exists(data_dir)


def test_recovery_dialog_needs_confirmation(qtbot):
    dialog = RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345", "Tiimi")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key_Escape)  # Esc does not skip the key
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.stored, Qt.LeftButton)
    assert dialog.stored.isChecked() and ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key_Escape)  # once the key is kept, Esc closes
    assert not dialog.isVisible()


def test_sign_in_wrong_then_right(qtbot, store):
    data_dir = store.data_dir
    store.close()
    dialog = SignInDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.user.currentData() == ADMIN
    qtbot.keyClicks(dialog.password, "vaarin-meni-tama")
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert dialog.store is None
    assert "Salasana on väärä" in dialog.error.text()
    assert not dialog.ok.isEnabled()  # a short wait after a failure
    assert "1 s" in dialog.error.text()
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=3000)
    assert "Salasana on väärä" in dialog.error.text() and "1 s" not in dialog.error.text()
    qtbot.keyClicks(dialog.password, PASSWORD)  # the wrong one is selected: typing replaces it
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert dialog.store is not None and dialog.result() == QDialog.Accepted
    dialog.store.close()


def test_wait_grows_but_is_bounded():
    assert [wait_after(n) for n in range(0, 8)] == [0, 1, 2, 4, 8, 16, 30, 30]


def test_main_window_status_and_idle_lock(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert "Kaisa Koordinaattori" in window.user_label.text()
    assert window.nav.count() == 5
    window.idle.set_minutes(0.001)  # 60 ms
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.central.currentWidget() is window.lock_screen
    assert not window.splitter.isVisible()
    window.idle.set_minutes(10)  # typing takes longer than 60 ms
    _type_password(qtbot, window, "väärä-salasana")
    assert window.locked and not window.lock_screen.error.isHidden()
    _type_password(qtbot, window, PASSWORD)
    assert not window.locked and window.splitter.isVisible()
    actions = [e.action for e in audit.list_entries(store)]
    assert "lock" in actions and "unlock" in actions


def test_lock_hides_open_dialogs(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    window.lock()
    assert not dialog.isVisible()
    _type_password(qtbot, window, PASSWORD)
    assert dialog.isVisible()
    dialog.close()


def test_ctrl_l_locks_and_geometry_remembered(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key_L, Qt.ControlModifier)
    assert window.locked
    _type_password(qtbot, window, PASSWORD)
    window.resize(640, 480)
    window.close()
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (640, 480)


def test_admin_pages_open(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    admin = window.show_area("admin")
    assert admin.users.table.rowCount() == 1
    assert admin.audit.table.rowCount() >= 1
