"""The team report for a period: what the team did and what came of it.

One call, :func:`team_report`, reads the whole database in a handful of
aggregating queries (no ORM objects, no per-client queries) and returns a
:class:`TeamReport`: a list of :class:`Table` objects, each with its title,
its columns, its rows and a short "how counted" text, already worded in the
chosen language. The same tables are shown on screen, printed as a PDF and
written as CSV files, so the three always agree.

Counting rules (printed in the report itself, see ``_DEF``):

- the period is ``[start, end]``, both days included: an event counts when
  its date falls within it;
- "active by path step" is the state at the end of the period, rebuilt from
  the dated path events (not from today's step);
- referrals count the client's referral date (or, when none was recorded,
  the day the client relationship was first started);
- screening decisions are the team's criteria screening (``criteria``):
  each client's last decided criteria screening dated in the period counts
  once, as accepted, guided elsewhere or more information needed;
- network figures come from :func:`tyokykytiimi.store.meetings.network_counts`.

Small numbers: a client must not be recognisable from a table that leaves
the team. :func:`suppressed_cells` says which cells an export hides: counts
1–4 ("small"), statistics over fewer than 5 people ("small_base"), and
"complementary" cells hidden so that a hidden number cannot be worked out by
subtraction from a printed total (see its docstring). The tables themselves
keep every number: the staff see them unhidden on screen.

No Qt here.
"""
from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Optional

import sqlalchemy as sa

from .. import language
from ..models.field_words import CODES
from ..models import feedback_form as ff
from ..models.clients import OUTCOMES, PATH_STEPS, REFERRERS, Client, PathEvent, Screening
from ..models.due import followup_window
from ..models.feedback import Feedback
from ..models.instruments import Score, change, definition, prom_set
from ..models.measures import AnswerSet
from ..models.meetings import KINDS as MEETING_KINDS
from ..models.servicemap import SECTORS
from .errors import InvalidInput
from .meetings import network_counts
from .session import Store
from ..i18n import N_, Message
from .permissions import operation
from .. import clock

__all__ = ["COMPLEMENT", "MIN_SHOWN", "SMALL", "SMALL_BASE", "Column", "Row", "SumGroup",
           "Table", "TeamReport", "quick_periods", "suppressed_cells", "team_report", "text"]

MIN_SHOWN = 5  # counts 1..MIN_SHOWN-1 are hidden in exports
SMALL, COMPLEMENT, SMALL_BASE = "small", "complementary", "small_base"
NOT_RECORDED = "not_recorded"
TOTAL = "total"
STEPS = 8  # progress steps of team_report()

Progress = Callable[[int, int], None]


# --------------------------------------------------------------------------
# words (fi, sv, en): the report's own catalogue, shared by screen, PDF and CSV

