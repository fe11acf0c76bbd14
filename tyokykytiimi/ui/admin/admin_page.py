"""Administration: users, audit trail, backups and settings, retention."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget
from PySide6.QtCore import QCoreApplication

from ..permissions import may
from .audit_page import AuditPage
from .backup_page import BackupPage
from .users_page import UsersPage
from ... import clock


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
        if may(store, "audit_export"):
            self.audit = AuditPage(store, self)
            self.tabs.addTab(self.audit, self.tr("Audit trail"))
        if may(store, "erasure"):
            retention = _retention_widget(store, self)
            if retention is not None:
                self.tabs.addTab(retention, self.tr("Retention"))
        from ..sync.admin_tabs import add_tabs
        add_tabs(self)  # Workstations, Conflicts
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def backup_now(self) -> None:
        self.tabs.setCurrentWidget(self.backups)
        self.backups.backup_now()


class RetentionTab(QWidget):
    """Closed clients whose retention has ended; an administrator erases them one by one."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout, QListWidget
        from ..access.actions import retention_erase_button
        self.store = store
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Closed clients whose retention time (10 years after closing) "
                               "has ended. Decide on each: erase or keep with a reason."), self)
        intro.setWordWrap(True)
        self.rows = QListWidget(self)
        self.rows.setAccessibleName(self.tr("Clients past retention"))
        self.erase = retention_erase_button(self, store, self.selected_id, self._erased)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.erase)
        layout.addWidget(intro)
        layout.addWidget(self.rows, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        from datetime import date
        from PySide6.QtCore import Qt
        from ...store.clients import clients_past_retention
        from ..access.actions import retention_row_text
        self.rows.clear()
        for row in clients_past_retention(self.store, clock.today()):
            self.rows.addItem(retention_row_text(row))
            self.rows.item(self.rows.count() - 1).setData(Qt.UserRole, row.id)
        if self.rows.count() == 0:
            self.rows.addItem(self.tr("No clients past their retention time."))
        else:
            self.rows.setCurrentRow(0)
        self.erase.setEnabled(self.selected_id() is not None)

    def selected_id(self) -> str | None:
        from PySide6.QtCore import Qt
        item = self.rows.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _erased(self, client_id: str) -> None:
        from ..access.actions import close_client_pages
        self.refresh()
        close_client_pages(self.window(), client_id, to_list=False)


def _retention_widget(store, parent):
    """Clients past their retention time, for an administrator's decision."""
    try:
        from ...store.clients import clients_past_retention  # noqa: F401
    except ImportError:
        return None
    return RetentionTab(store, parent)
