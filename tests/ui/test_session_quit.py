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


def test_shown_again_while_the_backup_runs_starts_no_second_one(qtbot, store, monkeypatch):
    """After a restore the session shows its window again; the daily backup it
    schedules does not start while the first one still copies (two at once took
    each other's work folders for stale ones)."""
    import threading

    from tyokykytiimi.store import backup
    release, calls = threading.Event(), []

    def slow_backup(s):
        calls.append(s)
        release.wait(10)
    monkeypatch.setattr(backup, "auto_backup_if_due", slow_backup)
    lock = store._lock
    session = Session(QApplication.instance(), store.data_dir, lock)
    session.show(store)
    qtbot.addWidget(session.window)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=10_000)
    first = session._backup_thread
    session.show(store)  # as after a restore
    qtbot.addWidget(session.window)
    qtbot.wait(2_000)  # past the second one's 1.5 s
    assert len(calls) == 1 and session._backup_thread is first
    release.set()
    session.window.close()
    session.end(store)
    store._lock = lock
