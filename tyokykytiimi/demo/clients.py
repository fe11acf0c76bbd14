"""Fictional clients: valid henkilötunnus codes, Finnish and Swedish names, spread over the path.

Bulk: every row is added in one session with no per-row audit, so 10,000
clients take seconds. ``ctx.rng`` is the only source of randomness.
"""
from __future__ import annotations

import json
import random
from datetime import date, timedelta

from ..models.clients import OUTCOMES, REFERRERS, Client, PathEvent, Screening
from ..models.hetu import make_hetu
from ..models.screening import evaluate_criteria, load_definition

FIRST_F = ["Aino", "Anna", "Eeva", "Elina", "Helmi", "Johanna", "Kaisa", "Laura", "Maria",
           "Minna", "Niina", "Oona", "Päivi", "Riikka", "Sanna", "Tiina", "Ulla", "Venla",
           "Åsa", "Ebba", "Linnea", "Ingrid", "Sofia", "Matilda"]
FIRST_M = ["Antti", "Eero", "Heikki", "Jari", "Juha", "Kalle", "Lauri", "Markku", "Mikko",
           "Olli", "Pekka", "Sami", "Timo", "Tuomas", "Väinö", "Ville", "Björn", "Gustav",
           "Henrik", "Johan", "Mats", "Nils", "Oskar", "Åke"]
LAST = ["Aalto", "Ahonen", "Heikkinen", "Hämäläinen", "Jääskeläinen", "Karjalainen", "Koskinen",
        "Laine", "Lehtonen", "Mäkelä", "Mäkinen", "Nieminen", "Niskanen", "Ojala", "Peltonen",
        "Rantanen", "Salminen", "Tuominen", "Virtanen", "Väisänen", "Öhman", "Åberg",
        "Backman", "Eriksson", "Holmström", "Lindqvist", "Sjöberg", "Strömberg", "Wikström",
        "Zetterberg"]
MUNICIPALITIES = ["Kuopio", "Siilinjärvi", "Iisalmi", "Varkaus", "Suonenjoki", "Lapinlahti"]
NOTES = ["", "", "Asuu yksin.", "Puoliso ja kaksi lasta.", "Tukena sisar.",
         "Yksinhuoltaja, lapsi 8 v."]


