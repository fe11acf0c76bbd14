"""Team view of measures: change per PROM measure, and follow-ups due / overdue.

THL advises judging the inclusion indicator at team level first: here it is.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from tyokykytiimi.models.instruments import definition
from tyokykytiimi.store import measures as ops
from tyokykytiimi.ui.events import bus
from tyokykytiimi.ui.widgets import emphasise, state_colour, state_icon
from tyokykytiimi.ui.measures.common import due_state_label, fmt_date, fmt_num, lang, title


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.setTabKeyNavigation(False)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
    return t


class TeamMeasuresView(QWidget):
    def __init__(self, store, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("Change from baseline to the 6-month follow-up, clients with both"))
        emphasise(head, 1.4)
        layout.addWidget(head)
        self.stats = _table([self.tr("Measure"), self.tr("n"), self.tr("Mean at start"),
                             self.tr("Mean at follow-up"), self.tr("Mean change"),
                             self.tr("Median change"), self.tr("Improved"), self.tr("Same"),
                             self.tr("Worse")])
        head.setBuddy(self.stats)
        layout.addWidget(self.stats, 3)
        note = QLabel(self.tr("Only complete answers count. A change of less than 2 points in "
                              "the work-ability score is shown as the same."))
        note.setWordWrap(True)
        layout.addWidget(note)
        head2 = QLabel(self.tr("Follow-ups due and overdue"))
        emphasise(head2, 1.4)
        layout.addWidget(head2)
        self.due = _table([self.tr("Client"), self.tr("Started"), self.tr("Window"),
                           self.tr("State")])
        head2.setBuddy(self.due)
        layout.addWidget(self.due, 2)
        bus.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, area: str, _client_id: str) -> None:
        if area in ("measures", "clients"):
            self.refresh()

    def refresh(self) -> None:
        stats = ops.team_change_stats(self.store)
        self.stats.setRowCount(len(stats))
        for i, st in enumerate(stats):
            name = title(st.instrument_id)
            if st.area:
                item = next(it for it in definition(st.instrument_id).items if it.id == st.area)
                name = f"{name}: {item.number}. {item.label[lang()]}"
            values = [name, str(st.n), fmt_num(st.mean_baseline), fmt_num(st.mean_followup),
                      ("+" if (st.mean or 0) > 0 else "") + fmt_num(st.mean),
                      fmt_num(st.median), str(st.improved), str(st.same), str(st.worse)]
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                if c:
                    cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.stats.setItem(i, c, cell)
        self.stats.resizeColumnsToContents()
        self.stats.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        due = ops.followups_due(self.store, self.today)
        self.due.setRowCount(len(due))
        for i, d in enumerate(due):
            first, target, last = d.window
            state = due_state_label(d.state)
            if d.state == "upcoming":
                state += " – " + self.tr("window opens in: %1 d").replace(
                    "%1", str((first - self.today).days))
            elif d.state != "overdue":  # listed for the whole window, with the days left
                state += " – " + self.tr("days left: %1").replace(
                    "%1", str((last - self.today).days))
            values = [d.name, fmt_date(d.started_on), f"{fmt_date(first)}–{fmt_date(last)}",
                      state]
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                cell.setData(Qt.UserRole, d.client_id)
                if d.state == "overdue":  # the state column says it in words too
                    cell.setForeground(state_colour(
                        "overdue", self.due.palette(), (QPalette.Base, QPalette.AlternateBase)))
                    if c == len(values) - 1:
                        cell.setIcon(state_icon("overdue"))
                self.due.setItem(i, c, cell)
        self.due.resizeColumnsToContents()
        self.due.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
