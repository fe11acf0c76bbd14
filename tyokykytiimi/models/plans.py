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

VERSION_STATES = ("draft", "agreed")
GOAL_STATES = ("open", "in_progress", "reached", "changed", "dropped")
TASK_STATES = ("planned", "in_progress", "done", "cancelled")
# Who is responsible for a task: a team member (users.id), a service-map
# contact or organisation, the client themself, or a named outside party.
RESPONSIBLE_KINDS = ("team", "contact", "organisation", "client", "other")
REVIEW_MONTHS = 6

GOAL_STATE_FI = {"open": "avoin", "in_progress": "työn alla", "reached": "saavutettu",
                 "changed": "muuttunut", "dropped": "luovuttu"}
TASK_STATE_FI = {"planned": "suunniteltu", "in_progress": "käynnissä", "done": "tehty",
                 "cancelled": "peruttu"}


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
    """What stops agreeing ``content`` on ``agreed_on``: (field, Finnish message) pairs."""
    out: list[tuple[str, str]] = []
    if not [g for g in content.goals if g.text.strip()]:
        out.append(("goals", "Kirjaa vähintään yksi tavoite asiakkaan omin sanoin."))
    if content.next_review is None:
        out.append(("next_review", "Anna seuraavan tapaamisen tai arvioinnin päivä."))
    elif content.next_review < agreed_on:
        out.append(("next_review", "Seuraava arviointi ei voi olla ennen sopimispäivää."))
    elif review_needs_reason(agreed_on, content.next_review) and not (
            content.review_reason or "").strip():
        out.append(("review_reason", "Arviointi on yli 6 kuukauden päässä: kirjaa syy."))
    for t in content.tasks:
        if t.what.strip() and not t.responsible_text.strip():
            out.append(("tasks", f"Nimeä vastuutaho tehtävälle \"{_short(t.what)}\"."))
    return out


# --- comparison --------------------------------------------------------------------

