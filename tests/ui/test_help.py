"""#15.13: F1 opens the guide of the user's role in the user's language; a new
team's home page can show where to start."""
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tyokykytiimi.store.first_steps import first_steps
from tyokykytiimi.ui.help import ROLES, HelpDialog, StartHere, guide_text
from tyokykytiimi.ui.main_window import MainWindow


def test_f1_opens_the_guide_of_the_users_day(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen = {}

    def read():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HelpDialog):
            QTimer.singleShot(20, read)
            return
        seen["role"] = dialog.role.currentData()
        seen["text"] = dialog.view.toPlainText()
        dialog.role.setFocus()
        qtbot.keyClick(dialog.role, Qt.Key_Down)
        seen["next"] = dialog.view.toPlainText()
        close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Close)
        qtbot.mouseClick(close, Qt.LeftButton)
        seen["closed"] = not dialog.isVisible()
    QTimer.singleShot(0, read)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key_F1)
    assert seen["role"] == "coordinator"
    assert "Koordinaattorin päivä" in seen["text"]
    assert "Terveydenhoitajan päivä" in seen["next"]
    assert seen["closed"]


def test_every_role_has_a_guide_in_every_language():
    for lang in ("fi", "sv", "en"):
        for role in ROLES:
            text = guide_text(role, lang)
            assert text.startswith("# ") and "F1" in text and "..." not in text


def test_start_here_for_a_new_team(qtbot, store):
    from tyokykytiimi.store.clients import create_client
    panel = StartHere()
    qtbot.addWidget(panel)
    panel.show()
    panel.update_steps(first_steps(store))
    assert panel.isVisible()
    with qtbot.waitSignal(panel.new_client):
        qtbot.mouseClick(panel.client_button, Qt.LeftButton)
    with qtbot.waitSignal(panel.open_service_map):
        qtbot.mouseClick(panel.map_button, Qt.LeftButton)
    with qtbot.waitSignal(panel.open_help):
        qtbot.mouseClick(panel.help_button, Qt.LeftButton)
    create_client(store, first_name="Eka", last_name="Asiakas")
    panel.update_steps(first_steps(store))
    assert panel.client_text.text().startswith("✓") and panel.isVisible()
    assert first_steps(store) == {"service_map": False, "clients": True}
