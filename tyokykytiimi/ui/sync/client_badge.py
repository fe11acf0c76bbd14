"""The client page says when one of the client's records is in conflict; the button
opens Administration → Conflicts."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from ...i18n import ngettext
from ...store.sync.conflicts import client_conflict_count


def client_buttons(page) -> list:
    count = client_conflict_count(page.store, page.client_id)
    if not count:
        return []
    button = QPushButton(ngettext("{n} conflict", "{n} conflicts", count).format(n=count), page)
    button.setObjectName("clientConflictsButton")
    button.setStyleSheet("QPushButton#clientConflictsButton { color: #8a1c1c; }")

    def open_conflicts() -> None:
        window = page.window()
        if not hasattr(window, "show_area"):
            return
        admin = window.show_area("admin")
        tab = getattr(admin, "conflicts", None)
        if tab is not None:
            tab.refresh()
            admin.tabs.setCurrentWidget(tab)

    button.clicked.connect(lambda: open_conflicts())
    return [button]
