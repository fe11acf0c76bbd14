"""Measure operations: save, correct, list, due state, safety flags, team change.

Every answer set is validated by the instrument's own scoring
(:func:`tyokykytiimi.models.instruments.score`) before it is written; a refused
answer comes back as ``InvalidInput`` naming the item (``field="item<n>"``).
Corrections write a new row and keep the old one (``superseded_by``).
"""
from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

import sqlalchemy as sa
from sqlmodel import select

from ..models.base import new_id, utcnow
from ..models.clients import Client
from ..models.due import DueItem, due_items, followup_window, is_in_followup_window, state
from ..models.instruments import (AnswerError, change, definition, prom_set, score,
                                  score_situation)
from ..models.measures import SITUATION_OUTLINES, TIME_POINTS, AnswerSet, SafetyFlag
from ..i18n import Message
from ..models.users import User
from .errors import CLIENT_NOT_FOUND, InvalidInput
from .session import Store
from ..i18n import Message
from .permissions import operation
from .. import clock

_CHUNK = 500


# --------------------------------------------------------------------------
# scoring a stored row


def score_row(row: AnswerSet):
    """The Score of a stored row (a SituationPicture for the situation picture)."""
    values = row.answer_values()
    if row.instrument_id == "situation":
        return score_situation(values.get("start"), values.get("now"), values.get("target"),
                               version=row.instrument_version)
    return score(row.instrument_id, values, version=row.instrument_version,
                 safety_answer=row.safety_answer)


def _validate(instrument_id: str, answers, safety_answer, version):
    try:
        if instrument_id == "situation":
            if not isinstance(answers, dict) or set(answers) - set(SITUATION_OUTLINES):
                raise InvalidInput(Message("The situation picture takes a start, a now and a target."))
            return score_situation(answers.get("start"), answers.get("now"),
                                   answers.get("target"), version=version)
        return score(instrument_id, list(answers), version=version, safety_answer=safety_answer)
    except AnswerError as exc:
        raise InvalidInput(str(exc), f"item{exc.item}" if exc.item else "answers") from exc
    except ValueError as exc:
        raise InvalidInput(str(exc), "instrument") from exc


@dataclass(frozen=True)
class Entry:
    """One instrument's answers within a set typed in one sitting."""

    instrument_id: str
    answers: object  # list in item order; [total] for total only; dict for situation
    safety_answer: bool | None = None
    version: int | None = None
    # "The client declined to answer": the reason; then ``answers`` are ignored.
    declined_reason: str | None = None

    def is_empty(self) -> bool:
        """No answer at all (a skipped item is no answer)."""
        if isinstance(self.answers, dict):
            return not any(v is not None for vals in self.answers.values() for v in (vals or []))
        return not any(v is not None for v in (self.answers or []))


def _short_name(instrument_id: str) -> str:
    d = definition(instrument_id)
    return d.raw.get("abbreviation") or d.title.get("fi") or instrument_id


def _client(s, client_id: str) -> Client:
    client = s.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise InvalidInput(CLIENT_NOT_FOUND)
    return client


def _declined_row(client: Client, entry: Entry, *, time_point: str, answered_on: date,
                  group: str | None, corrects: str | None) -> AnswerSet:
    reason = (entry.declined_reason or "").strip()
    if not reason:
        raise InvalidInput(Message("Write why the client declined to answer."), "declined_reason")
    if entry.instrument_id == "situation":
        raise InvalidInput(Message("The situation picture cannot be marked as declined."),
                           "declined_reason")
    d = definition(entry.instrument_id, entry.version)
    in_window = None
    if time_point == "followup" and client.started_on is not None:
        in_window = is_in_followup_window(client.started_on, answered_on)
    return AnswerSet(
        client_id=client.id, instrument_id=entry.instrument_id, instrument_version=d.version,
        time_point=time_point, answered_on=answered_on,
        answers=json.dumps([None] * len(d.items)), total=None, complete=False,
        in_window=in_window, entry_group=group, corrects=corrects, declined_reason=reason)


