"""Item model of the client list: rows fetched once, indexed, filtered per keystroke.

The rows stay in one list in the current sort order; a filter is a list of
positions into it. Typing on (the new text extends the old) narrows the last
result instead of scanning every client again, and deleting goes back to a
result kept for that shorter text, so a keystroke at 10,000 clients costs a
scan of at most the rows still shown. Only the rows in view are drawn.

``prefetch(store, snap)`` reads the rows off the UI thread (after the home
page's lists, sharing their snapshot), so the first opening of the list is
quick; a change anywhere drops what was prefetched.
"""
from __future__ import annotations

import weakref
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QPalette

from ...models.clients import name_sort_key
from ...store.clients import ClientRow, client_rows
from .. import background
from ..events import bus
from ..widgets import state_colour, state_icon
from . import labels

COLUMNS = ("name", "identifier", "phone", "step", "case_manager", "due", "status")
SHOW = ("all", "due", "prom_due", "flagged")  # the "Show" filter's choices
_CACHED_TEXTS = 32  # results kept for the texts typed lately (deleting goes back to them)


class ClientTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[ClientRow] = []  # in the current sort order
        self._texts: list[str] = []
        self._base: list[int] = []  # positions passing the choice filters
        self._shown: list[int] = []  # positions passing those and the search text
        self._by_text: dict[str, list[int]] = {}
        self._text = ""
        self._choices: dict = {}
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
        self.beginResetModel()
        self._all = list(rows)
        self._order()
        self._rebase()
        self.endResetModel()

    def set_filter(self, text: str = "", *, step: int | None = None, status: str | None = None,
                   case_manager_user_id: str | None = None, show: str = "all",
                   due_only: bool = False) -> None:
        choices = dict(step=step, status=status, cm=case_manager_user_id,
                       show="due" if due_only and show == "all" else show)
        self.beginResetModel()
        if choices != self._choices:
            self._choices = choices
            self._rebase()
        self._search(text)
        self.endResetModel()

    def row_at(self, row: int) -> ClientRow:
        return self._all[self._shown[row]]

    def total(self) -> int:
        return len(self._all)

    # filtering ---------------------------------------------------------------------
    def _rebase(self) -> None:
        c = self._choices
        step, status, cm, show = (c.get("step"), c.get("status"), c.get("cm"),
                                  c.get("show", "all"))
        test = {"all": None, "due": lambda r: r.due_or_overdue,
                "prom_due": lambda r: r.prom_due, "flagged": lambda r: r.flagged}[show]
        self._base = [i for i, r in enumerate(self._all)
                      if (step is None or r.path_step == step)
                      and (status is None or r.status == status)
                      and (cm is None or r.case_manager_user_id == cm)
                      and (test is None or test(r))]
        self._by_text = {"": self._base}
        self._text = ""
        self._shown = self._base

    def _search(self, text: str) -> None:
        text = text.casefold()
        found = self._by_text.get(text)
        if found is None:
            # Any row matching ``text`` matches each shorter text it starts with.
            start = max((t for t in self._by_text if text.startswith(t)), key=len)
            texts, words = self._texts, text.split()
            if len(words) == 1:
                word = words[0]
                found = [i for i in self._by_text[start] if word in texts[i]]
            else:
                found = [i for i in self._by_text[start]
                         if all(w in texts[i] for w in words)]
            if len(self._by_text) > _CACHED_TEXTS:
                self._by_text = {t: v for t, v in self._by_text.items()
                                 if t == "" or text.startswith(t)}
            self._by_text[text] = found
        self._text = text
        self._shown = found

    # Qt ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self._all[self._shown[index.row()]]
        col = COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            if col == "name":
                return f"⚠ {r.name}" if r.flagged else r.name
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
        if col == "name" and r.flagged and role == Qt.ToolTipRole:
            return self.tr("Safety flag not yet acknowledged")
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
        if (column, order) == self._sort:
            return
        self._sort = (column, order)
        self.beginResetModel()
        text = self._text
        self._order()
        self._rebase()  # positions changed: filter again in the new order
        self._search(text)
        self.endResetModel()

    def _order(self) -> None:
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
        self._all.sort(key=keys[col], reverse=(order == Qt.DescendingOrder))
        self._texts = [r.search_text for r in self._all]


# --- prefetching -------------------------------------------------------------------------

_prefetched: dict[int, tuple[object, list[ClientRow]]] = {}
_generation = [0]
_prefetch_connected: list[bool] = []
_served = weakref.WeakSet()  # stores whose list has been opened: no more reading ahead


def _forget(*_args) -> None:
    _generation[0] += 1
    _prefetched.clear()


def prefetch(store, snap=None) -> None:
    """Read the client list's rows off the UI thread for the list's first opening."""
    if id(store) in _prefetched or store in _served:
        return
    if not _prefetch_connected:
        bus.changed.connect(_forget)
        _prefetch_connected.append(True)
    generation = _generation[0]

    def arrived(rows) -> None:
        if generation == _generation[0]:
            _prefetched[id(store)] = (store, rows)

    background.load(lambda: client_rows(store, audit=False, snap=snap), arrived,
                    lambda _exc: None)



def take_prefetched(store) -> list[ClientRow] | None:
    """The rows read ahead for ``store`` (once), or None."""
    _served.add(store)
    found = _prefetched.pop(id(store), None)
    return found[1] if found is not None and found[0] is store else None
