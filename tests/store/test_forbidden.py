"""Forbidden and cross-client writes: the store refuses them, whatever the screen does.

Each test here fails on a one-line mutation of the rule it names (tried:
dropping ``require_admin`` from ``deactivate_user``, dropping its own-account
check, skipping ``_consent_gate`` in ``add_invitee``, dropping the meeting's
client check in ``plans.agree``).
"""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from tyokykytiimi import clock
from tyokykytiimi.models.users import User
from tyokykytiimi.store import consents as cs
from tyokykytiimi.store import meetings as mt
from tyokykytiimi.store import plans
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store import users
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.errors import InvalidInput, PermissionDenied
from tyokykytiimi.store.keyslots import KeySlots
from tyokykytiimi.store.session import CurrentUser, Store
from tyokykytiimi.store.unlock import slot_path


def _as(store: Store, user: User) -> Store:
    """The same database with another person signed in (as open_store would give)."""
    who = CurrentUser(id=user.id, username=user.username, display_name=user.display_name,
                      role=user.role, is_admin=user.is_admin)
    return Store(store.data_dir, store.engine, store.key, who, store.device_id)


def _active(store, user_id) -> bool:
    with store.session() as s:
        return s.exec(select(User).where(User.id == user_id)).one().active


def _has_slot(store, username) -> bool:
    return any(s.username == username for s in KeySlots.load(slot_path(store.data_dir)).users())


@pytest.fixture
def nurse(store):
    return users.add_user(store, username="hoitaja", display_name="Hanna Hoitaja",
                          role="nurse", password="Sairaanhoidon-sana-42")


def test_a_user_who_is_not_an_administrator_cannot_deactivate_anyone(store, nurse):
    other = users.add_user(store, username="laakari", display_name="Lauri Lääkäri",
                           role="doctor", password="Lääkärin-oma-sana-42")
    with pytest.raises(PermissionDenied):
        users.deactivate_user(_as(store, nurse), other.id)
    assert _active(store, other.id) and _has_slot(store, "laakari")


def test_an_administrator_cannot_deactivate_their_own_account(store):
    with pytest.raises(InvalidInput):
        users.deactivate_user(store, store.user.id)
    assert _active(store, store.user.id) and _has_slot(store, store.user.username)


def test_an_administrator_deactivates_another_user(store, nurse):
    users.deactivate_user(store, nurse.id)
    assert not _active(store, nurse.id) and not _has_slot(store, "hoitaja")


@pytest.fixture
def client(store):
    return create_client(store, first_name="Matti", last_name="Meikäläinen")


def _soon():
    return clock.utcnow().replace(microsecond=0) + timedelta(days=7)


def test_adding_an_outside_invitee_needs_the_clients_consent(store, client, today):
    sm.import_sample(store)
    org = next(o for o in sm.list_organisations(store) if o.ref == "kela-koivula")
    _, _, contacts = sm.get_organisation(store, org.id)
    meeting = mt.save_meeting(store, client.id, kind="first", starts_at=_soon(),
                              place="Koivula", invitees=[{"kind": "client"}])
    invitee = mt.invitee_from_contact(store, contacts[0].id)
    with pytest.raises(cs.ConsentMissing):
        mt.add_invitee(store, meeting.id, **invitee)
    assert [i.kind for i in mt.get_meeting(store, meeting.id)[1]] == ["client"]
    cs.record_consent(store, client.id, purposes=["network"], org_ids=[org.id],
                      given_on=today, method="verbal")
    mt.add_invitee(store, meeting.id, **invitee)
    assert sorted(i.kind for i in mt.get_meeting(store, meeting.id)[1]) == ["client", "contact"]


def test_a_plan_cannot_be_agreed_at_another_clients_meeting(store, client, today):
    from tyokykytiimi.models.plans import GoalData
    other = create_client(store, first_name="Olli", last_name="Muu")
    theirs = mt.save_meeting(store, other.id, kind="first", starts_at=_soon(), place="X",
                             invitees=[{"kind": "client"}])
    mine = mt.save_meeting(store, client.id, kind="first", starts_at=_soon(), place="Y",
                           invitees=[{"kind": "client"}])
    d = plans.get_or_create_draft(store, client.id)
    c = d.content
    c.goals = [GoalData("Pääsen työkokeiluun")]
    c.next_review = today + timedelta(days=60)
    d = plans.save_draft(store, d.id, c, d.revision)
    with pytest.raises(InvalidInput) as err:
        plans.agree(store, d.id, agreed_on=today, participants=["Matti"], meeting_id=theirs.id)
    assert err.value.field == "meeting"
    assert plans.get_version(store, d.id).state == "draft"
    agreed = plans.agree(store, d.id, agreed_on=today, participants=["Matti"],
                         meeting_id=mine.id)
    assert agreed.state == "agreed" and agreed.meeting_id == mine.id
