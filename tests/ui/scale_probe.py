"""The main screens as a person at 200 % sees them, run in a process of its own.

    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json \\
        python -m tests.ui.scale_probe DATA_DIR USERNAME PASSWORD

QT_SCALE_FACTOR only takes effect when the application starts, so the test
(test_scaling_subprocess.py) starts this with a 1920 × 1080 screen, which at
200 % is 960 × 540 points. The main window fills that screen; the home page,
each client tab (the plan tab among them), the service map and the
coordinator's dialogs are shown in Finnish, and every visible button, check
box, label, tab and input whose text needs more room than it has (in view) is
printed, one JSON line each.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox,
                               QLabel, QLineEdit, QPlainTextEdit, QTabBar, QTextEdit, QWidget)

from tyokykytiimi.ui.layout import chars_wide

SLACK = 1  # rounding at 200 %: a pixel is half a point
CHECKED: list[str] = []  # the screens looked at, said last


INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
MIN_CHARS = 4


def extent(w: QWidget) -> tuple[int, int]:
    """How wide and how high a part of ``w`` its parents leave in view."""
    x0, x1, y0, y1 = 0, w.width(), 0, w.height()
    dx = dy = 0
    child = w
    while not child.isWindow() and child.parentWidget() is not None:
        dx, dy = dx + child.x(), dy + child.y()
        parent = child.parentWidget()
        x0, x1 = max(x0, -dx), min(x1, parent.width() - dx)
        y0, y1 = max(y0, -dy), min(y1, parent.height() - dy)
        child = parent
    return max(0, x1 - x0), max(0, y1 - y0)


def clipped(top: QWidget, where: str) -> list[dict]:
    """Texts wider (or, wrapped, taller) than the widget that shows them."""
    QApplication.processEvents()
    out = []
    CHECKED.append(where)

    def seen(w, need, have):
        out.append({"where": where, "type": type(w).__name__,
                    "name": w.objectName() or w.accessibleName(),
                    "text": (w.text() if hasattr(w, "text") and callable(w.text)
                             else "")[:60],
                    "need": need, "have": have})

    for w in top.findChildren(QWidget):
        if not w.isVisible():
            continue
        # What can be seen of it: a label pushed past the edge of a scroll area's
        # view is cut just as much as one squeezed narrower than its text. Scrolled
        # up or down out of view is not cut: the person scrolls there.
        width, height = extent(w)
        if not height:
            continue
        if isinstance(w, INPUTS):
            if isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
                continue  # the line inside a drop-down: the drop-down is what counts
            if width < chars_wide(w, MIN_CHARS):
                seen(w, chars_wide(w, MIN_CHARS), width)
        elif isinstance(w, QAbstractButton) and w.text():
            need = w.sizeHint().width()
            if need > width + SLACK:
                seen(w, need, width)
        elif isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                need = w.heightForWidth(w.contentsRect().width()) \
                    + w.height() - w.contentsRect().height()
                if need > w.height() + SLACK:
                    seen(w, need, w.height())
            else:
                need = w.sizeHint().width()
                if need > width + SLACK:
                    seen(w, need, width)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() + SLACK < w.tabSizeHint(i).width() \
                        and w.elideMode() != 0:
                    out.append({"where": where, "type": "tab", "name": w.tabText(i),
                                "text": w.tabText(i), "need": w.tabSizeHint(i).width(),
                                "have": w.tabRect(i).width()})
    return out


def nav_cut(window, where: str) -> list[dict]:
    """The area list beside a wide page: each area's name must still fit in it."""
    nav = window.nav
    have = nav.viewport().width()
    out = []
    for i in range(nav.count()):
        text = nav.item(i).text()
        need = nav.fontMetrics().horizontalAdvance(text) + 20  # the item's padding
        if need > have + SLACK:
            out.append({"where": where, "type": "area list", "name": text, "text": text,
                        "need": need, "have": have})
    return out


def settle(done=lambda: True, seconds: float = 30) -> None:
    """Until ``done()`` and the program's background work has ended and shown its results."""
    import time

    from tyokykytiimi.ui import worker
    end = time.monotonic() + seconds
    while (worker._running or not done()) and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()


def dialogs(store, client_id: str, window) -> list[dict]:
    """The coordinator's dialogs, each opened as it opens on the screen."""
    from tyokykytiimi.store import plans
    from tyokykytiimi.ui.clients.client_form import NewClientDialog
    from tyokykytiimi.ui.contact_dialog import ContactDialog
    from tyokykytiimi.ui.network.consents_tab import ConsentDialog
    from tyokykytiimi.ui.network.meetings_tab import MeetingDialog
    from tyokykytiimi.ui.plan.dialogs import AgreeDialog
    draft = plans.get_or_create_draft(store, client_id)
    found = []
    for d in (NewClientDialog(store), ConsentDialog(store, client_id),
              MeetingDialog(store, client_id), AgreeDialog(store, draft),
              ContactDialog(store, store.user.id), window.make_settings_dialog()):
        d.show()
        settle()
        found += clipped(d, type(d).__name__)
        d.close()
    return found


def main(data_dir: str, username: str, password: str) -> list[dict]:
    from tyokykytiimi.app import make_app
    from tyokykytiimi.store import meetings, plans
    from tyokykytiimi.store.clients import client_rows
    from tyokykytiimi.store.unlock import open_store
    from tyokykytiimi.ui import i18n
    from tyokykytiimi.ui.main_window import MainWindow

    app = make_app()
    i18n.install("fi")
    store = open_store(Path(data_dir), username, password)
    window = MainWindow(store)
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()
    found = []
    home = window.show_area("home")
    # The home page's lists arrive from a worker thread: until the page says it has them.
    loading = home.status.text()
    settle(lambda: home.status.text() != loading)
    found += clipped(window, "home")
    # A client with a meeting and a plan: every tab has something to show.
    rows = client_rows(store, audit=False)
    client = next((r for r in rows if meetings.list_meetings(store, r.id)
                   and plans.current_draft(store, r.id) is not None), rows[0])
    page = window.open_client(client.id)
    for t in range(page.tabs.count()):
        page.tabs.setCurrentIndex(t)
        settle()
        found += clipped(window, f"client/{page.tabs.tabText(t).replace('&', '')}")
    for area in ("servicemap", "reports", "admin"):
        window.show_area(area)
        settle()
        found += clipped(window, area) + nav_cut(window, area)
    found += dialogs(store, client.id, window)
    window.close()
    store.close()
    return found


if __name__ == "__main__":
    for line in main(*sys.argv[1:4]):
        print(json.dumps(line, ensure_ascii=False))
    from PySide6.QtGui import QGuiApplication
    print(json.dumps({"checked": CHECKED,
                      "points": QGuiApplication.primaryScreen().geometry().size().toTuple(),
                      "ratio": QGuiApplication.primaryScreen().devicePixelRatio()}))