_T: dict[str, dict[str, str]] = {
    "report": N_("Team report"),
    "total": N_("Total"),
    "not_recorded": N_("Not recorded"),
    "count": N_("Count"),
    # referrals
    "referrals": N_("Referrals and screening decisions by referrer"),
    "col.referrer": N_("Referrer"),
    "col.referred": N_("Referred"),
    "col.accepted": Message("Accepted", context="team report"),
    "col.guided_elsewhere": N_("Guided elsewhere"),
    "col.more_info": N_("More information needed"),
    # active by step
    "active_by_step": N_("Active clients by path step at the end of the period"),
    "col.step": N_("Path step"),
    "col.clients": Message("Clients", context="team report"),
    # closings
    "closings": N_("Closings by outcome"),
    "col.outcome": Message("Outcome", context="team report"),
    "col.closings": N_("Closings"),
    # network
    "network": N_("Network meetings"),
    "col.figure": N_("Figure"),
    "net.held": N_("Meetings held, total"),
    "net.convened": N_("Networks convened (the client's first meeting held)"),
    "professions": N_("Professions taking part in meetings"),
    "col.profession": N_("Profession or title"),
    "col.attendances": N_("Attendances"),
    "sectors": N_("Sectors taking part in meetings"),
    "col.sector": N_("Sector"),
    # PROM
    "prom_change": N_("PROM change from baseline to the 6-month follow-up"),
    "col.measure": N_("Measure"),
    "col.mean_baseline": N_("Mean at baseline"),
    "col.mean_followup": N_("Mean at follow-up"),
    "col.mean_change": N_("Mean change"),
    "col.improved": N_("Improved"),
    "col.same": N_("No clear change"),
    "col.worse": N_("Weaker"),
    # follow-ups
    "followups": N_("6-month follow-ups whose time window ended in the period"),
    "col.timing": N_("Timing"),
    "fu.on_time": N_("On time (within the window)"),
    "fu.early": N_("Before the window"),
    "fu.late": N_("Late"),
    "fu.not_done": N_("Not done by the end of the period"),
    # feedback
    "feedback": N_("Client feedback"),
    "fb.forms": N_("Feedback forms"),
    "fb.anonymous": N_("– of which anonymous"),
    "fb.with_text": N_("– with a written comment"),
    "feedback_items": N_("Client feedback questions (scale 1–5)"),
    "col.question": N_("Question"),
    "col.answers": Message("Answers", context="team report"),
    "col.mean": N_("Mean"),
    # codes
    **{f"ref.{k}": v for k, v in CODES["clients.referrer"].items()},
    **{f"step.{k}": v for k, v in CODES["path_step"].items()},
    **{f"out.{k}": v for k, v in CODES["outcome"].items()},
    "kind.first": N_("First meeting"),
    "kind.follow_up": N_("Follow-up meeting"),
    "kind.closing": N_("Closing meeting"),
    "kind.consultation": N_("Consultation without the client"),
    "sector.social_services": N_("Social services (wellbeing county)"),
    "sector.health_services": N_("Health services (wellbeing county)"),
    "sector.employment_services": N_("Employment services"),
    "sector.kela": N_("Kela"),
    "sector.municipality": N_("Municipality"),
    "sector.education": N_("Education"),
    "sector.third_sector": N_("Third sector"),
    "sector.other": N_("Other"),
    # the general rules
    "period_rule": N_("An event counts when its date falls within the period, the first and the last day included."),
    "suppression_rule": N_("In tables exported to files (PDF and CSV) counts under five are shown as \"< 5\" so that no single client can be recognised; zero is shown as zero. Where a hidden number could be worked out from a total by subtraction, another number is hidden too (mark \"×\"). Means based on fewer than five answers are not shown. On screen the numbers are shown unhidden."),
}

# "How counted", one text per table.
_DEF: dict[str, dict[str, str]] = {
    "referrals": N_("Referred: clients whose referral date falls in the period (when none was recorded, the day the client relationship was first started). Screening decisions: client-criteria screenings dated in the period; each client counts once, by the last decision in the period. Referral and decision are each counted on their own date, so one client may appear in different periods. The referrer is the one recorded for the client."),
    "active_by_step": N_("Clients whose client relationship was open on the last day of the period, by the step they were at then (rebuilt from the dated path entries, not from today's state)."),
    "closings": N_("Closings of client relationships dated in the period, by the outcome recorded. A relationship reopened and closed again counts at each closing."),
    "network": N_("Meetings marked as held that started in the period, by kind of meeting. A network convened: a client whose first meeting held falls in the period."),
    "professions": N_("Professionals who attended the meetings held in the period, by title (the client and the peer-support person are not included). A person counts once for every meeting they attended."),
    "sectors": N_("Attendances at the meetings held in the period by representatives of service-map organisations, by the organisation's sector."),
    "prom_change": N_("Clients whose 6-month follow-up was answered in the period and who also have a baseline; the latest current answer of each. Only complete answers count. A change of less than 2 points in the work-ability score counts as no clear change. 3X10D is shown area by area, as it has no total."),
    "followups": N_("Clients whose follow-up window (start date + 6 months ± 2 weeks) ended in the period, leaving out clients closed before the window opened. Timing by the date of the first PROM follow-up answered by the end of the period."),
    "feedback": N_("Feedback given in the period. Written comments are not in the report, as they may name people; only their number is."),
    "feedback_items": N_("Answers to the feedback given in the period, question by question: the number of answers and their mean (1 = not at all, 5 = completely)."),
}

