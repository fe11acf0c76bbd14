"""Driving the program the way a person does, for journeys and the press-everything test.

Find a control by what a person sees (its text without the & mnemonic, or its
accessible name), check that a person could use it (visible and enabled), then
click it with the mouse or type its keys. Modal dialogs, message boxes and file
dialogs are answered by the test (``Answerer``, ``file_dialogs``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QFileDialog, QMenu,
                               QMessageBox, QProgressDialog, QTabBar, QTabWidget, QWidget)
from shiboken6 import Shiboken

WAIT_MS = 15000


def shown_text(text: str) -> str:
    """A label as a person reads it: without the "&" that marks the mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def usable(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def _names(w) -> set[str]:
    names = {shown_text(w.text())} if hasattr(w, "text") else set()
    if isinstance(w, QWidget) and w.accessibleName():
        names.add(w.accessibleName().strip())
    return names


def find_button(root: QWidget, text: str) -> QAbstractButton:
    """The visible button whose text or accessible name is ``text``."""
    found = [b for b in root.findChildren(QAbstractButton)
             if b.isVisible() and text in _names(b)]
    shown = sorted({shown_text(b.text()) for b in root.findChildren(QAbstractButton)
                    if b.isVisible() and b.text()})
    assert found, f"no visible button {text!r}; visible buttons: {shown}"
    assert len(found) == 1, f"{len(found)} visible buttons {text!r}"
    return found[0]


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget!r} is not visible"
    assert widget.isEnabled(), f"{widget!r} is not enabled"
    assert not widget.rect().isEmpty(), f"{widget!r} is squeezed to nothing"
    qtbot.mouseClick(widget, Qt.LeftButton, pos=widget.rect().center())


def click_button(qtbot, root: QWidget, text: str) -> None:
    click(qtbot, find_button(root, text))


def press_keys(qtbot, widget: QWidget, sequence) -> None:
    """Type a key sequence (``QKeySequence``, "Ctrl+S", or a standard key) on ``widget``."""
    seq = sequence if isinstance(sequence, QKeySequence) else QKeySequence(sequence)
    assert not seq.isEmpty(), f"empty key sequence {sequence!r}"
    for i in range(seq.count()):
        combo = seq[i]
        qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def choose_item(qtbot, combo, data) -> None:
    """Pick the item whose data is ``data`` in a drop-down list by keys, as a person does
    without the mouse: Home, then Down until it is shown."""
    index = combo.findData(data)
    assert index >= 0, f"no item {data!r} in {[combo.itemData(i) for i in range(combo.count())]}"
    assert usable(combo), f"{combo.accessibleName()!r} cannot be used"
    combo.setFocus(Qt.OtherFocusReason)
    qtbot.keyClick(combo, Qt.Key_Home)
    for _ in range(combo.count()):
        if combo.currentIndex() == index:
            return
        qtbot.keyClick(combo, Qt.Key_Down)
    assert combo.currentIndex() == index, f"{data!r} could not be reached by keys"


def choose_tab(qtbot, tabs: QTabWidget | QTabBar, text: str) -> None:
    """Click the tab whose title is ``text``."""
    bar = tabs.tabBar() if isinstance(tabs, QTabWidget) else tabs
    titles = [shown_text(bar.tabText(i)) for i in range(bar.count())]
    assert text in titles, f"no tab {text!r}; tabs: {titles}"
    click_tab(qtbot, bar, titles.index(text))


def click_tab(qtbot, bar: QTabBar, index: int) -> None:
    assert bar.isVisible() and bar.isTabEnabled(index) and bar.isTabVisible(index)
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(index).center())


def go_to(qtbot, window, key: str) -> QWidget:
    """Click the area ``key`` (e.g. "admin") in the main window's list of areas; its page."""
    nav = window.nav
    rows = [nav.item(i).data(Qt.UserRole) for i in range(nav.count())]
    assert key in rows, f"no area {key!r}; areas: {rows}"
    item = nav.item(rows.index(key))
    assert usable(nav) and not item.isHidden(), f"the area {key!r} cannot be chosen"
    nav.scrollToItem(item)
    qtbot.mouseClick(nav.viewport(), Qt.LeftButton, pos=nav.visualItemRect(item).center())
    page = window.page(key)
    assert window.pages.currentWidget() is page, f"clicking {key!r} did not show its page"
    return page


