"""The coordinator's whole day, driven the way a person works (issue 15).

Every step uses only mouse clicks on the widgets a person clicks and typed keys
(``qtbot.mouseClick`` / ``keyClicks`` / ``keyClick``); modal dialogs and the file
dialog are answered the same way (``tests.ui.modal``) or, for the operating
system's file dialog, by returning the path the person would choose. Each step
ends with a state read back from the store. The day's clicks and keys are
counted (``Person``) and printed, so a change that makes the day longer shows.

Typed text is plain ASCII: Qt's test key tables have no ä or ö.
"""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.conftest import PASSWORD
from tests.pdftext import pdf_text
from tests.ui import plan_steps as plan_step
from tests.ui.modal import answer_modal
from tyokykytiimi import clock
from tyokykytiimi import formats
from tyokykytiimi.store import consents as cs
from tyokykytiimi.store import meetings as mt
from tyokykytiimi.store import plans
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store.clients import get_client, path_events
from tyokykytiimi.store.users import list_team


class Person:
    """Clicks and types, and counts what it took."""

    def __init__(self):
        self.clicks = 0
        self.keys = 0
        self.steps: list[tuple[str, int, int]] = []
        self._mark = (0, 0)

    def click(self, widget, pos=None) -> None:
        self.clicks += 1
        if pos is None:
            QTest.mouseClick(widget, Qt.LeftButton)
        else:
            QTest.mouseClick(widget, Qt.LeftButton, Qt.NoModifier, pos)

    def type(self, widget, text: str) -> None:
        self.keys += len(text)
        widget.setFocus()
        QTest.keyClicks(widget, text)

    def key(self, widget, key, modifier=Qt.NoModifier) -> None:
        self.keys += 1
        top = widget.window()
        if QApplication.activeWindow() is not top:
            # The offscreen platform does not give the focus back after a dialog closes,
            # as a desktop does; shortcuts only reach the active window.
            top.activateWindow()
            for _ in range(50):
                if QApplication.activeWindow() is top:
                    break
                QTest.qWait(20)
        QTest.keyClick(widget, key, modifier)

    def click_item(self, view, row: int) -> None:
        rect = view.visualRect(view.model().index(row, 0))
        self.click(view.viewport(), rect.center())

    def counting(self, qtbot) -> "CountingBot":
        """``qtbot`` for shared step helpers (tests/ui/plan_steps.py), counted here too."""
        return CountingBot(qtbot, self)

    def step(self, name: str) -> None:
        c, k = self._mark
        self.steps.append((name, self.clicks - c, self.keys - k))
        self._mark = (self.clicks, self.keys)


class CountingBot:
    """Forwards to qtbot; each click and typed key is added to the person's count."""

    def __init__(self, qtbot, person: Person):
        self._qtbot, self._person = qtbot, person

    def mouseClick(self, *args, **kwargs):
        self._person.clicks += 1
        return self._qtbot.mouseClick(*args, **kwargs)

    def keyClicks(self, widget, text, *args, **kwargs):
        self._person.keys += len(text)
        return self._qtbot.keyClicks(widget, text, *args, **kwargs)

    def keyClick(self, *args, **kwargs):
        self._person.keys += 1
        return self._qtbot.keyClick(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._qtbot, name)


def button(dialog, text: str):
    from PySide6.QtWidgets import QAbstractButton
    return next(b for b in dialog.findChildren(QAbstractButton)
                if b.isVisible() and b.text().replace("&", "") == text)


def open_tab(me: Person, page, key: str):
    """Click the client page's tab ``key``; the tab's widget (built when first shown)."""
    bar = page.tabs.tabBar()
    me.click(bar, bar.tabRect(list(page.tab_keys).index(key)).center())
    widget = page.tab(key)
    QApplication.processEvents()  # a tab built on first showing appears with the next events
    assert widget.isVisible()
    return widget


