"""Issue 16: the nurse's and the doctor's day, driving the real main window by keys
and clicks, each ending with what the store holds.

Keys for the follow-up set, counted here: from the client list with the client
selected, Enter opens the client and Ctrl+E the entry form (2 keys); the set is
21 answers + Ctrl+S; 24 in all (two more for each digit typed wrong and cleared).
"""
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.people import DOCTOR, NURSE, sign_in_as
from tests.ui.nurse_helpers import due_client, in_dialog, shown_active
from tyokykytiimi import clock
from tyokykytiimi.store import measures as m
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.main_window import MainWindow
from tyokykytiimi.ui.measures.measures_tab import EntryDialog


class Keys:
    """Presses keys on whatever has the focus, and counts them."""

    def __init__(self, qtbot, target=None):
        self.qtbot, self.count, self.target = qtbot, 0, target

    def __call__(self, key, modifier=Qt.NoModifier, times: int = 1):
        for _ in range(times):
            target = self.target or QApplication.focusWidget()
            assert target is not None, "no widget has the keyboard focus"
            self.qtbot.keyClick(target, key, modifier)
            self.count += 1

    def type(self, text: str):
        for ch in text:
            self(ch)


def team_with_due_followup(store):
    due = due_client(store, 180, last="Seurattava")
    create_client(store, first_name="Aaro", last_name="Alkuvaihe",
                  started_on=clock.today() - timedelta(days=20))
    return due


def find_client(qtbot, window, press, text: str):
    """Ctrl+F and a part of the name, as a person finds a client."""
    press(Qt.Key_F, Qt.ControlModifier)
    press.type(text)
    clients = window.page("clients")
    qtbot.waitUntil(lambda: clients.model.rowCount() == 1)
    return clients


def test_nurse_day(qtbot, store, data_dir):
    due = team_with_due_followup(store)
    nurse = sign_in_as(store, data_dir, NURSE)
    window = shown_active(qtbot, MainWindow(nurse), (1280, 820))
    press = Keys(qtbot)
    # She finds the client whose follow-up is due: Ctrl+F, the name, Down to the row.
    clients = find_client(qtbot, window, press, "seura")
    press(Qt.Key_Down)
    assert QApplication.focusWidget() is clients.table
    start = press.count
    entry = {}

    def enter_the_set(dialog):
        entry["form"] = form = dialog.form
        assert form.chosen() == "prom" and form.time_combo.currentData() == "followup"
        # The form opens with the answers grid focused (the modal dialog is
        # not the platform's active window offscreen, so the keys go to it directly).
        assert form.grid.hasFocus() or form.focusWidget() is form.grid
        keys = Keys(qtbot, form.grid)
        keys("7")  # work-ability score
        keys.type("4453")  # inclusion, a wrong 3 at item 4 …
        keys(Qt.Key_Backspace)  # … stepped back and cleared
        keys.type("4" + "4" * 6)
        keys.type("+6655")  # 3X10D: + is 10
        keys.type("5" * 5)
        keys(Qt.Key_S, Qt.ControlModifier)
        entry["keys"] = keys.count
    in_dialog(EntryDialog, enter_the_set)
    press(Qt.Key_Return)  # opens the client …
    press(Qt.Key_E, Qt.ControlModifier)  # … and the measures entry
    assert press.count - start == 2  # from the list: at most three keys
    assert entry["keys"] == 24  # 21 answers, a wrong digit and its Backspace, Ctrl+S
    rows = {r.instrument_id: r for r in m.list_answer_sets(store, due.id)
            if r.time_point == "followup"}
    assert rows["was"].answer_values() == [7]
    assert rows["inclusion"].answer_values() == [4, 4, 5, 4, 4, 4, 4, 4, 4, 4]
    assert rows["3x10d"].answer_values() == [10, 6, 6, 5, 5, 5, 5, 5, 5, 5]
    assert m.prom_status(store, [due.id])[due.id]["followup_done"]
    # She shows the client the chart (F11) and the client hands the screen back (Esc).
    page = window.pages.currentWidget()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    page.tabs.tabBar().setFocus()
    press(Qt.Key_F11)
    view = page._shown_to_client
    assert view.isFullScreen() and len(view.chart_views) == 2
    view.activateWindow()
    qtbot.waitUntil(lambda: view.isActiveWindow())
    press(Qt.Key_Escape)
    assert not view.isVisible()
    nurse.close()


