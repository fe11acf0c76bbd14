"""Plan store operations against a real encrypted database."""
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import select

from tests.plan_data import saved_draft
from tyokykytiimi import clock
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.models.plans import Goal, GoalData, PlanVersion, Task, TaskData
from tyokykytiimi.store import plans
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.errors import InvalidInput
from tyokykytiimi.store.plans import EditConflict, PlanFrozen


@pytest.fixture
def client(store):
    return create_client(store, first_name="Åsa", last_name="Mäkelä", hetu=None)


def _draft(store, client, goal: str, review_days: int | None = None):
    return saved_draft(store, client.id, goal, review_days=review_days)


def _agreed(store, client):
    d = plans.get_or_create_draft(store, client.id)
    c = d.content
    c.goals = [GoalData("Pääsen työkokeiluun")]
    c.tasks = [TaskData("Hakee kuntoutusta", responsible_text="Kela")]
    c.next_review = clock.today() + timedelta(days=60)
    d = plans.save_draft(store, d.id, c, d.revision)
    return plans.agree(store, d.id, agreed_on=clock.today(), participants=["Åsa Mäkelä"])


def test_draft_save_agree_and_last_agreed(store, client, today):
    d = plans.get_or_create_draft(store, client.id)
    assert d.number == 1 and d.state == "draft" and d.revision == 0
    assert plans.get_or_create_draft(store, client.id).id == d.id  # one open draft
    v = _agreed(store, client)
    assert v.state == "agreed" and v.participants == ["Åsa Mäkelä"]
    assert plans.last_agreed(store, [client.id, "x"]) == {client.id: today}
    d2 = plans.get_or_create_draft(store, client.id)
    assert d2.number == 2 and d2.based_on_id == v.id
    assert [g.text for g in d2.content.goals] == ["Pääsen työkokeiluun"]
    assert d2.content.goals[0].key == v.content.goals[0].key
    assert [s.number for s in plans.list_versions(store, client.id)] == [2, 1]


def test_agreed_version_cannot_change_through_store(store, client, today):
    v = _agreed(store, client)
    with pytest.raises(PlanFrozen):
        plans.save_draft(store, v.id, v.content, v.revision)
    with pytest.raises(PlanFrozen):
        plans.agree(store, v.id, agreed_on=today, participants=["x"])
    assert plans.get_version(store, v.id).content.goals[0].text == "Pääsen työkokeiluun"


def test_agreed_version_cannot_change_in_a_session(store, client):
    v = _agreed(store, client)
    with pytest.raises(PlanFrozen):
        with store.session() as s:
            s.get(PlanVersion, v.id).notes = "muutettu"
    with pytest.raises(PlanFrozen):
        with store.session() as s:
            g = s.exec(select(Goal).where(Goal.version_id == v.id)).one()
            g.text = "toinen"
    with pytest.raises(PlanFrozen):
        with store.session() as s:
            s.delete(s.exec(select(Task).where(Task.version_id == v.id)).one())
    with pytest.raises(PlanFrozen):
        with store.session() as s:
            s.add(Goal(version_id=v.id, client_id=client.id, key="k", text="lisätty"))
    # Raw SQL is refused by the database's triggers.
    with pytest.raises(sa.exc.IntegrityError, match="agreed plan version is frozen"):
        with store.engine.begin() as conn:
            conn.execute(sa.text("UPDATE plan_goals SET text='x' WHERE version_id=:v"),
                         {"v": v.id})
    assert plans.get_version(store, v.id).content.goals[0].text == "Pääsen työkokeiluun"


