"""Saving an export: the last folder is remembered, and the finished file can be opened.

A coordinator exports a consent form, then an invitation list, then a plan:
each save dialog opens in the folder used last (per user, a preference in the
encrypted database), and after saving a short message offers to open the file
or the folder it went to.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..store.errors import StoreError
from ..store.settings import get_preference, set_preference

PREFERENCE = "export_folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("export", text)


def last_folder(store) -> str:
    with store.session() as s:
        folder = get_preference(s, store.user.id, PREFERENCE)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(store, folder) -> None:
    with store.session() as s:
        set_preference(s, store.user.id, PREFERENCE, str(folder))


def ask_save(parent: QWidget, store, title: str, filename: str, filters: str,
             selected: str = "") -> tuple[str, str]:
    """The path the person chose (empty when cancelled) and the file type they chose,
    starting in the last export folder."""
    start = str(Path(last_folder(store)) / filename)
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, filters, selected)
    if path:
        remember_folder(store, Path(path).parent)
    return path, chosen


def ask_save_path(parent: QWidget, store, title: str, filename: str, filters: str) -> str:
    """The path the person chose (empty when cancelled), starting in the last export folder."""
    return ask_save(parent, store, title, filename, filters)[0]


def ask_folder(parent: QWidget, store, title: str) -> str:
    """A folder for an export of several files, starting in the last export folder."""
    folder = QFileDialog.getExistingDirectory(parent, title, last_folder(store))
    if folder:
        remember_folder(store, folder)
    return folder


def offer_open(parent: QWidget, path, note: str = "") -> QMessageBox:
    """Say the file was saved, with Open file / Open folder / Close.

    Not modal: the person may carry on and leave it, and nothing waits for it.
    ``note`` is a line said under the path (e.g. that the copy is not encrypted).
    """
    text = tr("Saved: %1").replace("%1", str(path))
    if note:
        text += "\n\n" + note
    box = QMessageBox(QMessageBox.Information, tr("Saved"), text, QMessageBox.Close, parent)
    box.setObjectName("exportSaved")
    open_file = box.addButton(tr("Open the file"), QMessageBox.AcceptRole)
    open_folder = box.addButton(tr("Open the folder"), QMessageBox.ActionRole)
    box.setDefaultButton(QMessageBox.Close)
    box.setWindowModality(Qt.NonModal)
    box.setAttribute(Qt.WA_DeleteOnClose)

    def chosen(button) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    box.buttonClicked.connect(chosen)
    box.show()
    return box


def export_to_file(parent: QWidget, store, title: str, filename: str, filters: str,
                   write) -> str | None:
    """Ask where, ``write(path)``, then offer to open it; the path, or None when cancelled.

    A file that cannot be written (a full disk, a folder without rights) or a
    paper the rules refuse is told in a message, never raised out of a slot.
    """
    path = ask_save_path(parent, store, title, filename, filters)
    if not path:
        return None
    try:
        written = write(path)
    except (OSError, StoreError) as exc:
        reason = getattr(exc, "message", None) or getattr(exc, "strerror", None) or str(exc)
        QMessageBox.warning(parent, title, tr("The file could not be saved: %1")
                            .replace("%1", str(reason)))
        return None
    shown = written if isinstance(written, (str, Path)) else path
    offer_open(parent, shown)
    return str(shown)
