"""The controls no other journey pressed: each pressed the way a person does, each
ending in what the store (or the disk) holds afterwards.

Keys inside modal dialogs (Ctrl+S), Cancel on the safety flag, the export note's
Open buttons, the feedback form's Clear and Done, the feedback list and reading
views' Close, and "Choose…" for the team's shared folder.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QToolButton
from sqlmodel import select

from tests.people import DOCTOR, sign_in_as
from tests.ui import drive
from tests.ui.modal import answer_modal
from tests.ui.nurse_helpers import shown_active
from tests.ui.test_client_overview import flagged_client
from tests.ui.test_feedback_mode import open_for_client, open_modes, people, window  # noqa: F401
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.store import journal as j
from tyokykytiimi.store import measures as m
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.feedback import list_client_feedback, save_feedback
from tyokykytiimi.store.sync import devices
from tyokykytiimi.ui.clients.client_page import ClientPage
from tyokykytiimi.ui.feedback.actions import FeedbackListDialog
from tyokykytiimi.ui.feedback.mode import FeedbackMode


def feedback_views(store) -> list[AuditEntry]:
    with store.session() as s:
        return list(s.exec(select(AuditEntry).where(AuditEntry.target == "feedback",
                                                    AuditEntry.action == "view")))


def active(qtbot, dialog) -> None:
    """Keys reach a dialog's shortcuts once it is the active window, as on a desktop."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_ctrl_s_saves_a_journal_entry_and_an_empty_one_is_refused(qtbot, store):
    c = create_client(store, first_name="Jaana", last_name="Journaali")
    page = shown_active(qtbot, ClientPage(store, c.id))
    drive.go_to_tab(qtbot, page, "journal")
    tab = page.tab_widgets.built["journal"]
    qtbot.waitUntil(tab.new_button.isVisible)  # a tab built now is shown from the event loop
    said = {}

    def by_keys(dialog):
        active(qtbot, dialog)
        qtbot.keyClick(dialog.text, Qt.Key_S, Qt.ControlModifier)  # nothing written yet
        said["empty"] = dialog.error.isVisible() and dialog.isVisible()
        qtbot.keyClicks(dialog.text, "Soitin, sovittiin kotikaynti")
        qtbot.keyClick(dialog.text, Qt.Key_S, Qt.ControlModifier)
    answer_modal(None, then=by_keys)
    drive.click(qtbot, tab.new_button)
    assert said["empty"]
    [line] = j.list_entries(store, c.id, audit_view=False)
    assert line.entry.text == "Soitin, sovittiin kotikaynti"


def test_ctrl_s_saves_a_service_map_organisation(qtbot, store):
    from tyokykytiimi.ui.network.servicemap_page import ServiceMapPage
    page = ServiceMapPage(store)
    qtbot.addWidget(page)
    page.show()

    def by_keys(dialog):
        active(qtbot, dialog)
        name, sector = dialog.fields["name"], dialog.fields["sector"]
        qtbot.keyClicks(name, "Oulun Kriisikeskus")
        qtbot.keyClick(name, Qt.Key_S, Qt.ControlModifier)  # no sector: said, not saved
        said["refused"] = [k for k, e in dialog.errors.items() if not e.isHidden()]
        said["open"] = dialog.isVisible()
        sector.setFocus()
        qtbot.keyClicks(sector, "Th")  # typing picks "Third sector"
        qtbot.keyClick(sector, Qt.Key_S, Qt.ControlModifier)
    said = {}
    answer_modal(None, then=by_keys)
    drive.click(qtbot, page.new_org_btn)
    assert said == {"refused": ["sector"], "open": True}
    [org] = sm.list_organisations(store)
    assert (org.name, org.sector) == ("Oulun Kriisikeskus", "third_sector")


def test_cancel_leaves_the_safety_flag_for_the_doctor(qtbot, store, data_dir):
    c = flagged_client(store)
    doctor = sign_in_as(store, data_dir, DOCTOR)
    page = shown_active(qtbot, ClientPage(doctor, c.id))
    banner = page.flag_banner
    answer_modal("Cancel", then=lambda d: qtbot.keyClicks(d.note, "soitin asiakkaalle"))
    drive.click(qtbot, banner.ack_button)
    assert banner.isVisible()
    [flag] = m.open_safety_flags(doctor, c.id)
    assert flag.acknowledged_at is None and not flag.ack_note
    doctor.close()


