"""The home page's lists as the store builds them: every kind of deadline, for whom, when."""
from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from tests.home_data import build
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.models.due import QUIET_DAYS
from tyokykytiimi.store import measures
from tyokykytiimi.store.clients import client_rows, filter_rows
from tyokykytiimi.store.due_list import home_lists, last_contacts

D = timedelta(days=1)


def where(lists, client_id):
    """{kind: bucket} of one client's lines."""
    return {line.kind: b for b, lines in lists.due.items() for line in lines
            if line.client_id == client_id}


def test_team_lists_hold_every_kind_of_deadline(store):
    d = build(store)
    lists = home_lists(store, d.today)
    assert where(lists, d.late)["prom_baseline"] == "overdue"
    assert where(lists, d.fresh)["prom_baseline"] == "today"  # "today" means today
    # The follow-up is listed while its window is open, with the days left to its last day.
    line = next(x for x in lists.due["later"] + lists.due["this_week"]
                if x.client_id == d.window and x.kind == "prom_followup")
    assert line.state == "in_window" and line.days_left == 24
    net = where(lists, d.network)
    assert net["meeting_invites"] in ("this_week", "later")
    assert net["consent_unsigned"] in ("today", "this_week", "later")
    assert net["consent_expiring"] in ("this_week", "later")
    assert net["task"] in ("this_week", "later")
    # The plan names its own review, sooner than six months after agreeing.
    review = next(x for lines in lists.due.values() for x in lines
                  if x.client_id == d.network and x.kind == "plan_review")
    assert review.due_date == d.today + 2 * D
    meeting = next(x for lines in lists.due.values() for x in lines
                   if x.kind == "meeting_invites")
    assert meeting.counts == {"to_invite": 2, "no_assessment": 1}
    assert [f.client_id for f in lists.flags] == [d.flagged]
    assert [q.client_id for q in lists.quiet] == [d.quiet]
    assert [a.client_id for a in lists.agenda] == [d.network]  # 5 days on: this or next week


def test_own_lists_are_my_clients_and_my_tasks(store):
    d = build(store)
    mine = home_lists(store, d.today, user_id=store.user.id)
    assert d.fresh not in {x.client_id for lines in mine.due.values() for x in lines}
    assert "task" not in where(mine, d.network)  # the task is the nurse's
    hers = home_lists(store, d.today, user_id=d.nurse_id)
    assert set(where(hers, d.network)) == {"task"}  # her task on her list, not my client's rest
    assert where(hers, d.fresh)["prom_baseline"] == "today"
    assert hers.quiet == [] and [f.client_id for f in hers.flags] == [d.flagged]  # flags: all


def test_acknowledged_flag_and_new_contact_leave_the_lists(store):
    d = build(store)
    from tests.people import DOCTOR, sign_in_as
    doctor = sign_in_as(store, store.data_dir, DOCTOR)  # the doctor acknowledges flags
    for flag in measures.open_safety_flags(doctor, d.flagged):
        measures.acknowledge_safety_flag(doctor, flag.id, "soitin asiakkaalle")
    doctor.close()
    measures.save_answers(store, d.quiet, "was", [6], time_point="other", answered_on=d.today)
    lists = home_lists(store, d.today)
    assert lists.flags == [] and lists.quiet == []
    with store.session() as s:
        contacts = last_contacts(s.connection())
    assert contacts[d.quiet] == d.today and contacts[d.late] == d.today - 40 * D
    assert (d.today - contacts[d.network]).days < QUIET_DAYS


def test_reading_the_lists_is_audited_once(store):
    build(store)
    with store.session() as s:
        before = len(s.exec(select(AuditEntry).where(AuditEntry.target == "due")).all())
    home_lists(store)
    with store.session() as s:
        after = s.exec(select(AuditEntry).where(AuditEntry.target == "due")).all()
    assert len(after) == before + 1 and after[-1].action == "list"


def test_client_rows_know_prom_due_and_flags(store):
    d = build(store)
    rows = client_rows(store, d.today)
    assert {r.id for r in filter_rows(rows, prom_due_only=True)} == {d.late, d.fresh, d.window}
    assert [r.id for r in filter_rows(rows, flagged_only=True)] == [d.flagged]
