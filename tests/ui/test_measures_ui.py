"""Measures UI: keyboard-only entry, the client tab's safety banner, charts."""
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tyokykytiimi.store import measures as m
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.measures.entry import PROM_SET, EntryForm

TODAY = date.today()


def make_client(store, started_days_ago=10):
    return create_client(store, first_name="Testi", last_name="Asiakas",
                         started_on=TODAY - timedelta(days=started_days_ago))


def keys(qtbot, widget, sequence):
    for k in sequence:
        if isinstance(k, str):
            qtbot.keyClick(widget, k)
        else:
            qtbot.keyClick(widget, k)


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
    # 3X10D: "1" then "0" is 10; "7" … with one + ; the rest 5.
    keys(qtbot, g, ["1", "0", "7", "+"] + ["5"] * 7)
    saved = []
    form.saved.connect(saved.append)
    qtbot.keyClick(g, Qt.Key_S, Qt.ControlModifier)
    assert saved, form.error.text()
    rows = {r.instrument_id: r for r in m.list_answer_sets(store, c.id)}
    assert rows["was"].answer_values() == [10]
    assert rows["inclusion"].answer_values() == [4, 4, 3, None, 5, 5, 5, 5, 5, 5]
    assert rows["inclusion"].complete is False and rows["inclusion"].total is None
    assert rows["3x10d"].answer_values() == [10, 7, 10, 5, 5, 5, 5, 5, 5, 5]
    assert all(r.time_point == "baseline" for r in rows.values())


def test_single_instrument_running_band_and_backspace(qtbot, store):
    c = make_client(store)
    form = EntryForm(store, c.id)
    qtbot.addWidget(form)
    form.set_combo.setCurrentIndex(form.set_combo.findData("gad7"))
    g = form.grid
    g.setFocus()
    keys(qtbot, g, ["3", "3", "3", "1", Qt.Key_Backspace, Qt.Key_Backspace, "3", "3", "3", "0"])
    # Each Backspace stepped back and cleared one answer (item 4, then item 3).
    sec = g.sections[0]
    assert sec.answers() == [3, 3, 3, 3, 3, 0, None]
    assert "15" in g.summary(sec)  # running sum so far, no band yet
    qtbot.keyClick(g, "3")
    assert g.summary(sec).endswith("Severe") or "18" in g.summary(sec)
    rows = form.save()
    assert rows[0].total == 18


def test_followup_outside_window_marked(qtbot, store):
    c = make_client(store, started_days_ago=300)
    m.save_answer_sets(store, c.id, [m.Entry("was", [4]), m.Entry("inclusion", [3] * 10),
                                     m.Entry("3x10d", [5] * 10)],
                       time_point="baseline", answered_on=TODAY - timedelta(days=300))
    form = EntryForm(store, c.id)
    qtbot.addWidget(form)
    assert form.time_combo.currentData() == "followup"
    assert form.window_note.text()
    form.set_combo.setCurrentIndex(form.set_combo.findData("was"))
    qtbot.keyClick(form.grid, "8")
    rows = form.save()
    assert rows[0].in_window is False


def test_bdi_total_only_with_safety_box(qtbot, store):
    c = make_client(store)
    form = EntryForm(store, c.id)
    qtbot.addWidget(form)
    form.set_combo.setCurrentIndex(form.set_combo.findData("bdi2"))
    form.total_only.setChecked(True)
    keys(qtbot, form.grid, ["2", "3", Qt.Key_Return, "1"])
    rows = form.save()
    assert rows[0].total == 23 and rows[0].safety_answer is True
    assert [f.code for f in m.open_safety_flags(store, c.id)] == ["bdi_item9"]
