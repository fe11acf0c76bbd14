"""Client feedback in the encrypted store: tied to a client or anonymous, audited."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import select

from tyokykytiimi import language
from tyokykytiimi.models.audit import AuditEntry, ChangeLog
from tyokykytiimi.models.feedback import Feedback
from tyokykytiimi.store import clients as cs
from tyokykytiimi.store import feedback as fb
from tyokykytiimi.store import path
from tyokykytiimi.store.errors import InvalidInput


def audits(store, action):
    with store.session() as s:
        return list(s.exec(select(AuditEntry).where(AuditEntry.action == action)
                           .order_by(AuditEntry.seq)))


@pytest.fixture
def client(store):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", language="sv")
    path.move_to_step(store, c.id, 3)
    return c


def test_tied_feedback_records_client_step_version_and_every_item(store, client, today):
    row = fb.save_feedback(store, {"heard": 5, "plan_clear": 4}, "  Sain apua nopeasti. ",
                           client_id=client.id)
    assert (row.form_id, row.form_version, row.path_step) == ("client_feedback", 1, 3)
    assert row.given_on == today and row.free_text == "Sain apua nopeasti."
    [back] = fb.list_client_feedback(store, client.id)
    assert back.id == row.id and back.client_id == client.id
    values = back.rating_values()
    assert values["heard"] == 5 and values["plan_clear"] == 4
    assert values["overall"] is None and len(values) == 6
    [entry] = audits(store, "feedback")
    assert entry.client_id == client.id and entry.target == "feedback"
    detail = json.loads(entry.detail)
    assert detail == {"row_id": row.id, "form": "client_feedback", "version": 1,
                      "anonymous": False, "path_step": 3}
    assert "Sain apua" not in entry.detail and "Aino" not in entry.detail
    views = [a for a in audits(store, "view") if a.target == "feedback"]
    assert views and views[-1].client_id == client.id


def test_explicit_step_and_date_kept(store, client, today):
    row = fb.save_feedback(store, {"overall": 3}, client_id=client.id, path_step=6,
                           given_on=today - timedelta(days=2))
    assert row.path_step == 6 and row.given_on == today - timedelta(days=2)


def test_anonymous_feedback_names_no_one_anywhere(store, client):
    row = fb.save_feedback(store, {"overall": 2}, "Odotin liian kauan.")
    assert row.client_id is None and row.path_step is None
    assert fb.list_client_feedback(store, client.id) == []
    [entry] = audits(store, "feedback")
    assert entry.client_id is None
    detail = json.loads(entry.detail)
    assert detail["anonymous"] is True and "path_step" not in detail
    assert client.id not in entry.detail
    with store.session() as s:
        stored = s.get(Feedback, row.id)
        logs = list(s.exec(select(ChangeLog).where(ChangeLog.row_id == row.id)))
    assert stored.client_id is None and stored.free_text == "Odotin liian kauan."
    assert logs and all(log.client_id is None and client.id not in log.snapshot for log in logs)


def test_anonymous_with_a_step_refused(store):
    with pytest.raises(InvalidInput) as e:
        fb.save_feedback(store, {"overall": 4}, path_step=3)
    assert e.value.field == "path_step"
    assert audits(store, "feedback") == []


@pytest.mark.parametrize("ratings, text, field", [
    ({"heard": 6}, "", "heard"),
    ({"heard": 0}, "x", "heard"),
    ({"nonsense": 3}, "", "nonsense"),
    ({}, "   ", "ratings"),
    ({"heard": None}, "", "ratings"),
])
def test_bad_answers_refused_with_field_and_nothing_stored(store, client, ratings, text, field):
    with pytest.raises(InvalidInput) as e:
        fb.save_feedback(store, ratings, text, client_id=client.id)
    assert e.value.field == field
    with store.session() as s:
        assert s.exec(select(Feedback)).all() == []


def test_message_follows_chosen_language(store):
    try:
        language.set_language("sv")
        with pytest.raises(InvalidInput) as e:
            fb.save_feedback(store, {"heard": 9})
        assert "skalan 1–5" in e.value.message
        language.set_language("fi")
        with pytest.raises(InvalidInput) as e:
            fb.save_feedback(store, {})
        assert "ei ole yhtään vastausta" in e.value.message
    finally:
        language.set_language("fi")


def test_other_refusals(store, client, today):
    with pytest.raises(InvalidInput) as e:
        fb.save_feedback(store, {"heard": 3}, client_id=client.id, path_step=7)
    assert e.value.field == "path_step"
    with pytest.raises(InvalidInput) as e:
        fb.save_feedback(store, {"heard": 3}, given_on=today + timedelta(days=1))
    assert e.value.field == "given_on"
    with pytest.raises(InvalidInput) as e:
        fb.save_feedback(store, {"heard": 3}, client_id="no-such-client")
    assert e.value.field == "client_id"
    with pytest.raises(InvalidInput) as e:
        fb.save_feedback(store, {"heard": 3}, form_version=42)
    assert e.value.field == "form"
    with pytest.raises(InvalidInput) as e:
        fb.save_feedback(store, {}, "x" * 4001)
    assert e.value.field == "free_text"


def test_closed_client_can_still_give_feedback(store, client):
    path.move_to_step(store, client.id, 6)
    path.close_client(store, client.id, outcome="studies", assessment="Tavoite saavutettu.")
    row = fb.save_feedback(store, {"overall": 5}, client_id=client.id)
    assert row.path_step == 6


def test_context_gives_step_and_language_but_no_name(store, client):
    ctx = fb.feedback_context(store, client.id)
    assert ctx == fb.FeedbackContext(client.id, 3, "sv")
    other = cs.create_client(store, first_name="Ali", last_name="Khan", language="other")
    assert fb.feedback_context(store, other.id).language is None


def test_summary_over_versions_and_dates(store, client, today):
    fb.save_feedback(store, {"heard": 5, "overall": 4}, client_id=client.id)
    fb.save_feedback(store, {"heard": 3}, "Kiitos")
    fb.save_feedback(store, {"overall": 2}, given_on=today - timedelta(days=40))
    summary = fb.feedback_summary(store)
    assert (summary.count, summary.anonymous, summary.with_text) == (3, 2, 1)
    by_id = {i.item_id: i for i in summary.items}
    assert by_id["heard"].mean == 4.0 and by_id["overall"].mean == 3.0
    recent = fb.feedback_summary(store, since=today - timedelta(days=30))
    assert recent.count == 2


def test_free_text_not_in_plaintext_on_disk(store, client):
    secret = "Tyontekija Virtanen auttoi paljon ZQXJ"
    fb.save_feedback(store, {"heard": 4}, secret, client_id=client.id)
    fb.save_feedback(store, {"heard": 4}, secret)
    [back] = fb.list_client_feedback(store, client.id)
    assert back.free_text == secret  # readable through the store …
    files = [p for p in store.data_dir.iterdir() if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    for p in files:  # … and nowhere on disk as plain text
        assert b"ZQXJ" not in p.read_bytes(), p.name


def test_demo_feedback_is_valid_deterministic_and_anonymous_names_no_one(store, today):
    from tyokykytiimi.demo.feedback import populate
    from tyokykytiimi.demo.generator import generate
    from tyokykytiimi.models import feedback_form as ff

    ctx = generate(store, n_clients=60, seed=7)
    defn = ff.definition()
    with store.session() as s:
        rows = list(s.exec(select(Feedback)))
    assert rows and any(r.client_id is None for r in rows) and any(r.client_id for r in rows)
    for r in rows:
        ff.validate_answers(defn, r.rating_values(), r.free_text)  # raises if not valid
        assert (r.client_id is None) == (r.path_step is None)
        assert r.given_on <= today
    closed = {c.id for c in ctx.clients if c.status == "closed"}
    assert any(r.client_id in closed and r.path_step == 6 for r in rows)
    # the same seed gives the same feedback
    import random
    again = type(ctx)(store=store, rng=random.Random(1), n_clients=60, today=ctx.today,
                      users=ctx.users, clients=ctx.clients)
    twin = type(ctx)(store=store, rng=random.Random(1), n_clients=60, today=ctx.today,
                     users=ctx.users, clients=ctx.clients)
    populate(again)
    populate(twin)
    with store.session() as s:  # in insertion order: the first half is "again"'s
        new = [r for r in s.exec(select(Feedback).order_by(sa.text("feedback.rowid")))
               if r.id not in {x.id for x in rows}]
    half = len(new) // 2
    key = [(r.given_on, r.ratings, r.free_text, r.client_id, r.path_step) for r in new]
    assert half and key[:half] == key[half:]
