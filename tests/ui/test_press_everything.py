"""Press every control: for every page, client tab and dialog the program can show
(over the small demo database), every visible, enabled button, menu item and
shortcut is pressed the way a person does it — a mouse click, the menus opened
with the mouse, the key sequence typed — with message boxes, dialogs and file
dialogs answered by the test. Any exception fails the test (pytest-qt), and so
does an unexpected error that a background operation would only have shown in
a message box.

Controls are found by walking the widgets, so a new button is pressed without
anyone adding it here. tests/controls.py tells which creation sites in the
source were never pressed by the whole suite.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
                               QAbstractSpinBox, QCalendarWidget, QDialog, QLineEdit,
                               QListWidget, QRadioButton, QTabBar, QWidget)
from shiboken6 import Shiboken

from tests.conftest import PASSWORD
from tests.ui import drive
from tests.ui.test_accessibility import BUILDERS
from tyokykytiimi.store.errors import StoreError
from tyokykytiimi.ui import i18n

# Qt's own parts of a composite control are not the program's controls.
INSIDE_QT = (QComboBox, QAbstractSpinBox, QCalendarWidget, QLineEdit, QTabBar)
# Inputs, not commands: their values are typed or chosen in the journeys.
NOT_COMMANDS = (QCheckBox, QRadioButton)


def _ours(w: QWidget, root: QWidget, qt_names=True) -> bool:
    if qt_names and w.objectName().startswith("qt_"):
        return False
    p = w.parentWidget()
    while p is not None and p is not root:
        if isinstance(p, INSIDE_QT):
            return False
        p = p.parentWidget()
    return True


def buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton)
            if not isinstance(b, NOT_COMMANDS) and drive.usable(b) and _ours(b, root)]


def shortcuts(root: QWidget) -> list[QShortcut]:
    out = []
    for s in root.findChildren(QShortcut):
        parent = s.parent()
        if not (Shiboken.isValid(s) and Shiboken.isValid(parent)):
            continue
        if s.isEnabled() and not s.key().isEmpty() and isinstance(parent, QWidget) \
                and parent.isVisible() and parent.window().isVisible():
            out.append(s)
    return out


class Presser:
    """Presses what it finds in ``root`` once each, answering what pops up."""

    def __init__(self, qtbot, root: QWidget, answerer: drive.Answerer, window=None):
        self.qtbot, self.root, self.answerer, self.window = qtbot, root, answerer, window
        self.done: list = []
        self.count = 0

    def _fresh(self, controls):
        return [c for c in controls if Shiboken.isValid(c) and not any(c is d for d in self.done)]

    def _settle(self) -> None:
        drive.wait_for_work(self.qtbot)
        QApplication.processEvents()
        if self.window is not None and getattr(self.window, "locked", False):
            # The lock screen asks for the password, as after an idle lock.
            lock = self.window.lock_screen
            self.qtbot.keyClicks(lock.password, PASSWORD)
            self.qtbot.keyClick(lock.password, Qt.Key_Return)
        if Shiboken.isValid(self.root) and not self.root.isVisible() \
                and not self.root.testAttribute(Qt.WA_DeleteOnClose):
            self.root.show()  # a dialog that closed itself, a window signed out

    def press_button(self, b: QAbstractButton) -> None:
        self.done.append(b)
        if not (Shiboken.isValid(b) and drive.usable(b)):
            return
        self.count += 1
        menu = b.menu() if hasattr(b, "menu") else None
        if menu is not None:  # a drop-down: open it once for each of its items
            for action in [a for a in menu.actions() if not a.isSeparator()]:
                if action.isEnabled() and action.isVisible() and drive.usable(b):
                    self.answerer.click_in_menu(action)
                    drive.click(self.qtbot, b)
                    self._settle()
            return
        drive.click(self.qtbot, b)
        self._settle()

    def press_shortcut(self, s: QShortcut) -> None:
        self.done.append(s)
        parent = s.parent() if Shiboken.isValid(s) else None
        if not (parent is not None and Shiboken.isValid(parent) and s.isEnabled()
                and parent.isVisible()):
            return
        self.count += 1
        target = parent if s.context() != Qt.WindowShortcut else parent.window()
        target.activateWindow()
        target.setFocus()
        drive.press_keys(self.qtbot, target, s.key())
        self._settle()

    def press_menu(self, action) -> None:
        self.done.append(action)
        if not (Shiboken.isValid(action) and action.isEnabled() and action.isVisible()):
            return
        if not self.window.menuBar().isEnabled():
            return
        self.count += 1
        drive.choose_menu(self.qtbot, self.window, action)
        self._settle()

    def press_visible(self) -> bool:
        """One pass over what is on screen now; True when something was pressed."""
        before = self.count
        if not Shiboken.isValid(self.root):  # it closed and deleted itself
            return False
        for b in self._fresh(buttons(self.root)):
            if not Shiboken.isValid(self.root):
                return True
            self.press_button(b)
        for s in self._fresh(shortcuts(self.root) if Shiboken.isValid(self.root) else []):
            self.press_shortcut(s)
        return self.count > before

    def tabs_and_lists(self) -> bool:
        """Show every tab (clicked) and press what each shows; True when any was new."""
        pressed = False
        if not Shiboken.isValid(self.root):
            return False
        for bar in self.root.findChildren(QTabBar):
            if not (Shiboken.isValid(bar) and bar.isVisible()) or not _ours(bar, self.root, False):
                continue
            for i in range(bar.count()):
                if not Shiboken.isValid(bar) or not bar.isVisible():
                    break
                if bar.isTabEnabled(i) and bar.isTabVisible(i):
                    drive.click_tab(self.qtbot, bar, i)
                    self._settle()
                    pressed |= self.press_visible()
        return pressed

    def everything(self) -> None:
        for _ in range(4):  # pressing can show more (a row added, a section opened)
            if not (self.press_visible() | self.tabs_and_lists()):
                break


@pytest.fixture
def answered(qtbot, monkeypatch, tmp_path):
    """Dialogs answered, file dialogs pointed at tmp_path, unexpected failures collected."""
    from tyokykytiimi.ui import worker
    unexpected = []
    original = worker._Relay.failed

    def failed(self, exc):
        # A store refusal or a file that cannot be read/written is told to the person.
        if not isinstance(exc, (StoreError, OSError)) and type(exc).__name__ != "Cancelled":
            unexpected.append(exc)
        return original(self, exc)
    monkeypatch.setattr(worker._Relay, "failed", failed)
    drive.file_dialogs(monkeypatch, tmp_path)
    i18n.install("fi")  # the program as people see it by default
    with drive.Answerer(qtbot) as answerer:
        answerer.unexpected = unexpected
        yield answerer
    drive.wait_for_work(qtbot)
    assert not unexpected, f"a background operation failed unexpectedly: {unexpected!r}"


def _demo(demo_store):
    from types import SimpleNamespace
    return SimpleNamespace(store=demo_store, clients=demo_store.demo_clients)


def test_main_window_every_area_menu_item_and_shortcut(qtbot, demo_store, answered):
    from tyokykytiimi.ui.main_window import MainWindow
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    presser = Presser(qtbot, window, answered, window=window)
    nav: QListWidget = window.nav
    for row in range(nav.count()):
        item = nav.item(row)
        qtbot.mouseClick(nav.viewport(), Qt.LeftButton, pos=nav.visualItemRect(item).center())
        presser._settle()
        presser.everything()
    for action in drive.menu_actions(window):
        if not any(action is d for d in presser.done):
            presser.press_menu(action)
    for action in window.actions():  # shortcuts the window has beyond its menus
        seq = action.shortcut()
        if not seq.isEmpty() and action.isEnabled() and window.menuBar().isEnabled():
            presser.count += 1
            window.activateWindow()
            drive.press_keys(qtbot, window, seq)
            presser._settle()
    assert presser.count > 20, presser.count


def _client_ids(demo) -> list[str]:
    """Three different clients: an active one, a closed one, one with meetings, each
    else the next client not picked yet (the demo made at another date differs)."""
    from tyokykytiimi.store import meetings as mt
    store, clients = demo.store, demo.clients
    ids: list[str] = []
    for wanted in (lambda c: c.status == "active", lambda c: c.status == "closed",
                   lambda c: bool(mt.list_meetings(store, c.id))):
        free = [c for c in clients if c.id not in ids]
        ids.append(next((c for c in free if wanted(c)), free[0]).id)
    return ids


@pytest.mark.parametrize("which", [0, 1, 2])
def test_client_page_every_tab(qtbot, demo_store, answered, which):
    from tyokykytiimi.ui.main_window import MainWindow
    ids = _client_ids(_demo(demo_store))
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    page = window.open_client(ids[which])
    presser = Presser(qtbot, page, answered, window=window)
    presser.everything()
    assert presser.count > 10, presser.count


@pytest.mark.parametrize("form", sorted(BUILDERS))
def test_dialog_every_button(qtbot, demo_store, answered, tmp_path, form):
    roots = BUILDERS[form](_demo(demo_store), tmp_path)
    pressed = 0
    for root in roots:
        deletes_itself = root.testAttribute(Qt.WA_DeleteOnClose)
        if not deletes_itself:
            qtbot.addWidget(root)
        root.show()
        presser = Presser(qtbot, root, answered)
        presser.everything()
        pressed += presser.count
        if Shiboken.isValid(root) and (isinstance(root, QDialog) or deletes_itself):
            root.close()
    assert pressed > 0
