"""#15.7: Qt's own file dialog comes up in Finnish (or Swedish), not half in English."""
from PySide6.QtWidgets import QFileDialog

from tyokykytiimi.ui import i18n


def _labels(qtbot, lang):
    i18n.install(lang)
    try:
        dialog = QFileDialog(None, "Tallenna", "", "PDF (*.pdf)")
        dialog.setOption(QFileDialog.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        return {k: dialog.labelText(k) for k in (QFileDialog.LookIn, QFileDialog.FileType,
                                                 QFileDialog.FileName)}
    finally:
        i18n.install("en")


def test_file_dialog_labels_in_finnish_and_swedish(qtbot):
    fi = _labels(qtbot, "fi")
    assert fi[QFileDialog.LookIn] == "&Kansio:"
    assert fi[QFileDialog.FileType] == "Tiedosto&tyyppi:"
    assert fi[QFileDialog.FileName] == "Tiedosto&nimi:"
    sv = _labels(qtbot, "sv")
    assert sv[QFileDialog.LookIn] != "&Look in:" and sv[QFileDialog.FileType] != "Files of &type:"
