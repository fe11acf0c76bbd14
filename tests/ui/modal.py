"""Answer the next modal dialog or message box the way a person would: click its button."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox


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
    with text ``which`` (or QMessageBox standard button); ``seen`` collects its text."""

    def attempt(left=tries):
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if left:
                QTimer.singleShot(20, lambda: attempt(left - 1))
            return
        if seen is not None:
            seen.append(dialog.text() if isinstance(dialog, QMessageBox) else
                        dialog.windowTitle())
        if then is not None:
            then(dialog)
        button = _button(dialog, which)
        if button is None:
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
            raise AssertionError(f"no button {which!r} in {dialog.windowTitle()!r}")
        QTest.mouseClick(button, Qt.LeftButton)

    QTimer.singleShot(0, attempt)
