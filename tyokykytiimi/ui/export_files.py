"""Saving an export: the last folder is remembered, and the finished file can be opened.

A coordinator exports a consent form, then an invitation list, then a plan:
each save dialog opens in the folder used last (per user, a preference in the
encrypted database), and after saving a short message offers to open the file
or the folder it went to.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..store.settings import get_preference, set_preference

PREFERENCE = "export_folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("export", text)


def last_folder(store) -> str:
    with store.session() as s:
        folder = get_preference(s, store.user.id, PREFERENCE)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def ask_save_path(parent: QWidget, store, title: str, filename: str, filters: str) -> str:
    """The path the person chose (empty when cancelled), starting in the last export folder."""
    start = str(Path(last_folder(store)) / filename)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if path:
        with store.session() as s:
            set_preference(s, store.user.id, PREFERENCE, str(Path(path).parent))
    return path


def offer_open(parent: QWidget, path: str) -> None:
    """Tell that the file was saved, with Open file / Open folder / Close."""
    box = QMessageBox(QMessageBox.Information, tr("Saved"),
                      tr("Saved: %1").replace("%1", str(path)), QMessageBox.Close, parent)
    open_file = box.addButton(tr("Open the file"), QMessageBox.AcceptRole)
    open_folder = box.addButton(tr("Open the folder"), QMessageBox.ActionRole)
    box.setDefaultButton(QMessageBox.Close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif clicked is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def export_to_file(parent: QWidget, store, title: str, filename: str, filters: str,
                   write) -> str | None:
    """Ask where, ``write(path)``, then offer to open it; the path, or None when cancelled."""
    path = ask_save_path(parent, store, title, filename, filters)
    if not path:
        return None
    write(path)
    offer_open(parent, path)
    return path