def _new_row(s, store: Store, client: Client, entry: Entry, *, time_point: str,
             answered_on: date, group: str | None, corrects: str | None = None) -> AnswerSet:
    if entry.declined_reason is not None:
        row = _declined_row(client, entry, time_point=time_point, answered_on=answered_on,
                            group=group, corrects=corrects)
        s.add(row)
        s.flush()
        return row
    if entry.is_empty():
        # A set with no answers is never saved: it would look like a done measurement.
        raise InvalidInput(Message("{measure}: no answers were given, so nothing was saved. "
                                   "Type the answers, or mark that the client declined to "
                                   "answer.", measure=_short_name(entry.instrument_id)),
                           "answers")
    result = _validate(entry.instrument_id, entry.answers, entry.safety_answer, entry.version)
    is_situation = entry.instrument_id == "situation"
    version = (result.now.version if is_situation else result.version)
    in_window = None
    if time_point == "followup" and client.started_on is not None:
        in_window = is_in_followup_window(client.started_on, answered_on)
    row = AnswerSet(
        client_id=client.id, instrument_id=entry.instrument_id, instrument_version=version,
        time_point=time_point, answered_on=answered_on,
        answers=json.dumps(entry.answers if is_situation else list(entry.answers)),
        total_only=bool(not is_situation and result.total_only),
        safety_answer=entry.safety_answer,
        total=None if is_situation else result.total,
        complete=(all(o.complete for o in (result.start, result.now, result.target))
                  if is_situation else result.complete),
        in_window=in_window, entry_group=group, corrects=corrects)
    s.add(row)
    s.flush()
    if not is_situation:
        for code in result.flags:
            s.add(SafetyFlag(client_id=client.id, answer_set_id=row.id, code=code,
                             raised_on=answered_on))
    return row


def _check_common(time_point: str, answered_on: date) -> None:
    if time_point not in TIME_POINTS:
        raise InvalidInput(Message("Choose the time point: baseline, follow-up or other."), "time_point")
    if answered_on > clock.today():
        raise InvalidInput(Message("The answer date cannot be in the future."), "answered_on")


@operation("measures")
def save_answer_sets(store: Store, client_id: str, entries: Sequence[Entry], *,
                     time_point: str, answered_on: date) -> list[AnswerSet]:
    """Save several instruments answered in one sitting, in one transaction.

    Every entry must hold at least one answer, or say that the client declined
    to answer (with the reason); skipped items are kept and the set is stored
    as incomplete. Only a complete or a declined set closes a due measurement
    (:func:`prom_status`).
    """
    _check_common(time_point, answered_on)
    if not entries:
        raise InvalidInput(Message("There are no answers to save."), "answers")
    group = new_id()
    with store.session() as s:
        client = _client(s, client_id)
        rows = [_new_row(s, store, client, e, time_point=time_point, answered_on=answered_on,
                         group=group) for e in entries]
        for row in rows:
            store.audit(s, "create", client_id=client_id, target="answer_set",
                        row_id=row.id, instrument=row.instrument_id, time_point=time_point,
                        in_window=row.in_window, complete=row.complete,
                        declined=row.declined_reason is not None)
        return rows


@operation("measures")
def save_answers(store: Store, client_id: str, instrument_id: str, answers, *,
                 time_point: str, answered_on: date, safety_answer: bool | None = None,
                 version: int | None = None) -> AnswerSet:
    """Save one instrument's answers (validated by its scoring rules)."""
    return save_answer_sets(store, client_id,
                            [Entry(instrument_id, answers, safety_answer, version)],
                            time_point=time_point, answered_on=answered_on)[0]


@operation("measures")
def correct_answers(store: Store, answer_set_id: str, answers, *,
                    safety_answer: bool | None = None, answered_on: date | None = None,
                    time_point: str | None = None) -> AnswerSet:
    """Replace an answer set by a corrected one; the old row stays in the history.

    Open safety flags of the old row stay open (someone must still look at them).
    """
    with store.session() as s:
        old = s.get(AnswerSet, answer_set_id)
        if old is None or old.deleted_at is not None:
            raise InvalidInput(Message("The answers were not found."))
        if old.superseded_by is not None:
            raise InvalidInput(Message("These answers have already been corrected; correct the newest version."))
        tp = time_point or old.time_point
        on = answered_on or old.answered_on
        _check_common(tp, on)
        client = _client(s, old.client_id)
        row = _new_row(s, store, client,
                       Entry(old.instrument_id, answers, safety_answer, old.instrument_version),
                       time_point=tp, answered_on=on, group=old.entry_group, corrects=old.id)
        old.superseded_by = row.id
        s.add(old)
        store.audit(s, "change", client_id=old.client_id, target="answer_set", row_id=row.id,
                    corrects=old.id, instrument=old.instrument_id)
        return row


