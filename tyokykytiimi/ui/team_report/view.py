"""The team report on screen: choose a period, run it off the UI thread, read the
tables and charts, export them as a PDF or as CSV files.

On screen every number is shown (the staff may see them); cells that an export
hides are marked (italic, shaded, with a tooltip) and a note says that exports
hide small numbers. The report's own words (table titles, column names,
definitions) come from the report itself, the same as in the PDF and CSV.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame,
                               QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QSizePolicy, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from tyokykytiimi import formats, language
from tyokykytiimi.store import team_report as tr
from tyokykytiimi.ui.date_fields import DateField
from tyokykytiimi.ui.events import bus
from tyokykytiimi.ui.export_files import ask_save, offer_open
from tyokykytiimi.ui.team_report.charts import bar_chart, number
from tyokykytiimi.ui.field_error import FieldError
from tyokykytiimi.ui.layout import emphasise
from tyokykytiimi.ui.worker import run_op
from ... import clock


class TeamReportView(QWidget):
    def __init__(self, store, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today or clock.today()
        self.report: tr.TeamReport | None = None
        self._thread = None

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        self.start_edit = DateField(optional=False, parent=self)
        self.end_edit = DateField(optional=False, parent=self)
        for edit, name in ((self.start_edit, self.tr("First day of the period")),
                           (self.end_edit, self.tr("Last day of the period"))):
            edit.setAccessibleName(name)
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel("–", self))
        bar.addWidget(self.end_edit)
        self.quick = QComboBox(self)
        self.quick.setAccessibleName(self.tr("Quick choice of period"))
        self.quick.addItem(self.tr("Quick choice…"), "")
        for key, text in (("this_year", self.tr("This year")),
                          ("last_year", self.tr("Last year")),
                          ("last_12_months", self.tr("Last 12 months")),
                          ("this_quarter", self.tr("This quarter")),
                          ("last_quarter", self.tr("Last quarter"))):
            self.quick.addItem(text, key)
        self.quick.activated.connect(self._quick_chosen)
        bar.addWidget(self.quick)
        self.run_button = QPushButton(self.tr("&Run report"), self)
        self.run_button.clicked.connect(self.run)
        bar.addWidget(self.run_button)
        bar.addStretch(1)
        outer.addLayout(bar)
        exports = QHBoxLayout()  # a row of its own: one long row would not fit at 200 %
        exports.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.csv_button.clicked.connect(self.export_csv)
        for b in (self.pdf_button, self.csv_button):
            b.setEnabled(False)
            exports.addWidget(b)
        outer.addLayout(exports)
        self.period_error = FieldError(self)
        outer.addWidget(self.period_error)
        self.note = QLabel(self.tr(
            "On screen every number is shown. Exported PDF and CSV files hide numbers "
            "under 5 so that no client can be recognised; cells in italics on a shaded "
            "background are hidden in exports."), self)
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        outer.addWidget(self.status)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        outer.addWidget(self.scroll, 1)
        self._placeholder()

        start, end = tr.quick_periods(self.today)["this_year"]
        self.set_period(start, end)
        bus.changed.connect(self._on_changed)

    # --- the period -------------------------------------------------------------------

    def set_period(self, start: date, end: date) -> None:
        self.start_edit.setDate(start)
        self.end_edit.setDate(end)

    def period(self) -> tuple[date, date]:
        return self.start_edit.value(), self.end_edit.value()

    def _quick_chosen(self, index: int) -> None:
        key = self.quick.itemData(index)
        if key:
            self.set_period(*tr.quick_periods(self.today)[key])

    # --- running ----------------------------------------------------------------------

    def run(self) -> None:
        try:
            start, end = self.period()
        except ValueError:
            return  # the date field says what is wrong
        if start > end:
            self.period_error.show_error(self.tr("The first day must not be after the last day."))
            self.start_edit.setFocus()
            return
        self.period_error.show_error(None)
        self.run_button.setEnabled(False)
        lang = language.current()

        def work(progress):
            return tr.team_report(self.store, start, end, lang=lang, progress=progress,
                                  today=self.today)

        # The window hosts the work, so it outlives this tab if the tab is rebuilt
        # (a language change) while the report is being made.
        self._thread = run_op(self.window(), self.tr("Making the team report…"), work,
                              self._show_report, self._failed)
        self._thread.finished.connect(self._run_ended)

    def _run_ended(self) -> None:
        self.run_button.setEnabled(True)

    def _failed(self, exc) -> None:
        self.run_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Team report"),
                            getattr(exc, "message", None) or str(exc))

    def _on_changed(self, _area: str, _client_id: str) -> None:
        if self.report is not None:
            self.status.setText(self.tr("The data have changed since the report was made. "
                                        "Run it again to see the changes."))

    # --- showing ----------------------------------------------------------------------

    def _placeholder(self) -> None:
        label = QLabel(self.tr("Choose the period and press Run report."))
        label.setAlignment(Qt.AlignCenter)
        self.scroll.setWidget(label)

    def _show_report(self, report: tr.TeamReport) -> None:
        self.run_button.setEnabled(True)
        self.report = report
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("%1, %2–%3").replace("%1", report.title)
                         .replace("%2", formats.format_date(report.start))
                         .replace("%3", formats.format_date(report.end)), body)
        emphasise(heading, 1.3)
        layout.addWidget(heading)
        for t in report.tables:
            layout.addWidget(self._section(t, body))
        layout.addStretch(1)
        self.scroll.setWidget(body)
        self.pdf_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        self.status.setText("")

    def _section(self, t: tr.Table, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        box.setObjectName(f"section_{t.id}")
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 12, 0, 0)
        title = QLabel(t.title, box)
        emphasise(title, 1.1)
        title.setWordWrap(True)
        v.addWidget(title)
        definition = QLabel(t.definition, box)
        definition.setWordWrap(True)
        v.addWidget(definition)
        if not t.rows:
            v.addWidget(QLabel(self.tr("Nothing in this period."), box))
            return box
        chart = bar_chart(t)
        if chart is not None:
            chart.setParent(box)
            v.addWidget(chart)
        v.addWidget(self._grid(t, box))
        return box

    def _grid(self, t: tr.Table, parent: QWidget) -> QTableWidget:
        hidden = tr.suppressed_cells(t)
        grid = QTableWidget(len(t.rows), len(t.columns), parent)
        grid.setObjectName(f"table_{t.id}")
        grid.setAccessibleName(t.title)
        grid.setHorizontalHeaderLabels([c.label for c in t.columns])
        grid.verticalHeader().hide()
        grid.setEditTriggers(QAbstractItemView.NoEditTriggers)
        grid.setSelectionBehavior(QAbstractItemView.SelectRows)
        grid.setWordWrap(False)
        grid.verticalHeader().setDefaultSectionSize(grid.fontMetrics().height() + 10)
        grid.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        shade = QBrush(_shade())
        tip = self.tr("Hidden in exports: a number under 5, a mean of fewer than 5 answers, "
                      "or a number that would let a hidden one be worked out.")
        for i, row in enumerate(t.rows):
            for j, col in enumerate(t.columns):
                value = row.values[j]
                if col.kind == "label":
                    text = str(value)
                else:
                    text = number(value, col.decimals, signed=col.id == "mean_change")
                cell = QTableWidgetItem(text)
                if col.kind != "label":
                    cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                font = QFont(cell.font())
                font.setBold(row.total)
                if (row.key, col.id) in hidden:
                    font.setItalic(True)
                    cell.setBackground(shade)
                    cell.setToolTip(tip)
                cell.setFont(font)
                grid.setItem(i, j, cell)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        height = header.sizeHint().height() + sum(grid.rowHeight(i) for i in range(len(t.rows)))
        grid.setFixedHeight(height + 2 * grid.frameWidth() + 2)
        grid.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        return grid

    # --- exports ----------------------------------------------------------------------

    def _default_name(self) -> str:
        r = self.report
        return f"{r.title}_{r.start.isoformat()}_{r.end.isoformat()}".replace(" ", "_")

    def export_pdf(self) -> None:
        if self.report is None:
            return
        from tyokykytiimi.reports.team_report_pdf import write_team_report_pdf
        path, _ = ask_save(self, self.store, self.tr("Export PDF"),
                           f"{self._default_name()}.pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_team_report_pdf(self.store, self.report, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export PDF"),
                                self.tr("The PDF could not be saved: %1").replace("%1", str(exc)))
            return
        self.status.setText(self.tr("PDF saved: %1").replace("%1", path))
        offer_open(self, path)

    def export_csv(self) -> None:
        if self.report is None:
            return
        from tyokykytiimi.reports.team_report_csv import default_name, write_team_report_csv
        # A save dialog (a name can be typed); the files go into a new folder of
        # that name. The filter chooses Finnish Excel's format or plain CSV.
        excel = self.tr("CSV for Finnish Excel (semicolons, decimal commas) (*.csv)")
        plain = self.tr("CSV, commas and decimal points (*.csv)")
        path, chosen = ask_save(self, self.store, self.tr("Export CSV"),
                                default_name(self.report), f"{excel};;{plain}", excel)
        if not path:
            return
        target = Path(path)
        name = target.stem if target.suffix.lower() == ".csv" else target.name
        try:
            written = write_team_report_csv(self.store, self.report, target.parent, name=name,
                                            excel_fi=chosen != plain)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export CSV"),
                                self.tr("The files could not be saved: %1").replace(
                                    "%1", str(exc)))
            return
        self.status.setText(self.tr("CSV files saved in %1").replace("%1", str(written)))
        offer_open(self, written)


def _shade() -> QColor:
    palette = QGuiApplication.palette()
    base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
    # A tenth of the way from the background towards the text: visible in light,
    # dark and high-contrast palettes alike.
    return QColor(round(base.red() + (text.red() - base.red()) * 0.1),
                  round(base.green() + (text.green() - base.green()) * 0.1),
                  round(base.blue() + (text.blue() - base.blue()) * 0.1))
