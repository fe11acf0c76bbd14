"""The settings dialog driven with real widgets over a real encrypted database."""
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from tests.conftest import PASSWORD
from tests.ui import drive
from tyokykytiimi.app import Session
from tyokykytiimi.reports import document
from tyokykytiimi.store import audit, workstation
from tyokykytiimi.store.settings import get_setting, letterhead
from tyokykytiimi.store.unlock import open_store
from tyokykytiimi.store.users import add_user
from tyokykytiimi.ui import i18n
from tyokykytiimi.ui.main_window import MainWindow
from tyokykytiimi.ui.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def language_and_letterhead():
    before = i18n.current_language()
    i18n.install("en")
    yield
    i18n.install(before)
    document.set_letterhead_logo(None)


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


def open_dialog(qtbot, window) -> SettingsDialog:
    dialog = window.make_settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)


def retype(qtbot, edit, text) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key_Delete)
    qtbot.keyClicks(edit, text)


def picture(path: Path, w: int, h: int, fmt: str = "PNG") -> Path:
    image = QImage(w, h, QImage.Format_ARGB32)
    image.fill(QColor("#2a6f97"))
    assert image.save(str(path), fmt)  # ratchet: not a slot (QImage.save)
    return path


def test_menu_entry_and_shortcut(window):
    assert window.settings_action.shortcut() == QKeySequence("Ctrl+,")
    assert window.settings_action.text() == "&Settings…"
    file_menu = window.menuBar().actions()[0].menu()
    assert window.settings_action in file_menu.actions()


def test_idle_minutes_saved_and_applied_to_the_running_lock(qtbot, window, store):
    dialog = open_dialog(qtbot, window)
    assert dialog.minutes.text() == "10"
    retype(qtbot, dialog.minutes, "25")
    click_save(qtbot, dialog)
    assert dialog.result() == SettingsDialog.Accepted
    assert window.idle._timer.interval() == 25 * 60_000
    assert window.idle.active
    with store.session() as s:
        assert get_setting(s, "idle_lock_minutes") == "25"
    entry = audit.list_entries(store, action="change")[0]
    assert entry.target == "settings" and "idle_lock_minutes" in str(entry.detail)


def test_bad_minutes_shown_next_to_the_field_and_nothing_saved(qtbot, window, store):
    i18n.install("fi")
    dialog = open_dialog(qtbot, window)
    retype(qtbot, dialog.team_name, "Uusi nimi")
    retype(qtbot, dialog.minutes, "500")
    qtbot.keyClick(dialog.minutes, Qt.Key_Return)  # Enter saves, as the button does
    error = dialog.errors["idle_lock_minutes"]
    assert error.isVisible()
    assert "1–120" in error.text() and "minuutteina" in error.text()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.minutes
    assert all(not e.isVisible() for k, e in dialog.errors.items() if k != "idle_lock_minutes")
    with store.session() as s:
        assert get_setting(s, "idle_lock_minutes") == "10"
        assert get_setting(s, "team_name") == "Testitiimi"
    assert window.idle._timer.interval() == 10 * 60_000
    # Corrected, it saves and the error goes.
    retype(qtbot, dialog.minutes, "5")
    click_save(qtbot, dialog)
    assert not error.isVisible() and not dialog.isVisible()
    assert window.windowTitle().endswith("Uusi nimi")


def test_logo_chosen_stored_and_printed_on_pdfs(qtbot, window, store, tmp_path, monkeypatch):
    big = picture(tmp_path / "logo.png", 1800, 600)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(big), "")))
    dialog = open_dialog(qtbot, window)
    assert dialog.logo_preview.text() == "No logo"
    assert not dialog.remove_logo_button.isEnabled()
    qtbot.mouseClick(dialog.choose_logo_button, Qt.LeftButton)
    assert not dialog.logo_preview.pixmap().isNull()
    assert dialog.remove_logo_button.isEnabled()
    click_save(qtbot, dialog)
    team, logo = letterhead(store)
    stored = QImage.fromData(logo)
    assert (stored.width(), stored.height()) == (600, 200)  # scaled to a letterhead size
    assert document.letterhead_logo() == logo  # applied at once
    pdf = tmp_path / "with.pdf"
    document.build_pdf(pdf, [], title="Testi", team_name=team)  # as every report calls it
    assert b"/Subtype /Image" in pdf.read_bytes()
    # A new window (the next sign-in) picks the logo up from the database.
    document.set_letterhead_logo(None)
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert document.letterhead_logo() == logo
    # Removing it: PDFs have no picture again.
    dialog = open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.remove_logo_button, Qt.LeftButton)
    click_save(qtbot, dialog)
    assert letterhead(store)[1] is None and document.letterhead_logo() is None
    plain = tmp_path / "without.pdf"
    document.build_pdf(plain, [], title="Testi", team_name=team)
    assert b"/Subtype /Image" not in plain.read_bytes()


def test_a_file_that_is_no_picture_is_refused_next_to_the_logo(qtbot, window, store, tmp_path,
                                                               monkeypatch):
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(fake), "")))
    dialog = open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.choose_logo_button, Qt.LeftButton)
    assert dialog.errors["logo"].isVisible() and "PNG" in dialog.errors["logo"].text()
    assert dialog.logo is None
    click_save(qtbot, dialog)
    assert letterhead(store)[1] is None


