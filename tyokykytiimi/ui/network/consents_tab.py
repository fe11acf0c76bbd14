"""The client's consents: what is valid, lapsed or withdrawn; record, sign, withdraw, print."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...models.consents import load_purposes, state_on
from ...reports.consent_form import export_consent_form
from ...store import consents as cs
from ...store import servicemap as sm
from ...store.errors import InvalidInput
from ..date_fields import DateField
from ..events import announce, bus
from ..export_files import export_to_file
from ..saved import tell_saved
from ..field_error import FieldError
from ..layout import fit_on_screen
from . import texts
from ..paper_language import paper_language_row
from ... import clock


def _lang() -> str:
    from PySide6.QtCore import QLocale
    name = QLocale().name()[:2]
    return name if name in ("fi", "sv", "en") else "en"


class ConsentDialog(QDialog):
    """Record a consent (or extend one): purposes, parties, when and how, validity."""

    def __init__(self, store, client_id: str, parent=None, *, consent=None,
                 preset_parties: list[str] = (), preset_purpose: str | None = None):
        super().__init__(parent)
        self.store, self.client_id, self.consent = store, client_id, consent
        self.setWindowTitle(self.tr("Consent"))
        lang = _lang()
        self.purposes: dict[str, QCheckBox] = {}
        purpose_box = QVBoxLayout()
        chosen = set(consent.purpose_list if consent else []) | (
            {preset_purpose} if preset_purpose else set())
        for p in load_purposes():
            box = QCheckBox(p.label_in(lang))
            box.setChecked(p.code in chosen)
            self.purposes[p.code] = box
            purpose_box.addWidget(box)
        self.filter = QLineEdit(placeholderText=self.tr("Filter organisations"))
        self.filter.setAccessibleName(self.tr("Filter organisations"))
        self.orgs = QListWidget()
        self.orgs.setAccessibleName(self.tr("Organisations"))
        wanted = set(consent.org_id_list if consent else []) | set(preset_parties)
        for org in sm.list_organisations(store):
            item = QListWidgetItem(org.name + (f" ({org.area})" if org.area else ""))
            item.setData(Qt.UserRole, org.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if org.id in wanted else Qt.Unchecked)
            self.orgs.addItem(item)
        known = {self.orgs.item(i).data(Qt.UserRole) for i in range(self.orgs.count())}
        names = list(consent.party_name_list if consent else []) + [
            p for p in preset_parties if p not in known]
        self.names = QLineEdit("; ".join(names))
        self.names.setPlaceholderText(self.tr("Other parties, separated by semicolons"))
        self.given = DateField(consent.given_on if consent else clock.today(),
                               maximum=clock.today(), optional=False)
        self.given.setAccessibleName(self.tr("Given on"))
        self.method = QComboBox()
        for code, text in texts.methods().items():
            self.method.addItem(text, code)
        if consent:
            self.method.setCurrentIndex(self.method.findData(consent.method))
        self.open_ended = QCheckBox(self.tr("Valid until withdrawn"))
        self.until = DateField(consent.valid_until if consent and consent.valid_until
                               else _a_year_on(clock.today()))
        self.until.setAccessibleName(self.tr("Valid until"))
        self.open_ended.setChecked(bool(consent) and consent.valid_until is None)
        self.open_ended.toggled.connect(lambda on: self.until.setEnabled(not on))
        self.until.setEnabled(not self.open_ended.isChecked())
        self.signed = QCheckBox(self.tr("The signed form has been received"))
        self.signed.setChecked(bool(consent and consent.signed))
        self.errors = {k: FieldError() for k in ("purposes", "parties", "given_on", "method",
                                                 "valid_until", "form")}
        form = QFormLayout(self)
        form.addRow(self.tr("Purposes"), purpose_box)
        form.addRow("", self.errors["purposes"])
        form.addRow(self.tr("Organisations"), self.filter)
        form.addRow("", self.orgs)
        form.addRow(self.tr("Other parties"), self.names)
        form.addRow("", self.errors["parties"])
        form.addRow(self.tr("Given on"), self.given)
        form.addRow("", self.errors["given_on"])
        form.addRow(self.tr("How given"), self.method)
        form.addRow("", self.signed)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until)
        until_row.addWidget(self.open_ended)
        form.addRow(self.tr("Valid until"), until_row)
        form.addRow("", self.errors["valid_until"])
        form.addRow("", self.errors["form"])
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.filter.textChanged.connect(self._filter)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        fit_on_screen(self, 640, 720)

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for i in range(self.orgs.count()):
            item = self.orgs.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def values(self) -> dict:
        return dict(
            purposes=[c for c, box in self.purposes.items() if box.isChecked()],
            org_ids=[self.orgs.item(i).data(Qt.UserRole) for i in range(self.orgs.count())
                     if self.orgs.item(i).checkState() == Qt.Checked],
            party_names=[n.strip() for n in self.names.text().split(";") if n.strip()],
            given_on=self.given.value(), method=self.method.currentData(),
            valid_until=None if self.open_ended.isChecked() else self.until.value(),
            signed=self.signed.isChecked())

    def save(self) -> None:
        for e in self.errors.values():
            e.show_error(None)
        try:
            values = self.values()
        except ValueError:
            return  # the date field shows what is wrong
        try:
            if self.consent:
                self.result_consent = cs.update_consent(self.store, self.consent.id, **values)
            else:
                self.result_consent = cs.record_consent(self.store, self.client_id, **values)
        except InvalidInput as exc:
            self.errors.get(exc.field, self.errors["form"]).show_error(exc.message)
            return
        announce("consents", self.client_id)
        tell_saved(self.parentWidget())
        self.accept()


class ConsentsTab(QWidget):
    @classmethod
    def page_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("ConsentsTab", "Consents")

    def __init__(self, store, client_id: str, parent=None):
        super().__init__(parent)
        self.store, self.client_id = store, client_id
        self.consents = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("State"), self.tr("Purposes"),
                                              self.tr("Parties"), self.tr("Given"),
                                              self.tr("How"), self.tr("Valid until")])
        self.table.setAccessibleName(self.tr("Consents"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.Stretch)
        h.setSectionResizeMode(2, QHeaderView.Stretch)
        self.new_btn = QPushButton(self.tr("New consent…"))
        self.edit_btn = QPushButton(self.tr("Extend or correct…"))
        self.sign_btn = QPushButton(self.tr("Mark signed"))
        self.withdraw_btn = QPushButton(self.tr("Withdraw…"))
        # The form is the client's paper: their recorded language first (issue 17).
        self.lang, pdf_row = paper_language_row(store, client_id, self.tr("Form language"))
        self.pdf_btn = QPushButton(self.tr("Consent form PDF…"))
        row = QHBoxLayout()
        for w in (self.new_btn, self.edit_btn, self.sign_btn, self.withdraw_btn):
            row.addWidget(w)
        row.addStretch()
        pdf_row.addWidget(self.pdf_btn)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(pdf_row)
        # Slots without default arguments: clicked passes its checked flag.
        self.new_btn.clicked.connect(self.new_consent)
        self.edit_btn.clicked.connect(self.edit_consent)
        self.sign_btn.clicked.connect(self.mark_signed)
        self.withdraw_btn.clicked.connect(self.withdraw)
        self.pdf_btn.clicked.connect(self.export_pdf)
        self.table.doubleClicked.connect(lambda _index: self.edit_consent())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Ctrl+N is the window's one "New" action; on this tab it means a new consent.
        self.context_new = self.new_consent
        self.context_new_text = self.tr("&New consent")
        self.new_btn.setToolTip(QKeySequence(QKeySequence.New).toString(
            QKeySequence.NativeText))
        bus.changed.connect(self._changed)
        self.refresh()

    def _changed(self, area: str, client_id: str) -> None:
        if area in ("consents", "servicemap") and client_id in ("", self.client_id):
            self.refresh()

    def refresh(self) -> None:
        today = clock.today()
        self.consents = cs.list_consents(self.store, self.client_id)
        summary = cs.consent_summary(self.store, self.client_id, today)
        self.summary.setText(summary.text(_lang()))
        labels = cs.party_labels(self.store, [p for c in self.consents for p in c.org_id_list])
        states, methods, lang = texts.consent_states(), texts.methods(), _lang()
        from ...models.consents import purpose_label
        self.table.setRowCount(len(self.consents))
        for row, c in enumerate(self.consents):
            state = state_on(c, today)
            state_text = states[state]
            if state == "withdrawn":
                state_text += f" {texts.fi_date(c.withdrawn_on)}"
            marker = "✔ " if state == "valid" else "✖ "
            values = [marker + state_text,
                      "\n".join(purpose_label(p, lang) for p in c.purpose_list),
                      "\n".join([labels.get(o, o) for o in c.org_id_list] + c.party_name_list),
                      texts.fi_date(c.given_on), methods.get(c.method, c.method),
                      texts.fi_date(c.valid_until) or self.tr("until withdrawn")]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0 and state == "valid":
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        if self.consents:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        """Mark signed only for a paper consent still waiting for its signature."""
        c = self.current()
        waiting = c is not None and c.method == "paper" and not c.signed \
            and c.withdrawn_on is None
        self.sign_btn.setEnabled(waiting)
        for b in (self.edit_btn, self.withdraw_btn, self.pdf_btn):
            b.setEnabled(c is not None)

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.consents[rows[0].row()] if rows else None

    def new_consent(self) -> bool:
        return self.record_consent([], None)

    def record_consent(self, preset_parties: list[str], preset_purpose: str | None) -> bool:
        dialog = ConsentDialog(self.store, self.client_id, self, preset_parties=preset_parties,
                               preset_purpose=preset_purpose)
        return bool(dialog.exec())

    def edit_consent(self) -> None:
        c = self.current()
        if c is not None:
            ConsentDialog(self.store, self.client_id, self, consent=c).exec()

    def mark_signed(self) -> None:
        c = self.current()
        if c is not None and SignedDialog(self.store, c, self).exec():
            tell_saved(self)

    def withdraw(self) -> None:
        c = self.current()
        if c is None:
            return
        dialog = WithdrawDialog(self)
        if not dialog.exec():
            return
        try:
            impact = cs.withdraw_consent(self.store, c.id, on=dialog.on(), how=dialog.how())
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Withdraw consent"), exc.message)
            return
        announce("consents", self.client_id)
        if impact.meetings or impact.parties:
            lines = [self.tr("No longer covered:") + " " + ", ".join(impact.parties)]
            if impact.meetings:
                lines.append(self.tr("Upcoming meetings affected:") + " " + ", ".join(
                    texts.fi_date(m.starts_at.astimezone().date()) for m in impact.meetings))
                lines.append(self.tr("Check the invitations of these meetings."))
            QMessageBox.warning(self, self.tr("Withdraw consent"), "\n".join(lines))

    def export_pdf(self) -> None:
        c = self.current()
        if c is None:
            return
        lang = self.lang.currentData()
        export_to_file(self, self.store, self.tr("Save consent form"), "suostumus.pdf",
                       "PDF (*.pdf)",
                       lambda path: export_consent_form(self.store, c.id, path, lang=lang))


class WithdrawDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.date = DateField(clock.today(), maximum=clock.today(), optional=False)
        self.date.setAccessibleName(self.tr("Withdrawn on"))
        self.method = QComboBox()
        for code, text in texts.methods().items():
            self.method.addItem(text, code)
        self.method.setCurrentIndex(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Withdrawn on"), self.date)
        form.addRow(self.tr("How"), self.method)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _ok(self) -> None:
        try:
            self.date.value()
        except ValueError:
            return
        self.accept()

    def on(self) -> date:
        return self.date.value()

    def how(self) -> str:
        return self.method.currentData()


def _a_year_on(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)


class SignedDialog(QDialog):
    """Mark a paper consent signed: on which day the signed form was signed."""

    def __init__(self, store, consent, parent=None):
        super().__init__(parent)
        self.store, self.consent = store, consent
        self.setWindowTitle(self.tr("Mark signed"))
        self.date = DateField(clock.today(), about=clock.today(), maximum=clock.today(),
                              optional=False)
        self.date.setAccessibleName(self.tr("Signed on"))
        self.error = FieldError()
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The date on the signed form:")))
        form.addRow(self.tr("Signed on"), self.date)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        self.error.show_error(None)
        try:
            day = self.date.value()
        except ValueError:
            return
        try:
            cs.mark_signed(self.store, self.consent.id, signed_on=day)
        except InvalidInput as exc:
            self.error.show_error(exc.message)
            return
        announce("consents", self.consent.client_id)
        self.accept()
