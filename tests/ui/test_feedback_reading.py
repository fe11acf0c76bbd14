"""#15.10: the team reads every feedback comment, anonymous ones too (with nothing
that leads to a client), filtered by period."""
from datetime import timedelta

from PySide6.QtCore import Qt

from tyokykytiimi import clock
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.feedback import save_feedback
from tyokykytiimi.ui.feedback.reading import FeedbackReadingDialog
from tyokykytiimi.ui.main_window import MainWindow


def test_every_comment_is_read_and_anonymous_ones_name_no_one(qtbot, store):
    c = create_client(store, first_name="Aino", last_name="Antaja")
    today = clock.today()
    save_feedback(store, {"heard": 5}, "Sain puhua omin sanoin.", client_id=c.id)
    save_feedback(store, {"heard": 2}, "Odotin liian kauan.", given_on=today - timedelta(days=3))
    save_feedback(store, {"heard": 4}, "", given_on=today - timedelta(days=2))
    save_feedback(store, {"heard": 3}, "Vanha kommentti.", given_on=today - timedelta(days=400))
    dialog = FeedbackReadingDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.view.toPlainText()
    assert "Sain puhua omin sanoin." in text and "Odotin liian kauan." in text
    assert "Vanha kommentti." not in text  # outside the last 30 days
    assert "Aino Antaja" in text
    anonymous_block = text.split("Odotin liian kauan.")[0].rsplit("\n\n", 1)[-1]
    assert "Aino" not in anonymous_block
    assert dialog.summary.text().startswith("3")
    qtbot.mouseClick(dialog.only_text, Qt.LeftButton)
    assert len(dialog.answers) == 2
    dialog.period.setFocus()
    qtbot.keyClick(dialog.period, Qt.Key_End)
    qtbot.keyClick(dialog.period, Qt.Key_Up)  # all time
    assert "Vanha kommentti." in dialog.view.toPlainText()
    assert len(dialog.answers) == 3
    assert not dialog.since.isEnabled()
    # Days of one's own start from the period chosen before.
    qtbot.keyClick(dialog.period, Qt.Key_Home)  # the last 30 days
    assert dialog.since.date() == today - timedelta(days=30)
    qtbot.keyClick(dialog.period, Qt.Key_End)  # chosen days
    assert dialog.since.isEnabled() and dialog.until.isEnabled()
    assert dialog.since.date() == today - timedelta(days=30)
    assert {a.free_text for a in dialog.answers} == {"Sain puhua omin sanoin.",
                                                    "Odotin liian kauan."}
    with store.session() as s:
        from sqlmodel import select
        views = s.exec(select(AuditEntry).where(AuditEntry.target == "feedback",
                                                AuditEntry.action == "view")).all()
    assert any(v.client_id == c.id for v in views)  # reading a named answer is audited


def test_the_go_menu_opens_the_feedback_comments(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    action = next(a for a in window.actions() if a.objectName() == "feedbackReadingAction")
    assert action.text()
    help_action = next(a for a in window.actions() if a.objectName() == "helpGuideAction")
    assert help_action.shortcut().toString() == "F1"
