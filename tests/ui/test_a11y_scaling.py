"""Usable at 200 % and with a large font.

At 200 % a 1920 × 1080 laptop screen is 960 × 540 points: the pages and the
client page must fit beside the area list (the window's menu and status bar
take some height), dialogs must fit or scroll, and boxes sized for a number of
text lines must grow with the font instead of clipping it.
"""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from tests.ui.test_accessibility import _meeting_client, demo  # noqa: F401

# Points left for a page at 960 × 540: the area list (~200) and the window's
# menu, status bar and margins (~100) taken off.
PAGE_WIDTH, PAGE_HEIGHT = 760, 420
DIALOG_WIDTH, DIALOG_HEIGHT = 900, 480


def test_pages_and_client_tabs_fit_200_percent(qtbot, demo, finnish):
    from tyokykytiimi.ui.clients.client_page import ClientPage
    from tyokykytiimi.ui.clients.list_page import ClientListPage
    from tyokykytiimi.ui.home import HomePage
    from tyokykytiimi.ui.network.servicemap_page import ServiceMapPage
    store = demo.store
    too_big = []
    pages = [HomePage(store), ClientListPage(store), ServiceMapPage(store)]
    page = ClientPage(store, _meeting_client(store, demo.clients).id)
    pages.append(page)
    for p in pages:
        qtbot.addWidget(p)
        size = p.minimumSizeHint()
        if size.width() > PAGE_WIDTH or size.height() > PAGE_HEIGHT:
            too_big.append(f"{type(p).__name__} {size.toTuple()}")
    for key, tab in page.tab_widgets.items():  # they scroll inside the page; width counts
        if tab.minimumSizeHint().width() > PAGE_WIDTH:
            too_big.append(f"tab {key} {tab.minimumSizeHint().toTuple()}")
    assert not too_big, f"wider or taller than {PAGE_WIDTH} × {PAGE_HEIGHT}: {too_big}"


def test_dialogs_fit_or_scroll_at_200_percent(qtbot, demo, finnish):
    from tyokykytiimi.store import plans
    from tyokykytiimi.ui.admin.users_page import AddUserDialog, ChangePasswordDialog
    from tyokykytiimi.ui.clients.client_form import NewClientDialog
    from tyokykytiimi.ui.measures.measures_tab import EntryDialog
    from tyokykytiimi.ui.network.consents_tab import ConsentDialog
    from tyokykytiimi.ui.network.meetings_tab import MeetingDialog
    from tyokykytiimi.ui.plan.dialogs import AgreeDialog, OutputDialog, VersionsDialog
    store = demo.store
    client = _meeting_client(store, demo.clients)
    draft = plans.get_or_create_draft(store, client.id)
    too_big = []
    for d in (NewClientDialog(store), ConsentDialog(store, client.id),
              MeetingDialog(store, client.id), EntryDialog(store, client.id),
              VersionsDialog(store, client.id), AgreeDialog(store, draft),
              OutputDialog(store, draft), AddUserDialog(store), ChangePasswordDialog(store)):
        qtbot.addWidget(d)
        size = d.minimumSizeHint()
        if size.width() > DIALOG_WIDTH or size.height() > DIALOG_HEIGHT:
            too_big.append(f"{type(d).__name__} {size.toTuple()}")
        room = d.screen().availableGeometry()
        assert d.width() <= room.width() and d.height() <= room.height(), type(d).__name__
    assert not too_big, f"larger than {DIALOG_WIDTH} × {DIALOG_HEIGHT}: {too_big}"


@pytest.fixture
def large_font(qapp):
    old = qapp.font()
    big = qapp.font()
    big.setPointSizeF(old.pointSizeF() * 2)
    qapp.setFont(big)
    yield QFontMetrics(big)
    qapp.setFont(old)


def test_text_boxes_and_rows_grow_with_the_font(qtbot, demo, large_font):
    from tyokykytiimi.ui.clients.client_form import NewClientDialog
    from tyokykytiimi.ui.clients.list_page import ClientListPage
    from tyokykytiimi.ui.network.meetings_tab import MeetingDialog
    from tyokykytiimi.ui.plan.plan_tab import PlanTab
    store = demo.store
    line = large_font.lineSpacing()
    d = NewClientDialog(store)
    qtbot.addWidget(d)
    assert d.form.family_notes.height() >= 4 * line
    m = MeetingDialog(store, demo.clients[0].id)
    qtbot.addWidget(m)
    assert m.agenda.height() >= 4 * line and m.suggestions.height() >= 7 * line
    page = ClientListPage(store)
    qtbot.addWidget(page)
    assert page.table.verticalHeader().defaultSectionSize() >= line
    assert page.table.columnWidth(1) >= large_font.horizontalAdvance("131052-308T")
    tab = PlanTab(store, demo.clients[0].id)
    qtbot.addWidget(tab)
    assert tab.goal_text.maximumHeight() >= 4 * line


def test_headings_scale_with_the_font(qtbot, store, qapp, large_font):
    """Headings are sized relative to the person's font, not in fixed points."""
    from PySide6.QtWidgets import QLabel

    from tyokykytiimi.ui.home import HomePage
    page = HomePage(store)
    qtbot.addWidget(page)
    base = qapp.font().pointSizeF()
    heading = page.headings["overdue"]
    assert heading.font().bold() and heading.font().pointSizeF() == pytest.approx(base)
    title = next(w for w in page.findChildren(QLabel) if w.font().pointSizeF() > base)
    assert title.font().pointSizeF() == pytest.approx(base * 1.6)


def test_a_narrowed_combo_still_opens_wide_enough_to_read(qtbot):
    from PySide6.QtWidgets import QComboBox

    from tyokykytiimi.ui.layout import shrinkable
    combo = QComboBox()
    long = "5 Palveluihin ohjaus ja seuranta, myös kolmannen sektorin palvelut"
    combo.addItems(["Kaikki vaiheet", long])
    qtbot.addWidget(combo)
    shrinkable(combo, 12)
    assert combo.minimumSizeHint().width() < combo.fontMetrics().horizontalAdvance(long)
    combo.show()
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitUntil(popup.isVisible)
    assert popup.width() >= combo.view().sizeHintForColumn(0)
    combo.hidePopup()
