"""#15.9: the screening's criteria get the room, the age criterion is suggested
from the henkilötunnus for the person to confirm, and a saved screening shows."""
from PySide6.QtCore import Qt

from tyokykytiimi.store import clients as cs
from tyokykytiimi.store.screenings import answers_of, list_screenings
from tyokykytiimi.ui.clients.client_page import ClientPage

HETU = "131052-308T"  # born 1952: outside 18–65


def _tab(qtbot, store, **kw):
    c = cs.create_client(store, first_name="Aino", last_name="Arvioitava", **kw)
    page = ClientPage(store, c.id)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton,
                     pos=bar.tabRect(list(page.tab_widgets).index("screening")).center())
    tab = page.tab_widgets["screening"]
    qtbot.waitUntil(tab.isVisible)  # a tab built on first show appears a moment later
    return c, tab


def test_age_is_suggested_and_confirmed_and_the_saved_decision_shows(qtbot, store):
    c, tab = _tab(qtbot, store, hetu=HETU)
    assert not tab.history.isVisible()  # no empty table takes the criteria's room
    age_item = next(i for i in tab.defn.items if i.prefill)
    assert tab.groups[age_item.id].checkedButton() is None  # a suggestion, not an answer
    button = tab.suggest_buttons[age_item.id]
    assert f"(age {cs.age_of(cs.get_client(store, c.id))})" in button.text()
    qtbot.mouseClick(button, Qt.LeftButton)
    assert tab.groups[age_item.id].checkedButton().property("answer") == "no"
    tab.decision.setFocus()
    qtbot.keyClick(tab.decision, Qt.Key_Down)  # the first decision in the list
    chosen = tab.decision.currentData()
    assert chosen is not None
    if chosen == "guide_elsewhere":
        qtbot.keyClicks(tab.guided_to, "Ikaantyneiden palvelut")
    qtbot.keyClicks(tab.reason, "Ika")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    rows = list_screenings(store, c.id)
    assert len(rows) == 1 and rows[0].decision == chosen
    assert answers_of(rows[0])[age_item.id] == "no"
    # The form keeps showing what was saved.
    assert tab.decision.currentData() == chosen
    assert tab.groups[age_item.id].checkedButton().property("answer") == "no"
    assert tab.saved_label.isVisible() and tab.saved_label.text().startswith("✓")
    assert tab.reason.text() == "Ika"
    assert tab.history.isVisible() and tab.history.rowCount() == 1
    assert "seed" not in tab.source.text()
