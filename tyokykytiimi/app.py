"""QApplication start-up: language, one instance, setup or sign-in, the main window."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .ui import pyside_hook

pyside_hook.lighten()  # first thing after PySide: every module imported from here on

from .paths import resource_path  # noqa: E402
from .store.errors import AlreadyRunning, StoreError  # noqa: E402
from .store.atomic import private_dir  # noqa: E402
from .store.instance import InstanceLock  # noqa: E402
from .store.data_dir import exists  # noqa: E402

APP_NAME = "Työkykytiimi"
INTEGRITY_AFTER_MS = 2000


def make_app(argv=None) -> QApplication:
    pyside_hook.lighten()  # (app.py did at import; here for a PySide imported anew)
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("tyokykytiimi")
    # Ties the windows to packaging/linux/tyokykytiimi.desktop (Wayland, task bars).
    app.setDesktopFileName("tyokykytiimi")
    app.setWindowIcon(QIcon(str(resource_path("icons", "tyokykytiimi.svg"))))
    from .ui.focus_ring import apply_accessible_look
    apply_accessible_look(app)  # Fusion follows the system palette; a visible focus ring
    return app


def _pre_migration_backup(store):
    from .store import backup  # imported when a migration is due, not at every start
    return backup.pre_migration_backup(store)


class Session(QObject):
    """Keeps one signed-in main window at a time; signing out shows the sign-in again."""

    def __init__(self, app: QApplication, data_dir: Path, lock: InstanceLock,
                 hint: str | None = None):
        super().__init__(app)
        self.app = app
        self.data_dir = data_dir
        self.lock = lock
        self.hint = hint
        self.window = None

    def sign_in(self) -> bool:
        if not exists(self.data_dir):
            from .ui.setup_wizard import SetupDialog  # imports the store: first run only
            dialog = SetupDialog(self.data_dir, lock=self.lock)
            if not dialog.exec() or dialog.store is None:
                return False
            store = dialog.store
        else:
            from .ui.sign_in import SignInDialog
            dialog = SignInDialog(self.data_dir, hint=self.hint, lock=self.lock,
                                  before_migration=_pre_migration_backup)
            if not dialog.exec() or dialog.store is None:
                return False
            store = dialog.store
        self.show(store)
        return True

    def show(self, store) -> None:
        store._lock = None  # the session holds the instance lock across sign-outs
        self._open_window(store)
        QTimer.singleShot(1500, lambda: self._daily_backup(store))
        self._check_integrity(store)

    def _check_integrity(self, store) -> None:
        from .ui.health import IntegrityWatch
        self.integrity = watch = IntegrityWatch(store, self.window, self)
        # Reading the whole file takes a core for seconds: it starts once the window
        # has drawn and the home lists have had their read, not in their way.
        QTimer.singleShot(INTEGRITY_AFTER_MS, watch.start)

    def _open_window(self, store, state: dict | None = None) -> None:
        from .ui.main_window import MainWindow
        self.window = MainWindow(store)
        self.window.sign_out_requested.connect(lambda: self._signed_out(store))
        self.window.store_replaced.connect(self.show)
        self.window.rebuild_hook = lambda: self.rebuild(store)
        if state:
            self.window.restore_view(state)
        self.window.show()

    def rebuild(self, store) -> bool:
        """A new main window on the same store, still signed in (after a language change).

        Every widget is built again, so every text is in the language installed
        now; the same area (and client) is shown again. False when the person
        kept unsaved work open (the old window stays; the language is then used
        from the next window on).
        """
        old = self.window
        # The settings dialog already asked about unsaved work (``_leaving``).
        if old is None or old.store is not store or not (old._leaving or old.prepare_to_leave()):
            return False
        state = old.view_state()
        quit_on_close = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)  # the new window follows at once
        try:
            if not old.close():  # refused after all: keep it, nothing half done
                old._leaving = False
                return False
            self._open_window(store, state)
        finally:
            self.app.setQuitOnLastWindowClosed(quit_on_close)
        old.deleteLater()
        return True

    def _daily_backup(self, store) -> None:
        from .store import backup
        from .ui.worker import run_op
        if self.window is None or self.window.store is not store:
            return
        running = getattr(self, "_backup_thread", None)
        if running is not None and running.isRunning():
            return  # shown again after a restore while the first one still copies
        self._backup_thread = run_op(
            None, self.app.translate("Session", "Automatic backup"),
            lambda progress: backup.auto_backup_if_due(store), lambda _: None,
            on_error=lambda exc: self.window.statusBar().showMessage(
                self.app.translate("Session", "The automatic backup failed: %1").replace(
                    "%1", getattr(exc, "message", str(exc)))))

    def _signed_out(self, store) -> None:
        self.end(store)
        self.app.setQuitOnLastWindowClosed(False)  # the sign-in dialog comes next
        QTimer.singleShot(0, self._sign_in_again)

    def _sign_in_again(self) -> None:
        self.app.setQuitOnLastWindowClosed(True)
        if not self.sign_in():
            self.app.quit()

    def end(self, store) -> None:
        from .store.unlock import sign_out
        thread = getattr(self, "_backup_thread", None)
        if thread is not None and thread.isRunning():
            # Quitting right after sign-in: let the backup finish rather than
            # destroy its thread mid-copy (Qt aborts the process then). The thread
            # is told to quit from a slot on this thread, so keep events flowing.
            while thread.isRunning():
                self.app.processEvents()
                thread.wait(50)
        self._backup_thread = None
        integrity = getattr(self, "integrity", None)
        if integrity is not None:
            integrity.wait()  # the check reads the file: finish before it is closed
        if self.window is not None and self.window.store is store:
            # Its pages listen on the change bus: delete it with the store it shows,
            # so a later sign-in's changes never reach pages of a closed database.
            self.window.deleteLater()
            self.window = None
        from .ui import background
        background.wait_all(10)  # a list still being read: let it finish before the store closes
        if "tyokykytiimi.reports.document" in sys.modules:  # else no logo was ever set
            sys.modules["tyokykytiimi.reports.document"].set_letterhead_logo(None)
        try:
            sign_out(store)
        except StoreError:
            pass


NO_DISPLAY_EXIT = 10  # 9 is team sync's "waiting for approval"


def no_display() -> str | None:
    """Our one line when there is no display for the window (Qt would abort instead)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs …: no desktop display needed
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    from .i18n import _
    return _("There is no display to show the window on (DISPLAY is not set). Start "
             "Työkykytiimi in a desktop session; the commands check, backup and restore "
             "work without one.")


