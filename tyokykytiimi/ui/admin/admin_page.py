"""Administration: users, audit trail, backups and settings, retention."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget
from PySide6.QtCore import QCoreApplication

from .audit_page import AuditPage
from .backup_page import BackupPage
from .users_page import UsersPage


class AdminPage(QWidget):
    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("AdminPage", "Administration")

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.tabs = QTabWidget(self)
        self.users = UsersPage(store, self)
        self.backups = BackupPage(store, self)
        self.tabs.addTab(self.users, self.tr("Users"))
        self.tabs.addTab(self.backups, self.tr("Backups and settings"))
        if store.user.is_admin:
            self.audit = AuditPage(store, self)
            self.tabs.addTab(self.audit, self.tr("Audit trail"))
            retention = _retention_widget(store, self)
            if retention is not None:
                self.tabs.addTab(retention, self.tr("Retention"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def backup_now(self) -> None:
        self.tabs.setCurrentWidget(self.backups)
        self.backups.backup_now()


def _retention_widget(store, parent):
    """Clients past their retention time, for an administrator's decision."""
    try:
        from ...store.clients import clients_past_retention
    except ImportError:
        return None
    from datetime import date
    from PySide6.QtWidgets import QListWidget
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    intro = QLabel(box.tr("Closed clients whose retention time (10 years after closing) has "
                          "ended. Decide on each: erase or keep with a reason."), box)
    intro.setWordWrap(True)
    rows = QListWidget(box)
    rows.setAccessibleName(box.tr("Clients past retention"))
    for c in clients_past_retention(store, date.today()):
        rows.addItem(f"{c.last_name} {c.first_name} – {c.closed_on:%d.%m.%Y}")
    if rows.count() == 0:
        rows.addItem(box.tr("No clients past their retention time."))
    layout.addWidget(intro)
    layout.addWidget(rows)
    return box
