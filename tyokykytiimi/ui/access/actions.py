"""The client page's "Client's data…" button: export (PDF + JSON) and erasure.

Export: the person picks a folder; the client's data is collected (an audited
export), written as a readable PDF in the program's language and as JSON, off
the UI thread. Erasure (administrators only): a dialog that names the client,
says whether their retention time has ended, asks for the basis and for the
client's name to be typed, and warns that backups still hold the client until
they rotate out. After erasing, the client page closes back to the client list.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QLabel,
                               QLineEdit, QMenu, QMessageBox, QPushButton, QRadioButton,
                               QToolButton, QVBoxLayout, QWidget)

from ... import formats, language
from ...reports.access_export_json import write_access_json
from ...reports.access_export_pdf import write_access_pdf
from ...store.access_export import collect
from ...store.erasure import erase_client, erasure_check, names_match
from ..events import bus
from ..export_files import ask_folder, offer_open
from ..permissions import may
from ..worker import run_op
from ...i18n import N_, _
from ... import clock

FILE_STEM = N_("client-data")


def export_paths(folder: Path, today: date | None = None) -> tuple[Path, Path]:
    """A PDF and a JSON path in ``folder`` that do not overwrite earlier exports."""
    stem = f"{_(FILE_STEM)}-{(today or clock.today()):%Y-%m-%d}"
    n = 1
    while True:
        name = stem if n == 1 else f"{stem}-{n}"
        pdf, js = folder / f"{name}.pdf", folder / f"{name}.json"
        if not pdf.exists() and not js.exists():
            return pdf, js
        n += 1


def export_client_data(store, client_id: str, folder: Path, progress=None,
                       lang: str | None = None) -> tuple[Path, Path]:
    """Collect (audited), then write the PDF and the JSON into ``folder``.

    The PDF is in ``lang``, by default the client's recorded language.
    """
    progress = progress or (lambda done, total: None)
    progress(0, 3)
    data = collect(store, client_id)
    pdf, js = export_paths(Path(folder))
    progress(1, 3)
    write_access_pdf(data, pdf, lang=lang)
    progress(2, 3)
    write_access_json(data, js)
    progress(3, 3)
    return pdf, js


# --- erasure -----------------------------------------------------------------------

class EraseDialog(QDialog):
    """Names the client, explains retention and backups, asks for the basis and the name."""

    def __init__(self, check, parent=None):
        super().__init__(parent)
        self.check = check
        self.setObjectName("eraseClientDialog")
        self.setWindowTitle(self.tr("Erase client"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        name = f"{check.name} ({check.identifier or '–'})"
        self.heading = QLabel(self.tr("Erase %1 for good?").replace("%1", name))
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.what = QLabel(self.tr(
            "Everything stored about the client is erased: basic data, screenings, "
            "consents, meetings, plan versions, measures, feedback and their change "
            "history (%1 records). The audit trail keeps only that an erasure happened, "
            "by whom and when. This cannot be undone.").replace("%1", str(check.rows)))
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        self.retention = QLabel(self._retention_text())
        self.retention.setObjectName("retentionNote")
        self.retention.setWordWrap(True)
        if not check.retention_ended:
            self.retention.setStyleSheet("color: #a40000;")
        layout.addWidget(self.retention)

        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Basis for the erasure")))
        self.bases = QButtonGroup(self)
        self.basis_buttons: dict[str, QRadioButton] = {}
        options = [("client_request", self.tr("The client asked for erasure and the law "
                                              "allows it")),
                   ("entered_in_error", self.tr("The record was entered in error (wrong "
                                                "person or a duplicate)"))]
        if check.retention_ended:
            options.insert(0, ("retention_ended", self.tr("The retention time has ended")))
        for code, text in options:
            button = QRadioButton(text, self)
            self.bases.addButton(button)
            self.basis_buttons[code] = button
            layout.addWidget(button)
            button.toggled.connect(self._update)

        layout.addSpacing(8)
        self.backups = QLabel(self.tr(
            "Backups made before the erasure still hold the client until they rotate out "
            "of the backup folder; a backup kept anywhere else must be destroyed "
            "separately. Restoring an older backup brings the client back."))
        self.backups.setObjectName("backupNote")
        self.backups.setWordWrap(True)
        layout.addWidget(self.backups)
        self.prompt = QLabel(self.tr("To confirm, type the client's name (%1):")
                             .replace("%1", check.name))
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("The client's name"))
        self.prompt.setBuddy(self.name_edit)
        self.name_edit.textChanged.connect(self._update)
        layout.addWidget(self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.erase_button = QPushButton(self.tr("Erase for good"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.DestructiveRole)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if check.retention_ended:
            self.basis_buttons["retention_ended"].setChecked(True)
        self._update()

    def _retention_text(self) -> str:
        c = self.check
        if c.retention_ended:
            return self.tr("The retention time ended on %1.").replace(
                "%1", formats.format_date(c.retention_ends))
        if c.status == "closed" and c.retention_ends:
            return self.tr(
                "The retention time has not ended: the record is kept until %1 (10 years "
                "after the client relationship closed). Erase now only when the client asked "
                "for it and the law allows it, or when the record was entered in error."
            ).replace("%1", formats.format_date(c.retention_ends))
        return self.tr(
            "The client relationship is still open, so the retention time has not begun. "
            "Erase now only when the client asked for it and the law allows it, or when the "
            "record was entered in error.")

    def basis(self) -> str | None:
        for code, button in self.basis_buttons.items():
            if button.isChecked():
                return code
        return None

    def typed_name(self) -> str:
        return self.name_edit.text()

    def _update(self) -> None:
        ok = self.basis() is not None and names_match(
            self.check.first_name, self.check.last_name, self.name_edit.text())
        self.erase_button.setEnabled(ok)


def _host(widget: QWidget) -> QWidget:
    """The main window when there is one: long work outlives the client page."""
    window = widget.window()
    return window if window is not None else widget


def erase_flow(parent: QWidget, store, client_id: str, on_erased) -> None:
    """Confirm (dialog naming the client) and erase; ``on_erased(client_id)`` afterwards."""
    title = QCoreApplication.translate("AccessActions", "Erase client")
    if not may(store, "erasure"):
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "AccessActions", "Only an administrator can erase a client."))
        return
    try:
        check = erasure_check(store, client_id)
    except Exception as exc:  # noqa: BLE001 (shown to the person)
        QMessageBox.warning(parent, title, getattr(exc, "message", None) or str(exc))
        return
    dialog = EraseDialog(check, parent)
    accepted = dialog.exec() == QDialog.Accepted
    basis, typed = dialog.basis(), dialog.typed_name()
    dialog.deleteLater()
    if not accepted:
        return
    host = _host(parent)

    def work(progress):
        return erase_client(store, client_id, confirm_name=typed, basis=basis)

    def done(result):
        QMessageBox.information(host, title, QCoreApplication.translate(
            "AccessActions", "The client was erased. %1 records were removed and the audit "
            "trail records the erasure.").replace("%1", str(result.rows)))
        on_erased(client_id)

    run_op(host, QCoreApplication.translate("AccessActions", "Erasing the client…"), work, done)


def close_client_pages(window: QWidget, client_id: str, *, to_list: bool = True) -> None:
    """Close every page of an erased client (back to the client list when ``to_list``)
    and then tell open views that the client is gone."""
    from ..clients.client_page import ClientPage
    pages = [w for w in window.findChildren(ClientPage) if w.client_id == client_id]
    if isinstance(window, ClientPage) and window.client_id == client_id:
        pages.append(window)
    if to_list and hasattr(window, "show_area"):
        window.show_area("clients")
    stack = getattr(window, "pages", None)
    for page in pages:
        if stack is not None and stack.indexOf(page) >= 0:
            stack.removeWidget(page)
        if hasattr(window, "release_client_page"):
            window.release_client_page(page)
        page.hide()

    def finish():
        from shiboken6 import Shiboken
        try:
            for page in pages:
                if Shiboken.isValid(page):
                    # At once, not later: its tabs must not refresh for a client that is gone.
                    Shiboken.delete(page)
        finally:
            bus.changed.emit("clients", client_id)

    QTimer.singleShot(0, finish)


class ClientDataButton(QToolButton):
    """"Client's data…": export the client's data; erase (administrators)."""

    exported = Signal(object, object)  # PDF path, JSON path

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.store = page.store
        self.setObjectName("clientDataButton")
        self.setText(self.tr("Client's data…"))
        self.setToolTip(self.tr("Everything stored about the client, for the client "
                                "(right of access), and erasure"))
        self.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self)
        self.export_action = QAction(self.tr("Export data (PDF + JSON)…"), self)
        self.export_action.setObjectName("exportClientDataAction")
        self.export_action.setStatusTip(self.tr(
            "Writes everything stored about the client, and who has handled it, as a readable "
            "PDF and a machine-readable JSON file into a folder you choose."))
        self.export_action.triggered.connect(lambda _=False: self.export())
        menu.addAction(self.export_action)
        # The PDF is in the client's recorded language; the exporter may choose another.
        other = menu.addMenu(self.tr("Export in another language"))
        self.language_actions = {}
        for code, name in (("fi", "suomi"), ("sv", "svenska"), ("en", "English")):
            action = other.addAction(name)
            action.triggered.connect(lambda _=False, c=code: self.export(c))
            self.language_actions[code] = action
        self.erase_action = None
        if may(self.store, "erasure"):
            menu.addSeparator()
            self.erase_action = QAction(self.tr("Erase client…"), self)
            self.erase_action.setObjectName("eraseClientAction")
            self.erase_action.setStatusTip(self.tr(
                "Erase the client and everything about them for real (administrators)."))
            self.erase_action.triggered.connect(self.erase)
            menu.addAction(self.erase_action)
        self.setMenu(menu)
        # room for the menu arrow, which the style draws over the text otherwise
        self.setMinimumWidth(self.sizeHint().width() + 14)
        self._thread = None

    def export(self, lang: str | None = None) -> None:
        title = self.tr("Export the client's data")
        from ...store.measures import open_safety_flags
        flags = len(open_safety_flags(self.store, self.page.client_id))
        if flags:
            # 703/2023: content that may harm the client is reviewed by a
            # professional before a copy is handed over.
            answer = QMessageBox.warning(
                self, title, self.tr(
                    "Safety flags nobody has acknowledged yet: %1. The copy contains the "
                    "answers behind them: a doctor or nurse should review them with the client "
                    "before the copy is handed over.\n\nExport anyway?").replace("%1", str(flags)),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                return
        folder = ask_folder(self, self.store, title)
        if not folder:
            return
        store, client_id = self.store, self.page.client_id

        def work(progress):
            return export_client_data(store, client_id, Path(folder), progress, lang=lang)

        self._thread = run_op(_host(self), title, work, self._exported)

    def _exported(self, paths) -> None:
        pdf, js = paths
        self.exported.emit(pdf, js)
        # Not modal, like every other export: the PDF is the paper to open or print.
        offer_open(self, pdf, self.tr(
            "Beside it, the same data for a machine: %1\n\nThe files are not encrypted: hand "
            "them over safely and delete the copies that are no longer needed.")
            .replace("%1", Path(js).name))

    def erase(self) -> None:
        erase_flow(self, self.store, self.page.client_id, self._erased)

    def _erased(self, client_id: str) -> None:
        close_client_pages(self.page.window(), client_id)


def client_actions(page) -> list[QWidget]:
    return [ClientDataButton(page)]


# --- administration: the retention tab's "Erase…" ------------------------------------

def retention_texts() -> dict[str, str]:
    """Texts the administration page's retention tab shows (kept in this area's .ts)."""
    return {
        "erase": QCoreApplication.translate("AccessActions", "Erase…"),
        "erase_tip": QCoreApplication.translate(
            "AccessActions", "Erase the selected client for real, after a confirmation that "
            "names them"),
        "none_selected": QCoreApplication.translate("AccessActions",
                                                    "Choose a client in the list first."),
        "row": QCoreApplication.translate("AccessActions",
                                          "%1 (%2) – closed %3, retention ended %4"),
    }


def retention_row_text(row) -> str:
    return (retention_texts()["row"].replace("%1", row.name).replace("%2", row.identifier or "–")
            .replace("%3", formats.format_date(row.closed_on))
            .replace("%4", formats.format_date(row.retention_ends)))


def retention_erase_button(parent: QWidget, store, selected, on_erased) -> QPushButton:
    """An "Erase…" button for the retention list: ``selected()`` gives the chosen
    client's id or None; ``on_erased(client_id)`` runs after an erasure."""
    texts = retention_texts()
    button = QPushButton(texts["erase"], parent)
    button.setObjectName("retentionEraseButton")
    button.setToolTip(texts["erase_tip"])

    def clicked():
        client_id = selected()
        if not client_id:
            QMessageBox.information(parent, texts["erase"].rstrip("…"), texts["none_selected"])
            return
        erase_flow(parent, store, client_id, on_erased)

    button.clicked.connect(clicked)
    return button
