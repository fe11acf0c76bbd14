"""The message shown next to a field that could not be accepted."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from .colours import set_state_colour


class FieldError(QLabel):
    """A message under a field in words a nurse understands; hidden when empty.

    Shown as text with a warning sign, never by colour alone; the colour comes
    from the palette in use (see :func:`state_colour`).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        set_state_colour(self, "error")
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
