"""No window has two actions or shortcuts on one key sequence where both can fire.

Qt calls two live shortcuts on one key "ambiguous" and runs neither (Ctrl+N on the
Consents tab did nothing). This walks the main window's areas, a client page with
each of its tabs shown, and the dialogs a coordinator opens, and checks every pair of
shortcuts whose contexts overlap.
"""
from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from tests.ui import drive
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.main_window import MainWindow


def _hosts(obj) -> list[QWidget]:
    if isinstance(obj, QShortcut):
        parent = obj.parent()
        return [parent] if isinstance(parent, QWidget) else []
    return [w for w in obj.associatedObjects() if isinstance(w, QWidget)]


def live_shortcuts(window: QWidget) -> dict[str, list[tuple]]:
    """Key → [(object, context, host widget)] for enabled shortcuts on visible widgets."""
    keys = defaultdict(list)
    for obj in window.findChildren(QShortcut) + window.findChildren(QAction):
        if not obj.isEnabled():
            continue
        if isinstance(obj, QShortcut):
            sequences = list(obj.keys()) or [obj.key()]
        else:
            sequences = obj.shortcuts()
        for host in _hosts(obj):
            if not host.isVisible() or host.window() is not window:
                continue
            for seq in {s.toString() for s in sequences if not s.isEmpty()}:
                context = obj.context() if isinstance(obj, QShortcut) else obj.shortcutContext()
                keys[seq].append((obj, context, host))
    return keys


def _overlap(a, b) -> bool:
    (_, ca, ha), (_, cb, hb) = a, b
    wide = (Qt.WindowShortcut, Qt.ApplicationShortcut)
    if ca in wide or cb in wide:
        return True
    # Widget (with children) contexts: both fire only where the focus is inside both.
    return ha is hb or ha.isAncestorOf(hb) or hb.isAncestorOf(ha)


def clashes(window: QWidget, where: str) -> list[str]:
    out = []
    for seq, entries in live_shortcuts(window).items():
        for i, a in enumerate(entries):
            for b in entries[i + 1:]:
                if a[0] is not b[0] and _overlap(a, b):
                    out.append(f"{where}: {seq} on {type(a[2]).__name__} and "
                               f"{type(b[2]).__name__}")
    return out


def test_the_clash_is_seen(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    QShortcut(QKeySequence.New, w)
    child = QWidget(w)
    QShortcut(QKeySequence.New, child)
    w.show()
    assert clashes(w, "test")


def test_no_window_or_tab_has_two_shortcuts_on_one_key(qtbot, store):
    sm.import_sample(store)
    client = create_client(store, first_name="Ulla", last_name="Salminen")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    found = []
    for i in range(window.nav.count()):
        key = window.nav.item(i).data(Qt.UserRole)
        page = drive.go_to(qtbot, window, key)
        found += clashes(window, key)
        tabs = page.findChildren(QTabWidget)
        for tab_widget in tabs:
            for t in range(tab_widget.count()):
                tab_widget.setCurrentIndex(t)
                found += clashes(window, f"{key}/{tab_widget.tabText(t)}")
    page = window.open_client(client.id)
    for t in range(page.tabs.count()):
        page.tabs.setCurrentIndex(t)
        found += clashes(window, f"client/{page.tabs.tabText(t)}")
    assert found == []


def test_dialogs_have_no_clashing_shortcuts(qtbot, store):
    from tyokykytiimi.ui.network.consents_tab import ConsentDialog
    from tyokykytiimi.ui.network.meetings_tab import MeetingDialog
    sm.import_sample(store)
    client = create_client(store, first_name="Ulla", last_name="Salminen")
    from tyokykytiimi.ui.clients.client_form import NewClientDialog
    from tyokykytiimi.ui.measures.measures_tab import EntryDialog
    from tyokykytiimi.ui.network.servicemap_dialogs import organisation_dialog
    from tyokykytiimi.ui.settings_dialog import SettingsDialog
    for dialog in (ConsentDialog(store, client.id), MeetingDialog(store, client.id),
                   NewClientDialog(store), EntryDialog(store, client.id), SettingsDialog(store),
                   organisation_dialog(store)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert clashes(dialog, type(dialog).__name__) == []