def start_language(flag: str | None, data_dir: Path) -> str:
    """--lang, then this workstation's choice, then the system locale (else Finnish)."""
    from PySide6.QtCore import QLocale
    from .store.workstation import choose_language
    return choose_language(flag, data_dir, QLocale.system().name())


def build_with_progress(app, build) -> None:
    """Run ``build`` off the UI thread behind a busy indicator: the first demo takes
    seconds, which must not look like a black screen."""
    from PySide6.QtCore import QEventLoop, QThread
    from PySide6.QtWidgets import QProgressDialog
    dialog = QProgressDialog(app.translate("Session", "Building the demo database with "
                                                      "fictional clients…"), "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(APP_NAME)
    dialog.setMinimumDuration(0)
    dialog.show()
    failures: list[BaseException] = []

    class Builder(QThread):
        def run(self) -> None:
            try:
                build()
            except Exception as exc:  # shown after the dialog closes
                failures.append(exc)

    thread = Builder()
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    dialog.close()
    if failures:
        raise failures[0]


def run_gui(data_dir: Path, *, demo: bool = False, lang: str | None = None) -> int:
    from .ui import i18n
    missing = no_display()
    if missing:
        print(missing, file=sys.stderr)
        return NO_DISPLAY_EXIT
    app = make_app()
    data_dir = Path(data_dir)
    private_dir(data_dir)
    i18n.install(start_language(lang, data_dir))
    try:
        lock = InstanceLock(data_dir).acquire()
    except AlreadyRunning as exc:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.critical(None, APP_NAME, exc.message)
        return exc.exit_code
    hint = None
    if demo:
        from .demo.generator import DEMO_PASSWORD, DEMO_USER, create_demo
        if not exists(data_dir):
            lock.release()
            build_with_progress(app, lambda: create_demo(data_dir).close())
            lock = InstanceLock(data_dir).acquire()
        hint = app.translate("Session", "Demo database with fictional clients. Sign in as "
                                        "user %1 with the password %2.").replace(
            "%1", DEMO_USER).replace("%2", DEMO_PASSWORD)
    session = Session(app, data_dir, lock, hint)
    try:
        signed_in = session.sign_in()
    except StoreError as exc:  # e.g. a damaged key file: said in a window, not a traceback
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.critical(None, APP_NAME, exc.message)
        lock.release()
        return exc.exit_code
    finally:
        # Quit at once: the import thread finishes first, so the interpreter never
        # shuts down (and imports at exit) while it holds a module half imported.
        from . import preload
        preload.wait()
    if not signed_in:
        lock.release()
        return 0
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    if session.window is not None:
        session.end(session.window.store)
    lock.release()
    return code
