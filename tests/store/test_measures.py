"""Measures in the store: saving, due windows, corrections, safety flags, team change."""
from datetime import date, timedelta

import pytest
from sqlmodel import select

from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.models.measures import SafetyFlag, suggest_time_point
from tyokykytiimi.store import measures as m
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.errors import InvalidInput

START = date(2025, 1, 15)  # follow-up window 1.7.–29.7.2025, target 15.7.


def client(store, **kw):
    return create_client(store, first_name="Testi", last_name="Asiakas", started_on=START, **kw)


def prom(store, cid, tp, on, was=5, inc=3, d10=5):
    return m.save_answer_sets(store, cid, [
        m.Entry("was", [was]), m.Entry("inclusion", [inc] * 10), m.Entry("3x10d", [d10] * 10),
    ], time_point=tp, answered_on=on)


def test_save_validates_and_stores_score(store):
    c = client(store)
    row = m.save_answers(store, c.id, "gad7", [1, 2, 3, 0, 1, 2, 3], time_point="other",
                         answered_on=START)
    assert (row.total, row.complete, row.instrument_version) == (12, True, 1)
    with pytest.raises(InvalidInput) as exc:
        m.save_answers(store, c.id, "audit", [0] * 8 + [3, 0], time_point="other",
                       answered_on=START)
    assert exc.value.field == "item9"
    partial = m.save_answers(store, c.id, "gad7", [1, None, 3, 0, 1, 2, 3], time_point="other",
                             answered_on=START)
    assert partial.total is None and partial.complete is False
    assert partial.answer_values()[1] is None


def test_followup_window_marking(store):
    c = client(store)
    first, target, last = date(2025, 7, 1), date(2025, 7, 15), date(2025, 7, 29)
    assert m.save_answers(store, c.id, "was", [6], time_point="followup",
                          answered_on=first).in_window is True
    assert m.save_answers(store, c.id, "was", [6], time_point="followup",
                          answered_on=last).in_window is True
    assert m.save_answers(store, c.id, "was", [6], time_point="followup",
                          answered_on=last + timedelta(days=1)).in_window is False
    assert m.save_answers(store, c.id, "was", [6], time_point="followup",
                          answered_on=first - timedelta(days=1)).in_window is False
    assert m.save_answers(store, c.id, "was", [6], time_point="baseline",
                          answered_on=START).in_window is None


def test_prom_status_and_due_states(store):
    a, b = client(store), client(store)
    assert m.prom_status(store, [a.id, b.id]) == {
        a.id: {"baseline_done": False, "followup_done": False},
        b.id: {"baseline_done": False, "followup_done": False}}
    prom(store, a.id, "baseline", START)
    # Only part of the set: not done.
    m.save_answers(store, b.id, "was", [4], time_point="baseline", answered_on=START)
    status = m.prom_status(store, [a.id, b.id])
    assert status[a.id] == {"baseline_done": True, "followup_done": False}
    assert status[b.id]["baseline_done"] is False
    due = {d.kind: d.state for d in m.client_prom_due(store, a.id, date(2025, 7, 10))}
    assert due == {"prom_baseline": "done", "prom_followup": "in_window"}
    due = {d.kind: d.state for d in m.client_prom_due(store, b.id, date(2025, 7, 30))}
    assert due == {"prom_baseline": "overdue", "prom_followup": "overdue"}
    assert m.suggested_time_point(store, b.id, date(2025, 2, 1)) == "baseline"
    assert m.suggested_time_point(store, a.id, date(2025, 6, 20)) == "followup"
    assert m.suggested_time_point(store, a.id, date(2025, 3, 1)) == "other"


def test_suggest_time_point_pure():
    assert suggest_time_point(START, START, baseline_done=False, followup_done=False) == "baseline"
    # Offered from two weeks before the window opens (1.7.2025).
    assert suggest_time_point(START, date(2025, 6, 17), baseline_done=True,
                              followup_done=False) == "followup"
    assert suggest_time_point(START, date(2025, 6, 16), baseline_done=True,
                              followup_done=False) == "other"
    assert suggest_time_point(START, date(2025, 6, 16), baseline_done=True,
                              followup_done=True) == "other"


def test_correction_keeps_history(store):
    c = client(store)
    row = m.save_answers(store, c.id, "was", [3], time_point="baseline", answered_on=START)
    new = m.correct_answers(store, row.id, [7])
    assert new.corrects == row.id and new.total == 7
    current = m.list_answer_sets(store, c.id)
    assert [r.id for r in current] == [new.id]
    everything = m.list_answer_sets(store, c.id, include_superseded=True)
    old = next(r for r in everything if r.id == row.id)
    assert old.superseded_by == new.id and old.answer_values() == [3]
    history = m.answer_history(store, new.id)
    assert [h.row.total for h in history] == [3, 7]
    assert history[1].entered_by == "Kaisa Koordinaattori"
    with pytest.raises(InvalidInput):
        m.correct_answers(store, row.id, [8])  # only the newest version is corrected
    with store.session() as s:
        actions = [(e.action, e.target) for e in s.exec(select(AuditEntry))]
    assert ("change", "answer_set") in actions