@operation("measures")
def list_answer_sets(store: Store, client_id: str, *, include_superseded: bool = False,
                     instrument_id: str | None = None) -> list[AnswerSet]:
    """A client's answer sets, oldest first (corrected ones only on request)."""
    with store.session() as s:
        q = select(AnswerSet).where(AnswerSet.client_id == client_id,
                                    AnswerSet.deleted_at.is_(None))
        if not include_superseded:
            q = q.where(AnswerSet.superseded_by.is_(None))
        if instrument_id:
            q = q.where(AnswerSet.instrument_id == instrument_id)
        rows = list(s.exec(q))
        store.audit(s, "view", client_id=client_id, target="measures", rows=len(rows))
    rows.sort(key=lambda r: (r.answered_on, r.created_at))
    return rows


@dataclass(frozen=True)
class HistoryEntry:
    row: AnswerSet
    entered_by: str  # display name
    entered_at: object  # UTC datetime
    corrected: bool  # a later version exists


@operation("measures")
def answer_history(store: Store, answer_set_id: str) -> list[HistoryEntry]:
    """Every version of one answer set, the first entry first, with who wrote each."""
    with store.session() as s:
        row = s.get(AnswerSet, answer_set_id)
        if row is None:
            raise InvalidInput(Message("The answers were not found."))
        while row.corrects:  # walk back to the first entry
            row = s.get(AnswerSet, row.corrects)
        chain = [row]
        while chain[-1].superseded_by:
            chain.append(s.get(AnswerSet, chain[-1].superseded_by))
        names = {u.id: u.display_name for u in s.exec(select(User))}
        store.audit(s, "view", client_id=row.client_id, target="answer_history",
                    row_id=answer_set_id)
    return [HistoryEntry(r, names.get(r.created_by or "", "?"), r.created_at,
                         r.superseded_by is not None) for r in chain]


# --------------------------------------------------------------------------
# PROM status and due state


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


@operation("measures",
           quiet="due marks beside the client list, which audits")
def prom_status(store: Store, client_ids: Iterable[str]) -> dict[str, dict[str, bool]]:
    """{client_id: {"baseline_done": bool, "followup_done": bool}}.

    A time point is done when every instrument of the PROM follow-up set has a
    current answer set at it that is complete, or that records the client
    declining to answer. A partial set stays due (it is kept). Counted in
    SQL, so the home page over 10,000 clients reads one row per client and
    time point rather than every answer set.
    """
    ids = list(dict.fromkeys(client_ids))
    needed = sorted(set(prom_set()))
    done: set[tuple[str, str]] = set()
    base = (select(AnswerSet.client_id, AnswerSet.time_point)
            .where(AnswerSet.deleted_at.is_(None), AnswerSet.superseded_by.is_(None),
                   AnswerSet.time_point.in_(("baseline", "followup")),
                   AnswerSet.instrument_id.in_(needed),
                   sa.or_(AnswerSet.complete.is_(True), AnswerSet.declined_reason.is_not(None)))
            .group_by(AnswerSet.client_id, AnswerSet.time_point)
            .having(sa.func.count(sa.distinct(AnswerSet.instrument_id)) == len(needed)))
    with store.session(reading=True) as s:
        # Many clients: one pass over the table beats thousands of bound ids.
        queries = [base] if len(ids) > 4 * _CHUNK else [
            base.where(AnswerSet.client_id.in_(chunk)) for chunk in _chunks(ids)]
        for q in queries:
            done.update((cid, tp) for cid, tp in s.exec(q))
    return {cid: {"baseline_done": (cid, "baseline") in done,
                  "followup_done": (cid, "followup") in done}
            for cid in ids}


@dataclass(frozen=True)
class PromDue:
    kind: str  # "prom_baseline" | "prom_followup"
    state: str  # "upcoming" | "due" | "in_window" | "overdue" | "done"
    item: DueItem | None
    window: tuple[date, date, date] | None  # follow-up: first, target, last day


@operation("measures",
           quiet="due measures shown in the measures tab with list_answer_sets, which audits")
