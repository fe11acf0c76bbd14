"""Closing shows what is still open; a move or a closing is undone by its maker, as a reversal."""
from datetime import timedelta

import pytest

from tyokykytiimi import clock
from tyokykytiimi.store import consents as cs
from tyokykytiimi.store import meetings as mt
from tyokykytiimi.store import path
from tyokykytiimi.store.clients import create_client, get_client, path_events
from tyokykytiimi.store.errors import InvalidInput
from tyokykytiimi.store.users import add_user


def test_open_at_closing_lists_meeting_consent_and_missing_followup(store):
    c = create_client(store, first_name="Aino", last_name="Virta")
    assert path.open_at_closing(store, c.id).followup_missing
    cs.record_consent(store, c.id, purposes=["network"], party_names=["Kela"],
                      given_on=clock.today(), method="verbal")
    mt.save_meeting(store, c.id, kind="first", place="Toimisto",
                    starts_at=clock.utcnow() + timedelta(days=3),
                    duration_minutes=60, invitees=[{"kind": "client", "status": "invited"}])
    left = path.open_at_closing(store, c.id)
    assert left.valid_consents == 1 and len(left.meetings) == 1 and left.anything


def test_undo_a_move_and_a_closing_keeps_both_in_the_history(store):
    c = create_client(store, first_name="Aino", last_name="Virta")
    move = path.move_to_step(store, c.id, 2)
    assert path.undoable_move(store, c.id).id == move.id
    path.undo_move(store, c.id, move.id)
    assert get_client(store, c.id, audit_view=False).path_step == 1
    assert path.undoable_move(store, c.id) is None  # a reversal is not undone again
    close = path.close_client(store, c.id, outcome=_an_outcome(), assessment="Töissä.")
    back = path.undo_move(store, c.id, close.id)
    after = get_client(store, c.id, audit_view=False)
    assert after.status == "active" and after.closed_on is None and after.path_step == 1
    events = path_events(store, c.id)
    assert [e.kind for e in events][-4:] == ["step", "step", "close", "reopen"]
    assert back.reverses_id == close.id


def test_only_the_maker_may_undo(store, data_dir):
    from tyokykytiimi.store.unlock import open_store
    c = create_client(store, first_name="Aino", last_name="Virta")
    move = path.move_to_step(store, c.id, 2)
    add_user(store, username="hoitaja", display_name="Hanna Hoitaja", role="nurse",
                password="Sairaanhoidon-sana-42")
    data_dir = store.data_dir
    store.close()  # one store per database at a time: sign in as the nurse instead
    other = open_store(data_dir, "hoitaja", "Sairaanhoidon-sana-42")
    try:
        assert path.undoable_move(other, c.id) is None
        with pytest.raises(InvalidInput):
            path.undo_move(other, c.id, move.id)
    finally:
        other.close()


def _an_outcome() -> str:
    from tyokykytiimi.models.clients import OUTCOMES
    return OUTCOMES[0]


def test_open_plan_tasks_are_named_at_closing(store):
    from tyokykytiimi.models.plans import TaskData
    from tyokykytiimi.store import plans
    c = create_client(store, first_name="Aino", last_name="Virta")
    draft = plans.get_or_create_draft(store, c.id)
    content = draft.content
    content.tasks = [TaskData(what="Hakee opiskelupaikkaa"),
                     TaskData(what="Kela-hakemus", state="done")]
    plans.save_draft(store, draft.id, content, draft.revision)
    assert path.open_at_closing(store, c.id).open_tasks == ["Hakee opiskelupaikkaa"]
