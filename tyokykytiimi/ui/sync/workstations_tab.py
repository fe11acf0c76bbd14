"""Administration → Workstations: the team's members, requests to join, removal."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget, QHeaderView, QAbstractItemView)

from ... import formats
from ...store.errors import StoreError
from ...store.sync import devices, notices
from ..field_error import FieldError


class WorkstationsTab(QWidget):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        intro = QLabel(self.tr(
            "The team's workstations. A new workstation shows a fingerprint when it asks to "
            "join: compare it with the one shown here (by phone or face to face) before "
            "approving. Remove a lost or retired workstation: nothing written afterwards can "
            "be read with its keys."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Workstation"), self.tr("Fingerprint"),
                                              self.tr("State"), self.tr("Last seen")])
        self.table.setAccessibleName(self.tr("Workstations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.remove_button = QPushButton(self.tr("Remove workstation…"), self)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setPlaceholderText("1234 5678 9012")
        self.fingerprint.setAccessibleName(self.tr("Fingerprint to approve"))
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.clicked.connect(lambda: self.approve())
        self.error = FieldError(self)
        self.requests = QLabel(self)
        self.requests.setWordWrap(True)
        self.requests.setTextInteractionFlags(Qt.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Fingerprint the new workstation shows:"), self))
        row.addWidget(self.fingerprint)
        row.addWidget(self.approve_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.requests)
        layout.addLayout(row)
        layout.addWidget(self.error)
        # What sync noticed about the workstations (clocks, audit trails, refused or
        # forged files): said in words, naming the workstation.
        noticed = QLabel(self.tr("What sync has noticed:"), self)
        self.notices = QListWidget(self)
        self.notices.setAccessibleName(self.tr("What sync has noticed"))
        self.notices.setWordWrap(True)
        self.notices.setMaximumHeight(130)
        noticed.setBuddy(self.notices)
        layout.addWidget(noticed)
        layout.addWidget(self.notices)
        admin = bool(store.user.is_admin)
        for w in (self.remove_button, self.approve_button, self.fingerprint):
            w.setEnabled(admin)
        self.refresh()

    def refresh(self) -> None:
        if not devices.is_set_up(self.store):
            self.table.setRowCount(0)
            self.requests.setText(self.tr("Team sync is not set up. Choose the shared folder "
                                          "in Settings."))
            return
        rows = devices.list_devices(self.store)
        self.table.setRowCount(len(rows))
        states = {"member": self.tr("Member"), "removed": self.tr("Removed")}
        for n, d in enumerate(rows):
            name = d.name + (self.tr(" (this workstation)") if d.this else "")
            seen = self.tr("now") if d.this else (formats.format_datetime(d.last_seen)
                                                    if d.last_seen else self.tr("not yet"))
            for col, text in enumerate((name, d.fingerprint, states.get(d.state, d.state),
                                        seen)):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, d.id)
                self.table.setItem(n, col, item)
        self.table.resizeColumnsToContents()
        self.notices.clear()
        for at, _kind, text in notices.texts(self.store, limit=20):
            self.notices.addItem(f"{formats.format_datetime(at)}  {text}")
        if not self.notices.count():
            self.notices.addItem(self.tr("Nothing to report."))
        pending = devices.pending_requests(self.store)
        if pending:
            self.requests.setText(self.tr("Asking to join: %1").replace("%1", "; ".join(
                f"{r['name']} ({r['fingerprint']})" for r in pending)))
        else:
            self.requests.setText(self.tr("No workstation is asking to join."))

    def approve(self) -> None:
        self.error.show_error(None)
        try:
            devices.approve(self.store, self.fingerprint.text())
        except StoreError as exc:
            self.error.show_error(exc.message)
            return
        self.fingerprint.clear()
        self.refresh()

    def remove_selected(self) -> None:
        self.error.show_error(None)
        item = self.table.currentItem()
        if item is None:
            self.error.show_error(self.tr("Choose the workstation to remove."))
            return
        device = item.data(Qt.UserRole)
        name = self.table.item(item.row(), 0).text()
        answer = QMessageBox.question(
            self, self.tr("Remove workstation"),
            self.tr("Remove %1 from the team? Files written from now on cannot be read with "
                    "its keys. It cannot rejoin without a new approval.").replace("%1", name))
        if answer != QMessageBox.Yes:
            return
        try:
            devices.remove(self.store, device)
        except StoreError as exc:
            self.error.show_error(exc.message)
            return
        self.refresh()