def test_backup_folder_checked_saved_and_shown_on_the_backup_page(qtbot, window, store,
                                                                  tmp_path, monkeypatch):
    admin = drive.go_to(qtbot, window, "admin")
    assert admin.backups.folder.text() == str(store.data_dir / "backups")
    dialog = open_dialog(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: "/proc"))
    qtbot.mouseClick(dialog.choose_dir_button, Qt.LeftButton)
    assert dialog.errors["backup_dir"].isVisible()
    assert "This folder cannot be written to" in dialog.errors["backup_dir"].text()
    click_save(qtbot, dialog)
    assert dialog.isVisible()  # refused on save as well
    with store.session() as s:
        assert get_setting(s, "backup_dir") == ""
    folder = tmp_path / "kopiot"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    qtbot.mouseClick(dialog.choose_dir_button, Qt.LeftButton)
    assert not dialog.errors["backup_dir"].isVisible()
    dialog.keep.setValue(3)
    click_save(qtbot, dialog)
    with store.session() as s:
        assert get_setting(s, "backup_dir") == str(folder)
        assert get_setting(s, "backup_keep") == "3"
    assert admin.backups.folder.text() == str(folder)


def test_non_admin_sees_team_settings_read_only(qtbot, store):
    add_user(store, username="hoitaja", display_name="Hanna Hoitaja", role="nurse",
             password=PASSWORD)
    nurse = open_store(store.data_dir, "hoitaja", PASSWORD, lock=store._lock)
    try:
        dialog = SettingsDialog(nurse)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.admin_note.isVisible()
        assert dialog.team_name.isReadOnly() and dialog.minutes.isReadOnly()
        assert not dialog.choose_logo_button.isEnabled()
        assert not dialog.choose_dir_button.isEnabled()
        dialog.minutes.setText("99")  # even if changed programmatically, not saved
        click_save(qtbot, dialog)
        assert dialog.result() == SettingsDialog.Accepted  # the user's own settings saved
        with store.session() as s:
            assert get_setting(s, "idle_lock_minutes") == "10"
        assert "restart" in dialog.language_note.text()  # no session to rebuild the window
    finally:
        nurse.engine.dispose()


def test_switching_language_rebuilds_the_window_in_swedish(qtbot, store, monkeypatch):
    i18n.install("fi")
    lock = store._lock
    session = Session(QApplication.instance(), store.data_dir, lock)
    session.show(store)
    old = session.window
    qtbot.addWidget(old)
    drive.go_to(qtbot, old, "admin")
    assert old.settings_action.text() == "&Asetukset…"
    assert old.page("admin").backups.settings_button.text() == "Asetukset…"

    def choose_swedish(dialog):
        dialog.show()
        assert "heti" in dialog.language_note.text()  # "takes effect at once"
        assert dialog.windowTitle() == "Asetukset"
        dialog.language.setCurrentIndex(dialog.language.findData("sv"))
        click_save(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_swedish)
    old.settings_action.trigger()
    new = session.window
    assert new is not None and new is not old
    qtbot.addWidget(new)
    assert not old.isVisible() and new.isVisible()
    assert new.store is store  # still signed in
    assert new.settings_action.text() == "&Inställningar…"
    assert new.pages.currentWidget() is new.page("admin")  # the same area again
    assert new.page("admin").backups.settings_button.text() == "Inställningar…"
    assert i18n.current_language() == "sv"
    assert workstation.stored_language(store.data_dir) == "sv"
    entry = audit.list_entries(store, action="change")[0]
    assert entry.target == "settings" and "language" in str(entry.detail)
    # The idle lock of the old window no longer runs; the new one's does.
    assert not old.idle.active and new.idle.active
    new.close()
    session.window = None
    store._lock = lock  # the fixture releases it


def test_language_change_is_all_or_nothing_when_work_is_unsaved(qtbot, store, monkeypatch):
    """Unsaved work kept open: no setting, no translator, no half-Swedish window."""
    from PySide6.QtWidgets import QMessageBox

    from tyokykytiimi.store import clients as cs
    i18n.install("fi")
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä")
    session = Session(QApplication.instance(), store.data_dir, store._lock)
    session.show(store)
    old = session.window  # deleted by the rebuild: not handed to qtbot
    page = old.open_client(c.id)
    form = page.tab_widgets["basic"].form
    qtbot.keyClicks(form.phone, "040 123 4567")  # typed, not saved
    answers, asked = [QMessageBox.Cancel, QMessageBox.Discard], []

    def answer(*args, **kwargs):
        asked.append(args[1] if len(args) > 1 else "")
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", answer)
    outcome = {}

    def choose_swedish(dialog):
        dialog.show()
        dialog.language.setFocus()
        while dialog.language.currentData() != "sv":
            qtbot.keyClick(dialog.language, Qt.Key_Down)
        click_save(qtbot, dialog)
        outcome["first"] = (dialog.isVisible(), dialog.errors["language"].isVisible(),
                            i18n.current_language(),
                            workstation.stored_language(store.data_dir))
        click_save(qtbot, dialog)  # now the person lets the unsaved work go
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_swedish)
    with qtbot.waitActive(old):
        old.activateWindow()
    form.phone.setFocus()
    qtbot.keySequence(form.phone, QKeySequence("Ctrl+,"))  # from the field being typed in
    assert outcome["first"][:3] == (True, True, "fi") and outcome["first"][3] != "sv"
    assert len(asked) == 2  # asked once per Save, never again by the rebuild
    new = session.window
    assert new is not old
    qtbot.addWidget(new)
    assert i18n.current_language() == "sv" and workstation.stored_language(store.data_dir) == "sv"
    assert new.settings_action.text() == "&Inställningar…"
    assert cs.get_client(store, c.id, audit_view=False).phone in (None, "")
    new.close()
