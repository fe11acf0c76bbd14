"""Administration → Conflicts: both versions side by side; keep one or a combined value.

The decision is made once for the team: it syncs to every workstation and is
audited (``store.sync.conflicts.decide``).
"""
from __future__ import annotations

from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from ... import formats
from ...store.errors import StoreError
from ...store.sync import conflicts, duplicates, stranded
from ..field_error import FieldError


class ConflictsTab(QWidget):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.items: list[conflicts.Conflict] = []
        intro = QLabel(self.tr(
            "The same information was changed on two workstations before they had seen each "
            "other's change. Both versions are kept, and every workstation shows the same one "
            "for now. Keep one of them or write a combined value: the choice is made for the "
            "whole team."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.currentRowChanged.connect(lambda row: self.show_conflict(row))
        self.detail = QWidget(self)
        self.grid = QGridLayout(self.detail)
        self.combined = QPlainTextEdit(self)
        self.combined.setAccessibleName(self.tr("Combined value"))
        self.combined.setMaximumHeight(90)
        self.keep_combined = QPushButton(self.tr("Keep the combined value"), self)
        self.keep_combined.clicked.connect(lambda: self.decide(self.combined.toPlainText()))
        self.error = FieldError(self)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.addWidget(self.detail)
        self.combined_label = QLabel(self.tr("Or write a combined value:"), self)
        rl.addWidget(self.combined_label)
        rl.addWidget(self.combined)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_combined)
        rl.addLayout(row)
        rl.addWidget(self.error)
        rl.addStretch(1)
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(0, 1)  # titles are long in Finnish: a third for the list
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        self.refresh()

    def _field_label(self, c: conflicts.Conflict) -> str:
        return {"deleted_at": self.tr("deleted"), "phone": self.tr("Phone"),
                "address": self.tr("Address"), "municipality": self.tr("Municipality"),
                "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
                "notes": self.tr("Notes"), "status": self.tr("Status"),
                "role": self.tr("Role"), "hetu": self.tr("Henkilötunnus")}.get(c.field, c.field)

    def _title(self, c: conflicts.Conflict) -> str:
        what = {"clients": self.tr("Client"), "plan_versions": self.tr("Plan"),
                "users": self.tr("User"), "team_keyslots": self.tr("Password")}.get(
            c.table, c.table)
        field = self._field_label(c)
        if c.table == "settings":
            setting = {"team_name": self.tr("Team name"),
                       "idle_lock_minutes": self.tr("Lock after idle time, minutes"),
                       "backup_keep": self.tr("Daily backups kept"),
                       "team_logo": self.tr("Logo for PDFs"),
                       "team_phone": self.tr("Team phone"), "team_email": self.tr("Team e-mail"),
                       "team_address": self.tr("Team address"),
                       "time_zone": self.tr("Time zone")}.get(c.row_id, c.row_id)
            return self.tr("Team setting: %1").replace("%1", setting)
        if c.kind == "plans_agreed":
            return self.tr("Two plan versions agreed at the same time")
        who = f" {c.client_name.strip()}" if c.client_name.strip() else ""
        if c.kind == "duplicate":
            return self.tr("%1 created on two workstations").replace("%1", what + who)
        if c.kind == "stranded":
            return self.tr("Entries for a removed client%1").replace("%1", who)
        if c.kind == "merged_edit":
            return self.tr("%1: %2 changed on the merged copy").replace(
                "%1", what + who).replace("%2", field)
        return f"{what}{who}: {field}"

    def refresh(self) -> None:
        self.items = conflicts.list_conflicts(self.store)
        self.list.clear()
        for c in self.items:
            item = QListWidgetItem(self._title(c))
            item.setToolTip(item.text())  # the list is narrow; titles are long in Finnish
            self.list.addItem(item)
        if not self.items:
            self.list.addItem(self.tr("No conflicts."))
            self.show_conflict(-1)
        else:
            self.list.setCurrentRow(0)

    def _clear(self) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()

    def _value_text(self, c, value) -> str:
        if c.table == "settings" and c.row_id == "team_logo":  # a picture, as base64
            return self.tr("A picture, %1 kB").replace(
                "%1", str(max(1, len(value) * 3 // 4 // 1024))) if value else self.tr("No logo")
        if c.kind == "seal" and c.field == "deleted_at":
            return self.tr("Deleted") if value else self.tr("Not deleted")
        return "" if value is None else str(value)

    def show_conflict(self, row: int) -> None:
        self._clear()
        self.error.show_error(None)
        has = 0 <= row < len(self.items)
        c = self.items[row] if has else None
        # Two pictures cannot be combined in words: keep one of them.
        editable = bool(c and c.kind == "field" and not (
            c.table == "settings" and c.row_id == "team_logo"))
        for w in (self.combined, self.keep_combined, self.combined_label):
            w.setVisible(editable)
        if c is None:
            return
        self.combined.setPlainText(self._value_text(c, c.provisional))
        if c.kind == "duplicate" and c.table == "clients":
            self._duplicate_client(c)
            return
        if c.kind == "stranded":
            self._stranded(c)
            return
        if c.kind == "merged_edit":
            self._merged_edit(c)
            return
        if c.kind == "duplicate":
            note = QLabel(self.tr(
                "The same record was created on two workstations before they had seen each "
                "other. One of them is kept, the same one on every workstation; this copy "
                "waits unwritten. Add anything it had that the kept one lacks."), self.detail)
            note.setWordWrap(True)
            self.grid.addWidget(note, 0, 0)
            return
        for col, v in enumerate(c.versions):
            if c.kind == "plans_agreed":
                break
            shown = c.kind == "field" and v.value == c.provisional
            box = QGroupBox(v.device_name + (self.tr(" – shown for now") if shown else ""),
                            self.detail)
            bl = QVBoxLayout(box)
            value = self._value_text(c, v.value) if (col == 0 or c.kind == "field") else \
                self.tr("Edited: %1").replace("%1", str(v.value))
            text = QPlainTextEdit(value, box)
            text.setReadOnly(True)
            text.setAccessibleName(self.tr("Version %1").replace("%1", str(col + 1)))
            text.setMaximumHeight(90)
            bl.addWidget(text)
            who = v.user or self.tr("unknown")
            bl.addWidget(QLabel(self.tr("%1, %2").replace("%1", who).replace(
                "%2", formats.format_datetime(v.at)), box))
            if c.kind == "field" or col == 0:
                keep = QPushButton(self.tr("Keep this"), box)
                keep.clicked.connect(lambda _=False, value=v.value: self.decide(value))
                bl.addWidget(keep)
            elif c.field == "deleted_at":
                keep = QPushButton(self.tr("Keep, not deleted"), box)
                keep.clicked.connect(lambda _=False: self.decide(None))
                bl.addWidget(keep)
            self.grid.addWidget(box, 0, col)
        if c.kind == "plans_agreed":
            self.grid.addWidget(QLabel(self.tr("Open the client's plan to compare the versions "
                                               "and agree on one."), self.detail), 0, 0)

    def _note(self, text: str, *buttons: QPushButton) -> None:
        """The words of a conflict, and its buttons on a row below, right-aligned."""
        note = QLabel(text, self.detail)
        note.setWordWrap(True)
        self.grid.addWidget(note, 0, 0)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        holder = QWidget(self.detail)
        holder.setLayout(row)
        self.grid.addWidget(holder, 1, 0)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self.detail)
        button.clicked.connect(lambda: slot())
        return button

    def _duplicate_client(self, c) -> None:
        self.merge_button = self._button(self.tr("Merge into the kept client…"),
                                         self.merge_copy)
        self._note(self.tr(
            "%1 was added on two workstations before they had seen each other. One client "
            "is kept, the same one on every workstation; the other copy waits unwritten "
            "with what was recorded on it. Merge the copy into the kept client: its entries, "
            "measures, plans and consents move to the kept client, and details the kept "
            "client lacks are filled in from the copy. The merge is made for the whole team."
        ).replace("%1", c.client_name.strip() or self.tr("A client")), self.merge_button)

    def _stranded(self, c) -> None:
        name = c.client_name.strip() or self.tr("A client")
        text = self.tr(
            "Entries (%1) were written for %2 on a workstation, but this client record "
            "has been removed, so they belong to no client now. ").replace(
            "%1", str(len(c.versions))).replace("%2", name)
        text += self.tr("%1 has the same henkilötunnus: move the entries there, or "
                        "discard them.").replace("%1", c.kept_name) if c.client_id else \
            self.tr("No client here has the same henkilötunnus: discard the entries, or "
                    "add the client again and come back.")
        self.move_button = self._button(self.tr("Move to %1").replace("%1", c.kept_name),
                                        lambda: self.place(c.client_id))
        self.move_button.setVisible(bool(c.client_id))
        self.discard_button = self._button(self.tr("Discard…"), lambda: self.place(None))
        self._note(text + " " + self.tr("The choice is made for the whole team."),
                   self.move_button, self.discard_button)

    def _merged_edit(self, c) -> None:
        v = next((v for v in c.versions if v.value == c.provisional), c.versions[-1])
        name = c.client_name.strip() or "–"
        self.use_button = self._button(self.tr("Use for %1").replace("%1", name),
                                       lambda: self._run(duplicates.settle_late_edit,
                                                         c.row_id, c.field, True))
        self.leave_button = self._button(self.tr("Leave as it is"),
                                         lambda: self._run(duplicates.settle_late_edit,
                                                           c.row_id, c.field, False))
        self._note(self.tr(
            "On workstation %1, %2 changed “%3” to “%4” on the second copy of %5, not yet "
            "knowing that the copies had been merged. Use the value for %5, or leave the "
            "details as they are. The choice is made for the whole team.").replace("%1", v.device_name).replace(
            "%2", v.user or self.tr("unknown")).replace("%3", self._field_label(c)).replace(
            "%4", self._value_text(c, v.value)).replace("%5", name),
            self.use_button, self.leave_button)

    def _run(self, op, *args) -> None:
        """A decision for the team; its error shows next to the buttons."""
        try:
            op(self.store, *args)
        except StoreError as exc:
            self.error.show_error(exc.message)
            return
        self.refresh()

    def place(self, client_id) -> None:
        c = self._current()
        if c is None:
            return
        if client_id is None and QMessageBox.question(
                self, self.tr("Discard the entries"),
                self.tr("Discard the entries written for %1 on every workstation? This "
                        "cannot be undone.").replace("%1", c.client_name.strip() or "–"),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No) != QMessageBox.Yes:
            return
        self._run(stranded.place, c.row_id, client_id)

    def _current(self):
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def merge_copy(self) -> None:
        c = self._current()
        if c is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Merge the copy"),
            self.tr("Merge the copy of %1 into the kept client %2? Everything recorded on the "
                    "copy moves to the kept client. This cannot be undone.").replace(
                "%1", c.client_name.strip() or "–").replace("%2", c.kept_name),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        self._run(duplicates.merge_duplicate, c.row_id)

    def decide(self, value) -> None:
        c = self._current()
        if c is not None:
            self._run(conflicts.decide, c.table, c.row_id, c.field, value)