def close_saved_note(me: Person) -> str:
    """The note after an export (not modal): read it and click its Close."""
    note = next(w for w in QApplication.topLevelWidgets()
                if w.objectName() == "exportSaved" and w.isVisible())
    text = note.text()
    me.click(note.button(QMessageBox.Close))
    return text


def save_path(monkeypatch, path: Path) -> list[str]:
    """The operating system's save dialog: the person picks ``path``; where it opened."""
    opened_in: list[str] = []

    def save(parent, caption, directory="", *a, **k):
        opened_in.append(directory)
        return str(path), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return opened_in


@pytest.fixture
def day_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("TYOKYKYTIIMI_DATA_DIR", str(d))
    return d


def test_the_coordinators_day(qtbot, day_dir, tmp_path, monkeypatch):
    me = Person()

    # --- 1. Set up the team ----------------------------------------------------------
    from tyokykytiimi.ui.setup_wizard import SetupDialog
    setup = SetupDialog(day_dir)
    qtbot.addWidget(setup)
    setup.show()
    me.type(setup.team, "Koivulan tyokykytiimi")
    me.type(setup.display_name, "Kaisa Koordinaattori")
    me.type(setup.username, "kaisa")
    me.type(setup.password.edit, PASSWORD)
    me.type(setup.repeat, PASSWORD)

    def keep_key(dialog):
        me.click(dialog.stored)
    answer_modal("Continue", then=keep_key)
    me.clicks += 1  # the Continue button clicked by answer_modal
    me.click(button(setup, "Create database"))
    store = setup.store
    assert store is not None and store.user.username == "kaisa"

    from tyokykytiimi.ui.main_window import MainWindow
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # The team's service map: the county's file, imported once.
    me.click(window.nav.viewport(), window.nav.visualItemRect(window.nav.item(2)).center())
    page_map = window.pages.currentWidget()
    sample = sm.sample_path()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(sample), "")))
    # The import runs off the UI thread (a progress window may show); what it did
    # then stays on the page.
    me.click(page_map.import_btn)
    qtbot.waitUntil(lambda: page_map.import_result.isVisible(), timeout=30000)
    assert len(sm.list_organisations(store)) > 3
    me.step("set up the team, import the service map")

    # --- 2. Add a nurse and a doctor ----------------------------------------------------
    me.click(window.nav.viewport(), window.nav.visualItemRect(window.nav.item(4)).center())
    users_page = window.pages.currentWidget().users
    for name, username, role_key, password in (
            ("Hanna Hoitaja", "hanna", "Pu", "Sairaanhoidon-sana-42"),
            ("Lauri Laakari", "lauri", "Do", "Laakarin-sana-2026-x")):
        def fill(dialog, name=name, username=username, role_key=role_key,
                 password=password):
            me.type(dialog.display_name, name)
            me.type(dialog.username, username)
            me.type(dialog.role, role_key)
            me.type(dialog.password.edit, password)
        answer_modal("Add", then=fill)
        me.clicks += 1
        me.click(users_page.action_buttons["add_user"])
    team = {u.username: u.role for u in list_team(store)}
    assert team == {"kaisa": "coordinator", "hanna": "nurse", "lauri": "doctor"}
    me.step("add a nurse and a doctor")

    # --- 3. A referral arrives: new client ----------------------------------------------
    me.click(window.nav.viewport(), window.nav.visualItemRect(window.nav.item(1)).center())

    def new_client(dialog):
        form = dialog.form
        me.type(form.first_name, "Matti")
        me.type(form.last_name, "Virtanen")
        me.type(form.referrer, "Em")  # employment services, typed into the drop-down
        referred = clock.today() - timedelta(days=3)
        me.key(form.referral_date.edit, Qt.Key_A, Qt.ControlModifier)  # select, type over
        me.type(form.referral_date.edit, f"{referred.day}.{referred.month}.{referred.year % 100}")
    answer_modal("Save (Ctrl+S)", then=new_client)
    me.clicks += 1
    me.key(window.pages.currentWidget().table, Qt.Key_N, Qt.ControlModifier)
    client_page = window.pages.currentWidget()
    client_id = client_page.client_id
    client = get_client(store, client_id, audit_view=False)
    assert (client.first_name, client.last_name) == ("Matti", "Virtanen")
    assert client.referral_date == clock.today() - timedelta(days=3)
    assert client.referrer == "employment_services"
    me.step("new client from a referral")

    # --- 4. Screening and decision ------------------------------------------------------
    screening = open_tab(me, client_page, "screening")
    for group in screening.groups.values():
        yes = next(b for b in group.buttons() if b.property("answer") == "yes")
        me.click(yes)
    me.type(screening.decision, "Acc")
    me.click(screening.save_button)
    from tyokykytiimi.store.screenings import list_screenings
    [screened] = list_screenings(store, client_id)
    assert screened.decision == "accept"
    me.step("screening and decision")

    # --- 5. Services found on the service map ---------------------------------------------
    me.key(client_page, Qt.Key_3, Qt.ControlModifier)  # Go → Service map
    assert window.pages.currentWidget() is page_map
    me.key(page_map.table, Qt.Key_F, Qt.ControlModifier)  # Ctrl+F searches the map
    me.type(page_map.search, "Sosiaaliohjaus")
    found = page_map.current()
    assert found.service.name == "Sosiaaliohjaus"
    people = [page_map.contacts.item(i).text() for i in range(page_map.contacts.count())]
    assert any("Sari Esimerkki" in p for p in people)  # the pane follows the row
    org_id = found.organisation.id
    me.click(page_map.checked_btn)  # confirmed on the phone: still right
    assert sm.search_map(store, "Sosiaaliohjaus")[0].last_checked == clock.today()
    me.step("service found on the service map, marked checked")

    # --- 6. Consent recorded (Ctrl+N on the Consents tab) and its form exported -----------
    me.click(window.nav.viewport(), window.nav.visualItemRect(window.nav.item(1)).center())
    me.key(window.pages.currentWidget().search, Qt.Key_Down)
    me.key(window.pages.currentWidget().table, Qt.Key_Return)
    client_page = window.pages.currentWidget()
    consents_tab = open_tab(me, client_page, "consents")

    def consent(dialog):
        me.click(dialog.purposes["network"])
        me.click(dialog.purposes["plan_recording"])
        me.type(dialog.filter, "aikuissos")
        row = next(i for i in range(dialog.orgs.count()) if not dialog.orgs.item(i).isHidden())
        me.click_item(dialog.orgs, row)
        me.key(dialog.orgs, Qt.Key_Space)
        me.type(dialog.method, "Ver")  # verbally, during the appointment
    answer_modal("Save", then=consent)
    me.clicks += 1
    me.key(consents_tab.table, Qt.Key_N, Qt.ControlModifier)
    [given] = cs.list_consents(store, client_id)
    assert given.org_id_list == [org_id] and set(given.purpose_list) == {"network",
                                                                         "plan_recording"}
    form_pdf = tmp_path / "out" / "suostumus.pdf"
    form_pdf.parent.mkdir()
    save_path(monkeypatch, form_pdf)
    me.click(consents_tab.pdf_btn)
    assert str(form_pdf) in close_saved_note(me)
    assert "aikuissosiaality" in pdf_text(form_pdf)
    me.step("consent recorded, form exported")

    # --- 7. Network meeting convened, invitations exported -------------------------------
    meetings_tab = open_tab(me, client_page, "network")
    when = clock.today() + timedelta(days=7)

    def convene(dialog):
        me.key(dialog.starts.date_field.edit, Qt.Key_A, Qt.ControlModifier)
        me.type(dialog.starts.date_field.edit, f"{when.day}.{when.month}.{when.year}")
        me.key(dialog.starts.time_field, Qt.Key_A, Qt.ControlModifier)
        me.type(dialog.starts.time_field, "0900")
        me.type(dialog.place, "Koivulan toimisto")
        me.click(dialog.domain_boxes["social"])
        row = next(i for i in range(dialog.suggestions.count())
                   if "Sosiaaliohjaus" in dialog.suggestions.item(i).text())
        me.click_item(dialog.suggestions, row)
        me.click(dialog.add_btn)
        me.click(dialog.add_client_btn)
    answer_modal("Save", then=convene)
    me.clicks += 1
    me.click(meetings_tab.new_btn)
    [meeting] = mt.list_meetings(store, client_id)
    _, invitees = mt.get_meeting(store, meeting.id)
    local = formats.local_time(meeting.starts_at)  # the team's own time zone
    assert (local.date(), local.hour, local.minute) == (when, 9, 0)
    assert {i.kind for i in invitees} == {"contact", "client"}
    invitations = tmp_path / "out" / "kutsulista.pdf"
    opened_in = save_path(monkeypatch, invitations)
    me.click(meetings_tab.pdf_btn)
    # The save dialog opened where the consent form went: the folder used last.
    assert Path(opened_in[0]).parent == form_pdf.parent
    assert str(invitations) in close_saved_note(me)
    professional = next(i for i in invitees if i.kind == "contact")
    assert professional.name in pdf_text(invitations)
    me.step("network meeting convened, invitation list exported")

    # --- 8. Plan written with the client, agreed, both PDFs --------------------------------
    # (the same steps tests/ui/test_day_plan.py takes further: revise and compare)
    bot = me.counting(qtbot)
    plan_tab = plan_step.open_tab(bot, client_page)
    plan_step.write_plan(bot, plan_tab, "Paasen opiskelemaan syksylla",
                         "Kayn tutustumassa oppilaitokseen", "Selvittaa opintotuen", "Kela")
    plan_step.agree(bot, plan_tab, meeting=False)
    agreed = plans.open_plan(store, client_id)
    assert agreed.state == "agreed" and agreed.participants[0].startswith("Matti Virtanen")
    parties, own = tmp_path / "out" / "suunnitelma.pdf", tmp_path / "out" / "oma.pdf"
    plan_step.export_pdfs(bot, plan_tab, monkeypatch, parties, own)
    assert "Paasen opiskelemaan syksylla" in pdf_text(parties)
    assert "Paasen opiskelemaan syksylla" in pdf_text(own)
    for note in [w for w in QApplication.topLevelWidgets()
                 if w.objectName() == "exportSaved" and w.isVisible()]:
        me.click(note.button(QMessageBox.Close))
    me.step("plan written with the client, agreed, both PDFs")

    # --- 9. Path moved on -------------------------------------------------------------------
    basic = open_tab(me, client_page, "basic")
    me.click(basic.move_button)  # the next step is suggested
    assert get_client(store, client_id, audit_view=False).path_step == 2
    me.step("path moved on")

    # --- 10. Client closed: what is still open is named, the answer is asked -------------
    me.type(basic.outcome, "St")  # studies
    me.type(basic.assessment, "Aloittaa opinnot syksylla.")
    seen: list[str] = []
    answer_modal("Close the client relationship", seen=seen)
    me.clicks += 1
    me.click(basic.close_button)
    assert "network meeting" in seen[0] and "consent" in seen[0]
    closed = get_client(store, client_id, audit_view=False)
    assert closed.status == "closed" and closed.outcome == "studies"
    assert path_events(store, client_id)[-1].kind == "close"
    me.step("client closed")

    lines = [f"{name}: {c} clicks, {k} keys" for name, c, k in me.steps]
    print("\nThe coordinator's day:\n  " + "\n  ".join(lines) +
          f"\n  total: {me.clicks} clicks, {me.keys} keys")
