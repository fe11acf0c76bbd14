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
    # The daily backup starts 1.5 s after sign-in: quit just then. (Started by hand
    # as well, the timer made a second one; under CI's moved clock each took the
    # other's fresh work folder for a stale one, real file times being older than
    # the moved now, and removed it: no backup, now and then.)
    qtbot.waitUntil(lambda: getattr(session, "_backup_thread", None) is not None,
                    timeout=10_000)
    thread = session._backup_thread
    assert thread.isRunning()
    folder = backup_dir(store)
    window.close()
    session.end(store)  # the path run_gui takes after the event loop ends
    assert not thread.isRunning()
    assert [p for p in folder.iterdir() if p.name.startswith(AUTO_PREFIX)]
    store._lock = lock  # the fixture releases it
