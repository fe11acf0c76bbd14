"""Item model of the client list: rows fetched once, filtered and sorted in memory."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QPalette

from ...models.clients import name_sort_key
from ...store.clients import ClientRow, filter_rows
from ..widgets import state_colour, state_icon
from . import labels

COLUMNS = ("name", "identifier", "phone", "step", "case_manager", "due", "status")


class ClientTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[ClientRow] = []
        self._rows: list[ClientRow] = []
        self._filter: tuple = ("", {})
        self._sort = (0, Qt.AscendingOrder)
        self._steps = labels.steps()
        self._statuses = labels.statuses()
        self._kinds = labels.due_kinds()
        self._states = labels.due_states()
        self._headers = [self.tr("Name"), self.tr("Henkilötunnus"), self.tr("Phone"),
                         self.tr("Path step"), self.tr("Case manager"), self.tr("Next due"),
                         self.tr("Status")]

    # data in -----------------------------------------------------------------
    def set_rows(self, rows: list[ClientRow]) -> None:
        self._all = rows
        self._apply()

    def set_filter(self, text: str = "", **filters) -> None:
        self._filter = (text, filters)
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        text, filters = self._filter
        self._rows = filter_rows(self._all, text, **filters)
        self._sort_rows()
        self.endResetModel()

    def row_at(self, row: int) -> ClientRow:
        return self._rows[row]

    def total(self) -> int:
        return len(self._all)

    # Qt ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            if col == "name":
                return r.name
            if col == "identifier":
                return r.identifier
            if col == "phone":
                return r.phone
            if col == "step":
                return self._steps.get(r.path_step, str(r.path_step))
            if col == "case_manager":
                return r.case_manager
            if col == "due":
                if not r.next_due_kind:
                    return ""
                state = self._states.get(r.next_due_state, "")
                text = f"{self._kinds[r.next_due_kind]} {labels.fmt_date(r.next_due_date)}"
                return f"{text} ({state})" if state else text
            if col == "status":
                return self._statuses.get(r.status, r.status)
        if col == "due" and r.next_due_state == "overdue":
            # The text says "(overdue)"; colour and sign only add to it.
            if role == Qt.ForegroundRole:
                return state_colour("overdue", roles=(QPalette.Base, QPalette.AlternateBase))
            if role == Qt.DecorationRole:
                return state_icon("overdue")
        if role == Qt.UserRole:
            return r.id
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        col = COLUMNS[column]
        far = date.max
        keys = {
            "name": lambda r: r.sort_name,
            "identifier": lambda r: r.identifier,
            "phone": lambda r: r.phone,
            "step": lambda r: (r.path_step, r.sort_name),
            "case_manager": lambda r: (name_sort_key(r.case_manager), r.sort_name),
            "due": lambda r: (r.next_due_date or far, r.sort_name),
            "status": lambda r: (r.status, r.sort_name),
        }
        self._rows.sort(key=keys[col], reverse=(order == Qt.DescendingOrder))
