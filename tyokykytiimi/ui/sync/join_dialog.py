"""First start → "Join my team": ask to join, show the fingerprint, wait for approval.

The person chooses the shared folder and types their team username and
password. The workstation writes its join request and shows its fingerprint in
large digits, to be compared with what a team member sees in Administration →
Workstations. Every few seconds (and on "Check now") it looks for the team's
reply; once approved, the team's data is received and the person is signed in.
"""
from __future__ import annotations

import socket

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from ...store.errors import InvalidInput, StoreError
from ...store.sync import devices
from ...store.sync.errors import WaitingApproval
from ..field_error import FieldError
from .folder_field import folder_row

POLL_MS = 5000


class JoinDialog(QDialog):
    def __init__(self, data_dir, parent=None, lock=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = lock
        self.store = None
        self.setWindowTitle(self.tr("Join my team"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "This workstation joins a team that already uses Työkykytiimi. Choose the team's "
            "shared folder and sign in with your own username and password. A team member "
            "then approves this workstation."), self)
        intro.setWordWrap(True)
        self.folder, self.choose, row = folder_row(self, "")
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.name = QLineEdit(socket.gethostname()[:60], self)
        self.name.setAccessibleName(self.tr("Name of this workstation"))
        self.error = FieldError(self)
        form = QFormLayout()
        form.addRow(self.tr("Shared folder"), row)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Name of this workstation"), self.name)
        self.fingerprint = QLabel(self)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.Monospace)
        font.setPointSize(22)
        self.fingerprint.setFont(font)
        self.fingerprint.setAlignment(Qt.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.waiting = QLabel(self)
        self.waiting.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ask = self.buttons.button(QDialogButtonBox.Ok)
        self.ask.setText(self.tr("Ask to join"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.ask_to_join)
        self.buttons.rejected.connect(self.reject)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.waiting)
        layout.addWidget(self.buttons)

    def ask_to_join(self) -> None:
        self.error.show_error(None)
        if not self.username.text().strip() or not self.password.text():
            self.error.show_error(self.tr("Enter your username and password."))
            return
        try:
            fp = devices.request_join(self.data_dir, self.folder.text().strip(),
                                      self.username.text().strip(), self.password.text(),
                                      self.name.text().strip())
        except StoreError as exc:
            self.error.show_error(exc.message)
            return
        self.fingerprint.setText(fp)
        self.waiting.setText(self.tr(
            "Fingerprint of this workstation. Ask a team member to compare it in "
            "Administration → Workstations and approve it. Waiting for approval…"))
        for w in (self.folder, self.username, self.password, self.name):
            w.setReadOnly(True)
        self.choose.setEnabled(False)
        self.ask.setText(self.tr("Check now"))
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        try:
            self.store = devices.complete_join(self.data_dir, self.username.text().strip(),
                                               self.password.text(), lock=self.lock)
        except WaitingApproval:
            return
        except (InvalidInput, StoreError) as exc:
            self.error.show_error(exc.message)
            return
        self.timer.stop()
        self.accept()


def add_join_button(setup, layout) -> None:
    """"Join my team…" beside "Create database" in the first-start dialog."""
    button = QPushButton(setup.tr("Join my team…"), setup)
    setup.join_button = button

    def join() -> None:
        dialog = JoinDialog(setup.data_dir, setup, lock=setup._lock)
        if dialog.exec() and dialog.store is not None:
            setup.store = dialog.store
            setup.accept()

    button.clicked.connect(lambda: join())
    note = QLabel(setup.tr("Does your team already use Työkykytiimi on another workstation?"),
                  setup)
    note.setWordWrap(True)
    row = QHBoxLayout()
    row.addWidget(note, 1)
    row.addWidget(button)
    layout.addLayout(row)