def test_safety_flag_until_acknowledged(store, data_dir):
    from tests.people import DOCTOR, sign_in_as
    from tyokykytiimi.store.errors import PermissionDenied
    c = client(store)
    items = [0] * 21
    items[8] = 1
    m.save_answers(store, c.id, "bdi", items, time_point="other", answered_on=START)
    m.save_answers(store, c.id, "bdi2", [25], safety_answer=None, time_point="other",
                   answered_on=START)
    flags = m.open_safety_flags(store, c.id)
    assert sorted(f.code for f in flags) == ["bdi_item9", "bdi_item9_unknown"]
    assert len(m.open_safety_flags(store, c.id)) == 2  # still there when opened again
    with pytest.raises(PermissionDenied):  # the coordinator may not
        m.acknowledge_safety_flag(store, flags[0].id, "katsoin")
    doctor = sign_in_as(store, data_dir, DOCTOR)
    with pytest.raises(InvalidInput) as exc:  # a note of what was done is needed
        m.acknowledge_safety_flag(doctor, flags[0].id, "  ")
    assert exc.value.field == "note"
    m.acknowledge_safety_flag(doctor, flags[0].id, "soitin asiakkaalle, aika huomenna")
    doctor.close()
    left = m.open_safety_flags(store, c.id)
    assert len(left) == 1
    with store.session() as s:
        ack = s.exec(select(AuditEntry).where(AuditEntry.action == "acknowledge")).one()
        flag = s.get(SafetyFlag, flags[0].id)
    assert ack.client_id == c.id and ack.target == "safety_flag"
    assert flag.acknowledged_by != store.user.id
    assert flag.ack_note == "soitin asiakkaalle, aika huomenna"
    [h] = [h for h in m.safety_flag_history(store, c.id) if h.flag.id == flag.id]
    assert h.acknowledged_by == "Lauri Lääkäri"
    # A "no" in the item-9 box of a total-only entry raises nothing.
    m.save_answers(store, c.id, "bdi2", [10], safety_answer=False, time_point="other",
                   answered_on=START)
    assert len(m.open_safety_flags(store, c.id)) == 1


def test_situation_picture_saved(store):
    c = client(store)
    row = m.save_answers(store, c.id, "situation",
                         {"start": [1] * 12, "now": [2] * 12, "target": [4] * 12},
                         time_point="other", answered_on=START)
    pic = m.score_row(row)
    assert pic.progress.areas["physical_health"].delta == 1


def test_team_change_stats_and_due_list(store):
    cs = [client(store) for _ in range(3)]
    for c, (b, a) in zip(cs, [(4, 7), (5, 5), (6, 3)]):
        prom(store, c.id, "baseline", START, was=b, d10=5)
        prom(store, c.id, "followup", date(2025, 7, 15), was=a, d10=6)
    late = client(store)
    prom(store, late.id, "baseline", START)
    stats = {(s.instrument_id, s.area): s for s in m.team_change_stats(store)}
    was = stats[("was", None)]
    assert (was.n, was.improved, was.same, was.worse) == (3, 1, 1, 1)
    assert was.mean == 0 and was.median == 0
    assert stats[("3x10d", "health")].improved == 3
    assert stats[("inclusion", None)].same == 3
    due = m.followups_due(store, date(2025, 8, 1))
    assert [(d.client_id, d.state) for d in due] == [(late.id, "overdue")]


def test_empty_or_partial_set_never_closes_a_due_measurement(store):
    c = client(store)
    with pytest.raises(InvalidInput) as exc:  # no answers at all: nothing is saved
        m.save_answer_sets(store, c.id, [m.Entry("was", [None]),
                                         m.Entry("inclusion", [None] * 10),
                                         m.Entry("3x10d", [None] * 10)],
                           time_point="baseline", answered_on=START)
    assert exc.value.field == "answers"
    assert m.list_answer_sets(store, c.id) == []
    # A partial set is kept, as incomplete, and the baseline stays due.
    m.save_answer_sets(store, c.id, [m.Entry("was", [6]), m.Entry("inclusion", [3] * 10),
                                     m.Entry("3x10d", [5, None] + [5] * 8)],
                       time_point="baseline", answered_on=START)
    assert m.prom_status(store, [c.id])[c.id]["baseline_done"] is False
    # The client declined the 3X10D: a reason is needed; then the baseline is done.
    with pytest.raises(InvalidInput) as exc:
        m.save_answer_sets(
            store, c.id, [m.Entry("3x10d", [], declined_reason="  ")],
            time_point="baseline", answered_on=START)
    assert exc.value.field == "declined_reason"
    [row] = m.save_answer_sets(store, c.id, [m.Entry("3x10d", [5] * 3,
                                                     declined_reason="ei jaksanut tänään")],
                               time_point="baseline", answered_on=START)
    assert row.declined_reason == "ei jaksanut tänään" and row.answer_values() == [None] * 10
    assert m.prom_status(store, [c.id])[c.id]["baseline_done"] is True
