"""The program started as a person starts it: the sign-in dialog shows before the
database layer is imported (it loads while the password is typed), and signing
in still leads to the home page.

A fresh process: in this test process everything is imported already, so only
a new one shows what the start-up loads, and when.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ADMIN, PASSWORD
from tyokykytiimi.store import audit
from tyokykytiimi.store.unlock import open_store

ROOT = Path(__file__).resolve().parents[2]

# Drives `tyokykytiimi --data-dir D` with key presses and a mouse click.
PERSON = r"""
import json, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tyokykytiimi import app as app_module, cli

data, password, mode = sys.argv[1:4]
seen = {}
# Loaded while the password is typed, not before the dialog: the database layer,
# the key derivation and ciphers, Babel's date formats.
BEHIND_THE_DIALOG = ("sqlalchemy", "sqlmodel", "tyokykytiimi.store.unlock",
                     "tyokykytiimi.ui.main_window", "argon2", "cryptography", "babel")


def visible(name):
    return next((w for w in QApplication.topLevelWidgets()
                 if type(w).__name__ == name and w.isVisible()), None)


def step():
    try:
        refused = visible("QMessageBox")
        if refused is not None:  # another program holds the database
            seen["refused"] = refused.text()
            print(json.dumps(seen), flush=True)
            QTest.mouseClick(refused.buttons()[0], Qt.LeftButton)
            return
        if "dialog" not in seen:
            dialog = visible("SignInDialog")
            if dialog is None:
                return
            seen["dialog"] = dialog.windowTitle()
            seen["loaded_with_dialog"] = [m for m in BEHIND_THE_DIALOG if m in sys.modules]
            if mode == "quit":  # while the import thread runs
                quit_button = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
                QTimer.singleShot(150, lambda: QTest.mouseClick(quit_button, Qt.LeftButton))
                print(json.dumps(seen), flush=True)
                timer.stop()
                return
            QTest.keyClicks(dialog.password, password)
            # the person takes their time: the imports finish behind the dialog
            QTimer.singleShot(300, lambda: QTest.mouseClick(dialog.ok, Qt.LeftButton))
        elif "window" not in seen:
            window = visible("MainWindow")
            if window is None:
                return
            seen["window"] = window.windowTitle()
        else:
            window = visible("MainWindow")
            page = window.pages.currentWidget()
            if getattr(page, "loading", True):
                return
            seen["page"] = type(page).__name__
            seen["status"] = page.status.text()
            timer.stop()
            print(json.dumps(seen), flush=True)
            window.close()
    except BaseException:
        import os, traceback
        traceback.print_exc()
        os._exit(3)


timer = None
make_app = app_module.make_app


def hooked(argv=None):
    global timer
    app = make_app(argv)
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(step)
    timer.start()
    return app


app_module.make_app = hooked
sys.exit(cli.main(["--data-dir", data, "--lang", "fi"]))
"""


def _run_person(data_dir, mode: str, cwd, code: int = 0):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-c", PERSON, str(data_dir), PASSWORD, mode],
                          env=env, capture_output=True, text=True, timeout=300, cwd=cwd)
    assert proc.returncode == code, proc.stderr[-3000:]
    return proc


def _seen(proc) -> dict:
    """What the person's script saw: the last JSON line it printed."""
    return json.loads([ln for ln in proc.stdout.splitlines() if ln.startswith("{")][-1])


def _sign_ins_now(data_dir) -> int:
    """The admin's sign-in entries, this check's own sign-in included."""
    again = open_store(data_dir, ADMIN, PASSWORD)
    try:
        return len(audit.list_entries(again, action="sign_in", username=ADMIN))
    finally:
        again.close()


def test_sign_in_dialog_first_then_the_home_page(store, tmp_path):
    data_dir = store.data_dir
    signed_in_before = len(audit.list_entries(store, action="sign_in", username=ADMIN))
    store.close()
    proc = _run_person(data_dir, "sign in", tmp_path)
    seen = _seen(proc)
    assert seen["dialog"] == "Työkykytiimi – kirjautuminen"
    assert seen["loaded_with_dialog"] == []  # the database layer loads behind the dialog
    assert seen["page"] == "HomePage"
    assert "Työkykytiimi" in seen["window"]
    assert seen["status"] != "Ladataan…"
    # the program's sign-in, then this check's own
    assert _sign_ins_now(data_dir) == signed_in_before + 2


def test_quit_while_the_store_imports_behind_the_dialog(store, tmp_path):
    data_dir = store.data_dir
    signed_in_before = len(audit.list_entries(store, action="sign_in", username=ADMIN))
    store.close()
    proc = _run_person(data_dir, "quit", tmp_path)  # ends, code 0, nothing raised
    assert "Traceback" not in proc.stderr
    seen = _seen(proc)
    assert seen["dialog"] == "Työkykytiimi – kirjautuminen"
    # the lock was let go, and only this check's own sign-in: quitting signed no one in
    assert _sign_ins_now(data_dir) == signed_in_before + 1


def test_a_second_program_on_the_same_database_is_told_and_ends(store, tmp_path):
    """The first program (this test's store) holds the database: the second one
    says so in a window, in Finnish, before any password is asked, and ends."""
    proc = _run_person(store.data_dir, "sign in", tmp_path, code=5)
    seen = _seen(proc)
    assert "jo käynnissä" in seen["refused"]
    assert "dialog" not in seen  # no sign-in dialog: nothing to type a password into
    assert "Traceback" not in proc.stderr
    with store.session() as s:  # the first program goes on as before
        assert s.connection().exec_driver_sql("SELECT count(*) FROM users").scalar() >= 1
