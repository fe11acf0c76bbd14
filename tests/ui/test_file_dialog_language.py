"""#15.7: Qt's own file dialog comes up in Finnish (or Swedish), not half in English."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from tyokykytiimi.ui import file_dialogs, i18n


def _labels_of_save_dialog(qtbot, lang):
    i18n.install(lang)
    seen = {}

    def read():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, read)
            return
        seen.update({k: dialog.labelText(k) for k in file_dialogs.LABELS})
        dialog.reject()
    QTimer.singleShot(0, read)
    try:
        result = QFileDialog.getSaveFileName(None, "Tallenna", "", "PDF (*.pdf)")
    finally:
        i18n.install("en")
    assert result == ("", "")
    return seen


def test_save_dialog_labels_in_finnish_and_swedish(qtbot):
    fi = _labels_of_save_dialog(qtbot, "fi")
    assert fi[QFileDialog.LookIn] == "&Kansio:"
    assert fi[QFileDialog.FileType] == "Tiedosto&tyyppi:"
    sv = _labels_of_save_dialog(qtbot, "sv")
    assert sv[QFileDialog.LookIn] == "&Leta i:"
    assert QFileDialog.getSaveFileName is file_dialogs._original["save"]  # English: Qt's own
