"""The safety flag (BDI item 9) as every role sees it, and the doctor's acknowledgement.

The flag stands in the client header, in words, until the doctor acknowledges
it with a short note of what was done; its history reads as a sentence
("Lauri Lääkäri kuittasi 30.11.2026: soitin asiakkaalle, aika huomenna").
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)

from tyokykytiimi.store import measures as ops
from tyokykytiimi.store.errors import InvalidInput, PermissionDenied
from tyokykytiimi.ui.events import announce
from tyokykytiimi.ui.permissions import may
from tyokykytiimi.ui.measures.common import fmt_date
from tyokykytiimi.ui.colours import set_state_colour
from tyokykytiimi.ui.field_error import FieldError
from tyokykytiimi.ui.layout import chars_wide
from ...formats import format_date


def flag_text(flag) -> str:
    if flag.code.endswith("_unknown"):
        return QCoreApplication.translate("SafetyFlags", "BDI %1: item 9 (suicidal thoughts) was not answered. Ask it.").replace(
            "%1", fmt_date(flag.raised_on))
    return QCoreApplication.translate("SafetyFlags", "BDI %1: item 9 (suicidal thoughts) is not zero.").replace(
        "%1", fmt_date(flag.raised_on))


def history_line(entry: ops.FlagHistory) -> str:
    """One flag's history in words."""
    f = entry.flag
    said = flag_text(f)
    if f.acknowledged_at is None:
        return said + " " + QCoreApplication.translate("SafetyFlags", "Not acknowledged yet.")
    return said + " " + QCoreApplication.translate("SafetyFlags", "%1 acknowledged %2: %3").replace(
        "%1", entry.acknowledged_by or "?").replace(
        "%2", format_date(f.acknowledged_at.astimezone().date())).replace("%3", f.ack_note or "")


class AcknowledgeDialog(QDialog):
    """The doctor writes what was done; the store checks the role and the note."""

    def __init__(self, store, flags, parent=None):
        super().__init__(parent)
        self.store, self.flags = store, flags
        self.setWindowTitle(self.tr("Acknowledge the safety flag"))
        self.setMinimumWidth(chars_wide(self, 64))
        layout = QVBoxLayout(self)
        for f in flags:
            label = QLabel("⚠ " + flag_text(f))
            label.setWordWrap(True)
            layout.addWidget(label)
        prompt = QLabel(self.tr("What was &done? (for example: called the client, "
                                "appointment tomorrow)"))
        prompt.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("What was done"))
        prompt.setBuddy(self.note)
        layout.addWidget(prompt)
        layout.addWidget(self.note)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Acknowledge"), QDialogButtonBox.AcceptRole)
        buttons.addButton(QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._acknowledge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.note.setFocus()

    def _acknowledge(self) -> None:
        try:
            for f in self.flags:
                ops.acknowledge_safety_flag(self.store, f.id, self.note.text())
        except (InvalidInput, PermissionDenied) as exc:
            self.error.show_error(exc.message)
            self.note.setFocus()
            return
        announce("measures", self.flags[0].client_id if self.flags else "")
        self.accept()


class FlagBanner(QFrame):
    """The open flags of one client, for every role; the doctor acknowledges here."""

    acknowledged = Signal()

    def __init__(self, store, client_id: str, parent=None):
        super().__init__(parent)
        self.store, self.client_id = store, client_id
        self.setObjectName("safetyBanner")
        # Tint, frame and text from the palette in use; the text starts with ⚠.
        self.setFrameShape(QFrame.Box)
        self.setLineWidth(2)
        set_state_colour(self, "error", fill=True)
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        bold = self.text.font()
        bold.setBold(True)
        self.text.setFont(bold)
        self.ack_button = QPushButton(self.tr("Ac&knowledge…"))
        self.ack_button.clicked.connect(lambda: self.acknowledge())
        self.ack_button.setVisible(may(store, "acknowledge_safety_flags"))
        row.addWidget(self.text, 1)
        row.addWidget(self.ack_button)
        self.flags = []
        self.refresh()

    def refresh(self) -> None:
        self.flags = ops.open_safety_flags(self.store, self.client_id)
        if self.flags:
            self.text.setText("⚠ " + self.tr("For the doctor's attention:") + " "
                              + " ".join(flag_text(f) for f in self.flags))
        self.setVisible(bool(self.flags))

    def acknowledge(self) -> None:
        if AcknowledgeDialog(self.store, self.flags, self).exec():
            self.refresh()
            self.acknowledged.emit()
