"""Issue 16 points 4, 5, 7, 9 and 10 on the client page, by clicks and keys."""
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.people import DOCTOR, sign_in_as
from tests.ui import drive
from tests.ui.nurse_helpers import in_dialog, shown_active
from tyokykytiimi import clock
from tyokykytiimi.store import journal as j
from tyokykytiimi.store import measures as m
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.clients.client_page import ClientPage


def flagged_client(store):
    c = create_client(store, first_name="Veera", last_name="Virtanen",
                      started_on=clock.today() - timedelta(days=40))
    m.save_answer_sets(store, c.id, [m.Entry("was", [4]), m.Entry("inclusion", [3] * 10),
                                     m.Entry("3x10d", [4, None] + [5] * 8)],
                       time_point="baseline", answered_on=clock.today() - timedelta(days=40))
    items = [1] * 21
    items[8] = 2
    m.save_answers(store, c.id, "bdi", items, time_point="baseline",
                   answered_on=clock.today() - timedelta(days=40))
    m.save_answers(store, c.id, "gad7", [2] * 7, time_point="baseline",
                   answered_on=clock.today() - timedelta(days=40))
    return c


def open_page(qtbot, store, client_id):
    return shown_active(qtbot, ClientPage(store, client_id))


def test_opens_on_the_overview_and_builds_tabs_when_shown(qtbot, store, today):
    c = flagged_client(store)
    j.add_entry(store, c.id, entry_on=today, kind="phone", text="Soitin, sovittiin käynti")
    page = open_page(qtbot, store, c.id)
    assert page.tabs.currentIndex() == 0
    assert set(page.tab_widgets.built) == {"overview"}  # the rest wait until shown
    ov = page.tab_widgets.built["overview"]
    assert "Soitin, sovittiin käynti" in ov.journal_label.text()
    assert ov.measures_label.text().startswith("WAS: baseline 4 (")
    assert "9" in ov.now_label.text()  # the open flag
    n = page.tab_keys.index("measures") + 1
    qtbot.keyClick(page.tabs.tabBar(), getattr(Qt, f"Key_{n}"), Qt.AltModifier)
    assert "measures" in page.tab_widgets.built
    assert page.tabs.currentWidget().isAncestorOf(page.tab_widgets.built["measures"])
    # Ctrl+E opens the measures entry from any tab (here from the overview).
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key_1, Qt.AltModifier)
    assert page.tabs.currentIndex() == 0

    def typed_and_closed(dialog):
        assert dialog.form.chosen() == "prom"
        dialog.form.grid.setFocus()
        dialog.done(0)
    from tyokykytiimi.ui.measures.measures_tab import EntryDialog
    in_dialog(EntryDialog, typed_and_closed)
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key_E, Qt.ControlModifier)
    assert page.tabs.currentWidget().isAncestorOf(page.tab_widgets.built["measures"])


def test_journal_written_edited_searched_by_keys(qtbot, store):
    c = flagged_client(store)
    page = open_page(qtbot, store, c.id)
    n = page.tab_keys.index("journal") + 1
    qtbot.keyClick(page.tabs.tabBar(), getattr(Qt, f"Key_{n}"), Qt.AltModifier)
    tab = page.tab_widgets.built["journal"]
    from tyokykytiimi.ui.clients.journal_tab import EntryDialog

    def write(text, kind_steps=0):
        def act(dialog):
            for _ in range(kind_steps):
                qtbot.keyClick(dialog.kind, Qt.Key_Down)
            qtbot.keyClicks(dialog.text, text)
            qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
        return act
    in_dialog(EntryDialog, write("Soitin asiakkaalle, sovittiin kaynti 3.12."))
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key_J, Qt.ControlModifier)  # the page's key, from the tab
    in_dialog(EntryDialog, write("Kaynti, verenpaine hyva"))
    qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    assert tab.table.rowCount() == 2
    tab.table.setFocus()
    tab.table.selectRow([line.entry.text for line in tab.lines].index(
        "Kaynti, verenpaine hyva"))

    def edit(dialog):
        dialog.text.selectAll()
        qtbot.keyClicks(dialog.text, "Kaynti, verenpaine 128/80")
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    in_dialog(EntryDialog, edit)
    qtbot.mouseClick(tab.edit_button, Qt.LeftButton)
    row = [line.entry.text for line in tab.lines].index("Kaynti, verenpaine 128/80")
    tab.table.selectRow(row)
    assert "Kaynti, verenpaine hyva" in tab.history.text()  # the earlier text stays readable
    qtbot.keyClicks(tab.search, "3.12")
    assert [line.entry.text for line in tab.lines] == ["Soitin asiakkaalle, sovittiin kaynti 3.12."]
    lines = j.list_entries(store, c.id, audit_view=False)
    assert sorted(x.entry.text for x in lines) == ["Kaynti, verenpaine 128/80",
                                                   "Soitin asiakkaalle, sovittiin kaynti 3.12."]


def test_statement_form_says_where_the_statement_lives(qtbot, store):
    from tyokykytiimi.ui.clients.journal_tab import EntryDialog
    c = flagged_client(store)
    dialog = EntryDialog(store, c.id, kind="statement")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.statement_note.isVisible()
    assert "health record system" in dialog.statement_note.text()
    qtbot.keyClicks(dialog.statement_kind, "B-lausunto")
    dialog.statement_state.setCurrentIndex(dialog.statement_state.findData("delivered"))
    qtbot.keyClicks(dialog.delivered_to, "Kela")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    [line] = j.list_entries(store, c.id, audit_view=False)
    assert (line.entry.statement_kind, line.entry.statement_state, line.entry.delivered_to) \
        == ("B-lausunto", "delivered", "Kela")


