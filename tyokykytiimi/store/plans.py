"""Plan operations: drafts, saving without loss, agreeing, versions, outputs.

- Reading the plan (:func:`open_plan`) writes nothing but the audit view entry.
  A draft starts when someone saves an edit (:func:`start_draft`); a draft is
  saved whole with the revision it was loaded at (:func:`save_draft`). When
  someone else saved in between, :class:`EditConflict` carries both sides and
  a proposed merge, so the editor can let the person choose without losing
  what they typed.
- :func:`agree` freezes a version. From then on no store operation can change
  it: :func:`_refuse_frozen` (a ``before_flush`` listener) raises
  :class:`PlanFrozen` for any change to an agreed version's rows, and the
  database's triggers (migration 0005) refuse raw SQL as well.
- Exports and prints of the plan are audited (:func:`record_plan_output`);
  outside recipients must be covered by a consent to receive the plan.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterable, Optional

import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import Session, select

from .. import formats
from ..models.clients import Client
from ..models.meetings import Invitee, Meeting
from ..models.plans import (GOAL_STATES, RESPONSIBLE_KINDS, TASK_STATES, Goal, GoalData,
                            IntermediateGoal, Plan, PlanContent, PlanVersion, StepData, Task,
                            TaskData, agree_problems, compare, merge)
from ..models.servicemap import Contact, Organisation
from ..models.base import utcnow
from ..models.users import User
from .errors import CLIENT_NOT_FOUND, InvalidInput, StoreError
from . import consents
from .session import Store
from .settings import get_setting
from ..i18n import _, N_, Message
from .permissions import operation
from .. import clock


class PlanFrozen(StoreError):
    messages = N_("This version of the plan has been agreed and can no longer be changed. Changes go into a new draft.")


class EditConflict(StoreError):
    """Someone saved the draft after it was opened here.

    ``theirs`` is what is stored now (at ``their_revision``), ``mine`` what
    this person tried to save, ``base`` what both started from.
    ``their_changes`` and ``my_changes`` are plain Finnish lines;
    ``merged`` + ``merge_notes`` a proposal that keeps both.
    """

    messages = N_("Someone else saved the plan meanwhile.")

    def __init__(self, *, base: PlanContent, theirs: PlanContent, mine: PlanContent,
                 their_revision: int, their_user: str, version_id: Optional[str] = None):
        super().__init__(Message("{their_user} saved the plan while you were editing it.", their_user=their_user))
        self.base, self.theirs, self.mine = base, theirs, mine
        self.their_revision = their_revision
        self.version_id = version_id  # the draft to save the chosen content into
        self.their_user = their_user
        self.their_changes = compare(base, theirs)
        self.my_changes = compare(base, mine)
        self.merged, self.merge_notes = merge(base, theirs, mine)


@dataclass
class VersionView:
    id: str
    plan_id: str
    client_id: str
    number: int
    state: str
    revision: int
    content: PlanContent
    agreed_on: Optional[date] = None
    agreed_by_name: Optional[str] = None
    meeting_id: Optional[str] = None
    participants: list[str] = field(default_factory=list)
    based_on_id: Optional[str] = None
    updated_at: Optional[datetime] = None
    updated_by_name: Optional[str] = None

    @property
    def is_draft(self) -> bool:
        return self.state == "draft"


@dataclass
class VersionSummary:
    id: str
    number: int
    state: str
    agreed_on: Optional[date]
    next_review: Optional[date]
    goals: int
    tasks: int
    updated_at: datetime


@dataclass
class Responsible:
    kind: str
    id: Optional[str]
    text: str
    reach: str = ""  # how the client reaches them (phone, e-mail)


@dataclass
class MeetingOption:
    id: str
    text: str
    day: date
    participants: list[str]


@dataclass
class PlanDocument:
    """Everything a plan PDF prints, resolved to text at the time of printing."""

    team_name: str
    client_name: str
    client_first_name: str
    client_id_text: str  # henkilötunnus or birth date
    version: VersionView
    reach: dict[str, str]  # responsible_text -> how to reach them
    case_manager_reach: str = ""
    recipients: list[str] = field(default_factory=list)
    # For the papers that leave the team (issue 17): how to reach the team, the
    # next planned meeting, and the language the client reads.
    team_reach: str = ""
    next_meeting_at: Optional[datetime] = None
    next_meeting_place: str = ""
    client_language: str = "fi"


# --- frozen versions ---------------------------------------------------------------

_PLAN_ROWS = (Goal, IntermediateGoal, Task)


def _stored_state(session: Session, version_id: str) -> Optional[str]:
    return session.connection().execute(
        sa.text("SELECT state FROM plan_versions WHERE id = :id"), {"id": version_id}
    ).scalar()


@event.listens_for(Session, "before_flush")
def _refuse_frozen(session: Session, flush_context, instances) -> None:
    """No session may change, remove or add rows of an agreed plan version."""
    touched = [o for o in list(session.dirty) if session.is_modified(o)] + list(session.deleted)
    for obj in touched:
        if isinstance(obj, PlanVersion):
            if _stored_state(session, obj.id) == "agreed":
                raise PlanFrozen()
        elif isinstance(obj, _PLAN_ROWS):
            if _stored_state(session, obj.version_id) == "agreed":
                raise PlanFrozen()
    for obj in list(session.new):
        if isinstance(obj, _PLAN_ROWS) and _stored_state(session, obj.version_id) == "agreed":
            raise PlanFrozen()


# --- helpers -----------------------------------------------------------------------

def _client(s: Session, client_id: str) -> Client:
    client = s.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise InvalidInput(CLIENT_NOT_FOUND)
    return client


def _version(s: Session, version_id: str) -> PlanVersion:
    v = s.get(PlanVersion, version_id)
    if v is None or v.deleted_at is not None:
        raise InvalidInput(Message("The plan version was not found."))
    return v


def _user_name(s: Session, user_id: Optional[str]) -> Optional[str]:
    if not user_id:
        return None
    u = s.get(User, user_id)
    return u.display_name if u else None


def _rows(s: Session, model, version_id: str):
    return list(s.exec(select(model).where(model.version_id == version_id,
                                           model.deleted_at.is_(None))
                       .order_by(model.position)))


def _content(s: Session, v: PlanVersion) -> PlanContent:
    steps: dict[str, list[StepData]] = {}
    for r in _rows(s, IntermediateGoal, v.id):
        steps.setdefault(r.goal_id, []).append(
            StepData(text=r.text, target_date=r.target_date, done=r.done, key=r.key))
    goals = [GoalData(text=g.text, target_date=g.target_date, state=g.state,
                      steps=steps.get(g.id, []), key=g.key) for g in _rows(s, Goal, v.id)]
    tasks = [TaskData(what=t.what, responsible_kind=t.responsible_kind,
                      responsible_id=t.responsible_id, responsible_text=t.responsible_text,
                      role=t.role, due=t.due, state=t.state, service=t.service, key=t.key,
                      plain_text=t.plain_text)
             for t in _rows(s, Task, v.id)]
    return PlanContent(goals=goals, tasks=tasks, case_manager_text=v.case_manager_text,
                       client_role=v.client_role, next_review=v.next_review,
                       review_reason=v.review_reason, notes=v.notes)


def _view(s: Session, v: PlanVersion) -> VersionView:
    return VersionView(id=v.id, plan_id=v.plan_id, client_id=v.client_id, number=v.number,
                       state=v.state, revision=v.revision, content=_content(s, v),
                       agreed_on=v.agreed_on, agreed_by_name=_user_name(s, v.agreed_by),
                       meeting_id=v.meeting_id, participants=v.participant_list,
                       based_on_id=v.based_on_id, updated_at=v.updated_at,
                       updated_by_name=_user_name(s, v.updated_by))


def _clean(content: PlanContent) -> PlanContent:
    """Validate what a person typed; drop empty lines the editor left behind."""
    c = content.copy()
    c.goals = [g for g in c.goals if g.text.strip() or any(x.text.strip() for x in g.steps)]
    for g in c.goals:
        if not g.text.strip():
            raise InvalidInput(Message("A goal has intermediate goals but no text."), "goals")
        if g.state not in GOAL_STATES:
            raise InvalidInput(Message("Unknown goal state."), "goals")
        g.steps = [x for x in g.steps if x.text.strip()]
    c.tasks = [t for t in c.tasks if t.what.strip()]
    for t in c.tasks:
        if t.state not in TASK_STATES:
            raise InvalidInput(Message("Unknown task state."), "tasks")
        if t.responsible_kind not in RESPONSIBLE_KINDS:
            raise InvalidInput(Message("Unknown kind of responsible party."), "tasks")
    return c


def _upsert(s: Session, model, existing: dict, key: str, fields: dict):
    row = existing.pop(key, None)
    if row is None:
        row = model(key=key, **fields)
    else:
        for name, value in fields.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
    s.add(row)
    return row


_VERSION_FIELDS = ("case_manager_text", "client_role", "next_review", "review_reason", "notes")


def _write_content(s: Session, v: PlanVersion, content: PlanContent) -> None:
    """Make the version's rows match ``content`` (a draft only).

    Rows are updated in place by key; rows no longer in the content are
    soft-deleted, so the change log keeps each item's history.
    """
    now = utcnow()
    goals = {r.key: r for r in _rows(s, Goal, v.id)}
    steps = {r.key: r for r in _rows(s, IntermediateGoal, v.id)}
    tasks = {r.key: r for r in _rows(s, Task, v.id)}
    common = dict(version_id=v.id, client_id=v.client_id)
    for gi, g in enumerate(content.goals):
        goal = _upsert(s, Goal, goals, g.key, dict(common, position=gi, text=g.text.strip(),
                                                  target_date=g.target_date, state=g.state))
        s.flush()
        for si, st in enumerate(g.steps):
            _upsert(s, IntermediateGoal, steps, st.key,
                    dict(common, goal_id=goal.id, position=si, text=st.text.strip(),
                         target_date=st.target_date, done=st.done))
    for ti, t in enumerate(content.tasks):
        _upsert(s, Task, tasks, t.key,
                dict(common, position=ti, what=t.what.strip(),
                     responsible_kind=t.responsible_kind, responsible_id=t.responsible_id,
                     responsible_text=t.responsible_text.strip(), role=t.role, due=t.due,
                     state=t.state, service=t.service,
                     plain_text=(t.plain_text or "").strip() or None))
    for gone in list(steps.values()) + list(tasks.values()) + list(goals.values()):
        gone.deleted_at = now
        s.add(gone)
    for name in _VERSION_FIELDS:
        if getattr(v, name) != getattr(content, name):
            setattr(v, name, getattr(content, name))


def _versions(s: Session, client_id: str) -> list[PlanVersion]:
    return list(s.exec(select(PlanVersion).where(PlanVersion.client_id == client_id,
                                                 PlanVersion.deleted_at.is_(None))
                       .order_by(PlanVersion.number.desc())))


def _default_case_manager(s: Session, client: Client) -> Optional[str]:
    if client.case_manager_text:
        return client.case_manager_text
    return _user_name(s, client.case_manager_user_id)


# --- operations --------------------------------------------------------------------

@operation("plans")
def current_draft(store: Store, client_id: str) -> Optional[VersionView]:
    with store.session() as s:
        _client(s, client_id)
        for v in _versions(s, client_id):
            if v.state == "draft":
                store.audit(s, "view", client_id=client_id, target=f"plan_version:{v.id}")
                return _view(s, v)
        # Finding no draft has still read the client's plan versions.
        store.audit(s, "view", client_id=client_id, target="plan")
        return None


@operation("plans")
def open_plan(store: Store, client_id: str) -> Optional[VersionView]:
    """What the plan tab shows: the open draft, else the latest agreed version.

    Reading writes only the audit trail's view entry: no draft is started here
    (a draft starts when someone saves an edit, :func:`start_draft`). None when
    the client has no plan yet.
    """
    with store.session() as s:
        _client(s, client_id)
        versions = _versions(s, client_id)
        shown = next((v for v in versions if v.state == "draft"), None) or \
            next((v for v in versions if v.state == "agreed"), None)
        if shown is None:
            store.audit(s, "view", client_id=client_id, target="plan")
            return None
        store.audit(s, "view", client_id=client_id, target=f"plan_version:{shown.id}")
        return _view(s, shown)


@operation("plans", quiet="the defaults of an empty plan form (the case manager), in the plan "
                          "tab that audited its view")
def new_plan_content(store: Store, client_id: str) -> PlanContent:
    """The content a first plan starts from (in memory; nothing is written)."""
    with store.session() as s:
        return PlanContent(case_manager_text=_default_case_manager(s, _client(s, client_id)))


def _create_draft(store: Store, s: Session, client: Client, versions: list[PlanVersion],
                  content: Optional[PlanContent]) -> PlanVersion:
    plan = s.exec(select(Plan).where(Plan.client_id == client.id)).first()
    if plan is None:
        plan = Plan(client_id=client.id)
        s.add(plan)
        s.flush()
    base = versions[0] if versions else None
    if content is None:
        if base is not None:
            content = _content(s, base)
        else:
            content = PlanContent(case_manager_text=_default_case_manager(s, client))
    # The version's own fields go in with it: its history then reads as one addition.
    v = PlanVersion(plan_id=plan.id, client_id=client.id,
                    number=(base.number + 1) if base else 1,
                    based_on_id=base.id if base else None,
                    **{name: getattr(content, name) for name in _VERSION_FIELDS})
    s.add(v)
    s.flush()
    _write_content(s, v, content)
    s.flush()
    store.audit(s, "create", client_id=client.id, target=f"plan_version:{v.id}",
                number=v.number)
    return v


@operation("plans")
def start_draft(store: Store, client_id: str, content: PlanContent, *,
                based_on_id: Optional[str], base: Optional[PlanContent] = None
                ) -> VersionView:
    """Someone edited the agreed plan (or wrote a first one): save it as a new draft.

    ``based_on_id`` is the version the editor showed (None for a first plan).
    When someone else started a draft or agreed a version meanwhile,
    :class:`EditConflict` carries their draft (``version_id``) so the editor
    can combine instead of losing either.
    """
    content = _clean(content)
    with store.session() as s:
        client = _client(s, client_id)
        versions = _versions(s, client_id)
        draft = next((v for v in versions if v.state == "draft"), None)
        if draft is not None:
            theirs = _content(s, draft)
            raise EditConflict(base=base if base is not None else theirs, theirs=theirs,
                               mine=content, their_revision=draft.revision,
                               their_user=_user_name(s, draft.updated_by) or _("Another user"),
                               version_id=draft.id)
        latest = versions[0].id if versions else None
        if latest != based_on_id:
            raise InvalidInput(Message("Someone agreed a new version of the plan meanwhile. "
                                       "Copy your changes and open the plan again."), "revision")
        v = _create_draft(store, s, client, versions, content)
        return _view(s, v)


@operation("plans")
def get_or_create_draft(store: Store, client_id: str) -> VersionView:
    """The client's open draft; a new one (copied from the last agreed version) if none.

    Only for someone who starts editing; reading uses :func:`open_plan`.
    """
    with store.session() as s:
        client = _client(s, client_id)
        versions = _versions(s, client_id)
        for v in versions:
            if v.state == "draft":
                store.audit(s, "view", client_id=client_id, target=f"plan_version:{v.id}")
                return _view(s, v)
        return _view(s, _create_draft(store, s, client, versions, None))


@operation("plans")
def save_draft(store: Store, version_id: str, content: PlanContent, expected_revision: int,
               base: Optional[PlanContent] = None) -> VersionView:
    """Save the whole draft. ``expected_revision`` is the revision it was loaded at.

    Raises :class:`EditConflict` when someone saved in between (``base`` is the
    content as loaded, used to tell their changes from mine), and
    :class:`PlanFrozen` for an agreed version.
    """
    content = _clean(content)
    with store.session() as s:
        v = _version(s, version_id)
        if v.state != "draft":
            raise PlanFrozen()
        if v.revision != expected_revision:
            theirs = _content(s, v)
            raise EditConflict(base=base if base is not None else theirs, theirs=theirs,
                               mine=content, their_revision=v.revision,
                               their_user=_user_name(s, v.updated_by) or _("Another user"),
                               version_id=v.id)
        _write_content(s, v, content)
        v.revision += 1
        s.add(v)
        s.flush()
        store.audit(s, "change", client_id=v.client_id, target=f"plan_version:{v.id}",
                    revision=v.revision)
        return _view(s, v)


@operation("plans")
def agree(store: Store, version_id: str, *, agreed_on: date, participants: Iterable[str],
          meeting_id: Optional[str] = None, expected_revision: Optional[int] = None,
          next_review: Optional[date] = None, review_reason: Optional[str] = None
          ) -> VersionView:
    """Record the agreement (when, at which meeting, who took part) and freeze the version.

    ``next_review`` / ``review_reason``, when given, are written into the
    version as part of agreeing (the agree dialog asks for them).
    """
    people = [p.strip() for p in participants if p and p.strip()]
    if not people:
        raise InvalidInput(Message("Record who took part in agreeing on the plan."), "participants")
    if agreed_on > clock.today():
        raise InvalidInput(Message("The date of agreement cannot be in the future."), "agreed_on")
    with store.session() as s:
        v = _version(s, version_id)
        if v.state != "draft":
            raise PlanFrozen()
        if expected_revision is not None and v.revision != expected_revision:
            raise InvalidInput(Message("Someone else saved the plan meanwhile. Open it again before agreeing."), "revision")
        content = _content(s, v)
        if next_review is not None:
            content.next_review = next_review
        if review_reason is not None:
            content.review_reason = review_reason.strip() or None
        problems = agree_problems(content, agreed_on)
        if problems:
            fld, msg = problems[0]
            raise InvalidInput(msg, fld)
        if meeting_id is not None:
            m = s.get(Meeting, meeting_id)
            if m is None or m.client_id != v.client_id:
                raise InvalidInput(Message("The chosen network meeting is not this client's."), "meeting")
        v.next_review, v.review_reason = content.next_review, content.review_reason
        v.state = "agreed"
        v.agreed_on = agreed_on
        v.agreed_by = store.user.id
        v.meeting_id = meeting_id
        v.participants = json.dumps(people, ensure_ascii=False)
        v.revision += 1
        s.add(v)
        s.flush()
        store.audit(s, "change", client_id=v.client_id, target=f"plan_version:{v.id}",
                    step="agree", number=v.number, participants=len(people))
        return _view(s, v)


@operation("plans")
def get_version(store: Store, version_id: str, *, audit_view: bool = True) -> VersionView:
    with store.session() as s:
        v = _version(s, version_id)
        if audit_view:
            store.audit(s, "view", client_id=v.client_id, target=f"plan_version:{v.id}")
        return _view(s, v)


@operation("plans")
def list_versions(store: Store, client_id: str) -> list[VersionSummary]:
    """Newest first."""
    with store.session() as s:
        _client(s, client_id)
        out = []
        for v in _versions(s, client_id):
            goals = s.exec(select(sa.func.count()).select_from(Goal).where(
                Goal.version_id == v.id, Goal.deleted_at.is_(None))).one()
            tasks = s.exec(select(sa.func.count()).select_from(Task).where(
                Task.version_id == v.id, Task.deleted_at.is_(None))).one()
            out.append(VersionSummary(id=v.id, number=v.number, state=v.state,
                                      agreed_on=v.agreed_on, next_review=v.next_review,
                                      goals=goals, tasks=tasks, updated_at=v.updated_at))
        store.audit(s, "list", client_id=client_id, target="plan_versions", count=len(out))
        return out


@operation("plans")
def compare_versions(store: Store, old_id: str, new_id: str) -> list[str]:
    with store.session() as s:
        old, new = _version(s, old_id), _version(s, new_id)
        if old.client_id != new.client_id:
            raise InvalidInput(Message("The versions belong to different clients."))
        store.audit(s, "view", client_id=old.client_id, target="plan_compare",
                    versions=[old.number, new.number])
        return compare(_content(s, old), _content(s, new))


@operation("client_work",
           quiet="dates beside the client list, which audits")
def last_agreed(store: Store, client_ids: Iterable[str]) -> dict[str, date]:
    """{client_id: date of the latest agreed plan version} for clients that have one."""
    ids = list(client_ids)
    out: dict[str, date] = {}
    with store.session() as s:
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows = s.exec(select(PlanVersion.client_id, sa.func.max(PlanVersion.agreed_on))
                          .where(PlanVersion.client_id.in_(chunk),
                                 PlanVersion.state == "agreed",
                                 PlanVersion.deleted_at.is_(None))
                          .group_by(PlanVersion.client_id)).all()
            out.update({cid: d for cid, d in rows if d is not None})
    return out


@operation("plans", quiet="the client's name among the agree dialog's participants, in a plan "
                          "whose view was audited")
def client_name(store: Store, client_id: str) -> str:
    """The client's full name, as the agree dialog lists them first among participants."""
    with store.session() as s:
        c = _client(s, client_id)
        return f"{c.first_name} {c.last_name}"


