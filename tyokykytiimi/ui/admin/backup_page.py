"""Backups and restore. The backup folder and retention are set in the settings dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from ...store import backup
from ...store.errors import StoreError
from ..settings_dialog import SettingsDialog
from ..permissions import guard
from ..export_files import ask_save_path, offer_open
from ..worker import run_op


class BackupPage(QWidget):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        intro = QLabel(self.tr(
            "Backups stay encrypted and open with the same passwords or the recovery key. "
            "An automatic backup is made once a day under the data folder."), self)
        intro.setWordWrap(True)
        now = QPushButton(self.tr("Back up to a file…"), self)
        now.clicked.connect(self.backup_now)
        restore = QPushButton(self.tr("Restore from a backup…"), self)
        restore.clicked.connect(self.restore)
        guard(now, store, "backup_to_file")
        guard(restore, store, "restore")
        row = QHBoxLayout()
        row.addWidget(now)
        row.addWidget(restore)
        row.addStretch()
        self.autos = QListWidget(self)
        self.autos.setAccessibleName(self.tr("Automatic backups"))
        self.folder = QLabel(self)  # where the automatic backups are (a path, no words)
        self.folder.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.folder.setStyleSheet("color: #555;")
        settings_note = QLabel(SettingsDialog.backup_note(), self)
        settings_note.setWordWrap(True)
        self.settings_button = QPushButton(SettingsDialog.open_text(), self)
        self.settings_button.clicked.connect(self.open_settings)
        settings_row = QHBoxLayout()
        settings_row.addWidget(settings_note, 1)
        settings_row.addWidget(self.settings_button)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Automatic backups"), self))
        layout.addWidget(self.folder)
        layout.addWidget(self.autos)
        layout.addLayout(settings_row)
        layout.addWidget(self.status)
        self.refresh()

    def showEvent(self, event) -> None:
        self.refresh()  # the folder may have changed in the settings
        super().showEvent(event)

    def open_settings(self) -> None:
        window = self.window()
        if hasattr(window, "open_settings"):
            window.open_settings()

    def refresh(self) -> None:
        self.autos.clear()
        folder = backup.backup_dir(self.store)
        self.folder.setText(str(folder))
        for p in sorted(folder.glob("*" + backup.SUFFIX), reverse=True) if folder.exists() else []:
            self.autos.addItem(p.name)

    def backup_now(self) -> None:
        # Like every export: the folder used last, and afterwards the file or its folder
        # one click away (a backup copied to a stick is checked there).
        path = ask_save_path(self, self.store, self.tr("Back up"), "tyokykytiimi.tkbackup",
                             self.tr("Työkykytiimi backup (*.tkbackup)"))
        if not path:
            return

        def done(written) -> None:
            self.status.setText(self.tr("Backup saved: %1").replace("%1", str(written)))
            offer_open(self, written)
        run_op(self, self.tr("Backing up…"), lambda progress: backup.backup(self.store, Path(path)),
               done)

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore"), str(Path.home()),
                                              self.tr("Työkykytiimi backup (*.tkbackup)"))
        if not path:
            return
        answer = QMessageBox.warning(self, self.tr("Restore"), self.tr(
            "Restoring replaces all current data with the backup. The current data are "
            "kept as a separate backup. Continue?"), QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        password, ok = QInputDialog.getText(self, self.tr("Restore"), self.tr(
            "Your password in the backup:"), QLineEdit.Password)
        if not ok:
            return
        window = self.window()
        # Close the pooled connections so the files can be swapped; the instance
        # lock stays held, and on failure the engine simply reconnects to the old files.
        self.store.engine.dispose()
        try:
            restored = backup.restore(self.store.data_dir, Path(path),
                                      username=self.store.user.username, password=password,
                                      lock=self.store._lock)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Restore"), exc.message)
            return
        self.store._lock = None  # now owned by the restored store
        QMessageBox.information(self, self.tr("Restore"), self.tr(
            "The backup was restored. The program restarts its windows now."))
        if hasattr(window, "replace_store"):
            window.replace_store(restored)
