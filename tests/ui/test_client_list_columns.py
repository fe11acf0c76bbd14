"""At 1280 px the client list's columns are readable (#15.12): the area list starts
as wide as its names need, identifiers, phones and case managers fit whole, and a
long path step is cut at the column's edge (not after its first word) with the
whole name in its tooltip."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from tests.ui import drive
from tests.ui.test_accessibility import demo  # noqa: F401
from tyokykytiimi.ui.clients.table_model import COLUMNS
from tyokykytiimi.ui.main_window import MainWindow


def test_columns_are_readable_at_1280(qtbot, demo, finnish):
    window = MainWindow(demo.store)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    assert window.nav.width() <= window.nav.minimumWidth() + 20  # no empty space beside the names
    page = drive.go_to(qtbot, window, "clients")
    table, model = page.table, page.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    fm = table.fontMetrics()
    margin = 2 * table.style().pixelMetric(QStyle.PM_FocusFrameHMargin) + 2
    cut = []
    for name in ("identifier", "phone", "case_manager", "status"):
        col = COLUMNS.index(name)
        for row in range(model.rowCount()):
            text = model.index(row, col).data(Qt.DisplayRole)
            if fm.horizontalAdvance(text) + margin > table.columnWidth(col):
                cut.append((name, text))
    assert not cut, cut
    assert not table.wordWrap()  # "2 Tarpeen selvittäminen ja t…", not "2 Tarpeen …"
    step = COLUMNS.index("step")
    long_steps = [r for r in range(model.rowCount())
                  if fm.horizontalAdvance(model.index(r, step).data()) > table.columnWidth(step)]
    for row in long_steps:
        index = model.index(row, step)
        assert index.data(Qt.ToolTipRole) == index.data(Qt.DisplayRole)
    # every column is on screen: no sideways scrolling at 1280 px
    assert table.horizontalScrollBar().maximum() == 0
