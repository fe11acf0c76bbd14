"""Network meetings of a client: convene, invite from the service map, statuses, minutes."""
from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ... import formats
from ...models.meetings import NEEDS_CONSENT, consent_purpose
from ...models.servicemap import codes
from ...reports.invitation import export_ics, export_invitation_list, mail_drafts
from ...store import consents as cs
from ...store import meetings as mt
from ...store import servicemap as sm
from ...store.clients import get_client
from ...store.errors import InvalidInput
from ..date_fields import DateTimeField
from ..events import announce, bus
from ..export_files import export_to_file
from ..saved import tell_saved
from ..field_error import FieldError
from ..layout import fit_on_screen, lines_high, scrolling, tab_chain
from . import texts
from ..paper_language import paper_language_row
from ... import clock


class MeetingDialog(QDialog):
    def __init__(self, store, client_id: str, parent=None, meeting_id: str | None = None):
        super().__init__(parent)
        self.store, self.client_id, self.meeting_id = store, client_id, meeting_id
        self.setWindowTitle(self.tr("Network meeting"))
        self.client = get_client(store, client_id, audit_view=False)
        meeting, invitees = mt.get_meeting(store, meeting_id) if meeting_id else (None, [])
        self.invitees: list[dict] = [
            {k: getattr(i, k) for k in ("id", *mt._INVITEE_FIELDS)} for i in invitees]

        self.kind = QComboBox()
        for code, text in texts.meeting_kinds().items():
            self.kind.addItem(text, code)
        # A new meeting is suggested a week ahead at nine, in the team's own time.
        start = meeting.starts_at if meeting else datetime.combine(
            clock.today() + timedelta(days=7), time(9, 0), tzinfo=formats.time_zone())
        self.starts = DateTimeField(start, optional=False)
        self.starts.setAccessibleName(self.tr("Starts"))
        self.duration = QSpinBox(minimum=5, maximum=480, singleStep=15, value=90)
        self.duration.setSuffix(" min")
        self.place = QLineEdit()
        self.link = QLineEdit(placeholderText="https://…")
        self.agenda = QPlainTextEdit()
        self.agenda.setTabChangesFocus(True)
        self.agenda.setFixedHeight(lines_high(self.agenda, 4))
        self.domain_boxes: dict[str, QCheckBox] = {}
        domain_row = QHBoxLayout()
        for code, text in texts.domains().items():
            box = QCheckBox(text)
            self.domain_boxes[code] = box
            domain_row.addWidget(box)
            box.toggled.connect(self.refresh_suggestions)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Suggested services"))
        self.suggestions.setFixedHeight(lines_high(self.suggestions, 7))
        self.add_btn = QPushButton(self.tr("Invite selected"))
        self.add_client_btn = QPushButton(self.tr("Add the client"))
        self.add_peer_btn = QPushButton(self.tr("Add peer-support person"))
        self.add_cm_btn = QPushButton(self.tr("Add case manager"))
        self.consent_error = FieldError()
        self.consent_btn = QPushButton(self.tr("Record consent…"))
        self.consent_btn.hide()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Who"), self.tr("Organisation"), self.tr("Role"), self.tr("Status"),
            self.tr("Pre-assessment requested"), self.tr("Pre-assessment received")])
        self.table.setAccessibleName(self.tr("Invitees"))
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeToContents)
        h.setSectionResizeMode(0, QHeaderView.Stretch)
        h.setSectionResizeMode(1, QHeaderView.Stretch)
        self.remove_btn = QPushButton(self.tr("Remove invitee"))
        self.held = QCheckBox(self.tr("The meeting has been held"))
        self.minutes = QPlainTextEdit()
        self.minutes.setTabChangesFocus(True)
        self.minutes.setFixedHeight(lines_high(self.minutes, 4))
        self.has_next = QCheckBox(self.tr("Next meeting"))
        self.next_at = DateTimeField(start + timedelta(days=60))
        self.next_at.date_field.about = (start + timedelta(days=60)).date()
        self.next_at.setAccessibleName(self.tr("Next meeting"))
        self.errors = {k: FieldError() for k in ("kind", "starts_at", "place", "duration_minutes",
                                                 "next_meeting_at", "form")}
        if meeting:
            self.kind.setCurrentIndex(self.kind.findData(meeting.kind))
            self.duration.setValue(meeting.duration_minutes)
            self.place.setText(meeting.place or "")
            self.link.setText(meeting.link or "")
            self.agenda.setPlainText(meeting.agenda or "")
            for d in codes(meeting.domains):
                if d in self.domain_boxes:
                    self.domain_boxes[d].setChecked(True)
            self.minutes.setPlainText(meeting.minutes or "")
            self.held.setChecked(meeting.state == "held")
            if meeting.next_meeting_at:
                self.has_next.setChecked(True)
                self.next_at.setDateTime(meeting.next_meeting_at)
        self.next_at.setEnabled(self.has_next.isChecked())
        self.has_next.toggled.connect(self.next_at.setEnabled)

        when = QGroupBox(self.tr("Meeting"))
        f = QFormLayout(when)
        f.addRow(self.tr("Kind"), self.kind)
        f.addRow(self.tr("Starts"), self.starts)
        f.addRow("", self.errors["starts_at"])
        f.addRow(self.tr("Duration"), self.duration)
        f.addRow(self.tr("Place"), self.place)
        f.addRow("", self.errors["place"])
        f.addRow(self.tr("Remote link"), self.link)
        f.addRow(self.tr("Agenda"), self.agenda)
        who = QGroupBox(self.tr("Invitees"))
        w = QVBoxLayout(who)
        w.addWidget(QLabel(self.tr("The client's domains: services are suggested from the "
                                   "service map")))
        w.addLayout(domain_row)
        w.addWidget(self.suggestions)
        row = QHBoxLayout()
        for b in (self.add_btn, self.add_client_btn, self.add_peer_btn, self.add_cm_btn):
            row.addWidget(b)
        row.addStretch()
        w.addLayout(row)
        err_row = QHBoxLayout()
        err_row.addWidget(self.consent_error, 1)
        err_row.addWidget(self.consent_btn)
        w.addLayout(err_row)
        w.addWidget(self.table)
        w.addWidget(self.remove_btn, 0, Qt.AlignLeft)
        after = QGroupBox(self.tr("After the meeting"))
        a = QFormLayout(after)
        a.addRow("", self.held)
        a.addRow(self.tr("Minutes"), self.minutes)
        a.addRow(self.has_next, self.next_at)
        a.addRow("", self.errors["next_meeting_at"])
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(when, 2)
        top.addWidget(after, 1)
        inner.addLayout(top)
        inner.addWidget(who, 1)
        inner.addWidget(self.errors["form"])
        layout.addWidget(scrolling(body), 1)  # scrolls on a short (200 %) screen
        layout.addWidget(buttons)

        self.add_btn.clicked.connect(self.add_selected)
        self.suggestions.itemActivated.connect(lambda _: self.add_selected())
        self.add_client_btn.clicked.connect(lambda: self.add({"kind": "client"}))
        self.add_peer_btn.clicked.connect(self.add_peer)
        self.add_cm_btn.clicked.connect(lambda: self.add({"kind": "case_manager",
                                                           "role": self.tr("Case manager")}))
        self.remove_btn.clicked.connect(self.remove_selected)
        self.consent_btn.clicked.connect(self.record_consent)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        self._missing: cs.ConsentMissing | None = None
        self.refresh_suggestions()
        self.fill_table()
        fit_on_screen(self, 1100, 820)

    # --- invitees -------------------------------------------------------------------
    def chosen_domains(self) -> list[str]:
        return [c for c, b in self.domain_boxes.items() if b.isChecked()]

    def refresh_suggestions(self) -> None:
        self.suggestions.clear()
        for g in sm.suggest(self.store, self.chosen_domains() or list(self.domain_boxes)):
            who = f"{g.contact.name} ({g.contact.title}), " if g.contact else ""
            item = QListWidgetItem(f"{g.service.name} — {who}{g.organisation.name}")
            item.setData(Qt.UserRole, (g.organisation.id, g.contact.id if g.contact else None,
                                       g.service.name))
            self.suggestions.addItem(item)

    def add_selected(self) -> None:
        item = self.suggestions.currentItem()
        if item is None:
            return
        org_id, contact_id, service = item.data(Qt.UserRole)
        data = (mt.invitee_from_contact(self.store, contact_id, role=service) if contact_id
                else mt.invitee_from_organisation(self.store, org_id, role=service))
        self.add(data)

    def add_peer(self) -> None:
        self.add({"kind": "peer", "name": self.client.peer_support or self.tr(
            "Peer-support person"), "role": self.tr("Peer-support person")})

    def add(self, data: dict) -> bool:
        self.consent_error.show_error(None)
        self.consent_btn.hide()
        data.setdefault("status", "to_invite")
        party = data.get("organisation_id") or data.get("name")
        if data["kind"] in NEEDS_CONSENT:
            try:
                cs.check_consent(self.store, self.client_id, [party],
                                 consent_purpose(self.kind.currentData()))
            except cs.ConsentMissing as exc:
                self._show_missing(exc)
                return False
        self.invitees.append(data)
        self.fill_table()
        return True

    def _show_missing(self, exc: cs.ConsentMissing) -> None:
        """The real reason, and the button for what fixes it."""
        self._missing = exc
        self.consent_error.show_error(exc.message)
        self.consent_btn.setText({"mark_signed": self.tr("Mark signed…"),
                                  "extend": self.tr("Extend the consent…")}.get(
                                      exc.action, self.tr("Record consent…")))
        self.consent_btn.show()

    def record_consent(self) -> None:
        from .consents_tab import ConsentDialog, SignedDialog
        missing = self._missing
        if missing is None:
            return
        if missing.action == "mark_signed":
            dialog = SignedDialog(self.store, cs.get_consent(self.store, missing.consent_id),
                                  self)
        else:
            consent = (cs.get_consent(self.store, missing.consent_id)
                       if missing.action == "extend" else None)
            dialog = ConsentDialog(self.store, self.client_id, self, consent=consent,
                                   preset_parties=missing.parties,
                                   preset_purpose=missing.purpose)
        if dialog.exec():
            self._missing = None
            self.consent_error.show_error(None)
            self.consent_btn.hide()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        self.collect()
        for r in rows:
            del self.invitees[r]
        self.fill_table()

    def fill_table(self) -> None:
        kinds, statuses = texts.invitee_kinds(), texts.statuses()
        self.table.setRowCount(len(self.invitees))
        for row, inv in enumerate(self.invitees):
            name = inv.get("name") or ""
            if inv["kind"] == "client":
                name = f"{kinds['client']}: {self.client.full_name}"
            elif inv["kind"] in ("peer", "case_manager", "team"):
                name = f"{kinds[inv['kind']]}: {name}" if name else kinds[inv["kind"]]
            who = QTableWidgetItem(name)
            who.setFlags(who.flags() & ~Qt.ItemIsEditable)
            org = QTableWidgetItem(inv.get("organisation_name") or "")
            org.setFlags(org.flags() & ~Qt.ItemIsEditable)
            self.table.setItem(row, 0, who)
            self.table.setItem(row, 1, org)
            self.table.setItem(row, 2, QTableWidgetItem(inv.get("role") or ""))
            combo = QComboBox()
            for code, text in statuses.items():
                combo.addItem(text, code)
            combo.setCurrentIndex(combo.findData(inv.get("status", "to_invite")))
            # A cell widget has no label of its own: name it "<column>: <who>".
            combo.setAccessibleName(f"{self.tr('Status')}: {name}")
            self.table.setCellWidget(row, 3, combo)
            for col, key in ((4, "pre_assessment_requested"), (5, "pre_assessment_received")):
                box = QCheckBox()
                box.setChecked(bool(inv.get(key)))
                header = self.table.horizontalHeaderItem(col).text()
                box.setAccessibleName(f"{header}: {name}")
                self.table.setCellWidget(row, col, box)
        # New cell widgets join the focus chain last: Tab reads them with the table.
        cells = [self.table.cellWidget(r, c) for r in range(self.table.rowCount())
                 for c in (3, 4, 5)]
        tab_chain(self.table, *[c for c in cells if c is not None], self.remove_btn)

    def collect(self) -> None:
        for row, inv in enumerate(self.invitees):
            inv["role"] = (self.table.item(row, 2).text() or None) if self.table.item(row, 2) \
                else inv.get("role")
            inv["status"] = self.table.cellWidget(row, 3).currentData()
            inv["pre_assessment_requested"] = self.table.cellWidget(row, 4).isChecked()
            inv["pre_assessment_received"] = self.table.cellWidget(row, 5).isChecked()

    # --- save ---------------------------------------------------------------------------
    def save(self) -> None:
        for e in self.errors.values():
            e.show_error(None)
        self.consent_error.show_error(None)
        self.collect()
        try:
            starts_at = self.starts.value()
            next_at = self.next_at.value() if self.has_next.isChecked() else None
        except ValueError:
            return  # the field shows what is wrong
        try:
            meeting = mt.save_meeting(
                self.store, self.client_id, meeting_id=self.meeting_id,
                kind=self.kind.currentData(), starts_at=starts_at,
                duration_minutes=self.duration.value(), place=self.place.text(),
                link=self.link.text(), agenda=self.agenda.toPlainText() or None,
                domains=self.chosen_domains(), invitees=self.invitees,
                minutes=self.minutes.toPlainText() or None,
                next_meeting_at=next_at,
                state="held" if self.held.isChecked() else "planned")
        except cs.ConsentMissing as exc:
            self._show_missing(exc)
            return
        except InvalidInput as exc:
            self.errors.get(exc.field, self.errors["form"]).show_error(exc.message)
            return
        self.meeting_id = meeting.id
        announce("network", self.client_id)
        tell_saved(self.parentWidget())
        self.accept()