def test_flag_for_every_role_acknowledged_by_the_doctor_with_a_note(qtbot, store, data_dir):
    c = flagged_client(store)
    page = open_page(qtbot, store, c.id)  # the coordinator sees it, cannot acknowledge
    assert page.flag_banner.isVisible() and "9" in page.flag_banner.text.text()
    assert not page.flag_banner.ack_button.isVisible()
    page.close()
    doctor = sign_in_as(store, data_dir, DOCTOR)
    page = open_page(qtbot, doctor, c.id)
    assert page.flag_banner.ack_button.isVisible()
    from tyokykytiimi.ui.measures.flags import AcknowledgeDialog

    def empty_then_note(dialog):
        qtbot.mouseClick(dialog.ok, Qt.LeftButton)  # no note: refused, said next to it
        assert dialog.error.isVisible() and dialog.isVisible()
        qtbot.keyClicks(dialog.note, "soitin asiakkaalle, aika huomenna")
        qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    in_dialog(AcknowledgeDialog, empty_then_note)
    qtbot.mouseClick(page.flag_banner.ack_button, Qt.LeftButton)
    assert not page.flag_banner.isVisible()
    assert m.open_safety_flags(store, c.id) == []
    from tyokykytiimi.ui.measures.flags import history_line
    [h] = m.safety_flag_history(store, c.id)
    assert "Lauri Lääkäri acknowledged" in history_line(h)
    assert "soitin asiakkaalle, aika huomenna" in history_line(h)
    doctor.close()


def test_show_to_client_holds_only_their_own_follow_up(qtbot, store):
    from tyokykytiimi.ui.main_window import MainWindow
    from tyokykytiimi.ui.measures.client_view import ShowToClient
    c = flagged_client(store)
    other = create_client(store, first_name="Toinen", last_name="Asiakasnimi")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.open_client(c.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.mouseClick(page.show_client_button, Qt.LeftButton)
    view = page._shown_to_client
    assert isinstance(view, ShowToClient) and view.isFullScreen()
    texts = " ".join(w.text() for w in view.findChildren(type(page.name_label)))
    assert "Veera" in texts and "Virtanen" not in texts and other.last_name not in texts
    for word in ("BDI", "GAD", "AUDIT", "9", "doctor", "lääkär"):
        assert word not in texts.replace("(10–50)", "")
    assert len(view.chart_views) == 2  # work-ability trend and the 3X10D profile
    view.activateWindow()
    qtbot.waitUntil(lambda: view.isActiveWindow())
    qtbot.keyClick(view, Qt.Key_Escape)
    assert not view.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    page.tabs.tabBar().setFocus()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key_F11)
    view = page._shown_to_client
    assert view.isVisible()
    window.lock()  # the idle lock ends it: the lock screen is what shows
    assert not view.isVisible()
    window.lock_screen.password.setText("Kissa-istuu-puussa-7")
    qtbot.mouseClick(window.lock_screen.findChild(type(page.show_client_button)), Qt.LeftButton)
    assert not window.locked and not view.isVisible()  # not brought back at unlock
    qtbot.mouseClick(page.show_client_button, Qt.LeftButton)
    view = page._shown_to_client
    assert view.isFullScreen()
    qtbot.mouseClick(view.close_button, Qt.LeftButton)  # its own Close, for a mouse user
    assert not view.isVisible()
    QApplication.processEvents()


def test_the_page_keys_are_unique_with_every_tab_built(qtbot, store):
    from PySide6.QtGui import QShortcut
    from tyokykytiimi.ui.main_window import MainWindow
    c = flagged_client(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    page = window.open_client(c.id)
    dict(page.tab_widgets.items())  # builds every tab
    keys = [s.key().toString() for s in page.findChildren(QShortcut) if s.isEnabled()]
    keys += [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    ours = [f"Alt+{n}" for n in range(1, len(page.tab_keys) + 1)] + ["Ctrl+E", "Ctrl+J", "F11"]
    for key in ours:
        assert keys.count(key) == 1, key
    assert "Ctrl+N" not in [s.key().toString() for s in page.tab_widgets.built[
        "measures"].findChildren(QShortcut)]


def test_overview_shows_inclusion_neutrally(qtbot, store, today):
    c = flagged_client(store)
    m.save_answer_sets(store, c.id, [m.Entry("was", [8]), m.Entry("inclusion", [5] * 10),
                                     m.Entry("3x10d", [6] * 10)],
                       time_point="followup", answered_on=today)
    from tyokykytiimi.ui.clients.overview_tab import OverviewTab
    tab = OverviewTab(store, c.id)
    qtbot.addWidget(tab)
    lines = tab.measures_label.text().split("<br>")
    assert any(line.startswith("WAS") and "better" in line for line in lines)
    [inclusion] = [line for line in lines if "30 → 50" in line]
    assert not any(word in inclusion for word in ("better", "weaker", "change"))


def test_reading_the_overview_journal_and_measures_writes_only_views(qtbot, store, today):
    from sqlalchemy import func
    from sqlmodel import select

    from tyokykytiimi.models.audit import AuditEntry, ChangeLog
    c = flagged_client(store)
    j.add_entry(store, c.id, entry_on=today, kind="note", text="muistiinpano")

    def counts():
        with store.session() as s:
            changes = s.exec(select(func.count()).select_from(ChangeLog)).one()
            actions = [a.action for a in s.exec(select(AuditEntry))]
        return changes, actions
    before, actions_before = counts()
    page = open_page(qtbot, store, c.id)
    for key in ("overview", "measures", "journal"):
        drive.go_to_tab(qtbot, page, key)
    after, actions_after = counts()
    assert after == before  # no row of client data changed
    assert set(actions_after[len(actions_before):]) == {"view"}
