"""The audit trail for an administrator: filter, verify the chain, export CSV."""
from __future__ import annotations

from datetime import datetime, time, timezone

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...reports.audit_csv import write_audit_csv
from ...store import audit
from ..widgets import shrinkable
from ...formats import format_datetime
from ... import clock

ACTIONS = ["", "sign_in", "sign_in_failed", "sign_out", "lock", "unlock", "view", "create",
           "change", "export", "print", "backup", "restore", "user_create", "user_change",
           "user_deactivate", "password_reset", "password_change", "migrate", "erase"]


class AuditPage(QWidget):
    def action_names(self) -> dict[str, str]:
        return {
            "sign_in": self.tr("Signed in"), "sign_in_failed": self.tr("Failed sign-in"),
            "sign_out": self.tr("Signed out"), "lock": self.tr("Locked"),
            "unlock": self.tr("Unlocked"), "view": self.tr("Viewed"),
            "list": self.tr("Listed"), "create": self.tr("Created"),
            "change": self.tr("Changed"), "export": self.tr("Exported"),
            "print": self.tr("Printed"), "backup": self.tr("Backup"),
            "restore": self.tr("Restore"), "user_create": self.tr("User added"),
            "user_change": self.tr("User changed"),
            "user_deactivate": self.tr("User deactivated"),
            "password_reset": self.tr("Password set by admin"),
            "password_change": self.tr("Own password changed"),
            "migrate": self.tr("Database upgraded"), "erase": self.tr("Erased"),
            "database_create": self.tr("Database created"),
            "demo_generate": self.tr("Demo data created"),
            "recovery_key_replace": self.tr("Recovery key replaced"),
        }

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        from ...store.users import list_team
        self._names = {f"user:{u.id}": u.display_name for u in list_team(store)}
        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Action"))
        names = self.action_names()
        for a in ACTIONS:
            self.action.addItem(names.get(a, a) if a else self.tr("All actions"), a)
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("Username"))
        self.user.setAccessibleName(self.tr("Username"))
        self.since = QDateEdit(QDate(clock.today()).addMonths(-1), self)
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(self.tr("From"))
        self.until = QDateEdit(QDate(clock.today()), self)
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("To"))
        show = QPushButton(self.tr("Show"), self)
        show.clicked.connect(self.refresh)
        verify = QPushButton(self.tr("Verify chain"), self)
        verify.clicked.connect(self.verify)
        export = QPushButton(self.tr("Export CSV…"), self)
        export.clicked.connect(self.export)
        filters = QHBoxLayout()
        action_label, since_label, until_label = (QLabel(self.tr("Action")),
                                                  QLabel(self.tr("From")), QLabel(self.tr("To")))
        for label, field in ((action_label, self.action), (since_label, self.since),
                             (until_label, self.until)):
            label.setBuddy(field)
        shrinkable(self.action, 14)
        for w in (action_label, self.action, self.user, since_label, self.since, until_label,
                  self.until):
            filters.addWidget(w)
        filters.addStretch()
        actions = QHBoxLayout()  # a row of its own: one long row would not fit at 200 %
        for w in (show, verify, export):
            actions.addWidget(w)
        actions.addStretch()
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("#"), self.tr("Time"), self.tr("User"),
                                              self.tr("Action"), self.tr("Client"),
                                              self.tr("Target")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.verticalHeader().hide()
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.refresh()

    def _entries(self):
        since = datetime.combine(self.since.date().toPython(), time.min).astimezone(timezone.utc)
        until = datetime.combine(self.until.date().toPython(), time.max).astimezone(timezone.utc)
        return audit.list_entries(self.store, action=self.action.currentData() or None,
                                  username=self.user.text().strip() or None,
                                  since=since, until=until)

    def refresh(self) -> None:
        entries = self._entries()
        names = self.action_names()
        erased = self.tr("(erased client)")
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            local = format_datetime(e.at, seconds=True)
            target = self._names.get(e.target or "", e.target or "")
            if getattr(e, "redacted_by", None):
                target = erased  # an erasure blanked what this entry said about the client
            for col, text in enumerate((str(e.seq), local, e.username or "",
                                        names.get(e.action, e.action),
                                        (e.client_id or "")[:8], target)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.status.setText(self.tr("%1 entries").replace("%1", str(len(entries))))

    def verify(self) -> None:
        report = audit.verify_chain(self.store)
        if report.sound:
            QMessageBox.information(self, self.tr("Verify chain"), self.tr(
                "The audit trail is intact: %1 entries verified.").replace("%1", str(report.entries)))
        else:
            QMessageBox.critical(self, self.tr("Verify chain"), self.tr(
                "The audit trail has been altered at entry %1.").replace("%1", str(report.broken_at)))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), "lokitiedot.csv",
                                              "CSV (*.csv)")
        if not path:
            return
        entries = self._entries()
        try:
            write_audit_csv(path, entries)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export CSV"), exc.strerror or str(exc))
            return
        audit.record(self.store, "export", target="audit_csv", rows=len(entries))
