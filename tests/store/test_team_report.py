"""The team report's figures on a hand-made data set whose counts are known."""
from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.store import team_report as tr
from tyokykytiimi.store.errors import InvalidInput

from .team_report_data import END, EXPECTED, SECRET_TEXT, START


@pytest.fixture
def report(team_store):
    return tr.team_report(team_store, START, END, lang="fi", today=date(2026, 11, 24))


def _column(table, column_id):
    return {r.key: r.values[table.col(column_id)] for r in table.rows}


def test_referrals_and_decisions_by_referrer(report):
    t = report.table("referrals")
    got = {r.key: r.values[1:] for r in t.rows}
    assert got == EXPECTED["referrals"]
    assert t.row("kela").values[0] == "Kela"
    assert t.row("not_recorded").values[0] == "Ei kirjattu"
    assert t.row("total").total and t.row("total").values[0] == "Yhteensä"


def test_active_by_step_is_the_state_at_the_end_of_the_period(report):
    assert _column(report.table("active_by_step"), "clients") == EXPECTED["active_by_step"]


def test_closings_by_outcome(report):
    got = {k: v for k, v in _column(report.table("closings"), "closings").items() if v}
    assert got == EXPECTED["closings"]


def test_network_professions_and_sectors(report):
    assert _column(report.table("network"), "count") == EXPECTED["network"]
    professions = _column(report.table("professions"), "attendances")
    # all under 5: in name order, so the order does not rank the hidden counts
    assert list(professions) == sorted(professions, key=str.casefold)
    assert professions.pop("työkykykoordinaattori") == 2
    assert professions.pop("terveydenhoitaja") == 1
    assert list(professions.values()) == [1]  # the Kela contact, once (declined once)
    assert _column(report.table("sectors"), "attendances") == {"kela": 1}


def test_prom_change_pairs_follow_ups_answered_in_the_period(report):
    t = report.table("prom_change")
    was = t.row("was").values
    assert was[1] == 4  # P1, P2, P3 (on the last day), P7 (P5 after, P8 without baseline)
    assert was[2] == pytest.approx(5.5) and was[3] == pytest.approx(6.0)
    assert was[4] == pytest.approx(0.5)
    assert was[5:] == [1, 2, 1]  # +4 better; +1 and 0 within noise; -3 weaker
    assert t.row("inclusion").values[1] == 0 and t.row("inclusion").values[2] is None
    health = t.row("3x10d.health").values
    assert health[1:] == [1, 5.0, 8.0, 3.0, 1, 0, 0]
    assert health[0].startswith("3X10D: 1.")
    assert t.row("3x10d.housing").values[5:] == [0, 1, 0]


def test_follow_up_timing(report):
    assert _column(report.table("followups"), "clients") == EXPECTED["followups"]


def test_feedback_summary_without_free_text(report):
    assert _column(report.table("feedback"), "count") == EXPECTED["feedback"]
    items = report.table("feedback_items")
    assert items.row("heard").values[1:] == [3, pytest.approx(4.0)]
    assert items.row("overall").values[1:] == [2, pytest.approx(4.5)]
    assert items.row("own_say").values[1:] == [0, None]
    assert items.row("heard").values[0] == "Minua kuunneltiin ja minut ymmärrettiin."
    everything = repr(report)
    assert SECRET_TEXT not in everything and "Testinen" not in everything


def test_period_boundaries_one_day_in(team_store):
    store = team_store
    r = tr.team_report(store, date(2026, 3, 2), date(2026, 6, 29), lang="fi")
    referred = _column(r.table("referrals"), "referred")
    assert referred["kela"] == 1  # K1 on 1.3. and K3 on 30.6. fall outside now
    assert _column(r.table("network"), "count")["meetings_held"] == 1  # E2's follow-up
    assert _column(r.table("closings"), "closings")["total"] == 1  # E6; H1 closed on 30.6.
    active = _column(r.table("active_by_step"), "clients")
    # On 29.6.: K1 still at step 2, H1 not yet closed, K3 not yet started.
    assert (active["1"], active["2"], active["3"], active["total"]) == (15, 3, 0, 18)


def test_period_boundaries_one_day_out(team_store):
    store = team_store
    r = tr.team_report(store, date(2026, 2, 28), date(2026, 7, 1), lang="fi")
    referred = _column(r.table("referrals"), "referred")
    assert referred["health_centre"] == 2  # H1 on 28.2. and H2 on 1.7.
    assert _column(r.table("network"), "count")["meetings_held"] == 5
    assert _column(r.table("feedback"), "count")["forms"] == 4


