"""The client page's Measures tab: due state, history, charts (the safety flag is in the
client header, for every tab)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout,
                               QHeaderView, QLabel, QMessageBox, QPushButton, QScrollArea,
                               QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from tyokykytiimi.models.instruments import change, definition, prom_set
from tyokykytiimi.store import measures as ops
from tyokykytiimi.store.errors import InvalidInput
from tyokykytiimi.ui.events import bus
from tyokykytiimi.ui.measures import charts
from tyokykytiimi.ui.measures.common import (band_label, due_state_label, fmt_date, fmt_num,
                                             lang, short_title, time_point_label)
from tyokykytiimi.ui.measures.entry import EntryForm
from tyokykytiimi.ui.layout import fit_on_screen
from tyokykytiimi.ui.export_files import ask_save, offer_open
from tyokykytiimi.ui.paper_language import paper_language_row
from ...formats import format_datetime
from ... import clock


class EntryDialog(QDialog):
    def __init__(self, store, client_id, parent=None, *, correcting=None, today=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter measures") if correcting is None
                            else self.tr("Correct answers"))
        layout = QVBoxLayout(self)
        self.form = EntryForm(store, client_id, self, correcting=correcting, today=today)
        layout.addWidget(self.form)
        self.form.saved.connect(lambda _rows: self.accept())
        self._saved = False
        self.form.saved.connect(lambda _rows: setattr(self, "_saved", True))
        fit_on_screen(self, 820, 760)

    def reject(self) -> None:
        """Esc or closing with answers typed asks first: they are not saved yet."""
        if not self._saved and self.form.has_input():
            box = QMessageBox(QMessageBox.Question, self.tr("Discard the answers?"),
                              self.tr("The answers typed have not been saved. Discard them?"),
                              parent=self)
            discard = box.addButton(self.tr("&Discard"), QMessageBox.DestructiveRole)
            keep = box.addButton(self.tr("&Keep typing"), QMessageBox.RejectRole)
            box.setDefaultButton(keep)
            box.exec()
            if box.clickedButton() is not discard:
                self.form.grid.setFocus()
                return
        super().reject()


class MeasuresTab(QWidget):
    @classmethod
    def page_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("MeasuresTab", "Measures")

    def __init__(self, store, client_id: str, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.store, self.client_id = store, client_id
        self.today = today or clock.today()
        self.rows = []
        outer = QVBoxLayout(self)

        top = QHBoxLayout()
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        top.addWidget(self.due_label, 1)
        # Ctrl+E belongs to the client page (it works from every tab); Ctrl+N is the
        # main window's "new client", so it is not repeated here.
        self.new_button = QPushButton(self.tr("&New entry (Ctrl+E)"))
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.correct_button = QPushButton(self.tr("&Correct selected"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.pdf_button = QPushButton(self.tr("Summary &PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        for w in (self.new_button, self.correct_button, self.pdf_button):
            top.addWidget(w)
        outer.addLayout(top)
        # The client's copy is in the client's language unless chosen (issue 17).
        self.lang, lang_row = paper_language_row(store, client_id,
                                                 self.tr("Language of the client's copy"))
        outer.addLayout(lang_row)
        # Ctrl+N is the window's one "New" action; on this tab it means a new entry.
        self.context_new = self.new_entry
        self.context_new_text = self.tr("&New entry")

        split = QSplitter(Qt.Vertical)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Measure"),
                                              self.tr("Time point"), self.tr("Result"),
                                              self.tr("Notes")])
        self.table.setAccessibleName(self.tr("Measures"))
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        split.addWidget(self.table)
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        split.addWidget(self.chart_area)
        split.setSizes([200, 600])
        outer.addWidget(split, 1)
        bus.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, area: str, client_id: str) -> None:
        if area == "measures" and client_id in ("", self.client_id):
            self.refresh()

    # ------------------------------------------------------------------
    def refresh(self) -> None:
        self._refresh_due()
        self.rows = ops.list_answer_sets(self.store, self.client_id)
        self._fill_table()
        self._build_charts()

    def _refresh_due(self) -> None:
        parts = []
        for d in ops.client_prom_due(self.store, self.client_id, self.today):
            if d.kind == "prom_baseline":
                parts.append(self.tr("Baseline PROM: %1").replace("%1", due_state_label(d.state)))
            else:
                first, target, last = d.window
                parts.append(self.tr("Follow-up PROM (window %1–%2): %3").replace(
                    "%1", fmt_date(first)).replace("%2", fmt_date(last)).replace(
                    "%3", due_state_label(d.state)))
        self.due_label.setText("   ·   ".join(parts) or self.tr("No start date: no PROM "
                                                               "schedule."))

    def _result_text(self, row) -> str:
        d = definition(row.instrument_id, row.instrument_version)
        if row.declined_reason:
            return self.tr("client declined to answer: %1").replace("%1", row.declined_reason)
        if row.instrument_id == "situation":
            return self.tr("start / now / target")
        if not d.has_total:
            values = row.answer_values()
            return " ".join("–" if v is None else str(v) for v in values)
        if row.total is None:
            return self.tr("incomplete: no total")
        text = str(row.total)
        if d.show_mean:
            text += " " + self.tr("(mean %1)").replace("%1", fmt_num(row.total / len(d.items)))
        band = d.band_for(row.total)
        if band and row.instrument_id != "inclusion":
            text += " – " + band_label(row.instrument_id, band.code)
        cutoff = d.raw.get("screening_cutoff")
        if cutoff and row.total >= cutoff["min"]:
            text += " – " + cutoff["label"][lang()]
        for sub in d.subscores:  # AUDIT-C: the staff's risky-use screen
            value = ops.score_row(row).subscores.get(sub.id)
            if value is not None:
                cut = sub.cut_points
                text += "  ·  " + self.tr("%1: %2 (risky use from %3 for men, %4 for women, "
                                          "%5 at 65+)").replace(
                    "%1", sub.label[lang()].split(" (")[0]).replace("%2", str(value)).replace(
                    "%3", str(cut.get("male", "–"))).replace(
                    "%4", str(cut.get("female", "–"))).replace(
                    "%5", str(cut.get("age_65_plus", "–")))
        return text

    def _fill_table(self) -> None:
        rows = sorted(self.rows, key=lambda r: (r.answered_on, r.created_at), reverse=True)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            notes = []
            if row.in_window is False:
                notes.append(self.tr("outside the follow-up window"))
            if not row.complete and not row.declined_reason:
                notes.append(self.tr("unanswered items"))
            if row.total_only:
                notes.append(self.tr("total only"))
            if row.corrects:
                notes.append(self.tr("corrected"))
            values = [fmt_date(row.answered_on), short_title(row.instrument_id),
                      time_point_label(row.time_point), self._result_text(row), ", ".join(notes)]
            tip = ""
            if row.corrects:  # earlier versions and who entered each stay readable
                tip = "\n".join(
                    f"{format_datetime(h.entered_at)} {h.entered_by}: "
                    f"{h.row.answers}" for h in ops.answer_history(self.store, row.id))
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.UserRole, row.id)
                if tip:
                    item.setToolTip(tip)
                self.table.setItem(i, c, item)
        self.table.resizeColumnsToContents()

    def _build_charts(self) -> None:
        holder = QWidget()
        lay = QVBoxLayout(holder)
        by: dict[str, list] = {}
        for r in self.rows:
            by.setdefault(r.instrument_id, []).append(r)
        self.chart_views = []

        def add(view):
            self.chart_views.append(view)
            lay.addWidget(view)

        for inst in list(prom_set()) + ["audit", "gad7", "bdi", "bdi2"]:
            rows = [r for r in by.get(inst, []) if r.total is not None]
            d = definition(inst)
            if not d.has_total:
                continue
            base = [r for r in rows if r.time_point == "baseline"]
            follow = [r for r in rows if r.time_point == "followup"]
            if base and follow:
                b, f = base[-1], follow[-1]
                ch = change(inst, ops.score_row(b), ops.score_row(f))
                pair = QHBoxLayout()
                trend = charts.trend_chart(inst, [(r.answered_on, r.total) for r in rows])
                bars = charts.change_chart(inst, b.total, f.total, ch)
                self.chart_views += [trend, bars]
                pair.addWidget(trend, 3)
                pair.addWidget(bars, 2)
                lay.addLayout(pair)
            elif rows:
                add(charts.trend_chart(inst, [(r.answered_on, r.total) for r in rows]))
        d3 = [r for r in by.get("3x10d", []) if r.time_point in ("baseline", "followup")] \
            or by.get("3x10d", [])
        if d3:
            latest = {}
            for r in d3:
                latest[r.time_point] = r
            profiles = [(tp, ops.score_row(r).profile) for tp, r in
                        sorted(latest.items(), key=lambda kv: kv[1].answered_on)]
            add(charts.area_bars_chart("3x10d", profiles))
        if by.get("situation"):
            r = by["situation"][-1]
            pic = ops.score_row(r)
            add(charts.situation_radar(pic.start.profile, pic.now.profile, pic.target.profile,
                                       r.answered_on))
        if not self.chart_views:
            lay.addWidget(QLabel(self.tr("No measures yet. Press Ctrl+E to enter answers.")))
        lay.addStretch(1)
        self.chart_area.setWidget(holder)

    # ------------------------------------------------------------------
    def selected_row(self):
        items = self.table.selectedItems()
        if not items:
            return None
        rid = items[0].data(Qt.UserRole)
        return next((r for r in self.rows if r.id == rid), None)

    def new_entry(self) -> None:
        EntryDialog(self.store, self.client_id, self, today=self.today).exec()
        self.refresh()

    def correct_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        EntryDialog(self.store, self.client_id, self, correcting=row, today=self.today).exec()
        self.refresh()

    def export_pdf(self) -> None:
        from tyokykytiimi.reports.measures_summary import (build_measures_summary,
                                                           build_team_measures_summary)
        # Two papers (issue 17): the client's copy (follow-up measures, explained) and
        # the team's record (every instrument); the file type chooses which.
        client = self.tr("The client's copy (*.pdf)")
        team = self.tr("The team's record, every measure (*.pdf)")
        path, chosen = ask_save(self, self.store, self.tr("Save the summary"),
                                "mittarit.pdf", f"{client};;{team}", client)
        if not path:
            return
        try:
            if chosen == team:
                build_team_measures_summary(self.store, self.client_id, path)
            else:
                build_measures_summary(self.store, self.client_id, path,
                                       lang=self.lang.currentData())
        except (OSError, InvalidInput) as exc:
            self.due_label.setText("⚠ " + str(exc))
            return
        offer_open(self, path)
