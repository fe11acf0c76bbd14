"""A small team's worth of deadlines for the home page and client list tests."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from tyokykytiimi import clock
from tyokykytiimi.models.due import add_months
from tyokykytiimi.models.plans import GoalData, TaskData
from tyokykytiimi.store import clients as cs
from tyokykytiimi.store import consents, meetings, measures, plans
from tyokykytiimi.store.users import add_user

D = timedelta(days=1)


@dataclass
class HomeData:
    today: date
    nurse_id: str
    late: str  # mine: baseline PROM 40 days overdue
    fresh: str  # the nurse's: started today, baseline due today
    window: str  # mine: follow-up window open, target 10 days ahead
    quiet: str  # mine: started 100 days ago, PROM done then, nothing since
    network: str  # mine: meeting in 5 days, one still to invite; consents; plan task
    flagged: str  # mine: BDI item 9 answered, flag not acknowledged


def prom(store, cid: str, tp: str, on: date) -> None:
    measures.save_answer_sets(store, cid, [
        measures.Entry("was", [5]), measures.Entry("inclusion", [3] * 10),
        measures.Entry("3x10d", [5] * 10)], time_point=tp, answered_on=on)


def build(store) -> HomeData:
    today = clock.today()
    me = store.user.id
    nurse = add_user(store, username="hanna", display_name="Hanna Hoitaja", role="nurse",
                     password="Kissa-istuu-puussa-7", is_admin=False)

    def client(first, last, started, cm=me, **kw):
        return cs.create_client(store, first_name=first, last_name=last, started_on=started,
                                case_manager_user_id=cm, **kw).id

    late = client("Aino", "Aaltonen", today - 40 * D)
    fresh = client("Eero", "Eskola", today, cm=nurse.id)
    start = add_months(today + 10 * D, -6)
    window = client("Ilona", "Ikonen", start)
    prom(store, window, "baseline", start)
    measures.save_answers(store, window, "was", [6], time_point="other",
                          answered_on=today - 10 * D)  # a recent contact: not quiet
    quiet = client("Oskari", "Ojala", today - 100 * D)
    prom(store, quiet, "baseline", today - 100 * D)
    network = client("Ulla", "Uotila", today - 20 * D)
    prom(store, network, "baseline", today - 20 * D)
    consents.record_consent(store, network, purposes=["network"], party_names=["Paula Palvelu"],
                            given_on=today - 20 * D, method="verbal",
                            valid_until=today + 20 * D)
    consents.record_consent(store, network, purposes=["plan_recording"], given_on=today - 3 * D,
                            party_names=["Kela"],
                            method="paper")
    meetings.save_meeting(store, network, kind="first",
                          starts_at=datetime.combine(today + 5 * D, time(9)).astimezone(),
                          place="Neuvotteluhuone",
                          invitees=[{"kind": "client"},
                                    {"kind": "other", "name": "Paula Palvelu",
                                     "organisation_name": "Kuntoutus Oy"}])
    draft = plans.get_or_create_draft(store, network)
    content = draft.content
    content.goals = [GoalData("Pääsen työkokeiluun")]
    content.tasks = [TaskData("Soittaa työkokeilupaikkaan", responsible_kind="team",
                              responsible_id=nurse.id, responsible_text="Hanna Hoitaja",
                              due=today + 3 * D)]
    content.next_review = today + 2 * D  # sooner than six months after agreeing
    draft = plans.save_draft(store, draft.id, content, draft.revision)
    plans.agree(store, draft.id, agreed_on=today - 1 * D, participants=["Ulla Uotila"])
    flagged = client("Veikko", "Virta", today - 30 * D)
    prom(store, flagged, "baseline", today - 30 * D)
    items = [0] * 21
    items[8] = 1
    measures.save_answers(store, flagged, "bdi", items, time_point="other",
                          answered_on=today - 2 * D)
    return HomeData(today, nurse.id, late, fresh, window, quiet, network, flagged)
