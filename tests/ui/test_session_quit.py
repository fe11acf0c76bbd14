"""Quitting while the automatic backup still runs waits for it instead of aborting."""
from PySide6.QtWidgets import QApplication

from tyokykytiimi.app import Session
from tyokykytiimi.store.backup import AUTO_PREFIX, backup_dir


def test_quit_right_after_sign_in_lets_the_daily_backup_finish(qtbot, store):
    lock = store._lock
    session = Session(QApplication.instance(), store.data_dir, lock)
    session.show(store)
    window = session.window
    qtbot.addWidget(window)
    session._daily_backup(store)  # what the 1.5 s timer starts
    thread = session._backup_thread
    assert thread.isRunning()
    folder = backup_dir(store)
    window.close()
    session.end(store)  # the path run_gui takes after the event loop ends
    assert not thread.isRunning()
    assert [p for p in folder.iterdir() if p.name.startswith(AUTO_PREFIX)]
    store._lock = lock  # the fixture releases it