def test_doctor_day(qtbot, store, data_dir, today):
    due = team_with_due_followup(store)
    items = [1] * 21
    items[8] = 1
    m.save_answers(store, due.id, "bdi", items, time_point="baseline",
                   answered_on=today - timedelta(days=180))
    doctor = sign_in_as(store, data_dir, DOCTOR)
    assert due.id in m.clients_with_open_flags(doctor)  # what the home page lists
    window = shown_active(qtbot, MainWindow(doctor), (1280, 820))
    press = Keys(qtbot)
    find_client(qtbot, window, press, "seura")
    press(Qt.Key_Return)
    page = window.pages.currentWidget()
    assert page.client_id == due.id
    # The flag is in the header, in words, and the doctor acknowledges it with a note.
    assert page.flag_banner.isVisible() and "9" in page.flag_banner.text.text()
    from tyokykytiimi.ui.measures.flags import AcknowledgeDialog

    def note(dialog):
        qtbot.keyClicks(dialog.note, "soitin asiakkaalle, aika huomenna")
        qtbot.keyClick(dialog.note, Qt.Key_Return)
    in_dialog(AcknowledgeDialog, note)
    qtbot.mouseClick(page.flag_banner.ack_button, Qt.LeftButton)
    assert not page.flag_banner.isVisible()
    # She reads the picture: the overview holds the measures against the baseline.
    overview = page.tab_widgets.built["overview"]
    assert "BDI" in overview.measures_label.text()
    assert "⚠" not in overview.now_label.text()
    assert "Lauri Lääkäri acknowledged" in overview.now_label.text()  # history in words
    assert "soitin asiakkaalle, aika huomenna" in overview.now_label.text()
    [h] = m.safety_flag_history(store, due.id)
    assert h.acknowledged_by == "Lauri Lääkäri"
    assert h.flag.ack_note == "soitin asiakkaalle, aika huomenna"
    # The client's history says it as one sentence, not as changed fields (#16.7).
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton,
                     pos=bar.tabRect(list(page.tab_keys).index("history")).center())
    history = page.tab_widgets.built["history"]
    qtbot.waitUntil(lambda: history.changes.rowCount() > 0)  # read when first shown
    rows = [[history.changes.item(r, c).text() for c in range(4)]
            for r in range(history.changes.rowCount())]
    acknowledged = [r for r in rows if r[3].startswith("Lauri Lääkäri acknowledged ")]
    assert acknowledged and acknowledged[0][1] == "Lauri Lääkäri", rows
    assert acknowledged[0][3].endswith(": soitin asiakkaalle, aika huomenna")
    assert "Acknowledged by" not in acknowledged[0][3]  # a sentence, not changed fields
    doctor.close()


def test_followup_entry_from_the_home_page_by_keys(qtbot, store, data_dir):
    """The home page lists the due follow-up; Tab to its table, Enter, Ctrl+E."""
    due = team_with_due_followup(store)
    nurse = sign_in_as(store, data_dir, NURSE)
    window = shown_active(qtbot, MainWindow(nurse), (1280, 820))
    press = Keys(qtbot)
    press(Qt.Key_1, Qt.ControlModifier)
    home = window.page("home")
    def listed():
        return {t: [t.model().index(r, 0).data(Qt.UserRole)
                    for r in range(t.model().rowCount())] for t in home.tables.values()}
    qtbot.waitUntil(lambda: any(due.id in ids for ids in listed().values()))  # loads off-thread
    rows = listed()
    table = next(t for t, ids in rows.items() if due.id in ids)
    for _ in range(12):  # Tab along the page until the list that holds her
        if QApplication.focusWidget() is table:
            break
        press(Qt.Key_Tab)
    assert QApplication.focusWidget() is table
    while table.currentIndex().row() != rows[table].index(due.id):
        press(Qt.Key_Down)
    opened = []
    in_dialog(EntryDialog, lambda d: (opened.append(d.form.chosen()), d.done(0)))
    press(Qt.Key_Return)
    press(Qt.Key_E, Qt.ControlModifier)
    assert opened == ["prom"]
    print(f"keys from the home page to the follow-up form: {press.count}")
    assert press.count <= 8
    nurse.close()
