"""Answering modal dialogs the way a person does, for the nurse's and doctor's tests."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from tyokykytiimi import clock


def _when_modal(kind, act, tries: int = 200):
    def poll(left=tries):
        w = QApplication.activeModalWidget()
        if isinstance(w, kind):
            act(w)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))
    QTimer.singleShot(0, poll)


def click_in_box(qtbot, button_text: str) -> list[str]:
    """Click ``button_text`` in the next message box; returns [its text] once asked."""
    seen: list[str] = []

    def act(box):
        seen.append(box.text())
        button = next(b for b in box.buttons() if button_text in b.text().replace("&", ""))
        qtbot.mouseClick(button, Qt.LeftButton)
    _when_modal(QMessageBox, act)
    return seen


def type_in_input(qtbot, text: str) -> list[str]:
    """Type ``text`` into the next input dialog and press Enter; returns [its label]."""
    seen: list[str] = []

    def act(dialog):
        seen.append(dialog.labelText())
        edit = dialog.findChild(QLineEdit)
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key_Return)
    _when_modal(QInputDialog, act)
    return seen


def in_dialog(kind, act):
    """Run ``act(dialog)`` on the next modal dialog of ``kind``."""
    _when_modal(kind, act)


def due_client(store, days: int = 182, **names):
    """A client started ``days`` ago with a complete baseline PROM set."""
    from datetime import timedelta

    from tyokykytiimi.store import measures as m
    from tyokykytiimi.store.clients import create_client
    started = clock.today() - timedelta(days=days)
    c = create_client(store, first_name=names.get("first", "Seija"),
                      last_name=names.get("last", "Seuranta"), started_on=started)
    m.save_answer_sets(store, c.id, [m.Entry("was", [4]), m.Entry("inclusion", [3] * 10),
                                     m.Entry("3x10d", [4] * 10)],
                       time_point="baseline", answered_on=started)
    return c


def shown_active(qtbot, widget, size=(1200, 800)):
    """Show ``widget`` as the active window (keys then reach its shortcuts)."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.isActiveWindow())
    return widget