@operation("plans",
           quiet="choices in the plan tab, opened with list_versions, which audits")
def responsible_options(store: Store, client_id: str) -> list[Responsible]:
    """Who can be responsible for a task: the client, the team, the service map."""
    with store.session() as s:
        client = _client(s, client_id)
        out = [Responsible("client", None, f"{client.first_name} (asiakas itse)")]
        for u in s.exec(select(User).where(User.deleted_at.is_(None), User.active.is_(True))
                        .order_by(User.display_name)):
            out.append(Responsible("team", u.id, u.display_name))
        orgs = {o.id: o for o in s.exec(select(Organisation).where(
            Organisation.deleted_at.is_(None)).order_by(Organisation.name))}
        for c in s.exec(select(Contact).where(Contact.deleted_at.is_(None))
                        .order_by(Contact.name)):
            org = orgs.get(c.organisation_id)
            text = c.name + (f", {org.name}" if org else "")
            out.append(Responsible("contact", c.id, text, _reach(c.phone, c.email)))
        for o in orgs.values():
            out.append(Responsible("organisation", o.id, o.name, _reach(o.phone, None)))
        return out


def _reach(phone: Optional[str], email: Optional[str]) -> str:
    return ", ".join(x for x in (phone, email) if x)


@operation("plans",
           quiet="choices in the agree dialog of a plan opened with get_version, which audits")
