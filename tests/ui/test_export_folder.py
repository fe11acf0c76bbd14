"""Every export goes the same way (issue 15.12): the save dialog opens in the folder
the person used last, and afterwards a note offers to open the file or its folder.

Two different papers from two different screens, by clicks: the second save dialog
starts where the first file went, and the folder is the person's own preference.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from tests.pdftext import pdf_text
from tyokykytiimi.store import measures
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.settings import get_preference
from tyokykytiimi.ui.export_files import PREFERENCE


def saved_note():
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == "exportSaved" and w.isVisible()), None)


def test_the_second_save_dialog_starts_in_the_first_ones_folder(qtbot, store, tmp_path,
                                                                monkeypatch, today):
    from tyokykytiimi.ui.admin.audit_page import AuditPage
    from tyokykytiimi.ui.measures.measures_tab import MeasuresTab

    client = create_client(store, first_name="Ville", last_name="Virtanen")
    measures.save_answers(store, client.id, "was", [6], time_point="baseline",
                          answered_on=today)
    folder = tmp_path / "paperit"
    folder.mkdir()
    chosen = iter([folder / "mittarit.pdf", folder / "loki.csv"])
    started_in: list[str] = []

    def save(parent, caption, directory, filters="", selected="", *a, **k):
        started_in.append(directory)  # where the dialog opened
        return str(next(chosen)), selected or filters.split(";;")[0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))

    # The client's copy of the measures summary, from the client's Measures tab.
    tab = MeasuresTab(store, client.id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.mouseClick(tab.pdf_button, Qt.LeftButton)
    assert Path(started_in[0]).parent == Path.home()  # nothing chosen before
    assert "Mittarien yhteenveto" in pdf_text(folder / "mittarit.pdf")
    note = saved_note()
    assert str(folder / "mittarit.pdf") in note.text()
    assert {b.text() for b in note.buttons()} >= {"Open the file", "Open the folder"}
    qtbot.mouseClick(note.button(QMessageBox.Close), Qt.LeftButton)
    qtbot.waitUntil(lambda: saved_note() is None)

    # Then the audit trail as CSV, from another screen: the dialog opens in that folder.
    page = AuditPage(store)
    qtbot.addWidget(page)
    page.show()
    csv_button = next(b for b in page.findChildren(QPushButton) if "CSV" in b.text())
    qtbot.mouseClick(csv_button, Qt.LeftButton)
    assert Path(started_in[1]) == folder / "lokitiedot.csv"
    assert (folder / "loki.csv").stat().st_size > 0
    note = saved_note()
    assert str(folder / "loki.csv") in note.text()
    qtbot.mouseClick(note.button(QMessageBox.Close), Qt.LeftButton)

    with store.session() as s:  # the person's own preference, in the encrypted file
        assert get_preference(s, store.user.id, PREFERENCE) == str(folder)


def test_a_file_that_cannot_be_written_is_told_not_raised(qtbot, store, tmp_path, monkeypatch):
    from tests.ui.modal import answer_modal
    from tyokykytiimi.store import servicemap as sm
    from tyokykytiimi.ui.network.servicemap_page import ServiceMapPage

    sm.import_sample(store)
    gone = tmp_path / "muistitikku-irrotettu" / "palvelukartta.csv"  # the stick was pulled
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(gone), "")))
    page = ServiceMapPage(store)
    qtbot.addWidget(page)
    page.show()
    seen: list[str] = []
    answer_modal(QMessageBox.Ok, seen=seen)
    qtbot.mouseClick(page.export_csv_btn, Qt.LeftButton)
    assert len(seen) == 1 and "could not be saved" in seen[0]
    assert saved_note() is None and not gone.exists()