# What each CSV column means, by column id (the CSV README prints these).
_COLDOC: dict[str, dict[str, str]] = {
    "referrer": N_("Referrer code"),
    "referred": N_("Number of clients referred"),
    "accepted": N_("Number accepted (last decision in the period)"),
    "guided_elsewhere": N_("Number guided elsewhere"),
    "more_info": N_("Number where more information is needed"),
    "step": N_("Path step 1–6"),
    "clients": N_("Number of clients"),
    "outcome": N_("Outcome code"),
    "closings": N_("Number of closings"),
    "figure": N_("Figure code"),
    "count": N_("Count"),
    "profession": N_("Title as recorded"),
    "attendances": N_("Number of attendances"),
    "sector": N_("Sector code"),
    "measure": N_("Measure code (3X10D: measure.area)"),
    "mean_baseline": N_("Mean at baseline (decimal point)"),
    "mean_followup": N_("Mean at follow-up (decimal point)"),
    "mean_change": N_("Mean change, follow-up minus baseline (decimal point)"),
    "improved": N_("Number improved"),
    "same": N_("Number with no clear change"),
    "worse": N_("Number weaker"),
    "timing": N_("Timing code"),
    "question": N_("Question id in the form"),
    "answers": N_("Number of answers"),
    "mean": N_("Mean answer 1–5 (decimal point)"),
}


def text(key: str, lang: str | None = None) -> str:
    """One of the report's words in ``lang`` (the chosen language by default)."""
    return language.pick(_T[key], lang)


def definition_text(table_id: str, lang: str | None = None) -> str:
    return language.pick(_DEF[table_id], lang)


def column_doc(column_id: str, lang: str | None = None) -> str:
    return language.pick(_COLDOC[column_id], lang) if column_id in _COLDOC else ""


# --------------------------------------------------------------------------
# the data model


@dataclass(frozen=True)
class Column:
    id: str  # machine name (CSV header)
    label: str  # in the report's language
    kind: str  # "label" | "count" | "stat"
    base: Optional[str] = None  # stat: the count column (same row) it rests on
    decimals: int = 0
    coded: bool = False  # label column whose row keys are codes (CSV writes both)


@dataclass
class Row:
    key: str  # code (referrer, step, outcome …) or "total"
    values: list  # aligned with the columns; the label column holds the row's label
    total: bool = False


@dataclass(frozen=True)
class SumGroup:
    """``total`` = sum of ``members``; each a (row key, column id) cell."""

    total: tuple[str, str]
    members: tuple[tuple[str, str], ...]


@dataclass
class Table:
    id: str
    title: str
    definition: str
    columns: list[Column]
    rows: list[Row]
    sums: list[SumGroup] = field(default_factory=list)

    def col(self, column_id: str) -> int:
        for i, c in enumerate(self.columns):
            if c.id == column_id:
                return i
        raise KeyError(column_id)

    def row(self, key: str) -> Row:
        for r in self.rows:
            if r.key == key:
                return r
        raise KeyError(key)

    def value(self, row_key: str, column_id: str):
        return self.row(row_key).values[self.col(column_id)]

    @property
    def count_columns(self) -> list[Column]:
        return [c for c in self.columns if c.kind == "count"]


@dataclass
class TeamReport:
    start: date
    end: date
    lang: str
    made_on: date
    tables: list[Table]

    @property
    def title(self) -> str:
        return text("report", self.lang)

    def table(self, table_id: str) -> Table:
        for t in self.tables:
            if t.id == table_id:
                return t
        raise KeyError(table_id)

    def rules(self) -> list[str]:
        return [text("period_rule", self.lang), text("suppression_rule", self.lang)]


# --------------------------------------------------------------------------
# suppression


def _bounds(reason: str | None, value: int) -> tuple[float, float]:
    """What a reader of the export knows about a cell."""
    if reason is None:
        return value, value
    if reason == SMALL:
        return 1, MIN_SHOWN - 1
    return MIN_SHOWN, float("inf")  # a complementary cell: at least 5, or it would say "< 5"


def _determined(group: SumGroup, values: dict, marks: dict) -> bool:
    """Whether the sum equation pins a hidden cell of the group down to one value."""
    cells = [group.total, *group.members]
    hidden = [c for c in cells if c in marks]
    if not hidden:
        return False
    bounds = {c: _bounds(marks.get(c), values[c]) for c in cells}
    for cell in hidden:
        # total - Σ members = 0, solved for ``cell`` with interval arithmetic.
        if cell == group.total:
            lo = sum(bounds[m][0] for m in group.members)
            hi = sum(bounds[m][1] for m in group.members)
        else:
            others = [m for m in group.members if m != cell]
            lo = bounds[group.total][0] - sum(bounds[m][1] for m in others)
            hi = bounds[group.total][1] - sum(bounds[m][0] for m in others)
        own_lo, own_hi = bounds[cell]
        lo, hi = max(lo, own_lo), min(hi, own_hi)
        if lo == hi:
            return True
    return False


