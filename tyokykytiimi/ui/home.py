"""Home page: what is overdue, due today and due this week — mine or the whole team's."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..store.due_list import BUCKETS, home_lists
from .clients import labels
from .events import bus
from .widgets import emphasise, set_state_colour


class HomePage(QWidget):
    client_requested = Signal(str)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("HomePage", "Home")

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Due items"))
        emphasise(title, 1.6)
        top.addWidget(title)
        top.addStretch(1)
        self.whose = QComboBox()
        self.whose.addItem(self.tr("My clients"), store.user.id)
        self.whose.addItem(self.tr("The whole team"), None)
        self.whose.setAccessibleName(self.tr("Whose clients"))
        self.whose.currentIndexChanged.connect(self.reload)
        top.addWidget(self.whose)
        layout.addLayout(top)
        titles = {"overdue": self.tr("Overdue"), "today": self.tr("Due today"),
                  "this_week": self.tr("Due this week")}
        self.tables: dict[str, QTableWidget] = {}
        self.headings: dict[str, QLabel] = {}
        self._titles = titles
        for b in BUCKETS:
            heading = QLabel(titles[b])
            emphasise(heading)
            if b == "overdue":  # the heading says it; the colour only adds to it
                set_state_colour(heading, "overdue")
            table = QTableWidget(0, 4)
            table.setHorizontalHeaderLabels([self.tr("Client"), self.tr("What"),
                                             self.tr("Due date"), self.tr("Case manager")])
            table.setEditTriggers(QAbstractItemView.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectRows)
            table.setTabKeyNavigation(False)  # arrows move inside, Tab moves on
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
            table.activated.connect(lambda index, t=table: self._open(t, index.row()))
            table.cellDoubleClicked.connect(lambda r, _c, t=table: self._open(t, r))
            heading.setBuddy(table)  # the heading names the table for assistive technology
            layout.addWidget(heading)
            layout.addWidget(table, 1)
            self.tables[b] = table
            self.headings[b] = heading
        # A bound method, not a lambda: Qt drops the connection when this page is deleted.
        bus.changed.connect(self._on_changed)
        self.reload()
        if not any(t.rowCount() for t in self.tables.values()):
            self.whose.setCurrentIndex(1)  # nothing of one's own: show the team's

    def _on_changed(self, *_args) -> None:
        self.reload()

    def reload(self) -> None:
        lists = home_lists(self.store, user_id=self.whose.currentData())
        kinds = labels.due_kinds()
        for b, table in self.tables.items():
            lines = lists[b]
            sign = "⚠ " if b == "overdue" and lines else ""
            self.headings[b].setText(f"{sign}{self._titles[b]} ({len(lines)})")
            table.setRowCount(len(lines))
            for i, line in enumerate(lines):
                cells = [f"{line.name}  {line.identifier}", kinds[line.kind],
                         labels.fmt_date(line.due_date), line.case_manager or "–"]
                for j, v in enumerate(cells):
                    item = QTableWidgetItem(v)
                    item.setData(Qt.UserRole, line.client_id)
                    table.setItem(i, j, item)

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.client_requested.emit(item.data(Qt.UserRole))
