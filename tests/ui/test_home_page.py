"""The home page and the client list's filters, used with the mouse and the keyboard."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlmodel import select

from tests.home_data import build
from tyokykytiimi import clock
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.ui.clients.list_page import ClientListPage
from tyokykytiimi.ui.home import HomePage


def shown(page: HomePage, key: str) -> list[str]:
    return [line.client_id for line in page.models[key].lines]


def open_page(qtbot, store) -> HomePage:
    page = HomePage(store)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    return page


def test_home_page_lists_my_deadlines_and_opens_them(qtbot, store):
    d = build(store)
    page = open_page(qtbot, store)
    assert page.whose.currentIndex() == 0  # my own clients first
    assert d.late in shown(page, "overdue") and d.fresh not in shown(page, "today")
    assert page.sections["flags"].isVisible() and shown(page, "flags") == [d.flagged]
    assert shown(page, "quiet") == [d.quiet]
    overdue = page.tables["overdue"]
    row = shown(page, "overdue").index(d.late)
    # Click the row, then Enter opens the client.
    qtbot.mouseClick(overdue.viewport(), Qt.LeftButton,
                     pos=overdue.visualRect(page.models["overdue"].index(row, 0)).center())
    with qtbot.waitSignal(page.client_requested) as sig:
        qtbot.keyClick(overdue, Qt.Key_Return)
    assert sig.args == [d.late]
    later = page.models["later"].lines + page.models["this_week"].lines
    window = next(x for x in later if x.client_id == d.window)
    # The days left to the window's last day (24 days after the data was made) are
    # shown, counted from the page's today: the year may turn while the test runs
    # (CI's 31 December clock), so that is the data's day or the next.
    last_day = d.today + timedelta(days=24)
    cell = page.models["later"]._cells(window)[2]
    assert any(f" {(last_day - day).days} " in cell for day in (d.today, clock.today())), cell

    # Down on the drop-down: the whole team's lists, the nurse's client included.
    page.whose.setFocus()
    qtbot.keyClick(page.whose, Qt.Key_Down)
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    assert page.whose.currentData() is None
    # Due on the data's day: today's, or overdue once CI's 31 December clock has
    # turned the year while the test ran.
    assert d.fresh in shown(page, "today") or (
        clock.today() != d.today and d.fresh in shown(page, "overdue"))

    # The agenda: the meeting in five days, under this week or next week; a click and
    # Enter open its client.
    agenda = page.agenda
    items = [agenda.topLevelItem(w).child(i).child(j)
             for w in range(agenda.topLevelItemCount())
             for i in range(agenda.topLevelItem(w).childCount())
             for j in range(agenda.topLevelItem(w).child(i).childCount())]
    assert [it.data(0, Qt.UserRole) for it in items] == [d.network]
    agenda.scrollToItem(items[0])
    qtbot.mouseClick(agenda.viewport(), Qt.LeftButton,
                     pos=agenda.visualItemRect(items[0]).center())
    with qtbot.waitSignal(page.client_requested) as sig:
        qtbot.keyClick(agenda, Qt.Key_Return)
    assert sig.args == [d.network]
    with store.session() as s:
        reads = s.exec(select(AuditEntry).where(AuditEntry.target == "due")).all()
    assert [e.action for e in reads] == ["list", "list"]  # each list shown, audited once


def test_the_doctor_sees_the_flag_whoever_is_case_manager(qtbot, store, data_dir):
    from tests.people import DOCTOR, sign_in_as
    from tyokykytiimi.store import measures
    d = build(store)
    doctor = sign_in_as(store, data_dir, DOCTOR)
    page = open_page(qtbot, doctor)  # the doctor is nobody's case manager here
    assert page.whose.currentData() is None and shown(page, "flags") == [d.flagged]
    for flag in measures.open_safety_flags(doctor, d.flagged):
        measures.acknowledge_safety_flag(doctor, flag.id, "Soitin asiakkaalle.")
    from tyokykytiimi.ui.events import bus
    bus.changed.emit("measures", d.flagged)
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    assert shown(page, "flags") == [] and not page.sections["flags"].isVisible()
    page.close()
    doctor.close()


def test_client_list_filters_by_keys(qtbot, store):
    d = build(store)
    page = ClientListPage(store)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 6
    qtbot.keyClicks(page.search, "ikon")  # every key filters at once, no waiting
    assert [page.model.row_at(i).id for i in range(page.model.rowCount())] == [d.window]
    for _ in range(4):
        qtbot.keyClick(page.search, Qt.Key_Backspace)
    assert page.model.rowCount() == 6
    page.due_filter.setFocus()
    qtbot.keyClick(page.due_filter, Qt.Key_Down)
    qtbot.keyClick(page.due_filter, Qt.Key_Down)
    assert page.due_filter.currentData() == "prom_due"
    assert {page.model.row_at(i).id for i in range(page.model.rowCount())} == \
        {d.late, d.fresh, d.window}
    qtbot.keyClick(page.due_filter, Qt.Key_Down)
    assert page.due_filter.currentData() == "flagged"
    assert page.model.rowCount() == 1 and page.model.row_at(0).id == d.flagged
    assert page.model.index(0, 0).data().startswith("⚠ ")
    qtbot.keyClicks(page.search, "virta")
    with qtbot.waitSignal(page.client_requested) as sig:
        qtbot.keyClick(page.search, Qt.Key_Return)
    assert sig.args == [d.flagged]
    with store.session() as s:
        reads = s.exec(select(AuditEntry).where(AuditEntry.target == "clients",
                                                AuditEntry.action == "list")).all()
    assert len(reads) == 1


def test_hidden_list_reads_again_when_shown(qtbot, store):
    from tyokykytiimi.store import clients as cs
    from tyokykytiimi.ui.events import bus
    build(store)
    page = ClientListPage(store)
    qtbot.addWidget(page)
    page.show()
    page.hide()  # a client page is in front
    new = cs.create_client(store, first_name="Matti", last_name="Mustonen")
    bus.changed.emit("clients", new.id)
    assert page.model.total() == 6  # nothing read while hidden
    page.show()
    assert page.model.total() == 7
    qtbot.keyClicks(page.search, "muston")
    assert page.model.rowCount() == 1 and page.model.row_at(0).id == new.id