def suppressed_cells(table: Table) -> dict[tuple[str, str], str]:
    """{(row key, column id): reason} for the cells an export must hide.

    - ``small``: a count from 1 to 4 (printed "< 5"); zero stays zero;
    - ``complementary``: a count hidden because, with a printed total, it
      would let a reader work a hidden count out by subtraction. For every
      sum group (a total and its parts) the hidden cells are checked with the
      equation total = Σ parts and what a reader knows of each hidden cell
      (1–4 for "< 5", at least 5 for "×"); while some hidden cell is pinned to
      one value, the smallest visible non-zero part (the total only when no
      part is left) is hidden too. This repeats until no group pins a cell;
    - ``small_base``: a statistic (a mean) whose base count in the same row is
      1–4.

    The choice: keep the totals (they are the figures the team reports
    upwards) and hide a second cell, rather than drop totals.
    """
    values: dict[tuple[str, str], int] = {}
    marks: dict[tuple[str, str], str] = {}
    for row in table.rows:
        for col, v in zip(table.columns, row.values):
            if col.kind == "count":
                values[(row.key, col.id)] = int(v or 0)
                if 0 < int(v or 0) < MIN_SHOWN:
                    marks[(row.key, col.id)] = SMALL
    changed = True
    while changed:
        changed = False
        for group in table.sums:
            if not _determined(group, values, marks):
                continue
            visible = [m for m in group.members if m not in marks and values[m] > 0]
            if visible:
                pick = min(visible, key=lambda m: values[m])
            elif group.total not in marks and values[group.total] > 0:
                pick = group.total
            else:
                continue
            marks[pick] = COMPLEMENT
            changed = True
    for row in table.rows:
        for col in table.columns:
            if col.kind == "stat" and col.base:
                n = int(row.values[table.col(col.base)] or 0)
                if 0 < n < MIN_SHOWN:
                    marks[(row.key, col.id)] = SMALL_BASE
    return marks


# --------------------------------------------------------------------------
# periods


def quick_periods(today: date) -> dict[str, tuple[date, date]]:
    """The quick choices of the period picker."""
    last_year = today.year - 1
    try:
        a_year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        a_year_ago = today.replace(year=today.year - 1, day=28)
    q = (today.month - 1) // 3
    q_start = date(today.year, 3 * q + 1, 1)
    prev_q_end = q_start - timedelta(days=1)
    prev_q_start = date(prev_q_end.year, prev_q_end.month - 2, 1)
    return {
        "this_year": (date(today.year, 1, 1), today),
        "last_year": (date(last_year, 1, 1), date(last_year, 12, 31)),
        "last_12_months": (a_year_ago + timedelta(days=1), today),
        "this_quarter": (q_start, today),
        "last_quarter": (prev_q_start, prev_q_end),
    }


# --------------------------------------------------------------------------
# the queries


def _rows_by_key(keys, label_of, counts: dict, columns: list[Column],
                 total: bool = True) -> tuple[list[Row], list[SumGroup]]:
    """Rows of one label column and count columns, a total row and its sum groups."""
    rows = [Row(k, [label_of(k)] + [counts.get(k, {}).get(c.id, 0) for c in columns[1:]])
            for k in keys]
    sums = []
    if total:
        rows.append(Row(TOTAL, [None] + [sum(r.values[i] for r in rows)
                                         for i in range(1, len(columns))], total=True))
        sums = [SumGroup((TOTAL, c.id), tuple((r.key, c.id) for r in rows[:-1]))
                for c in columns[1:] if c.kind == "count"]
    return rows, sums


def _start_day(pe):
    return (sa.select(sa.func.min(pe.c.on)).where(pe.c.client_id == Client.__table__.c.id,
                                                  pe.c.kind == "start",
                                                  pe.c.deleted_at.is_(None))
            .scalar_subquery())


