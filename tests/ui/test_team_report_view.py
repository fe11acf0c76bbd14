"""The team report view driven through its widgets, over the hand-made data set."""
from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFileDialog, QMessageBox, QProgressDialog, QPushButton,
                               QTableWidget)
from sqlmodel import select

from tests.pdftext import pdf_text
from tests.store.team_report_data import END, START
from tests.ui import drive
from tyokykytiimi import language
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.store import team_report as tr
from tyokykytiimi.store.errors import InvalidInput
from tyokykytiimi.ui.events import announce
from tyokykytiimi.ui.team_report.view import TeamReportView

TODAY = date(2026, 11, 24)


def _view(store, qtbot):
    language.set_language("fi")
    w = TeamReportView(store, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    return w


@pytest.fixture
def view(store, qtbot):
    return _view(store, qtbot)


@pytest.fixture
def team_view(team_store, qtbot):
    """The view over the hand-made data set."""
    return _view(team_store, qtbot)


@pytest.fixture
def warnings(monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: seen.append(a[2] if len(a) > 2 else a)))
    return seen


def _run(view, qtbot, start=START, end=END):
    view.set_period(start, end)
    qtbot.mouseClick(view.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.report is not None and view.run_button.isEnabled(),
                    timeout=10000)


def _grid(view, table_id) -> QTableWidget:
    return view.scroll.widget().findChild(QTableWidget, f"table_{table_id}")


def test_period_quick_choices_and_the_default(view, qtbot):
    assert view.period() == (date(2026, 1, 1), TODAY)
    drive.choose_item(qtbot, view.quick, "last_year")
    assert view.period() == (date(2025, 1, 1), date(2025, 12, 31))
    drive.choose_item(qtbot, view.quick, "last_12_months")
    assert view.period() == (date(2025, 11, 25), TODAY)
    assert not view.pdf_button.isEnabled() and not view.csv_button.isEnabled()


def test_a_reversed_period_is_refused_next_to_the_dates(view, qtbot, warnings):
    view.set_period(END, START)
    qtbot.mouseClick(view.run_button, Qt.LeftButton)
    assert view.period_error.isVisible() and "first day" in view.period_error.text()
    assert view.report is None and view.run_button.isEnabled() and not warnings


def test_run_shows_tables_and_charts_unhidden_and_marks_export_hiding(team_view, qtbot):
    view = team_view
    _run(view, qtbot)
    grid = _grid(view, "referrals")
    assert grid.rowCount() == 9  # seven referrers, "not recorded", total
    rows = {grid.item(r, 0).text(): r for r in range(grid.rowCount())}
    kela = rows["Kela"]
    referred = view.report.table("referrals").col("referred")
    cell = grid.item(kela, referred)
    assert cell.text() == "3"  # staff see the number itself
    assert cell.font().italic() and "Hidden in exports" in cell.toolTip()
    emp = grid.item(rows["Työllisyyspalvelut"], referred)
    assert emp.text() == "6" and not emp.font().italic()
    assert grid.item(rows["Yhteensä"], referred).font().bold()
    steps = _grid(view, "active_by_step")
    assert steps.item(steps.rowCount() - 1, 1).text() == "18"
    charts = view.scroll.widget().findChildren(QChartView)
    assert len(charts) >= 6
    assert view.pdf_button.isEnabled() and view.csv_button.isEnabled()
    assert "18" in steps.item(steps.rowCount() - 1, 1).text()
    announce("clients", "")
    assert "changed" in view.status.text()


def test_export_pdf_and_csv_through_the_dialogs(team_store, team_view, qtbot, monkeypatch,
                                               tmp_path):
    store, view = team_store, team_view
    _run(view, qtbot)
    target = tmp_path / "raportti"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(view.pdf_button, Qt.LeftButton)
    pdf = tmp_path / "raportti.pdf"  # the suffix is added
    text = pdf_text(pdf)
    assert "Tiimiraportti" in text and "Kela" in text and "< 5" in text
    assert str(pdf) in view.status.text()

    folder = tmp_path / "csv"
    folder.mkdir()
    # A save dialog where a name is typed (issue 17): the files go into a folder of that name.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(folder / "raportti.csv"), "")))
    qtbot.mouseClick(view.csv_button, Qt.LeftButton)
    written = next(folder.iterdir())
    assert written.name == "raportti"
    assert (written / "referrals.csv").is_file() and (written / "README.txt").is_file()
    assert str(written) in view.status.text()
    with store.session() as s:
        exports = s.exec(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert sorted(e.detail.count('"pdf"') + 2 * e.detail.count('"csv-fi"') for e in exports) \
        == [1, 2]


def test_cancel_stops_the_run_quietly(view, qtbot, monkeypatch, warnings):
    started = []

    def slow(store, start, end, *, lang=None, progress=None, today=None):
        started.append(True)
        deadline = time.monotonic() + 10
        done = 0
        while time.monotonic() < deadline:  # until Cancel makes progress() raise
            progress(done % 8, 8)
            done += 1
            time.sleep(0.01)
        raise AssertionError("Cancel did not stop the work")

    monkeypatch.setattr(tr, "team_report", slow)
    qtbot.mouseClick(view.run_button, Qt.LeftButton)
    assert not view.run_button.isEnabled()
    qtbot.waitUntil(lambda: bool(started))
    dialog = view.window().findChild(QProgressDialog)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.LeftButton)  # its Cancel button
    qtbot.waitUntil(view.run_button.isEnabled, timeout=5000)
    assert view.report is None and not warnings
    assert not view.pdf_button.isEnabled()


def test_a_failure_is_shown_and_the_view_stays_usable(view, qtbot, monkeypatch, warnings):
    def fail(*a, **k):
        raise InvalidInput({"fi": "Tietokanta ei vastaa.", "sv": "Databasen svarar inte.",
                            "en": "The database does not answer."})

    monkeypatch.setattr(tr, "team_report", fail)
    qtbot.mouseClick(view.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert warnings == ["Tietokanta ei vastaa."]
    qtbot.waitUntil(view.run_button.isEnabled, timeout=5000)


def test_swedish_words(store, qtbot):
    from tyokykytiimi.ui import i18n
    before = i18n.current_language()
    i18n.install("sv")
    try:
        w = TeamReportView(store, today=TODAY)
        qtbot.addWidget(w)
        assert w.run_button.text() == "&Gör rapporten"
        assert w.quick.itemText(w.quick.findData("last_year")) == "I fjol"
        w.show()
        _run(w, qtbot)
        assert w.report.title == "Teamrapport"
        assert _grid(w, "referrals").horizontalHeaderItem(0).text() == "Hänvisande part"
    finally:
        i18n.install(before)
        language.set_language("fi")
