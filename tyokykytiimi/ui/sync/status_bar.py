"""The sync state in words in the status bar, and sync by itself.

Sync runs at sign-in, every few minutes while the program is open, at
sign-out and on demand (File → Sync now, F5), always off the UI thread.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from ... import formats
from ...i18n import _, ngettext
from ...store.sync.errors import FolderUnavailable
from ...store.sync.status import FOLDER_ERROR, Status, record_error, status
from ..events import announce
from .background import Runner
from ... import clock

INTERVAL_MS = 3 * 60 * 1000


def status_text(st: Status, now: datetime | None = None) -> str:
    """E.g. "Synkronoitu 2 min sitten", "Ei yhteyttä jaettuun kansioon – 14 muutosta
    odottaa", "1 ristiriita"; empty when sync is not set up."""
    if not st.set_up:
        return ""
    now = now or clock.utcnow()
    parts = []
    if st.error == FOLDER_ERROR:
        parts.append(ngettext("No connection to the shared folder – {n} change waiting",
                              "No connection to the shared folder – {n} changes waiting",
                              st.waiting).format(n=st.waiting))
    elif st.last_sync is None:
        parts.append(_("Not synced yet"))
    else:
        minutes = max(0, int((now - st.last_sync).total_seconds() // 60))
        if minutes < 1:
            parts.append(_("Synced just now"))
        elif minutes < 120:
            parts.append(ngettext("Synced {n} min ago", "Synced {n} min ago",
                                  minutes).format(n=minutes))
        else:
            parts.append(_("Synced %1").replace("%1", formats.format_datetime(st.last_sync)))
    if st.conflicts:
        parts.append(ngettext("{n} conflict", "{n} conflicts", st.conflicts)
                     .format(n=st.conflicts))
    return " · ".join(parts)


class SyncController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.runner = Runner(self)
        self.runner.finished.connect(self._finished)
        self.label = QLabel(window)
        self.label.setAccessibleName(_("Team sync"))
        window.statusBar().addWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync)
        self.tick = QTimer(self)
        self.tick.setInterval(60 * 1000)
        self.tick.timeout.connect(self.refresh)
        self.timer.start()
        self.tick.start()
        window.sign_out_requested.connect(self.sync_at_sign_out)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.runner.wait)
        self.refresh()
        QTimer.singleShot(0, self.sync)  # at sign-in

    def refresh(self) -> None:
        try:
            text = status_text(status(self.window.store))
        except Exception:  # a closed store while the window goes away
            return
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def sync(self) -> bool:
        store = self.window.store
        try:
            if not status(store).set_up:
                return False
        except Exception:  # the store was closed (signed out, window going away)
            return False
        from ...store.sync import exchange  # loads every table: only when sync runs
        return self.runner.start(lambda: exchange.sync_now(store))

    def _finished(self, result, error) -> None:
        store = self.window.store
        try:
            if isinstance(error, FolderUnavailable):
                record_error(store, FOLDER_ERROR)
            if result is not None and result.received:
                announce("clients")
                arrived = getattr(self.window, "team_settings_arrived", None)
                if arrived is not None:
                    arrived()  # a new team name or lock time, from another workstation
        except Exception:
            pass
        self.refresh()

    def sync_at_sign_out(self) -> None:
        self.runner.wait()
        store = self.window.store
        try:
            if status(store).set_up:
                from ...store.sync import exchange
                exchange.sync_now(store)
        except Exception:  # signing out must never fail because the folder is away
            pass


def add_window_actions(window, menus) -> None:
    controller = SyncController(window)
    window.sync_controller = controller
    menus["file"].addSeparator()
    window.sync_action = window.add_action(menus["file"], _("S&ync now"),
                                           lambda: controller.sync(), QKeySequence("F5"))