def _short(text: str, n: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _fi_date(d: Optional[date]) -> str:
    return f"{d.day}.{d.month}.{d.year}" if d else "ei päivää"


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
    """What changed from ``old`` to ``new``, one plain Finnish line per change."""
    lines: list[str] = []
    for o, n in _match(old.goals, new.goals, lambda g: g.text):
        if o is None:
            lines.append(f"Uusi tavoite: \"{_short(n.text)}\"")
            continue
        if n is None:
            lines.append(f"Tavoite poistettu: \"{_short(o.text)}\"")
            continue
        name = _short(n.text)
        if o.text.strip() != n.text.strip():
            lines.append(f"Tavoite muotoiltu uudelleen: \"{_short(o.text)}\" → \"{name}\"")
        if o.state != n.state:
            lines.append(f"Tavoitteen \"{name}\" tila: {GOAL_STATE_FI.get(o.state, o.state)}"
                         f" → {GOAL_STATE_FI.get(n.state, n.state)}")
        if o.target_date != n.target_date:
            lines.append(f"Tavoitteen \"{name}\" tavoitepäivä: {_fi_date(o.target_date)}"
                         f" → {_fi_date(n.target_date)}")
        for os_, ns in _match(o.steps, n.steps, lambda s: s.text):
            if os_ is None:
                lines.append(f"Uusi välitavoite tavoitteelle \"{name}\": \"{_short(ns.text)}\"")
            elif ns is None:
                lines.append(f"Välitavoite poistettu: \"{_short(os_.text)}\"")
            else:
                if os_.text.strip() != ns.text.strip():
                    lines.append(f"Välitavoite muotoiltu uudelleen: \"{_short(os_.text)}\""
                                 f" → \"{_short(ns.text)}\"")
                if os_.done != ns.done:
                    lines.append(f"Välitavoite \"{_short(ns.text)}\" "
                                 + ("saavutettu" if ns.done else "ei enää merkitty saavutetuksi"))
                if os_.target_date != ns.target_date:
                    lines.append(f"Välitavoitteen \"{_short(ns.text)}\" päivä: "
                                 f"{_fi_date(os_.target_date)} → {_fi_date(ns.target_date)}")
    old_goal_keys = [g.key for g in old.goals if g.key in {x.key for x in new.goals}]
    new_goal_keys = [g.key for g in new.goals if g.key in set(old_goal_keys)]
    if old_goal_keys != new_goal_keys:
        lines.append("Tavoitteiden järjestys muuttui")
    for o, n in _match(old.tasks, new.tasks, lambda t: t.what):
        if o is None:
            lines.append(f"Uusi tehtävä: \"{_short(n.what)}\" (vastuu: {n.responsible_text or '–'})")
            continue
        if n is None:
            lines.append(f"Tehtävä poistettu: \"{_short(o.what)}\"")
            continue
        name = _short(n.what)
        if o.what.strip() != n.what.strip():
            lines.append(f"Tehtävä muotoiltu uudelleen: \"{_short(o.what)}\" → \"{name}\"")
        if o.responsible_text != n.responsible_text:
            lines.append(f"Tehtävän \"{name}\" vastuutaho: {o.responsible_text or '–'}"
                         f" → {n.responsible_text or '–'}")
        if (o.role or "") != (n.role or ""):
            lines.append(f"Tehtävän \"{name}\" rooli muuttui")
        if o.state != n.state:
            lines.append(f"Tehtävän \"{name}\" tila: {TASK_STATE_FI.get(o.state, o.state)}"
                         f" → {TASK_STATE_FI.get(n.state, n.state)}")
        if o.due != n.due:
            lines.append(f"Tehtävän \"{name}\" aikataulu: {_fi_date(o.due)} → {_fi_date(n.due)}")
        if (o.service or "") != (n.service or ""):
            lines.append(f"Tehtävän \"{name}\" palvelu: {o.service or '–'} → {n.service or '–'}")
    if (old.case_manager_text or "") != (new.case_manager_text or ""):
        lines.append(f"Asiakasvastaava: {old.case_manager_text or '–'} → "
                     f"{new.case_manager_text or '–'}")
    if (old.client_role or "").strip() != (new.client_role or "").strip():
        lines.append("Asiakkaan oma rooli muuttui")
    if old.next_review != new.next_review:
        lines.append(f"Seuraava arviointi: {_fi_date(old.next_review)} → "
                     f"{_fi_date(new.next_review)}")
    if (old.notes or "").strip() != (new.notes or "").strip():
        lines.append("Muistiinpanot muuttuivat")
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
                notes.append(f"Molemmat muuttivat kohtaa \"{_short(label(m[k]))}\": "
                             "sinun versiosi jäi voimaan.")
        elif k in m:  # they removed it (or it is new in mine)
            if k in b and m[k] == b[k]:
                continue  # their removal stands
            out.append(m[k])
            if k in b:
                notes.append(f"Toinen poisti kohdan \"{_short(label(m[k]))}\", jota muutit: "
                             "se säilytettiin.")
        elif k in t:  # I removed it, or it is new in theirs
            if k in b:
                if t[k] != b[k]:
                    out.append(t[k])
                    notes.append(f"Poistit kohdan \"{_short(label(t[k]))}\", jota toinen "
                                 "muutti: se säilytettiin.")
                continue
            out.append(t[k])
    return out, notes


def merge(base: PlanContent, theirs: PlanContent, mine: PlanContent
          ) -> tuple[PlanContent, list[str]]:
    """Combine two saves of the same draft without losing either's work.

    Items are matched by key. A change only one side made is taken; when both
    changed the same item differently, mine stays and a note says so; an item
    one removed and the other changed is kept. Returns the merged content and
    plain Finnish notes about each such decision.
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
            notes.append(f"Molemmat muuttivat kenttää \"{_FIELD_FI[name]}\": sinun versiosi "
                         "jäi voimaan.")
        setattr(merged, name, value)
    return merged, notes


_FIELD_FI = {"case_manager_text": "asiakasvastaava", "client_role": "asiakkaan oma rooli",
             "next_review": "seuraava arviointi", "review_reason": "arvioinnin syy",
             "notes": "muistiinpanot"}
