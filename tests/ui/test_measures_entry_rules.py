"""Issue 16 points 1 and 2 on the entry form, by keys: no empty save, gaps named,
declined with a reason, every digit one answer, Esc asks before discarding."""
from PySide6.QtCore import Qt

from tests.ui.nurse_helpers import click_in_box, due_client, type_in_input
from tyokykytiimi.store import measures as m
from tyokykytiimi.ui.measures.entry import EntryForm
from tyokykytiimi.ui.measures.measures_tab import EntryDialog


def followup_done(store, c) -> bool:
    return m.prom_status(store, [c.id])[c.id]["followup_done"]


def test_empty_save_keeps_the_followup_due(qtbot, store):
    c = due_client(store)
    form = EntryForm(store, c.id)
    qtbot.addWidget(form)
    form.show()
    assert form.time_combo.currentData() == "followup"
    qtbot.keyClick(form.grid, Qt.Key_S, Qt.ControlModifier)
    assert form.error.isVisible() and "nothing was saved" in form.error.text().lower() \
        or "mitään ei tallennettu" in form.error.text()
    assert [r.time_point for r in m.list_answer_sets(store, c.id)] == ["baseline"] * 3
    assert not followup_done(store, c)


def test_skipped_items_are_named_then_stored_incomplete(qtbot, store):
    c = due_client(store)
    form = EntryForm(store, c.id)
    qtbot.addWidget(form)
    form.show()
    g = form.grid
    qtbot.keyClicks(g, "6" + "4" * 10 + "5")
    qtbot.keyClick(g, Qt.Key_Space)  # 3X10D area 2 left unanswered
    qtbot.keyClicks(g, "5" * 8)
    asked = click_in_box(qtbot, "Go back")
    qtbot.keyClick(g, Qt.Key_S, Qt.ControlModifier)
    assert asked and "3X10D" in asked[0] and " 2 " in asked[0]
    assert not [r for r in m.list_answer_sets(store, c.id) if r.time_point == "followup"]
    asked = click_in_box(qtbot, "Save as incomplete")
    qtbot.keyClick(g, Qt.Key_S, Qt.ControlModifier)
    assert asked
    rows = {r.instrument_id: r for r in m.list_answer_sets(store, c.id)
            if r.time_point == "followup"}
    assert rows["3x10d"].complete is False and rows["3x10d"].answer_values()[1] is None
    assert rows["was"].complete and rows["inclusion"].complete
    assert not followup_done(store, c)  # an incomplete set does not close it


def test_declined_with_reason_closes_the_followup(qtbot, store):
    c = due_client(store)
    form = EntryForm(store, c.id)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.grid, "7" + "4" * 10)  # the 3X10D left empty
    asked = type_in_input(qtbot, "ei jaksanut tanaan")
    qtbot.mouseClick(form.decline_button, Qt.LeftButton)
    assert asked and "3X10D" in asked[0]
    qtbot.keyClick(form.grid, Qt.Key_S, Qt.ControlModifier)
    rows = {r.instrument_id: r for r in m.list_answer_sets(store, c.id)
            if r.time_point == "followup"}
    assert rows["3x10d"].declined_reason == "ei jaksanut tanaan"
    assert rows["was"].answer_values() == [7]
    assert followup_done(store, c)


def test_every_digit_is_one_answer_at_any_speed(qtbot, store):
    c = due_client(store)
    form = EntryForm(store, c.id)
    qtbot.addWidget(form)
    form.show()
    assert "10 = +" in form.grid.item(form.grid.rows[0], 2).text()  # the rule, on the form
    # Typed as fast as Qt delivers keys: 1 0 2 3 are four answers, "+" is 10.
    qtbot.keyClicks(form.grid, "+" + "3" * 10 + "1023" + "+" + "55555")
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.grid, Qt.Key_S, Qt.ControlModifier)
    rows = {r.instrument_id: r for r in m.list_answer_sets(store, c.id)
            if r.time_point != "baseline"}
    assert rows["3x10d"].answer_values() == [1, 0, 2, 3, 10, 5, 5, 5, 5, 5]
    assert rows["was"].answer_values() == [10]


def test_esc_on_a_half_filled_form_asks(qtbot, store):
    c = due_client(store)
    dialog = EntryDialog(store, c.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.grid, "64")
    asked = click_in_box(qtbot, "Keep typing")
    qtbot.keyClick(dialog.form.grid, Qt.Key_Escape)
    assert asked and dialog.isVisible()
    assert dialog.form.grid.sections[0].cells[0].value == 6
    asked = click_in_box(qtbot, "Discard")
    qtbot.keyClick(dialog.form.grid, Qt.Key_Escape)
    assert asked and not dialog.isVisible()
    assert not [r for r in m.list_answer_sets(store, c.id) if r.time_point == "followup"]


def test_declined_set_reads_as_declined_in_the_history(qtbot, store, today):
    from tyokykytiimi.ui.measures.measures_tab import MeasuresTab
    c = due_client(store)
    m.save_answer_sets(store, c.id, [m.Entry("3x10d", [], declined_reason="ei jaksanut")],
                       time_point="followup", answered_on=today)
    tab = MeasuresTab(store, c.id)
    qtbot.addWidget(tab)
    results = [tab.table.item(r, 3).text() for r in range(tab.table.rowCount())]
    assert "client declined to answer: ei jaksanut" in results
