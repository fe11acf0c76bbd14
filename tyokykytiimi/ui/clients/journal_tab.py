"""The client's journal (kirjaukset): newest first, searchable; write and edit entries.

An edit keeps the earlier text: the entry's history shows every version and
who wrote it. A doctor's statement is tracked here (requested, written,
delivered to whom); the statement itself lives in the health record system.
"""
from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog,
                               QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...formats import format_date, format_datetime
from ...models.journal import KINDS, STATEMENT_STATES
from ...store import journal as ops
from ...store.errors import InvalidInput
from ..date_fields import DateField
from ..events import announce, bus
from ..field_error import FieldError
from ..layout import fit_on_screen
from . import journal_labels
from ... import clock


class EntryDialog(QDialog):
    """Write a new entry, or a new version of one (``editing``)."""

    def __init__(self, store, client_id: str, parent=None, *, editing=None, kind: str = "note"):
        super().__init__(parent)
        self.store, self.client_id, self.editing = store, client_id, editing
        self.setWindowTitle(self.tr("Journal entry") if editing is None
                            else self.tr("Edit the entry"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.day = DateField(clock.today(), optional=False)
        self.day.setAccessibleName(self.tr("Date"))
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(journal_labels.kinds()[code], code)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Entry"))
        self.statement_kind = QLineEdit()
        self.statement_kind.setPlaceholderText(self.tr("for example B-statement for Kela"))
        self.statement_state = QComboBox()
        for code in STATEMENT_STATES:
            self.statement_state.addItem(journal_labels.statement_states()[code], code)
        self.delivered_to = QLineEdit()
        self.statement_note = QLabel(self.tr(
            "The statement itself is written and kept in the health record system; here the "
            "team follows that it was requested, written and delivered, and to whom."))
        self.statement_note.setWordWrap(True)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Entry"), self.text)
        form.addRow("", self.statement_note)
        form.addRow(self.tr("&Statement"), self.statement_kind)
        form.addRow(self.tr("State"), self.statement_state)
        form.addRow(self.tr("Delivered &to"), self.delivered_to)
        self._statement_rows = (self.statement_note, self.statement_kind, self.statement_state,
                                self.delivered_to)
        self._form = form
        layout.addLayout(form)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        self.save_button.setText(self.tr("&Save (Ctrl+S)"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.Save, self, activated=lambda: self._save())
        self.kind.currentIndexChanged.connect(lambda _i: self._show_statement())
        if editing is not None:
            e = editing
            self.day.setDate(e.entry_on)
            self.kind.setCurrentIndex(self.kind.findData(e.kind))
            self.text.setPlainText(e.text)
            self.statement_kind.setText(e.statement_kind or "")
            if e.statement_state:
                self.statement_state.setCurrentIndex(self.statement_state.findData(
                    e.statement_state))
            self.delivered_to.setText(e.delivered_to or "")
        else:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self._show_statement()
        fit_on_screen(self, 640, 460)
        self.text.setFocus()

    def _show_statement(self) -> None:
        on = self.kind.currentData() == "statement"
        for w in self._statement_rows:
            w.setVisible(on)
            label = self._form.labelForField(w)
            if label is not None:
                label.setVisible(on)

    def _save(self) -> None:
        try:
            entry_on = self.day.value()
        except ValueError:
            return  # the date field says what is wrong
        fields = dict(entry_on=entry_on, kind=self.kind.currentData(),
                      text=self.text.toPlainText(), statement_kind=self.statement_kind.text(),
                      statement_state=self.statement_state.currentData(),
                      delivered_to=self.delivered_to.text())
        try:
            if self.editing is None:
                self.saved = ops.add_entry(self.store, self.client_id, **fields)
            else:
                self.saved = ops.edit_entry(self.store, self.editing.id, **fields)
        except InvalidInput as exc:
            self.error.show_error(exc.message)
            target = {"text": self.text, "entry_on": self.day,
                      "statement_state": self.statement_state}.get(exc.field or "", self.text)
            target.setFocus()
            return
        announce("journal", self.client_id)
        self.accept()


class JournalTab(QWidget):
    @classmethod
    def page_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("JournalTab", "Journal")

    def __init__(self, store, client_id: str, parent=None):
        super().__init__(parent)
        self.store, self.client_id = store, client_id
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the entries…"))
        self.search.setAccessibleName(self.tr("Search the entries"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        # Ctrl+J is the client page's (it works from every tab).
        self.new_button = QPushButton(self.tr("&New entry (Ctrl+J)"))
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.edit_button = QPushButton(self.tr("E&dit selected"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Entry"),
                                              self.tr("Written by")])
        self.table.setAccessibleName(self.tr("Journal entries"))
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._show_history)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        layout.addWidget(self.table, 1)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.history)
        self.search.textChanged.connect(lambda _t: self.refresh())
        bus.changed.connect(self._on_changed)
        self.lines = []
        self._viewed = False
        self.refresh()

    def _on_changed(self, area: str, client_id: str) -> None:
        if area == "journal" and client_id == self.client_id:
            self.refresh()

    def refresh(self) -> None:
        # One view entry when the tab opens; searching reads the same entries again.
        self.lines = ops.list_entries(self.store, self.client_id, search=self.search.text(),
                                      audit_view=not self._viewed)
        self._viewed = True
        self.table.setRowCount(len(self.lines))
        kinds = journal_labels.kinds()
        for i, line in enumerate(self.lines):
            e = line.entry
            by = line.written_by + (" " + self.tr("(edited)") if line.edited else "")
            for c, text in enumerate((format_date(e.entry_on), kinds.get(e.kind, e.kind),
                                      journal_labels.summary(e), by)):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, e.id)
                self.table.setItem(i, c, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeRowsToContents()
        self._show_history()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()].entry if rows else None

    def _show_history(self) -> None:
        e = self.selected()
        if e is None or e.corrects is None:
            self.history.clear()
            return
        versions = ops.entry_history(self.store, e.id)
        lines = [self.tr("Earlier versions:")]
        for v in versions[:-1]:
            lines.append(f"{format_datetime(v.entry.created_at)} {v.written_by}: "
                         f"{journal_labels.summary(v.entry)}")
        self.history.setText("\n".join(lines))

    def new_entry(self, kind: str = "note") -> None:
        EntryDialog(self.store, self.client_id, self, kind=kind).exec()

    def edit_selected(self) -> None:
        e = self.selected()
        if e is not None:
            EntryDialog(self.store, self.client_id, self, editing=e).exec()
