"""Demo data for the network area: the sample service map, consents and meetings.

Bulk-added in one session without per-row audit so 10,000 clients stay fast.
Leaves the organisation ids in ``ctx.extra["servicemap_org_ids"]`` for the plan area.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from sqlmodel import select

from ..models.consents import Consent
from ..models.meetings import Invitee, Meeting
from ..models.servicemap import Contact, Organisation
from ..store.servicemap import import_sample


def populate(ctx) -> None:
    import_sample(ctx.store)
    rng, today = ctx.rng, ctx.today
    with ctx.store.session() as s:
        orgs = list(s.exec(select(Organisation)))
        contacts = list(s.exec(select(Contact)))
        by_org = {}
        for c in contacts:
            by_org.setdefault(c.organisation_id, []).append(c)
        ctx.extra["servicemap_org_ids"] = [o.id for o in orgs]
        later: list[Invitee] = []
        for client in ctx.clients:
            if rng.random() < 0.25:
                continue  # no consent yet
            chosen = rng.sample(orgs, k=rng.randint(1, 4))
            given = today - timedelta(days=rng.randint(0, 500))
            method = rng.choice(("paper", "paper", "verbal", "electronic"))
            consent = Consent(
                client_id=client.id, given_on=given, method=method,
                purposes='["disclosure", "network", "plan_recording"]' if rng.random() < 0.8
                else '["network", "consultation"]',
                org_ids="[" + ", ".join(f'"{o.id}"' for o in chosen) + "]",
                valid_until=given + timedelta(days=365) if rng.random() < 0.6 else None,
                signed=method != "paper" or rng.random() < 0.9)
            if rng.random() < 0.05:
                consent.withdrawn_on = min(today, given + timedelta(days=rng.randint(1, 90)))
                consent.withdrawn_how = "verbal"
            s.add(consent)
            if rng.random() < 0.6:
                day = given + timedelta(days=rng.randint(7, 120))
                starts = datetime.combine(day, time(rng.choice((8, 9, 10, 12)), 0)).replace(
                    tzinfo=timezone.utc)
                held = day < today
                meeting = Meeting(client_id=client.id, kind="first", starts_at=starts,
                                  state="held" if held else "planned",
                                  place="Työkykytiimin neuvotteluhuone",
                                  agenda="Tilanne, tavoitteet ja yhteinen suunnitelma")
                s.add(meeting)
                later.append(Invitee(meeting_id=meeting.id, kind="client",
                              status="attended" if held else "invited"))
                for org in chosen:
                    people = by_org.get(org.id) or []
                    person = rng.choice(people) if people else None
                    later.append(Invitee(meeting_id=meeting.id, kind="contact" if person else
                                  "organisation", organisation_id=org.id,
                                  contact_id=person.id if person else None,
                                  name=person.name if person else None,
                                  organisation_name=org.name, sector=org.sector,
                                  title=person.title if person else None,
                                  email=person.email if person else None,
                                  status=("attended" if rng.random() < 0.85 else "declined")
                                  if held else "invited",
                                  pre_assessment_requested=True,
                                  pre_assessment_received=held and rng.random() < 0.7))
        s.flush()  # consents and meetings first: invitees refer to the meetings
        s.add_all(later)
