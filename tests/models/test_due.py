"""Due dates: month arithmetic, window boundaries, states and buckets."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tyokykytiimi.models.due import (
    DueItem,
    add_months,
    bucket,
    days_left,
    due_items,
    followup_window,
    is_in_followup_window,
    key_day,
    state,
)

D = timedelta(days=1)


@pytest.mark.parametrize(
    "d, n, expected",
    [
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2024, 2, 29), 6, date(2024, 8, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2025, 3, 31), 3, date(2025, 6, 30)),
        (date(2025, 11, 15), 3, date(2026, 2, 15)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 1, 15), -1, date(2024, 12, 15)),
        (date(2025, 5, 5), 0, date(2025, 5, 5)),
    ],
)
def test_add_months(d, n, expected):
    assert add_months(d, n) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)),
       st.integers(min_value=-120, max_value=120))
def test_add_months_properties(d, n):
    result = add_months(d, n)
    assert (result.year * 12 + result.month) - (d.year * 12 + d.month) == n
    assert result.day <= d.day
    if result.day < d.day:  # clamped only to the month's last day
        assert (result + D).month != result.month


@pytest.mark.parametrize(
    "start, first, target, last",
    [
        (date(2025, 1, 15), date(2025, 7, 1), date(2025, 7, 15), date(2025, 7, 29)),
        (date(2025, 8, 31), date(2026, 2, 14), date(2026, 2, 28), date(2026, 3, 14)),
        (date(2027, 8, 31), date(2028, 2, 15), date(2028, 2, 29), date(2028, 3, 14)),
        (date(2024, 2, 29), date(2024, 8, 15), date(2024, 8, 29), date(2024, 9, 12)),
    ],
)
def test_followup_window_boundaries(start, first, target, last):
    assert followup_window(start) == (first, target, last)
    assert not is_in_followup_window(start, first - D)
    assert is_in_followup_window(start, first)
    assert is_in_followup_window(start, target)
    assert is_in_followup_window(start, last)
    assert not is_in_followup_window(start, last + D)

    (item,) = [i for i in _open(start, first) if i.kind == "prom_followup"]
    assert (item.window_start, item.due_date, item.window_end) == (first, target, last)
    assert state(item, first - D) == "upcoming"
    assert state(item, first) == "in_window"
    assert state(item, last) == "in_window"
    assert state(item, last + D) == "overdue"


def _open(start, today, **kw):
    args = dict(baseline_done=False, followup_done=False, last_plan_agreed=None,
                multisectoral=False, needs_mapping_done=False)
    args.update(kw)
    return due_items(start, today, **args)


def _kind(items, kind):
    return next(i for i in items if i.kind == kind)


def test_baseline_due_then_overdue_after_14_days():
    start = date(2025, 3, 10)
    item = _kind(_open(start, start), "prom_baseline")
    assert item.due_date == start and item.window_start is None and item.window_end is None
    assert state(item, start - D) == "upcoming"
    assert state(item, start) == "due"
    assert state(item, start + 14 * D) == "due"
    assert state(item, start + 15 * D) == "overdue"


def test_plan_review_from_start_without_plan():
    start = date(2025, 8, 31)
    item = _kind(_open(start, start), "plan_review")
    assert item.due_date == date(2026, 2, 28)
    assert state(item, date(2026, 2, 27)) == "upcoming"
    assert state(item, date(2026, 2, 28)) == "due"
    assert state(item, date(2026, 3, 1)) == "overdue"


def test_plan_review_from_last_agreed_plan():
    item = _kind(_open(date(2025, 1, 1), date(2025, 6, 1), last_plan_agreed=date(2025, 5, 31)),
                 "plan_review")
    assert item.due_date == date(2025, 11, 30)


def test_needs_mapping_only_for_multisectoral_clients():
    start = date(2025, 11, 30)
    assert all(i.kind != "needs_mapping" for i in _open(start, start))
    item = _kind(_open(start, start, multisectoral=True), "needs_mapping")
    assert item.due_date == date(2026, 2, 28)
    assert state(item, date(2026, 3, 1)) == "overdue"
    assert all(i.kind != "needs_mapping"
               for i in _open(start, start, multisectoral=True, needs_mapping_done=True))


def test_done_items_are_left_out():
    kinds = {i.kind for i in _open(date(2025, 1, 1), date(2025, 1, 1),
                                   baseline_done=True, followup_done=True)}
    assert kinds == {"plan_review"}


def test_most_urgent_first():
    start = date(2025, 1, 1)
    items = _open(start, date(2025, 2, 1), multisectoral=True)
    assert [i.kind for i in items] == [
        "prom_baseline", "needs_mapping", "prom_followup", "plan_review"]
    assert state(items[0], date(2025, 2, 1)) == "overdue"


TODAY = date(2025, 6, 11)  # a Wednesday: this week runs to Sunday 15.6.


@pytest.mark.parametrize(
    "item, expected",
    [
        (DueItem("plan_review", TODAY - D), "overdue"),
        (DueItem("plan_review", TODAY), "today"),
        (DueItem("plan_review", TODAY + D), "this_week"),
        (DueItem("plan_review", TODAY + 4 * D), "this_week"),  # Sunday
        (DueItem("plan_review", TODAY + 5 * D), "later"),  # next Monday
        (DueItem("plan_review", TODAY + 30 * D), "later"),
        (DueItem("plan_review", TODAY + 31 * D), None),  # beyond the horizon
        # baseline in its grace days sorts by its last day; on that day it is "today"
        (DueItem("prom_baseline", TODAY - 14 * D, overdue_from=TODAY + D), "today"),
        (DueItem("prom_baseline", TODAY - 12 * D, overdue_from=TODAY + 3 * D), "this_week"),
        (DueItem("prom_baseline", TODAY - 15 * D, overdue_from=TODAY), "overdue"),
        # follow-up: past its target but inside the window → by the window's last day
        (DueItem("prom_followup", TODAY - 3 * D, TODAY - 17 * D, TODAY + 11 * D), "later"),
        (DueItem("prom_followup", TODAY - 14 * D, TODAY - 28 * D, TODAY), "today"),
        (DueItem("prom_followup", TODAY - 15 * D, TODAY - 29 * D, TODAY - D), "overdue"),
        (DueItem("prom_followup", TODAY + 3 * D, TODAY - 11 * D, TODAY + 17 * D), "this_week"),
        # listed for the whole window: opened today, target two weeks on
        (DueItem("prom_followup", TODAY + 14 * D, TODAY, TODAY + 28 * D), "later"),
    ],
)
def test_bucket_edges(item, expected):
    assert bucket(item, TODAY) == expected


def test_days_left_and_key_day():
    item = DueItem("prom_followup", TODAY - 3 * D, TODAY - 17 * D, TODAY + 11 * D)
    assert days_left(item, TODAY) == 11 and key_day(item, TODAY) == TODAY + 11 * D
    ahead = DueItem("prom_followup", TODAY + 3 * D, TODAY - 11 * D, TODAY + 17 * D)
    assert key_day(ahead, TODAY) == TODAY + 3 * D and days_left(ahead, TODAY) == 17


def test_plan_review_is_the_earlier_of_the_plan_date_and_six_months():
    start = date(2025, 1, 10)
    review = {i.kind: i for i in due_items(start, start, baseline_done=True, followup_done=True,
                                           last_plan_agreed=date(2025, 2, 1),
                                           multisectoral=False, needs_mapping_done=False,
                                           plan_next_review=date(2025, 5, 1))}["plan_review"]
    assert review.due_date == date(2025, 5, 1)
    later = due_items(start, start, baseline_done=True, followup_done=True,
                      last_plan_agreed=date(2025, 2, 1), multisectoral=False,
                      needs_mapping_done=False, plan_next_review=date(2025, 12, 1))
    assert later[0].due_date == date(2025, 8, 1)  # six months after agreeing comes first


def test_state_method_matches_function():
    item = DueItem("plan_review", TODAY)
    assert item.state(TODAY) == state(item, TODAY) == "due"
