"""The plan steps of a day, by clicks and keys, for any journey test to reuse.

    from tests.ui.plan_steps import open_tab, write_plan, agree, revise, compare, export_pdfs

Each step drives the real widgets (``qtbot.mouseClick``/``keyClicks``); a modal
dialog is answered by ``answer_modal`` (the test's "person" in the dialog).
Typed text is ASCII: QTest cannot type "ä" on this platform.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from tyokykytiimi.ui.plan import dialogs


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.LeftButton)


def answer_modal(work) -> list:
    """Run ``work(dialog)`` on the modal dialog the next click opens; never leave it open.

    The returned list holds True once ``work`` has run."""
    done: list = []

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


def button(dialog, text: str) -> QPushButton:
    for b in dialog.findChildren(QPushButton):
        if text.replace("&", "").lower() in b.text().replace("&", "").lower():
            return b
    raise AssertionError(f"no button {text!r} in {[b.text() for b in dialog.findChildren(QPushButton)]}")


def open_tab(qtbot, page):
    """Click the client page's Plan tab; the plan tab widget."""
    bar = page.tabs.tabBar()
    index = list(page.tab_widgets).index("plan")
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(index).center())
    return page.tab_widgets["plan"]


def add_goal(qtbot, tab, text: str, steps: str = "") -> None:
    click(qtbot, tab.add_goal_button)
    qtbot.keyClicks(tab.goal_text, text)
    if steps:
        for w in (tab.goal_text, tab.goal_target, tab.goal_state):
            qtbot.keyClick(w, Qt.Key_Tab)
        qtbot.keyClicks(tab.goal_steps, steps)


def add_task(qtbot, tab, what: str, who: str) -> None:
    click(qtbot, tab.add_task_button)
    qtbot.keyClicks(tab.task_what, what)
    qtbot.keyClicks(tab.task_who.lineEdit(), who)


def save(qtbot, tab) -> None:
    qtbot.keyClick(tab.goal_text, Qt.Key_S, Qt.ControlModifier)


def write_plan(qtbot, tab, goal: str, step: str, task: str, who: str) -> None:
    add_goal(qtbot, tab, goal, step)
    add_task(qtbot, tab, task, who)
    save(qtbot, tab)


def agree(qtbot, tab, *, meeting: bool = True) -> dict:
    """Agree in the dialog (at the meeting it offers, or at none); what it showed."""
    seen: dict = {}

    def work(dialog):
        seen["people"] = dialog.people.toPlainText().splitlines()
        if not meeting:
            dialog.meeting.setFocus()
            qtbot.keyClick(dialog.meeting, Qt.Key_Home)
        seen["meeting"] = dialog.meeting.currentData()
        click(qtbot, button(dialog, dialog.tr("Agree and freeze")))
    done = answer_modal(work)
    click(qtbot, tab.agree_button)
    assert done, "the agree dialog did not open"
    return seen


def revise(qtbot, tab, goal: str) -> None:
    add_goal(qtbot, tab, goal)
    save(qtbot, tab)


def compare(qtbot, tab) -> str:
    """Compare the newest version with the one before it; the comparison's text."""
    seen: dict = {}

    def work(dialog):
        assert dialog.compare_with.currentIndex() == 1
        click(qtbot, dialog.compare_button)
        seen["text"] = dialog.view.toPlainText()
        click(qtbot, button(dialog, dialog.tr("Close")))
    done = answer_modal(work)
    click(qtbot, tab.versions_button)
    assert done, "the versions dialog did not open"
    return seen["text"]


def export_pdfs(qtbot, tab, monkeypatch, parties_path, own_path) -> None:
    """Save the parties' plan and the client's own plan as PDF (the save dialog answered)."""
    paths = iter([str(parties_path), str(own_path)])
    monkeypatch.setattr(dialogs.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (next(paths), "")))

    def choose(index):
        def work(dialog):
            dialog.kind.setFocus()
            qtbot.keyClick(dialog.kind, Qt.Key_Down if index else Qt.Key_Home)
            assert dialog.kind.currentIndex() == index
            box = dialog.findChild(QDialogButtonBox)
            accept = next(b for b in box.buttons()
                          if box.buttonRole(b) == QDialogButtonBox.AcceptRole)
            click(qtbot, accept)
        return work
    for index in (0, 1):
        done = answer_modal(choose(index))
        click(qtbot, tab.export_button)
        assert done, "the PDF dialog did not open"
