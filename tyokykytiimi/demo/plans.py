"""Demo plans: clients at path step 3 or later get a plan; some have two agreed
versions and an open draft. One session, no per-row audit (fast at 10,000)."""
from __future__ import annotations

import json
from datetime import timedelta

from ..models.base import new_id
from ..models.due import add_months
from ..models.plans import Goal, IntermediateGoal, Plan, PlanVersion, Task

GOALS = [("Pääsen työkokeiluun", ["Käyn tutustumassa työpaikkaan", "Jaksan neljä tuntia päivässä"]),
         ("Nukun öisin paremmin", ["Menen nukkumaan samaan aikaan"]),
         ("Löydän itselleni sopivan koulutuksen", ["Käyn opinto-ohjaajalla"]),
         ("Liikun kolmesti viikossa", ["Kävelen puoli tuntia"]),
         ("Hoidan raha-asiani kuntoon", ["Teen budjetin talous- ja velkaneuvojan kanssa"])]
TASKS = [("Selvittää ammatillisen kuntoutuksen mahdollisuudet", "Kela", "Kuntoutuspäätös"),
         ("Tekee terveystarkastuksen", "Hanna Hoitaja", "Terveydenhoitaja"),
         ("Kirjoittaa B-lausunnon", "Lauri Lääkäri", "Lääkäri"),
         ("Etsii työkokeilupaikan", "Työllisyyspalvelut", "Työkokeilu"),
         ("Ohjaa vertaistukiryhmään", "Mielenterveysyhdistys Ääni ry", "Vertaistuki")]


# What the client's own plan prints instead of the staff wording (issue 17).
PLAIN = {"Selvittää ammatillisen kuntoutuksen mahdollisuudet":
         "Kela selvittää, voinko saada ammatillista kuntoutusta",
         "Tekee terveystarkastuksen": "Terveydenhoitaja tutkii terveyteni",
         "Kirjoittaa B-lausunnon": "Lääkäri kirjoittaa lausunnon Kelaa varten",
         "Etsii työkokeilupaikan": "Työllisyyspalvelut etsii minulle työkokeilupaikan",
         "Ohjaa vertaistukiryhmään": "Yhdistys kertoo minulle vertaistukiryhmästä"}


def _content(levels, rng, client, version_id, today):
    for gi, (text, steps) in enumerate(rng.sample(GOALS, rng.randint(1, 3))):
        g = Goal(version_id=version_id, client_id=client.id, key=new_id(), position=gi,
                 text=text, target_date=today + timedelta(days=rng.randint(30, 200)))
        levels[2].append(g)
        for si, st in enumerate(steps):
            levels[3].append(IntermediateGoal(goal_id=g.id, version_id=version_id, client_id=client.id,
                                   key=new_id(), position=si, text=st,
                                   done=rng.random() < 0.3))
    tasks = rng.sample(TASKS, rng.randint(1, 3))
    for ti, (what, who, role) in enumerate(tasks):
        levels[2].append(Task(version_id=version_id, client_id=client.id, key=new_id(), position=ti,
                   what=what, responsible_kind="other", responsible_text=who, role=role,
                   plain_text=PLAIN.get(what),
                   due=today + timedelta(days=rng.randint(7, 120))))
    levels[2].append(Task(version_id=version_id, client_id=client.id, key=new_id(), position=len(tasks),
               what="Soitan ja varaan ajan", responsible_kind="client",
               responsible_text=f"{client.first_name} (asiakas itse)",
               due=today + timedelta(days=14)))


def populate(ctx) -> None:
    rng = ctx.rng
    clients = [c for c in ctx.clients if getattr(c, "path_step", 1) >= 3]
    with ctx.store.session() as s:
        agreed = []
        levels = [[], [], [], []]  # plans, versions, goals+tasks, intermediate goals
        for client in clients:
            plan = Plan(client_id=client.id)
            levels[0].append(plan)
            n_agreed = rng.choice((1, 1, 2))
            draft = rng.random() < 0.3
            day = ctx.today - timedelta(days=rng.randint(20, 400))
            for number in range(1, n_agreed + draft + 1):
                is_agreed = number <= n_agreed
                v = PlanVersion(plan_id=plan.id, client_id=client.id, number=number,
                                case_manager_text="Kaisa Koordinaattori",
                                client_role="Kerron avoimesti, miten jaksan.",
                                next_review=add_months(day, 6),
                                participants=json.dumps([client.full_name, "Kaisa Koordinaattori"],
                                                        ensure_ascii=False))
                levels[1].append(v)
                _content(levels, rng, client, v.id, day)
                if is_agreed:
                    agreed.append((v, day))
                    day = min(ctx.today, day + timedelta(days=rng.randint(60, 180)))
        for level in levels:  # parents first: the tables have no ORM relationships
            s.add_all(level)
            s.flush()
        # children are written while their versions are still drafts
        for v, day in agreed:
            v.state = "agreed"
            v.agreed_on = day
            v.revision = 1
