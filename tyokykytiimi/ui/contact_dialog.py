"""A staff member's own contact details (File → My contact details…).

Printed on the papers that leave the team: the client's plan names the case
manager and how to reach them, meeting invitations name the coordinator.
An administrator opens the same dialog for anyone from the Users page.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from ..store import contacts
from ..store.errors import InvalidInput, StoreError
from .field_error import FieldError


class ContactDialog(QDialog):
    def __init__(self, store, user_id: str, parent=None):
        super().__init__(parent)
        self.store = store
        self.user_id = user_id
        with store.session() as s:
            reach = contacts.staff_reach(s, user_id)
        own = user_id == store.user.id
        self.setWindowTitle(self.tr("My contact details") if own
                            else self.tr("Contact details: %1").replace("%1", reach.name))
        self.errors = {k: FieldError(self) for k in ("phone", "email", "address", None)}
        note = QLabel(self.tr("These are printed on the papers you give to clients and "
                              "partners (the client's plan, invitations), so they can reach "
                              "you. Give work contact details only."), self)
        note.setWordWrap(True)
        self.phone = QLineEdit(reach.phone, self)
        self.phone.setAccessibleName(self.tr("Work phone"))
        self.phone.setPlaceholderText("040 123 4567")
        self.email = QLineEdit(reach.email, self)
        self.email.setAccessibleName(self.tr("Work e-mail"))
        self.email.setPlaceholderText(self.tr("name@example.fi"))
        self.address = QPlainTextEdit(reach.address, self)
        self.address.setAccessibleName(self.tr("Visiting address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        for label, widget, key in ((self.tr("Work phone"), self.phone, "phone"),
                                   (self.tr("Work e-mail"), self.email, "email"),
                                   (self.tr("Visiting address"), self.address, "address")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.errors[None])
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def save(self) -> bool:
        for e in self.errors.values():
            e.show_error(None)
        try:
            contacts.save_staff_contact(self.store, self.user_id, phone=self.phone.text(),
                                        email=self.email.text(),
                                        address=self.address.toPlainText())
        except InvalidInput as exc:
            self.errors.get(exc.field, self.errors[None]).show_error(exc.message)
            {"phone": self.phone, "email": self.email, "address": self.address}.get(
                exc.field, self.phone).setFocus()
            return False
        except StoreError as exc:
            self.errors[None].show_error(exc.message)
            return False
        self.accept()
        return True