def meeting_options(store: Store, client_id: str) -> list[MeetingOption]:
    """The client's network meetings (newest first), with who took part or was invited."""
    with store.session() as s:
        _client(s, client_id)
        out = []
        for m in s.exec(select(Meeting).where(Meeting.client_id == client_id,
                                              Meeting.deleted_at.is_(None),
                                              Meeting.state != "cancelled")
                        .order_by(Meeting.starts_at.desc())):
            people = []
            for i in s.exec(select(Invitee).where(Invitee.meeting_id == m.id,
                                                  Invitee.deleted_at.is_(None))):
                if i.status == "declined":
                    continue
                name = i.name or _user_name(s, i.user_id) or i.organisation_name or ""
                if i.organisation_name and i.name:
                    name = f"{i.name} ({i.organisation_name})"
                if name:
                    people.append(name)
            day = formats.local_time(m.starts_at).date()
            out.append(MeetingOption(m.id, f"{day.day}.{day.month}.{day.year}", day, people))
        return out


@operation("plans",
           quiet="choices in the send dialog; the sending is audited (record_plan_output)")
def plan_recipients(store: Store, client_id: str, day: Optional[date] = None
                    ) -> Optional[list[tuple[str, str]]]:
    """[(party, readable name)] covered by a consent to receive the plan."""
    parties = consents.parties_with_plan_consent(store, client_id, day or clock.today())
    names = consents.party_labels(store, list(parties))
    return [(p, names.get(p, p)) for p in parties]


