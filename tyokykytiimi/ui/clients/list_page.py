"""The client list: search as you type, filters, sortable columns, Enter opens.

Every keystroke filters at once (no debounce): the model narrows indexed rows
(``table_model``), so a key press redraws the list within a frame at 10,000
clients. The first opening uses rows read ahead after sign-in when there are.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from ...store.clients import audit_client_list, case_manager_choices, client_rows
from ..background import ReloadWhenShown
from ..events import bus
from ..layout import chars_wide, lines_high, shrinkable
from . import labels
from .table_model import ClientTableModel, take_prefetched, use_plain_style


class ClientListPage(ReloadWhenShown, QWidget):
    client_requested = Signal(str)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ClientListPage", "Clients")

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, henkilötunnus or phone (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search clients"))
        top.addWidget(self.search, 3)
        self.count_label = QLabel()  # here, not in the filter row: that must fit at 200 %
        # Wide enough for any count: a label that changes width at every keystroke
        # would lay out and redraw the whole row each time.
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(
            self.tr("%1 of %2 clients").replace("%1", "88888").replace("%2", "88888")))
        self.count_label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        top.addWidget(self.count_label)
        self.new_button = QPushButton(self.tr("New client (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_client)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.step_filter = QComboBox()
        self.step_filter.addItem(self.tr("All path steps"), None)
        for step, text in labels.steps().items():
            self.step_filter.addItem(text, step)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Active and closed"), None)
        for code, text in labels.statuses().items():
            self.status_filter.addItem(text, code)
        self.status_filter.setCurrentIndex(1)  # active clients by default
        self.cm_filter = QComboBox()
        self.cm_filter.addItem(self.tr("All case managers"), None)
        for uid, name in case_manager_choices(store):
            self.cm_filter.addItem(name, uid)
        self.due_filter = QComboBox()
        for code, text in (("all", self.tr("Anything due or not")),
                           ("due", self.tr("Only due or overdue")),
                           ("prom_due", self.tr("PROM due")),
                           ("flagged", self.tr("Safety flag"))):
            self.due_filter.addItem(text, code)
        for w, text in ((self.step_filter, self.tr("Path step")),
                        (self.status_filter, self.tr("Status")),
                        (self.cm_filter, self.tr("Case manager")),
                        (self.due_filter, self.tr("Due items and flags"))):
            w.setAccessibleName(text)
            w.currentIndexChanged.connect(self._refilter)
            filters.addWidget(shrinkable(w, 12), 1)
        layout.addLayout(filters)

        self.model = ClientTableModel(self)
        self.table = QTableView()
        use_plain_style(self.table)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setTabKeyNavigation(False)  # arrows move inside, Tab moves on
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(lines_high(self.table, 1) - 2)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        # Widths follow the font (digits are wider than the average letter); the next
        # due item takes the rest, so at 1280 px every column fits without scrolling.
        # No word wrap: a long step name is cut at the column's edge ("2 Tarpeen
        # selvittäminen ja t…"), not after its first word; the tooltip holds it all.
        self.table.setWordWrap(False)
        for col, chars in enumerate((21, 17, 16, 30, 22, 0, 11)):
            if chars:
                self.table.setColumnWidth(col, chars_wide(self.table, chars))
        header.setSectionResizeMode(5, QHeaderView.Stretch)
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._text_changed)
        self.search.returnPressed.connect(self._open_first)
        # Tab follows the screen (search, New client, filters, list); Down from the
        # search goes straight to the results.
        self.search.installEventFilter(self)
        bus.changed.connect(self._on_changed)
        self.reload(take_prefetched(store))

    # public -------------------------------------------------------------------
    def reload(self, rows=None) -> None:
        if rows is None:
            rows = client_rows(self.store)
        else:
            audit_client_list(self.store, len(rows))
        self.model.set_rows(rows)
        self._refilter()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def new_client(self) -> None:
        from .client_form import NewClientDialog
        dialog = NewClientDialog(self.store, self)
        if dialog.exec() and dialog.client_id:
            self.reload()
            self.client_requested.emit(dialog.client_id)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.search and event.type() == QEvent.KeyPress and \
                event.key() == Qt.Key_Down and self.model.rowCount():
            self.table.setFocus(Qt.TabFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(obj, event)

    # internals ------------------------------------------------------------------
    def _text_changed(self, _text: str) -> None:
        self._refilter()

    def _refilter(self, *_args) -> None:
        self.model.set_filter(self.search.text(), step=self.step_filter.currentData(),
                              status=self.status_filter.currentData(),
                              case_manager_user_id=self.cm_filter.currentData(),
                              show=self.due_filter.currentData() or "all")
        self.count_label.setText(self.tr("%1 of %2 clients")
                                 .replace("%1", str(self.model.rowCount()))
                                 .replace("%2", str(self.model.total())))
        if self.model.rowCount():
            self.table.selectRow(0)

    def _open_index(self, index) -> None:
        if index.isValid():
            self.client_requested.emit(self.model.row_at(index.row()).id)

    def _open_first(self) -> None:
        self._refilter()
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self._open_index(index)

    def _on_changed(self, area: str, _client_id: str) -> None:
        if area in ("clients", "path", "screening", "measures", "plan"):
            self.reload_when_shown()  # not at every save on a client page