def test_export_suppression_on_the_data_set(report):
    marks = tr.suppressed_cells(report.table("referrals"))
    assert marks == {
        ("kela", "referred"): tr.SMALL, ("not_recorded", "referred"): tr.SMALL,
        ("kela", "accepted"): tr.SMALL,
        # 7 accepted = 5 + kela: the 5 is hidden too, or kela's 2 follows by subtraction
        ("employment_services", "accepted"): tr.COMPLEMENT,
        ("employment_services", "guided_elsewhere"): tr.SMALL,
        ("total", "guided_elsewhere"): tr.SMALL,
    }
    prom = tr.suppressed_cells(report.table("prom_change"))
    assert prom[("was", "clients")] == tr.SMALL
    assert prom[("was", "mean_baseline")] == tr.SMALL_BASE
    assert ("inclusion", "mean_baseline") not in prom  # nobody: nothing to hide
    items = tr.suppressed_cells(report.table("feedback_items"))
    assert items[("heard", "mean")] == tr.SMALL_BASE
    assert ("own_say", "answers") not in items  # zero stays zero


def _table(values: dict[str, int], total: bool = True) -> tr.Table:
    cols = [tr.Column("what", "What", "label"), tr.Column("n", "n", "count")]
    rows = [tr.Row(k, [k, v]) for k, v in values.items()]
    sums = []
    if total:
        rows.append(tr.Row("total", ["Total", sum(values.values())], total=True))
        sums = [tr.SumGroup(("total", "n"), tuple((k, "n") for k in values))]
    return tr.Table("t", "T", "", cols, rows, sums)


@pytest.mark.parametrize("values, total, expected", [
    ({"a": 3, "b": 20, "c": 9}, True, {"a": tr.SMALL, "c": tr.COMPLEMENT}),
    ({"a": 3, "b": 20, "c": 9}, False, {"a": tr.SMALL}),
    ({"a": 0, "b": 20}, True, {}),
    ({"a": 2, "b": 3, "c": 30}, True, {"a": tr.SMALL, "b": tr.SMALL}),
    # 4 + 4 = 8: two "< 5" adding up to 8 can only be 4 and 4
    ({"a": 4, "b": 4, "c": 30}, True, {"a": tr.SMALL, "b": tr.SMALL, "c": tr.COMPLEMENT}),
    # every part small and no other part left: the total goes too
    ({"a": 4, "b": 4}, True, {"a": tr.SMALL, "b": tr.SMALL, "total": tr.COMPLEMENT}),
    ({"a": 1}, True, {"a": tr.SMALL, "total": tr.SMALL}),
])
def test_suppression_rules(values, total, expected):
    marks = tr.suppressed_cells(_table(values, total))
    assert {k: v for (k, _col), v in marks.items()} == expected


def test_no_hidden_cell_can_be_worked_out_from_its_total():
    import itertools
    for parts in itertools.product(range(0, 9), repeat=3):
        t = _table(dict(zip("abc", parts)))
        marks = tr.suppressed_cells(t)
        group = t.sums[0]
        assert not tr._determined(group, {(r.key, "n"): r.values[1] for r in t.rows}, marks)
        assert all(marks.get((k, "n")) == tr.SMALL for k, v in zip("abc", parts) if 0 < v < 5)


def test_bad_period_is_refused(store):
    with pytest.raises(InvalidInput):
        tr.team_report(store, END, START)


def test_progress_is_reported_and_can_cancel(store):
    seen = []
    tr.team_report(store, START, END, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, tr.STEPS) and seen[-1] == (tr.STEPS, tr.STEPS)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    class Stop(Exception):
        pass

    def stop(done, total):
        if done == 3:
            raise Stop()

    with pytest.raises(Stop):
        tr.team_report(store, START, END, progress=stop)


def test_running_the_report_is_audited_without_names(team_store):
    store = team_store
    tr.team_report(store, START, END)
    with store.session() as s:
        entries = s.exec(select(AuditEntry).where(AuditEntry.target == "team_report")).all()
    assert len(entries) == 1 and entries[0].action == "view" and entries[0].client_id is None
    assert "2026-03-01" in entries[0].detail and "Testinen" not in entries[0].detail


def test_words_follow_the_language(store):
    sv = tr.team_report(store, START, END, lang="sv")
    assert sv.title == "Teamrapport"
    assert sv.table("referrals").row("kela").values[0] == "FPA"
    en = tr.team_report(store, START, END, lang="en")
    assert en.table("closings").title == "Closings by outcome"


def test_quick_periods():
    q = tr.quick_periods(date(2026, 5, 15))
    assert q["this_year"] == (date(2026, 1, 1), date(2026, 5, 15))
    assert q["last_year"] == (date(2025, 1, 1), date(2025, 12, 31))
    assert q["last_12_months"] == (date(2025, 5, 16), date(2026, 5, 15))
    assert q["this_quarter"] == (date(2026, 4, 1), date(2026, 5, 15))
    assert q["last_quarter"] == (date(2026, 1, 1), date(2026, 3, 31))
    assert tr.quick_periods(date(2026, 2, 10))["last_quarter"] == (date(2025, 10, 1),
                                                                    date(2025, 12, 31))
