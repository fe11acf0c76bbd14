"""Settings → Team sync: choose the shared folder (administrators).

The dialog says what the program writes there (only encrypted, signed files),
and checks that a file written there reads back before it is used.
"""
from __future__ import annotations

import socket

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from ...store.errors import StoreError
from ...store.sync import devices
from ..field_error import FieldError
from .folder_field import folder_row


class TeamSyncDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Team sync"))
        self.setMinimumWidth(600)
        intro = QLabel(self.tr(
            "The team's workstations exchange their changes through a shared folder: a "
            "network drive, a Syncthing folder or a folder a Nextcloud or OneDrive client keeps "
            "in step. The program writes there only encrypted, signed files that nobody "
            "outside the team can read: one folder per workstation with numbered change "
            "files (.bundle) and a small state file, and join requests in the folder "
            "\"join\". No database is ever put there."), self)
        intro.setWordWrap(True)
        self.folder, self.choose, row = folder_row(self, devices.folder_of(store))
        self.name = QLineEdit(socket.gethostname()[:60], self)
        self.name.setAccessibleName(self.tr("Name of this workstation"))
        self.error = FieldError(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Shared folder"), row)
        form.addRow("", self.error)
        if not devices.is_set_up(store):
            form.addRow(self.tr("Name of this workstation"), self.name)
        else:
            self.name.hide()  # named when sync was set up
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close, self)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Check and save"))
        self.buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if not store.user.is_admin:
            for w in (self.folder, self.name):
                w.setReadOnly(True)
            self.choose.setEnabled(False)
            self.buttons.button(QDialogButtonBox.Save).setEnabled(False)
            self.result.setText(self.tr("Only an administrator can choose the shared folder."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.error.show_error(None)
        try:
            devices.enable(self.store, self.folder.text().strip(), self.name.text().strip())
        except StoreError as exc:
            self.error.show_error(exc.message)
            return
        self.result.setText(self.tr("The folder works: a test file was written and read back. "
                                    "Sync uses it from now on."))
        owner = self.parent()
        while owner is not None and not hasattr(owner, "sync_controller"):
            owner = owner.parent()
        if owner is not None:
            owner.sync_controller.sync()


def add_section(dialog, form) -> None:
    """A "Team sync" line in the settings dialog, opening :class:`TeamSyncDialog`."""
    button = QPushButton(dialog.tr("Team sync…"), dialog)
    folder = devices.folder_of(dialog.store)
    state = QLabel(dialog.tr("Shared folder: %1").replace("%1", folder) if folder
                   else dialog.tr("Not in use"), dialog)
    state.setWordWrap(True)
    row = QHBoxLayout()
    row.addWidget(state, 1)
    row.addWidget(button)
    button.clicked.connect(lambda: TeamSyncDialog(dialog.store, dialog).exec())
    dialog.sync_button = button
    form.addRow(dialog._heading(dialog.tr("Team sync")))
    form.addRow(dialog.tr("Shared folder"), row)