def _referrals(conn, start: date, end: date, lang: str) -> Table:
    c = Client.__table__.c
    pe = PathEvent.__table__
    referred_on = sa.func.coalesce(c.referral_date, _start_day(pe))
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    q = (sa.select(c.referrer, sa.func.count())
         .where(c.deleted_at.is_(None), referred_on.between(start, end))
         .group_by(c.referrer))
    for referrer, n in conn.execute(q):
        counts[referrer or NOT_RECORDED]["referred"] = n
    sc = Screening.__table__.c
    ranked = (sa.select(sc.client_id, sc.decision,
                        sa.func.row_number().over(
                            partition_by=sc.client_id,
                            order_by=(sc.screened_on.desc(), sc.decided_at.desc(),
                                      sc.created_at.desc())).label("rn"))
              .where(sc.definition_id == "criteria", sc.decision.is_not(None),
                     sc.deleted_at.is_(None), sc.screened_on.between(start, end))
              .subquery())
    q = (sa.select(c.referrer, ranked.c.decision, sa.func.count())
         .select_from(ranked.join(Client.__table__, c.id == ranked.c.client_id))
         .where(ranked.c.rn == 1, c.deleted_at.is_(None))
         .group_by(c.referrer, ranked.c.decision))
    column_of = {"accept": "accepted", "guide_elsewhere": "guided_elsewhere",
                 "more_info": "more_info"}
    for referrer, decision, n in conn.execute(q):
        if decision in column_of:
            counts[referrer or NOT_RECORDED][column_of[decision]] = n
    columns = [Column("referrer", text("col.referrer", lang), "label", coded=True)] + [
        Column(k, text(f"col.{k}", lang), "count")
        for k in ("referred", "accepted", "guided_elsewhere", "more_info")]
    keys = list(REFERRERS) + sorted(k for k in counts if k not in REFERRERS
                                    and k != NOT_RECORDED)
    if NOT_RECORDED in counts:
        keys.append(NOT_RECORDED)

    def label(k):
        return text(f"ref.{k}", lang) if f"ref.{k}" in _T else (
            text("not_recorded", lang) if k == NOT_RECORDED else k)

    rows, sums = _rows_by_key(keys, label, counts, columns)
    rows[-1].values[0] = text("total", lang)
    return Table("referrals", text("referrals", lang), definition_text("referrals", lang),
                 columns, rows, sums)


def _active_by_step(conn, end: date, lang: str) -> Table:
    pe = PathEvent.__table__.c
    c = Client.__table__.c
    order_kind = sa.case({"start": 0, "step": 1, "reopen": 2, "close": 3}, value=pe.kind,
                         else_=1)
    ranked = (sa.select(pe.client_id, pe.kind, pe.to_step,
                        sa.func.row_number().over(
                            partition_by=pe.client_id,
                            order_by=(pe.on.desc(), pe.created_at.desc(), order_kind.desc())
                        ).label("rn"))
              .select_from(PathEvent.__table__.join(Client.__table__, c.id == pe.client_id))
              .where(pe.on <= end, pe.deleted_at.is_(None), c.deleted_at.is_(None))
              .subquery())
    q = (sa.select(ranked.c.to_step, sa.func.count())
         .where(ranked.c.rn == 1, ranked.c.kind != "close")
         .group_by(ranked.c.to_step))
    counts = {str(step): {"clients": n} for step, n in conn.execute(q) if step is not None}
    columns = [Column("step", text("col.step", lang), "label", coded=True),
               Column("clients", text("col.clients", lang), "count")]
    rows, sums = _rows_by_key([str(s) for s in PATH_STEPS],
                              lambda k: text(f"step.{k}", lang), counts, columns)
    rows[-1].values[0] = text("total", lang)
    return Table("active_by_step", text("active_by_step", lang),
                 definition_text("active_by_step", lang), columns, rows, sums)


def _reversed_events():
    """Ids of path events a later event undid (an undone closing is no closing)."""
    later = PathEvent.__table__.alias("later")
    return sa.select(later.c.reverses_id).where(later.c.reverses_id.is_not(None),
                                                later.c.deleted_at.is_(None))


