"""Two clients with every kind of record, written through the store's own operations.

Used by the access-export, PDF and erasure tests. Every value a client's
record holds that could name them is distinctive (``Person.marks``), so a test
can look for it in an export or in the decrypted database bytes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from tyokykytiimi import clock
from tyokykytiimi.models.plans import GoalData, StepData, TaskData
from tyokykytiimi.store import consents as cs
from tyokykytiimi.store import feedback as fb
from tyokykytiimi.store import measures as ms
from tyokykytiimi.store import meetings as mt
from tyokykytiimi.store import path, plans, screenings
from tyokykytiimi.store.clients import create_client, get_client

CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(ddmmyy: str, number: str) -> str:
    return f"{ddmmyy}-{number}{CHECK[int(ddmmyy + number) % 31]}"


@dataclass
class Person:
    first: str
    last: str
    hetu: str
    phone: str
    email: str
    address: str
    family: str  # free text
    screening_note: str
    step_note: str
    consent_party: str
    consent_note: str
    override_reason: str
    invitee: str
    invitee_phone: str
    agenda: str
    minutes: str
    goal: str
    step: str
    task: str
    client_role: str
    plan_note: str
    feedback: str
    journal: str = ""
    id: str = ""
    ids: dict = field(default_factory=dict)

    @property
    def marks(self) -> dict[str, str]:
        """Label -> a value that belongs to this client only."""
        return {k: v for k, v in vars(self).items() if isinstance(v, str) and v}


def person(tag: str, first: str, last: str, ddmmyy: str, number: str) -> Person:
    return Person(
        first=first, last=last, hetu=hetu(ddmmyy, number),
        phone=f"040 55{number}{number[:2]}", email=f"{tag.lower()}.asiakas@example.fi",
        address=f"{tag}kuja 7 B 12", family=f"Puoliso {tag}-Sylvi tukee arjessa",
        screening_note=f"Seulontahuomio {tag}-ruskea", step_note=f"Vaihemuistio {tag}-sininen",
        consent_party=f"Kuntoutussäätiö {tag}-Kivi", consent_note=f"Suostumushuomio {tag}-vihreä",
        override_reason=f"Kiireellinen peruste {tag}-punainen",
        invitee=f"Ohjaaja {tag}-Lehtinen", invitee_phone=f"050 77{number}",
        agenda=f"Asialista {tag}-oranssi", minutes=f"Muistio {tag}-violetti",
        goal=f"Tavoite {tag}-kirsikka", step=f"Välitavoite {tag}-luumu",
        task=f"Tehtävä {tag}-päärynä", client_role=f"Oma rooli {tag}-omena",
        plan_note=f"Sisäinen huomio {tag}-kiwi", feedback=f"Palaute {tag}-mansikka",
        journal=f"Soitin asiakkaalle {tag}-mustikka")


ANNA = person("Aaro", "Aino-Kaarina", "Östersund-Vähämäki", "131052", "308")
BERT = person("Bert", "Bertil", "Granqvist-Ylönen", "240790", "417")


def build(store, p: Person) -> Person:
    """Every kind of record for ``p``; returns it with ``id`` and row ids filled."""
    today = clock.today()
    c = create_client(store, first_name=p.first, last_name=p.last, hetu=p.hetu, phone=p.phone,
                      email=p.email, address=p.address, municipality="Koivula",
                      referrer="health_centre", family_notes=p.family, peer_support="Vertais-Veli")
    p.id = c.id
    get_client(store, c.id)  # a "view" in the audit trail
    screenings.record_screening(
        store, c.id, "criteria", answers={"motivated": "yes", "long_term_challenge": "yes"},
        notes={"motivated": p.screening_note}, decision="accept")
    path.move_to_step(store, c.id, 2, note=p.step_note)
    consent = cs.record_consent(store, c.id, purposes=["network", "plan_recording"],
                                party_names=[p.consent_party, p.invitee], given_on=today,
                                method="verbal", notes=p.consent_note)
    override = cs.record_override(store, c.id, party="Poliisi", purpose="disclosure",
                                  legal_basis="Laki X 1 §", reason=p.override_reason)
    soon = clock.utcnow().replace(microsecond=0) + timedelta(days=3)
    meeting = mt.save_meeting(
        store, c.id, kind="first", starts_at=soon, place="Koivulan terveysasema",
        agenda=p.agenda,
        invitees=[{"kind": "other", "name": p.invitee, "organisation_name": p.consent_party,
                   "phone": p.invitee_phone, "role": "kuntoutusohjaus"}, {"kind": "client"}])
    _, invitees = mt.get_meeting(store, meeting.id)
    mt.record_minutes(store, meeting.id, minutes=p.minutes, attended=[i.id for i in invitees])
    draft = plans.get_or_create_draft(store, c.id)
    content = draft.content
    content.goals = [GoalData(p.goal, steps=[StepData(p.step)])]
    content.tasks = [TaskData(p.task, responsible_text=p.consent_party, role="ohjaus")]
    content.client_role = p.client_role
    content.notes = p.plan_note
    content.next_review = today + timedelta(days=60)
    draft = plans.save_draft(store, draft.id, content, draft.revision)
    agreed = plans.agree(store, draft.id, agreed_on=today, participants=[p.first, p.invitee],
                         meeting_id=meeting.id)
    plans.get_or_create_draft(store, c.id)  # version 2, a draft copied from the agreed one
    bdi = [0] * 21
    bdi[8] = 1  # item 9: a safety flag
    ms.save_answers(store, c.id, "bdi", bdi, time_point="other", answered_on=today)
    ms.save_answers(store, c.id, "was", [6], time_point="baseline", answered_on=today)
    fb.save_feedback(store, {"heard": 5, "overall": 4}, p.feedback, client_id=c.id)
    from tyokykytiimi.store import journal
    journal.add_entry(store, c.id, entry_on=today, kind="phone", text=p.journal)
    p.ids = {"consent": consent.id, "override": override.id, "meeting": meeting.id,
             "version": agreed.id}
    return p


def build_both(store) -> tuple[Person, Person]:
    """Two clients, and one anonymous feedback that belongs to neither."""
    a = build(store, Person(**{k: v for k, v in vars(ANNA).items() if k not in ("id", "ids")}))
    b = build(store, Person(**{k: v for k, v in vars(BERT).items() if k not in ("id", "ids")}))
    fb.save_feedback(store, {"overall": 3}, "Nimetön palaute sitruuna")
    return a, b
