"""A small hand-made data set whose team-report figures are known, built through
the real store operations. The period is 1.3.2026–30.6.2026; events fall on its
first and last day and one day outside on either side.

Expected figures (see EXPECTED) were worked out by hand from the list below:

Clients (referrer, referral = start date unless said):
  K1 kela 1.3. (start day); criteria more_info 1.3. then accept 15.3.; step 2 on
     1.4., step 3 on 30.6.; first meeting held 1.3. 10.00 (kela contact, the
     coordinator and the client attend); feedback 1.3. with a written comment.
  K2 kela 10.4.; accept 10.4.; step 2 on 1.7. (after the end: at step 1 then);
     a planned (not held) meeting 1.5.
  K3 kela 30.6. (end day); accept 1.7. (outside).
  E1–E5 employment services 2.–6.3.; accept on that day. E1 step 2 on 1.5.;
     E1 first meeting held 30.6. 14.00, follow-up held 1.7.; feedback 1.5.
     E2 first meeting held 28.2. 23.30 (outside), follow-up held 15.4.
     E5 closed 1.7. (pension; after the end, so still active at the end).
  E6 employment services 20.3.; guided elsewhere 20.3.; closed 21.3. (other service).
  H1 health centre 28.2. (outside); accept 28.2.; closed 30.6. (employed).
  H2 health centre 1.7. (outside).
  N1 no referrer, no referral date, started 5.5. (counts as referred by its start).
  R1 other, 1.12.2025; closed 15.1.2026 (stopped), reopened 1.4. at step 2.
  P1–P9 third sector, started in 2025 for the 6-month follow-ups:
     P1 1.9.2025  window 15.2.–15.3.: WAS 3 → 7 on 1.3. (on time, better);
                  3X10D all 5 → health 8, others 5
     P2 15.9.2025 window 1.3.–29.3.: WAS 6 → 7 on 20.4. (late, same)
     P3 31.12.2025 window 16.6.–14.7. (ends after the period): WAS 8 → 5 on 30.6. (worse)
     P4 25.8.2025 window 11.2.–11.3.: nothing (not done)
     P5 1.10.2025 window 17.3.–14.4.: WAS answered 1.7. only (not done by the end)
     P6 10.9.2025 window 24.2.–24.3., closed 1.2.2026 before it opened (left out)
     P7 20.9.2025 window 6.3.–3.4.: WAS 5 → 5 on 1.3. (early, same)
     P8 16.12.2025 window 2.6.–30.6. (ends on the last day): follow-up 20.6., no baseline
     P9 17.12.2025 window 3.6.–1.7. (ends a day after): not in the cohort
Feedback: 1.3. K1 heard 5 overall 4 + text; 1.5. E1 heard 4 overall 5;
  30.6. anonymous heard 3; 1.7. anonymous heard 1 (outside).
"""
from __future__ import annotations

from datetime import date, datetime

from tyokykytiimi.store import consents as cs
from tyokykytiimi.store import meetings as mt
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.feedback import save_feedback
from tyokykytiimi.store.measures import save_answers
from tyokykytiimi.store.path import close_client, move_to_step, reopen_client
from tyokykytiimi.store.screenings import record_screening

START, END = date(2026, 3, 1), date(2026, 6, 30)
SECRET_TEXT = "Kiitos Kaisa Koordinaattorille!"

EXPECTED = {
    "referrals": {  # referred, accepted, guided_elsewhere, more_info
        "employment_services": [6, 5, 1, 0],
        "social_services": [0, 0, 0, 0],
        "health_centre": [0, 0, 0, 0],
        "third_sector": [0, 0, 0, 0],
        "kela": [3, 2, 0, 0],
        "own_initiative": [0, 0, 0, 0],
        "other": [0, 0, 0, 0],
        "not_recorded": [1, 0, 0, 0],
        "total": [10, 7, 1, 0],
    },
    "active_by_step": {"1": 15, "2": 2, "3": 1, "4": 0, "5": 0, "6": 0, "total": 18},
    "closings": {"other_service": 1, "employed": 1, "total": 2},
    "network": {"first": 2, "follow_up": 1, "closing": 0, "consultation": 0,
                "meetings_held": 3, "networks_convened": 2},
    "followups": {"on_time": 2, "early": 1, "late": 1, "not_done": 2, "total": 6},
    "feedback": {"forms": 3, "anonymous": 1, "with_text": 1},
}


def _local(y, m, d, hh, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm).astimezone()


def _client(store, first, referrer, started, referral=True):
    return create_client(store, first_name=first, last_name="Testinen", referrer=referrer,
                         referral_date=started if referral else None, started_on=started)


def _accept(store, c, on, decision="accept"):
    extra = {}
    if decision == "guide_elsewhere":
        extra = {"guided_to": "Mielenterveyspalvelut", "reason": "Akuutti tilanne"}
    record_screening(store, c.id, "criteria", answers={}, decision=decision, screened_on=on,
                     **extra)


