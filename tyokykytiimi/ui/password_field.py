"""A password input with a strength meter and the reasons a password is refused."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QProgressBar, QVBoxLayout, QWidget

from ..models.passwords import password_problems, strength
from .field_error import FieldError


class PasswordWithStrength(QWidget):
    def __init__(self, parent=None, username_source=None):
        super().__init__(parent)
        self._username_source = username_source
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.Password)
        self.edit.setAccessibleName(self.tr("New password"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName(self.tr("Password strength"))
        self.error = FieldError(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.meter)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._update)
        self._update("")

    def _username(self) -> str:
        return self._username_source() if self._username_source else ""

    def _update(self, text: str) -> None:
        level = strength(text)
        names = [self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"),
                 self.tr("Strong")]
        # Nothing typed, nothing said: "Very weak" before the first key only alarms.
        self.meter.setValue(level if text else 0)
        self.meter.setFormat(self.tr("Strength: %1").replace("%1", names[level]) if text else "")
        if text:
            self.error.show_error(" ".join(password_problems(text, self._username())) or None)
        else:
            self.error.show_error(None)

    def text(self) -> str:
        return self.edit.text()
