"""The integrity check after sign-in, in the background, and what a person is told.

SQLCipher checks a page only when it reads it, so a damaged file can open
without a word. After sign-in the whole file is read in a thread (the window
is usable meanwhile); a finding is shown in a message window, to an
administrator with what to do, to anyone else with whom to tell.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from ..store import audit, health
from .permissions import may


class IntegrityWatch(QObject):
    checked = Signal(list)

    def __init__(self, store, window, parent=None):
        super().__init__(parent)
        self.store = store
        self.window = window
        self.problems: list[str] | None = None
        self.tampered = False
        self._thread: threading.Thread | None = None
        self._closing = False
        self.checked.connect(self._report)

    def start(self) -> None:
        if self._closing or self._thread is not None:
            return  # signed out before the check was due: the file is being closed
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        problems = health.check_integrity(self.store)
        if not problems and may(self.store, "audit_export"):
            # An administrator also hears of changes made outside the program.
            try:
                problems = [p.render() for p in audit.tamper_check(self.store).problems]
            except Exception:  # noqa: BLE001 - the file check above is what matters most
                problems = []
            self.tampered = bool(problems)
        self.checked.emit(problems)

    def wait(self) -> None:
        """Before the store closes: a running check finishes, a due one never starts."""
        self._closing = True
        if self._thread is not None:
            self._thread.join()

    def _report(self, problems: list) -> None:
        self.problems = problems
        if self.window is None:
            return
        warning = self.store.tamper_warning
        if warning is not None:
            QMessageBox.warning(self.window, self.tr("Changed outside the program"),
                                warning.render())
        if not problems:
            return
        if self.tampered:
            more = len(problems) - 5
            text = "\n".join(problems[:5]) + (
                "\n" + self.tr("… and %1 more.").replace("%1", str(more)) if more > 0 else "")
            QMessageBox.warning(self.window, self.tr("Changed outside the program"), self.tr(
                "The audit trail shows changes made outside the program:") + "\n\n" + text)
            return
        title = self.tr("The database file is damaged")
        if self.store.user.is_admin:
            text = self.tr(
                "The check after signing in found damage in the database file (%1). What you "
                "save now may be lost with it. Restore the database from the newest backup "
                "(Administration → Backups and settings → Restore from a backup…) before "
                "anyone continues.")
        else:
            text = self.tr(
                "The check after signing in found damage in the database file (%1). Tell your "
                "administrator now; they restore the database from a backup.")
        QMessageBox.warning(self.window, title, text.replace("%1", " ".join(problems[0].split())[:120]))
