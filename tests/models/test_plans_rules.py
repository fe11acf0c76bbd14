"""Pure plan rules: comparison lines, three-way merge, review date."""
from datetime import date

from tyokykytiimi.models.plans import (GoalData, PlanContent, StepData, TaskData, agree_problems,
                                       compare, merge, review_default, review_needs_reason)


def base_plan():
    return PlanContent(
        goals=[GoalData("Haluan päästä työkokeiluun kahvilaan", key="g1",
                        steps=[StepData("Käyn kahvilassa tutustumassa", key="s1")]),
               GoalData("Nukun öisin paremmin", key="g2"),
               GoalData("Opettelen käyttämään Omakantaa", key="g3")],
        tasks=[TaskData("Hakee kuntoutustukea", responsible_text="Kela", key="t1"),
               TaskData("Varaa lääkäriajan", responsible_text="Lauri Lääkäri", key="t2")],
        next_review=date(2025, 9, 1))


def test_compare_added_removed_reworded():
    old = base_plan()
    new = old.copy()
    new.goals[0].text = "Haluan työkokeiluun kahvilaan Åbossa"  # reworded
    del new.goals[2]  # removed
    new.goals.append(GoalData("Liikun kolmesti viikossa", key="g4"))  # added
    new.goals[1].state = "reached"
    new.tasks[0].due = date(2025, 6, 30)
    new.tasks.append(TaskData("Soittaa työkokeilupaikkaan", responsible_text="Asiakas itse"))
    lines = compare(old, new)
    assert 'Tavoite muotoiltu uudelleen: "Haluan päästä työkokeiluun kahvilaan" → ' \
           '"Haluan työkokeiluun kahvilaan Åbossa"' in lines
    assert 'Tavoite poistettu: "Opettelen käyttämään Omakantaa"' in lines
    assert 'Uusi tavoite: "Liikun kolmesti viikossa"' in lines
    assert 'Tavoitteen "Nukun öisin paremmin" tila: avoin → saavutettu' in lines
    assert 'Tehtävän "Hakee kuntoutustukea" aikataulu: ei päivää → 30.6.2025' in lines
    assert 'Uusi tehtävä: "Soittaa työkokeilupaikkaan" (vastuu: Asiakas itse)' in lines
    assert compare(old, old.copy()) == []


def test_compare_without_keys_matches_by_text():
    a = PlanContent(goals=[GoalData("Sama tavoite")])
    b = PlanContent(goals=[GoalData("Sama tavoite")])  # different generated keys
    assert compare(a, b) == []


def test_merge_keeps_both_sides():
    base = base_plan()
    theirs = base.copy()
    theirs.tasks.append(TaskData("Kysyy vertaistukiryhmästä", responsible_text="Hanna", key="t3"))
    theirs.goals[1].text = "Nukun öisin vähintään seitsemän tuntia"
    mine = base.copy()
    mine.goals.append(GoalData("Käyn kirjastossa", key="g5"))
    mine.notes = "oma muistiinpano"
    merged, notes = merge(base, theirs, mine)
    texts = [g.text for g in merged.goals]
    assert "Käyn kirjastossa" in texts
    assert "Nukun öisin vähintään seitsemän tuntia" in texts
    assert any(t.key == "t3" for t in merged.tasks)
    assert merged.notes == "oma muistiinpano"
    assert notes == []


def test_merge_same_item_changed_by_both_keeps_mine_and_says_so():
    base = base_plan()
    theirs, mine = base.copy(), base.copy()
    theirs.goals[0].text = "Heidän sanansa"
    mine.goals[0].text = "Minun sanani"
    merged, notes = merge(base, theirs, mine)
    assert merged.goals[0].text == "Minun sanani"
    assert notes and "sinun versiosi" in notes[0]


def test_review_default_and_reason():
    assert review_default(date(2025, 8, 31)) == date(2026, 2, 28)
    assert not review_needs_reason(date(2025, 1, 15), date(2025, 7, 15))
    assert review_needs_reason(date(2025, 1, 15), date(2025, 7, 16))
    c = base_plan()
    c.next_review = date(2026, 1, 1)
    assert [f for f, _ in agree_problems(c, date(2025, 1, 15))] == ["review_reason"]
    c.review_reason = "Asiakas on kuntoutuksessa syksyn"
    assert agree_problems(c, date(2025, 1, 15)) == []
    assert [f for f, _ in agree_problems(PlanContent(), date(2025, 1, 15))] == [
        "goals", "next_review"]
