"""First start: the team's name, the first user (an admin coordinator), the recovery key."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout)

from ..store.errors import InvalidInput, StoreError
from ..store.unlock import create_database
from .password_field import PasswordWithStrength
from .field_error import FieldError
from .. import clock


class SetupDialog(QDialog):
    """Creates the database; ``store`` and ``recovery_key`` are set on success."""

    def __init__(self, data_dir: Path, parent=None, lock=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._lock = lock
        self.store = None
        self.recovery_key = None
        self.setWindowTitle(self.tr("Työkykytiimi – first start"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Welcome. This creates the team's encrypted database on this computer and "
            "your user account. You will be the administrator and can add the rest of "
            "the team later."))
        intro.setWordWrap(True)
        self.team = QLineEdit(self)
        self.team.setAccessibleName(self.tr("Team name"))
        self.display_name = QLineEdit(self)
        self.display_name.setAccessibleName(self.tr("Your name"))
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("Username"))
        self.password = PasswordWithStrength(self, username_source=self.username.text)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.Password)
        self.repeat.setAccessibleName(self.tr("Password again"))
        self.errors = {name: FieldError(self) for name in
                       ("team_name", "display_name", "username", "password", "repeat", None)}
        form = QFormLayout()
        form.addRow(self.tr("Team name"), self._with_error(self.team, "team_name"))
        form.addRow(self.tr("Your name"), self._with_error(self.display_name, "display_name"))
        form.addRow(self.tr("Username"), self._with_error(self.username, "username"))
        form.addRow(self.tr("Password"), self._with_error(self.password, "password"))
        form.addRow(self.tr("Password again"), self._with_error(self.repeat, "repeat"))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Create database"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors[None])
        layout.addWidget(buttons)
        self.username.textChanged.connect(lambda: self.password._update(self.password.text()))
        from .sync.join_dialog import add_join_button
        add_join_button(self, layout)  # "Join my team" beside creating a new database

    def _with_error(self, widget, name):
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        if name != "password":
            box.addWidget(self.errors[name])
        else:
            self.errors["password"] = widget.error
        return box

    def _create(self) -> None:
        for e in self.errors.values():
            e.show_error(None)
        if not self.display_name.text().strip():
            self.errors["display_name"].show_error(self.tr("Enter your name."))
            self.display_name.setFocus()
            return
        if self.password.text() != self.repeat.text():
            self.errors["repeat"].show_error(self.tr("The passwords are not the same."))
            self.repeat.setFocus()
            return
        try:
            self.store, self.recovery_key = create_database(
                self.data_dir, team_name=self.team.text(), username=self.username.text(),
                display_name=self.display_name.text(), password=self.password.text(),
                lock=self._lock)
        except InvalidInput as exc:
            self.errors.get(exc.field, self.errors[None]).show_error(exc.message)
            return
        except StoreError as exc:
            self.errors[None].show_error(exc.message)
            return
        RecoveryKeyDialog(self.recovery_key, self.team.text().strip(), self).exec()
        self.accept()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; continuing needs a tick that it is stored."""

    def __init__(self, recovery_key: str, team_name: str, parent=None):
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.team_name = team_name
        self.setWindowTitle(self.tr("Recovery key"))
        text = QLabel(self.tr(
            "This recovery key opens the database if every password is forgotten. It is "
            "shown only now. Print it or write it down and keep it locked away, apart "
            "from this computer."))
        text.setWordWrap(True)
        key = QLabel(recovery_key, self)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.Monospace)
        font.setPointSize(18)
        key.setFont(font)
        key.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        key.setAccessibleName(self.tr("Recovery key"))
        key.setAlignment(Qt.AlignCenter)
        print_button = QPushButton(self.tr("Print…"), self)
        print_button.clicked.connect(self._print)
        pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        pdf_button.clicked.connect(self._save_pdf)
        self.stored = QCheckBox(self.tr("I have printed or written down the recovery key"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Continue"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.stored.toggled.connect(self.buttons.button(QDialogButtonBox.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(print_button)
        row.addWidget(pdf_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(key)
        layout.addLayout(row)
        layout.addWidget(self.stored)
        layout.addWidget(self.buttons)

    def reject(self) -> None:  # Esc must not skip past the only sight of the key
        if self.stored.isChecked():
            super().reject()

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.Accepted:
            return
        doc = QTextDocument()
        doc.setHtml(f"<h2>{self.team_name}</h2><p>{self.tr('Recovery key')}</p>"
                    f"<p style='font-size:20pt; font-family:monospace'>{self.recovery_key}</p>")
        doc.print_(printer)

    def _save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save recovery key"),
                                              "palautusavain.pdf", "PDF (*.pdf)")
        if not path:
            return
        from datetime import date
        from ..reports.recovery_key import write_recovery_sheet
        try:
            # In the language the wizard is shown in (issue 17), not always Finnish.
            from . import i18n
            write_recovery_sheet(path, team_name=self.team_name,
                                 recovery_key=self.recovery_key, created=clock.today(),
                                 lang=i18n.current_language())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Recovery key"),
                                self.tr("The file could not be saved: %1").replace(
                                    "%1", exc.strerror or str(exc)))
