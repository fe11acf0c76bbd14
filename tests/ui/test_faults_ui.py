"""Faults met by the program's window: a message in a window, never a traceback or an abort."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from tyokykytiimi.app import Session, run_gui
from tyokykytiimi.store.unlock import db_path, open_store

from ..conftest import ADMIN, PASSWORD


def test_damaged_slot_file_shows_a_message_window(store, monkeypatch):
    data_dir = store.data_dir
    store.close()
    data = json.loads((data_dir / "keyslots.json").read_text("utf-8"))
    del data["slots"][0]["kdf"]["time_cost"]
    (data_dir / "keyslots.json").write_text(json.dumps(data), "utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text) or QMessageBox.Ok)
    assert run_gui(data_dir) == 6
    assert len(shown) == 1 and "keyslots.json" in shown[0] and "time_cost" in shown[0]


def test_no_display_is_one_line_of_ours(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "tyokykytiimi.cli", "--data-dir",
                             str(tmp_path / "d")], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 10
    assert result.stderr.strip().count("\n") == 0
    assert "DISPLAY" in result.stderr and "qt.qpa" not in result.stderr


def test_damage_found_after_sign_in_is_told_to_the_admin(qtbot, store, monkeypatch):
    data_dir = store.data_dir
    from tyokykytiimi.store import audit
    # A long entry written last fills the file's last ~50 pages; no screen reads it.
    audit.record(store, "note", text="y" * 200_000)
    audit.record(store, "lock")
    with store.engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # outside any transaction
    lock = store._lock
    store._lock = None
    store.close()
    path = db_path(data_dir)
    with open(path, "r+b") as f:
        f.seek(path.stat().st_size - 10 * 4096 + 100)
        byte = f.read(1)
        f.seek(-1, 1)
        f.write(bytes([byte[0] ^ 0xFF]))
    warnings = _after_sign_in(qtbot, monkeypatch, data_dir, lock)  # signing in succeeds
    assert warnings and "Restore" in warnings[0][1] and "malformed" in warnings[0][1]


def _after_sign_in(qtbot, monkeypatch, data_dir, lock) -> list[tuple[str, str]]:
    """Sign the admin in as the program does; the warnings the background check shows."""
    store = open_store(data_dir, ADMIN, PASSWORD, lock=lock)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: warnings.append((title, text)))
    session = Session(QApplication.instance(), data_dir, lock)
    session.show(store)
    qtbot.addWidget(session.window)
    assert session.window.isVisible()  # the window is there while the check runs
    qtbot.waitUntil(lambda: session.integrity.problems is not None, timeout=30000)
    session.window.close()
    session.end(store)
    lock.release()
    return warnings


def test_tampering_is_told_to_the_admin_after_sign_in(qtbot, store, monkeypatch):
    import sqlcipher3

    from tyokykytiimi.store.database import key_pragma
    from tyokykytiimi.store.unlock import sign_out
    data_dir, key = store.data_dir, store.key
    lock = store._lock
    store._lock = None
    sign_out(store)
    conn = sqlcipher3.connect(str(db_path(data_dir)), isolation_level=None)
    conn.execute(key_pragma(key))
    conn.execute("DELETE FROM audit_entries WHERE seq = (SELECT max(seq) FROM audit_entries)")
    conn.close()
    warnings = _after_sign_in(qtbot, monkeypatch, data_dir, lock)
    assert "Changed outside the program" in [t for t, _ in warnings]
    assert any("ei enää" in text for _, text in warnings)  # in Finnish


def test_a_sign_out_before_the_check_is_due_never_starts_it(qtbot, store, monkeypatch):
    """The check waits until the window has drawn; signing out first cancels it,
    so it never reads a file that is being closed."""
    import tyokykytiimi.app as app_module
    data_dir, lock = store.data_dir, store._lock
    store._lock = None
    store.close()
    monkeypatch.setattr(app_module, "INTEGRITY_AFTER_MS", 300)
    signed_in = open_store(data_dir, ADMIN, PASSWORD, lock=lock)
    session = Session(QApplication.instance(), data_dir, lock)
    session.show(signed_in)  # closed below; end() deletes it
    watch = session.integrity
    assert watch._thread is None  # not yet: the window draws first
    session.window.close()
    session.end(signed_in)
    qtbot.wait(500)  # past the moment it was due
    assert watch._thread is None and watch.problems is None
    lock.release()
