"""Small widgets every form uses: the error shown next to a field."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class FieldError(QLabel):
    """A message under a field in words a nurse understands; hidden when empty.

    Shown as text with a warning sign, never by colour alone.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        self.setStyleSheet("color: #a40000;")
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str | None) -> None:
        if text:
            self.setText("⚠ " + text)
            self.setAccessibleName(text)
            self.show()
        else:
            self.clear()
            self.hide()


def tab_chain(*widgets: QWidget) -> None:
    """Tab visits ``widgets`` in this order (they read in this order on screen)."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)
