"""Home page: what needs doing — mine or the whole team's — and the team's meetings.

Left: the doctor's attention (unacknowledged safety flags, for every role),
then overdue, today, the rest of this calendar week and later (30 days; a
follow-up for its whole window). Right: the meetings of this week and next
week by day, and the quiet clients (no recorded contact for six weeks).

The lists are read off the UI thread (``background.load``) from one snapshot
of the team's data; switching between "my clients" and "the whole team" only
regroups that snapshot. The page says "Loading…" until they arrive.
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QSplitter, QTableView, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..formats import format_time, local_time
from ..store.errors import StoreError
from ..store.due_list import (BUCKETS, HomeLists, audit_home_lists, lists_from, snapshot,
                              week_start)
from . import background
from .clients import labels
from .clients.table_model import connect_changes, prefetch, use_plain_style
from .events import bus
from .colours import set_state_colour, state_colour, state_icon
from .layout import chars_wide, emphasise, fixed_columns, lines_high
from .. import clock


# Looked up once: each ``Qt.X`` read costs microseconds, and data() runs per cell and role.
_DISPLAY, _TOOLTIP, _USER, _FOREGROUND, _DECORATION, _HORIZONTAL = (
    Qt.DisplayRole, Qt.ToolTipRole, Qt.UserRole, Qt.ForegroundRole, Qt.DecorationRole,
    Qt.Horizontal)


class LinesModel(QAbstractTableModel):
    """A read-only table over a list of lines; only the rows in view are ever drawn."""

    def __init__(self, headers: list[str], cells, parent=None, overdue=lambda _line: False):
        super().__init__(parent)
        self._headers, self._cells, self._overdue = headers, cells, overdue
        self.lines: list = []
        self._texts: dict[int, list[str]] = {}

    def set_lines(self, lines: list) -> None:
        self.beginResetModel()
        self._texts = {}  # id(line) -> its cell texts, made when first drawn
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=_DISPLAY):
        if role == _DISPLAY and orientation == _HORIZONTAL:
            return self._headers[section]
        return None

    def data(self, index, role=_DISPLAY):
        if role == _DISPLAY or role == _TOOLTIP:
            line = self.lines[index.row()]
            cells = self._texts.get(id(line))
            if cells is None:
                cells = self._texts[id(line)] = self._cells(line)
            return cells[index.column()]
        if role == _USER:
            return self.lines[index.row()].client_id
        if (role == _FOREGROUND or role == _DECORATION) and index.column() == 2 \
                and self._overdue(self.lines[index.row()]):
            if role == _FOREGROUND:
                return state_colour("overdue")
            return state_icon("overdue")
        return None


def _table(model: LinesModel, name: str, open_row, fixed=((2, 27), (3, 16))) -> QTableView:
    """``fixed``: (column, characters) of the columns that keep their width; the rest share."""
    table = QTableView()
    use_plain_style(table)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setTabKeyNavigation(False)  # arrows move inside, Tab moves on
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(lines_high(table, 1) - 2)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Stretch)  # who and what share the room
    fixed_columns(table, fixed, share=0.6)  # widths follow the font, never the rows
    table.setMinimumHeight(lines_high(table, 4))
    table.activated.connect(lambda index: open_row(model, index.row()))
    return table


class HomePage(background.ReloadWhenShown, QWidget):
    client_requested = Signal(str)
    loaded = Signal()  # the lists on screen are complete

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("HomePage", "Home")

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.loading = True
        self._snapshot = None
        self._generation = 0  # a result of an older load (data changed meanwhile) is dropped
        self._chose_team = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Due items"))
        emphasise(title, 1.6)
        top.addWidget(title)
        self.status = QLabel(self.tr("Loading…"))
        top.addWidget(self.status)
        top.addStretch(1)
        self.whose = QComboBox()
        self.whose.addItem(self.tr("My clients"), store.user.id)
        self.whose.addItem(self.tr("The whole team"), None)
        self.whose.setAccessibleName(self.tr("Whose clients"))
        self.whose.currentIndexChanged.connect(self._whose_changed)
        top.addWidget(self.whose)
        layout.addLayout(top)

        self._titles = {"flags": self.tr("For the doctor's attention"),
                        "overdue": self.tr("Overdue"), "today": self.tr("Today"),
                        "this_week": self.tr("Later this week"),
                        "later": self.tr("Coming up (30 days)"),
                        "quiet": self.tr("Quiet clients (no contact for six weeks)")}
        self.tables: dict[str, QTableView] = {}
        self.headings: dict[str, QLabel] = {}
        self.models: dict[str, LinesModel] = {}
        self.sections: dict[str, QWidget] = {}
        left = QSplitter(Qt.Vertical)
        left.setChildrenCollapsible(False)
        due_headers = [self.tr("Client"), self.tr("What"), self.tr("When"),
                       self.tr("Case manager")]
        flag_headers = [self.tr("Client"), self.tr("Flag"), self.tr("Raised"),
                        self.tr("Case manager")]
        for key in ("flags", *BUCKETS):
            if key == "flags":
                model = LinesModel(flag_headers, self._flag_cells, self)
            else:
                model = LinesModel(due_headers, self._due_cells, self,
                                   overdue=lambda line: line.state == "overdue")
            left.addWidget(self._section(key, model))
        # Overdue work keeps its room however long the other lists grow.
        for i, stretch in enumerate((1, 4, 2, 2, 2)):
            left.setStretchFactor(i, stretch)
        self._left = left

        right = QSplitter(Qt.Vertical)
        right.setChildrenCollapsible(False)
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("The team's meetings"))
        emphasise(heading)
        self.agenda = QTreeWidget()
        self.agenda.setAccessibleName(self.tr("The team's meetings this week and next week"))
        self.agenda.setColumnCount(3)
        self.agenda.setHeaderLabels([self.tr("When"), self.tr("Client"), self.tr("Meeting")])
        self.agenda.setRootIsDecorated(False)
        self.agenda.itemActivated.connect(self._open_agenda)
        heading.setBuddy(self.agenda)
        agenda_layout.addWidget(heading)
        agenda_layout.addWidget(self.agenda)
        self.headings["agenda"] = heading
        right.addWidget(agenda_box)
        quiet = LinesModel([self.tr("Client"), self.tr("Last contact"), self.tr("Case manager")],
                           self._quiet_cells, self)
        right.addWidget(self._section("quiet", quiet))
        # Its three columns stay readable when the window is narrow (200 %).
        right.setMinimumWidth(chars_wide(right, 52))

        body = QSplitter(Qt.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        # The quiet clients' last contact ("9.2.2026 · 295 days ago") and the agenda's
        # meetings need more than a narrow strip at 1280 px.
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 1)
        self._body = body
        layout.addWidget(body, 1)
        self.sections["flags"].setVisible(False)  # shown when there is a flag
        # A bound method, not a lambda: Qt drops the connection when this page is deleted.
        bus.changed.connect(self._on_changed)
        connect_changes()
        self.reload()

    def _section(self, key: str, model: LinesModel) -> QWidget:
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self._titles[key])
        heading.setWordWrap(True)  # a long heading at 200 % takes two lines, not cut
        emphasise(heading)
        if key in ("overdue", "flags"):  # the heading says it; the colour only adds to it
            set_state_colour(heading, "overdue")
        table = _table(model, self._titles[key], self._open,
                       ((1, 28), (2, 15)) if key == "quiet" else ((2, 27), (3, 16)))
        heading.setBuddy(table)  # the heading names the table for assistive technology
        box_layout.addWidget(heading)
        box_layout.addWidget(table, 1)
        self.tables[key], self.headings[key], self.models[key] = table, heading, model
        self.sections[key] = box
        return box

    # loading ----------------------------------------------------------------------
    def _on_changed(self, *_args) -> None:
        self._snapshot = None
        self.reload_when_shown()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):  # the due lists get most of the width
            self._sized = True
            width = self._body.width()
            self._body.setSizes([width * 2 // 3, width // 3])

    def _whose_changed(self, _index: int) -> None:
        self.reload()

    def reload(self) -> None:
        """Read again (off the UI thread) unless the snapshot is still current."""
        self._generation += 1
        generation, user_id, snap = self._generation, self.whose.currentData(), self._snapshot
        self.loading = True
        self.status.setText(self.tr("Loading…"))
        store = self.store
        try:
            audit_home_lists(store, user_id=user_id)  # here, on this thread: see its docstring
        except StoreError as exc:  # no audit entry, no lists: a damaged or busy file
            self._failed(exc)
            return

        def read():
            current = snap if snap is not None and snap.today == clock.today() else \
                snapshot(store)
            prefetch(store, current)  # the client list's first opening is then quick
            return current, lists_from(current, user_id)

        background.load(read, lambda result: self._arrived(generation, result),
                        self._failed, owner=self)

    def _failed(self, exc) -> None:
        self.loading = False
        self.status.setText(self.tr("The lists could not be read: %1").replace(
            "%1", getattr(exc, "message", None) or type(exc).__name__))
        self.loaded.emit()

    def _arrived(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # a newer load is under way
        self._snapshot, lists = result
        if not self._chose_team and not any(lists.due[b] for b in BUCKETS) \
                and self.whose.currentIndex() == 0:
            self._chose_team = True  # nothing of one's own: show the team's
            self.whose.setCurrentIndex(1)
            return
        self._chose_team = True
        self._show(lists)
        self.loading = False
        self.status.setText("")
        self.loaded.emit()

    # showing ------------------------------------------------------------------------
    def _show(self, lists: HomeLists) -> None:
        for b in BUCKETS:
            lines = lists.due[b]
            sign = "⚠ " if b == "overdue" and lines else ""
            self.headings[b].setText(f"{sign}{self._titles[b]} ({len(lines)})")
            self.models[b].set_lines(lines)
        self.models["flags"].set_lines(lists.flags)
        self.headings["flags"].setText(f"⚠ {self._titles['flags']} ({len(lists.flags)})")
        self.sections["flags"].setVisible(bool(lists.flags))
        self.models["quiet"].set_lines(lists.quiet)
        self.headings["quiet"].setText(f"{self._titles['quiet']} ({len(lists.quiet)})")
        self._show_agenda(lists)

    def _show_agenda(self, lists: HomeLists) -> None:
        self.agenda.clear()
        monday = week_start(clock.today())
        kinds = self._meeting_kinds()
        by_day: dict[date, list] = {}
        for m in lists.agenda:
            by_day.setdefault(local_time(m.starts_at).date(), []).append(m)
        for week, title in ((monday, self.tr("This week")),
                            (monday + timedelta(days=7), self.tr("Next week"))):
            days = [d for d in sorted(by_day) if week <= d < week + timedelta(days=7)]
            top = QTreeWidgetItem([f"{title} ({sum(len(by_day[d]) for d in days)})", "", ""])
            emphasise_item(top)
            self.agenda.addTopLevelItem(top)
            if not days:
                top.addChild(QTreeWidgetItem([self.tr("No meetings"), "", ""]))
            for d in days:
                day_item = QTreeWidgetItem([f"{self._weekday(d)} {labels.fmt_date(d)}", "", ""])
                top.addChild(day_item)
                for m in by_day[d]:
                    text = kinds.get(m.kind, m.kind)
                    if m.state == "held":
                        text += " – " + self.tr("held")
                    item = QTreeWidgetItem([format_time(m.starts_at), m.name,
                                            f"{text}, {m.place}" if m.place else text])
                    item.setData(0, Qt.UserRole, m.client_id)
                    day_item.addChild(item)
            top.setExpanded(True)
            for i in range(top.childCount()):
                top.child(i).setExpanded(True)
        for col in range(3):
            self.agenda.resizeColumnToContents(col)

    def _weekday(self, d: date) -> str:
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun")][d.weekday()]

    def _meeting_kinds(self) -> dict[str, str]:
        return {"first": self.tr("First network meeting"),
                "follow_up": self.tr("Follow-up meeting"),
                "closing": self.tr("Closing meeting"),
                "consultation": self.tr("Consultation")}

    def _due_cells(self, line) -> list[str]:
        kinds = labels.due_kinds()
        if line.kind == "task":
            what = self.tr("Plan task: %1").replace("%1", line.detail)
        elif line.kind == "meeting_invites":
            parts = []
            if line.counts.get("to_invite"):
                parts.append(self.tr("%1 still to invite").replace(
                    "%1", str(line.counts["to_invite"])))
            if line.counts.get("no_assessment"):
                parts.append(self.tr("%1 without a pre-assessment request").replace(
                    "%1", str(line.counts["no_assessment"])))
            what = self.tr("Network meeting: %1").replace("%1", ", ".join(parts))
        elif line.kind == "consent_expiring":
            what = self.tr("Consent expires")
        elif line.kind == "consent_unsigned":
            what = self.tr("Paper consent not marked signed")
        else:
            what = kinds.get(line.kind, line.kind)
        when = labels.fmt_date(line.due_date)
        if line.days_left is not None and line.state != "overdue":
            if line.days_left == 0:
                when += " · " + self.tr("last day today")
            elif line.days_left == 1:
                when += " · " + self.tr("1 day left")
            else:
                when += " · " + self.tr("%1 days left").replace("%1", str(line.days_left))
        return [f"{line.name}  {line.identifier}", what, when, line.case_manager or "–"]

    def _flag_cells(self, line) -> list[str]:
        codes = {"bdi_item9": self.tr("BDI item 9: thoughts of self-harm"),
                 "bdi_item9_unknown": self.tr("BDI item 9 not known"),
                 "safety_question": self.tr("Safety question answered yes")}
        return [f"{line.name}  {line.identifier}",
                codes.get(line.code, self.tr("Safety flag")),
                labels.fmt_date(line.raised_on), line.case_manager or "–"]

    def _quiet_cells(self, line) -> list[str]:
        days = (clock.today() - line.last_contact).days
        return [f"{line.name}  {line.identifier}",
                self.tr("%1 (%2 d)").replace(
                    "%1", labels.fmt_date(line.last_contact)).replace("%2", str(days)),
                line.case_manager or "–"]

    # opening ----------------------------------------------------------------------------
    def _open(self, model: LinesModel, row: int) -> None:
        if 0 <= row < model.rowCount():
            self.client_requested.emit(model.lines[row].client_id)

    def _open_agenda(self, item: QTreeWidgetItem, _column: int) -> None:
        client_id = item.data(0, Qt.UserRole)
        if client_id:
            self.client_requested.emit(client_id)


def emphasise_item(item: QTreeWidgetItem) -> None:
    font = item.font(0)
    font.setBold(True)
    item.setFont(0, font)
