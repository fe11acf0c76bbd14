"""Client list, client form, client page and screening tab driven with pytest-qt."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from tests.ui import drive
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.models.hetu import make_hetu
from tyokykytiimi.store import clients as cs
from tyokykytiimi.store.screenings import list_screenings
from tyokykytiimi.ui.clients.client_form import NewClientDialog
from tyokykytiimi.ui.clients.client_page import ClientPage
from tyokykytiimi.ui.clients.list_page import ClientListPage
from tyokykytiimi.ui.home import HomePage

HETU = make_hetu(date(1985, 3, 14), 246)


def test_form_refuses_wrong_hetu_with_message_next_to_field(qtbot, store):
    dialog = NewClientDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts fire in the active window only
    form = dialog.form
    qtbot.keyClicks(form.first_name, "Aino")
    qtbot.keyClicks(form.last_name, "Makela")
    wrong = HETU[:-1] + ("A" if HETU[-1] != "A" else "B")
    qtbot.keyClicks(form.hetu, wrong)
    error = form.errors["hetu"]
    assert error.isVisible() and "Tarkistemerkki ei täsmää" in error.text()
    qtbot.keyClick(form.hetu, Qt.Key_Return)  # Enter saves the dialog: refused
    assert dialog.client_id is None and cs.client_rows(store) == []
    assert "Tarkistemerkki ei täsmää" in error.text()
    form.hetu.clear()
    qtbot.keyClicks(form.hetu, "310285-123A")
    assert "Päivämäärää 31.02.1985 ei ole" in error.text()
    form.hetu.clear()
    qtbot.keyClicks(form.hetu, HETU)
    assert not error.isVisible()
    assert "14.3.1985" in form.hetu_info.text()
    assert form.sex.currentData() == "female"  # prefilled from the code
    qtbot.keyClick(dialog.focusWidget(), Qt.Key_Return)
    assert dialog.client_id is not None, {k: e.text() for k, e in form.errors.items() if e.text()}
    saved = cs.get_client(store, dialog.client_id)
    assert (saved.first_name, saved.last_name, saved.hetu, saved.sex) == (
        "Aino", "Makela", HETU, "female")


def test_form_points_out_age_outside_range_and_refuses_duplicate(qtbot, store):
    cs.create_client(store, first_name="Eka", last_name="Asiakas", hetu=HETU)
    dialog = NewClientDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    old = make_hetu(date(1950, 6, 1), 123)
    qtbot.keyClicks(dialog.form.first_name, "Toka")
    qtbot.keyClicks(dialog.form.last_name, "Asiakas")
    qtbot.keyClicks(dialog.form.hetu, old)
    assert "18–65" in dialog.form.hetu_info.text()  # pointed out, not refused
    dialog.form.hetu.selectAll()
    qtbot.keyClicks(dialog.form.hetu, HETU)
    qtbot.keyClick(dialog.form.hetu, Qt.Key_S, Qt.ControlModifier)  # Ctrl+S saves too
    assert dialog.client_id is None and dialog.isVisible()
    assert "jo asiakas" in dialog.form.errors["hetu"].text()
    assert [r.first_name for r in cs.client_rows(store)] == ["Eka"]


def test_list_search_filter_and_enter_opens(qtbot, store):
    a = cs.create_client(store, first_name="Åsa", last_name="Öhman", phone="040 111 2222")
    cs.create_client(store, first_name="Aino", last_name="Aalto", hetu=HETU)
    cs.create_client(store, first_name="Zacharias", last_name="Zetterberg")
    page = ClientListPage(store)
    qtbot.addWidget(page)
    page.show()
    names = [page.model.row_at(i).last_name for i in range(page.model.rowCount())]
    assert names == ["Aalto", "Zetterberg", "Öhman"]
    page.focus_search()
    page.search.setText("öhm")  # QTest types ASCII only
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    with qtbot.waitSignal(page.client_requested) as sig:
        qtbot.keyClick(page.search, Qt.Key_Return)
    assert sig.args == [a.id]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.step_filter.setCurrentIndex(page.step_filter.findData(2))
    assert page.model.rowCount() == 0
    page.step_filter.setCurrentIndex(0)
    page.table.setFocus()
    page.table.sortByColumn(0, Qt.DescendingOrder)
    assert page.model.row_at(0).last_name == "Öhman"
    page.table.setCurrentIndex(page.model.index(2, 0))
    with qtbot.waitSignal(page.client_requested) as sig:
        qtbot.keyClick(page.table, Qt.Key_Return)
    assert sig.args == [page.model.row_at(2).id]


def test_client_page_audits_view_and_shows_header(qtbot, store, today):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU)
    with store.session() as s:
        before = len(s.exec(select(AuditEntry).where(AuditEntry.client_id == c.id,
                                                     AuditEntry.action == "view")).all())
    page = ClientPage(store, c.id)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    with store.session() as s:
        after = len(s.exec(select(AuditEntry).where(AuditEntry.client_id == c.id,
                                                    AuditEntry.action == "view")).all())
    assert after >= before + 1
    assert page.name_label.text() == "Aino Mäkelä"
    assert HETU in page.facts.text()
    assert {"basic", "screening", "history"} <= set(page.tab_widgets)
    assert page.tabs.currentIndex() == 0 and set(page.tab_widgets.built) == {"overview"}
    page.activateWindow()
    qtbot.waitUntil(lambda: page.isActiveWindow())
    qtbot.keyClick(page.tabs, Qt.Key_2, Qt.AltModifier)  # each tab has its key
    basic = page.tab_widgets.built["basic"]
    assert page.tabs.currentWidget().isAncestorOf(basic)
    drive.click(qtbot, basic.form.phone)
    qtbot.keyClicks(basic.form.phone, "040 123 4567")
    qtbot.keyClick(basic.form.phone, Qt.Key_S, Qt.ControlModifier)  # Ctrl+S saves the details
    assert cs.get_client(store, c.id, audit_view=False).phone == "040 123 4567"
    drive.choose_item(qtbot, basic.step, 2)
    drive.click(qtbot, basic.move_button)
    assert cs.get_client(store, c.id, audit_view=False).path_step == 2
    drive.click(qtbot, basic.close_button)  # no outcome chosen
    assert basic.close_error.isVisible()
    drive.choose_item(qtbot, basic.outcome, "studies")
    drive.click(qtbot, basic.assessment)
    qtbot.keyClicks(basic.assessment, "Aloittaa opinnot.")
    from tests.ui.modal import answer_modal
    seen = []
    answer_modal(QMessageBox.Cancel, seen=seen)  # the safe default first: nothing happens
    drive.click(qtbot, basic.close_button)
    assert cs.get_client(store, c.id, audit_view=False).status == "active"
    assert "follow-up" in seen[0]  # what is still open is named
    answer_modal(basic.tr("Close the client relationship"))
    drive.click(qtbot, basic.close_button)
    closed = cs.get_client(store, c.id, audit_view=False)
    assert (closed.status, closed.closing_assessment) == ("closed", "Aloittaa opinnot.")
    assert str(today.year + 10) in basic.retention.text()
    # Back after all: the relationship is reopened at the step chosen.
    drive.choose_item(qtbot, basic.reopen_step, 3)
    drive.click(qtbot, basic.reopen_button)
    again = cs.get_client(store, c.id, audit_view=False)
    assert (again.status, again.path_step) == ("active", 3)


def test_screening_tab_live_suggestion_and_versioned_save(qtbot, store):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU)
    page = ClientPage(store, c.id)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts fire in the active window only
    drive.choose_tab(qtbot, page.tabs, drive.shown_text(page.tabs.tabText(
        page.tabs.indexOf(page.tab_widgets["screening"]))))
    tab = page.tab_widgets["screening"]

    def answer(item, code):
        radio = next(b for b in tab.groups[item.id].buttons() if b.property("answer") == code)
        tab.scroll.ensureWidgetVisible(radio)
        drive.click(qtbot, radio)
        assert radio.isChecked()

    for item in tab.defn.items:
        answer(item, item.expected)
    assert tab.suggestion.text() == "The answers point to: Accept as client"
    first = tab.defn.items[0]
    answer(first, "no" if first.expected == "yes" else "yes")
    assert first.points_to[tab.lang] in tab.suggestion.text()
    drive.choose_item(qtbot, tab.decision, "guide_elsewhere")
    drive.click(qtbot, tab.save_button)  # no service named: refused beside the field
    assert tab.errors["guided_to"].isVisible() and list_screenings(store, c.id) == []
    drive.click(qtbot, tab.guided_to)
    qtbot.keyClicks(tab.guided_to, "Sosiaalipalvelut")
    drive.click(qtbot, tab.reason)
    qtbot.keyClicks(tab.reason, "Arjen tuki ensin")
    qtbot.keyClick(tab.reason, Qt.Key_S, Qt.ControlModifier)  # Ctrl+S saves
    assert [r.decision for r in list_screenings(store, c.id)] == ["guide_elsewhere"]
    answer(tab.defn.items[0], first.expected)  # the form was rebuilt with what was saved
    drive.choose_item(qtbot, tab.decision, "more_info")
    drive.click(qtbot, tab.save_button)
    rows = list_screenings(store, c.id)
    assert [r.decision for r in rows] == ["more_info", "guide_elsewhere"]
    assert rows[1].guided_to == "Sosiaalipalvelut"
    assert tab.history.rowCount() == 2


def test_home_page_lists_overdue(qtbot, store):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU,
                         case_manager_user_id=store.user.id, started_on=date(2020, 1, 1))
    page = HomePage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)  # the lists are read off the UI thread
    table = page.tables["overdue"]
    assert table.model().rowCount() >= 1
    table.setFocus()
    table.selectRow(0)
    with qtbot.waitSignal(page.client_requested) as sig:
        qtbot.keyClick(table, Qt.Key_Return)
    assert sig.args == [c.id]
