"""What the window shows while locked: no client data, only the password field."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..store.unlock import verify_password
from .field_error import FieldError
from .layout import chars_wide, emphasise


class LockScreen(QWidget):
    """The locked user's password; or "switch user": another team member signs in
    beside them, and the locked user's window, with their unsaved input, waits."""

    unlocked = Signal()
    other_signed_in = Signal(object)  # the other member's Store

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        title = QLabel(self.tr("Työkykytiimi is locked"), self)
        emphasise(title, 2.0, bold=False)
        who = QLabel(self.tr("Signed in: %1. Type your password to continue.").replace(
            "%1", store.user.display_name), self)
        who.setWordWrap(True)
        self.who = who
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("Username"))
        self.username.setPlaceholderText(self.tr("Username"))
        self.username.setMaximumWidth(chars_wide(self.username, 60))
        self.username.hide()
        self.switch_button = QPushButton(self.tr("S&witch user…"), self)
        self.switch_button.clicked.connect(lambda: self.set_switching(True))
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
        self.username.returnPressed.connect(lambda: self.password.setFocus())
        self.switching = False
        # One centred column of a set width: wrapped text (the greeting, an error) then
        # gets its full height; centring each label by itself clipped them.
        column = QWidget(self)
        self._column = column
        column.setFixedWidth(chars_wide(column, 64))
        col = QVBoxLayout(column)
        col.setContentsMargins(4, 4, 4, 4)  # room for the focus ring
        for label in (title, who, self.error):
            label.setAlignment(Qt.AlignHCenter)
            label.setWordWrap(True)
        for w in (title, who, self.username, self.password, self.error):
            col.addWidget(w)
        col.addWidget(button, 0, Qt.AlignHCenter)
        col.addWidget(self.switch_button, 0, Qt.AlignHCenter)
        col.addWidget(self.staff_button, 0, Qt.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(column, 0, Qt.AlignHCenter)
        layout.addStretch()

    def set_switching(self, on: bool) -> None:
        """Another member signs in (on) or the locked user unlocks (off)."""
        self.switching = on
        self.username.setVisible(on)
        self.username.clear()
        self.password.clear()
        self.error.show_error(None)
        name = self.store.user.display_name
        self.who.setText(
            self.tr("%1's work stays as it was, kept for them. Sign in with your own "
                    "username and password.").replace("%1", name) if on else
            self.tr("Signed in: %1. Type your password to continue.").replace("%1", name))
        self.unlock_button.setText(self.tr("Sign in") if on else self.tr("Unlock"))
        self.switch_button.setText(self.tr("Back to %1").replace("%1", name) if on
                                   else self.tr("S&witch user…"))
        try:
            self.switch_button.clicked.disconnect()
        except (RuntimeError, TypeError):
            pass
        self.switch_button.clicked.connect(lambda: self.set_switching(not on))
        self.password.setPlaceholderText(self.tr("Password") if on else "")
        self._fit()
        (self.username if on else self.password).setFocus()

    def _fit(self) -> None:
        """Wrapped labels get the height their text needs at the column's width: the
        centred column is given its size hint, which counts one line per label."""
        width = self._column.width() - 8
        for label in self._column.findChildren(QLabel):
            if label.wordWrap() and label.text():
                label.setMinimumHeight(label.heightForWidth(width))
        self._column.adjustSize()
        self.layout().invalidate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()

    def reset(self) -> None:
        if self.switching:
            self.set_switching(False)
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
        # Say why the field takes no typing, and how staff open it.
        self.who.setText(self.tr("The client's form is done. Staff: press Ctrl+Enter or the "
                                 "button below, then type your password."))
        self._fit()
        self.setFocus()

    def unguard(self) -> None:
        self.guarded = False
        self.password.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.staff_button.hide()
        self.set_switching(self.switching)  # its own words back, the field focused

    def try_unlock(self) -> None:
        if self.guarded:
            return
        if self.switching:
            self._sign_in_other()
            return
        if verify_password(self.store, self.password.text()):
            self.password.clear()
            self.unlocked.emit()
        else:
            self.error.show_error(self.tr("The password is wrong."))
            self._fit()
            self.password.selectAll()

    def _sign_in_other(self) -> None:
        from ..store.errors import StoreError
        from ..store.switch_user import sign_in_other
        if self.username.text().strip() == self.store.user.username:
            self.set_switching(False)  # it is the locked user after all
            return
        try:
            other = sign_in_other(self.store, self.username.text(), self.password.text())
        except StoreError as exc:
            self.error.show_error(exc.message)
            self._fit()
            self.password.selectAll()
            self.password.setFocus()
            return
        self.set_switching(False)
        self.other_signed_in.emit(other)
