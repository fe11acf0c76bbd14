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

import threading
import weakref
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QPalette

from ...models.clients import name_sort_key
from ...store.clients import ClientRow, client_rows
from ..events import bus
from ..colours import state_colour, state_icon
from . import labels

COLUMNS = ("name", "identifier", "phone", "step", "case_manager", "due", "status")
_DUE = COLUMNS.index("due")
_STEP = COLUMNS.index("step")
# Qt's enum members looked up once: reading ``Qt.DisplayRole`` costs microseconds each
# time, and data() runs for every visible cell and role at each redraw.
_DISPLAY, _FOREGROUND, _DECORATION, _USER, _TOOLTIP = (
    Qt.DisplayRole, Qt.ForegroundRole, Qt.DecorationRole, Qt.UserRole, Qt.ToolTipRole)
_HORIZONTAL = Qt.Horizontal
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
        self._texts_cache: dict[str, tuple] = {}  # client id -> the row's cell texts
        self._overdue_colour = None  # made once per model (the palette's colours)
        self._overdue_icon = None
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
        self._texts_cache = {}
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

    def headerData(self, section, orientation, role=_DISPLAY):
        if role == _DISPLAY and orientation == _HORIZONTAL:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        # Called for every visible cell and role at each redraw: the role is looked
        # at first, and a row's texts are made once and kept.
        if role == _DISPLAY:
            return self._cells(self._shown[index.row()])[index.column()]
        if role == _FOREGROUND or role == _DECORATION:
            if index.column() != _DUE:
                return None
            r = self._all[self._shown[index.row()]]
            if r.next_due_state != "overdue":
                return None
            # The text says "(overdue)"; colour and sign only add to it.
            if role == _FOREGROUND:
                if self._overdue_colour is None:
                    self._overdue_colour = state_colour(
                        "overdue", roles=(QPalette.Base, QPalette.AlternateBase))
                return self._overdue_colour
            if self._overdue_icon is None:
                self._overdue_icon = state_icon("overdue")
            return self._overdue_icon
        if role == _USER:
            return self._all[self._shown[index.row()]].id
        if role == _TOOLTIP:
            if index.column() == 0:
                if self._all[self._shown[index.row()]].flagged:
                    return self.tr("Safety flag not yet acknowledged")
            elif index.column() in (_STEP, _DUE):  # long texts a narrow column cuts short
                return self._cells(self._shown[index.row()])[index.column()] or None
        return None

    def _cells(self, pos: int) -> tuple:
        r = self._all[pos]
        cells = self._texts_cache.get(r.id)
        if cells is None:
            due = ""
            if r.next_due_kind:
                state = self._states.get(r.next_due_state, "")
                due = f"{self._kinds[r.next_due_kind]} {labels.fmt_date(r.next_due_date)}"
                if state:
                    due = f"{due} ({state})"
            cells = (f"⚠ {r.name}" if r.flagged else r.name, r.identifier, r.phone,
                     self._steps.get(r.path_step, str(r.path_step)), r.case_manager, due,
                     self._statuses.get(r.status, r.status))
            self._texts_cache[r.id] = cells
        return cells

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


# --- drawing ------------------------------------------------------------------------------

def use_plain_style(view) -> None:
    """Fusion without the accessible style's Python hooks, for a large data table.

    Those hooks only add edges to check boxes, radio buttons and text fields, none
    of which a table cell has; without them a redraw of a full list makes no
    call into Python per cell. The focus ring is drawn elsewhere and stays.
    """
    from PySide6.QtWidgets import QStyleFactory
    style = QStyleFactory.create("Fusion")
    style.setParent(view)  # lives and goes with the view
    view.setStyle(style)


# --- prefetching ---------------------------------------------------------------------------

_lock = threading.Lock()
# Keyed by the store itself (weakly): an id() can come back for another store.
_prefetched: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_generation = [0]
_served = weakref.WeakSet()  # stores whose list has been opened: no more reading ahead
_connected: list[bool] = []


def _forget(*_args) -> None:
    with _lock:
        _generation[0] += 1
        _prefetched.clear()


def prefetch(store, snap=None) -> None:
    """Read the client list's rows in a thread, for the list's first opening.

    May be called from any thread (the home page calls it from its own reading
    thread, as soon as its snapshot is there). A change anywhere drops the rows.
    """
    with _lock:
        if store in _prefetched or store in _served:
            return
        generation = _generation[0]
        box: list = []

        def read() -> None:
            try:
                box.append(client_rows(store, audit=False, snap=snap))
            except Exception:  # the list then reads for itself when opened
                pass

        thread = threading.Thread(target=read, name="client-list-prefetch", daemon=True)
        thread.start()  # before anyone can find it and wait for it
        _prefetched[store] = (generation, thread, box)


def connect_changes() -> None:
    """Drop read-ahead rows whenever data changes (called on the UI thread)."""
    if not _connected:
        bus.changed.connect(_forget)
        _connected.append(True)


def take_prefetched(store) -> list[ClientRow] | None:
    """The rows read ahead for ``store`` (waiting for a read under way), once; or None."""
    with _lock:
        _served.add(store)
        found = _prefetched.pop(store, None)
        generation = _generation[0]
    if found is None:
        return None
    started, thread, box = found
    thread.join(30)  # already under way since sign-in: quicker than reading again
    if thread.is_alive():
        return None
    with _lock:
        fresh = started == _generation[0] == generation
    return box[0] if fresh and box else None