def open_client(qtbot, window, name: str) -> QWidget:
    """Go to the client list, find ``name`` by its search field and double-click the row;
    the client page shown."""
    clients = go_to(qtbot, window, "clients")
    clients.search.setFocus(Qt.OtherFocusReason)
    qtbot.keyClick(clients.search, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(clients.search, name)
    qtbot.waitUntil(lambda: clients.model.rowCount() == 1, timeout=WAIT_MS)
    table = clients.table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.pages.currentWidget() is not clients, timeout=WAIT_MS)
    return window.pages.currentWidget()


def go_to_tab(qtbot, client_page, key: str) -> QWidget:
    """Click the client page's tab ``key`` (e.g. "measures"); the tab's widget."""
    index = client_page.tab_keys.index(key)
    click_tab(qtbot, client_page.tabs.tabBar(), index)
    widget = client_page.tabs.currentWidget()
    assert client_page.tabs.currentIndex() == index, f"clicking {key!r} did not show it"
    return widget


# --- menus ------------------------------------------------------------------------------
def menu_path(window, action: QAction) -> list[QMenu]:
    """The menus from the menu bar down to ``action`` (empty when it is in none)."""
    def walk(menu: QMenu, trail):
        for a in menu.actions():
            if a is action:
                return trail + [menu]
            if a.menu() is not None:
                found = walk(a.menu(), trail + [menu])
                if found:
                    return found
        return None
    for top in window.menuBar().actions():
        if top.menu() is not None:
            found = walk(top.menu(), [])
            if found:
                return found
    return []


def menu_actions(window) -> list[QAction]:
    """Every action reachable from the window's menu bar (not submenus or separators)."""
    out = []

    def walk(menu: QMenu):
        for a in menu.actions():
            if a.isSeparator():
                continue
            if a.menu() is not None:
                walk(a.menu())
            else:
                out.append(a)
    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return out


def find_menu_action(window, *path: str) -> QAction:
    """The action at ``path`` of shown texts, e.g. ("Tiedosto", "Asetukset…")."""
    actions = window.menuBar().actions()
    found = None
    for step in path:
        found = next((a for a in actions if shown_text(a.text()) == step), None)
        assert found is not None, f"no menu item {step!r}; there are " \
            f"{[shown_text(a.text()) for a in actions if not a.isSeparator()]}"
        actions = found.menu().actions() if found.menu() is not None else []
    return found


def choose_menu(qtbot, window, action_or_path) -> None:
    """Open the menus with the mouse and click the item, as a person does."""
    action = action_or_path if isinstance(action_or_path, QAction) \
        else find_menu_action(window, *action_or_path)
    menus = menu_path(window, action)
    assert menus, f"{shown_text(action.text())!r} is in no menu"
    bar = window.menuBar()
    assert bar.isVisible() and bar.isEnabled(), "the menu bar cannot be used"
    top = menus[0]
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.actionGeometry(top.menuAction()).center())
    qtbot.waitUntil(top.isVisible, timeout=WAIT_MS)
    for parent, child in zip(menus, menus[1:]):
        qtbot.mouseClick(parent, Qt.LeftButton,
                         pos=parent.actionGeometry(child.menuAction()).center())
        qtbot.waitUntil(child.isVisible, timeout=WAIT_MS)
    last = menus[-1]
    assert action.isVisible() and action.isEnabled(), \
        f"menu item {shown_text(action.text())!r} cannot be chosen"
    qtbot.mouseClick(last, Qt.LeftButton, pos=last.actionGeometry(action).center())


