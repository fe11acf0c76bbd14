"""The plan part of the coordinator's day, driven by clicks and keys only:
plan written, agreed, revised, agreed again, compared, both PDFs exported.
Each step ends in a read-back from the store (or the PDF's text)."""
from datetime import date, datetime, timedelta, timezone

import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from tests.pdftext import pdf_text
from tyokykytiimi.models.plans import review_default
from tyokykytiimi.store import plans
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.meetings import save_meeting
from tyokykytiimi.ui.clients.client_page import ClientPage
from tyokykytiimi.ui.plan import dialogs


def _answer(qtbot, work):
    """Run ``work(dialog)`` on the modal dialog the next click opens; never leave it open."""
    done = []

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        try:
            work(dialog)
            done.append(True)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, run)
    return done


def _button(dialog, text_part: str) -> QPushButton:
    for b in dialog.findChildren(QPushButton):
        if text_part.lower() in b.text().replace("&", "").lower():
            return b
    raise AssertionError(f"no button {text_part!r} in {[b.text() for b in dialog.findChildren(QPushButton)]}")


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.LeftButton)


def _type_goal(qtbot, tab, text):
    _click(qtbot, tab.add_goal_button)
    qtbot.keyClicks(tab.goal_text, text)


def test_plan_written_agreed_revised_compared_exported(qtbot, store, tmp_path, monkeypatch):
    client = create_client(store, first_name="Aino", last_name="Asiakas")
    meeting = save_meeting(store, client.id, kind="first", place="Työkykytiimi",
                           starts_at=datetime.now(timezone.utc) - timedelta(hours=2))
    page = ClientPage(store, client.id)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    bar = page.tabs.tabBar()
    plan_index = list(page.tab_widgets).index("plan")
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(plan_index).center())
    tab = page.tab_widgets["plan"]

    # Written: a goal, an intermediate goal and a task, saved with Ctrl+S.
    _type_goal(qtbot, tab, "Paasen tyokokeiluun kevaalla")
    qtbot.keyClick(tab.goal_text, Qt.Key_Tab)
    qtbot.keyClick(tab.goal_target, Qt.Key_Tab)
    qtbot.keyClick(tab.goal_state, Qt.Key_Tab)
    qtbot.keyClicks(tab.goal_steps, "Kayn kuntosalilla kahdesti viikossa")
    _click(qtbot, tab.add_task_button)
    qtbot.keyClicks(tab.task_what, "Hakee ammatillista kuntoutusta")
    qtbot.keyClicks(tab.task_who.lineEdit(), "Kela")
    qtbot.keyClick(tab.task_what, Qt.Key_S, Qt.ControlModifier)
    draft = plans.open_plan(store, client.id)
    assert draft.state == "draft" and draft.number == 1
    assert [g.text for g in draft.content.goals] == ["Paasen tyokokeiluun kevaalla"]
    assert draft.content.goals[0].steps[0].text == "Kayn kuntosalilla kahdesti viikossa"
    assert draft.content.tasks[0].responsible_text == "Kela"

    # Agreed: the dialog lists the client first and asks for the review date itself.
    seen = {}

    def agree(dialog):
        seen["people"] = dialog.people.toPlainText().splitlines()
        seen["meeting"] = dialog.meeting.currentData()
        _click(qtbot, _button(dialog, dialog.tr("Agree and freeze")))
    done = _answer(qtbot, agree)
    _click(qtbot, tab.agree_button)
    assert done
    assert seen["people"][0].startswith("Aino Asiakas")
    assert seen["meeting"] == meeting.id
    v1 = plans.open_plan(store, client.id)
    assert (v1.state, v1.number, v1.meeting_id) == ("agreed", 1, meeting.id)
    assert v1.content.next_review == review_default(date.today())
    assert v1.participants[0].startswith("Aino Asiakas")
    assert tab.status.text().startswith(tab.tr("Agreed, version %1 (%2)").split("%1")[0])
    assert not tab.has_unsaved_changes()
    assert not tab.agree_button.isEnabled()
    assert [v.state for v in plans.list_versions(store, client.id)] == ["agreed"]

    # Revised: a second goal; the save starts draft 2 (not before).
    _type_goal(qtbot, tab, "Nukun paremmin")
    assert [v.state for v in plans.list_versions(store, client.id)] == ["agreed"]
    qtbot.keyClick(tab.goal_text, Qt.Key_S, Qt.ControlModifier)
    v2 = plans.open_plan(store, client.id)
    assert (v2.state, v2.number, v2.based_on_id) == ("draft", 2, v1.id)
    assert [g.text for g in v2.content.goals] == ["Paasen tyokokeiluun kevaalla",
                                                  "Nukun paremmin"]

    # Agreed again, without a meeting this time (chosen with the keyboard).
    def agree_again(dialog):
        dialog.meeting.setFocus()
        qtbot.keyClick(dialog.meeting, Qt.Key_Home)
        assert dialog.meeting.currentData() is None
        _click(qtbot, _button(dialog, dialog.tr("Agree and freeze")))
    done = _answer(qtbot, agree_again)
    _click(qtbot, tab.agree_button)
    assert done
    assert [(v.number, v.state) for v in plans.list_versions(store, client.id)] == [
        (2, "agreed"), (1, "agreed")]

    # Compared: version 2 against version 1 in the versions dialog.
    compared = {}

    def compare(dialog):
        assert dialog.compare_with.currentIndex() == 1
        _click(qtbot, dialog.compare_button)
        compared["text"] = dialog.view.toPlainText()
        _click(qtbot, _button(dialog, dialog.tr("Close")))
    done = _answer(qtbot, compare)
    _click(qtbot, tab.versions_button)
    assert done
    assert "Nukun paremmin" in compared["text"]

    # Both PDFs exported: the parties' plan and the client's own plan.
    paths = iter([tmp_path / "suunnitelma.pdf", tmp_path / "oma.pdf"])
    monkeypatch.setattr(dialogs.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(next(paths)), "")))

    def export(index):
        def work(dialog):
            dialog.kind.setFocus()
            qtbot.keyClick(dialog.kind, Qt.Key_Down if index else Qt.Key_Home)
            assert dialog.kind.currentIndex() == index
            box = dialog.findChild(QDialogButtonBox)
            _click(qtbot, box.buttons()[0] if box.buttonRole(box.buttons()[0])
                   == QDialogButtonBox.AcceptRole else box.buttons()[1])
        return work
    for index in (0, 1):
        done = _answer(qtbot, export(index))
        _click(qtbot, tab.export_button)
        assert done
    parties = pdf_text(tmp_path / "suunnitelma.pdf")
    own = pdf_text(tmp_path / "oma.pdf")
    for text in (parties, own):
        assert "Nukun paremmin" in text and "tyokokeiluun" in text
    assert "Kela" in parties
    with store.session() as s:
        exports = s.connection().execute(sa.text(
            "SELECT count(*) FROM audit_entries WHERE action = 'export'")).scalar()
    assert exports == 2
