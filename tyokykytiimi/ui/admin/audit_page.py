"""The audit trail for an administrator: filter, verify the chain, export CSV."""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...reports.audit_csv import export_audit_csv
from ...store import audit, audit_words
from ..date_fields import DateField
from ..export_files import ask_save_path, offer_open
from ..layout import shrinkable
from ...formats import format_date, format_datetime
from ... import clock

SCREEN_LIMIT = 5000  # rows on the screen; the CSV export has no limit


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
            "acknowledge": self.tr("Acknowledged"), "close": self.tr("Client closed"),
            "reopen": self.tr("Client reopened"), "path_step": self.tr("Moved on the path"),
            "consent_override": self.tr("Disclosed without consent"),
            "demo_clients": self.tr("Demo clients created"),
            "feedback": self.tr("Feedback recorded"), "import": self.tr("Imported"),
            "screening": self.tr("Screening recorded"),
            "path_undo": self.tr("Path move undone"), "delete": self.tr("Deleted"),
            "switch_user": self.tr("User switched"),
            "integrity_failed": self.tr("Database check failed"),
            "signing_key": self.tr("Signing key recorded"),
            "signing_start": self.tr("Signing taken into use"),
            "sync_folder": self.tr("Shared folder chosen"),
            "sync_enable": self.tr("Team sync taken into use"),
            "sync_approve": self.tr("Workstation approved"),
            "sync_remove": self.tr("Workstation removed"),
            "sync_decide": self.tr("Conflict resolved"),
            "sync_merge_duplicate": self.tr("Duplicate client merged"),
        }

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Action"))
        names = self.action_names()
        for a in ["", *names]:
            self.action.addItem(names.get(a, a) if a else self.tr("All actions"), a)
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("Username"))
        self.user.setAccessibleName(self.tr("Username"))
        self.client = QLineEdit(self)
        self.client.setPlaceholderText(self.tr("Client's name"))
        self.client.setAccessibleName(self.tr("Client's name"))
        self.client.returnPressed.connect(self.refresh)
        self.user.returnPressed.connect(self.refresh)
        today = clock.today()
        self.since = DateField(today - timedelta(days=30), self)
        self.since.setAccessibleName(self.tr("From"))
        self.until = DateField(today, self)
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
        for w in (action_label, self.action, self.user, self.client, since_label, self.since,
                  until_label, self.until):
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

    def _entries(self, limit: int | None = None):
        # Empty: no limit. A half-typed date raises ValueError (its message is under
        # the field) instead of quietly meaning "no limit".
        first, last = self.since.value(), self.until.value()
        since = datetime.combine(first, time.min).astimezone(timezone.utc) if first else None
        until = datetime.combine(last, time.max).astimezone(timezone.utc) if last else None
        return audit.list_entries(self.store, action=self.action.currentData() or None,
                                  username=self.user.text().strip() or None,
                                  since=since, until=until, limit=limit)

    def refresh(self) -> None:
        try:
            entries = self._entries(limit=SCREEN_LIMIT)
        except ValueError:
            return
        names = self.action_names()
        erased = self.tr("(erased client)")
        described = audit_words.describe(self.store, entries)
        wanted = self.client.text().strip().casefold()
        if wanted:  # whose data was read or changed, by name
            entries = [e for e in entries if wanted in described[e.seq].client.casefold()]
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            local = format_datetime(e.at, seconds=True)
            d = described[e.seq]
            target, client = d.target, d.client
            if d.when is not None:
                when = (format_datetime(d.when) if isinstance(d.when, datetime)
                        else format_date(d.when))
                target = target.replace("{when}", when)
            else:
                target = target.replace(" {when}", "")
            if getattr(e, "redacted_by", None):
                target = client = erased  # an erasure blanked what this entry said
            for col, text in enumerate((str(e.seq), local, e.username or "",
                                        names.get(e.action, e.action), client, target)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        text = self.tr("%1 entries").replace("%1", str(len(entries)))
        if len(entries) >= SCREEN_LIMIT:  # never cut without a word
            text = self.tr("The newest %1 entries are shown; Export CSV writes every entry.") \
                .replace("%1", str(SCREEN_LIMIT))
        self.status.setText(text)

    def verify(self) -> None:
        report = audit.verify_chain(self.store)
        if report.sound:
            QMessageBox.information(self, self.tr("Verify chain"), self.tr(
                "The audit trail is intact: %1 entries verified.").replace("%1", str(report.entries)))
        else:
            QMessageBox.critical(self, self.tr("Verify chain"), self.tr(
                "The audit trail has been altered at entry %1.").replace("%1", str(report.broken_at)))

    def export(self) -> None:
        try:  # the dates are dates before a file is asked for
            self.since.value(), self.until.value()
        except ValueError:
            return
        path = ask_save_path(self, self.store, self.tr("Export CSV"), "lokitiedot.csv",
                             "CSV (*.csv)")
        if not path:
            return
        entries = self._entries(limit=None)  # every entry, not the newest 5,000
        try:
            export_audit_csv(self.store, path, entries)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export CSV"), exc.strerror or str(exc))
            return
        audit.record(self.store, "export", target="audit_csv", rows=len(entries))
        offer_open(self, path)