def build(store) -> dict:
    """Create the data set; returns the clients by their short name."""
    c = {}
    d = date
    c["K1"] = _client(store, "K1", "kela", d(2026, 3, 1))
    _accept(store, c["K1"], d(2026, 3, 1), "more_info")
    _accept(store, c["K1"], d(2026, 3, 15))
    move_to_step(store, c["K1"].id, 2, on=d(2026, 4, 1))
    move_to_step(store, c["K1"].id, 3, on=d(2026, 6, 30))
    c["K2"] = _client(store, "K2", "kela", d(2026, 4, 10))
    _accept(store, c["K2"], d(2026, 4, 10))
    move_to_step(store, c["K2"].id, 2, on=d(2026, 7, 1))
    c["K3"] = _client(store, "K3", "kela", d(2026, 6, 30))
    _accept(store, c["K3"], d(2026, 7, 1))
    for i in range(1, 6):
        c[f"E{i}"] = _client(store, f"E{i}", "employment_services", d(2026, 3, 1 + i))
        _accept(store, c[f"E{i}"], d(2026, 3, 1 + i))
    move_to_step(store, c["E1"].id, 2, on=d(2026, 5, 1))
    close_client(store, c["E5"].id, outcome="pension", assessment="Eläke", on=d(2026, 7, 1))
    c["E6"] = _client(store, "E6", "employment_services", d(2026, 3, 20))
    _accept(store, c["E6"], d(2026, 3, 20), "guide_elsewhere")
    close_client(store, c["E6"].id, outcome="other_service", assessment="Ohjattu",
                 on=d(2026, 3, 21))
    c["H1"] = _client(store, "H1", "health_centre", d(2026, 2, 28))
    _accept(store, c["H1"], d(2026, 2, 28))
    close_client(store, c["H1"].id, outcome="employed", assessment="Töihin", on=d(2026, 6, 30))
    c["H2"] = _client(store, "H2", "health_centre", d(2026, 7, 1))
    c["N1"] = _client(store, "N1", None, d(2026, 5, 5), referral=False)
    c["R1"] = _client(store, "R1", "other", d(2025, 12, 1))
    close_client(store, c["R1"].id, outcome="stopped", assessment="Tauko", on=d(2026, 1, 15))
    reopen_client(store, c["R1"].id, on=d(2026, 4, 1), step=2)

    starts = {"P1": d(2025, 9, 1), "P2": d(2025, 9, 15), "P3": d(2025, 12, 31),
              "P4": d(2025, 8, 25), "P5": d(2025, 10, 1), "P6": d(2025, 9, 10),
              "P7": d(2025, 9, 20), "P8": d(2025, 12, 16), "P9": d(2025, 12, 17)}
    for name, started in starts.items():
        c[name] = _client(store, name, "third_sector", started)
    close_client(store, c["P6"].id, outcome="stopped", assessment="Keskeytti",
                 on=d(2026, 2, 1))

    def was(name, value, tp, on):
        save_answers(store, c[name].id, "was", [value], time_point=tp, answered_on=on)

    was("P1", 3, "baseline", starts["P1"])
    was("P1", 7, "followup", d(2026, 3, 1))
    save_answers(store, c["P1"].id, "3x10d", [5] * 10, time_point="baseline",
                 answered_on=starts["P1"])
    save_answers(store, c["P1"].id, "3x10d", [8] + [5] * 9, time_point="followup",
                 answered_on=d(2026, 3, 1))
    was("P2", 6, "baseline", starts["P2"])
    was("P2", 7, "followup", d(2026, 4, 20))
    was("P3", 8, "baseline", starts["P3"])
    was("P3", 5, "followup", d(2026, 6, 30))
    was("P5", 4, "baseline", starts["P5"])
    was("P5", 6, "followup", d(2026, 7, 1))
    was("P7", 5, "baseline", starts["P7"])
    was("P7", 5, "followup", d(2026, 3, 1))
    was("P8", 6, "followup", d(2026, 6, 20))

    # the network
    sm.import_sample(store)
    org_id = next(o.id for o in sm.list_organisations(store) if o.ref == "kela-koivula")
    _org, _cards, contacts = sm.get_organisation(store, org_id)
    kela = mt.invitee_from_contact(store, contacts[0].id)
    for name in ("K1", "E1"):
        cs.record_consent(store, c[name].id, purposes=["network"], org_ids=[org_id],
                          given_on=d(2026, 2, 1), method="verbal")
    team = {"kind": "team", "user_id": store.user.id, "name": "Kaisa Koordinaattori",
            "title": "työkykykoordinaattori", "status": "attended"}
    place = "Neuvotteluhuone 2"
    mt.save_meeting(store, c["K1"].id, kind="first", starts_at=_local(2026, 3, 1, 10),
                    place=place, state="held",
                    invitees=[dict(kela, status="attended"), dict(team),
                              {"kind": "client", "status": "attended"}])
    mt.save_meeting(store, c["E1"].id, kind="first", starts_at=_local(2026, 6, 30, 14),
                    place=place, state="held",
                    invitees=[dict(team), dict(kela, status="declined")])
    mt.save_meeting(store, c["E1"].id, kind="follow_up", starts_at=_local(2026, 7, 1, 9),
                    place=place, state="held", invitees=[dict(team)])
    mt.save_meeting(store, c["E2"].id, kind="first", starts_at=_local(2026, 2, 28, 23, 30),
                    place=place, state="held", invitees=[dict(team)])
    mt.save_meeting(store, c["E2"].id, kind="follow_up", starts_at=_local(2026, 4, 15, 12),
                    place=place, state="held",
                    invitees=[dict(team, name="Hanna Hoitaja", title="terveydenhoitaja")])
    mt.save_meeting(store, c["K2"].id, kind="first", starts_at=_local(2026, 5, 1, 12),
                    place=place, invitees=[dict(team)])

    # feedback
    save_feedback(store, {"heard": 5, "overall": 4}, SECRET_TEXT, client_id=c["K1"].id,
                  given_on=d(2026, 3, 1))
    save_feedback(store, {"heard": 4, "overall": 5}, client_id=c["E1"].id,
                  given_on=d(2026, 5, 1))
    save_feedback(store, {"heard": 3}, given_on=d(2026, 6, 30))
    save_feedback(store, {"heard": 1}, given_on=d(2026, 7, 1))
    return c
