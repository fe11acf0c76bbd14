"""Quick entry of measures from the keyboard, with the client beside the nurse.

Keys (also shown under the grid):

- ``0``–``9`` answer the current item; the cursor moves on by itself.
- On a 0–10 item ``+`` is 10. Every digit is one answer, at any typing speed:
  no timer decides between "1 then 0" and "10" (a timer once shifted every
  later answer when the nurse typed fast).
- ``Space`` (or ``-``) leaves the item unanswered (shown "–") and moves on.
- ``Backspace`` clears the current answer, or steps back and clears the
  previous one. Up/Down move without changing anything.
- BDI "total only": digits then ``Enter`` for the total; the item-9 box takes
  ``1`` = yes, ``0`` = no.
- ``Ctrl+S`` saves.

The PROM follow-up set (work-ability score + inclusion indicator + 3X10D) is
21 answers; with the form opening on the set and the suggested time point,
that is 21 keys + Ctrl+S = 22 keystrokes.

Saving never closes a due measurement by accident: a section with no answers
is not saved (the form says which), skipped items are named and the set is
stored as incomplete after the nurse agrees, and "the client declined to
answer" records its reason.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from tyokykytiimi.models.instruments import definition, list_instruments, prom_set, score
from tyokykytiimi.models.measures import SITUATION_OUTLINES, TIME_POINTS, AnswerSet
from tyokykytiimi.store import measures as ops
from tyokykytiimi.store.errors import InvalidInput
from tyokykytiimi.ui.events import announce
from tyokykytiimi.ui.saved import tell_saved
from tyokykytiimi.ui.measures.common import band_label, fmt_num, lang, time_point_label, title
from tyokykytiimi.ui.widgets import FieldError, state_background
from ...formats import format_date

PROM_SET = "prom"


@dataclass
class Cell:
    kind: str  # "item" | "total" | "yesno"
    values: tuple[int, ...]
    label: str
    number: int | None = None
    value: int | None = None
    skipped: bool = False
    buffer: str = ""  # digits typed so far for a total


@dataclass
class Section:
    instrument_id: str
    outline: str | None = None  # situation picture: start / now / target
    total_only: bool = False
    cells: list[Cell] = field(default_factory=list)
    declined_reason: str | None = None

    def is_empty(self) -> bool:
        return all(c.value is None for c in self.cells)

    def skipped_numbers(self) -> list[int]:
        return [c.number or i + 1 for i, c in enumerate(self.cells)
                if c.value is None and c.kind == "item"]

    def answers(self) -> list[int | None]:
        if self.total_only:
            return [self.cells[0].value]
        return [c.value for c in self.cells]

    def safety_answer(self) -> bool | None:
        if self.total_only and len(self.cells) > 1 and self.cells[1].value is not None:
            return bool(self.cells[1].value)
        return None


def _item_cells(instrument_id: str) -> list[Cell]:
    d = definition(instrument_id)
    return [Cell("item", it.values, it.label[lang()], it.number) for it in d.items]


class AnswerGrid(QTableWidget):
    """The items as rows; keyboard-driven. Section headings are rows too."""

    changed = Signal()
    message = Signal(str)
    save_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Answer"), self.tr("Scale")])
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.StrongFocus)
        f = self.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.setFont(f)
        self.sections: list[Section] = []
        self.order: list[tuple[int, int]] = []  # (section, cell) per answer row
        self.rows: list[int] = []  # table row of each answer position
        self.heading_rows: list[int] = []
        self.pos = 0

    # -- layout ---------------------------------------------------------
    def set_sections(self, sections: list[Section]) -> None:
        self.sections = sections
        self.setRowCount(0)
        self.order, self.rows, self.heading_rows = [], [], []
        for si, sec in enumerate(sections):
            r = self.rowCount()
            self.insertRow(r)
            self.heading_rows.append(r)
            self.setSpan(r, 0, 1, 3)
            for ci, cell in enumerate(sec.cells):
                r = self.rowCount()
                self.insertRow(r)
                self.order.append((si, ci))
                self.rows.append(r)
        self.pos = 0
        self.refresh()
        self._select()

    def cell_at(self, pos: int | None = None) -> Cell | None:
        pos = self.pos if pos is None else pos
        if 0 <= pos < len(self.order):
            si, ci = self.order[pos]
            return self.sections[si].cells[ci]
        return None

    def _scale_text(self, cell: Cell) -> str:
        if cell.kind == "yesno":
            return self.tr("1 = yes, 0 = no")
        if cell.kind == "total":
            return f"{cell.values[0]}–{cell.values[-1]}, Enter"
        vs = cell.values
        if vs == tuple(range(vs[0], vs[-1] + 1)):
            return f"{vs[0]}–{vs[-1]}" + ("  " + self.tr("(10 = +)") if 10 in vs else "")
        return ", ".join(map(str, vs))

    def refresh(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for si, sec in enumerate(self.sections):
            head = QTableWidgetItem(self.section_title(sec) + "   " + self.summary(sec))
            head.setFont(bold)
            head.setBackground(QBrush(state_background("heading", self.palette(),
                                                       QPalette.Base, amount=0.2)))
            head.setFlags(Qt.ItemIsEnabled)
            self.setItem(self.heading_rows[si], 0, head)
        for pos, (si, ci) in enumerate(self.order):
            cell = self.sections[si].cells[ci]
            r = self.rows[pos]
            label = f"{cell.number}. {cell.label}" if cell.number else cell.label
            if cell.kind == "total" and cell.buffer:
                answer = cell.buffer + "…"
            elif cell.value is not None:
                answer = (self.tr("yes") if cell.value else self.tr("no")) \
                    if cell.kind == "yesno" else str(cell.value)
            else:
                answer = "–" if cell.skipped else ""
            a = QTableWidgetItem(answer)
            a.setTextAlignment(Qt.AlignCenter)
            a.setFont(bold)
            if cell.skipped and cell.value is None:
                a.setToolTip(self.tr("unanswered"))  # shown as "–", tinted too
                a.setBackground(QBrush(state_background("warning", self.palette(),
                                                        QPalette.Base, amount=0.25)))
            self.setItem(r, 0, QTableWidgetItem(label))
            self.setItem(r, 1, a)
            self.setItem(r, 2, QTableWidgetItem(self._scale_text(cell)))
        self.changed.emit()

    def section_title(self, sec: Section) -> str:
        text = title(sec.instrument_id)
        if sec.outline:
            outline = next(o for o in definition("situation").raw["outlines"]
                           if o["id"] == sec.outline)
            text += " – " + outline["label"][lang()]
        return text

    def summary(self, sec: Section) -> str:
        """The running total and band (or the neutral numbers) of one section."""
        if sec.declined_reason:
            return self.tr("client declined to answer: %1").replace("%1", sec.declined_reason)
        d = definition(sec.instrument_id)
        answers = sec.answers()
        done = sum(v is not None for v in answers)
        if not d.has_total:
            return self.tr("answered %1 / %2").replace("%1", str(done)).replace(
                "%2", str(len(answers)))
        try:
            s = score(sec.instrument_id, answers, safety_answer=sec.safety_answer())
        except ValueError:
            return ""
        if s.total is not None:
            text = self.tr("total %1").replace("%1", str(s.total))
            if d.show_mean and s.mean is not None:
                text += " " + self.tr("(mean %1)").replace("%1", fmt_num(s.mean))
            if s.band:
                text += " – " + band_label(sec.instrument_id, s.band)
            return text
        running = sum(v for v in answers if v is not None)
        missing = sum(1 for c in sec.cells[:len(answers)] if c.skipped and c.value is None)
        text = self.tr("so far %1 (%2 of %3 answered)").replace("%1", str(running)).replace(
            "%2", str(done)).replace("%3", str(len(answers)))
        if missing:
            text += " – " + self.tr("incomplete: no total")
        return text

    def _select(self) -> None:
        if self.order:
            self.pos = max(0, min(self.pos, len(self.order)))
            row = self.rows[min(self.pos, len(self.order) - 1)]
            self.setCurrentCell(row, 1)
            self.scrollToItem(self.item(row, 0) or QTableWidgetItem(),
                              QAbstractItemView.PositionAtCenter)

    def goto(self, pos: int) -> None:
        self.pos = max(0, min(pos, len(self.order) - 1))
        self._select()

    # -- keys -------------------------------------------------------------
    def _advance(self) -> None:
        if self.pos < len(self.order) - 1:
            self.pos += 1
        self.refresh()
        self._select()

    def _set(self, value: int | None, skipped: bool = False) -> None:
        cell = self.cell_at()
        if cell is None:
            return
        cell.value, cell.skipped, cell.buffer = value, skipped, ""
        if value is not None:
            self.sections[self.order[self.pos][0]].declined_reason = None
        self.message.emit("")
        self._advance()

    def has_input(self) -> bool:
        return any(c.value is not None or c.buffer for sec in self.sections for c in sec.cells)

    def keyPressEvent(self, event) -> None:  # noqa: C901 - one switch over keys
        key, text = event.key(), event.text()
        cell = self.cell_at()
        if event.matches(QKeySequence.Save):  # also when the shortcut is not active
            self.save_requested.emit()
            return
        if cell is None or event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            return super().keyPressEvent(event)
        if key in (Qt.Key_Up,):
            self.goto(self.pos - 1)
            return
        if key in (Qt.Key_Down, Qt.Key_Tab):
            self.goto(self.pos + 1)
            return
        if key == Qt.Key_Backspace:
            if cell.kind == "total" and cell.buffer:
                cell.buffer = cell.buffer[:-1]
            elif cell.value is not None or cell.skipped:
                cell.value, cell.skipped = None, False
            elif self.pos > 0:
                self.pos -= 1
                prev = self.cell_at()
                prev.value, prev.skipped, prev.buffer = None, False, ""
            self.refresh()
            self._select()
            return
        if key == Qt.Key_Space or text == "-":
            self._set(None, skipped=True)
            return
        if cell.kind == "total":
            if text.isdigit() and len(cell.buffer) < 3:
                cell.buffer += text
                self.refresh()
            elif key in (Qt.Key_Return, Qt.Key_Enter) and cell.buffer:
                value = int(cell.buffer)
                if value not in cell.values:
                    cell.buffer = ""
                    self.refresh()
                    self.message.emit(self.tr("The total must be %1–%2.").replace(
                        "%1", str(cell.values[0])).replace("%2", str(cell.values[-1])))
                    return
                self._set(value)
            return
        if cell.kind == "yesno":
            if text in ("0", "1"):
                self._set(int(text))
            return
        if text == "+" and 10 in cell.values:
            self._set(10)
            return
        if text.isdigit() and len(text) == 1:
            digit = int(text)
            if digit not in cell.values:
                allowed = ", ".join(map(str, cell.values))
                self.message.emit(self.tr("Item %1: allowed answers are %2.").replace(
                    "%1", str(cell.number or "")).replace("%2", allowed))
                return
            self._set(digit)
            return
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self.goto(self.pos + 1)
            return
        super().keyPressEvent(event)


class EntryForm(QWidget):
    """Choose the set and time point, type the answers, Ctrl+S saves.

    ``correcting`` (an AnswerSet) opens the form on that row's answers; saving
    writes a corrected version and keeps the old one.
    """

    saved = Signal(list)  # the AnswerSet rows written

    def __init__(self, store, client_id: str, parent=None, *, today: date | None = None,
                 correcting: AnswerSet | None = None):
        super().__init__(parent)
        self.store, self.client_id = store, client_id
        self.today = today or date.today()
        self.correcting = correcting
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.set_combo = QComboBox()
        self.set_combo.addItem(self.tr("PROM follow-up set (work ability, inclusion, 3X10D)"),
                               PROM_SET)
        for inst in list_instruments():
            self.set_combo.addItem(title(inst), inst)
        self.time_combo = QComboBox()
        for tp in TIME_POINTS:
            self.time_combo.addItem(time_point_label(tp), tp)
        self.date_edit = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d.M.yyyy")
        self.total_only = QCheckBox(self.tr("BDI: enter the total only (with the item-9 box)"))
        self.total_only.hide()
        form.addRow(self.tr("&Measure"), self.set_combo)
        form.addRow(self.tr("&Time point"), self.time_combo)
        form.addRow(self.tr("Answered &on"), self.date_edit)
        form.addRow("", self.total_only)
        layout.addLayout(form)
        self.window_note = QLabel()
        self.window_note.setWordWrap(True)
        layout.addWidget(self.window_note)
        self.grid = AnswerGrid(self)
        self.grid.setAccessibleName(self.tr("Answers"))
        layout.addWidget(self.grid, 1)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        help_text = QLabel(self.tr(
            "Keys: 0–9 answer and move on; every digit is one answer · 10 = + (plus key) · "
            "Space = unanswered · Backspace = back · Ctrl+S = save"))
        help_text.setWordWrap(True)
        self.grid.setAccessibleDescription(help_text.text())
        layout.addWidget(help_text)
        buttons = QHBoxLayout()
        self.decline_button = QPushButton(self.tr("Client &declined to answer…"))
        self.decline_button.clicked.connect(lambda: self.decline())
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.Save, self, activated=lambda: self.save())
        self.grid.message.connect(self.error.show_error)
        self.grid.save_requested.connect(lambda: self.save())
        self.set_combo.currentIndexChanged.connect(self._rebuild)
        self.total_only.toggled.connect(self._rebuild)
        self.time_combo.currentIndexChanged.connect(self._update_window_note)
        self.date_edit.dateChanged.connect(self._update_window_note)

        if correcting is not None:
            self.set_combo.setCurrentIndex(self.set_combo.findData(correcting.instrument_id))
            self.set_combo.setEnabled(False)
            self.time_combo.setCurrentIndex(self.time_combo.findData(correcting.time_point))
            d = correcting.answered_on
            self.date_edit.setDate(QDate(d.year, d.month, d.day))
            self.total_only.setChecked(correcting.total_only)
            self._rebuild()
            self._prefill(correcting)
            self.decline_button.hide()
            self._initial = self._snapshot()
        else:
            tp = ops.suggested_time_point(store, client_id, self.today)
            self.time_combo.setCurrentIndex(self.time_combo.findData(tp))
            self._rebuild()
        self._update_window_note()
        self.grid.setFocus()

    # ---------------------------------------------------------------
    def chosen(self) -> str:
        return self.set_combo.currentData()

    def _rebuild(self) -> None:
        chosen = self.chosen()
        instruments = list(prom_set()) if chosen == PROM_SET else [chosen]
        allows_total = len(instruments) == 1 and definition(instruments[0]).total_only_allowed
        self.total_only.setVisible(allows_total)
        sections = []
        for inst in instruments:
            d = definition(inst)
            if inst == "situation":
                sections += [Section(inst, outline=o, cells=_item_cells(inst))
                             for o in SITUATION_OUTLINES]
            elif allows_total and self.total_only.isChecked():
                safety = next(i for i in d.items if i.safety_flag)
                sections.append(Section(inst, total_only=True, cells=[
                    Cell("total", tuple(range(d.total_min, d.total_max + 1)),
                         self.tr("Total score")),
                    Cell("yesno", (0, 1), self.tr("Item %1 (suicidal thoughts): any other answer "
                                                  "than the first option?").replace(
                        "%1", str(safety.number)))]))
            else:
                sections.append(Section(inst, cells=_item_cells(inst)))
        self.grid.set_sections(sections)
        self.error.show_error(None)
        self.grid.setFocus()

    def _prefill(self, row: AnswerSet) -> None:
        values = row.answer_values()
        for sec in self.grid.sections:
            vals = values[sec.outline] if sec.outline else values
            if sec.total_only:
                sec.cells[0].value = vals[0]
                if row.safety_answer is not None:
                    sec.cells[1].value = int(row.safety_answer)
                continue
            for cell, v in zip(sec.cells, vals or []):
                cell.value, cell.skipped = v, v is None
        self.grid.refresh()

    def _update_window_note(self) -> None:
        due = {d.kind: d for d in ops.client_prom_due(self.store, self.client_id, self.today)}
        fu = due.get("prom_followup")
        text = ""
        if fu and fu.window:
            first, target, last = fu.window
            text = self.tr("Follow-up window %1–%2 (target %3).").replace(
                "%1", format_date(first)).replace(
                "%2", format_date(last)).replace(
                "%3", format_date(target))
            answered = self.date_edit.date().toPython()
            if self.time_combo.currentData() == "followup" and not first <= answered <= last:
                text += " " + self.tr("This date is outside the window: the follow-up is "
                                      "saved and marked as outside the window.")
        self.window_note.setText(text)

    def _snapshot(self) -> tuple:
        return tuple((sec.declined_reason, tuple((c.value, c.buffer) for c in sec.cells))
                     for sec in self.grid.sections)

    def has_input(self) -> bool:
        """Typed answers not saved yet (a correction counts only what was changed)."""
        if self.correcting is not None:
            return self._snapshot() != self._initial
        return self.grid.has_input() or any(sec.declined_reason for sec in self.grid.sections)

    def _by_instrument(self) -> dict[str, list[Section]]:
        by: dict[str, list[Section]] = {}
        for sec in self.grid.sections:
            by.setdefault(sec.instrument_id, []).append(sec)
        return by

    def decline(self) -> None:
        """The client declined to answer the measures that have no answers yet."""
        empty = [secs for secs in self._by_instrument().values()
                 if all(s.is_empty() for s in secs) and secs[0].instrument_id != "situation"]
        if not empty:
            self.error.show_error(self.tr("Every measure here already has answers."))
            return
        names = ", ".join(title(secs[0].instrument_id) for secs in empty)
        reason, ok = QInputDialog.getText(
            self, self.tr("Client declined to answer"),
            self.tr("Why did the client decline? (%1)").replace("%1", names),
            QLineEdit.Normal, "")
        if not ok:
            return
        if not reason.strip():
            self.error.show_error(self.tr("Write why the client declined to answer."))
            return
        for secs in empty:
            for sec in secs:
                sec.declined_reason = reason.strip()
        self.error.show_error(None)
        self.grid.refresh()
        self.grid.setFocus()

    def entries(self) -> list[ops.Entry]:
        """What the form holds, one entry per instrument (empty ones included)."""
        out = []
        for inst, secs in self._by_instrument().items():
            if secs[0].declined_reason:
                out.append(ops.Entry(inst, [], declined_reason=secs[0].declined_reason))
            elif inst == "situation":
                out.append(ops.Entry(inst, {s.outline: s.answers() for s in secs}))
            else:
                sec = secs[0]
                out.append(ops.Entry(inst, sec.answers(), sec.safety_answer()))
        return out

    def _confirm_gaps(self, entries: list[ops.Entry]) -> bool:
        """Ask before saving when measures are left empty or items unanswered."""
        lines = []
        by = self._by_instrument()
        for e in entries:
            if e.declined_reason:
                continue
            if e.is_empty():
                lines.append(self.tr("%1: no answers – not saved.").replace(
                    "%1", title(e.instrument_id)))
                continue
            skipped = [n for sec in by[e.instrument_id] for n in sec.skipped_numbers()]
            if skipped:
                lines.append(self.tr("%1: items %2 unanswered – saved as incomplete.").replace(
                    "%1", title(e.instrument_id)).replace("%2", ", ".join(map(str, skipped))))
        if not lines:
            return True
        if self.time_combo.currentData() in ("baseline", "followup"):
            lines.append(self.tr("The measurement stays due until every measure is complete "
                                 "or the client has declined to answer."))
        box = QMessageBox(QMessageBox.Question, self.tr("Save incomplete answers?"),
                          "\n".join(lines), parent=self)
        yes = box.addButton(self.tr("&Save as incomplete"), QMessageBox.AcceptRole)
        back = box.addButton(self.tr("&Go back"), QMessageBox.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is yes

    def save(self) -> list[AnswerSet] | None:
        if self.grid.pos < len(self.grid.order):
            cell = self.grid.cell_at()
            if cell is not None and cell.kind == "total" and cell.buffer:
                cell.value, cell.buffer = int(cell.buffer), ""
        tp = self.time_combo.currentData()
        on = self.date_edit.date().toPython()
        try:
            if self.correcting is not None:
                e = self.entries()[0]
                rows = [ops.correct_answers(self.store, self.correcting.id, e.answers,
                                            safety_answer=e.safety_answer, answered_on=on,
                                            time_point=tp)]
            else:
                entries = self.entries()
                if all(e.is_empty() and not e.declined_reason for e in entries):
                    self.error.show_error(self.tr(
                        "No answers typed, so nothing was saved. Type the answers, or press "
                        "“Client declined to answer”."))
                    return None
                if not self._confirm_gaps(entries):
                    self.grid.setFocus()
                    return None
                rows = ops.save_answer_sets(
                    self.store, self.client_id,
                    [e for e in entries if e.declined_reason or not e.is_empty()],
                    time_point=tp, answered_on=on)
        except InvalidInput as exc:
            self.error.show_error(exc.message)
            return None
        self.error.show_error(None)
        announce("measures", self.client_id)
        tell_saved(self)
        self.saved.emit(rows)
        return rows
