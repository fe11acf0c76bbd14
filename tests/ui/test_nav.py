"""The area list follows the page shown: a client page keeps "Clients" selected."""
from PySide6.QtCore import Qt

from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.main_window import MainWindow


def test_client_page_selects_clients_and_a_click_returns_to_the_list(qtbot, store):
    client = create_client(store, first_name="Ulla", last_name="Salminen")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show_area("reports")
    page = window.open_client(client.id)
    assert window.pages.currentWidget() is page
    selected = window.nav.currentItem().data(Qt.UserRole)
    assert selected == "clients"
    window.nav.itemClicked.emit(window.nav.currentItem())
    assert window.pages.currentWidget() is window.page("clients")