def client_prom_due(store: Store, client_id: str, today: date) -> list[PromDue]:
    """Baseline and follow-up of one client: done, or their state on ``today``."""
    with store.session() as s:
        client = _client(s, client_id)
        start = client.started_on
    done = prom_status(store, [client_id])[client_id]
    if start is None:
        return []
    items = {i.kind: i for i in due_items(start, today, baseline_done=False, followup_done=False,
                                          last_plan_agreed=None, multisectoral=False,
                                          needs_mapping_done=False)}
    out = []
    for kind, key in (("prom_baseline", "baseline_done"), ("prom_followup", "followup_done")):
        it = items[kind]
        out.append(PromDue(kind, "done" if done[key] else state(it, today), it,
                           followup_window(start) if kind == "prom_followup" else None))
    return out


@operation("measures",
           quiet="a default for the entry form; the answers are audited when saved")
def suggested_time_point(store: Store, client_id: str, today: date) -> str:
    from ..models.measures import suggest_time_point
    with store.session() as s:
        start = _client(s, client_id).started_on
    done = prom_status(store, [client_id])[client_id]
    return suggest_time_point(start, today, baseline_done=done["baseline_done"],
                              followup_done=done["followup_done"])


# --------------------------------------------------------------------------
# safety flags


@operation("measures",
           quiet="shown in the measures tab with list_answer_sets, which audits")
def open_safety_flags(store: Store, client_id: str) -> list[SafetyFlag]:
    with store.session() as s:
        return list(s.exec(select(SafetyFlag).where(
            SafetyFlag.client_id == client_id, SafetyFlag.acknowledged_at.is_(None),
            SafetyFlag.deleted_at.is_(None)).order_by(SafetyFlag.raised_on)))


@operation("acknowledge_safety_flags")  # the doctor, by the team's permission matrix
def acknowledge_safety_flag(store: Store, flag_id: str, note: str) -> SafetyFlag:
    """The doctor marks a flag handled, with a short note of what was done.

    Written to the audit trail; the note stays on the flag for its history.
    """
    note = (note or "").strip()
    if len(note) < 3:
        raise InvalidInput(Message("Write a short note of what was done (for example: "
                                   "called the client, appointment tomorrow)."), "note")
    with store.session() as s:
        flag = s.get(SafetyFlag, flag_id)
        if flag is None or flag.deleted_at is not None:
            raise InvalidInput(Message("The note was not found."))
        if flag.acknowledged_at is None:
            flag.acknowledged_at = utcnow()
            flag.acknowledged_by = store.user.id
            flag.ack_note = note
            s.add(flag)
            store.audit(s, "acknowledge", client_id=flag.client_id, target="safety_flag",
                        flag_id=flag.id, code=flag.code)
        return flag


@dataclass(frozen=True)
class FlagHistory:
    flag: SafetyFlag
    acknowledged_by: str | None  # display name


@operation("measures")
def safety_flag_history(store: Store, client_id: str, *, audit_view: bool = True
                        ) -> list[FlagHistory]:
    """Every safety flag of a client, newest first, with who acknowledged it.

    ``audit_view=False`` for a caller that audits its own read (the overview)."""
    with store.session() as s:
        flags = list(s.exec(select(SafetyFlag).where(
            SafetyFlag.client_id == client_id, SafetyFlag.deleted_at.is_(None))))
        names = {u.id: u.display_name for u in s.exec(select(User))}
        if audit_view:
            store.audit(s, "view", client_id=client_id, target="safety_flags",
                        rows=len(flags))
    flags.sort(key=lambda f: (f.raised_on, f.created_at), reverse=True)
    return [FlagHistory(f, names.get(f.acknowledged_by or "")) for f in flags]


@operation("measures",
           quiet="marks beside the home page's and the client list's rows, which audit")
def clients_with_open_flags(store: Store) -> set[str]:
    """Ids of clients with an unacknowledged safety flag (home page, list filter)."""
    with store.session() as s:
        return set(s.exec(select(SafetyFlag.client_id).where(
            SafetyFlag.acknowledged_at.is_(None), SafetyFlag.deleted_at.is_(None))))


# --------------------------------------------------------------------------
# team statistics


@dataclass(frozen=True)
class MeasureChange:
    instrument_id: str
    area: str | None  # 3X10D area id, None for a total
    n: int
    mean: float | None
    median: float | None
    improved: int
    same: int
    worse: int
    mean_baseline: float | None = None
    mean_followup: float | None = None


