"""Issue 16.11: on a workstation the nurse left locked, the doctor signs in with
"switch user"; the nurse's unsaved input waits for her, behind her own password."""
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from tests.people import DOCTOR, NURSE, sign_in_as
from tyokykytiimi.store import measures as m
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.main_window import MainWindow
from tyokykytiimi.ui.measures.measures_tab import EntryDialog


def test_doctor_switches_in_and_the_nurses_typing_waits_for_her(qtbot, store, data_dir, today):
    c = create_client(store, first_name="Seija", last_name="Seurattava",
                      started_on=today - timedelta(days=10))
    sign_in_as(store, data_dir, DOCTOR).close()
    nurse = sign_in_as(store, data_dir, NURSE)
    window = MainWindow(nurse)
    qtbot.addWidget(window)
    window.show()
    # The nurse has typed half a set in the entry form when the workstation locks.
    entry = EntryDialog(nurse, c.id, window)
    entry.show()
    qtbot.keyClicks(entry.form.grid, "64")
    window.lock()
    assert not entry.isVisible()
    screen = window.lock_screen
    qtbot.mouseClick(screen.switch_button, Qt.LeftButton)
    assert screen.username.isVisible()
    qtbot.keyClicks(screen.username, "lauri")
    qtbot.keyClicks(screen.password, "wrong-password-9")
    qtbot.keyClick(screen.password, Qt.Key_Return)
    assert screen.error.isVisible() and window.other_window is None
    screen.password.clear()
    qtbot.keyClicks(screen.password, DOCTOR[3])
    qtbot.keyClick(screen.password, Qt.Key_Return)
    other = window.other_window
    assert other is not None and other.store.user.username == "lauri"
    assert other.isVisible() and window.locked  # the nurse's window stays locked
    assert not entry.isVisible()
    other.close()  # the doctor is done: signed out, the nurse's lock screen remains
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert window.other_window is None and window.locked
    qtbot.keyClicks(screen.password, NURSE[3])
    qtbot.keyClick(screen.password, Qt.Key_Return)
    assert not window.locked and entry.isVisible()
    assert entry.form.grid.sections[0].cells[0].value == 6  # her typing, as she left it
    assert entry.form.grid.sections[1].cells[0].value == 4
    entry.done(0)
    assert m.list_answer_sets(store, c.id) == []
    QApplication.processEvents()
    nurse.close()