def populate(ctx) -> None:
    rng = ctx.rng
    store = ctx.store
    staff = [uid for name, uid in ctx.users.items() if name != store.user.username] or \
        list(ctx.users.values())
    criteria = load_definition("criteria")
    used: set[str] = set()
    clients, events, screenings = [], [], []
    for n in range(ctx.n_clients):
        female = rng.random() < 0.55
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(LAST)
        while True:
            born = date(ctx.today.year - rng.randint(19, 64), rng.randint(1, 12), rng.randint(1, 28))
            individual = rng.randrange(2 if female else 3, 899, 2)
            sign = rng.choice(["-", "-", "-", "Y"]) if born.year < 2000 else "A"
            hetu = make_hetu(born, individual, sign)
            if hetu not in used:
                used.add(hetu)
                break
        started = ctx.today - timedelta(days=rng.randint(0, 540))
        step = min(6, 1 + (ctx.today - started).days // 75 + rng.choice([-1, 0, 0, 1]))
        step = max(1, step)
        c = Client(first_name=first, last_name=last, hetu=hetu, birth_date=born,
                   sex="female" if female else "male",
                   phone=f"04{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                   municipality=rng.choice(MUNICIPALITIES),
                   language="sv" if first in ("Åsa", "Ebba", "Linnea", "Ingrid", "Björn",
                                              "Gustav", "Nils", "Åke", "Mats") else "fi",
                   interpreter_needed=rng.random() < 0.03,
                   referrer=rng.choice(REFERRERS),
                   referral_date=started - timedelta(days=rng.randint(3, 30)),
                   family_notes=rng.choice(NOTES) or None,
                   case_manager_user_id=rng.choice(staff),
                   path_step=step, started_on=started,
                   multisectoral=rng.random() < 0.12)
        clients.append(c)
        events.append(PathEvent(client_id=c.id, on=started, kind="start", to_step=1))
        prev, day = 1, started
        for s in range(2, step + 1):
            day = min(ctx.today, day + timedelta(days=rng.randint(10, 70)))
            events.append(PathEvent(client_id=c.id, on=day, kind="step", from_step=prev, to_step=s))
            prev = s
        if step == 6 and rng.random() < 0.6 or (ctx.today - started).days > 400 and rng.random() < 0.5:
            closed = min(ctx.today, day + timedelta(days=rng.randint(7, 60)))
            c.status, c.closed_on = "closed", closed
            c.outcome = rng.choice(OUTCOMES)
            c.closing_assessment = "Tavoitteet käyty läpi päätöstapaamisessa."
            events.append(PathEvent(client_id=c.id, on=closed, kind="close", from_step=step,
                                    outcome=c.outcome, note=c.closing_assessment))
        answers = {item.id: item.expected if rng.random() < 0.9 else rng.choice(["unknown", "no", "yes"])
                   for item in criteria.items}
        suggestion = evaluate_criteria(criteria, answers).outcome
        decision = "accept" if suggestion != "guide_elsewhere" or rng.random() < 0.3 else "more_info"
        screenings.append(Screening(client_id=c.id, definition_id=criteria.id,
                                    definition_version=criteria.version,
                                    screened_on=c.referral_date, answers=json.dumps(answers, sort_keys=True),
                                    suggestion=suggestion, decision=decision,
                                    decided_by=c.case_manager_user_id))
    referrals, referral_screenings = _guided_elsewhere(ctx, staff, criteria, used)
    with store.session() as s:
        s.add_all(clients + referrals)
        s.flush()
        s.add_all(events)
        s.add_all(screenings + referral_screenings)
        store.audit(s, "demo_clients", target="clients", count=len(clients) + len(referrals))
    # Only those who became clients get consents, meetings, plans and measures.
    ctx.clients.extend(clients)


GUIDED_TO = ("Työllisyyspalvelut, työnhakijan palvelut", "Aikuissosiaalityö",
             "Psykiatrian poliklinikka", "Kelan ammatillinen kuntoutus", "Työterveyshuolto")


def _guided_elsewhere(ctx, staff, criteria, used) -> tuple[list, list]:
    """Referrals the team screened and guided to another service (about one in 15).

    Drawn from their own stream, seeded once from the demo's, so the same seed
    still gives the same data.
    """
    rng = random.Random(ctx.rng.getrandbits(32))
    people, screenings = [], []
    for _ in range(max(1, ctx.n_clients // 15)):
        female = rng.random() < 0.5
        born = date(ctx.today.year - rng.randint(19, 64), rng.randint(1, 12), rng.randint(1, 28))
        while True:
            hetu = make_hetu(born, rng.randrange(2 if female else 3, 899, 2),
                             "-" if born.year < 2000 else "A")
            if hetu not in used:
                used.add(hetu)
                break
        referred = ctx.today - timedelta(days=rng.randint(0, 540))
        screened = min(ctx.today, referred + timedelta(days=rng.randint(3, 21)))
        c = Client(first_name=rng.choice(FIRST_F if female else FIRST_M), last_name=rng.choice(LAST),
                   hetu=hetu, birth_date=born, sex="female" if female else "male",
                   municipality=rng.choice(MUNICIPALITIES), referrer=rng.choice(REFERRERS),
                   referral_date=referred, case_manager_user_id=rng.choice(staff),
                   status="closed", closed_on=screened, outcome="other_service")
        answers = {item.id: item.expected for item in criteria.items}
        answers[rng.choice(criteria.items).id] = "no"
        people.append(c)
        screenings.append(Screening(
            client_id=c.id, definition_id=criteria.id, definition_version=criteria.version,
            screened_on=screened, answers=json.dumps(answers, sort_keys=True),
            suggestion=evaluate_criteria(criteria, answers).outcome, decision="guide_elsewhere",
            guided_to=rng.choice(GUIDED_TO),
            decision_reason="Ei täytä tiimin asiakaskriteereitä; palvelu löytyy muualta.",
            decided_by=c.case_manager_user_id))
    return people, screenings