def _latest(rows: Iterable[AnswerSet]) -> dict[tuple[str, str, str], AnswerSet]:
    latest: dict[tuple[str, str, str], AnswerSet] = {}
    for r in rows:
        key = (r.client_id, r.instrument_id, r.time_point)
        if key not in latest or r.answered_on > latest[key].answered_on:
            latest[key] = r
    return latest


def _stats(instrument_id, area, pairs, deltas_dirs) -> MeasureChange:
    deltas = [d for d, _ in deltas_dirs]
    dirs = [x for _, x in deltas_dirs]
    return MeasureChange(
        instrument_id, area, len(deltas),
        statistics.fmean(deltas) if deltas else None,
        statistics.median(deltas) if deltas else None,
        dirs.count("better"), dirs.count("same"), dirs.count("worse"),
        statistics.fmean(b for b, _ in pairs) if pairs else None,
        statistics.fmean(a for _, a in pairs) if pairs else None)


@operation("team_report",
           quiet="counts that name no client")
def team_change_stats(store: Store) -> list[MeasureChange]:
    """Baseline → follow-up change per PROM measure over every client with both.

    Totals for the work-ability score and the inclusion indicator; one row per
    area for 3X10D (it has no total). Only complete answers count.
    """
    with store.session() as s:
        rows = list(s.exec(select(AnswerSet).where(
            AnswerSet.deleted_at.is_(None), AnswerSet.superseded_by.is_(None),
            AnswerSet.time_point.in_(("baseline", "followup")),
            AnswerSet.instrument_id.in_(prom_set()))))
    latest = _latest(rows)
    out = []
    for inst in prom_set():
        defn = definition(inst)
        keys = [(c, i) for (c, i, tp) in latest if i == inst and tp == "baseline"
                and (c, i, "followup") in latest]
        if defn.has_total:
            pairs, dd = [], []
            for c, i in keys:
                b, a = latest[(c, i, "baseline")], latest[(c, i, "followup")]
                if b.total is None or a.total is None:
                    continue
                ch = change(inst, score_row(b), score_row(a))
                pairs.append((b.total, a.total))
                dd.append((ch.delta, ch.direction))
            out.append(_stats(inst, None, pairs, dd))
        else:
            per_area: dict[str, tuple[list, list]] = {it.id: ([], []) for it in defn.items}
            for c, i in keys:
                sb, sa = score_row(latest[(c, i, "baseline")]), score_row(latest[(c, i, "followup")])
                ch = change(inst, sb, sa)
                for area, ac in ch.areas.items():
                    if ac.delta is not None:
                        per_area[area][0].append((sb.profile[area], sa.profile[area]))
                        per_area[area][1].append((ac.delta, ac.direction))
            out += [_stats(inst, area, p, d) for area, (p, d) in per_area.items()]
    return out


@dataclass(frozen=True)
class FollowupDue:
    client_id: str
    name: str
    started_on: date
    window: tuple[date, date, date]
    state: str  # "upcoming" | "in_window" | "overdue"


@operation("measures")
def followups_due(store: Store, today: date, *, ahead_days: int = 14) -> list[FollowupDue]:
    """Active clients whose follow-up is not done and is in window, overdue, or
    opens within ``ahead_days``; overdue first."""
    from datetime import timedelta
    with store.session() as s:
        clients = list(s.exec(select(Client.id, Client.first_name, Client.last_name,
                                     Client.started_on).where(
            Client.deleted_at.is_(None), Client.status == "active",
            Client.started_on.is_not(None))))
        store.audit(s, "list", target="followups", count=len(clients))
    status = prom_status(store, [c[0] for c in clients])
    out = []
    for cid, first_name, last_name, start in clients:
        if status[cid]["followup_done"]:
            continue
        window = followup_window(start)
        item = DueItem("prom_followup", window[1], window[0], window[2])
        st = state(item, today)
        if st == "upcoming" and window[0] > today + timedelta(days=ahead_days):
            continue
        out.append(FollowupDue(cid, f"{last_name} {first_name}", start, window, st))
    order = {"overdue": 0, "in_window": 1, "upcoming": 2}
    out.sort(key=lambda f: (order[f.state], f.window[1]))
    return out
