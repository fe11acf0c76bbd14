"""Plans written through the store for tests that need one to exist already."""
from __future__ import annotations

from datetime import timedelta

from tyokykytiimi import clock
from tyokykytiimi.models.plans import GoalData, TaskData
from tyokykytiimi.store import plans


def saved_draft(store, client_id: str, *goals: str, review_days: int | None = None,
                tasks: tuple[TaskData, ...] = ()):
    """The client's draft, saved with ``goals`` (and ``tasks``, a review date)."""
    d = plans.get_or_create_draft(store, client_id)
    c = d.content
    c.goals = [GoalData(g) for g in goals]
    c.tasks = list(tasks)
    if review_days is not None:
        c.next_review = clock.today() + timedelta(days=review_days)
    return plans.save_draft(store, d.id, c, d.revision)


def agreed_plan(store, client_id: str, *goals: str, participants=("Asiakas",),
                tasks: tuple[TaskData, ...] = ()):
    """A saved draft agreed today, with a review in 60 days."""
    d = saved_draft(store, client_id, *goals, review_days=60, tasks=tasks)
    return plans.agree(store, d.id, agreed_on=clock.today(), participants=list(participants))
