"""Phone, e-mail and address: the contact fields a person's and the team's details share.

The staff member's own dialog (File → My contact details…) and the team part of
the settings ask for the same three things with the same checks; this holds the
fields, their error lines and their checks once. The rows go into the caller's
own form, so they line up with the form's other fields.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ..store import contacts
from ..store.contacts import Reach
from ..store.errors import InvalidInput
from .field_error import FieldError


class ContactFields:
    """The three fields for ``reach``; ``names`` are the store's field names for
    phone, e-mail and address (what an InvalidInput names), ``labels`` the form's
    labels for them. ``address_lines``: a multi-line address that many lines high,
    or None for one line (the lines shown joined by commas)."""

    def __init__(self, parent: QWidget, reach: Reach, *, names: tuple[str, str, str],
                 labels: tuple[str, str, str], address_lines: int | None = None,
                 placeholders: tuple[str, str] = ("", "")):
        self.names, self.labels = names, labels
        self.phone = QLineEdit(reach.phone, parent)
        self.email = QLineEdit(reach.email, parent)
        if address_lines:
            self.address = QPlainTextEdit(reach.address, parent)
            self.address.setTabChangesFocus(True)
            self.address.setFixedHeight(parent.fontMetrics().lineSpacing() * address_lines)
        else:
            self.address = QLineEdit(reach.address.replace("\n", ", "), parent)
        self.phone.setPlaceholderText(placeholders[0])
        self.email.setPlaceholderText(placeholders[1])
        self.widgets = dict(zip(names, (self.phone, self.email, self.address)))
        self.errors = {name: FieldError(parent) for name in names}
        for (name, widget), label in zip(self.widgets.items(), labels):
            widget.setAccessibleName(label)

    def add_rows(self, form: QFormLayout) -> None:
        """Each field with its error line under it, labelled."""
        for (name, widget), label in zip(self.widgets.items(), self.labels):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[name])
            form.addRow(label, box)

    def values(self) -> dict[str, str]:
        address = (self.address.toPlainText() if isinstance(self.address, QPlainTextEdit)
                   else self.address.text())
        return {"phone": self.phone.text(), "email": self.email.text(), "address": address}

    def check(self) -> None:
        """Raises InvalidInput naming the field, before anything is written."""
        v = self.values()
        phone, email, address = self.names
        contacts.check_phone(v["phone"], phone)
        contacts.check_email(v["email"], email)
        contacts.check_address(v["address"], address)

    def clear_errors(self) -> None:
        for e in self.errors.values():
            e.show_error(None)

    def show_error(self, exc: InvalidInput) -> bool:
        """The message under the field it names, and the focus there; False when the
        field is not one of these."""
        if exc.field not in self.widgets:
            return False
        self.errors[exc.field].show_error(exc.message)
        self.widgets[exc.field].setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        for w in self.widgets.values():
            w.setReadOnly(read_only)
