"""The team reads the client feedback: every answer of a period, comments in full.

Anonymous answers come with no client, no path step and nothing that leads to
one; answers tied to a client name the client (the reading is audited as a
view of that client's feedback).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from sqlmodel import select

from ..models.clients import Client
from ..models.feedback import Feedback
from .session import Store
from .permissions import operation


@dataclass
class FeedbackAnswer:
    given_on: date
    form_id: str
    form_version: int
    free_text: str
    ratings: dict = field(default_factory=dict)
    anonymous: bool = True
    client_name: Optional[str] = None  # None when anonymous
    path_step: Optional[int] = None


@operation("team_report")
def feedback_answers(store: Store, *, since: Optional[date] = None,
                     until: Optional[date] = None, with_text_only: bool = False
                     ) -> list[FeedbackAnswer]:
    """Answers given in [since, until], newest first."""
    with store.session() as s:
        q = select(Feedback).where(Feedback.deleted_at.is_(None))
        if since is not None:
            q = q.where(Feedback.given_on >= since)
        if until is not None:
            q = q.where(Feedback.given_on <= until)
        rows = list(s.exec(q.order_by(Feedback.given_on.desc(), Feedback.created_at.desc())))
        if with_text_only:
            rows = [r for r in rows if r.free_text.strip()]
        out = []
        seen: set[str] = set()
        for r in rows:
            name = None
            if r.client_id:
                c = s.get(Client, r.client_id)
                name = f"{c.first_name} {c.last_name}" if c and c.deleted_at is None else None
                if r.client_id not in seen:
                    seen.add(r.client_id)
                    store.audit(s, "view", client_id=r.client_id, target="feedback")
            out.append(FeedbackAnswer(given_on=r.given_on, form_id=r.form_id,
                                      form_version=r.form_version, free_text=r.free_text,
                                      ratings=r.rating_values(), anonymous=r.client_id is None,
                                      client_name=name, path_step=r.path_step))
        store.audit(s, "view", target="feedback", rows=len(out))
        return out
