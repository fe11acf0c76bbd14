"""Issue 17 from the screens: contact details typed in, recovery sheet language,
and the warning before a client's copy with an open safety flag goes out."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QApplication, QDialogButtonBox, QFileDialog, QMessageBox,
                               QPushButton)

from tests.pdftext import pdf_text
from tests.ui import drive
from tyokykytiimi import clock
from tyokykytiimi.reports import document
from tyokykytiimi.store import contacts
from tyokykytiimi.ui import i18n
from tyokykytiimi.ui.contact_dialog import ContactDialog
from tyokykytiimi.ui.main_window import MainWindow
from tyokykytiimi.ui.setup_wizard import RecoveryKeyDialog

EMAIL = "kaisa.koordinaattori@hyvinvointialue.example"


@pytest.fixture(autouse=True)
def in_finnish_without_logo(finnish):
    yield
    document.set_letterhead_logo(None)


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


def fill_when_shown(qtbot, kind, fill):
    def step():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, step)
            return
        fill(dialog)
    QTimer.singleShot(0, step)


def test_own_contact_details_from_the_file_menu(qtbot, window, store):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.contact_action in file_menu.actions()
    assert window.contact_action.text() == "Omat &yhteystiedot…"
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.phone, "soita")  # not a number: refused by the field
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
        seen["error"] = dialog.errors["phone"].text()
        dialog.phone.selectAll()
        qtbot.keyClicks(dialog.phone, "040 123 4502")
        qtbot.keyClicks(dialog.email, EMAIL)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)

    fill_when_shown(qtbot, ContactDialog, fill)
    window.contact_action.trigger()
    assert "puhelinnumero" in seen["error"]
    reach = contacts.own_reach(store)
    assert (reach.phone, reach.email) == ("040 123 4502", EMAIL)


def test_team_contacts_and_time_zone_in_the_settings(qtbot, window, store):
    dialog = window.make_settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.team_phone, "040 123 4500")
    qtbot.keyClicks(dialog.team_email, "tiimi@hyvinvointialue")  # no domain ending
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert not dialog.errors["team_email"].isHidden()
    with store.session() as s:  # nothing was saved while a field was wrong
        assert contacts.team_reach(s).phone == ""
    qtbot.keyClicks(dialog.team_email, ".example")
    qtbot.keyClicks(dialog.team_address, "Terveystie 4 B, 00100 Helsinki")
    assert dialog.time_zone.text() == "Europe/Helsinki"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    with store.session() as s:
        reach = contacts.team_reach(s)
        assert (reach.phone, reach.email, reach.address) == (
            "040 123 4500", "tiimi@hyvinvointialue.example", "Terveystie 4 B, 00100 Helsinki")
        assert contacts.team_zone(s) == "Europe/Helsinki"


@pytest.mark.parametrize("lang, title", [("sv", "Återställningsnyckel"), ("en", "Recovery key"),
                                         ("fi", "Palautusavain")])
def test_recovery_sheet_in_the_wizards_language(qtbot, tmp_path, monkeypatch, lang, title):
    i18n.install(lang)
    target = tmp_path / "key.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345", "Tiimi")
    qtbot.addWidget(dialog)
    save = [b for b in dialog.findChildren(QPushButton) if "PDF" in b.text()][0]
    qtbot.mouseClick(save, Qt.LeftButton)
    text = pdf_text(target)
    assert title in text and "ABCD" in text


def test_export_warns_before_a_copy_with_an_open_safety_flag(qtbot, store, window, monkeypatch,
                                                              tmp_path):
    from tyokykytiimi.store import measures
    from tyokykytiimi.store.clients import create_client
    from PySide6.QtWidgets import QToolButton

    client = create_client(store, first_name="Ville", last_name="Virtanen")
    measures.save_answers(store, client.id, "bdi2", [0] * 8 + [2] + [0] * 12,
                          time_point="other", answered_on=clock.today())
    assert measures.open_safety_flags(store, client.id)
    asked, answers = [], [QMessageBox.No, QMessageBox.Yes]
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda parent, title, text, *a, **k: asked.append(text) or answers.pop(0)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    folder = tmp_path / "copy"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    page = window.open_client(client.id)
    button = page.findChild(QToolButton, "clientDataButton")
    button.export_action.trigger()  # answered No: nothing is written
    assert len(asked) == 1 and "turvallisuusmerkintöjä: 1" in asked[0]
    assert list(folder.iterdir()) == []
    button.export_action.trigger()  # answered Yes: the copy is made
    qtbot.waitUntil(lambda: len(list(folder.iterdir())) == 2, timeout=60000)


def test_meeting_times_follow_the_team_zone_not_the_computers(qtbot, store, monkeypatch,
                                                              tmp_path):
    import time
    from datetime import datetime, timezone

    from tests.pdftext import pdf_text
    from tyokykytiimi.reports.invitation import export_invitation_list
    from tyokykytiimi.store import meetings as mt
    from tyokykytiimi.store.clients import create_client
    from tyokykytiimi.ui.network.meetings_tab import MeetingDialog

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        client = create_client(store, first_name="Ville", last_name="Virtanen")
        start = datetime(2030, 1, 14, 10, 0, tzinfo=timezone.utc)  # 12.00 in Helsinki
        meeting = mt.save_meeting(store, client.id, kind="first", starts_at=start,
                                  duration_minutes=60, place="Huone 1", invitees=[])
        dialog = MeetingDialog(store, client.id, meeting_id=meeting.id)
        qtbot.addWidget(dialog)
        shown = dialog.starts.value()
        assert (shown.hour, shown.minute) == (12, 0) and shown == start
        assert dialog.starts.time_field.text().startswith("12")  # what the eye sees
        out = tmp_path / "inv.pdf"
        export_invitation_list(store, meeting.id, out, lang="fi")
        assert "14.1.2030 12.00–13.00 (Suomen aikaa)" in " ".join(pdf_text(out).split())
    finally:
        monkeypatch.undo()
        time.tzset()


def test_plan_editor_asks_for_the_task_in_plain_words(qtbot, store, tmp_path):
    from tyokykytiimi.reports.client_plan_pdf import write_client_plan_pdf
    from tyokykytiimi.store import plans
    from tyokykytiimi.store.clients import create_client
    from tyokykytiimi.ui.plan.plan_tab import PlanTab

    client = create_client(store, first_name="Åsa", last_name="Öhman")
    tab = PlanTab(store, client.id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.mouseClick(tab.add_task_button, Qt.LeftButton)
    qtbot.keyClicks(tab.task_what, "Kirjoittaa B-lausunnon")
    qtbot.keyClicks(tab.task_who.lineEdit(), "Lauri Laakari")  # keyClicks types ASCII only
    qtbot.keyClicks(tab.task_plain, "Laakari kirjoittaa lausunnon Kelaa varten")
    tab.goal_list.setFocus()
    qtbot.keyClick(tab.goal_list, Qt.Key_S, Qt.ControlModifier)
    saved = plans.current_draft(store, client.id)
    assert saved.content.tasks[0].plain_text == "Laakari kirjoittaa lausunnon Kelaa varten"
    out = tmp_path / "plan.pdf"
    write_client_plan_pdf(plans.plan_document(store, saved.id), out, lang="fi")
    text = " ".join(pdf_text(out).split())
    assert "Laakari kirjoittaa lausunnon Kelaa varten" in text and "B-lausunnon" not in text


def test_admin_fills_a_users_contact_details_from_the_users_page(qtbot, store):
    from tyokykytiimi.store.users import add_user
    from tyokykytiimi.ui.admin.users_page import UsersPage

    nurse = add_user(store, username="hanna", display_name="Hanna Hoitaja", role="nurse",
                     password="Kissa-istuu-puussa-7")
    page = UsersPage(store)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow([u.id for u in page._users].index(nurse.id))
    button = [b for b in page.findChildren(QPushButton) if b.text() == "Yhteystiedot…"][0]

    def fill(dialog):
        assert "Hanna Hoitaja" in dialog.windowTitle()
        qtbot.keyClicks(dialog.phone, "040 123 4503")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)

    fill_when_shown(qtbot, ContactDialog, fill)
    qtbot.mouseClick(button, Qt.LeftButton)
    with store.session() as s:
        assert contacts.staff_reach(s, nurse.id).phone == "040 123 4503"


def test_audit_csv_from_the_admin_page(qtbot, store, monkeypatch, tmp_path):
    import csv
    import os
    import stat

    from tyokykytiimi.store.clients import create_client
    from tyokykytiimi.ui.admin import audit_page
    from tyokykytiimi.ui.admin.audit_page import AuditPage

    client = create_client(store, first_name="Ville", last_name="Virtanen")
    monkeypatch.setattr(audit_page, "SCREEN_LIMIT", 2)  # more entries than the screen shows
    target = tmp_path / "loki.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = AuditPage(store)
    qtbot.addWidget(page)
    page.show()
    drive.click_button(qtbot, page, page.tr("Show"))
    assert "CSV" in page.status.text()  # the cut on the screen is said in words
    button = [b for b in page.findChildren(QPushButton) if "CSV" in b.text()][0]
    qtbot.mouseClick(button, Qt.LeftButton)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 2
    assert "Ville Virtanen" in {r["client"] for r in rows if r["client_id"] == client.id}


@pytest.mark.parametrize("choice, drafts", [("One message, blind copies", 1),
                                            ("A message to each", 2)])
def test_mail_draft_button_offers_blind_copies_or_separate_mails(qtbot, store, monkeypatch,
                                                                 choice, drafts):
    from datetime import datetime, timedelta, timezone

    from PySide6.QtGui import QDesktopServices

    from tyokykytiimi.store import meetings as mt
    from tyokykytiimi.store.clients import create_client
    from tyokykytiimi.ui import i18n as ui_i18n
    from tyokykytiimi.ui.network.meetings_tab import MeetingsTab

    ui_i18n.install("en")
    client = create_client(store, first_name="Ville", last_name="Virtanen")
    start = clock.utcnow().replace(microsecond=0) + timedelta(days=5)
    mt.save_meeting(store, client.id, kind="first", starts_at=start, duration_minutes=60,
                    place="Huone 1",
                    invitees=[{"kind": "peer", "name": "Aino A", "email": "a@x.example",
                               "status": "invited"},
                              {"kind": "case_manager", "name": "Bertta B",
                               "email": "b@y.example", "status": "invited"}])
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(
        lambda url: opened.append(url.toString()) or True))
    tab = MeetingsTab(store, client.id)
    qtbot.addWidget(tab)
    tab.show()
    tab.table.selectRow(0)

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        qtbot.mouseClick([b for b in box.buttons() if b.text() == choice][0], Qt.LeftButton)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(tab.mail_btn, Qt.LeftButton)
    assert len(opened) == drafts
    for url in opened:  # nobody sees the other invitee's address
        visible = url.split("?", 1)[0]
        assert not ("a@x.example" in visible and "b@y.example" in visible)
    if drafts == 1:
        assert "bcc=a@x.example,b@y.example" in opened[0]


def test_measures_tab_saves_the_clients_copy_or_the_teams_record(qtbot, store, monkeypatch,
                                                                 tmp_path):
    from tyokykytiimi.store import measures
    from tyokykytiimi.store.clients import create_client
    from tyokykytiimi.ui import i18n as ui_i18n
    from tyokykytiimi.ui.measures.measures_tab import MeasuresTab

    ui_i18n.install("en")
    client = create_client(store, first_name="Ville", last_name="Virtanen")
    measures.save_answers(store, client.id, "was", [6], time_point="baseline",
                          answered_on=clock.today())
    tab = MeasuresTab(store, client.id)
    qtbot.addWidget(tab)
    tab.show()
    for kind, filter_text, title in (
            ("client", "The client's copy (*.pdf)", "Mittarien yhteenveto"),
            ("team", "The team's record, every measure (*.pdf)", "(team record)")):
        out = tmp_path / f"{kind}.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, o=out, f=filter_text, **k: (str(o), f))
        qtbot.mouseClick(tab.pdf_button, Qt.LeftButton)
        assert title in pdf_text(out)


def test_measures_summary_in_the_clients_language_or_one_chosen(qtbot, store, monkeypatch,
                                                               tmp_path):
    from tyokykytiimi.store import measures
    from tyokykytiimi.store.clients import create_client
    from tyokykytiimi.ui import i18n as ui_i18n
    from tyokykytiimi.ui.measures.measures_tab import MeasuresTab

    ui_i18n.install("fi")
    client = create_client(store, first_name="Åsa", last_name="Berg", language="sv")
    measures.save_answers(store, client.id, "was", [6], time_point="baseline",
                          answered_on=clock.today())
    tab = MeasuresTab(store, client.id)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.lang.currentText() == "ruotsi"  # the client's recorded language
    client_copy = tab.tr("The client's copy (*.pdf)")
    for keys, title in (("", "Sammanfattning av mätningar"), ("e", "Summary of measures")):
        if keys:  # the person chooses another: focus the chooser, type its first letter
            tab.lang.setFocus()
            qtbot.keyClicks(tab.lang, keys)
            assert tab.lang.currentText() == "englanti"
        out = tmp_path / f"copy{keys}.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, o=out, **k: (str(o), client_copy))
        qtbot.mouseClick(tab.pdf_button, Qt.LeftButton)
        text = pdf_text(out)
        assert title in text and "Mittarien yhteenveto" not in text


def test_clients_copy_in_the_clients_language_or_another(qtbot, store, window, monkeypatch,
                                                         tmp_path):
    from PySide6.QtWidgets import QToolButton

    from tyokykytiimi.store.clients import create_client

    client = create_client(store, first_name="Åsa", last_name="Berg", language="sv")
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    page = window.open_client(client.id)
    button = page.findChild(QToolButton, "clientDataButton")
    for folder_name, trigger, title in (
            ("default", button.export_action, "Klientens uppgifter"),
            ("english", button.language_actions["en"], "The client's data")):
        folder = tmp_path / folder_name
        folder.mkdir()
        monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                            staticmethod(lambda *a, f=folder, **k: str(f)))
        trigger.trigger()
        qtbot.waitUntil(lambda f=folder: len(list(f.glob("*.pdf"))) == 1, timeout=60000)
        assert title in pdf_text(next(folder.glob("*.pdf")))


def test_invitation_language_defaults_to_the_clients(qtbot, store, monkeypatch, tmp_path):
    from datetime import datetime, timedelta, timezone

    from tyokykytiimi.store import meetings as mt
    from tyokykytiimi.store.clients import create_client
    from tyokykytiimi.ui.network.meetings_tab import MeetingsTab

    client = create_client(store, first_name="Åsa", last_name="Berg", language="sv")
    start = clock.utcnow().replace(microsecond=0) + timedelta(days=5)
    mt.save_meeting(store, client.id, kind="first", starts_at=start, duration_minutes=60,
                    place="Rum 1", invitees=[])
    tab = MeetingsTab(store, client.id)
    qtbot.addWidget(tab)
    tab.show()
    tab.table.selectRow(0)
    assert tab.lang.currentData() == "sv"
    out = tmp_path / "inbjudan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(tab.pdf_btn, Qt.LeftButton)
    assert "Inbjudningslista" in pdf_text(out)
    # "Saved: … Open the file / Open the folder / Close" stays beside the work; closed.
    saved = tab.findChild(QMessageBox, "exportSaved")
    assert saved is not None and saved.isVisible() and str(out) in saved.text()
    qtbot.mouseClick(saved.button(QMessageBox.Close), Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "exportSaved") is None)
