"""A staff member's own contact details (File → My contact details…).

Printed on the papers that leave the team: the client's plan names the case
manager and how to reach them, meeting invitations name the coordinator.
An administrator opens the same dialog for anyone from the Users page.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ..store import contacts
from ..store.errors import InvalidInput, StoreError
from .contact_fields import ContactFields
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
        note = QLabel(self.tr("These are printed on the papers you give to clients and "
                              "partners (the client's plan, invitations), so they can reach "
                              "you. Give work contact details only."), self)
        note.setWordWrap(True)
        self.fields = ContactFields(
            self, reach, names=("phone", "email", "address"),
            labels=(self.tr("Work phone"), self.tr("Work e-mail"), self.tr("Visiting address")),
            address_lines=4, placeholders=("040 123 4567", self.tr("name@example.fi")))
        self.phone, self.email, self.address = (self.fields.phone, self.fields.email,
                                                self.fields.address)
        self.errors = {**self.fields.errors, None: FieldError(self)}
        form = QFormLayout()
        self.fields.add_rows(form)
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
            contacts.save_staff_contact(self.store, self.user_id, **self.fields.values())
        except InvalidInput as exc:
            if not self.fields.show_error(exc):
                self.errors[None].show_error(exc.message)
                self.phone.setFocus()
            return False
        except StoreError as exc:
            self.errors[None].show_error(exc.message)
            return False
        self.accept()
        return True
