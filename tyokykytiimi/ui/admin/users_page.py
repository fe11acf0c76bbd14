"""Team members: add, deactivate, reset a password; everyone changes their own."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget, QAbstractItemView,
                               QHeaderView)

from ...store import users
from ...store.errors import InvalidInput, StoreError
from ..password_field import PasswordWithStrength
from ..permissions import guard
from ..saved import tell_saved
from ..field_error import FieldError


def role_names(widget) -> dict[str, str]:
    return {"coordinator": widget.tr("Work-ability coordinator"),
            "nurse": widget.tr("Public-health nurse"), "doctor": widget.tr("Doctor")}


class _FormDialog(QDialog):
    """A form whose store errors land next to the field they name."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.errors: dict = {None: FieldError(self)}
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors[None])
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget, name: str) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        if isinstance(widget, PasswordWithStrength):
            self.errors[name] = widget.error
        else:
            self.errors[name] = FieldError(self)
            box.addWidget(self.errors[name])
        if hasattr(widget, "setAccessibleName"):
            widget.setAccessibleName(label)
        self.form.addRow(label, box)

    def _submit(self) -> None:
        for e in self.errors.values():
            e.show_error(None)
        try:
            self.submit()
        except InvalidInput as exc:
            self.errors.get(exc.field, self.errors[None]).show_error(exc.message)
            return
        except StoreError as exc:
            self.errors[None].show_error(exc.message)
            return
        self.accept()

    def submit(self) -> None:
        raise NotImplementedError


class AddUserDialog(_FormDialog):
    def __init__(self, store, parent=None):
        super().__init__(self.tr("Add user"), parent)
        self.store = store
        self.display_name = QLineEdit(self)
        self.username = QLineEdit(self)
        self.role = QComboBox(self)
        for value, name in role_names(self).items():
            self.role.addItem(name, value)
        self.is_admin = QCheckBox(self.tr("Administrator (manages users and backups)"), self)
        self.password = PasswordWithStrength(self, username_source=self.username.text)
        self.add_row(self.tr("Name"), self.display_name, "display_name")
        self.add_row(self.tr("Username"), self.username, "username")
        self.add_row(self.tr("Role"), self.role, "role")
        self.add_row(self.tr("Rights"), self.is_admin, "is_admin")
        self.add_row(self.tr("Password"), self.password, "password")
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Add"))

    def submit(self) -> None:
        users.add_user(self.store, username=self.username.text(),
                       display_name=self.display_name.text(), role=self.role.currentData(),
                       password=self.password.text(), is_admin=self.is_admin.isChecked())


class ResetPasswordDialog(_FormDialog):
    def __init__(self, store, user, parent=None):
        super().__init__(self.tr("New password for %1").replace("%1", user.display_name), parent)
        self.store, self.user = store, user
        self.password = PasswordWithStrength(self, username_source=lambda: user.username)
        self.add_row(self.tr("New password"), self.password, "password")
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Set password"))

    def submit(self) -> None:
        users.reset_password(self.store, self.user.id, self.password.text())


class ChangeRoleDialog(_FormDialog):
    """A team member's role and administrator rights, changed by an administrator."""

    def __init__(self, store, user, parent=None):
        super().__init__(self.tr("Role of %1").replace("%1", user.display_name), parent)
        self.store, self.user = store, user
        self.role = QComboBox(self)
        for value, name in role_names(self).items():
            self.role.addItem(name, value)
        self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
        self.is_admin = QCheckBox(self.tr("Administrator (manages users and backups)"), self)
        self.is_admin.setChecked(user.is_admin)
        self.add_row(self.tr("Role"), self.role, "role")
        self.add_row(self.tr("Rights"), self.is_admin, "is_admin")
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Save"))

    def submit(self) -> None:
        users.update_user(self.store, self.user.id, role=self.role.currentData(),
                          is_admin=self.is_admin.isChecked())


class ChangePasswordDialog(_FormDialog):
    def __init__(self, store, parent=None):
        super().__init__(self.tr("Change your password"), parent)
        self.store = store
        self.old = QLineEdit(self)
        self.old.setEchoMode(QLineEdit.Password)
        self.password = PasswordWithStrength(self, username_source=lambda: store.user.username)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.Password)
        self.add_row(self.tr("Current password"), self.old, "old_password")
        self.add_row(self.tr("New password"), self.password, "password")
        self.add_row(self.tr("New password again"), self.repeat, "repeat")
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Change password"))

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            raise InvalidInput(self.tr("The passwords are not the same."), "repeat")
        users.change_own_password(self.store, self.old.text(), self.password.text())


class UsersPage(QWidget):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Username"),
                                              self.tr("Role"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setAccessibleName(self.tr("Users"))
        buttons = QHBoxLayout()
        self.action_buttons = {}
        for text, slot, admin_only in (
                (self.tr("Add user…"), self.add_user, True),
                (self.tr("Set new password…"), self.reset_password, True),
                (self.tr("Change role…"), self.change_role, True),
                (self.tr("Deactivate"), self.deactivate, True),
                (self.tr("Contact details…"), self.contact_details, True),
                (self.tr("Change your password…"), self.change_own, False)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            if admin_only:
                guard(button, store, "users")
            buttons.addWidget(button)
            self.action_buttons[slot.__name__] = button
        buttons.addStretch()
        self.deactivate_button = self.action_buttons["deactivate"]
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self._users = users.list_team(self.store)
        names = role_names(self)
        self.table.setRowCount(len(self._users))
        for row, u in enumerate(self._users):
            state = self.tr("In use") if u.active else self.tr("Deactivated")
            if u.is_admin:
                state += self.tr(", administrator")
            for col, text in enumerate((u.display_name, u.username,
                                        names.get(u.role, u.role), state)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _selection_changed(self) -> None:
        user = self.selected()
        # Nobody starts deactivating their own account (they would lock themselves out).
        mine = user is not None and user.id == self.store.user.id
        self.deactivate_button.setEnabled(self.store.user.is_admin and not mine)
        self.deactivate_button.setToolTip(
            self.tr("You cannot deactivate your own account.") if mine else "")

    def selected(self):
        row = self.table.currentRow()
        return self._users[row] if 0 <= row < len(self._users) else None

    def add_user(self) -> None:
        if AddUserDialog(self.store, self).exec():
            self.refresh()
            tell_saved(self)

    def reset_password(self) -> None:
        user = self.selected()
        if user and ResetPasswordDialog(self.store, user, self).exec():
            self.refresh()

    def change_role(self) -> None:
        user = self.selected()
        if user and ChangeRoleDialog(self.store, user, self).exec():
            self.refresh()
            tell_saved(self)

    def deactivate(self) -> None:
        user = self.selected()
        if not user or user.id == self.store.user.id:
            return
        answer = QMessageBox.question(self, self.tr("Deactivate"), self.tr(
            "Deactivate %1? They can no longer sign in. An administrator can restore them by "
            "setting a new password.").replace("%1", user.display_name),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        try:
            users.deactivate_user(self.store, user.id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Deactivate"), exc.message)
        self.refresh()

    def contact_details(self) -> None:
        """An administrator fills in anyone's work phone, e-mail and address."""
        from ..contact_dialog import ContactDialog
        user = self.selected()
        if user:
            ContactDialog(self.store, user.id, self).exec()

    def change_own(self) -> None:
        ChangePasswordDialog(self.store, self).exec()
