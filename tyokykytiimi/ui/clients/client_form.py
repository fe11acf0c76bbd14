"""The client's basic data form (new and edit), with errors next to each field."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
                               QWidget)

from ...models.clients import outside_working_age
from ...models.hetu import InvalidHetu, age_on, parse_hetu
from ...store.clients import case_manager_choices, create_client, update_client
from ...store.errors import InvalidInput
from ..date_fields import DateField
from ..events import announce
from ..saved import tell_saved
from ..field_error import FieldError
from ..layout import fit_on_screen, lines_high, scrolling
from . import labels
from ... import clock


class ClientForm(QWidget):
    """Fields of the client register. ``save()`` creates or updates through the store."""

    saved = Signal(str)

    def __init__(self, store, client=None, parent=None):
        super().__init__(parent)
        self.store = store
        self.client_id = client.id if client else None
        self._dirty = False
        self._sex_touched = False
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)

        def add(name, label, widget, note=None):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if note is not None:
                box.addWidget(note)
            err = FieldError()
            err.setObjectName(f"error_{name}")
            box.addWidget(err)
            self.errors[name] = err
            widget.setAccessibleName(label)
            form.addRow(label, box)
            return widget

        self.first_name = add("first_name", self.tr("First name"), QLineEdit())
        self.last_name = add("last_name", self.tr("Last name"), QLineEdit())
        self.hetu_info = QLabel()
        self.hetu_info.setWordWrap(True)
        self.hetu = add("hetu", self.tr("Henkilötunnus"), QLineEdit(), self.hetu_info)
        self.hetu.setPlaceholderText(self.tr("e.g. 131052-308T; leave empty if not known yet"))
        # The hint says what to do when there is no number yet: shown whole, not cut.
        self.hetu.setMinimumWidth(
            self.hetu.fontMetrics().horizontalAdvance(self.hetu.placeholderText()) + 16)
        self.hetu.setMaxLength(13)
        self.temporary_id = add("temporary_id", self.tr("Temporary identifier"), QLineEdit())
        self.temporary_id.setPlaceholderText(self.tr("Given automatically when left empty"))
        self.sex = add("sex", self.tr("Sex"), QComboBox())
        self.sex.addItem(self.tr("Not stated"), None)
        for code, text in labels.sexes().items():
            self.sex.addItem(text, code)
        self.phone = add("phone", self.tr("Phone"), QLineEdit())
        self.email = add("email", self.tr("E-mail"), QLineEdit())
        self.address = add("address", self.tr("Address"), QLineEdit())
        self.municipality = add("municipality", self.tr("Municipality"), QLineEdit())
        self.language = add("language", self.tr("Language", "client's language"), QComboBox())
        for code, text in labels.languages().items():
            self.language.addItem(text, code)
        self.interpreter = add("interpreter_needed", self.tr("Interpreter"),
                               QCheckBox(self.tr("Interpreter needed")))
        self.referrer = add("referrer", self.tr("Referrer"), QComboBox())
        self.referrer.addItem(self.tr("Not recorded"), None)
        for code, text in labels.referrers().items():
            self.referrer.addItem(text, code)
        self.referrer_detail = add("referrer_detail", self.tr("Referrer, details"), QLineEdit())
        self.referral_date = add("referral_date", self.tr("Referral date"),
                                 DateField(clock.today(), maximum=clock.today()))
        self.case_manager = add("case_manager_user_id", self.tr("Case manager"), QComboBox())
        self.case_manager.addItem(self.tr("Not named yet"), None)
        for uid, name in case_manager_choices(store):
            self.case_manager.addItem(name, uid)
        self.case_manager_text = add("case_manager_text",
                                     self.tr("Case manager outside the team"), QLineEdit())
        self.case_manager_text.setPlaceholderText(
            self.tr("Name and organisation, from the service map"))
        self.peer_support = add("peer_support", self.tr("Peer-support person"), QLineEdit())
        self.family_notes = add("family_notes", self.tr("Family situation"), QPlainTextEdit())
        self.family_notes.setTabChangesFocus(True)
        self.family_notes.setFixedHeight(lines_high(self.family_notes, 4))

        if client is not None:
            self.load(client)
        self.hetu.textChanged.connect(self._hetu_changed)
        self.sex.activated.connect(lambda _i: setattr(self, "_sex_touched", True))
        for w in self.findChildren(QLineEdit):
            w.textEdited.connect(self._mark_dirty)
        for w in self.findChildren(QComboBox):
            w.activated.connect(self._mark_dirty)
        self.family_notes.textChanged.connect(self._mark_dirty)
        self.interpreter.toggled.connect(self._mark_dirty)
        self.referral_date.dateChanged.connect(self._mark_dirty)
        self._hetu_changed(self.hetu.text(), initial=True)
        self._dirty = False

    def _mark_dirty(self, *_):
        self._dirty = True

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    # --- loading and reading --------------------------------------------------
    def load(self, c) -> None:
        self.first_name.setText(c.first_name)
        self.last_name.setText(c.last_name)
        self.hetu.setText(c.hetu or "")
        self.temporary_id.setText(c.temporary_id or "")
        self._set_combo(self.sex, c.sex)
        self._sex_touched = c.sex is not None
        self.phone.setText(c.phone or "")
        self.email.setText(c.email or "")
        self.address.setText(c.address or "")
        self.municipality.setText(c.municipality or "")
        self._set_combo(self.language, c.language)
        self.interpreter.setChecked(c.interpreter_needed)
        self._set_combo(self.referrer, c.referrer)
        self.referrer_detail.setText(c.referrer_detail or "")
        self.referral_date.setDate(c.referral_date)
        self._set_combo(self.case_manager, c.case_manager_user_id)
        self.case_manager_text.setText(c.case_manager_text or "")
        self.peer_support.setText(c.peer_support or "")
        self.family_notes.setPlainText(c.family_notes or "")

    @staticmethod
    def _set_combo(combo: QComboBox, value) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(i, 0))

    def values(self) -> dict:
        return {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "hetu": self.hetu.text(),
            "temporary_id": self.temporary_id.text(),
            "sex": self.sex.currentData(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "address": self.address.text(),
            "municipality": self.municipality.text(),
            "language": self.language.currentData(),
            "interpreter_needed": self.interpreter.isChecked(),
            "referrer": self.referrer.currentData(),
            "referrer_detail": self.referrer_detail.text(),
            "referral_date": self.referral_date.value(),
            "case_manager_user_id": self.case_manager.currentData(),
            "case_manager_text": self.case_manager_text.text(),
            "peer_support": self.peer_support.text(),
            "family_notes": self.family_notes.toPlainText(),
        }

    # --- the henkilötunnus, live ------------------------------------------------
    def _hetu_changed(self, text: str, initial: bool = False) -> None:
        text = text.strip()
        if not text:
            self.errors["hetu"].show_error(None)
            self.hetu_info.setText("")
            self.hetu_info.hide()
            return
        try:
            parsed = parse_hetu(text)
        except InvalidHetu as exc:
            self.hetu_info.setText("")
            self.hetu_info.hide()
            # While typing, only the length would complain: wait until 11 characters.
            self.errors["hetu"].show_error(exc.message if len(text) >= 11 else None)
            return
        self.errors["hetu"].show_error(None)
        age = age_on(parsed.birth_date, clock.today())
        info = self.tr("Born %1, age %2").replace("%1", labels.fmt_date(parsed.birth_date)) \
            .replace("%2", str(age))
        if parsed.temporary:
            info += " · " + self.tr("temporary identifier (individual number 900–999)")
        if outside_working_age(age):
            info += " · " + self.tr("note: outside the team's age range 18–65")
        self.hetu_info.setText(info)
        self.hetu_info.show()
        if not self._sex_touched and not initial:
            self._set_combo(self.sex, parsed.sex)

    def check_hetu(self) -> bool:
        """Show the full reason for a wrong code now (on save or leaving the field)."""
        text = self.hetu.text().strip()
        if not text:
            return True
        try:
            parse_hetu(text)
        except InvalidHetu as exc:
            self.errors["hetu"].show_error(exc.message)
            return False
        return True

    # --- saving -------------------------------------------------------------------
    def save(self) -> bool:
        for err in self.errors.values():
            err.show_error(None)
        try:
            values = self.values()
        except ValueError:  # the date field says what is wrong
            self.referral_date.setFocus()
            return False
        try:
            if self.client_id is None:
                client = create_client(self.store, **values)
                self.client_id = client.id
            else:
                update_client(self.store, self.client_id, **values)
        except InvalidInput as exc:
            field = exc.field if exc.field in self.errors else "first_name"
            self.errors[field].show_error(exc.message)
            widget = {"case_manager_user_id": self.case_manager,
                      "interpreter_needed": self.interpreter}.get(field) or getattr(self, field, None)
            if widget is not None:
                widget.setFocus()
            return False
        self._dirty = False
        announce("clients", self.client_id)
        tell_saved(self)
        self.saved.emit(self.client_id)
        return True


class NewClientDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New client"))
        self.client_id: str | None = None
        layout = QVBoxLayout(self)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        self.form = ClientForm(store, None, body)
        inner.addWidget(self.form)
        inner.addStretch(1)  # spare height below the form, not inside a field's row
        layout.addWidget(scrolling(body), 1)  # scrolls on a short (200 %) screen
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("Save (Ctrl+S)"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.Save, self, self._save)
        hint = self.form.sizeHint()
        fit_on_screen(self, hint.width() + 60, hint.height() + 110)
        self.form.first_name.setFocus()

    def _save(self) -> None:
        if self.form.save():
            self.client_id = self.form.client_id
            self.accept()