def test_concurrent_save_conflict_resolved_without_loss(store, client):
    opened = plans.get_or_create_draft(store, client.id)
    base = opened.content.copy()
    # Two people open the same draft.
    hers, mine = opened.content.copy(), opened.content.copy()
    hers.goals.append(GoalData("Jaksan käydä kaupassa"))
    saved = plans.save_draft(store, opened.id, hers, opened.revision, base)
    mine.tasks.append(TaskData("Täyttää hakemuksen", responsible_text="Åsa itse",
                               responsible_kind="client"))
    with pytest.raises(EditConflict) as info:
        plans.save_draft(store, opened.id, mine, opened.revision, base)
    conflict = info.value
    assert conflict.their_revision == saved.revision
    assert 'Uusi tavoite: "Jaksan käydä kaupassa"' in conflict.their_changes
    assert any("Täyttää hakemuksen" in line for line in conflict.my_changes)
    final = plans.save_draft(store, opened.id, conflict.merged, conflict.their_revision)
    assert [g.text for g in final.content.goals] == ["Jaksan käydä kaupassa"]
    assert [t.what for t in final.content.tasks] == ["Täyttää hakemuksen"]


def test_agree_needs_reason_for_late_review(store, client, today):
    d = _draft(store, client, "Tavoite", 250)
    with pytest.raises(InvalidInput) as e:
        plans.agree(store, d.id, agreed_on=today, participants=["A"])
    assert e.value.field == "review_reason"
    c = d.content
    c.review_reason = "Kuntoutusjakso kestää syksyyn"
    d = plans.save_draft(store, d.id, c, d.revision)
    assert plans.agree(store, d.id, agreed_on=today, participants=["A"]).state == "agreed"


def test_outputs_audited_and_need_consent(store, client):
    v = _agreed(store, client)
    doc = plans.plan_document(store, v.id)
    assert doc.client_name == "Åsa Mäkelä" and doc.team_name == "Testitiimi"
    plans.record_plan_output(store, v.id, action="print", document="client", lang="sv")
    with store.session() as s:
        last = s.exec(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last.action == "print" and last.client_id == client.id
    assert "Mäkelä" not in last.detail
    with pytest.raises(InvalidInput):  # no consent for this party
        plans.plan_document(store, v.id, recipients=["Kela"])


def test_open_plan_reads_and_start_draft_writes_only_on_edit(store, client):
    assert plans.open_plan(store, client.id) is None
    assert plans.list_versions(store, client.id) == []
    v = _agreed(store, client)
    shown = plans.open_plan(store, client.id)
    assert shown.id == v.id and shown.state == "agreed"
    assert [x.state for x in plans.list_versions(store, client.id)] == ["agreed"]
    edited = shown.content.copy()
    edited.goals.append(GoalData("Nukun paremmin"))
    d = plans.start_draft(store, client.id, edited, based_on_id=v.id, base=shown.content)
    assert d.number == 2 and d.state == "draft" and d.based_on_id == v.id
    assert [g.text for g in d.content.goals] == ["Pääsen työkokeiluun", "Nukun paremmin"]
    # A second editor who still showed the agreed version meets the first one's draft.
    mine = shown.content.copy()
    mine.notes = "toinen"
    with pytest.raises(EditConflict) as conflict:
        plans.start_draft(store, client.id, mine, based_on_id=v.id, base=shown.content)
    assert conflict.value.version_id == d.id
    assert conflict.value.merged.notes == "toinen"


def test_agree_takes_the_review_date_from_the_dialog(store, client, today):
    d = _draft(store, client, "Pääsen työkokeiluun")
    review = today + timedelta(days=30)
    v = plans.agree(store, d.id, agreed_on=today, participants=["Åsa Mäkelä"],
                    next_review=review)
    assert v.state == "agreed" and v.content.next_review == review


def test_agreeing_at_another_clients_meeting_fails(store, client, today):

    from tyokykytiimi.store.meetings import save_meeting
    other = create_client(store, first_name="Olli", last_name="Muu", hetu=None)
    theirs = save_meeting(store, other.id, kind="first",
                          starts_at=clock.utcnow() - timedelta(days=1),
                          place="Työkykytiimi")
    d = _draft(store, client, "Pääsen työkokeiluun", 30)
    with pytest.raises(InvalidInput) as err:
        plans.agree(store, d.id, agreed_on=today, participants=["Åsa Mäkelä"],
                    meeting_id=theirs.id)
    assert err.value.field == "meeting"
    assert plans.get_version(store, d.id).state == "draft"
