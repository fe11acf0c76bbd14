"""Signing in: choose a user, type the password; a wait that grows after each failure."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout)

from .. import preload
from ..store.data_dir import list_users
from ..store.errors import StoreError, WrongPassword, UnknownUser
from .field_error import FieldError
from .layout import tab_chain

MAX_WAIT_SECONDS = 30
PRELOAD_AFTER_MS = 100


def wait_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong tries: 0, 1, 2, 4 … at most 30."""
    return 0 if failures <= 0 else min(MAX_WAIT_SECONDS, 2 ** (failures - 1))


class SignInDialog(QDialog):
    def __init__(self, data_dir: Path, parent=None, hint: str | None = None, lock=None,
                 before_migration=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.store = None
        self.failures = 0
        self._signing_in = False
        self._lock = lock
        self._before_migration = before_migration
        self.setWindowTitle(self.tr("Työkykytiimi – sign in"))
        self.setMinimumWidth(440)
        self.user = QComboBox(self)
        self.user.setAccessibleName(self.tr("User"))
        for username, name in list_users(self.data_dir):
            self.user.addItem(f"{name} ({username})", username)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.error = FieldError(self)
        self.recovery = QLineEdit(self)
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.hide()
        self.recovery_label = QLabel(self.tr("Recovery key"), self)
        self.recovery_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.recovery_label, self.recovery)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)
        self.use_recovery = QPushButton(self.tr("Forgot password? Use the recovery key"), self)
        self.use_recovery.setFlat(True)
        # Looks like the link it is (underlined, link colour, hand cursor), still a
        # button for the keyboard: Tab reaches it and Space or Enter opens the field.
        self.use_recovery.setCursor(Qt.PointingHandCursor)
        link_font = self.use_recovery.font()
        link_font.setUnderline(True)
        self.use_recovery.setFont(link_font)
        link_palette = self.use_recovery.palette()
        for group in (QPalette.Active, QPalette.Inactive):
            link_palette.setColor(group, QPalette.ButtonText,
                                  link_palette.color(group, QPalette.Link))
        self.use_recovery.setPalette(link_palette)
        self.use_recovery.clicked.connect(self._show_recovery)
        layout = QVBoxLayout(self)
        if hint:
            hint_label = QLabel(hint, self)
            hint_label.setWordWrap(True)
            hint_label.setObjectName("demoHint")
            layout.addWidget(hint_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.buttons)
        # Tab reads the dialog top to bottom: the recovery link before the buttons.
        tab_chain(self.user, self.password, self.recovery, self.use_recovery, self.ok,
                  self.buttons.button(QDialogButtonBox.Cancel))
        self.password.setFocus()
        self._refused = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._wait_over)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Drawn first (the import thread would hold the GIL it needs to paint), then the
        # database layer and the main window import while the password is typed.
        QTimer.singleShot(PRELOAD_AFTER_MS, self, self._preload)

    def _preload(self) -> None:
        # Not once signing in has begun: the main thread imports on its own then, and two
        # threads must never import the same modules at once.
        if self.isVisible() and not self._signing_in:
            from .pyside_hook import settle_types
            settle_types()  # before the thread: it imports Qt classes this sets up
            preload.start()

    def _show_recovery(self) -> None:
        self.recovery.show()
        self.recovery_label.show()
        self.recovery.setFocus()

    def _wait_over(self) -> None:
        self.ok.setEnabled(True)
        self.password.setEnabled(True)
        self.password.setFocus()
        self.password.selectAll()
        self.error.show_error(self._refused)  # "try again in 2 s" is no longer true

    def _sign_in(self) -> None:
        if not self.ok.isEnabled():
            return
        username = self.user.currentData()
        recovery = self.recovery.text().strip() or None
        self._signing_in = True
        preload.wait()
        from ..store.unlock import open_store
        try:
            self.store = open_store(self.data_dir, username, self.password.text(),
                                    recovery_key=recovery, lock=self._lock,
                                    before_migration=self._before_migration)
        except (WrongPassword, UnknownUser) as exc:
            self.failures += 1
            wait = wait_after(self.failures)
            message = self._refused = exc.message
            if wait:
                message += " " + self.tr("You can try again in %1 s.").replace("%1", str(wait))
                self.ok.setEnabled(False)
                self.password.setEnabled(False)
                self._timer.start(wait * 1000)
            self.error.show_error(message)
            self.password.selectAll()
            return
        except StoreError as exc:
            self.error.show_error(exc.message)
            return
        self.accept()
