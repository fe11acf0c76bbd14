"""The client page's "Client's data…" button and the retention tab's "Erase…",
driven with pytest-qt over a real main window and SQLCipher file."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QDialog, QFileDialog, QMessageBox, QPushButton,
                               QToolButton)
from shiboken6 import Shiboken
from sqlmodel import select

from tests.pdftext import pdf_text
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.store import audit, users
from tyokykytiimi.store.clients import client_rows, create_client
from tyokykytiimi.store.path import close_client
from tyokykytiimi.store.unlock import open_store
from tyokykytiimi.ui.access.actions import EraseDialog
from tyokykytiimi.ui.admin.admin_page import AdminPage
from tyokykytiimi.ui.main_window import MainWindow


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    return shown


def saved_note():
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == "exportSaved" and w.isVisible()), None)


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.locked:
        w.unlock()
    w.close()


@pytest.fixture
def ville(store):
    return create_client(store, first_name="Ville", last_name="Virtanen", phone="040 1234567",
                         family_notes="Veli Vesa auttaa")


def data_button(page) -> QToolButton:
    button = page.findChild(QToolButton, "clientDataButton")
    assert button is not None and button.isVisible()
    return button


def confirm_with(qtbot, monkeypatch, *, name: str, basis: str | None, seen: list):
    """Replace the dialog's exec: look at it, fill it like a person, press Erase."""
    def fake_exec(dialog: EraseDialog):
        seen.append({"heading": dialog.heading.text(), "retention": dialog.retention.text(),
                     "backups": dialog.backups.text(), "bases": set(dialog.basis_buttons),
                     "basis": dialog.basis()})
        assert not dialog.erase_button.isEnabled()
        if basis is not None:
            dialog.basis_buttons[basis].setChecked(True)
        qtbot.keyClicks(dialog.name_edit, "Virtanen Viljo")  # a near miss is refused
        assert not dialog.erase_button.isEnabled()
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, name)
        assert dialog.erase_button.isEnabled()
        qtbot.mouseClick(dialog.erase_button, Qt.LeftButton)
        return dialog.result()
    monkeypatch.setattr(EraseDialog, "exec", fake_exec)


def test_export_writes_pdf_and_json_into_the_chosen_folder(qtbot, window, store, ville,
                                                           messages, monkeypatch, tmp_path,
                                                           today):
    folder = tmp_path / "vienti"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    page = window.open_client(ville.id)
    button = data_button(page)
    assert button.export_action.isEnabled() and button.erase_action is not None
    button.export_action.trigger()
    qtbot.waitUntil(lambda: saved_note() is not None, timeout=15000)
    files = sorted(p.name for p in folder.iterdir())
    stamp = f"{today:%Y-%m-%d}"
    assert files == [f"asiakkaan-tiedot-{stamp}.json", f"asiakkaan-tiedot-{stamp}.pdf"]
    text = pdf_text(folder / files[1])
    assert "Asiakkaan tiedot" in text and "Veli Vesa auttaa" in text
    data = json.loads((folder / files[0]).read_text("utf-8"))
    assert data["client_id"] == ville.id
    note = saved_note()  # "Saved: … Open the file / Open the folder / Close", not modal
    assert str(folder / files[1]) in note.text() and files[0] in note.text()
    qtbot.mouseClick(note.button(QMessageBox.Close), Qt.LeftButton)
    with store.session() as s:
        last = s.exec(select(AuditEntry).where(AuditEntry.action == "export")).all()[-1]
    assert (last.client_id, last.target) == (ville.id, "access_export")
    # a second export the same day does not overwrite the first
    button.export_action.trigger()
    qtbot.waitUntil(lambda: saved_note() is not None, timeout=15000)
    qtbot.mouseClick(saved_note().button(QMessageBox.Close), Qt.LeftButton)
    assert len(list(folder.iterdir())) == 4


def test_erase_from_the_client_page_closes_back_to_the_list(qtbot, window, store, ville,
                                                            messages, monkeypatch):
    other = create_client(store, first_name="Olli", last_name="Ojala")
    page = window.open_client(ville.id)
    seen = []
    confirm_with(qtbot, monkeypatch, name="ville virtanen", basis="client_request", seen=seen)
    data_button(page).erase_action.trigger()
    qtbot.waitUntil(lambda: not Shiboken.isValid(page), timeout=15000)
    dialog = seen[0]
    assert "Ville Virtanen" in dialog["heading"]
    assert "still open" in dialog["retention"]
    assert dialog["bases"] == {"client_request", "entered_in_error"} and dialog["basis"] is None
    assert "Backups made before the erasure" in dialog["backups"]
    assert any("erased" in m for m in messages)
    assert window.pages.currentWidget() is window.page("clients")
    ids = {r.id for r in client_rows(store, audit=False)}
    assert ville.id not in ids and other.id in ids
    assert audit.verify_chain(store).sound
    # the window still opens clients (no page of the erased client left behind)
    assert window.open_client(other.id).client_id == other.id


def test_cancel_erases_nothing(qtbot, window, store, ville, messages, monkeypatch):
    monkeypatch.setattr(EraseDialog, "exec", lambda dialog: QDialog.Rejected)
    page = window.open_client(ville.id)
    data_button(page).erase_action.trigger()
    assert Shiboken.isValid(page) and window.pages.currentWidget() is page
    assert ville.id in {r.id for r in client_rows(store, audit=False)}


def test_no_erase_for_a_nurse(qtbot, store, ville):
    users.add_user(store, username="hoitaja", display_name="Hanna Hoitaja", role="nurse",
                   password="Sairaanhoidon-sana-42")
    data_dir = store.data_dir
    store.close()
    nurse = open_store(data_dir, "hoitaja", "Sairaanhoidon-sana-42")
    w = MainWindow(nurse)
    qtbot.addWidget(w)
    try:
        page = w.open_client(ville.id)
        button = page.findChild(QToolButton, "clientDataButton")
        assert button.erase_action is None
        assert [a.objectName() for a in button.menu().actions() if a.objectName()] == [
            "exportClientDataAction"]
    finally:
        w.close()
        nurse.close()


def test_retention_tab_erases_the_selected_client(qtbot, store, messages, monkeypatch, today):
    long_ago = today - timedelta(days=365 * 13)
    old = create_client(store, first_name="Ville", last_name="Virtanen", started_on=long_ago)
    close_client(store, old.id, outcome="employed", assessment="Sai töitä",
                 on=long_ago + timedelta(days=100))
    admin = AdminPage(store)
    qtbot.addWidget(admin)
    admin.show()
    tab = admin.findChild(QPushButton, "retentionEraseButton").parent()
    assert tab.rows.count() == 1 and "Virtanen Ville" in tab.rows.item(0).text()
    assert tab.selected_id() == old.id
    seen = []
    confirm_with(qtbot, monkeypatch, name="Ville Virtanen", basis=None, seen=seen)
    qtbot.mouseClick(tab.erase, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.selected_id() is None, timeout=15000)
    dialog = seen[0]
    assert dialog["basis"] == "retention_ended"  # offered and chosen when it has ended
    assert "ended on" in dialog["retention"]
    assert tab.rows.item(0).text() == "No clients past their retention time."
    assert not tab.erase.isEnabled()
    with store.session() as s:
        erase = s.exec(select(AuditEntry).where(AuditEntry.action == "erase")).one()
    assert json.loads(erase.detail)["basis"] == "retention_ended"