# --- answering what the program asks ---------------------------------------------------
class Answerer:
    """Answers modal dialogs, message boxes and drop-down menus while a test presses things.

    ``script`` holds callables ``fn(widget)`` tried in order on each modal
    widget or popup menu; one that will answer it returns what to do (a
    callable, run from the event loop so that whatever it opens is answered
    too) and is used up; one that will not returns None. Anything left over is
    answered by default: a message box with its default (else escape) button,
    any other dialog with reject(), a menu left open is closed. Progress
    dialogs are left alone (they close themselves). ``seen`` lists what was shown.
    """

    def __init__(self, qtbot, script: list[Callable[[QWidget], Callable | None]] | None = None):
        self.qtbot = qtbot
        self.script = list(script or [])
        self.seen: list[tuple[str, str, str]] = []
        self._busy = False
        self._popup_ticks: dict[int, int] = {}
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._tick)

    def __enter__(self) -> "Answerer":
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()

    def _scripted(self, w):
        for fn in list(self.script):
            action = fn(w)
            if action is not None:
                self.script.remove(fn)
                return action
        return None

    def _later(self, action: Callable, target: QWidget) -> None:
        self._busy = True

        def run():
            self._busy = False
            if Shiboken.isValid(target) and target.isVisible():
                action()
        QTimer.singleShot(0, run)

    def click_in_menu(self, action: QAction) -> None:
        """The next popup menu holding ``action``: click it (a button's drop-down menu)."""
        def answer(w):
            if isinstance(w, QMenu) and action in w.actions():
                return lambda: self.qtbot.mouseClick(
                    w, Qt.LeftButton, pos=w.actionGeometry(action).center())
            return None
        self.script.insert(0, answer)

    def _tick(self) -> None:
        if self._busy:
            return
        popup = QApplication.activePopupWidget()
        if popup is not None and not popup.isVisible():
            popup = None  # a menu closing while its item's slot runs
        w = popup or QApplication.activeModalWidget()
        if w is None or isinstance(w, QProgressDialog) or not w.isVisible():
            return
        scripted = self._scripted(w)
        if scripted is not None:
            self._later(scripted, w)
            return
        if popup is not None:
            # A menu a test opens itself is clicked at once; one left open is closed.
            ticks = self._popup_ticks[id(popup)] = self._popup_ticks.get(id(popup), 0) + 1
            if ticks > 5 and isinstance(popup, QMenu):
                self._later(popup.close, popup)
            return
        text = w.text() if isinstance(w, QMessageBox) else ""
        self.seen.append((type(w).__name__, w.windowTitle(), text))
        if isinstance(w, QMessageBox):
            button = w.defaultButton() or w.escapeButton() or (w.buttons() or [None])[0]
            if button is not None:
                self._later(button.click, w)
                return
        self._later(w.reject if isinstance(w, QDialog) else w.close, w)


def message_texts(answerer: Answerer) -> list[str]:
    return [text for kind, _title, text in answerer.seen if kind == "QMessageBox"]


def file_dialogs(monkeypatch, folder: Path, open_path: Path | None = None) -> list[str]:
    """File dialogs answered from ``folder``: saving names a new file there, choosing
    a folder gives ``folder``, opening gives ``open_path`` (default: a file that does
    not exist, so the program must say so). Returns the captions asked."""
    asked: list[str] = []
    counter = iter(range(1, 10_000))

    def save(parent=None, caption="", directory="", filter="", *a, **k):
        asked.append(caption)
        return str(folder / f"tallennus-{next(counter)}"), ""

    def open_(parent=None, caption="", directory="", filter="", *a, **k):
        asked.append(caption)
        return str(open_path or folder / "ei-ole.tkbackup"), ""

    def directory(parent=None, caption="", *a, **k):
        asked.append(caption)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(directory))
    return asked


def wait_for_work(qtbot) -> None:
    """Until the program's background operations (ui.worker) have ended."""
    from tyokykytiimi.ui import worker
    qtbot.waitUntil(lambda: not worker._running, timeout=WAIT_MS)


def centre(widget: QWidget) -> QPoint:
    return widget.rect().center()