class MeetingsTab(QWidget):
    @classmethod
    def page_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("MeetingsTab", "Network")

    def __init__(self, store, client_id: str, parent=None):
        super().__init__(parent)
        self.store, self.client_id = store, client_id
        self.meetings = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Kind"),
                                              self.tr("Place"), self.tr("State"),
                                              self.tr("Invitees")])
        self.table.setAccessibleName(self.tr("Network meetings"))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.Stretch)
        self.new_btn = QPushButton(self.tr("New meeting…"))
        self.edit_btn = QPushButton(self.tr("Open…"))
        self.pdf_btn = QPushButton(self.tr("Invitation list PDF…"))
        self.ics_btn = QPushButton(self.tr("Calendar file (.ics)…"))
        self.mail_btn = QPushButton(self.tr("E-mail draft"))
        row = QHBoxLayout()
        for b in (self.new_btn, self.edit_btn):
            row.addWidget(b)
        row.addStretch()
        # The invitation's language: the client's recorded one unless chosen (issue 17).
        self.lang, lang_row = paper_language_row(store, client_id,
                                                 self.tr("Invitation language"))
        for b in (self.pdf_btn, self.ics_btn, self.mail_btn):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(lang_row)
        layout.addLayout(row)
        self.new_btn.clicked.connect(self.new_meeting)
        self.edit_btn.clicked.connect(self.open_meeting)
        self.table.doubleClicked.connect(lambda _index: self.open_meeting())
        self.pdf_btn.clicked.connect(self.export_pdf)
        self.ics_btn.clicked.connect(self.export_ics)
        self.mail_btn.clicked.connect(self.open_mail)
        # Ctrl+N is the window's one "New" action; on this tab it means a new meeting.
        self.context_new = self.new_meeting
        self.context_new_text = self.tr("&New meeting")
        bus.changed.connect(self._changed)
        self.refresh()

    def _changed(self, area: str, client_id: str) -> None:
        if area in ("network", "consents") and client_id in ("", self.client_id):
            self.refresh()

    def refresh(self) -> None:
        self.meetings = mt.list_meetings(self.store, self.client_id)
        kinds, states = texts.meeting_kinds(), texts.meeting_states()
        self.table.setRowCount(len(self.meetings))
        for row, m in enumerate(self.meetings):
            _, invitees = mt.get_meeting(self.store, m.id, audit_view=False)
            local = formats.local_time(m.starts_at)  # the team's zone, as on every paper
            values = [f"{texts.fi_date(local.date())} {local:%H.%M}", kinds[m.kind],
                      m.place or m.link or "", states[m.state], str(len(invitees))]
            for col, v in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(v))
        if self.meetings:
            self.table.selectRow(0)

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.meetings[rows[0].row()] if rows else None

    def new_meeting(self) -> None:
        MeetingDialog(self.store, self.client_id, self).exec()

    def open_meeting(self) -> None:
        m = self.current()
        if m is not None:
            MeetingDialog(self.store, self.client_id, self, meeting_id=m.id).exec()

    def export_pdf(self) -> None:
        m = self.current()
        if m is None:
            return
        export_to_file(self, self.store, self.tr("Save invitation list"), "kutsulista.pdf",
                       "PDF (*.pdf)", lambda path: export_invitation_list(
                           self.store, m.id, path, lang=self.lang.currentData()))

    def export_ics(self) -> None:
        m = self.current()
        if m is None:
            return
        export_to_file(self, self.store, self.tr("Save calendar file"),
                       "verkostotapaaminen.ics", "iCalendar (*.ics)",
                       lambda path: export_ics(self.store, m.id, path,
                                               lang=self.lang.currentData()))

    def open_mail(self) -> None:
        """One message with blind copies, or a message each: no invitee sees the others."""
        m = self.current()
        if m is None:
            return
        box = QMessageBox(QMessageBox.Question, self.tr("E-mail draft"), self.tr(
            "The invitees must not see each other's addresses. Send one message with every "
            "invitee as a blind copy, or a separate message to each invitee?"),
            QMessageBox.Cancel, self)
        bcc = box.addButton(self.tr("One message, blind copies"), QMessageBox.AcceptRole)
        separate = box.addButton(self.tr("A message to each"), QMessageBox.AcceptRole)
        box.setDefaultButton(bcc)
        box.exec()
        mode = {bcc: "bcc", separate: "separate"}.get(box.clickedButton())
        if mode is None:
            return
        for draft in mail_drafts(self.store, m.id, mode=mode, lang=self.lang.currentData()):
            QDesktopServices.openUrl(QUrl(draft.url))
