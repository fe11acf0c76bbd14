"""Client feedback: save a filled form, list a client's feedback, team summary.

Feedback is a row in the encrypted database like every other row. It is either
tied to a client (and the path step they were at) or anonymous. Anonymous means
the row keeps no client and no path step, and neither do its audit entry or its
change-log snapshot; the staff member who opened the form is recorded as the
writer, as for every row. The audit entries carry ids and numbers, never names
or the free text.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from ..models import feedback_form as ff
from ..models.clients import PATH_STEPS, Client
from ..models.feedback import Feedback
from .errors import InvalidInput
from .session import Store
from ..i18n import _, Message
from .permissions import operation
from .. import clock


def _client(s, client_id: str) -> Client:
    client = s.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise InvalidInput(Message("The client was not found."), "client_id")
    return client


@dataclass(frozen=True)
class FeedbackContext:
    """What the feedback mode needs to know about a client: no name, no identifier."""

    client_id: str
    path_step: int
    language: str | None  # the client's language when the form has it (fi, sv, en)


@operation("client_work", quiet="a step number and a language code for the feedback form; "
           "the client page that asks has audited its view")
def feedback_context(store: Store, client_id: str) -> FeedbackContext:
    """The client's current path step and language, for opening the form.

    Not audited as a view: it reveals nothing of the client beyond a step
    number and a language code, and the client page that asks has audited its
    own view already.
    """
    with store.session() as s:
        client = _client(s, client_id)
        lang = client.language if client.language in ff.LANGUAGES else None
        return FeedbackContext(client.id, client.path_step, lang)


def _answer_error(exc: ff.AnswerError, defn: ff.FormDefinition) -> InvalidInput:
    if exc.code == "empty":
        text = _("The feedback has no answer and no text.")
    elif exc.code == "too_long":
        n = str(defn.free_text.max_length)
        text = _("The text is too long (at most {n} characters).").format(n=n)
    elif exc.code == "unknown_item":
        text = _("The form has no question {field}.").format(field=exc.field)
    else:
        low, high = str(defn.items[0].values[0]), str(defn.items[0].values[-1])
        text = _("An answer is on the scale {low}–{high} or left empty.").format(low=low, high=high)
    return InvalidInput(text, exc.field or "ratings")


@operation("client_work")
def save_feedback(store: Store, ratings: dict, free_text: str = "",
                  client_id: str | None = None, path_step: int | None = None,
                  given_on: date | None = None, *, form_id: str = ff.DEFAULT_FORM,
                  form_version: int | None = None) -> Feedback:
    """Store one filled feedback form (the latest form version unless one is named).

    ``client_id=None`` is anonymous: ``path_step`` must then be None as well.
    Feedback tied to a client records ``path_step``, by default the step the
    client is at now. Every item is stored, unanswered ones as None.
    """
    try:
        defn = ff.definition(form_id, form_version)
    except ValueError as exc:
        raise InvalidInput(str(exc), "form") from exc
    try:
        whole, text = ff.validate_answers(defn, ratings, free_text)
    except ff.AnswerError as exc:
        raise _answer_error(exc, defn) from exc
    given_on = given_on or clock.today()
    if given_on > clock.today():
        raise InvalidInput(Message("The date cannot be in the future."), "given_on")
    if client_id is None and path_step is not None:
        # A step without a client would narrow down who answered.
        raise InvalidInput(Message("Anonymous feedback has no path step."), "path_step")
    if path_step is not None and path_step not in PATH_STEPS:
        raise InvalidInput(Message("The service path has six steps (1–6)."), "path_step")
    with store.session() as s:
        if client_id is not None:
            client = _client(s, client_id)
            if path_step is None:
                path_step = client.path_step
        row = Feedback(form_id=defn.id, form_version=defn.version, given_on=given_on,
                       client_id=client_id, path_step=path_step,
                       ratings=json.dumps(whole, sort_keys=True), free_text=text)
        s.add(row)
        s.flush()
        detail = {"row_id": row.id, "form": defn.id, "version": defn.version,
                  "anonymous": client_id is None}
        if client_id is not None:
            detail["path_step"] = path_step
        store.audit(s, "feedback", client_id=client_id, target="feedback", **detail)
        return row


@operation("client_work")
def list_client_feedback(store: Store, client_id: str, *,
                         audit_view: bool = True) -> list[Feedback]:
    """A client's feedback (not the anonymous ones, which name no one), newest first."""
    with store.session() as s:
        _client(s, client_id)
        rows = list(s.exec(select(Feedback).where(Feedback.client_id == client_id,
                                                  Feedback.deleted_at.is_(None))
                           .order_by(Feedback.given_on.desc(), Feedback.created_at.desc())))
        if audit_view:
            store.audit(s, "view", client_id=client_id, target="feedback", rows=len(rows))
        return rows


@dataclass(frozen=True)
class FeedbackSummary:
    form_id: str
    form_version: int
    count: int
    anonymous: int
    with_text: int
    items: list[ff.ItemSummary]


@operation("team_report",
           quiet="counts that name no client")
def feedback_summary(store: Store, *, since: date | None = None, until: date | None = None,
                     form_id: str = ff.DEFAULT_FORM,
                     form_version: int | None = None) -> FeedbackSummary:
    """Team-level figures for one form version over given_on in [since, until)."""
    defn = ff.definition(form_id, form_version)
    with store.session() as s:
        q = select(Feedback).where(Feedback.form_id == defn.id,
                                   Feedback.form_version == defn.version,
                                   Feedback.deleted_at.is_(None))
        if since is not None:
            q = q.where(Feedback.given_on >= since)
        if until is not None:
            q = q.where(Feedback.given_on < until)
        rows = list(s.exec(q))
    return FeedbackSummary(defn.id, defn.version, len(rows),
                           sum(1 for r in rows if r.client_id is None),
                           sum(1 for r in rows if r.free_text.strip()),
                           ff.summarise(defn, [r.rating_values() for r in rows]))
