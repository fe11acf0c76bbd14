"""The client feedback mode driven with pytest-qt over a real main window and SQLCipher file."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QApplication, QLabel, QPlainTextEdit, QToolButton,
                               QWidget)
from sqlmodel import select

from tests.conftest import PASSWORD
from tyokykytiimi.models import feedback_form as ff
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.models.feedback import Feedback
from tyokykytiimi.models.hetu import make_hetu
from tyokykytiimi.store import clients as cs
from tyokykytiimi.store import path
from tyokykytiimi.store.feedback import list_client_feedback
from tyokykytiimi.ui.feedback.actions import FeedbackListDialog
from tyokykytiimi.ui.feedback.mode import FeedbackMode
from tyokykytiimi.ui.main_window import MainWindow

HETU_A = make_hetu(date(1984, 5, 2), 246)
HETU_B = make_hetu(date(1990, 8, 17), 357)


@pytest.fixture
def people(store):
    a = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU_A, language="fi")
    b = cs.create_client(store, first_name="Bertta", last_name="Virtanen", hetu=HETU_B,
                         language="sv")
    path.move_to_step(store, a.id, 4)
    return a, b


@pytest.fixture
def window(qtbot, store, monkeypatch):
    monkeypatch.setattr(FeedbackMode, "THANKS_MS", 150)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    for mode in open_modes():
        mode.close()
    # pytest-qt closes its widgets before fixtures end, and a locked window
    # refuses to close: unlock and close it here so it does not outlive the test.
    if w.locked:
        w.unlock()
    w.close()


def open_modes() -> list[FeedbackMode]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, FeedbackMode) and w.isVisible()]


def the_mode(qtbot) -> FeedbackMode:
    [mode] = open_modes()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    return mode


def open_for_client(qtbot, window, client_id) -> FeedbackMode:
    page = window.open_client(client_id)
    button = page.findChild(QToolButton, "clientFeedbackButton")
    assert button is not None and button.isVisible()
    seen_when_locked = []
    window.locked_changed.connect(lambda locked: seen_when_locked.append(open_modes()))
    qtbot.mouseClick(button, Qt.LeftButton, pos=QPoint(8, button.height() // 2))
    assert seen_when_locked == [[]]  # locked before any form was shown
    return the_mode(qtbot)


def stored(store) -> list[Feedback]:
    with store.session() as s:
        return list(s.exec(select(Feedback)))


def feedback_audits(store) -> list[AuditEntry]:
    with store.session() as s:
        return list(s.exec(select(AuditEntry).where(AuditEntry.action == "feedback")))


def assert_locked(window):
    assert window.locked
    assert window.central.currentWidget() is window.lock_screen
    assert not window.menuBar().isEnabled()


def test_tied_feedback_by_keyboard_and_mouse_then_locked(qtbot, store, window, people):
    a, _ = people
    mode = open_for_client(qtbot, window, a.id)
    assert_locked(window)
    assert mode.isFullScreen() and mode.lang == "fi"
    assert mode.anonymous.isVisible() and not mode.anonymous.isChecked()
    assert mode.about_step.isVisible() and "Keinot työkyvyn tueksi" in mode.about_step.text()
    rows = {r.item.id: r for r in mode.rows}
    assert QApplication.focusWidget() is mode.rows[0]
    qtbot.keyClick(mode.rows[0], Qt.Key_4)  # "heard": 4 by number key
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is mode.rows[1]
    qtbot.keyClick(mode.rows[1], Qt.Key_Right)
    qtbot.keyClick(mode.rows[1], Qt.Key_Right)
    assert mode.rows[1].value() == 2
    qtbot.keyClick(mode.rows[1], Qt.Key_Delete)  # changed their mind: unanswered
    assert mode.rows[1].value() is None
    qtbot.mouseClick(rows["plan_clear"].tiles[3], Qt.LeftButton)
    qtbot.mouseClick(rows["plan_clear"].tiles[5], Qt.LeftButton)  # one choice per question
    assert rows["plan_clear"].tiles[5].isChecked() and not rows["plan_clear"].tiles[3].isChecked()
    qtbot.mouseClick(rows["overall"].tiles[5], Qt.LeftButton)
    assert "✓" in rows["overall"].tiles[5].text()  # chosen is marked, not by colour alone
    qtbot.keyClicks(mode.free_text, "Hyvin meni, kiitos QWZX")
    with qtbot.waitSignal(mode.finished, timeout=3000) as finished:
        qtbot.mouseClick(mode.send_button, Qt.LeftButton)
        assert mode.stack.currentIndex() == 1  # the thank-you screen
        assert mode.thanks_title.text() == "Kiitos palautteestasi!"
    assert finished.args == ["sent"]
    qtbot.waitUntil(lambda: not open_modes())
    assert_locked(window)

    [row] = list_client_feedback(store, a.id)  # read back through the encrypted store
    assert row.client_id == a.id and row.path_step == 4
    assert (row.form_id, row.form_version) == ("client_feedback", 1)
    assert row.rating_values() == {"heard": 4, "own_say": None, "plan_clear": 5,
                                   "network_useful": None, "moving_forward": None,
                                   "overall": 5}
    assert row.free_text == "Hyvin meni, kiitos QWZX"
    [entry] = feedback_audits(store)
    assert entry.client_id == a.id and json.loads(entry.detail)["anonymous"] is False
    for f in store.data_dir.iterdir():  # nothing of it in plain text on disk
        if f.is_file():
            assert b"QWZX" not in f.read_bytes(), f.name


def test_client_may_answer_anonymously_nothing_ties_it(qtbot, store, window, people):
    a, _ = people
    mode = open_for_client(qtbot, window, a.id)
    mode.anonymous.setFocus()
    qtbot.keyClick(mode.anonymous, Qt.Key_Space)
    assert mode.anonymous.isChecked()
    assert not mode.about_step.isVisible()  # the stage is not stored either
    assert mode.anonymous_note.text() == mode.form.text("anonymous_note", "fi")
    qtbot.keyClick(mode.rows[5], Qt.Key_2)
    qtbot.keyClicks(mode.free_text, "Odotin liian kauan")
    qtbot.mouseClick(mode.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not open_modes(), timeout=3000)
    assert_locked(window)
    [row] = stored(store)
    assert row.client_id is None and row.path_step is None
    assert row.rating_values()["overall"] == 2
    assert list_client_feedback(store, a.id) == []
    [entry] = feedback_audits(store)
    assert entry.client_id is None and a.id not in entry.detail


def test_file_menu_opens_anonymous_form_and_decline_stores_nothing(qtbot, store, window, people):
    action = window.findChild(QAction, "clientFeedbackAction")
    file_actions = window.menuBar().actions()[0].menu().actions()
    assert file_actions.index(action) == file_actions.index(window.lock_action) - 1
    action.trigger()
    mode = the_mode(qtbot)
    assert_locked(window)
    assert mode.client_id is None and mode.anonymous.isHidden()
    assert not mode.about_step.isVisible()
    assert mode.anonymous_note.text() == mode.form.text("anonymous_only_note", "fi")
    qtbot.keyClick(mode.rows[0], Qt.Key_5)
    with qtbot.waitSignal(mode.finished) as finished:
        qtbot.mouseClick(mode.decline_button, Qt.LeftButton)
    assert finished.args == ["declined"]
    assert not open_modes()
    assert stored(store) == [] and feedback_audits(store) == []
    assert_locked(window)


def test_esc_does_not_leave_and_closing_returns_to_the_password(qtbot, store, window, people):
    a, _ = people
    mode = open_for_client(qtbot, window, a.id)
    qtbot.keyClick(mode.rows[0], Qt.Key_3)
    qtbot.keyClick(mode.rows[0], Qt.Key_Escape)
    qtbot.keyClick(mode.free_text, Qt.Key_Escape)
    qtbot.keyClick(mode, Qt.Key_Escape)
    assert open_modes() == [mode] and mode.rows[0].value() == 3
    mode.close()  # the window's close button
    assert not open_modes() and stored(store) == []
    assert_locked(window)
    # The client's typing reaches no staff field: the password opens for staff only.
    assert window.lock_screen.guarded and not window.lock_screen.password.isEnabled()
    qtbot.keyClicks(QApplication.focusWidget() or window.lock_screen, "abc ")
    assert window.lock_screen.password.text() == "" and window.locked
    assert "Ctrl+Enter" in window.lock_screen.who.text()  # it says how staff open it
    qtbot.mouseClick(window.lock_screen.staff_button, Qt.LeftButton)
    assert "Ctrl+Enter" not in window.lock_screen.who.text()
    # only the signed-in user's password opens the program again
    qtbot.keyClicks(window.lock_screen.password, "wrong-password-1")
    qtbot.keyClick(window.lock_screen.password, Qt.Key_Return)
    assert window.locked
    window.lock_screen.password.clear()
    qtbot.keyClicks(window.lock_screen.password, PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key_Return)
    assert not window.locked and window.central.currentWidget() is window.splitter
    assert window.pages.currentWidget().client_id == a.id  # back where the staff left off


def test_unlocked_behind_the_form_is_locked_again_when_it_closes(qtbot, store, window, people):
    window.findChild(QAction, "clientFeedbackAction").trigger()
    mode = the_mode(qtbot)
    window.unlock()  # staff typed their password on the lock screen behind the form
    qtbot.mouseClick(mode.decline_button, Qt.LeftButton)
    assert_locked(window)
    assert mode not in window._hidden_windows  # the closed form does not come back on unlock


def test_nothing_of_any_client_shown_in_any_language(qtbot, store, window, people):
    a, b = people
    window.open_client(b.id)  # another client's page was open a moment ago
    mode = open_for_client(qtbot, window, a.id)
    forbidden = ["Bertta", "Virtanen", HETU_B, "Aino", "Mäkelä", HETU_A, a.id, b.id]
    for lang in ("fi", "sv", "en"):
        qtbot.mouseClick(mode.language_buttons[lang], Qt.LeftButton)
        assert mode.lang == lang
        assert mode.rows[0].question.text() == mode.form.items[0].text[lang]
        assert mode.send_button.text() == mode.form.text("send", lang)
        texts = [mode.windowTitle()]
        for w in mode.findChildren(QWidget):
            texts += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
            if isinstance(w, (QLabel, QAbstractButton)):
                texts.append(w.text())
            if isinstance(w, QPlainTextEdit):
                texts.append(w.toPlainText())
        blob = "\n".join(texts)
        assert mode.form.item("overall").anchor(5).label[lang] in blob
        for word in forbidden:
            assert word not in blob, (lang, word)


def test_client_language_chosen_first_and_empty_send_refused(qtbot, store, window, people):
    _, b = people
    mode = open_for_client(qtbot, window, b.id)
    assert mode.lang == "sv" and mode.windowTitle() == mode.form.title["sv"]
    qtbot.mouseClick(mode.send_button, Qt.LeftButton)
    assert mode.error.isVisible()
    assert mode.form.text("nothing_answered", "sv") in mode.error.text()
    assert open_modes() == [mode] and stored(store) == []
    qtbot.keyClick(mode.rows[2], Qt.Key_1)
    assert not mode.error.isVisible()


def test_form_left_alone_closes_into_the_lock(qtbot, store, window, people, monkeypatch):
    monkeypatch.setattr(FeedbackMode, "IDLE_MINUTES", 0.002)  # about 0.1 s
    window.findChild(QAction, "clientFeedbackAction").trigger()
    [mode] = open_modes()
    mode.rows[0].set_value(4)
    with qtbot.waitSignal(mode.finished, timeout=3000) as finished:
        pass
    assert finished.args == ["idle"]
    assert stored(store) == []
    assert_locked(window)


def test_feedback_list_shows_this_clients_feedback_only(qtbot, store, people):
    from tyokykytiimi.store.feedback import save_feedback
    a, b = people
    save_feedback(store, {"heard": 5, "overall": 4}, "Sain apua", client_id=a.id)
    save_feedback(store, {"heard": 1}, "Toisen asiakkaan teksti", client_id=b.id)
    save_feedback(store, {"heard": 2}, "Nimeton teksti")
    dialog = FeedbackListDialog(store, a.id)
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    defn = ff.definition()
    assert "Sain apua" in text and defn.item("heard").text["fi"] in text
    assert "Toisen asiakkaan" not in text and "Nimeton" not in text
    assert "Täysin" in text  # the worded anchor beside the number
    empty = FeedbackListDialog(store, cs.create_client(store, first_name="X", last_name="Y").id)
    qtbot.addWidget(empty)
    assert "No feedback" in empty.view.toPlainText()


def test_space_on_send_does_not_send_and_tab_keeps_the_question_in_view(
        qtbot, store, window, people):
    a, _ = people
    mode = open_for_client(qtbot, window, a.id)
    mode.resize(900, 500)  # a short screen: the questions scroll
    qtbot.keyClick(mode.rows[0], Qt.Key_4)
    for row in mode.rows[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() is row
        top = row.mapTo(mode.scroll.viewport(), row.rect().topLeft()).y()
        bottom = top + row.height()
        view = mode.scroll.viewport().height()
        assert top < view and bottom > 0 and (top >= 0 or bottom <= view or row.height() > view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    qtbot.keyClicks(mode.free_text, "Hyva")
    qtbot.keyClick(mode.free_text, Qt.Key_Tab)  # tabbed out of the comment box …
    assert QApplication.focusWidget() is mode.send_button
    qtbot.keyClicks(mode.send_button, " ja kiitos")  # … and kept typing
    assert open_modes() == [mode] and stored(store) == []
    assert mode.free_text.toPlainText() == "Hyva ja kiitos"
    qtbot.keyClick(mode.free_text, Qt.Key_Tab)
    qtbot.keyClick(mode.send_button, Qt.Key_Return)  # Enter sends
    qtbot.waitUntil(lambda: not open_modes(), timeout=3000)
    assert window.lock_screen.guarded
    qtbot.keyClicks(QApplication.focusWidget() or window.lock_screen, "more typing")
    assert window.lock_screen.password.text() == ""
    [row] = stored(store)
    assert row.free_text == "Hyva ja kiitos"
