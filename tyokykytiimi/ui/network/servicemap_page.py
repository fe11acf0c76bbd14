"""The service map page: search and filter providers, see stale entries, import/export."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from ...store import servicemap as sm
from ...store import servicemap_edit as ed
from ..events import announce, bus
from ..export_files import export_to_file, last_folder
from ..permissions import guard, may
from ..saved import tell_saved
from ..layout import fixed_columns, lines_high, shrinkable, tab_chain
from ..worker import run_op
from . import texts
from .servicemap_dialogs import contact_dialog, organisation_dialog, service_dialog
from ... import clock


class ServiceMapPage(QWidget):
    @classmethod
    def page_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("ServiceMapPage", "Service map")

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        # Editing the map is a right of its own (resources/permissions.v1.json).
        self._may_edit = may(store, "edit_service_map")
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
        # Names get the room; the short columns are sized to their text (1280 px).
        for col in (0, 1, 2):  # long names wrap onto more lines instead of "…"
            header.setSectionResizeMode(col, QHeaderView.Stretch)
        # The area and the date in characters, not to their longest text: at 200 %
        # "1.12.2024 ⚠ over 12 months" left the names a letter or two.
        fixed_columns(self.table, ((3, 12), (4, 22)), share=0.4)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.ElideNone)
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(False)
        self.detail.setAccessibleName(self.tr("Details"))
        self.contacts = QListWidget()
        self.contacts.setAccessibleName(self.tr("Contact people"))
        self.contacts.setMinimumHeight(lines_high(self.contacts, 3))
        # Short words on the buttons (a row must fit at 200 %), the whole name for
        # a screen reader and as a tooltip.
        def short(text: str, full: str) -> QPushButton:
            b = QPushButton(text)
            b.setAccessibleName(full)
            b.setToolTip(full)
            return b
        self.new_org_btn = short(self.tr("New…"), self.tr("New organisation…"))
        self.edit_org_btn = short(self.tr("Edit…"), self.tr("Edit organisation…"))
        self.remove_org_btn = short(self.tr("Remove…"), self.tr("Remove organisation…"))
        self.new_service_btn = short(self.tr("New…"), self.tr("New service…"))
        self.edit_service_btn = short(self.tr("Edit…"), self.tr("Edit service…"))
        self.remove_service_btn = short(self.tr("Remove…"), self.tr("Remove service…"))
        self.new_contact_btn = short(self.tr("New…"), self.tr("New contact person…"))
        self.edit_contact_btn = short(self.tr("Edit…"), self.tr("Edit contact person…"))
        self.remove_contact_btn = short(self.tr("Remove…"), self.tr("Remove contact person…"))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        for title, group in (
                (self.tr("Organisation:"), (self.new_org_btn, self.edit_org_btn,
                                            self.remove_org_btn)),
                (self.tr("Service:"), (self.new_service_btn, self.edit_service_btn,
                                       self.remove_service_btn))):
            row = QHBoxLayout()
            row.addWidget(QLabel(title))
            for b in group:
                row.addWidget(b)
            row.addStretch()
            lv.addLayout(row)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.detail, 3)
        contacts_label = QLabel(self.tr("Contact people"))
        contacts_label.setBuddy(self.contacts)
        rv.addWidget(contacts_label)
        rv.addWidget(self.contacts, 1)
        crow = QHBoxLayout()
        for b in (self.new_contact_btn, self.edit_contact_btn, self.remove_contact_btn):
            crow.addWidget(b)
        crow.addStretch()
        rv.addLayout(crow)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([760, 420])

        self.count = QLabel()
        # What the last import did stays beside the buttons: the import runs off the
        # UI thread, and a box popping up later would cut into whatever the person
        # has started meanwhile.
        self.import_result = QLabel()
        self.import_result.setObjectName("importResult")
        self.import_result.setWordWrap(True)
        self.import_result.hide()
        self.checked_btn = QPushButton(self.tr("Mark as checked today"))
        self.import_btn = QPushButton(self.tr("Import…"))
        self.export_csv_btn = QPushButton(self.tr("Export CSV…"))
        self.export_json_btn = QPushButton(self.tr("Export JSON…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_result, 1)
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
        self.contacts.currentRowChanged.connect(lambda _row: self._contacts_changed())
        # The pane follows the highlighted row, also when a search keeps row 0 selected.
        self.table.itemSelectionChanged.connect(self.show_detail)
        self.table.currentCellChanged.connect(lambda *_: self.show_detail())
        self.new_org_btn.clicked.connect(self.new_organisation)
        self.edit_org_btn.clicked.connect(self.edit_organisation)
        self.remove_org_btn.clicked.connect(self.remove_organisation)
        self.new_service_btn.clicked.connect(self.new_service)
        self.edit_service_btn.clicked.connect(self.edit_service)
        self.remove_service_btn.clicked.connect(self.remove_service)
        self.new_contact_btn.clicked.connect(self.new_contact)
        self.edit_contact_btn.clicked.connect(self.edit_contact)
        self.contacts.itemActivated.connect(lambda _item: self.edit_contact())
        self.remove_contact_btn.clicked.connect(self.remove_contact)
        self.checked_btn.clicked.connect(self.mark_checked)
        self.import_btn.clicked.connect(self.import_file)
        for b in (self.import_btn, self.checked_btn, self.new_org_btn, self.edit_org_btn,
                  self.remove_org_btn, self.new_service_btn, self.edit_service_btn,
                  self.remove_service_btn, self.new_contact_btn, self.edit_contact_btn,
                  self.remove_contact_btn):
            guard(b, self.store, "edit_service_map")
        self.export_csv_btn.clicked.connect(lambda: self.export("csv"))
        self.export_json_btn.clicked.connect(lambda: self.export("json"))
        # Ctrl+F is the window's one "Find" action; on the map it searches the map.
        self.context_find = self.focus_search
        self.context_find_text = self.tr("&Find in the service map")
        bus.changed.connect(self._changed)
        self.reload_areas()
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

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
        before = self.current()
        keep = (before.organisation.id, before.service.id if before.service else None) \
            if before else None
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
        self.table.resizeRowsToContents()
        stale = sum(1 for e in self.entries if e.stale)
        self.count.setText(self.tr("Entries: %1 · unchecked for over 12 months: %2")
                           .replace("%1", str(len(self.entries))).replace("%2", str(stale)))
        rows = [(e.organisation.id, e.service.id if e.service else None) for e in self.entries]
        if self.entries:
            self.table.selectRow(rows.index(keep) if keep in rows else 0)
        self.show_detail()  # whatever was selected before, the pane shows this row

    def current(self) -> sm.MapEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def show_detail(self) -> None:
        e = self.current()
        self.contacts.clear()
        for w in (self.edit_org_btn, self.remove_org_btn, self.new_service_btn,
                  self.new_contact_btn, self.checked_btn):
            w.setEnabled(self._may_edit and e is not None)
        for w in (self.edit_service_btn, self.remove_service_btn):
            w.setEnabled(self._may_edit and e is not None and e.service is not None)
        if e is None:
            self.detail.clear()
            self._contacts_changed()
            return
        for c in e.contacts:
            lines = [c.name + (f", {c.title}" if c.title else ""),
                     "  ".join(x for x in (c.phone, c.email) if x)]
            item = QListWidgetItem("\n".join(x for x in lines if x))
            item.setData(Qt.UserRole, c.id)
            self.contacts.addItem(item)
        if e.contacts:
            self.contacts.setCurrentRow(0)
        self._contacts_changed()
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
        parts.append(f"<p>{escape(self.tr('Last checked'))}: "
                     f"{escape(texts.fi_date(e.last_checked) or self.tr('never'))}</p>")
        self.detail.setHtml("".join(parts))

    def _contacts_changed(self) -> None:
        has = self._may_edit and self.contacts.currentItem() is not None
        self.edit_contact_btn.setEnabled(has)
        self.remove_contact_btn.setEnabled(has)

    def current_contact(self):
        item = self.contacts.currentItem()
        e = self.current()
        if item is None or e is None:
            return None
        return next((c for c in e.contacts if c.id == item.data(Qt.UserRole)), None)

    # --- keeping the map by hand -----------------------------------------------------
    def new_organisation(self) -> None:
        organisation_dialog(self.store, None, self).exec()

    def edit_organisation(self) -> None:
        e = self.current()
        if e is not None:
            organisation_dialog(self.store, e.organisation, self).exec()

    def new_service(self) -> None:
        e = self.current()
        if e is not None:
            service_dialog(self.store, e.organisation, None, self).exec()

    def edit_service(self) -> None:
        e = self.current()
        if e is not None and e.service is not None:
            service_dialog(self.store, e.organisation, e.service, self).exec()

    def new_contact(self) -> None:
        e = self.current()
        if e is not None:
            contact_dialog(self.store, e.organisation, None, self).exec()

    def edit_contact(self) -> None:
        e, c = self.current(), self.current_contact()
        if e is not None and c is not None:
            contact_dialog(self.store, e.organisation, c, self).exec()

    def _confirm_remove(self, what: str) -> bool:
        box = QMessageBox(QMessageBox.Warning, self.tr("Remove from the service map"),
                          self.tr("Remove %1 from the service map?").replace("%1", what),
                          parent=self)
        remove = box.addButton(self.tr("Remove"), QMessageBox.DestructiveRole)
        cancel = box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is remove

    def _remove(self, what: str, fn, row_id: str) -> None:
        if self._confirm_remove(what):
            fn(self.store, row_id)
            announce("servicemap")
            tell_saved(self)

    def remove_organisation(self) -> None:
        e = self.current()
        if e is not None:
            self._remove(self.tr("%1 with its services and contact people").replace(
                "%1", e.organisation.name), ed.remove_organisation, e.organisation.id)

    def remove_service(self) -> None:
        e = self.current()
        if e is not None and e.service is not None:
            self._remove(e.service.name, ed.remove_service, e.service.id)

    def remove_contact(self) -> None:
        c = self.current_contact()
        if c is not None:
            self._remove(c.name, ed.remove_contact, c.id)

    def mark_checked(self) -> None:
        e = self.current()
        if e is None:
            return
        sm.mark_checked(self.store, e.organisation.id)
        announce("servicemap")
        tell_saved(self)

    def import_file(self) -> None:
        # Where the person's files went last: an updated map exported or saved there.
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import service map"),
                                              last_folder(self.store),
                                              self.tr("Service map (*.csv *.json)"))
        if not path:
            return
        # Off the UI thread with progress and Cancel; any failure (a malformed file's
        # report, a full disk) is shown by run_op in a message window.
        self._import_thread = run_op(self, self.tr("Import service map"),
                                     lambda progress: sm.import_file(self.store, path, progress),
                                     self._imported)

    def _imported(self, result) -> None:
        text = self.tr("Imported: %1 new, %2 updated, %3 unchanged.").replace(
            "%1", str(result.created)).replace("%2", str(result.updated)).replace(
            "%3", str(result.unchanged))
        self.import_result.setText(text)
        self.import_result.show()
        tell_saved(self, text)
        announce("servicemap")

    def export(self, kind: str) -> None:
        write = sm.export_csv if kind == "csv" else sm.export_json
        export_to_file(self, self.store, self.tr("Export service map"),
                       f"palvelukartta.{kind}", f"*.{kind}", lambda path: write(self.store, path))
