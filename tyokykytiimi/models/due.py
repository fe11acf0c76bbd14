"""Due dates of a client relationship, computed from anchor dates every time.

Nothing here is stored: a reminder computed from the start date and the last
agreed plan cannot go stale when either changes (DESIGN.md, "Due items are
computed, not stored"). All dates are local calendar dates.

Rules (DOMAIN.md, seeds 001 and 002):
- baseline PROM on the start date; overdue once 14 days have passed without it
  (the last acceptable day is start + 14, matching the follow-up's ±14 days);
- follow-up PROM at start + 6 calendar months, window ±14 days inclusive;
- plan review at the latest 6 calendar months after the last agreed plan, or
  after the start while no plan has been agreed;
- multisectoral (TYP/TYM) clients: needs mapping within 3 calendar months.

The home page sorts open items by their *key day*: the due date while it is
still ahead, else the last acceptable day (an item in its window or grace days
is not "today" just because its target has passed). "Today" is the key day
being today, "this week" the rest of this calendar week (to Sunday), "later"
up to HORIZON_DAYS ahead — a follow-up is listed for its whole window.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

__all__ = [
    "BASELINE_GRACE_DAYS",
    "FOLLOWUP_MONTHS",
    "FOLLOWUP_WINDOW_DAYS",
    "NEEDS_MAPPING_MONTHS",
    "PLAN_REVIEW_MONTHS",
    "DueItem",
    "add_months",
    "bucket",
    "days_left",
    "key_day",
    "due_items",
    "followup_window",
    "is_in_followup_window",
    "state",
]

Kind = Literal["prom_baseline", "prom_followup", "plan_review", "needs_mapping",
               "meeting_invites", "task", "consent_expiring", "consent_unsigned"]
State = Literal["upcoming", "due", "in_window", "overdue"]
Bucket = Literal["overdue", "today", "this_week", "later"]

BASELINE_GRACE_DAYS = 14
FOLLOWUP_MONTHS = 6
FOLLOWUP_WINDOW_DAYS = 14
PLAN_REVIEW_MONTHS = 6
NEEDS_MAPPING_MONTHS = 3
HORIZON_DAYS = 30  # how far ahead "later" looks (consents expiring within 30 days)
CONSENT_SIGNING_DAYS = 14  # a paper consent's signature is expected back within this
QUIET_DAYS = 42  # six weeks without a recorded contact: the drop-out risk


@lru_cache(maxsize=8192)  # the home page asks this for every active client; days repeat
def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, clamped to the month's last day.

    31.8.2025 + 6 = 28.2.2026; 31.8.2027 + 6 = 29.2.2028. Negative ``n`` works.
    """
    months = d.year * 12 + (d.month - 1) + n
    year, month0 = divmod(months, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(d.day, last_day))


@dataclass(frozen=True, slots=True)
class DueItem:
    kind: Kind
    due_date: date
    window_start: date | None = None
    window_end: date | None = None
    # First day the item counts as overdue when it has no window; None means
    # the day after due_date (a plain deadline).
    overdue_from: date | None = None

    @property
    def last_day(self) -> date:
        """The last day the item is not yet overdue."""
        return self.first_overdue_day - timedelta(days=1)

    @property
    def first_overdue_day(self) -> date:
        if self.window_end is not None:
            return self.window_end + timedelta(days=1)
        if self.overdue_from is not None:
            return self.overdue_from
        return self.due_date + timedelta(days=1)

    def state(self, today: date) -> State:
        return state(self, today)


def state(item: DueItem, today: date) -> State:
    """Where ``today`` falls for ``item``.

    Windowed items: upcoming → in_window → overdue. Others: upcoming before
    the due date, due from it until the first overdue day, then overdue.
    """
    if today >= item.first_overdue_day:
        return "overdue"
    if item.window_start is not None:
        return "in_window" if today >= item.window_start else "upcoming"
    return "due" if today >= item.due_date else "upcoming"


def key_day(item: DueItem, today: date) -> date:
    """The due date while it is ahead, else the last acceptable day."""
    return item.due_date if item.due_date >= today else item.last_day


def days_left(item: DueItem, today: date) -> int:
    """Days from ``today`` to the last acceptable day (0: today is the last)."""
    return (item.last_day - today).days


def bucket(item: DueItem, today: date) -> Bucket | None:
    """The home page's list for ``item``, or None when it is beyond the horizon."""
    if state(item, today) == "overdue":
        return "overdue"
    day = key_day(item, today)
    if day == today:
        return "today"
    sunday = today + timedelta(days=6 - today.weekday())
    if day <= sunday:
        return "this_week"
    if day <= today + timedelta(days=HORIZON_DAYS) or state(item, today) == "in_window":
        return "later"
    return None


def followup_window(start: date) -> tuple[date, date, date]:
    """(first day, target day, last day) of the follow-up PROM window."""
    target = add_months(start, FOLLOWUP_MONTHS)
    margin = timedelta(days=FOLLOWUP_WINDOW_DAYS)
    return target - margin, target, target + margin


def is_in_followup_window(start: date, answered_on: date) -> bool:
    """False marks a follow-up answered outside the window (allowed, flagged)."""
    first, _target, last = followup_window(start)
    return first <= answered_on <= last


_URGENCY = {"overdue": 0, "due": 1, "in_window": 1, "upcoming": 2}


def due_items(
    start: date,
    today: date,
    *,
    baseline_done: bool,
    followup_done: bool,
    last_plan_agreed: date | None,
    multisectoral: bool,
    needs_mapping_done: bool,
    plan_next_review: date | None = None,
) -> list[DueItem]:
    """The items still open for one client, most urgent first on ``today``.

    A plan review is always open: each agreed plan starts the next 6 months,
    or sooner when the plan itself names an earlier review date.
    """
    items: list[DueItem] = []
    if not baseline_done:
        items.append(DueItem(
            "prom_baseline", start,
            overdue_from=start + timedelta(days=BASELINE_GRACE_DAYS + 1),
        ))
    if not followup_done:
        first, target, last = followup_window(start)
        items.append(DueItem("prom_followup", target, first, last))
    plan_anchor = last_plan_agreed if last_plan_agreed is not None else start
    review = add_months(plan_anchor, PLAN_REVIEW_MONTHS)
    if plan_next_review is not None and plan_next_review < review:
        review = plan_next_review
    items.append(DueItem("plan_review", review))
    if multisectoral and not needs_mapping_done:
        items.append(DueItem("needs_mapping", add_months(start, NEEDS_MAPPING_MONTHS)))
    items.sort(key=lambda it: (_URGENCY[state(it, today)], it.due_date))
    return items
