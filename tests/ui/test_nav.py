"""The area list follows the page shown: a client page keeps "Clients" selected."""
from PySide6.QtCore import Qt

from tests.ui import drive
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.clients.client_page import ClientPage
from tyokykytiimi.ui.main_window import MainWindow


def test_client_page_selects_clients_and_a_click_returns_to_the_list(qtbot, store):
    create_client(store, first_name="Ulla", last_name="Salminen")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    drive.go_to(qtbot, window, "reports")
    page = drive.open_client(qtbot, window, "Salminen")
    assert isinstance(page, ClientPage) and window.pages.currentWidget() is page
    selected = window.nav.currentItem().data(Qt.UserRole)
    assert selected == "clients"
    drive.go_to(qtbot, window, "clients")  # "Clients" again: back to the list
