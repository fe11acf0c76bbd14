"""At 200 % (QT_SCALE_FACTOR=2) every input keeps room for its text.

At 200 % a 1920 × 1080 screen is 960 × 540 points; Qt lays widgets out in points,
so the main window at 960 × 540 is what a person at 200 % sees. Each area, each
client tab and the coordinator's dialogs are shown at that size, and no visible
field may be narrower than a few characters (the client form's fields were about
one letter wide).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QLineEdit,
                               QPlainTextEdit, QTabWidget, QTextEdit, QWidget)

from tests.ui.test_accessibility import _meeting_client, demo  # noqa: F401
from tests.ui import drive
from tyokykytiimi.ui.layout import chars_wide

SCREEN = (960, 540)
MIN_CHARS = 4


def narrow_inputs(top: QWidget, where: str) -> list[str]:
    out = []
    QApplication.processEvents()
    for w in top.findChildren(QWidget):
        if not w.isVisible() or w.visibleRegion().isEmpty():
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QComboBox,
                                                                      QAbstractSpinBox)):
            continue
        if isinstance(w, (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)):
            if w.width() < chars_wide(w, MIN_CHARS):
                name = w.accessibleName() or w.objectName() or type(w).__name__
                out.append(f"{where}: {name} {w.width()} px")
    return out


def test_no_input_is_narrower_than_a_few_characters_at_200_percent(qtbot, demo, finnish):
    from tyokykytiimi.ui.main_window import MainWindow
    store = demo.store
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    found = []
    for i in range(window.nav.count()):
        key = window.nav.item(i).data(Qt.UserRole)
        page = drive.go_to(qtbot, window, key)
        found += narrow_inputs(window, key)
        for tabs in page.findChildren(QTabWidget):
            for t in range(tabs.count()):
                tabs.setCurrentIndex(t)
                found += narrow_inputs(window, f"{key}/{tabs.tabText(t)}")
    page = window.open_client(_meeting_client(store, demo.clients).id)
    for t in range(page.tabs.count()):
        page.tabs.setCurrentIndex(t)
        found += narrow_inputs(window, f"client/{page.tabs.tabText(t)}")
    assert found == []


def test_dialogs_keep_their_fields_wide_at_200_percent(qtbot, demo, finnish):
    from tyokykytiimi.store import servicemap as sm
    from tyokykytiimi.ui.clients.client_form import NewClientDialog
    from tyokykytiimi.ui.network.consents_tab import ConsentDialog, WithdrawDialog
    from tyokykytiimi.ui.network.meetings_tab import MeetingDialog
    from tyokykytiimi.ui.network.servicemap_dialogs import (contact_dialog,
                                                            organisation_dialog,
                                                            service_dialog)
    store = demo.store
    client = _meeting_client(store, demo.clients)
    org = sm.list_organisations(store)[0]
    found = []
    for d in (NewClientDialog(store), ConsentDialog(store, client.id),
              MeetingDialog(store, client.id), WithdrawDialog(),
              organisation_dialog(store, org), service_dialog(store, org),
              contact_dialog(store, org)):
        qtbot.addWidget(d)
        d.resize(min(d.width(), SCREEN[0]), min(d.height(), SCREEN[1]))
        d.show()
        found += narrow_inputs(d, type(d).__name__ + " " + d.windowTitle())
    assert found == []


def test_a_one_letter_field_is_seen(qtbot):
    top = QWidget()
    qtbot.addWidget(top)
    field = QLineEdit(top)
    field.setAccessibleName("Etunimi")
    field.setGeometry(0, 0, chars_wide(field, 1), 24)
    top.show()
    assert narrow_inputs(top, "test") == [f"test: Etunimi {field.width()} px"]
