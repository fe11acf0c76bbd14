"""Answer the next modal dialog or message box the way a person would: click its button.

Every answer a test asks for must be used by the end of that test: one still
waiting is cancelled and fails the test that asked (tests/conftest.py), so an
expected dialog that never appeared is caught there and a leftover answer can
never click into the next test's dialogs.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox

_pending: list[dict] = []


def _button(dialog, which):
    if isinstance(which, str):
        for b in dialog.findChildren(QAbstractButton):
            if b.isVisible() and b.text().replace("&", "") == which.replace("&", ""):
                return b
        return None
    if isinstance(dialog, QMessageBox):
        return dialog.button(which)
    return None


def answer_modal(which, *, then=None, seen: list | None = None, tries: int = 200) -> None:
    """When a modal appears, ``then(dialog)`` (e.g. type into it), then click the button
    with text ``which`` (or QMessageBox standard button); ``seen`` collects its text.

    ``which=None``: ``then`` answers the dialog itself (e.g. presses Ctrl+S) and must
    leave it closed."""
    ticket = {"which": which, "done": False}
    _pending.append(ticket)

    def attempt(left=tries):
        if ticket["done"]:
            return  # cancelled when its test ended
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if left:
                QTimer.singleShot(20, lambda: attempt(left - 1))
            return
        ticket["done"] = True
        if seen is not None:
            seen.append(dialog.text() if isinstance(dialog, QMessageBox) else
                        dialog.windowTitle())
        if then is not None:
            try:
                then(dialog)
            except BaseException:
                # A failed step must not leave the dialog waiting: the test fails, not hangs.
                if dialog.isVisible():
                    dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
                raise
        if which is None:
            if dialog.isVisible():
                dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
                raise AssertionError(f"{dialog.windowTitle()!r} was left open")
            return
        button = _button(dialog, which)
        if button is None:
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
            raise AssertionError(f"no button {which!r} in {dialog.windowTitle()!r}")
        QTest.mouseClick(button, Qt.LeftButton)

    QTimer.singleShot(0, attempt)


def unanswered() -> list:
    """Answers asked for and never used; each is cancelled (called when a test ends)."""
    left = [t["which"] for t in _pending if not t["done"]]
    for t in _pending:
        t["done"] = True
    _pending.clear()
    return left
