"""The short "Saved" a person sees after each save, in the main window's status bar."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

SHOWN_MS = 4000


def saved_text() -> str:
    return QCoreApplication.translate("saved", "Saved")


def tell_saved(widget: QWidget | None, text: str | None = None) -> None:
    """Show "Saved" (or ``text``) for a few seconds in the main window's status bar."""
    window = None
    w = widget
    while w is not None:
        if isinstance(w, QMainWindow):
            window = w
            break
        w = w.parentWidget()
    if window is None:
        window = next((t for t in QApplication.topLevelWidgets()
                       if isinstance(t, QMainWindow) and t.isVisible()), None)
    if window is not None:
        window.statusBar().showMessage("✔ " + (text or saved_text()), SHOWN_MS)
