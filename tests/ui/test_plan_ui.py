"""The plan editor driven from the keyboard with pytest-qt."""
from datetime import date, timedelta

from PySide6.QtCore import Qt

from tests.plan_data import agreed_plan
from tyokykytiimi.models.plans import GoalData
from tyokykytiimi.store import plans
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.plan import plan_tab as plan_tab_module
from tyokykytiimi.ui.plan.plan_tab import PlanTab


def _tab(qtbot, store):
    client = create_client(store, first_name="Åsa", last_name="Öhman")
    tab = PlanTab(store, client.id)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    qtbot.waitActive(tab)
    return tab, client


def test_write_reorder_and_save_from_the_keyboard(qtbot, store):
    tab, client = _tab(qtbot, store)
    for text in ("Paasen tyokokeiluun", "Nukun paremmin"):
        tab.add_goal_button.click()  # the button's own Alt+G mnemonic does the same
        qtbot.keyClicks(tab.goal_text, text)
        qtbot.keyClick(tab.goal_text, Qt.Key_Tab)  # focus moves on, no tab typed
    tab.goal_steps.setFocus()
    qtbot.keyClicks(tab.goal_steps, "Kavelen illalla")
    assert tab.has_unsaved_changes()
    # Alt+Up moves the selected goal ("Nukun paremmin") first.
    tab.goal_list.setFocus()
    qtbot.keyClick(tab.goal_list, Qt.Key_Up, Qt.AltModifier)
    assert [tab.goal_list.item(i).text() for i in range(2)] == ["Nukun paremmin",
                                                                "Paasen tyokokeiluun"]
    tab.add_task_button.click()
    qtbot.keyClicks(tab.task_what, "Soittaa Kelaan")
    tab.task_who.setFocus()
    qtbot.keyClicks(tab.task_who.lineEdit(), "Kela, Turku")
    tab.goal_list.setFocus()
    qtbot.keyClick(tab.goal_list, Qt.Key_S, Qt.ControlModifier)  # Ctrl+S
    assert not tab.has_unsaved_changes()
    saved = plans.current_draft(store, client.id)
    assert [g.text for g in saved.content.goals] == ["Nukun paremmin", "Paasen tyokokeiluun"]
    assert [s.text for s in saved.content.goals[0].steps] == ["Kavelen illalla"]
    assert saved.content.tasks[0].responsible_text == "Kela, Turku"
    assert saved.content.tasks[0].responsible_kind == "other"


def test_conflict_keeps_typed_text(qtbot, store, monkeypatch):
    tab, client = _tab(qtbot, store)
    # Someone else saves the same draft meanwhile.
    other = plans.get_or_create_draft(store, client.id)
    c = other.content
    c.goals = [GoalData("Heidän tavoitteensa")]
    plans.save_draft(store, other.id, c, other.revision)
    tab.add_goal_button.click()
    qtbot.keyClicks(tab.goal_text, "Minun tavoitteeni")

    class Combine:
        COMBINE, MINE = 1, 2

        def __init__(self, conflict, parent=None):
            self.choice = 1
            assert 'Uusi tavoite: "Heidän tavoitteensa"' in conflict.their_changes

        def exec(self):
            return 1

    monkeypatch.setattr(plan_tab_module, "ConflictDialog", Combine)
    qtbot.keyClick(tab.goal_text, Qt.Key_S, Qt.ControlModifier)
    texts = [g.text for g in plans.current_draft(store, client.id).content.goals]
    assert sorted(texts) == ["Heidän tavoitteensa", "Minun tavoitteeni"]
    assert not tab.has_unsaved_changes()


def test_late_review_asks_for_reason(qtbot, store, today):
    tab, _ = _tab(qtbot, store)
    late = today + timedelta(days=300)
    tab.next_review.setDate(late)
    assert tab.review_reason.isEnabled()
    assert tab.review_hint.text()


def test_two_people_editing_the_agreed_plan_meet_in_one_draft(qtbot, store, monkeypatch):
    client = create_client(store, first_name="Aino", last_name="Kaksi")
    agreed_plan(store, client.id, "Ensimmainen")
    tab = PlanTab(store, client.id)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.agree_button.isEnabled() and tab.agree_button.toolTip()
    # Someone else starts the next draft meanwhile.
    other = plans.get_or_create_draft(store, client.id)
    theirs = other.content
    theirs.goals.append(GoalData("Heidan lisayksensa"))
    plans.save_draft(store, other.id, theirs, other.revision)

    class Combine:
        COMBINE, MINE = 1, 2

        def __init__(self, conflict, parent=None):
            self.choice = 1

        def exec(self):
            return 1
    monkeypatch.setattr(plan_tab_module, "ConflictDialog", Combine)
    qtbot.mouseClick(tab.add_goal_button, Qt.LeftButton)
    qtbot.keyClicks(tab.goal_text, "Minun lisaykseni")
    qtbot.keyClick(tab.goal_text, Qt.Key_S, Qt.ControlModifier)
    versions = plans.list_versions(store, client.id)
    assert [(v.number, v.state) for v in versions] == [(2, "draft"), (1, "agreed")]
    texts = [g.text for g in plans.current_draft(store, client.id).content.goals]
    assert sorted(texts) == ["Ensimmainen", "Heidan lisayksensa", "Minun lisaykseni"]
    assert tab.view.id == other.id and not tab.has_unsaved_changes()
