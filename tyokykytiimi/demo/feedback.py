"""Demo client feedback: most closed clients answered at their closing meeting,
some active clients after a network meeting, and a share of anonymous answers.

Ratings lean positive with real spread; the network-meeting question is left
unanswered by clients who have not reached planning (step 3). Comments are
fictional and name no one. One session, no per-row audit (fast at 10,000).
"""
from __future__ import annotations

import json
from datetime import timedelta

from ..models import feedback_form as ff
from ..models.feedback import Feedback

COMMENTS_FI = [
    "Minua kuunneltiin ja asiat alkoivat vihdoin edetä.",
    "Olisin toivonut, että tapaamisia olisi ollut useammin.",
    "Verkostotapaamisessa oli liikaa ihmisiä, jännitti puhua.",
    "Sain apua Kelan hakemuksen kanssa, kiitos siitä.",
    "Suunnitelma oli selkeä ja sain sen paperilla kotiin.",
    "Odotin ensimmäistä aikaa liian kauan.",
    "Hyvä, että sain ottaa vertaistukihenkilön mukaan.",
    "Asiat selitettiin ymmärrettävästi.",
    "En vieläkään tiedä, kuka hoitaa mitäkin.",
]
COMMENTS_SV = [
    "Det var skönt att bli lyssnad på.",
    "Jag hade gärna fått informationen på svenska redan från början.",
    "Mötet med alla parter hjälpte mig framåt.",
]


def _rating(rng, level: float) -> int | None:
    if rng.random() < 0.06:
        return None  # skipped
    return max(1, min(5, round(level + rng.gauss(0, 0.8))))


def _answers(rng, defn: ff.FormDefinition, step: int | None) -> dict[str, int | None]:
    level = rng.choice([4.3, 4.3, 4.0, 3.6, 3.0, 2.2])
    out = {}
    for item in defn.items:
        if item.id == "network_useful" and (step is not None and step < 3 or rng.random() < 0.15):
            out[item.id] = None  # no network meeting yet
        else:
            out[item.id] = _rating(rng, level)
    return out


def _comment(rng, lang: str) -> str:
    if rng.random() < 0.55:
        return ""
    return rng.choice(COMMENTS_SV if lang == "sv" else COMMENTS_FI)


def populate(ctx) -> None:
    rng, today = ctx.rng, ctx.today
    defn = ff.definition()
    writer = ctx.users.get("hanna") or ctx.store.user.id
    rows = []

    def add(on, ratings, text, client=None, step=None):
        if all(v is None for v in ratings.values()) and not text:
            ratings = dict(ratings, overall=4)
        rows.append(Feedback(form_id=defn.id, form_version=defn.version, given_on=on,
                             client_id=client.id if client else None, path_step=step,
                             ratings=json.dumps(ratings, sort_keys=True), free_text=text,
                             created_by=writer, updated_by=writer))

    for client in ctx.clients:
        lang = getattr(client, "language", "fi")
        started = getattr(client, "started_on", None)
        if started is None or started > today:
            continue
        if client.status == "closed" and client.closed_on and rng.random() < 0.65:
            if rng.random() < 0.25:  # chose to answer anonymously at the closing meeting
                add(client.closed_on, _answers(rng, defn, 6), _comment(rng, lang))
            else:
                add(client.closed_on, _answers(rng, defn, 6), _comment(rng, lang), client,
                    client.path_step)
        elif client.status == "active" and client.path_step >= 3 and rng.random() < 0.3:
            on = min(today, started + timedelta(days=rng.randint(60, 300)))
            add(on, _answers(rng, defn, client.path_step), _comment(rng, lang), client,
                client.path_step)
    for _ in range(max(1, ctx.n_clients // 12)):  # anonymous, from the File menu
        on = today - timedelta(days=rng.randint(0, 360))
        add(on, _answers(rng, defn, None), _comment(rng, "fi"))
    with ctx.store.session() as s:
        s.add_all(rows)