def _closings(conn, start: date, end: date, lang: str) -> Table:
    pe = PathEvent.__table__.c
    c = Client.__table__.c
    q = (sa.select(pe.outcome, sa.func.count())
         .select_from(PathEvent.__table__.join(Client.__table__, c.id == pe.client_id))
         .where(pe.kind == "close", pe.on.between(start, end), pe.deleted_at.is_(None),
                c.deleted_at.is_(None), pe.id.not_in(_reversed_events()))
         .group_by(pe.outcome))
    counts = {(o or NOT_RECORDED): {"closings": n} for o, n in conn.execute(q)}
    keys = list(OUTCOMES) + [k for k in counts if k not in OUTCOMES]
    columns = [Column("outcome", text("col.outcome", lang), "label", coded=True),
               Column("closings", text("col.closings", lang), "count")]

    def label(k):
        return text(f"out.{k}", lang) if f"out.{k}" in _T else (
            text("not_recorded", lang) if k == NOT_RECORDED else k)

    rows, sums = _rows_by_key(keys, label, counts, columns)
    rows[-1].values[0] = text("total", lang)
    return Table("closings", text("closings", lang), definition_text("closings", lang),
                 columns, rows, sums)


def _network(store: Store, start: date, end: date, lang: str) -> list[Table]:
    nc = network_counts(store, start, end)
    count = Column("count", text("count", lang), "count")
    columns = [Column("figure", text("col.figure", lang), "label", coded=True), count]
    kinds = list(MEETING_KINDS) + sorted(k for k in nc.by_kind if k not in MEETING_KINDS)
    rows = [Row(k, [text(f"kind.{k}", lang) if f"kind.{k}" in _T else k, nc.by_kind.get(k, 0)])
            for k in kinds]
    rows.append(Row("meetings_held", [text("net.held", lang), nc.meetings_held], total=True))
    rows.append(Row("networks_convened", [text("net.convened", lang), nc.networks_convened]))
    sums = [SumGroup(("meetings_held", "count"), tuple((k, "count") for k in kinds))]
    network = Table("network", text("network", lang), definition_text("network", lang),
                    columns, rows, sums)

    att = Column("attendances", text("col.attendances", lang), "count")
    # Most attendances first; the small ones (hidden in exports) in name order,
    # so that their order does not tell which of them is larger.
    profs = sorted(nc.professions.items(),
                   key=lambda kv: (-kv[1] if kv[1] >= MIN_SHOWN else 0, kv[0].casefold()))
    professions = Table("professions", text("professions", lang),
                        definition_text("professions", lang),
                        [Column("profession", text("col.profession", lang), "label"), att],
                        [Row(name, [name, n]) for name, n in profs])
    sec_keys = [s for s in SECTORS if nc.sectors.get(s)] + sorted(
        s for s in nc.sectors if s not in SECTORS)
    sectors = Table("sectors", text("sectors", lang), definition_text("sectors", lang),
                    [Column("sector", text("col.sector", lang), "label", coded=True), att],
                    [Row(s, [text(f"sector.{s}", lang) if f"sector.{s}" in _T else s,
                             nc.sectors[s]]) for s in sec_keys])
    return [network, professions, sectors]


def _mean(values) -> Optional[float]:
    return statistics.fmean(values) if values else None


def _stored_score(defn, row) -> Score:
    """The parts of a stored answer set's score that :func:`change` reads.

    The answers were checked by the instrument's scoring when they were
    saved; scoring them again item by item would only repeat that work
    (and is most of the report's time at 10,000 clients).
    """
    if defn.has_total:
        return Score(defn.id, row.instrument_version, (), row.total, None,
                     row.total is not None)
    values = json.loads(row.answers)
    profile = {it.id: (v if isinstance(v, int) else None)
               for it, v in zip(defn.items, values)} if isinstance(values, list) else {}
    return Score(defn.id, row.instrument_version, (), None, None,
                 all(v is not None for v in profile.values()), profile=profile)


