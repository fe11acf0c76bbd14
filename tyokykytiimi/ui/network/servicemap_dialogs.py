"""Forms for keeping the service map by hand: an organisation, a service card, a contact."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QLineEdit, QPlainTextEdit, QWidget)

from ...store import servicemap_edit as ed
from ...store.errors import InvalidInput
from ..events import announce
from ..saved import tell_saved
from ..field_error import FieldError
from ..layout import lines_high
from . import texts


def tr(text: str) -> str:
    return QCoreApplication.translate("ServiceMapEdit", text)


def _text_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(lines_high(box, 3))
    return box


class _Checks(QWidget):
    """A grid of check boxes for codes (domains, path phases)."""

    def __init__(self, items: dict[str, str], chosen=()):
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes = {}
        for i, (code, text) in enumerate(items.items()):
            box = QCheckBox(text)
            box.setChecked(code in chosen)
            self.boxes[code] = box
            grid.addWidget(box, i // 2, i % 2)

    def value(self) -> list[str]:
        return [c for c, b in self.boxes.items() if b.isChecked()]


class MapEntryDialog(QDialog):
    """Fields in a form, each with its error line; Save runs ``save(values)``."""

    def __init__(self, title: str, fields: list[tuple[str, str, QWidget]], save, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.fields = {key: widget for key, _, widget in fields}
        self.errors = {key: FieldError() for key, _, _ in fields}
        self.errors["form"] = FieldError()
        form = QFormLayout(self)
        for key, label, widget in fields:
            widget.setAccessibleName(label)
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        form.addRow("", self.errors["form"])
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        self.setMinimumWidth(480)

    def values(self) -> dict:
        out = {}
        for key, w in self.fields.items():
            if isinstance(w, QLineEdit):
                out[key] = w.text()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, _Checks):
                out[key] = w.value()
        return out

    def save(self) -> None:
        for e in self.errors.values():
            e.show_error(None)
        try:
            self.result_row = self._save(self.values())
        except InvalidInput as exc:
            self.errors.get(exc.field or "form", self.errors["form"]).show_error(exc.message)
            return
        announce("servicemap")
        tell_saved(self.parentWidget())
        self.accept()


def organisation_dialog(store, org=None, parent=None) -> MapEntryDialog:
    name = QLineEdit(org.name if org else "")
    sector = QComboBox()
    sector.addItem(tr("Choose…"), None)
    for code, text in texts.sectors().items():
        sector.addItem(text, code)
    sector.setCurrentIndex(max(sector.findData(org.sector if org else None), 0))
    fields = [("name", tr("Name"), name), ("sector", tr("Sector"), sector),
              ("area", tr("Area"), QLineEdit(org.area or "" if org else "")),
              ("phone", tr("Phone"), QLineEdit(org.phone or "" if org else "")),
              ("address", tr("Address"), QLineEdit(org.address or "" if org else ""))]
    return MapEntryDialog(tr("Organisation"), fields, lambda v: ed.save_organisation(
        store, org.id if org else None, **v), parent)


def service_dialog(store, organisation, card=None, parent=None) -> MapEntryDialog:
    fields = [("name", tr("Service"), QLineEdit(card.name if card else "")),
              ("offers", tr("Offers"), _text_box()),
              ("for_whom", tr("For whom"), _text_box()),
              ("how_to_refer", tr("How to refer"), _text_box()),
              ("domains", tr("Domains"), _Checks(texts.domains(),
                                                 card.domain_list if card else ())),
              ("phases", tr("Path phases"), _Checks(texts.phases(),
                                                    card.phase_list if card else ())),
              ("area", tr("Area"), QLineEdit(card.area or "" if card else ""))]
    if card:
        for key in ("offers", "for_whom", "how_to_refer"):
            dict((k, w) for k, _, w in fields)[key].setPlainText(getattr(card, key) or "")
    title = tr("Service of %1").replace("%1", organisation.name)
    return MapEntryDialog(title, fields, lambda v: ed.save_service(
        store, card.id if card else None, organisation_id=organisation.id, **v), parent)


def contact_dialog(store, organisation, contact=None, parent=None) -> MapEntryDialog:
    c = contact
    fields = [("name", tr("Name"), QLineEdit(c.name if c else "")),
              ("title", tr("Title or profession"), QLineEdit(c.title or "" if c else "")),
              ("phone", tr("Phone"), QLineEdit(c.phone or "" if c else "")),
              ("email", tr("Secure e-mail"), QLineEdit(c.email or "" if c else ""))]
    title = tr("Contact person at %1").replace("%1", organisation.name)
    return MapEntryDialog(title, fields, lambda v: ed.save_contact(
        store, c.id if c else None, organisation_id=organisation.id, **v), parent)
