"""Answered measures (PROM follow-up, intake instruments, situation picture).

One ``AnswerSet`` row is one filled form of one instrument version at one time
point. Rows are never edited in place: a correction writes a new row and points
the old one at it (``superseded_by``), so the earlier values and who entered
them stay readable. A ``SafetyFlag`` keeps BDI item 9 in front of the doctor
until someone acknowledges it.

Pure rules for the time point live here too (no I/O).
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Literal, Optional

from sqlmodel import Field

from .base import Record, utc_field
from .due import BASELINE_GRACE_DAYS, followup_window

TimePoint = Literal["baseline", "followup", "other"]
TIME_POINTS: tuple[str, ...] = ("baseline", "followup", "other")
SITUATION_OUTLINES: tuple[str, ...] = ("start", "now", "target")


class AnswerSet(Record, table=True):
    __tablename__ = "answer_sets"

    client_id: str = Field(foreign_key="clients.id", index=True, max_length=36)
    instrument_id: str = Field(max_length=20)
    instrument_version: int
    time_point: str = Field(max_length=10)
    answered_on: date
    # JSON: a list in item order (None = unanswered); [total] when total_only;
    # for the situation picture {"start": [...], "now": [...], "target": [...]}.
    answers: str
    total_only: bool = False
    safety_answer: Optional[bool] = None
    total: Optional[int] = None  # cached from score(), for team statistics
    complete: bool = False
    # Only for follow-ups: False marks one answered outside start + 6 mo ± 2 wk.
    in_window: Optional[bool] = None
    superseded_by: Optional[str] = Field(default=None, max_length=36)
    corrects: Optional[str] = Field(default=None, max_length=36)
    entry_group: Optional[str] = Field(default=None, max_length=36)
    # Set when the client declined to answer this instrument: the reason, in the
    # nurse's words. A declined set has no answers and closes a due measurement.
    declined_reason: Optional[str] = Field(default=None, max_length=500)

    def answer_values(self):
        return json.loads(self.answers)

    @property
    def current(self) -> bool:
        return self.superseded_by is None and self.deleted_at is None


class SafetyFlag(Record, table=True):
    __tablename__ = "safety_flags"

    client_id: str = Field(foreign_key="clients.id", index=True, max_length=36)
    answer_set_id: str = Field(foreign_key="answer_sets.id", max_length=36)
    code: str = Field(max_length=40)  # "bdi_item9" or "bdi_item9_unknown"
    raised_on: date
    acknowledged_at: Optional[datetime] = utc_field(default=None)
    acknowledged_by: Optional[str] = Field(default=None, max_length=36)
    # What the person who acknowledged did about it ("soitin asiakkaalle, …").
    ack_note: Optional[str] = Field(default=None, max_length=1000)


def suggest_time_point(start: date | None, today: date, *, baseline_done: bool,
                       followup_done: bool) -> str:
    """The time point the entry form offers first.

    The follow-up from two weeks before its window opens (an early
    appointment) until it is done; before that the baseline until it is done;
    otherwise "other".
    """
    if start is not None and not followup_done:
        first, _target, _last = followup_window(start)
        if today >= first - timedelta(days=14):
            return "followup"
    if not baseline_done:
        return "baseline"
    return "other"


def baseline_late(start: date, answered_on: date) -> bool:
    """A baseline answered after its grace days (allowed, shown as late)."""
    return answered_on > start + timedelta(days=BASELINE_GRACE_DAYS)