@operation("plans",
           quiet="the document for a print or export, which record_plan_output audits")
def plan_document(store: Store, version_id: str, *, recipients: Iterable[str] = ()
                  ) -> PlanDocument:
    """The data for a plan PDF. Outside ``recipients`` must have plan consent."""
    recipients = list(recipients)
    with store.session() as s:
        v = _version(s, version_id)
        client = _client(s, v.client_id)
        if recipients:
            consents.require_consent(s, v.client_id, recipients, "plan_recording", clock.today())
        view = _view(s, v)
        reach: dict[str, str] = {}
        for t in view.content.tasks:
            if t.responsible_kind == "contact" and t.responsible_id:
                c = s.get(Contact, t.responsible_id)
                if c:
                    reach[t.responsible_text] = _reach(c.phone, c.email)
            elif t.responsible_kind == "organisation" and t.responsible_id:
                o = s.get(Organisation, t.responsible_id)
                if o:
                    reach[t.responsible_text] = _reach(o.phone, None)
        from .contacts import staff_reach, team_reach
        staff = {u.display_name: u.id for u in s.exec(select(User).where(
            User.deleted_at.is_(None)))}
        for t in view.content.tasks:
            user_id = t.responsible_id if t.responsible_kind == "team" else \
                staff.get(t.responsible_text) if t.responsible_kind == "other" else None
            if user_id and t.responsible_text not in reach:
                reach[t.responsible_text] = staff_reach(s, user_id).text(address=False)
        cm_reach = ""
        cm_user = staff.get(view.content.case_manager_text or "")
        if cm_user:  # the plan names a team member: their own contact details
            cm_reach = staff_reach(s, cm_user).text(address=False)
        elif client.case_manager_contact_id:
            c = s.get(Contact, client.case_manager_contact_id)
            if c:
                cm_reach = _reach(c.phone, c.email)
        elif client.case_manager_user_id:
            cm_reach = staff_reach(s, client.case_manager_user_id).text(address=False)
        team = team_reach(s)
        upcoming = s.exec(select(Meeting).where(
            Meeting.client_id == client.id, Meeting.deleted_at.is_(None),
            Meeting.state == "planned", Meeting.starts_at > utcnow())
            .order_by(Meeting.starts_at)).first()
        if client.hetu:
            ident = client.hetu
        elif client.birth_date:
            b = client.birth_date
            ident = f"{b.day}.{b.month}.{b.year}"
        else:
            ident = client.temporary_id or ""
        labels = dict(plan_recipients(store, v.client_id) or []) if recipients else {}
        return PlanDocument(team_name=get_setting(s, "team_name") or "",
                            client_name=f"{client.first_name} {client.last_name}",
                            client_first_name=client.first_name, client_id_text=ident,
                            version=view, reach=reach, case_manager_reach=cm_reach,
                            recipients=[labels.get(r, r) for r in recipients],
                            team_reach=team.text().replace("\n", ", "),
                            next_meeting_at=upcoming.starts_at if upcoming else None,
                            next_meeting_place=(upcoming.place or upcoming.link or "")
                            if upcoming else "",
                            client_language=client.language or "fi")


@operation("plans")
def record_plan_output(store: Store, version_id: str, *, action: str, document: str,
                       lang: str, recipients: Iterable[str] = ()) -> None:
    """Write the audit entry for a plan that was exported or printed.

    ``action`` is "export" or "print"; ``document`` "parties" or "client".
    Recipients are recorded as party ids (organisation ids or the consented
    names), never with client details.
    """
    if action not in ("export", "print"):
        raise ValueError(action)
    with store.session() as s:
        v = _version(s, version_id)
        store.audit(s, action, client_id=v.client_id, target=f"plan_version:{v.id}",
                    document=document, lang=lang, number=v.number,
                    recipients=sorted(recipients))
