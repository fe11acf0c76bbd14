"""The service map page: kept by hand, and the detail pane always shows the highlighted row."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from tests.ui.modal import answer_modal
from tests.ui import drive
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.ui.network.servicemap_page import ServiceMapPage


def _fill(values: dict):
    def then(dialog):
        for key, text in values.items():
            w = dialog.fields[key]
            if isinstance(w, QComboBox):
                w.setFocus()
                QTest.keyClicks(w, text)  # typing picks the matching item
            else:
                w.setFocus()
                QTest.keyClicks(w, text)
    return then


def test_pane_follows_the_highlighted_row_after_a_search(qtbot, store):
    sm.import_sample(store)
    page = ServiceMapPage(store)
    qtbot.addWidget(page)
    page.show()
    first = page.current()
    wanted = next(e for e in page.entries if e.contacts
                  and e.organisation.id != first.organisation.id)
    qtbot.keyClicks(page.search, wanted.contacts[0].name)
    highlighted = page.current()
    assert highlighted.organisation.id == wanted.organisation.id
    shown = [page.contacts.item(i).text() for i in range(page.contacts.count())]
    assert shown and all(any(c.name in t for c in highlighted.contacts) for t in shown)
    assert highlighted.organisation.name in page.detail.toPlainText()


def test_add_an_organisation_service_and_contact_by_hand(qtbot, store):
    page = ServiceMapPage(store)
    qtbot.addWidget(page)
    page.show()
    answer_modal("Save", then=_fill({"name": "Oulun Kriisikeskus", "sector": "Th",
                                     "area": "Oulu"}))
    qtbot.mouseClick(page.new_org_btn, Qt.LeftButton)
    [org] = sm.list_organisations(store)
    assert org.name == "Oulun Kriisikeskus" and org.sector == "third_sector"
    answer_modal("Save", then=_fill({"name": "Kriisiapu"}))
    qtbot.mouseClick(page.new_service_btn, Qt.LeftButton)
    answer_modal("Save", then=_fill({"name": "Pia Paivystaja", "email": "pia@example.fi"}))
    qtbot.mouseClick(page.new_contact_btn, Qt.LeftButton)
    [entry] = sm.search_map(store)
    assert entry.service.name == "Kriisiapu" and entry.contacts[0].email == "pia@example.fi"
    assert page.contacts.count() == 1
    answer_modal("Remove")
    qtbot.mouseClick(page.remove_contact_btn, Qt.LeftButton)
    assert sm.search_map(store)[0].contacts == []


def test_ctrl_f_searches_the_map(qtbot, store):
    from tyokykytiimi.ui.main_window import MainWindow
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = drive.go_to(qtbot, window, "servicemap")
    qtbot.keyClick(page.table, Qt.Key_F, Qt.ControlModifier)
    assert window.pages.currentWidget() is page and page.search.hasFocus()
