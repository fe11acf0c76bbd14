"""#15.7: the history speaks the user's language: the forms' field names, names
instead of ids, dates as the forms show them, one word per status."""
import re
from datetime import date, timedelta

from PySide6.QtCore import Qt

from tests.plan_data import agreed_plan
from tyokykytiimi import clock
from tyokykytiimi.models.plans import GoalData, TaskData
from tyokykytiimi.store import plans
from tyokykytiimi.store.clients import create_client, update_client
from tyokykytiimi.store.history import readable_history
from tyokykytiimi.store.path import close_client
from tyokykytiimi.ui.clients.client_page import ClientPage

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _history_text(qtbot, store, client_id) -> str:
    page = ClientPage(store, client_id)
    qtbot.addWidget(page)
    page.show()
    bar = page.tabs.tabBar()
    index = list(page.tab_widgets).index("history")
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(index).center())
    tab = page.tab_widgets["history"]
    qtbot.waitUntil(tab.isVisible)  # a tab built on first show appears a moment later
    table = tab.changes
    return "\n".join(" | ".join(table.item(r, c).text() for c in range(table.columnCount()))
                     for r in range(table.rowCount()))


def test_history_in_words(qtbot, store):
    client = create_client(store, first_name="Aino", last_name="Historia")
    update_client(store, client.id, municipality="Turku", referral_date=date(2026, 5, 31))
    d = plans.get_or_create_draft(store, client.id)
    c = d.content
    c.goals = [GoalData("Paasen tyokokeiluun", state="in_progress")]
    c.tasks = [TaskData("Soittaa Kelaan", responsible_text="Kela", state="in_progress")]
    c.next_review = clock.today() + timedelta(days=40)
    d = plans.save_draft(store, d.id, c, d.revision)
    plans.agree(store, d.id, agreed_on=clock.today(), participants=["Aino Historia"])
    close_client(store, client.id, outcome="employed", assessment="Tyopaikka loytyi")
    text = _history_text(qtbot, store, client.id)
    for raw in ("plan_versions", "closed_on", "agreed_by", "municipality", "in_progress",
                "employed", "None"):
        assert raw not in text
    assert not UUID.search(text), text
    assert not ISO_DAY.search(text), text
    lines = readable_history(store, client.id, "fi")
    agreed = next(h for h in lines if h.table == "plan_versions" and h.op == "update")
    by_label = {ch.label: ch for ch in agreed.changes}
    assert by_label["Tila"].new == "sovittu"
    assert by_label["Sopimisen kirjasi"].new == "Kaisa Koordinaattori"
    closed = next(h for h in lines if h.table == "clients" and h.op == "update"
                  and any(ch.label == "Asiakkuus päättynyt" for ch in h.changes))
    assert {ch.label: ch.new for ch in closed.changes}["Päättymisen syy"] == "Työllistyi"
    task = next(h for h in lines if h.table == "plan_tasks")
    goal = next(h for h in lines if h.table == "plan_goals")
    state = {ch.label: ch.new for ch in task.changes}["Tila"]
    assert state == {ch.label: ch.new for ch in goal.changes}["Tila"] == "käynnissä"
    assert "31.5.2026" in text and "Turku" in text and "Suunnitelman tehtävä" in text


def test_a_new_draft_lists_what_changed_not_every_copied_item(store):
    client = create_client(store, first_name="Aino", last_name="Kopio")
    v1 = agreed_plan(store, client.id, "Paasen tyokokeiluun", "Nukun paremmin")
    edited = v1.content.copy()
    edited.goals[1].text = "Nukun yoni hyvin"
    plans.start_draft(store, client.id, edited, based_on_id=v1.id, base=v1.content)
    lines = readable_history(store, client.id, "fi")
    goal_lines = [h for h in lines if h.table == "plan_goals"]
    # two goals added in version 1, one changed in version 2; the unchanged copy is not listed
    assert [(h.op, h.item) for h in goal_lines] == [
        ("update", "Nukun yoni hyvin"), ("create", "Nukun paremmin"),
        ("create", "Paasen tyokokeiluun")]
    change = goal_lines[0].changes[0]
    assert (change.label, change.old, change.new) == ("Tavoite", "Nukun paremmin",
                                                      "Nukun yoni hyvin")
    v2 = next(h for h in lines if h.table == "plan_versions" and h.op == "create"
              and h.item == 2)
    assert {ch.label: ch.new for ch in v2.changes}["Pohjana"] == "Suunnitelman versio 1"
    # the new version is one line: its fields went in with it
    assert [h.op for h in lines if h.table == "plan_versions" and h.item == 2] == ["create"]
