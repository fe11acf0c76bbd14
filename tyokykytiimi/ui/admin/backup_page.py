"""Backups, restore and the team's settings (idle lock, backup rotation)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel,
                               QLineEdit, QListWidget, QMessageBox, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ...store import backup
from ...store.errors import StoreError
from ...store.settings import get_setting, set_setting
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
        restore.setEnabled(store.user.is_admin)
        row = QHBoxLayout()
        row.addWidget(now)
        row.addWidget(restore)
        row.addStretch()
        self.autos = QListWidget(self)
        self.autos.setAccessibleName(self.tr("Automatic backups"))
        with store.session() as s:
            minutes = int(float(get_setting(s, "idle_lock_minutes") or 10))
            keep = int(get_setting(s, "backup_keep") or 14)
            team = get_setting(s, "team_name")
        self.team = QLineEdit(team, self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 240)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 365)
        self.keep.setValue(keep)
        save = QPushButton(self.tr("Save settings"), self)
        save.clicked.connect(self.save_settings)
        save.setEnabled(store.user.is_admin)
        form = QFormLayout()
        form.addRow(self.tr("Team name"), self.team)
        form.addRow(self.tr("Lock after idle time"), self.minutes)
        form.addRow(self.tr("Automatic backups kept"), self.keep)
        for label, w in ((self.tr("Team name"), self.team),
                         (self.tr("Lock after idle time"), self.minutes),
                         (self.tr("Automatic backups kept"), self.keep)):
            w.setAccessibleName(label)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Automatic backups"), self))
        layout.addWidget(self.autos)
        layout.addLayout(form)
        layout.addWidget(save)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        self.autos.clear()
        folder = backup.backup_dir(self.store)
        for p in sorted(folder.glob("*" + backup.SUFFIX), reverse=True) if folder.exists() else []:
            self.autos.addItem(p.name)

    def backup_now(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up"),
                                              str(Path.home() / "tyokykytiimi.tkbackup"),
                                              self.tr("Työkykytiimi backup (*.tkbackup)"))
        if not path:
            return
        run_op(self, self.tr("Backing up…"), lambda progress: backup.backup(self.store, Path(path)),
               lambda done: self.status.setText(self.tr("Backup saved: %1").replace("%1", str(done))))

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

    def save_settings(self) -> None:
        with self.store.session() as s:
            if self.team.text().strip():
                set_setting(s, "team_name", self.team.text().strip())
            set_setting(s, "idle_lock_minutes", str(self.minutes.value()))
            set_setting(s, "backup_keep", str(self.keep.value()))
            self.store.audit(s, "change", target="settings")
        window = self.window()
        if hasattr(window, "idle"):
            window.idle.set_minutes(self.minutes.value())
        self.status.setText(self.tr("Settings saved."))
