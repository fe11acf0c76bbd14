"""What the window shows while locked: no client data, only the password field."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
        self.unlock_button = button
        button.setDefault(True)
        # After the client's feedback form the screen is guarded: the client may
        # still be typing, so the password field opens only for a staff member.
        self.staff_button = QPushButton(self.tr("Staff: sign in (Ctrl+Enter)"), self)
        self.staff_button.setFocusPolicy(Qt.NoFocus)  # no key the client types presses it
        self.staff_button.clicked.connect(lambda: self.unguard())
        self.staff_button.hide()
        self.guarded = False
        self.setFocusPolicy(Qt.ClickFocus)  # holds the focus while guarded; keys do nothing
        QShortcut(QKeySequence("Ctrl+Return"), self, context=Qt.WidgetWithChildrenShortcut,
                  activated=lambda: self.unguard())
        button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        # One centred column of a set width: wrapped text (the greeting, an error) then
        # gets its full height; centring each label by itself clipped them.
        column = QWidget(self)
        column.setFixedWidth(chars_wide(column, 64))
        col = QVBoxLayout(column)
        col.setContentsMargins(4, 4, 4, 4)  # room for the focus ring
        for label in (title, who, self.error):
            label.setAlignment(Qt.AlignHCenter)
            label.setWordWrap(True)
        for w in (title, who, self.password, self.error):
            col.addWidget(w)
        col.addWidget(button, 0, Qt.AlignHCenter)
        col.addWidget(self.staff_button, 0, Qt.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(column, 0, Qt.AlignHCenter)
        layout.addStretch()

    def reset(self) -> None:
        if self.guarded:
            self.unguard()
        self.password.clear()
        self.error.show_error(None)
        self.password.setFocus()

    def guard(self) -> None:
        """Close the password field to typing until a staff member opens it."""
        self.guarded = True
        self.password.clear()
        self.password.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.staff_button.show()
        self.setFocus()

    def unguard(self) -> None:
        self.guarded = False
        self.password.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.staff_button.hide()
        self.password.setFocus()

    def try_unlock(self) -> None:
        if self.guarded:
            return
        if verify_password(self.store, self.password.text()):
            self.password.clear()
            self.unlocked.emit()
        else:
            self.error.show_error(self.tr("The password is wrong."))
            self.password.selectAll()
