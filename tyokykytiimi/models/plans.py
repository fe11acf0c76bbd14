"""The shared client plan: tables and pure rules (versions, comparison, review date).

A client has one ``Plan``; the plan has numbered ``PlanVersion`` rows, each a
draft or agreed. An agreed version never changes (the store refuses, and the
database has triggers that refuse too); editing starts a new draft copied from
it. Goals, intermediate goals and tasks carry a ``key`` that stays the same
when a version is copied, so two versions can be compared item by item.

The editor, the comparison and the merge work on plain dataclasses
(:class:`PlanContent`), not on rows, so they are testable without a database.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Optional

from sqlmodel import Field

from .base import Record, new_id
from .due import add_months
from ..i18n import N_, _

VERSION_STATES = ("draft", "agreed")
GOAL_STATES = ("open", "in_progress", "reached", "changed", "dropped")
TASK_STATES = ("planned", "in_progress", "done", "cancelled")
# Who is responsible for a task: a team member (users.id), a service-map
# contact or organisation, the client themself, or a named outside party.
RESPONSIBLE_KINDS = ("team", "contact", "organisation", "client", "other")
REVIEW_MONTHS = 6

# One name for each state, in every screen, history line and paper (the catalogue
# translates them; "in progress" is one status for goals and tasks alike).
STATE_TEXT = {"open": N_("open"), "in_progress": N_("in progress"), "reached": N_("reached"),
              "changed": N_("changed"), "dropped": N_("dropped"), "planned": N_("planned"),
              "done": N_("done"), "cancelled": N_("cancelled")}


def state_text(state: str, lang: str | None = None) -> str:
    return _(STATE_TEXT[state], lang) if state in STATE_TEXT else state


# --- tables ------------------------------------------------------------------------

class Plan(Record, table=True):
    __tablename__ = "plans"

    client_id: str = Field(foreign_key="clients.id", index=True, unique=True, max_length=36)


class PlanVersion(Record, table=True):
    __tablename__ = "plan_versions"

    plan_id: str = Field(foreign_key="plans.id", index=True, max_length=36)
    client_id: str = Field(foreign_key="clients.id", index=True, max_length=36)
    number: int
    state: str = Field(default="draft", max_length=10)  # VERSION_STATES
    based_on_id: Optional[str] = Field(default=None, max_length=36)
    agreed_on: Optional[date] = None
    agreed_by: Optional[str] = Field(default=None, max_length=36)
    meeting_id: Optional[str] = Field(default=None, max_length=36)
    participants: str = Field(default="[]")  # JSON list of names as written at the meeting
    case_manager_text: Optional[str] = Field(default=None, max_length=200)
    client_role: Optional[str] = None
    next_review: Optional[date] = None
    review_reason: Optional[str] = None
    notes: Optional[str] = None  # internal: never on the client's own plan
    revision: int = 0  # bumped by every save: optimistic concurrency

    @property
    def participant_list(self) -> list[str]:
        return list(json.loads(self.participants or "[]"))


class Goal(Record, table=True):
    __tablename__ = "plan_goals"

    version_id: str = Field(foreign_key="plan_versions.id", index=True, max_length=36)
    client_id: str = Field(foreign_key="clients.id", max_length=36)
    key: str = Field(max_length=36)
    position: int = 0
    text: str  # in the client's own words
    target_date: Optional[date] = None
    state: str = Field(default="open", max_length=20)  # GOAL_STATES


class IntermediateGoal(Record, table=True):
    __tablename__ = "plan_intermediate_goals"

    goal_id: str = Field(foreign_key="plan_goals.id", index=True, max_length=36)
    version_id: str = Field(foreign_key="plan_versions.id", index=True, max_length=36)
    client_id: str = Field(foreign_key="clients.id", max_length=36)
    key: str = Field(max_length=36)
    position: int = 0
    text: str
    target_date: Optional[date] = None
    done: bool = False


class Task(Record, table=True):
    __tablename__ = "plan_tasks"

    version_id: str = Field(foreign_key="plan_versions.id", index=True, max_length=36)
    client_id: str = Field(foreign_key="clients.id", max_length=36)
    key: str = Field(max_length=36)
    position: int = 0
    what: str
    responsible_kind: str = Field(default="team", max_length=20)  # RESPONSIBLE_KINDS
    responsible_id: Optional[str] = Field(default=None, max_length=36)
    responsible_text: str = Field(default="", max_length=200)  # readable even if the map changes
    role: Optional[str] = None
    due: Optional[date] = None
    state: str = Field(default="planned", max_length=20)  # TASK_STATES
    service: Optional[str] = Field(default=None, max_length=200)
    # The task in plain words for the client's own plan (migration 0031).
    plain_text: Optional[str] = None


# --- content (what the editor edits) -----------------------------------------------

@dataclass
class StepData:
    text: str
    target_date: Optional[date] = None
    done: bool = False
    key: str = field(default_factory=new_id)


@dataclass
class GoalData:
    text: str
    target_date: Optional[date] = None
    state: str = "open"
    steps: list[StepData] = field(default_factory=list)
    key: str = field(default_factory=new_id)


@dataclass
class TaskData:
    what: str
    responsible_kind: str = "team"
    responsible_id: Optional[str] = None
    responsible_text: str = ""
    role: Optional[str] = None
    due: Optional[date] = None
    state: str = "planned"
    service: Optional[str] = None
    key: str = field(default_factory=new_id)
    plain_text: Optional[str] = None  # for the client's plan: first person or plain words


@dataclass
class PlanContent:
    goals: list[GoalData] = field(default_factory=list)
    tasks: list[TaskData] = field(default_factory=list)
    case_manager_text: Optional[str] = None
    client_role: Optional[str] = None
    next_review: Optional[date] = None
    review_reason: Optional[str] = None
    notes: Optional[str] = None

    def copy(self) -> "PlanContent":
        return replace(self, goals=[replace(g, steps=[replace(s) for s in g.steps])
                                    for g in self.goals],
                       tasks=[replace(t) for t in self.tasks])


# --- review date -------------------------------------------------------------------

def review_default(day: date) -> date:
    """The latest review date that needs no reason: 6 calendar months from ``day``."""
    return add_months(day, REVIEW_MONTHS)


def review_needs_reason(day: date, review: Optional[date]) -> bool:
    return review is not None and review > review_default(day)


def agree_problems(content: PlanContent, agreed_on: date) -> list[tuple[str, str]]:
    """What stops agreeing ``content`` on ``agreed_on``: (field, message) pairs, the
    message in the chosen language (Finnish by default)."""
    out: list[tuple[str, str]] = []
    if not [g for g in content.goals if g.text.strip()]:
        out.append(("goals", _("Record at least one goal in the client's own words.")))
    if content.next_review is None:
        out.append(("next_review", _("Enter the date of the next meeting or review.")))
    elif content.next_review < agreed_on:
        out.append(("next_review", _("The next review cannot be before the day of agreement.")))
    elif review_needs_reason(agreed_on, content.next_review) and not (
            content.review_reason or "").strip():
        out.append(("review_reason", _("The review is more than 6 months away: record why.")))
    for t in content.tasks:
        if t.what.strip() and not t.responsible_text.strip():
            what = _short(t.what)
            out.append(("tasks", _("Name who is responsible for the task \"{what}\".").format(what=what)))
    return out


# --- comparison --------------------------------------------------------------------

def _short(text: str, n: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _fi_date(d: Optional[date]) -> str:
    return f"{d.day}.{d.month}.{d.year}" if d else _("no date")


def _match(old: list, new: list, text_of) -> list[tuple[object, object]]:
    """Pairs (old, new) by key, then by identical text; unmatched sides are None."""
    pairs = []
    new_by_key = {getattr(n, "key", None): n for n in new}
    used = set()
    left = []
    for o in old:
        n = new_by_key.get(o.key)
        if n is not None and id(n) not in used:
            pairs.append((o, n))
            used.add(id(n))
        else:
            left.append(o)
    rest = [n for n in new if id(n) not in used]
    for o in left:
        hit = next((n for n in rest if text_of(n).strip() == text_of(o).strip()), None)
        if hit is not None:
            rest.remove(hit)
            pairs.append((o, hit))
        else:
            pairs.append((o, None))
    pairs += [(None, n) for n in rest]
    return pairs


def compare(old: PlanContent, new: PlanContent) -> list[str]:
    """What changed from ``old`` to ``new``, one plain line per change (in the chosen
    language, Finnish by default)."""
    lines: list[str] = []
    for o, n in _match(old.goals, new.goals, lambda g: g.text):
        if o is None:
            text = _short(n.text)
            lines.append(_("New goal: \"{text}\"").format(text=text))
            continue
        if n is None:
            text = _short(o.text)
            lines.append(_("Goal removed: \"{text}\"").format(text=text))
            continue
        name = _short(n.text)
        if o.text.strip() != n.text.strip():
            was = _short(o.text)
            lines.append(_("Goal reworded: \"{was}\" → \"{name}\"").format(was=was, name=name))
        if o.state != n.state:
            change = f"{state_text(o.state)} → {state_text(n.state)}"
            lines.append(_("State of the goal \"{name}\": {change}").format(name=name, change=change))
        if o.target_date != n.target_date:
            change = f"{_fi_date(o.target_date)} → {_fi_date(n.target_date)}"
            lines.append(_("Target date of the goal \"{name}\": {change}").format(name=name, change=change))
        for os_, ns in _match(o.steps, n.steps, lambda s: s.text):
            if os_ is None:
                step = _short(ns.text)
                lines.append(_("New intermediate goal for \"{name}\": \"{step}\"").format(name=name, step=step))
            elif ns is None:
                step = _short(os_.text)
                lines.append(_("Intermediate goal removed: \"{step}\"").format(step=step))
            else:
                step = _short(ns.text)
                if os_.text.strip() != ns.text.strip():
                    was = _short(os_.text)
                    lines.append(_("Intermediate goal reworded: \"{was}\" → \"{step}\"").format(was=was, step=step))
                if os_.done != ns.done:
                    if ns.done:
                        lines.append(_("Intermediate goal \"{step}\" reached").format(step=step))
                    else:
                        lines.append(_("Intermediate goal \"{step}\" no longer marked as reached").format(step=step))
                if os_.target_date != ns.target_date:
                    change = f"{_fi_date(os_.target_date)} → {_fi_date(ns.target_date)}"
                    lines.append(_("Date of the intermediate goal \"{step}\": {change}").format(step=step, change=change))
    old_goal_keys = [g.key for g in old.goals if g.key in {x.key for x in new.goals}]
    new_goal_keys = [g.key for g in new.goals if g.key in set(old_goal_keys)]
    if old_goal_keys != new_goal_keys:
        lines.append(_("The order of the goals changed"))
    for o, n in _match(old.tasks, new.tasks, lambda t: t.what):
        if o is None:
            what, who = _short(n.what), n.responsible_text or "–"
            lines.append(_("New task: \"{what}\" (responsible: {who})").format(what=what, who=who))
            continue
        if n is None:
            what = _short(o.what)
            lines.append(_("Task removed: \"{what}\"").format(what=what))
            continue
        name = _short(n.what)
        if o.what.strip() != n.what.strip():
            was = _short(o.what)
            lines.append(_("Task reworded: \"{was}\" → \"{name}\"").format(was=was, name=name))
        if o.responsible_text != n.responsible_text:
            change = f"{o.responsible_text or '–'} → {n.responsible_text or '–'}"
            lines.append(_("Responsible for the task \"{name}\": {change}").format(name=name, change=change))
        if (o.role or "") != (n.role or ""):
            lines.append(_("The role in the task \"{name}\" changed").format(name=name))
        if o.state != n.state:
            change = f"{state_text(o.state)} → {state_text(n.state)}"
            lines.append(_("State of the task \"{name}\": {change}").format(name=name, change=change))
        if o.due != n.due:
            change = f"{_fi_date(o.due)} → {_fi_date(n.due)}"
            lines.append(_("Schedule of the task \"{name}\": {change}").format(name=name, change=change))
        if (o.service or "") != (n.service or ""):
            change = f"{o.service or '–'} → {n.service or '–'}"
            lines.append(_("Service for the task \"{name}\": {change}").format(name=name, change=change))
    if (old.case_manager_text or "") != (new.case_manager_text or ""):
        change = f"{old.case_manager_text or '–'} → {new.case_manager_text or '–'}"
        lines.append(_("Case manager: {change}").format(change=change))
    if (old.client_role or "").strip() != (new.client_role or "").strip():
        lines.append(_("The client's own role changed"))
    if old.next_review != new.next_review:
        change = f"{_fi_date(old.next_review)} → {_fi_date(new.next_review)}"
        lines.append(_("Next review: {change}").format(change=change))
    if (old.notes or "").strip() != (new.notes or "").strip():
        lines.append(_("The notes changed"))
    return lines


# --- three-way merge (two people saved the same draft) -----------------------------

_HEADER = ("case_manager_text", "client_role", "next_review", "review_reason", "notes")


def _merge_lists(base: list, theirs: list, mine: list, label) -> tuple[list, list[str]]:
    b = {x.key: x for x in base}
    t = {x.key: x for x in theirs}
    m = {x.key: x for x in mine}
    notes: list[str] = []
    out = []
    # Mine gives the order; their new items go after the item they followed.
    order = [x.key for x in mine]
    for i, x in enumerate(theirs):
        if x.key not in m and x.key not in b:
            prev = theirs[i - 1].key if i else None
            pos = order.index(prev) + 1 if prev in order else len(order)
            order.insert(pos, x.key)
    for k in order:
        if k in m and k in t:
            if m[k] == t[k] or (k in b and t[k] == b[k]):
                out.append(m[k])
            elif k in b and m[k] == b[k]:
                out.append(t[k])
            else:
                out.append(m[k])
                item = _short(label(m[k]))
                notes.append(_("You both changed \"{item}\": your version stands.").format(item=item))
        elif k in m:  # they removed it (or it is new in mine)
            if k in b and m[k] == b[k]:
                continue  # their removal stands
            out.append(m[k])
            if k in b:
                item = _short(label(m[k]))
                notes.append(_("The other person removed \"{item}\", which you changed: it was kept.").format(item=item))
        elif k in t:  # I removed it, or it is new in theirs
            if k in b:
                if t[k] != b[k]:
                    out.append(t[k])
                    item = _short(label(t[k]))
                    notes.append(_("You removed \"{item}\", which the other person changed: it was kept.").format(item=item))
                continue
            out.append(t[k])
    return out, notes


def merge(base: PlanContent, theirs: PlanContent, mine: PlanContent
          ) -> tuple[PlanContent, list[str]]:
    """Combine two saves of the same draft without losing either's work.

    Items are matched by key. A change only one side made is taken; when both
    changed the same item differently, mine stays and a note says so; an item
    one removed and the other changed is kept. Returns the merged content and
    plain notes (in the chosen language) about each such decision.
    """
    goals, n1 = _merge_lists(base.goals, theirs.goals, mine.goals, lambda g: g.text)
    tasks, n2 = _merge_lists(base.tasks, theirs.tasks, mine.tasks, lambda t: t.what)
    merged = PlanContent(goals=[replace(g, steps=list(g.steps)) for g in goals],
                         tasks=list(tasks))
    notes = n1 + n2
    for name in _HEADER:
        b, t, m = getattr(base, name), getattr(theirs, name), getattr(mine, name)
        if m == b:
            value = t
        elif t == b or t == m:
            value = m
        else:
            value = m
            notes.append(_('You both changed the field "{field}": your version stands.')
                         .format(field=_(_FIELD[name])))
        setattr(merged, name, value)
    return merged, notes


# The plan's fields as a sentence names them (lower case, in the middle of a sentence).
_FIELD = {"case_manager_text": N_("case manager"), "client_role": N_("the client's own role"),
          "next_review": N_("next review"), "review_reason": N_("reason for the review"),
          "notes": N_("notes")}