def _prom_change(conn, start: date, end: date, lang: str) -> Table:
    a = AnswerSet.__table__.c
    proms = list(prom_set())
    current = sa.and_(a.deleted_at.is_(None), a.superseded_by.is_(None),
                      a.instrument_id.in_(proms))
    followed = (sa.select(a.client_id).where(current, a.time_point == "followup",
                                             a.answered_on.between(start, end)))
    # Answers are read only where the score is per area (no cached total).
    per_area = [i for i in proms if not definition(i).has_total]
    q = (sa.select(a.client_id, a.instrument_id, a.instrument_version, a.time_point,
                   a.answered_on, a.total,
                   sa.case((a.instrument_id.in_(per_area), a.answers), else_=None)
                   .label("answers"))
         .where(current, a.time_point.in_(("baseline", "followup")),
                a.client_id.in_(followed))
         .order_by(a.answered_on, a.created_at))
    latest: dict[tuple, sa.Row] = {}  # the last row wins: rows come oldest first
    for row in conn.execute(q):
        if row.time_point == "followup" and not (start <= row.answered_on <= end):
            continue
        latest[(row.client_id, row.instrument_id, row.time_point)] = row
    columns = [Column("measure", text("col.measure", lang), "label", coded=True),
               Column("clients", text("col.clients", lang), "count"),
               Column("mean_baseline", text("col.mean_baseline", lang), "stat", "clients", 1),
               Column("mean_followup", text("col.mean_followup", lang), "stat", "clients", 1),
               Column("mean_change", text("col.mean_change", lang), "stat", "clients", 1),
               Column("improved", text("col.improved", lang), "count"),
               Column("same", text("col.same", lang), "count"),
               Column("worse", text("col.worse", lang), "count")]
    rows: list[Row] = []

    def add(key, label, pairs, dirs):
        d = Counter(dirs)
        rows.append(Row(key, [label, len(pairs), _mean([b for b, _ in pairs]),
                              _mean([f for _, f in pairs]), _mean([f - b for b, f in pairs]),
                              d["better"], d["same"], d["worse"]]))

    for inst in proms:
        defn = definition(inst)
        clients = [cid for (cid, i, tp) in latest if i == inst and tp == "followup"
                   and (cid, inst, "baseline") in latest]
        title = defn.raw.get("abbreviation") or defn.title.get(lang, defn.title["fi"])
        if defn.has_total:
            pairs, dirs = [], []
            for cid in clients:
                b, f = latest[(cid, inst, "baseline")], latest[(cid, inst, "followup")]
                if b.total is None or f.total is None:
                    continue
                sb, sf = _stored_score(defn, b), _stored_score(defn, f)
                pairs.append((b.total, f.total))
                dirs.append(change(inst, sb, sf).direction)
            add(inst, defn.title.get(lang, defn.title["fi"]), pairs, dirs)
        else:
            per_area = {it.id: ([], []) for it in defn.items}
            for cid in clients:
                b, f = latest[(cid, inst, "baseline")], latest[(cid, inst, "followup")]
                sb, sf = _stored_score(defn, b), _stored_score(defn, f)
                for area, ch in change(inst, sb, sf).areas.items():
                    if ch.delta is not None and area in per_area:
                        per_area[area][0].append((sb.profile[area], sf.profile[area]))
                        per_area[area][1].append(ch.direction)
            for it in defn.items:
                pairs, dirs = per_area[it.id]
                add(f"{inst}.{it.id}",
                    f"{title}: {it.number}. {it.label.get(lang, it.label['fi'])}", pairs, dirs)
    sums = [SumGroup((r.key, "clients"), tuple((r.key, k) for k in ("improved", "same", "worse")))
            for r in rows]
    return Table("prom_change", text("prom_change", lang), definition_text("prom_change", lang),
                 columns, rows, sums)


def _followups(conn, start: date, end: date, lang: str) -> Table:
    c = Client.__table__.c
    a = AnswerSet.__table__.c
    first_followup = (sa.select(a.client_id, sa.func.min(a.answered_on).label("on"))
                      .where(a.deleted_at.is_(None), a.superseded_by.is_(None),
                             a.instrument_id.in_(list(prom_set())), a.time_point == "followup",
                             a.answered_on <= end)
                      .group_by(a.client_id).subquery())
    # The window's last day is start + 6 months + 14 days; bracket it generously
    # in SQL and decide exactly below.
    lo = start - timedelta(days=200 + 14 + 3)
    hi = end - timedelta(days=180 + 14 - 3)
    q = (sa.select(c.id, c.started_on, c.status, c.closed_on, first_followup.c.on)
         .select_from(Client.__table__.outerjoin(first_followup,
                                                 first_followup.c.client_id == c.id))
         .where(c.deleted_at.is_(None), c.started_on.is_not(None),
                c.started_on.between(lo, hi)))
    counts = Counter()
    for _cid, started, status, closed_on, answered in conn.execute(q):
        first, _target, last = followup_window(started)
        if not (start <= last <= end):
            continue
        if status == "closed" and closed_on is not None and closed_on < first:
            continue
        if answered is None:
            counts["not_done"] += 1
        elif answered < first:
            counts["early"] += 1
        elif answered <= last:
            counts["on_time"] += 1
        else:
            counts["late"] += 1
    columns = [Column("timing", text("col.timing", lang), "label", coded=True),
               Column("clients", text("col.clients", lang), "count")]
    rows, sums = _rows_by_key(["on_time", "early", "late", "not_done"],
                              lambda k: text(f"fu.{k}", lang),
                              {k: {"clients": n} for k, n in counts.items()}, columns)
    rows[-1].values[0] = text("total", lang)
    return Table("followups", text("followups", lang), definition_text("followups", lang),
                 columns, rows, sums)


