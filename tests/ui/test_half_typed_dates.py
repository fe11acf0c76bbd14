"""A half-typed or impossible date stops the save (issue 15.2): the message stands
next to the field, in the user's language, and nothing is saved with the date
quietly left out. Typed and clicked as a person does."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from tests.ui.drive import click_tab
from tyokykytiimi.store import plans
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.screenings import list_screenings
from tyokykytiimi.ui import i18n
from tyokykytiimi.ui.clients.client_page import ClientPage


def _page(qtbot, store, key):
    """A client's page at a laptop's size, the tab ``key`` clicked open."""
    client = create_client(store, first_name="Aino", last_name="Arvioitava")
    page = ClientPage(store, client.id)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    click_tab(qtbot, page.tabs.tabBar(), list(page.tab_widgets).index(key))
    qtbot.waitUntil(page.tab_widgets[key].isVisible)
    return client, page.tab_widgets[key]


def test_a_plan_goal_with_31_2_is_not_saved(qtbot, store):
    i18n.install("fi")
    client, tab = _page(qtbot, store, "plan")
    qtbot.mouseClick(tab.add_goal_button, Qt.LeftButton)
    qtbot.keyClicks(tab.goal_text, "Paasen tyokokeiluun")
    qtbot.keyClick(tab.goal_text, Qt.Key_Tab)  # on to the target date
    assert tab.goal_target.edit.hasFocus()
    qtbot.keyClicks(tab.goal_target.edit, "31.2.")
    qtbot.keyClick(tab.goal_target.edit, Qt.Key_S, Qt.ControlModifier)
    # The message stands under the date, in Finnish; the plan is not saved.
    assert tab.goal_target.error.isVisible()
    assert tab.goal_target.error.text().endswith("Tällaista päivämäärää ei ole: 31.2.")
    assert tab.error.isVisible()
    assert plans.current_draft(store, client.id) is None
    # Corrected, it saves with the date.
    qtbot.keyClick(tab.goal_target.edit, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(tab.goal_target.edit, "28.2.2027")
    qtbot.keyClick(tab.goal_target.edit, Qt.Key_Return)
    qtbot.keyClick(tab.goal_target.edit, Qt.Key_S, Qt.ControlModifier)
    assert not tab.goal_target.error.isVisible() and not tab.error.isVisible()
    saved = plans.current_draft(store, client.id)
    assert [(g.text, g.target_date) for g in saved.content.goals] == [
        ("Paasen tyokokeiluun", date(2027, 2, 28))]


def test_a_screening_is_saved_with_the_day_it_was_done(qtbot, store, today):
    i18n.install("fi")
    client, tab = _page(qtbot, store, "screening")
    for group in tab.groups.values():
        qtbot.mouseClick(next(b for b in group.buttons() if b.property("answer") == "yes"),
                         Qt.LeftButton)
    qtbot.mouseClick(tab.screened_on.edit, Qt.LeftButton)
    qtbot.keyClick(tab.screened_on.edit, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(tab.screened_on.edit, "12.13.")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.screened_on.error.isVisible() and "12.13." in tab.screened_on.error.text()
    assert list_screenings(store, client.id) == []
    yesterday = today - timedelta(days=1)
    qtbot.keyClick(tab.screened_on.edit, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(tab.screened_on.edit, f"{yesterday.day}.{yesterday.month}.")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert not tab.screened_on.error.isVisible()
    [row] = list_screenings(store, client.id)
    assert row.screened_on == yesterday
