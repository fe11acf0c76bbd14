"""Qt's own file dialog in the program's language.

Qt's Finnish and Swedish catalogues lack some of the file dialog's labels
("&Look in:", "Files of &type:"), so the dialog came up half in English. The
static helpers (``QFileDialog.getSaveFileName`` and friends) are wrapped to set
those labels from the program's catalogue; everything else behaves as before
(a native dialog stays native where the platform has one).
"""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QFileIconProvider

from .. import i18n as catalogue

# Qt's source texts, as QFileDialog asks for them
LABELS = {
    QFileDialog.LookIn: "&Look in:",
    QFileDialog.FileName: "File &name:",
    QFileDialog.FileType: "Files of &type:",
}

_original: dict[str, object] = {}


class _Kinds(QFileIconProvider):
    """The dialog's "Type" column: a folder is called a folder in the program's language."""

    def __init__(self, folder: str):
        super().__init__()
        self.folder = folder

    def type(self, info):
        return self.folder if info.isDir() else super().type(info)


def _labelled(parent, caption, directory, filters, lang):
    dialog = QFileDialog(parent, caption, directory, filters)
    folder = catalogue.pgettext("QFileDialog", "Folder", lang)
    if folder != "Folder":
        dialog._kinds = _Kinds(folder)  # kept alive as long as the dialog
        dialog.setIconProvider(dialog._kinds)
    for label, source in LABELS.items():
        text = catalogue.pgettext("QFileDialog", source, lang)
        if text != source:
            dialog.setLabelText(label, text)
    return dialog


def install(lang: str) -> None:
    """Wrap the static helpers once; ``lang`` is the program's language now."""
    if not _original:
        _original.update(save=QFileDialog.getSaveFileName, open=QFileDialog.getOpenFileName,
                         folder=QFileDialog.getExistingDirectory)
    if lang == "en":
        QFileDialog.getSaveFileName = _original["save"]
        QFileDialog.getOpenFileName = _original["open"]
        QFileDialog.getExistingDirectory = _original["folder"]
        return

    def get_file(save: bool):
        def ask(parent=None, caption="", dir="", filter="", selectedFilter="",
                options=QFileDialog.Options()):
            dialog = _labelled(parent, caption, dir, filter, lang)
            dialog.setOptions(options)
            dialog.setAcceptMode(QFileDialog.AcceptSave if save else QFileDialog.AcceptOpen)
            dialog.setFileMode(QFileDialog.AnyFile if save else QFileDialog.ExistingFile)
            if selectedFilter:
                dialog.selectNameFilter(selectedFilter)
            if dialog.exec() != QFileDialog.Accepted or not dialog.selectedFiles():
                return "", ""
            return dialog.selectedFiles()[0], dialog.selectedNameFilter()
        return staticmethod(ask)

    def get_folder(parent=None, caption="", dir="", options=QFileDialog.ShowDirsOnly):
        dialog = _labelled(parent, caption, dir, "", lang)
        dialog.setOptions(options)
        dialog.setFileMode(QFileDialog.Directory)
        if dialog.exec() != QFileDialog.Accepted or not dialog.selectedFiles():
            return ""
        return dialog.selectedFiles()[0]

    QFileDialog.getSaveFileName = get_file(True)
    QFileDialog.getOpenFileName = get_file(False)
    QFileDialog.getExistingDirectory = staticmethod(get_folder)
