"""One settings dialog: this workstation's language and the team's settings.

The language belongs to the workstation (store.workstation: the sign-in screen
needs it before the database is open); the rest are team-wide Setting rows in
the encrypted database (store.settings), which only an administrator changes.
The store checks every value; an error is shown next to its field and nothing
is saved. Saving applies at once: the idle lock, the backup folder and
retention, the PDF letterhead, and the language (the main window is rebuilt
in it by the session in app.py; without one it is used from the next start).
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ..store import contacts, settings as team, workstation
from ..store.errors import InvalidInput, StoreError
from . import i18n
from .permissions import may
from .contact_fields import ContactFields
from .layout import fit_on_screen, scrolling
from .field_error import FieldError

# Each language in its own words, so anyone can find theirs.
LANGUAGE_NAMES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))
LOGO_MAX_SIZE = (600, 200)  # pixels; prints at 8 mm high, sharp enough
PREVIEW_SIZE = (240, 80)


def logo_from_file(path: str) -> bytes | None:
    """The picture in ``path`` as PNG bytes, scaled down to a letterhead size, or None."""
    reader = QImageReader(path)
    if bytes(reader.format()).lower() not in (b"png", b"jpeg", b"jpg"):
        return None
    image = reader.read()
    if image.isNull():
        return None
    width, height = LOGO_MAX_SIZE
    if image.width() > width or image.height() > height:
        image = image.scaled(width, height, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


class SettingsDialog(QDialog):
    settings_saved = Signal(object)  # store.settings.TeamSettings, after a save

    @classmethod
    def menu_text(cls) -> str:
        return QCoreApplication.translate("SettingsDialog", "&Settings…")

    @classmethod
    def open_text(cls) -> str:
        return QCoreApplication.translate("SettingsDialog", "Settings…")

    @classmethod
    def backup_note(cls) -> str:
        return QCoreApplication.translate(
            "SettingsDialog", "The backup folder and how many automatic backups are kept "
                              "are chosen in the settings.")

    def __init__(self, store, parent=None, *, applies_language_at_once: bool | None = None):
        super().__init__(parent)
        self.store = store
        self.is_admin = may(store, "settings")
        self.language_changed = False
        if applies_language_at_once is None:
            applies_language_at_once = getattr(parent, "rebuild_hook", None) is not None
        self.at_once = applies_language_at_once
        with store.session() as s:
            self.current = team.team_settings(s)
            self.reach = contacts.team_reach(s)
            self.zone = contacts.team_zone(s)
        self.logo = self.current.logo
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        self.errors = {name: FieldError(self) for name in
                       ("language", "team_name", "logo", "idle_lock_minutes", "backup_dir",
                        "backup_keep", "time_zone", None)}

        # --- this workstation -------------------------------------------------
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.setAccessibleName(self.tr("Language"))
        self.language_note = QLabel(self.tr(
            "The language is chosen for this workstation and is used on the sign-in screen "
            "too.") + " " + (self.tr("A new language takes effect at once.") if self.at_once
                             else self.tr("A new language takes effect after a restart.")), self)
        self.language_note.setWordWrap(True)
        self.language.setMaximumWidth(260)
        # One form for both parts, so the fields line up; a heading names each part.
        form = QFormLayout()
        form.addRow(self._heading(self.tr("This workstation")))
        form.addRow(self.tr("Language"), self._with_error(self.language, "language"))
        form.addRow("", self.language_note)

        # --- the team -----------------------------------------------------------
        self.team_name = QLineEdit(self.current.team_name, self)
        self.team_name.setMaxLength(team.TEAM_NAME_MAX)
        self.team_name.setAccessibleName(self.tr("Team name"))
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(*PREVIEW_SIZE)
        self.logo_preview.setAlignment(Qt.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel#logoPreview { border: 1px solid #b0b0b0; "
                                        "background: white; color: #555; }")
        self.choose_logo_button = QPushButton(self.tr("Choose logo…"), self)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove logo"), self)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch()
        logo_box = QWidget(self)
        logo_box.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_hint = QLabel(self.tr("A PNG or JPEG picture, printed before the team's name at "
                                   "the top of every PDF."), self)
        logo_hint.setWordWrap(True)

        self.minutes = QLineEdit(str(self.current.idle_lock_minutes), self)
        self.minutes.setMaximumWidth(80)
        self.minutes.setAccessibleName(self.tr("Lock after idle time, minutes"))
        low, high = team.IDLE_MINUTES
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes)
        minutes_row.addWidget(QLabel(self.tr("minutes (%1–%2)").replace("%1", str(low))
                                     .replace("%2", str(high)), self))
        minutes_row.addStretch()

        self.backup_dir = QLineEdit(self.current.backup_dir, self)
        self.backup_dir.setPlaceholderText(self.tr("Default: %1").replace(
            "%1", str(store.data_dir / "backups")))
        self.backup_dir.setAccessibleName(self.tr("Backup folder"))
        self.choose_dir_button = QPushButton(self.tr("Choose…"), self)
        self.choose_dir_button.clicked.connect(self.choose_backup_dir)
        dir_row = QHBoxLayout()
        dir_row.addWidget(self.backup_dir, 1)
        dir_row.addWidget(self.choose_dir_button)

        self.keep = QSpinBox(self)
        self.keep.setRange(*team.BACKUP_KEEP)
        self.keep.setValue(min(max(self.current.backup_keep, team.BACKUP_KEEP[0]),
                               team.BACKUP_KEEP[1]))
        self.keep.setAccessibleName(self.tr("Daily backups kept"))
        self.keep.setMaximumWidth(100)

        # How the team is reached: printed on every paper that leaves the team.
        self.team_fields = ContactFields(
            self, self.reach, names=("team_phone", "team_email", "team_address"),
            labels=(self.tr("Team phone"), self.tr("Team e-mail"), self.tr("Team address")))
        self.team_phone, self.team_email, self.team_address = (
            self.team_fields.phone, self.team_fields.email, self.team_fields.address)
        self.errors.update(self.team_fields.errors)
        self.time_zone = QLineEdit(self.zone, self)
        self.time_zone.setAccessibleName(self.tr("Time zone of meeting times"))
        self.time_zone.setMaximumWidth(260)
        zone_hint = QLabel(self.tr("Meeting times are shown and printed in this time zone, "
                                   "for example Europe/Helsinki."), self)
        zone_hint.setWordWrap(True)

        self.admin_note = QLabel(self.tr(
            "Only an administrator can change the team's settings. They are shown here "
            "for your information."), self)
        self.admin_note.setWordWrap(True)
        self.admin_note.setVisible(not self.is_admin)
        form.addRow(self._heading(self.tr("The team (all workstations)")))
        if not self.is_admin:
            form.addRow(self.admin_note)
        form.addRow(self.tr("Team name"), self._with_error(self.team_name, "team_name"))
        form.addRow(self.tr("Logo for PDFs"), self._with_error(logo_box, "logo"))
        form.addRow("", logo_hint)
        self.team_fields.add_rows(form)
        form.addRow(self.tr("Time zone"), self._with_error(self.time_zone, "time_zone"))
        form.addRow("", zone_hint)
        form.addRow(self.tr("Lock after idle time"),
                    self._with_error(minutes_row, "idle_lock_minutes"))
        form.addRow(self.tr("Backup folder"), self._with_error(dir_row, "backup_dir"))
        form.addRow(self.tr("Daily backups kept"), self._with_error(self.keep, "backup_keep"))
        from .sync.settings_section import add_section
        add_section(self, form)
        for w in (self.team_name, self.minutes, self.backup_dir, self.time_zone):
            w.setReadOnly(not self.is_admin)
        self.team_fields.set_read_only(not self.is_admin)
        for w in (self.choose_logo_button, self.remove_logo_button, self.choose_dir_button):
            w.setEnabled(self.is_admin)
        self.keep.setReadOnly(not self.is_admin)
        if not self.is_admin:
            self.keep.setButtonSymbols(QSpinBox.NoButtons)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addStretch()
        layout = QVBoxLayout(self)
        # Scrolls on a short screen (200 %: 540 points high) instead of squeezing the
        # notes and the logo preview until they are cut.
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(self.errors[None])
        layout.addWidget(self.buttons)
        self._show_logo()
        hint = body.sizeHint()
        fit_on_screen(self, max(620, hint.width() + 40),
                      hint.height() + self.buttons.sizeHint().height() + 60)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 2)
        return label

    def _with_error(self, item, name: str):
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(item, QWidget):
            box.addWidget(item)
        else:
            box.addLayout(item)
        box.addWidget(self.errors[name])
        return box

    # --- logo ----------------------------------------------------------------
    def _show_logo(self) -> None:
        self.remove_logo_button.setEnabled(self.is_admin and self.logo is not None)
        if not self.logo:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        image = QImage.fromData(self.logo)
        w, h = PREVIEW_SIZE
        pixmap = QPixmap.fromImage(image).scaled(w - 8, h - 8, Qt.KeepAspectRatio,
                                                 Qt.SmoothTransformation)
        self.logo_preview.setPixmap(pixmap)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose logo"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return
        data = logo_from_file(path)
        if data is None:
            self.errors["logo"].show_error(self.tr(
                "This file is not a PNG or JPEG picture. Choose another file."))
            return
        try:
            team.check_logo(data)
        except InvalidInput as exc:
            self.errors["logo"].show_error(exc.message)
            return
        self.errors["logo"].show_error(None)
        self.logo = data
        self._show_logo()

    def remove_logo(self) -> None:
        self.logo = None
        self.errors["logo"].show_error(None)
        self._show_logo()

    # --- backup folder -------------------------------------------------------
    def choose_backup_dir(self) -> None:
        start = self.backup_dir.text() or str(self.store.data_dir)
        path = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if not path:
            return
        self.backup_dir.setText(path)
        try:
            team.check_backup_dir(path)
        except InvalidInput as exc:
            self.errors["backup_dir"].show_error(exc.message)
            return
        self.errors["backup_dir"].show_error(None)

    # --- saving --------------------------------------------------------------
    def chosen_language(self) -> str:
        return self.language.currentData()

    def save(self) -> bool:
        """Check and store everything; False (and the reason by its field) when not saved."""
        for e in self.errors.values():
            e.show_error(None)
        # A language change is all or nothing: the window is rebuilt in the new
        # language, so unsaved work is asked about before anything is saved; if
        # the person keeps it open, nothing changes (no setting, no translator).
        lang = self.chosen_language()
        window = self.parent()
        rebuilds = (lang != i18n.current_language() and self.at_once
                    and hasattr(window, "prepare_to_leave"))
        if rebuilds and not window.prepare_to_leave():
            self.errors["language"].show_error(self.tr(
                "The language was not changed: finish or close the unsaved work first."))
            self.language.setFocus()
            return False
        if not self._save_all(lang):
            if rebuilds:
                window._leaving = False
            return False
        return True

    def _save_all(self, lang: str) -> bool:
        saved = self.current
        if self.is_admin:
            try:
                # Every field is checked before anything is written.
                self.team_fields.check()
                contacts.check_zone(self.time_zone.text())
                team.save_team_settings(
                    self.store, team_name=self.team_name.text(),
                    idle_lock_minutes=self.minutes.text(), backup_dir=self.backup_dir.text(),
                    backup_keep=self.keep.value(), logo=self.logo)
                contacts.save_team_contacts(self.store, **self.team_fields.values(),
                                            time_zone=self.time_zone.text())
            except InvalidInput as exc:
                if self.team_fields.show_error(exc):
                    return False
                self.errors.get(exc.field, self.errors[None]).show_error(exc.message)
                focus = {"team_name": self.team_name, "idle_lock_minutes": self.minutes,
                         "backup_dir": self.backup_dir, "backup_keep": self.keep,
                         "logo": self.choose_logo_button, "time_zone": self.time_zone}.get(exc.field)
                if focus is not None:
                    focus.setFocus()
                return False
            except StoreError as exc:
                self.errors[None].show_error(exc.message)
                return False
            with self.store.session() as s:
                saved = team.team_settings(s)
                from .. import formats
                formats.set_time_zone(contacts.team_zone(s))
        if lang != i18n.current_language():
            try:
                workstation.set_language(self.store.data_dir, lang)
                team.record_language_choice(self.store, lang)
            except StoreError as exc:
                self.errors["language"].show_error(exc.message)
                return False
            except OSError:
                self.errors["language"].show_error(self.tr(
                    "The language could not be saved on this workstation."))
                return False
            i18n.install(lang)
            self.language_changed = True
        self.settings_saved.emit(saved)
        self.accept()
        return True
