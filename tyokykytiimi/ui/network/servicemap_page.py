"""The service map page: search and filter providers, see stale entries, import/export."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser,
                               QVBoxLayout, QWidget)

from ...store import servicemap as sm
from ...store.errors import InvalidInput
from ..events import announce, bus
from ..widgets import shrinkable, tab_chain
from . import texts
from ... import clock


class ServiceMapPage(QWidget):
    @classmethod
    def page_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("ServiceMapPage", "Service map")

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.entries: list[sm.MapEntry] = []
        self.search = QLineEdit(placeholderText=self.tr("Search by name, service, person or area"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search by name, service, person or area"))
        self.sector = QComboBox()
        self.domain = QComboBox()
        self.phase = QComboBox()
        self.area = QComboBox()
        for combo, label, items in ((self.sector, self.tr("All sectors"), texts.sectors()),
                                    (self.domain, self.tr("All domains"), texts.domains()),
                                    (self.phase, self.tr("All phases"), texts.phases())):
            combo.addItem(label, None)
            for code, text in items.items():
                combo.addItem(text, code)
        for combo, name in ((self.sector, self.tr("Sector")), (self.domain, self.tr("Domains")),
                            (self.phase, self.tr("Path phases")), (self.area, self.tr("Area"))):
            combo.setAccessibleName(name)
        self.stale_only = QCheckBox(self.tr("Only entries unchecked for over 12 months"))
        filters = QHBoxLayout()
        for w in (self.sector, self.domain, self.phase, self.area):
            filters.addWidget(shrinkable(w, 12), 1)  # long names must not widen the window

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Service"),
                                              self.tr("Sector"), self.tr("Area"),
                                              self.tr("Last checked")])
        self.table.setAccessibleName(self.tr("Service map"))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for col in (2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(False)
        self.detail.setAccessibleName(self.tr("Details"))
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([700, 420])

        self.count = QLabel()
        self.checked_btn = QPushButton(self.tr("Mark as checked today"))
        self.import_btn = QPushButton(self.tr("Import…"))
        self.export_csv_btn = QPushButton(self.tr("Export CSV…"))
        self.export_json_btn = QPushButton(self.tr("Export JSON…"))
        buttons = QHBoxLayout()
        buttons.addStretch()
        for b in (self.checked_btn, self.import_btn, self.export_csv_btn, self.export_json_btn):
            buttons.addWidget(b)

        title = QLabel(f"<h2>{escape(self.page_title())}</h2>")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.stale_only)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.count)  # above the list, not beside the buttons (200 %)
        tab_chain(self.search, self.stale_only, self.sector)  # reading order
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.refresh)
        for combo in (self.sector, self.domain, self.phase, self.area):
            combo.currentIndexChanged.connect(self.refresh)
        self.stale_only.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self.show_detail)
        self.checked_btn.clicked.connect(self.mark_checked)
        self.import_btn.clicked.connect(self.import_file)
        self.export_csv_btn.clicked.connect(lambda: self.export("csv"))
        self.export_json_btn.clicked.connect(lambda: self.export("json"))
        QShortcut(QKeySequence.Find, self, activated=self.search.setFocus)
        bus.changed.connect(self._changed)
        self.reload_areas()
        self.refresh()

    def _changed(self, area: str, _client: str) -> None:
        if area == "servicemap":
            self.reload_areas()
            self.refresh()

    def reload_areas(self) -> None:
        current = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("All areas"), None)
        for a in sm.areas(self.store):
            self.area.addItem(a, a)
        index = self.area.findData(current)
        self.area.setCurrentIndex(max(index, 0))
        self.area.blockSignals(False)

    def refresh(self) -> None:
        today = clock.today()
        self.entries = sm.search_map(self.store, self.search.text(),
                                     sector=self.sector.currentData(),
                                     domain=self.domain.currentData(),
                                     phase=self.phase.currentData(),
                                     area=self.area.currentData(),
                                     stale_only=self.stale_only.isChecked(), today=today)
        sectors = texts.sectors()
        self.table.setRowCount(len(self.entries))
        stale_text = self.tr("⚠ over 12 months")
        for row, e in enumerate(self.entries):
            checked = texts.fi_date(e.last_checked) or self.tr("never")
            if e.stale:
                checked = f"{checked} {stale_text}"
            values = [e.organisation.name, e.service.name if e.service else "",
                      sectors.get(e.organisation.sector, e.organisation.sector),
                      (e.service.area if e.service and e.service.area else e.organisation.area)
                      or "", checked]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if e.stale and col == 4:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Not checked for over 12 months: confirm the "
                                            "details with the provider."))
                self.table.setItem(row, col, item)
        stale = sum(1 for e in self.entries if e.stale)
        self.count.setText(self.tr("Entries: %1 · unchecked for over 12 months: %2")
                           .replace("%1", str(len(self.entries))).replace("%2", str(stale)))
        if self.entries:
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def current(self) -> sm.MapEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def show_detail(self) -> None:
        e = self.current()
        if e is None:
            self.detail.clear()
            return
        o, s = e.organisation, e.service
        parts = [f"<h3>{escape(o.name)}</h3>",
                 f"<p>{escape(texts.sectors().get(o.sector, o.sector))}"
                 f"{' · ' + escape(o.area) if o.area else ''}</p>"]
        if o.address or o.phone:
            parts.append(f"<p>{escape(o.address or '')}<br>{escape(o.phone or '')}</p>")
        if e.stale:
            parts.append("<p><b>⚠ " + escape(self.tr(
                "Not checked for over 12 months: confirm the details with the provider.")) +
                "</b></p>")
        if s:
            rows = [(self.tr("Offers"), s.offers), (self.tr("For whom"), s.for_whom),
                    (self.tr("How to refer"), s.how_to_refer),
                    (self.tr("Domains"), ", ".join(texts.domains().get(d, d)
                                                   for d in s.domain_list)),
                    (self.tr("Path phases"), ", ".join(texts.phases().get(p, p)
                                                       for p in s.phase_list))]
            parts.append(f"<h4>{escape(s.name)}</h4><table cellspacing='4'>")
            for label, value in rows:
                if value:
                    parts.append(f"<tr><td valign='top'><b>{escape(label)}</b></td>"
                                 f"<td>{escape(value)}</td></tr>")
            parts.append("</table>")
        if e.contacts:
            contacts_heading = self.tr("Contact people")
            parts.append(f"<h4>{escape(contacts_heading)}</h4><ul>")
            for c in e.contacts:
                bits = [escape(c.name)] + [escape(x) for x in (c.title, c.phone, c.email) if x]
                parts.append("<li>" + ", ".join(bits) + "</li>")
            parts.append("</ul>")
        parts.append(f"<p>{escape(self.tr('Last checked'))}: "
                     f"{escape(texts.fi_date(e.last_checked) or self.tr('never'))}</p>")
        self.detail.setHtml("".join(parts))

    def mark_checked(self) -> None:
        e = self.current()
        if e is None:
            return
        sm.mark_checked(self.store, e.organisation.id)
        announce("servicemap")

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import service map"), "",
                                              self.tr("Service map (*.csv *.json)"))
        if not path:
            return
        try:
            result = sm.import_file(self.store, path)
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Import service map"), exc.message)
            return
        except OSError:
            QMessageBox.warning(self, self.tr("Import service map"),
                                self.tr("The file could not be read:") + f"\n{path}")
            return
        QMessageBox.information(self, self.tr("Import service map"), self.tr(
            "Imported: %1 new, %2 updated, %3 unchanged.").replace(
            "%1", str(result.created)).replace("%2", str(result.updated)).replace(
            "%3", str(result.unchanged)))
        announce("servicemap")

    def export(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export service map"),
                                              f"palvelukartta.{kind}", f"*.{kind}")
        if not path:
            return
        (sm.export_csv if kind == "csv" else sm.export_json)(self.store, path)