@pytest.fixture
def opened(monkeypatch):
    """QDesktopServices.openUrl as the program calls it; no viewer is started."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(url) or True))
    return urls


def saved_note():
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == "exportSaved" and w.isVisible()), None)


def test_the_saved_note_opens_the_file_and_the_folder(qtbot, store, tmp_path, monkeypatch,
                                                      opened, today):
    from tyokykytiimi.ui.measures.measures_tab import MeasuresTab
    c = create_client(store, first_name="Ville", last_name="Virtanen")
    m.save_answers(store, c.id, "was", [6], time_point="baseline", answered_on=today)
    chosen = iter([tmp_path / "mittarit.pdf", tmp_path / "mittarit-2.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(next(chosen)), "")))
    tab = MeasuresTab(store, c.id)
    qtbot.addWidget(tab)
    tab.show()
    drive.click(qtbot, tab.pdf_button)
    drive.click_button(qtbot, saved_note(), "Open the file")
    qtbot.waitUntil(lambda: saved_note() is None)
    drive.click(qtbot, tab.pdf_button)
    drive.click_button(qtbot, saved_note(), "Open the folder")
    qtbot.waitUntil(lambda: saved_note() is None)
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path / "mittarit.pdf", tmp_path]
    assert all(u.isLocalFile() for u in opened)
    assert (tmp_path / "mittarit.pdf").read_bytes().startswith(b"%PDF")


def test_a_question_cleared_by_its_button_is_stored_unanswered_and_done_closes(
        qtbot, store, window, people, monkeypatch):  # noqa: F811
    monkeypatch.setattr(FeedbackMode, "THANKS_MS", 60_000)  # the client presses Done
    a, _ = people
    mode = open_for_client(qtbot, window, a.id)
    first, second = mode.rows[0], mode.rows[1]
    drive.click(qtbot, first.tiles[4])
    drive.click(qtbot, second.tiles[2])
    drive.click(qtbot, second.clear_button)  # changed their mind
    assert second.value() is None
    drive.click(qtbot, mode.send_button)
    assert mode.stack.currentIndex() == 1
    drive.click(qtbot, mode.done_button)
    qtbot.waitUntil(lambda: not open_modes())
    assert window.locked
    [row] = list_client_feedback(store, a.id, audit_view=False)
    values = row.rating_values()
    assert values[first.item.id] == 4 and values[second.item.id] is None


def test_feedback_given_is_listed_from_the_buttons_menu_and_closed(
        qtbot, store, window, people):  # noqa: F811
    a, _ = people
    save_feedback(store, {"heard": 5}, "Sain apua", client_id=a.id)
    page = window.open_client(a.id)
    button = page.findChild(QToolButton, "clientFeedbackButton")
    shown = []

    def close_list(w):
        if isinstance(w, FeedbackListDialog):
            shown.append(w.view.toPlainText())
            return lambda: drive.click_button(qtbot, w, "Close")
        return None
    with drive.Answerer(qtbot, [close_list]) as answerer:
        answerer.click_in_menu(button.list_action)
        arrow = QPoint(button.width() - 4, button.height() // 2)  # the menu arrow
        qtbot.mouseClick(button, Qt.LeftButton, pos=arrow)
        qtbot.waitUntil(lambda: bool(shown) and QApplication.activeModalWidget() is None)
    assert "Sain apua" in shown[0]
    assert not window.locked and not open_modes()  # reading opened no form
    assert [v.client_id for v in feedback_views(store)] == [a.id]
    assert [r.free_text for r in list_client_feedback(store, a.id, audit_view=False)] \
        == ["Sain apua"]


def test_feedback_comments_read_from_the_go_menu_and_closed(qtbot, store):
    from tyokykytiimi.ui.main_window import MainWindow
    save_feedback(store, {"heard": 2}, "Odotin liian kauan.")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []
    answer_modal("Close", then=lambda d: seen.append(d.view.toPlainText()))
    action = next(a for a in window.actions() if a.objectName() == "feedbackReadingAction")
    drive.choose_menu(qtbot, window, action)
    assert "Odotin liian kauan." in seen[0]
    assert QApplication.activeModalWidget() is None
    assert len(feedback_views(store)) == 1  # reading writes the audit entry only


def test_choose_picks_the_shared_folder_which_is_checked_and_saved(qtbot, store, tmp_path,
                                                                   monkeypatch):
    from tyokykytiimi.ui.settings_dialog import SettingsDialog
    shared = tmp_path / "jaettu"
    shared.mkdir()
    asked = drive.file_dialogs(monkeypatch, shared)
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    said = {}

    def choose_and_save(d):
        drive.click(qtbot, d.choose)
        said["folder"] = d.folder.text()
        drive.click(qtbot, d.buttons.button(QDialogButtonBox.Save))
        said["result"] = d.result.text()
    answer_modal("Close", then=choose_and_save)
    drive.click(qtbot, dialog.sync_button)
    assert asked == ["Shared folder"]
    assert said["folder"] == str(shared) and "folder works" in said["result"]
    assert devices.folder_of(store) == str(shared)
