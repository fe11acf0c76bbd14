"""What the window shows while locked: no client data, only the password field."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..store.unlock import verify_password
from .widgets import FieldError, chars_wide, emphasise


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        title = QLabel(self.tr("Työkykytiimi is locked"), self)
        emphasise(title, 2.0, bold=False)
        who = QLabel(self.tr("Signed in: %1. Type your password to continue.").replace(
            "%1", store.user.display_name), self)
        who.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setMaximumWidth(chars_wide(self.password, 60))
        self.error = FieldError(self)
        button = QPushButton(self.tr("Unlock"), self)
        button.setDefault(True)
        button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        layout.addStretch()
        for w in (title, who, self.password, self.error, button):
            layout.addWidget(w, 0, Qt.AlignHCenter)
        layout.addStretch()

    def reset(self) -> None:
        self.password.clear()
        self.error.show_error(None)
        self.password.setFocus()

    def try_unlock(self) -> None:
        if verify_password(self.store, self.password.text()):
            self.password.clear()
            self.unlocked.emit()
        else:
            self.error.show_error(self.tr("The password is wrong."))
            self.password.selectAll()
