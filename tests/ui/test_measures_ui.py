"""Measures UI: keyboard-only entry, the client tab's safety banner, charts."""
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.pdftext import pdf_text
from tests.ui import drive
from tyokykytiimi import clock
from tyokykytiimi.store import measures as m
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.measures.entry import PROM_SET, EntryForm



def make_client(store, started_days_ago=10):
    return create_client(store, first_name="Testi", last_name="Asiakas",
                         started_on=clock.today() - timedelta(days=started_days_ago))


def keys(qtbot, widget, sequence):
    for k in sequence:
        if isinstance(k, str):
            qtbot.keyClick(widget, k)
        else:
            qtbot.keyClick(widget, k)


def answer_box(qtbot, button_text):
    """Answer the next modal message box by clicking ``button_text``; returns its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox
    seen = []

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if button_text in b.text().replace("&", ""))
        qtbot.mouseClick(button, Qt.LeftButton)
    QTimer.singleShot(0, click)
    return seen


def save_by_keys(qtbot, form, on=None):
    """Ctrl+S in the answer grid (or on another field of the form: the form's shortcut);
    the answer sets just saved, read back from the store."""
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(on or form.grid, Qt.Key_S, Qt.ControlModifier)
    ids = {r.id for r in saved.args[0]}
    assert ids, form.error.text()
    return [r for r in m.list_answer_sets(form.store, form.client_id) if r.id in ids]


def shown(qtbot, form):
    qtbot.addWidget(form)
    form.show()
    return form


def test_prom_set_by_keys_alone(qtbot, store):
    c = make_client(store)
    form = EntryForm(store, c.id)
    qtbot.addWidget(form)
    form.show()
    assert form.chosen() == PROM_SET
    assert form.time_combo.currentData() == "baseline"  # suggested from the due window
    g = form.grid
    # WAS: "+" is 10.
    keys(qtbot, g, ["+"])
    # Inclusion: 4 4 9(refused) 3 ... with a Backspace correction and one unanswered item.
    keys(qtbot, g, ["4", "4", "9"])  # 9 is not on the 1–5 scale: refused, cursor stays
    assert form.error.isVisible()
    keys(qtbot, g, ["2", Qt.Key_Backspace, "3"])  # typed 2, went back, replaced by 3
    keys(qtbot, g, [Qt.Key_Space])  # item 4 unanswered
    keys(qtbot, g, ["5"] * 6)
    # 3X10D: "+" is 10; every digit is one answer ("1" then "0" is 1 and 0).
    keys(qtbot, g, ["+", "1", "0", "+"] + ["5"] * 6)
    saved = []
    form.saved.connect(saved.append)
    asked = answer_box(qtbot, "Save as incomplete")  # item 4 is named and confirmed
    qtbot.keyClick(g, Qt.Key_S, Qt.ControlModifier)
    assert "4" in asked[0]
    assert saved, form.error.text()
    rows = {r.instrument_id: r for r in m.list_answer_sets(store, c.id)}
    assert rows["was"].answer_values() == [10]
    assert rows["inclusion"].answer_values() == [4, 4, 3, None, 5, 5, 5, 5, 5, 5]
    assert rows["inclusion"].complete is False and rows["inclusion"].total is None
    assert rows["3x10d"].answer_values() == [10, 1, 0, 10, 5, 5, 5, 5, 5, 5]
    assert all(r.time_point == "baseline" for r in rows.values())


def test_single_instrument_running_band_and_backspace(qtbot, store):
    from tyokykytiimi import language
    from tyokykytiimi.ui import i18n
    i18n.install("fi")  # the band is read in the program's language, whatever ran before
    language.set_language("fi")
    c = make_client(store)
    form = shown(qtbot, EntryForm(store, c.id))
    drive.choose_item(qtbot, form.set_combo, "gad7")
    g = form.grid
    drive.click(qtbot, g)
    keys(qtbot, g, ["3", "3", "3", "1", Qt.Key_Backspace, Qt.Key_Backspace, "3", "3", "3", "0"])
    # Each Backspace stepped back and cleared one answer (item 4, then item 3).
    sec = g.sections[0]
    assert sec.answers() == [3, 3, 3, 3, 3, 0, None]
    assert "15" in g.summary(sec)  # running sum so far, no band yet
    qtbot.keyClick(g, "3")
    assert g.summary(sec).endswith("18 – Vaikea")
    rows = save_by_keys(qtbot, form)
    assert [(r.instrument_id, r.total) for r in rows] == [("gad7", 18)]


def test_followup_outside_window_marked(qtbot, store, today):
    c = make_client(store, started_days_ago=300)
    m.save_answer_sets(store, c.id, [m.Entry("was", [4]), m.Entry("inclusion", [3] * 10),
                                     m.Entry("3x10d", [5] * 10)],
                       time_point="baseline", answered_on=today - timedelta(days=300))
    form = shown(qtbot, EntryForm(store, c.id))
    assert form.time_combo.currentData() == "followup"
    assert form.window_note.text()
    drive.choose_item(qtbot, form.set_combo, "was")
    qtbot.keyClick(form.grid, "8")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)  # the form's shortcut works in the active window
    rows = save_by_keys(qtbot, form, on=form.set_combo)
    assert [(r.instrument_id, r.time_point, r.in_window) for r in rows] == [
        ("was", "followup", False)]


def test_bdi_total_only_with_safety_box(qtbot, store):
    c = make_client(store)
    form = shown(qtbot, EntryForm(store, c.id))
    drive.choose_item(qtbot, form.set_combo, "bdi2")
    drive.click(qtbot, form.total_only)
    assert form.total_only.isChecked()
    keys(qtbot, form.grid, ["2", "3", Qt.Key_Return, "1"])
    rows = save_by_keys(qtbot, form)
    assert [(r.total, r.total_only, r.safety_answer) for r in rows] == [(23, True, True)]
    assert [f.code for f in m.open_safety_flags(store, c.id)] == ["bdi_item9"]


def _pixels_vary(widget) -> bool:
    img = widget.grab().toImage()
    assert not img.isNull() and img.width() > 100 and img.height() > 100
    colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    return len(colours) > 5


def _with_data(store):
    from datetime import date as d
    c = create_client(store, first_name="Testi", last_name="Asiakas", started_on=d(2025, 1, 15))
    for tp, on, was in (("baseline", d(2025, 1, 15), 4), ("followup", d(2025, 7, 14), 7)):
        m.save_answer_sets(store, c.id, [m.Entry("was", [was]), m.Entry("inclusion", [3] * 10),
                                         m.Entry("3x10d", [was] * 10)],
                           time_point=tp, answered_on=on)
    m.save_answers(store, c.id, "situation", {"start": [1] * 12, "now": [2] * 12,
                                              "target": [4] * 12},
                   time_point="other", answered_on=d(2025, 7, 14))
    return c


def test_charts_render_non_empty(qtbot):
    from tyokykytiimi.models.instruments import change, score
    from tyokykytiimi.ui.measures import charts
    views = [
        charts.trend_chart("was", [(date(2025, 1, 1), 4), (date(2025, 7, 1), 7)]),
        charts.change_chart("was", 4, 7, change("was", score("was", [4]), score("was", [7]))),
        charts.area_bars_chart("3x10d", [("baseline", {"health": 3}), ("followup", {"health": 6})]),
        charts.situation_radar({"housing": 2}, {"housing": 3}, {"housing": 5}),
    ]
    for v in views:
        qtbot.addWidget(v)
        v.resize(700, 500)
        v.show()
        QApplication.processEvents()
        assert _pixels_vary(v)


def test_tab_pdf_export(qtbot, store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    from tyokykytiimi.ui.measures.measures_tab import MeasuresTab
    c = _with_data(store)
    out = tmp_path / "s.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    tab = MeasuresTab(store, c.id)
    qtbot.addWidget(tab)
    tab.show()
    drive.click(qtbot, tab.pdf_button)
    assert out.exists() and out.stat().st_size > 1000
    assert "Testi Asiakas" in pdf_text(out)


def test_team_view(qtbot, store):
    from tyokykytiimi.ui.measures.team_view import TeamMeasuresView
    _with_data(store)
    create_client(store, first_name="Myöhässä", last_name="Oleva", started_on=date(2025, 1, 1))
    view = TeamMeasuresView(store, today=date(2025, 8, 1))
    qtbot.addWidget(view)
    assert view.stats.rowCount() == 12  # was, inclusion, ten 3X10D areas
    assert view.stats.item(0, 1).text() == "1"
    assert view.due.rowCount() == 1 and "Oleva" in view.due.item(0, 0).text()


def test_correction_from_tab_keeps_history(qtbot, store, today):
    from tyokykytiimi.ui.measures.entry import EntryForm
    c = make_client(store)
    row = m.save_answers(store, c.id, "was", [3], time_point="baseline", answered_on=today)
    form = shown(qtbot, EntryForm(store, c.id, correcting=row))
    qtbot.keyClick(form.grid, Qt.Key_Backspace)
    qtbot.keyClick(form.grid, "6")
    [new] = save_by_keys(qtbot, form)
    assert new.corrects == row.id and new.total == 6
    from tyokykytiimi.ui.measures.measures_tab import MeasuresTab
    tab = MeasuresTab(store, c.id)
    qtbot.addWidget(tab)
    assert "[3]" in tab.table.item(0, 0).toolTip() and "[6]" in tab.table.item(0, 0).toolTip()


def test_charts_show_gaps_readable_labels_and_staff_cut_offs(qtbot, store, today):
    from PySide6.QtCharts import QBarCategoryAxis, QLineSeries
    from tyokykytiimi.ui.measures import charts
    from tyokykytiimi.ui.measures.measures_tab import MeasuresTab
    view = charts.area_bars_chart("3x10d", [("baseline", {"health": 3, "housing": None}),
                                            ("followup", {"health": 6, "housing": 5})])
    qtbot.addWidget(view)
    [series] = view.chart().series()
    assert not series.isLabelsVisible()  # numbers sit in the row labels, not on the bars
    [cats] = [a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis)]
    rows = cats.categories()
    housing = next(r for r in rows if r.startswith("3."))
    assert "– → 5" in housing and "no answer" in housing  # a gap that says so
    assert "3 → 6" in next(r for r in rows if r.startswith("1."))
    gad = charts.trend_chart("gad7", [(date(2025, 1, 1), 12)])
    qtbot.addWidget(gad)
    assert any(isinstance(s, QLineSeries) and "10" in s.name() for s in gad.chart().series())
    c = make_client(store)
    m.save_answers(store, c.id, "audit", [2, 2, 1] + [0] * 7, time_point="baseline",
                   answered_on=today)
    m.save_answers(store, c.id, "gad7", [2] * 6 + [0], time_point="baseline", answered_on=today)
    tab = MeasuresTab(store, c.id)
    qtbot.addWidget(tab)
    texts = [tab.table.item(r, 3).text() for r in range(tab.table.rowCount())]
    assert any("AUDIT-C: 5" in t for t in texts)
    assert any(t.startswith("12") and "≥ 10" in t for t in texts)


def test_team_view_lists_the_whole_window_with_days_left(qtbot, store):
    from tyokykytiimi.ui.measures.team_view import TeamMeasuresView
    today = date(2025, 8, 1)
    create_client(store, first_name="Ikkunassa", last_name="Alussa",
                  started_on=date(2025, 2, 14))  # window 31.7.–28.8.: opened yesterday
    create_client(store, first_name="Pian", last_name="Aukeava", started_on=date(2025, 2, 20))
    view = TeamMeasuresView(store, today=today)
    qtbot.addWidget(view)
    states = {view.due.item(r, 0).text(): view.due.item(r, 3).text()
              for r in range(view.due.rowCount())}
    assert "days left: 27" in states["Alussa Ikkunassa"]
    assert "window opens in: 5 d" in states["Aukeava Pian"]  # opens 6.8.