def _feedback(conn, start: date, end: date, lang: str) -> list[Table]:
    f = Feedback.__table__.c
    q = (sa.select(f.ratings, f.free_text, f.client_id)
         .where(f.deleted_at.is_(None), f.form_id == ff.DEFAULT_FORM,
                f.given_on.between(start, end)))
    forms = anonymous = with_text = 0
    given: dict[str, list[int]] = defaultdict(list)
    for ratings, free_text, client_id in conn.execute(q):
        forms += 1
        anonymous += client_id is None
        with_text += bool((free_text or "").strip())
        for item, v in json.loads(ratings or "{}").items():
            if isinstance(v, int) and not isinstance(v, bool):
                given[item].append(v)
    try:
        defn = ff.definition(ff.DEFAULT_FORM)
        labels = {it.id: ff.pick(it.text, lang) for it in defn.items}
    except (ValueError, OSError):
        labels = {}
    count = Column("count", text("count", lang), "count")
    summary = Table("feedback", text("feedback", lang), definition_text("feedback", lang),
                    [Column("figure", text("col.figure", lang), "label", coded=True), count],
                    [Row("forms", [text("fb.forms", lang), forms]),
                     Row("anonymous", [text("fb.anonymous", lang), anonymous]),
                     Row("with_text", [text("fb.with_text", lang), with_text])])
    ids = list(labels) + sorted(k for k in given if k not in labels)
    answers = Column("answers", text("col.answers", lang), "count")
    items = Table("feedback_items", text("feedback_items", lang),
                  definition_text("feedback_items", lang),
                  [Column("question", text("col.question", lang), "label", coded=True), answers,
                   Column("mean", text("col.mean", lang), "stat", "answers", 2)],
                  [Row(i, [labels.get(i, i), len(given[i]), _mean(given[i])]) for i in ids])
    return [summary, items]


@operation("team_report")
def team_report(store: Store, start: date, end: date, *, lang: str | None = None,
                progress: Progress | None = None, today: date | None = None) -> TeamReport:
    """Every table of the team report for ``start`` ≤ date ≤ ``end``.

    ``progress(done, total)`` is called between the steps (it may raise to
    cancel, as the UI's worker does). Running the report is audited as one
    "view" entry that names the period and no client.
    """
    if start is None or end is None or start > end:
        raise InvalidInput(Message("The period must start before it ends."), "start")
    lang = lang or language.current()
    step = 0

    def tick():
        nonlocal step
        if progress is not None:
            progress(step, STEPS)
        step += 1

    tables: list[Table] = []
    with store.session() as s:
        conn = s.connection()
        tick()
        tables.append(_referrals(conn, start, end, lang))
        tick()
        tables.append(_active_by_step(conn, end, lang))
        tick()
        tables.append(_closings(conn, start, end, lang))
        tick()
    tables += _network(store, start, end, lang)
    with store.session() as s:
        conn = s.connection()
        tick()
        tables.append(_prom_change(conn, start, end, lang))
        tick()
        tables.append(_followups(conn, start, end, lang))
        tick()
        tables += _feedback(conn, start, end, lang)
        tick()
        store.audit(s, "view", target="team_report", start=start.isoformat(),
                    end=end.isoformat())
    if progress is not None:
        progress(STEPS, STEPS)
    return TeamReport(start, end, lang, today or clock.today(), tables)
