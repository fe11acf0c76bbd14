"""A nurse's window offers what a nurse may do, and says why the rest is greyed out."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tyokykytiimi.ui.main_window import MainWindow

from tests.people import NURSE, sign_in_as


def _button(widget, text):
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_nurse_window(qtbot, store):
    nurse = sign_in_as(store, store.data_dir, NURSE)
    window = MainWindow(nurse)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    try:
        assert not window.backup_action.isEnabled()
        assert window.backup_action.toolTip() == (
            "Vain ylläpitäjä voi tehdä tämän (varmuuskopiointi tiedostoon).")
        qtbot.keyClick(window, Qt.Key_5, Qt.ControlModifier)  # Go → Administration
        admin = window.pages.currentWidget()
        titles = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
        assert titles == ["Users", "Backups and settings", "Workstations", "Conflicts"]  # no audit trail, no retention
        add = _button(admin.users, "Add user…")
        assert not add.isEnabled() and "käyttäjien hallinta" in add.toolTip()
        assert _button(admin.users, "Change your password…").isEnabled()
        admin.tabs.setCurrentWidget(admin.backups)
        restore = _button(admin.backups, "Restore from a backup…")
        assert not restore.isEnabled() and "palauttaminen" in restore.toolTip()
        qtbot.mouseClick(restore, Qt.LeftButton)  # greyed out: nothing opens
        qtbot.keyClick(window, Qt.Key_3, Qt.ControlModifier)  # the service map: a nurse may edit
        assert window.pages.currentWidget().import_btn.isEnabled()
    finally:
        window.close()
        nurse.close()
